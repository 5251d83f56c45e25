"""Opening a database file: checks, lock, pragmas, collation, backup and migration.

Every way a file can be wrong (not SQLite, corrupt, newer, read-only, already open elsewhere) ends in
an ``EnvironmentFault`` with a Vietnamese message, before anything is written.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import sqlite3
from pathlib import Path

from peewee import DatabaseProxy, SqliteDatabase

from uniondesk.domain.errors import EnvironmentFault
from uniondesk.domain.text import vi_compare
from uniondesk.paths import backup_dir
from uniondesk.store import migrations
from uniondesk.store.lock import DatabaseLock

log = logging.getLogger(__name__)

database = DatabaseProxy()
SQLITE_HEADER = b"SQLite format 3\x00"
PRAGMAS = [
    ("journal_mode", "wal"),  # the GUI reads while a worker writes
    ("synchronous", "normal"),
    ("foreign_keys", 1),
    ("cache_size", -64_000),  # 64 MB page cache: province-sized roll-ups stay in memory
    ("busy_timeout", 10_000),
    ("temp_store", "memory"),
]


class OpenDatabase:
    """An open database file: the peewee database and the lock that keeps other writers out."""

    def __init__(self, path: Path, db: SqliteDatabase, lock: DatabaseLock | None):
        self.path = path
        self.db = db
        self._lock = lock

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.close()
        if self._lock:
            self._lock.release()
            self._lock = None

    def __enter__(self) -> OpenDatabase:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def _check_file(path: Path, create: bool) -> None:
    if not path.exists():
        if not create:
            raise EnvironmentFault(f"Không tìm thấy cơ sở dữ liệu {path}.")
        if not os.access(path.parent if path.parent.exists() else Path.cwd(), os.W_OK):
            raise EnvironmentFault(f"Không thể tạo cơ sở dữ liệu trong thư mục {path.parent}: thư mục chỉ đọc.")
        return
    if path.is_dir():
        raise EnvironmentFault(f"{path} là một thư mục, không phải tệp cơ sở dữ liệu.")
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header and header != SQLITE_HEADER:
        raise EnvironmentFault(f"Tệp {path} không phải là cơ sở dữ liệu UnionDesk (không phải tệp SQLite).")
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        raise EnvironmentFault(
            f"Tệp cơ sở dữ liệu {path} (hoặc thư mục chứa nó) chỉ cho phép đọc. "
            "Hãy chép tệp sang thư mục của bạn hoặc bỏ thuộc tính chỉ đọc rồi mở lại."
        )


def connect(path: Path) -> SqliteDatabase:
    db = SqliteDatabase(str(path), pragmas=PRAGMAS, check_same_thread=False)
    db.register_collation(vi_compare, "VI")
    return db


def open_database(path: Path | str, *, create: bool = True, lock: bool = True) -> OpenDatabase:
    """Open (or create) the file, refuse it if it is not ours, back it up and migrate it."""
    path = Path(path)
    _check_file(path, create)
    file_lock = DatabaseLock(path) if lock else None
    if file_lock:
        file_lock.acquire()
    try:
        db = connect(path)
        try:
            _prepare(db, path)
        except sqlite3.DatabaseError as exc:
            db.close()
            raise EnvironmentFault(
                f"Cơ sở dữ liệu {path} bị hỏng và không đọc được ({exc}). "
                "Hãy khôi phục từ một bản sao lưu trong thư mục backups."
            ) from exc
        except BaseException:
            db.close()
            raise
    except BaseException:
        if file_lock:
            file_lock.release()
        raise
    database.initialize(db)
    return OpenDatabase(path, db, file_lock)


def _prepare(db: SqliteDatabase, path: Path) -> None:
    conn = db.connection()
    version = migrations.current_version(conn)
    if version > migrations.SCHEMA_VERSION:
        raise EnvironmentFault(
            f"Cơ sở dữ liệu {path.name} được tạo bởi một phiên bản UnionDesk mới hơn "
            f"(lược đồ {version}, phiên bản này hiểu đến {migrations.SCHEMA_VERSION}). "
            "Hãy cập nhật UnionDesk; tệp không bị thay đổi."
        )
    if version == 0:
        foreign = conn.execute("SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").fetchone()[0]
        if foreign:
            raise EnvironmentFault(f"Tệp {path} là một cơ sở dữ liệu SQLite khác, không phải của UnionDesk.")
    elif version < migrations.SCHEMA_VERSION:
        target = backup_dir(path) / f"{path.stem}-v{version}-{dt.datetime.now():%Y%m%d-%H%M%S}.sqlite3"
        backup_to(conn, target)
        log.info("backed up %s to %s before migrating from schema %s", path, target, version)
    reached = migrations.migrate(conn)
    if reached:
        log.info("migrated %s to schema %s", path, reached[-1])


def backup_to(conn: sqlite3.Connection, target: Path) -> Path:
    """A consistent copy through SQLite's online backup API, written beside and then renamed."""
    target = Path(target)
    partial = target.with_name(target.name + ".partial")
    try:
        partial.unlink(missing_ok=True)
        dest = sqlite3.connect(str(partial))
        try:
            conn.backup(dest)
        finally:
            dest.close()
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        reason = getattr(exc, "strerror", None) or exc
        raise EnvironmentFault(f"Không ghi được bản sao lưu {target}: {reason}. Hãy kiểm tra chỗ trống trên đĩa.") from exc
    return target
