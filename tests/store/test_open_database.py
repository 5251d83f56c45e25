"""Opening a database file: every wrong file is refused with a plain Vietnamese message and keeps every
byte; one process at a time; consistent backups."""

from __future__ import annotations

import contextlib
import hashlib
import os
import pathlib
import sqlite3
import subprocess
import sys
import textwrap

import pytest

from uniondesk.domain.errors import EnvironmentFault
from uniondesk.store import migrations
from uniondesk.store.db import backup_to, database, open_database


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def refused(path, match: str) -> EnvironmentFault:
    """Opening ``path`` is refused with ``match`` in the message, and the file keeps every byte."""
    before = digest(path)
    with pytest.raises(EnvironmentFault, match=match) as info:
        open_database(path)
    assert digest(path) == before
    return info.value


def ours_at_version(path, version: int, *, wal: bool) -> None:
    """A UnionDesk file (built by the migrations) claiming schema ``version``."""
    conn = sqlite3.connect(path, isolation_level=None)
    if wal:
        conn.execute("PRAGMA journal_mode = wal")
    migrations.migrate(conn)
    conn.execute(f"PRAGMA user_version = {version}")
    conn.close()


@pytest.mark.parametrize("wal", [True, False], ids=["wal", "rollback-journal"])
def test_a_file_from_a_newer_version_is_refused_unchanged(tmp_path, wal):
    path = tmp_path / "newer.sqlite3"
    ours_at_version(path, migrations.SCHEMA_VERSION + 1, wal=wal)
    fault = refused(path, "Hãy cập nhật UnionDesk")
    assert "phiên bản UnionDesk mới hơn" in fault.message
    assert f"lược đồ {migrations.SCHEMA_VERSION + 1}" in fault.message
    assert not list(tmp_path.glob("*.lock")), "a refused file is not even locked"
    assert not (tmp_path / "backups").exists(), "a refused file is not backed up"


def test_a_text_file_is_refused_unchanged(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_text("Danh sách đoàn viên\nNguyễn Văn An, 1980\n", encoding="utf-8")
    refused(path, "không phải tệp SQLite")


def test_a_file_shorter_than_the_header_is_refused(tmp_path):
    path = tmp_path / "short.sqlite3"
    path.write_bytes(b"SQLite")
    refused(path, "không phải tệp SQLite")


def test_a_corrupt_sqlite_file_is_refused_with_a_clear_message(tmp_path):
    path = tmp_path / "corrupt.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 40)
    fault = refused(path, "bị hỏng")
    assert "bản sao lưu" in fault.message


def test_a_database_with_a_damaged_schema_page_is_refused(tmp_path):
    path = tmp_path / "damaged.sqlite3"
    ours_at_version(path, migrations.SCHEMA_VERSION, wal=False)
    data = bytearray(path.read_bytes())
    data[100:1100] = b"\xff" * 1000  # the b-tree header of page 1, where the schema starts
    path.write_bytes(bytes(data))
    refused(path, "bị hỏng")


def test_another_programs_sqlite_database_is_refused_unchanged(tmp_path):
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Trần Thị Hoa')")
    conn.commit()
    conn.close()
    refused(path, "SQLite khác")


@pytest.mark.parametrize("pragma", ["user_version = 1", "user_version = 57", "application_id = 1234"])
def test_another_program_using_the_header_fields_is_still_not_ours(tmp_path, pragma):
    path = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.execute(f"PRAGMA {pragma}")
    conn.close()
    refused(path, "SQLite khác")


def test_an_empty_file_becomes_a_new_database(tmp_path):
    path = tmp_path / "empty.sqlite3"
    path.touch()
    with open_database(path) as handle:
        assert migrations.current_version(handle.db.connection()) == migrations.SCHEMA_VERSION


def test_a_folder_with_vietnamese_and_uri_characters_in_its_name(tmp_path):
    folder = tmp_path / "Tài liệu #1 ? 100% Công đoàn"
    folder.mkdir()
    path = folder / "dữ liệu.sqlite3"
    open_database(path).close()
    with open_database(path) as handle:  # the second open reads the existing file through a URI
        assert migrations.current_version(handle.db.connection()) == migrations.SCHEMA_VERSION


def test_a_missing_file_is_refused_when_not_to_be_created(tmp_path):
    with pytest.raises(EnvironmentFault, match="Không tìm thấy"):
        open_database(tmp_path / "missing.sqlite3", create=False)
    assert not (tmp_path / "missing.sqlite3").exists()


def test_a_folder_is_refused(tmp_path):
    with pytest.raises(EnvironmentFault, match="là một thư mục"):
        open_database(tmp_path)


def test_a_file_made_before_the_application_id_is_recognised_and_marked(tmp_path):
    path = tmp_path / "early.sqlite3"
    ours_at_version(path, migrations.SCHEMA_VERSION, wal=True)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA application_id = 0")
    conn.close()
    with open_database(path) as handle:
        assert migrations.application_id(handle.db.connection()) == migrations.APPLICATION_ID


@pytest.mark.skipif(os.name == "nt" or os.geteuid() == 0,
                    reason="root (and Windows' attribute model) ignores chmod 444: no file is read-only to root")
def test_a_read_only_file_is_refused_unchanged(tmp_path):
    path = tmp_path / "readonly.sqlite3"
    open_database(path).close()
    path.chmod(0o444)
    try:
        refused(path, "chỉ cho phép đọc")
    finally:
        path.chmod(0o644)


def test_a_file_that_cannot_be_opened_for_writing_is_refused_unchanged(tmp_path, monkeypatch):
    """What a read-only file looks like to the check, whoever runs the tests (root ignores chmod)."""
    path = tmp_path / "readonly.sqlite3"
    open_database(path).close()
    real_access = os.access
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if (p == path and mode == os.W_OK)
                        else real_access(p, mode, **kw))
    fault = refused(path, "chỉ cho phép đọc")
    assert "bỏ thuộc tính chỉ đọc" in fault.message


