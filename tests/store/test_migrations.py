"""Schema migrations: from empty to SCHEMA_VERSION, atomic steps, the backup before migrating, and the
peewee models agreeing with the schema the migrations build."""

from __future__ import annotations

import sqlite3

import pytest

from uniondesk.store import migrations
from uniondesk.store.db import open_database
from uniondesk.store.models import ALL_MODELS, LOCAL_MODELS, SYNCED_MODELS

SYNC_COLUMNS = {"uuid", "origin", "version", "writer", "deleted", "changed_by"}


def raw(path) -> sqlite3.Connection:
    return sqlite3.connect(path, isolation_level=None)


def tables(conn: sqlite3.Connection) -> set[str]:
    """Ordinary tables: local full-text indexes (virtual tables and their shadow tables) have no model."""
    rows = conn.execute("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' "
                        "AND name NOT LIKE 'sqlite_%'")
    return {name for (name,) in rows}


def test_migrations_from_empty_reach_the_schema_version(tmp_path):
    conn = raw(tmp_path / "empty.sqlite3")
    assert migrations.current_version(conn) == 0
    reached = migrations.migrate(conn)
    assert reached == [version for version, _ in migrations.STEPS]
    assert migrations.current_version(conn) == migrations.SCHEMA_VERSION
    assert migrations.application_id(conn) == migrations.APPLICATION_ID
    assert tables(conn) == {model._meta.table_name for model in ALL_MODELS}
    assert migrations.migrate(conn) == []  # a second run has nothing to do


def test_open_database_migrates_a_new_file(db):
    conn = db.db.connection()
    assert migrations.current_version(conn) == migrations.SCHEMA_VERSION
    assert tables(conn) == {model._meta.table_name for model in ALL_MODELS}
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@pytest.mark.parametrize("model", ALL_MODELS, ids=lambda model: model.__name__)
def test_model_columns_match_the_migrated_table(db, model):
    conn = db.db.connection()
    info = conn.execute(f"PRAGMA table_info({model._meta.table_name})").fetchall()
    assert {row[1] for row in info} == set(model._meta.columns)
    for _, column, _, notnull, _, pk in info:
        field = model._meta.columns[column]
        if not pk:
            assert bool(notnull) == (not field.null), f"{model.__name__}.{column}: NOT NULL differs"


@pytest.mark.parametrize("model", ALL_MODELS, ids=lambda model: model.__name__)
def test_model_foreign_keys_match_the_migrated_table(db, model):
    conn = db.db.connection()
    in_schema = {(row[3], row[2]) for row in conn.execute(f"PRAGMA foreign_key_list({model._meta.table_name})")}
    in_model = {(field.column_name, field.rel_model._meta.table_name)
                for field in model._meta.fields.values() if hasattr(field, "rel_model")}
    assert in_schema == in_model


def _indexes(conn: sqlite3.Connection, table: str) -> list[tuple[bool, list[str]]]:
    """(unique, columns) of every index of the table."""
    out = []
    for _, name, unique, *_ in conn.execute(f"PRAGMA index_list({table})").fetchall():
        out.append((bool(unique), [row[2] for row in conn.execute(f"PRAGMA index_info({name})")]))
    return out


@pytest.mark.parametrize("model", SYNCED_MODELS, ids=lambda model: model.__name__)
def test_every_synced_table_carries_the_sync_metadata(db, model):
    conn = db.db.connection()
    table = model._meta.table_name
    columns = {row[1]: row for row in conn.execute(f"PRAGMA table_info({table})")}
    assert SYNC_COLUMNS <= set(columns)
    for name in SYNC_COLUMNS:
        assert columns[name][3] == 1, f"{table}.{name} must be NOT NULL"
    indexes = _indexes(conn, table)
    assert (True, ["uuid"]) in indexes, "a record's identity is unique"
    assert any(columns[0] == "version" for _, columns in indexes), "changes since a version are found by index"


