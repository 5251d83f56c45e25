"""Read-only checks of a database file: SQLite's own checks, row counts, and our derived fields."""

from __future__ import annotations

from uniondesk.store import migrations
from uniondesk.store.db import database
from uniondesk.store.models import ALL_MODELS, SYNCED_MODELS


def schema_version() -> int:
    return migrations.current_version(database.connection())


def integrity_problems() -> list[str]:
    """What ``PRAGMA integrity_check`` reports; empty when the file is sound."""
    rows = [row[0] for row in database.execute_sql("PRAGMA integrity_check").fetchall()]
    return [] if rows == ["ok"] else rows


def foreign_key_problems(limit: int = 20) -> list[str]:
    """Rows that point at a missing row (``PRAGMA foreign_key_check``), as readable lines."""
    rows = database.execute_sql("PRAGMA foreign_key_check").fetchall()
    return [f"{table} #{rowid} → {parent}" for table, rowid, parent, _ in rows[:limit]] + (
        [f"… và {len(rows) - limit} dòng khác"] if len(rows) > limit else [])


def table_counts() -> dict[str, dict[str, int]]:
    """Per table: ``rows`` (live rows; a synced table's tombstones are left out) and ``deleted``."""
    synced = {model._meta.table_name for model in SYNCED_MODELS}
    out = {}
    for model in ALL_MODELS:
        table = model._meta.table_name
        if table in synced:
            live, deleted = database.execute_sql(
                f"SELECT count(*) - coalesce(sum(deleted), 0), coalesce(sum(deleted), 0) FROM {table}").fetchone()
        else:
            live, deleted = database.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0], 0
        out[table] = {"rows": live, "deleted": deleted}
    return out


def path_problems(limit: int = 20) -> list[str]:
    """Units whose materialised path does not follow from their parent's (it is derived, so a mismatch
    is a bug or a hand-edited file, and the tree would show the unit in the wrong place)."""
    rows = database.execute_sql(
        "SELECT u.code, u.path FROM unit u LEFT JOIN unit p ON p.id = u.parent_id "
        "WHERE u.path != coalesce(p.path, '/') || u.id || '/' LIMIT ?", (limit,)).fetchall()
    return [f"{code}: {path}" for code, path in rows]


def home_unit_missing() -> bool:
    """True when the installation names a home unit that is not in the file."""
    row = database.execute_sql(
        "SELECT i.home_unit_uuid FROM installation i LEFT JOIN unit u ON u.uuid = i.home_unit_uuid "
        "WHERE i.home_unit_uuid IS NOT NULL AND u.id IS NULL").fetchone()
    return row is not None
