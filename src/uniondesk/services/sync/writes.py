"""Writing merged records: bulk ``executemany`` on peewee's connection, one statement per table and kind.

Foreign keys travel as uuids and become local ids here; local fields are rebuilt (``rules.DERIVED``,
unit paths). A batch that breaks a uniqueness rule (two offices gave the same code to two units) is
retried row by row inside savepoints: the offending record is kept as a conflict, the rest applied.
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from collections.abc import Callable
from operator import itemgetter
from typing import TYPE_CHECKING

from uniondesk.services.sync.bundle import BundleRefused
from uniondesk.domain.text import fold
from uniondesk.services.sync.rules import TableSpec, owner_hops
from uniondesk.services.sync.tree import rebuild_paths
from uniondesk.store.db import database
from uniondesk.store.models import Unit
from uniondesk.store.queries import sync as queries

if TYPE_CHECKING:
    from uniondesk.services.sync.merge import Candidate, Merger, Sender

V, W, UUID = 2, 3, 0


def unit_label(uuid: str, row: list | None = None) -> str:
    unit = Unit.get_or_none(Unit.uuid == uuid)
    if unit is not None:
        return f"{unit.name} [{unit.code}]"
    return uuid


class Pending:
    """Rows of the local sync tables, written once the records are."""

    def __init__(self) -> None:
        self.conflicts: list[tuple] = []
        self.held: dict[tuple[str, str], tuple] = {}

    def conflict(self, spec: TableSpec, loser: dict, winner: tuple[int, str], sender: Sender,
                 reason: str = "concurrent") -> None:
        self.conflicts.append((spec.table, loser["uuid"], json.dumps(loser, ensure_ascii=False), loser["version"],
                               loser["writer"], winner[0], winner[1], sender.installation_id, reason))

    def hold(self, spec: TableSpec, row: list, missing: str, sender: Sender) -> None:
        key = (spec.table, row[UUID])
        if key not in self.held or (row[V], row[W]) > self.held[key][1:3]:
            record = json.dumps(dict(zip(spec.names, row)), ensure_ascii=False)
            self.held[key] = (row[UUID], row[V], row[W], record, sender.installation_id, missing)


def flush(pending: Pending, applied_keys: dict[str, dict[str, tuple[int, str]]]) -> None:
    """Conflicts (each losing version once), held records (the newest per record), and held records
    that were applied or overtaken removed."""
    conn = database.connection()
    now = dt.datetime.now().isoformat(timespec="seconds")
    conn.executemany(
        "INSERT INTO sync_conflict (table_name, uuid, loser, loser_version, loser_writer, winner_version, "
        "winner_writer, sender_installation_id, reason, detected_at) SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ? "
        "WHERE NOT EXISTS (SELECT 1 FROM sync_conflict WHERE uuid = ? AND loser_version = ? AND loser_writer = ?)",
        [(*row, now, row[1], row[3], row[4]) for row in pending.conflicts])
    if conn.execute("SELECT EXISTS (SELECT 1 FROM sync_held)").fetchone()[0]:
        conn.executemany("DELETE FROM sync_held WHERE table_name = ? AND uuid = ? AND (version < ? OR "
                         "(version = ? AND writer <= ?))",
                         [(table, uuid, v, v, w) for table, keys in applied_keys.items()
                          for uuid, (v, w) in keys.items()])
    conn.executemany(
        "INSERT INTO sync_held (table_name, uuid, version, writer, record, sender_installation_id, missing, held_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (table_name, uuid) DO UPDATE SET version = excluded.version, "
        "writer = excluded.writer, record = excluded.record, sender_installation_id = excluded.sender_installation_id, "
        "missing = excluded.missing, held_at = excluded.held_at "
        "WHERE (excluded.version, excluded.writer) >= (sync_held.version, sync_held.writer)",
        [(table, *values, now) for (table, _), values in pending.held.items()])


def _prepared(function: Callable[[str], str]) -> Callable[[str | None], str]:
    """Folding word by word with a cache (titles and names repeat their words endlessly: about three
    times faster than folding each text); other derivations value by value."""
    if function is not fold:
        return lambda text: function(text or "")
    words: dict[str, str] = {}

    def folded(text: str | None) -> str:
        out = []
        for word in (text or "").split():
            value = words.get(word)
            if value is None:
                value = words[word] = fold(word)
            if value:
                out.append(value)
        return " ".join(out)
    return folded


class _Converter:
    """A record as it travels → the values of an INSERT or UPDATE of its table."""

    def __init__(self, spec: TableSpec, ids: dict[str, dict[str, int]]) -> None:
        self.refs = [(i, ids[c.ref]) for i, c in spec.refs]
        self.derived = [(spec.index(d.source), _prepared(d.function)) for d in spec.derived]
        self.columns = [c.column for c in spec.columns] + [d.column for d in spec.derived]
        self.tree = spec.tree

    def rows(self, rows: list[list], first: list | None = None, last: list | None = None) -> list[tuple]:
        """Column by column (built-ins, not a Python loop per value): references mapped, local fields
        derived; ``first`` and ``last`` are extra columns (the new ids; the paths or the ids to update)."""
        if not rows:
            return []
        columns = [list(map(itemgetter(i), rows)) for i in range(len(rows[0]))]
        for i, known in self.refs:  # every reference was resolved before (``Merger._unresolved``)
            columns[i] = map(known.get, columns[i])
        derived = [map(function, columns[i]) for i, function in self.derived]
        return list(zip(*([first] if first is not None else []), *columns, *derived,
                        *([last] if last is not None else [])))

    def insert_sql(self, table: str) -> str:
        columns = ["id", *self.columns] + (["path"] if self.tree else [])
        return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"

    def update_sql(self, table: str) -> str:
        return f"UPDATE {table} SET {', '.join(c + ' = ?' for c in self.columns)} WHERE id = ?"


def _run(sql: str, rows: list[list]) -> dict[int, str]:
    """Execute for every row; {row index: error} of rows a uniqueness or check rule refused."""
    conn = database.connection()
    conn.execute("SAVEPOINT sync_batch")
    try:
        conn.executemany(sql, rows)
        return {}
    except sqlite3.IntegrityError:
        conn.execute("ROLLBACK TO sync_batch")
        return _row_by_row(conn, sql, rows)
    finally:
        conn.execute("RELEASE sync_batch")


def _row_by_row(conn: sqlite3.Connection, sql: str, rows: list[list]) -> dict[int, str]:
    failed = {}
    for number, row in enumerate(rows):
        conn.execute("SAVEPOINT sync_row")
        try:
            conn.execute(sql, row)
        except sqlite3.IntegrityError as error:
            conn.execute("ROLLBACK TO sync_row")
            failed[number] = str(error)
        conn.execute("RELEASE sync_row")
    return failed


def apply(merger: Merger, spec: TableSpec, accepted: list[Candidate], sender: Sender, released: bool) -> None:
    """Write the accepted records of one table and report each."""
    if not accepted:
        return
    conflicting = _losing_here(merger, spec, [c for c in accepted if c.local is not None], sender)
    convert = _Converter(spec, merger.ids)
    ids = merger.ids[spec.table]
    new = [c for c in accepted if c.local is None]
    old = [c for c in accepted if c.local is not None]
    paths = [""] * len(new) if spec.tree else None
    failed_new = _run(convert.insert_sql(spec.table),
                      convert.rows([c.row for c in new], [ids[c.row[UUID]] for c in new], paths))
    failed_old = _run(convert.update_sql(spec.table), convert.rows([c.row for c in old], None,
                                                                   [c.local[0] for c in old]))
    _reported(merger, spec, new, failed_new, "new", sender, released)
    updated = [n for n, c in enumerate(old) if c.local[0] not in conflicting]
    both = [n for n, c in enumerate(old) if c.local[0] in conflicting]
    for part, outcome in ((updated, "updated"), (both, "conflict")):
        _reported(merger, spec, [old[n] for n in part], {i: failed_old[n] for i, n in enumerate(part)
                                                         if n in failed_old}, outcome, sender, released)
    if spec.tree:
        _paths(merger, spec, new, old, failed_new)


def _reported(merger: Merger, spec: TableSpec, chosen: list[Candidate], failed: dict[int, str], outcome: str,
              sender: Sender, released: bool) -> None:
    ok = [c.row for n, c in enumerate(chosen) if n not in failed]
    message = ("Cả hai bên cùng sửa; bản mới hơn được dùng, bản ở đây được giữ lại để xem xét."
               if outcome == "conflict" else "")
    merger.applied_rows(spec, ok, outcome, sender, released, message)
    for n in failed:
        _failed(merger, spec, chosen[n], failed[n], sender, released)


def _failed(merger: Merger, spec: TableSpec, c: Candidate, error: str, sender: Sender, released: bool) -> None:
    row = c.row
    if c.local is None:
        merger.ids[spec.table].pop(row[UUID], None)
    if "UNIQUE" in error:
        merger.out.conflict(spec, dict(zip(spec.names, row)), (0, ""), sender, reason="duplicate")
        merger.line(spec, row, "conflict", "Trùng với một bản ghi khác ở đây (ví dụ trùng mã); bản nhận được "
                                           "được giữ lại để xem xét.", released, landed=False)
    else:
        merger.line(spec, row, "refused", f"Dữ liệu không hợp lệ ({error}).", released)


def _losing_here(merger: Merger, spec: TableSpec, updates: list[Candidate], sender: Sender) -> set[int]:
    """Local records about to be overwritten although they changed here too: kept as conflicts."""
    suspects = [c for c in updates if c.row[W] != c.local[2] and merger.remote_changed(c.row, sender)]
    changed = merger.locally_changed(spec, [c.local for c in suspects], sender)
    if not changed:
        return set()
    query = wire_query(spec)
    winners = {c.local[0]: (c.row[V], c.row[W]) for c in suspects}
    for row in queries.wire_rows_by_id(query, changed):
        merger.out.conflict(spec, dict(zip(spec.names, row[query.extra:])), winners[row[0]], sender)
    return changed


KEY_COLUMNS = 3  # uuid, origin, version: enough to choose and count records without reading them


def wire_query(spec: TableSpec, keys_only: bool = False) -> queries.WireQuery:
    columns = spec.columns[:KEY_COLUMNS] if keys_only else spec.columns
    return queries.WireQuery(spec.table, [(c.column, c.ref) for c in columns], owner_hops(spec),
                             [spec.columns[i].column for i in spec.unit_refs])


def _paths(merger: Merger, spec: TableSpec, new: list[Candidate], old: list[Candidate], failed: dict) -> None:
    ids = merger.ids[spec.table]
    parent = spec.index("parent")
    new_ids = {ids[c.row[UUID]] for n, c in enumerate(new) if n not in failed}
    moved = {c.local[0] for c in old if c.row[parent] != merger.tree.local_parent.get(c.row[UUID])}
    lost = {new[n].row[UUID] for n in failed}
    if any(c.row[parent] in lost for c in new + old):
        raise BundleRefused("Không áp dụng được gói: một đơn vị mới trùng mã với đơn vị ở đây và có đơn vị cấp dưới "
                            "đi kèm. Hãy đổi mã một trong hai đơn vị rồi xuất lại gói.")
    rebuild_paths(new_ids, moved)