def test_registries_are_disjoint_and_complete():
    assert not set(SYNCED_MODELS) & set(LOCAL_MODELS)
    assert ALL_MODELS == LOCAL_MODELS + SYNCED_MODELS
    names = [model._meta.table_name for model in ALL_MODELS]
    assert len(names) == len(set(names))


def _failing_step(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE half_done (id INTEGER PRIMARY KEY)")
    raise RuntimeError("step 2 breaks half-way")


def test_a_failing_step_leaves_neither_its_version_nor_its_tables(tmp_path, monkeypatch):
    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS[:1], (2, _failing_step)])
    conn = raw(tmp_path / "atomic.sqlite3")
    with pytest.raises(RuntimeError, match="half-way"):
        migrations.migrate(conn)
    assert migrations.current_version(conn) == 1
    assert "half_done" not in tables(conn)
    assert "unit" in tables(conn)  # step 1 was committed on its own
    assert not conn.in_transaction


def test_a_failing_step_through_open_database_keeps_the_file_at_its_version(tmp_path, monkeypatch):
    path = tmp_path / "atomic.sqlite3"
    open_database(path).close()
    current = migrations.SCHEMA_VERSION
    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS, (current + 1, _failing_step)])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", current + 1)
    with pytest.raises(RuntimeError):
        open_database(path)
    conn = raw(path)
    assert migrations.current_version(conn) == current
    assert "half_done" not in tables(conn)
    conn.close()
    with pytest.raises(RuntimeError):  # the same failure again, not "already open": the lock was released
        open_database(path)


def _harmless_step(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE later_feature (id INTEGER PRIMARY KEY, note TEXT)")


def test_migrating_an_older_file_backs_it_up_first(tmp_path, monkeypatch):
    path = tmp_path / "office.sqlite3"
    handle = open_database(path)
    handle.db.connection().execute("INSERT INTO setting (key, value) VALUES ('officer_name', 'Lê Thị Bình')")
    handle.close()
    assert not (tmp_path / "backups").exists() or not any((tmp_path / "backups").iterdir())

    current = migrations.SCHEMA_VERSION
    monkeypatch.setattr(migrations, "STEPS", [*migrations.STEPS, (current + 1, _harmless_step)])
    monkeypatch.setattr(migrations, "SCHEMA_VERSION", current + 1)
    handle = open_database(path)
    assert migrations.current_version(handle.db.connection()) == current + 1
    handle.close()

    backups = list((tmp_path / "backups").iterdir())
    assert len(backups) == 1
    assert backups[0].name.startswith(f"office-v{current}-") and backups[0].suffix == ".sqlite3"
    copy = raw(backups[0])
    assert migrations.current_version(copy) == current
    assert "later_feature" not in tables(copy)
    assert copy.execute("SELECT value FROM setting").fetchone() == ("Lê Thị Bình",)
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    copy.close()


def test_a_new_file_is_not_backed_up(tmp_path):
    open_database(tmp_path / "fresh.sqlite3").close()
    backups = tmp_path / "backups"
    assert not backups.exists() or not any(backups.iterdir())


def test_a_foundation_file_is_upgraded_to_campaigns_with_its_data_kept(tmp_path, monkeypatch):
    path = tmp_path / "v1.sqlite3"
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "STEPS", migrations.STEPS[:1])
        patch.setattr(migrations, "SCHEMA_VERSION", 1)
        handle = open_database(path)
        handle.db.connection().execute("INSERT INTO setting (key, value) VALUES ('officer_name', 'Lò Văn Pằn')")
        handle.close()
    handle = open_database(path)
    conn = handle.db.connection()
    assert migrations.current_version(conn) == migrations.SCHEMA_VERSION
    assert {"campaign", "quota", "cluster_member", "initiative", "initiative_author"} <= tables(conn)
    assert conn.execute("SELECT value FROM setting").fetchone() == ("Lò Văn Pằn",)
    handle.close()
    assert [p.name.startswith("v1-v1-") for p in (tmp_path / "backups").iterdir()] == [True]