def test_a_file_denied_by_an_access_list_is_refused_unchanged(tmp_path, monkeypatch):
    """Windows access lists deny writing although os.access says yes: opening for writing tells."""
    path = tmp_path / "acl.sqlite3"
    open_database(path).close()
    real_open = pathlib.Path.open

    def guarded_open(self, mode="r", *args, **kwargs):
        if self == path and mode != "rb":
            raise PermissionError(13, "Access is denied")
        return real_open(self, mode, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "open", guarded_open)
    refused(path, "chỉ cho phép đọc")


def test_a_second_open_in_the_same_process_is_refused_until_closed(tmp_path):
    path = tmp_path / "shared.sqlite3"
    first = open_database(path)
    with pytest.raises(EnvironmentFault, match="đang được mở"):
        open_database(path)
    first.close()
    open_database(path).close()


HOLDER = textwrap.dedent("""
    import sys
    from uniondesk.store.db import open_database
    handle = open_database(sys.argv[1])
    print("ready", flush=True)
    sys.stdin.readline()
    handle.close()
    print("closed", flush=True)
""")


@contextlib.contextmanager
def holder(path):
    """Another process holding the database open until it is told to close (a line on stdin) or killed."""
    with subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE,
                          stdout=subprocess.PIPE, text=True) as proc:
        try:
            assert proc.stdout.readline().strip() == "ready"
            yield proc
        finally:
            proc.kill()
            proc.wait(timeout=10)


def test_a_database_open_in_another_process_is_refused_until_that_process_dies(tmp_path):
    path = tmp_path / "office.sqlite3"
    open_database(path).close()
    with holder(path) as proc:
        fault = refused(path, "đang được mở trong một cửa sổ UnionDesk khác")
        assert "Hãy dùng cửa sổ đó" in fault.message
        proc.kill()  # no clean-up at all: the operating system releases the lock
        proc.wait(timeout=10)
        open_database(path).close()


def test_the_lock_is_released_when_the_other_process_closes_the_database(tmp_path):
    path = tmp_path / "office.sqlite3"
    with holder(path) as proc:
        with pytest.raises(EnvironmentFault, match="đang được mở"):
            open_database(path)
        proc.stdin.write("\n")
        proc.stdin.flush()
        assert proc.stdout.readline().strip() == "closed"
        with open_database(path) as handle:
            assert migrations.current_version(handle.db.connection()) == migrations.SCHEMA_VERSION


CRASHER = textwrap.dedent("""
    import os, sys
    from uniondesk.store.db import open_database
    handle = open_database(sys.argv[1])
    handle.db.connection().execute("INSERT INTO setting (key, value) VALUES ('officer_name', 'Lò Thị Mai')")
    os._exit(0)  # a crash: no checkpoint, no close, the write-ahead log is left behind
""")


@pytest.mark.parametrize("lose_shm", [False, True], ids=["as-left", "without-shm"])
def test_a_crashed_session_leaves_a_database_that_opens_with_its_data(tmp_path, lose_shm):
    path = tmp_path / "office.sqlite3"
    subprocess.run([sys.executable, "-c", CRASHER, str(path)], check=True, timeout=60)
    assert (tmp_path / "office.sqlite3-wal").exists()
    if lose_shm:
        (tmp_path / "office.sqlite3-shm").unlink()
    with open_database(path) as handle:
        assert handle.db.connection().execute("SELECT value FROM setting").fetchall() == [("Lò Thị Mai",)]


def test_backup_to_makes_a_consistent_copy_while_another_connection_writes(db, tmp_path):
    conn = database.connection()
    conn.executemany("INSERT INTO setting (key, value) VALUES (?, ?)", [(f"k{i}", "giá trị") for i in range(500)])
    writer = sqlite3.connect(db.path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO setting (key, value) VALUES ('uncommitted', 'x')")
    try:
        target = backup_to(conn, tmp_path / "copy.sqlite3")
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    copy = sqlite3.connect(target)
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert migrations.current_version(copy) == migrations.SCHEMA_VERSION
    assert copy.execute("SELECT count(*) FROM setting").fetchone()[0] == 500
    copy.close()
    assert not list(tmp_path.glob("*.partial"))


def test_backup_to_refuses_a_connection_inside_a_transaction_instead_of_waiting_forever(db, tmp_path):
    conn = database.connection()
    conn.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(RuntimeError, match="transaction"):
            backup_to(conn, tmp_path / "copy.sqlite3")
    finally:
        conn.execute("ROLLBACK")


def test_backup_to_a_missing_folder_is_an_environment_fault(db, tmp_path):
    target = tmp_path / "no such folder" / "copy.sqlite3"
    with pytest.raises(EnvironmentFault, match="Không ghi được bản sao lưu"):
        backup_to(database.connection(), target)
    assert not target.exists()
