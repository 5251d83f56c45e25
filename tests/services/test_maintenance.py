"""Checks and backups of a database file."""

from __future__ import annotations

import sqlite3

import pytest

from uniondesk.domain.errors import InputError
from uniondesk.services import maintenance
from uniondesk.services.demo import build_demo
from uniondesk.store.db import database, open_database
from uniondesk.store.migrations import SCHEMA_VERSION
from uniondesk.store.models import ALL_MODELS


def test_check_of_a_sound_database(db):
    summary = build_demo("small")
    result = maintenance.check()
    assert result["ok"] is True and result["problems"] == []
    assert result["schema_version"] == SCHEMA_VERSION
    assert set(result["counts"]) == {model._meta.table_name for model in ALL_MODELS}
    assert result["counts"]["unit"] == summary.units
    assert result["counts"]["person"] == summary.people + summary.authors  # officers and the authors the demo made


def test_counts_leave_tombstones_out(office):
    from uniondesk.services.units import add_unit, delete_unit

    actor, home = office
    unit = add_unit(actor, code="X1", name="Đơn vị nhập nhầm", kind="grassroots", parent_id=home.id)
    delete_unit(actor, unit.id)
    result = maintenance.check()
    assert result["counts"]["unit"] == 1
    assert result["deleted"]["unit"] == 1


def test_check_finds_a_broken_path_and_a_dangling_reference(db):
    build_demo("small")
    database.execute_sql("UPDATE unit SET path = '/999/' WHERE code = 'TH.ML'")
    database.execute_sql("PRAGMA foreign_keys = OFF")
    database.execute_sql("UPDATE person SET unit_id = 99999 WHERE id = 1")
    database.execute_sql("PRAGMA foreign_keys = ON")
    result = maintenance.check()
    assert result["ok"] is False
    assert any("TH.ML" in problem for problem in result["problems"])
    assert any("person" in problem for problem in result["problems"])


def test_backup_is_a_consistent_copy(db, tmp_path):
    build_demo("small")
    before = maintenance.check()["counts"]
    target = maintenance.backup(tmp_path / "copy.sqlite3")
    assert target == tmp_path / "copy.sqlite3"
    assert not (tmp_path / "copy.sqlite3.partial").exists()
    db.close()
    with open_database(target):
        assert maintenance.check()["counts"] == before


def test_backup_into_a_folder_names_the_copy(db, tmp_path):
    folder = tmp_path / "saves"
    folder.mkdir()
    target = maintenance.backup(folder)
    assert target.parent == folder and target.name.startswith("test-") and target.suffix == ".sqlite3"
    with sqlite3.connect(target) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()


@pytest.mark.parametrize("name", ["test.sqlite3", "test.sqlite3-wal", "test.sqlite3.lock"])
def test_backup_never_overwrites_the_live_database(db, tmp_path, name):
    live = db.path.read_bytes()
    with pytest.raises(InputError, match="đang mở"):
        maintenance.backup(tmp_path / name)
    assert db.path.read_bytes() == live


def test_backup_refuses_to_overwrite_another_kind_of_file(db, tmp_path):
    letter = tmp_path / "thu.docx"
    letter.write_bytes(b"PK\x03\x04 not a database")
    with pytest.raises(InputError, match="không phải một bản sao lưu"):
        maintenance.backup(letter)
    assert letter.read_bytes() == b"PK\x03\x04 not a database"


def test_backup_into_a_missing_folder(db, tmp_path):
    with pytest.raises(InputError, match="không tồn tại"):
        maintenance.backup(tmp_path / "nowhere" / "copy.sqlite3")
