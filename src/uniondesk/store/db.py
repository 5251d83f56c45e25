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

import peewee
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
    if not _writable(path):
        raise EnvironmentFault(
            f"Tệp cơ sở dữ liệu {path} (hoặc thư mục chứa nó) chỉ cho phép đọc. "
            "Hãy chép tệp sang thư mục của bạn hoặc bỏ thuộc tính chỉ đọc rồi mở lại."
        )


def _writable(path: Path) -> bool:
    """The file and its folder (for the journal) accept writes.

    ``os.access`` misses Windows ACLs, so the file is also opened for writing (nothing is written).
    """
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        return False
    try:
        with path.open("r+b"):
            pass
    except OSError:
        return False
    return True


def _inspect(path: Path) -> None:
    """Refuse a corrupt, foreign or newer file through a read-only connection, before the lock and
    the pragmas (WAL mode rewrites the header): a refused file keeps every byte."""
    if not path.exists() or path.stat().st_size == 0:
        return
    try:
        conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            _identify(conn, path)
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise _fault(exc, path) from exc


def _identify(conn: sqlite3.Connection, path: Path) -> None:
    version = migrations.current_version(conn)
    app = migrations.application_id(conn)
    names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'")}
    # Files made before the application id was written are recognised by their installation table.
    ours = app == migrations.APPLICATION_ID or (
        app == 0 and ((version == 0 and not names) or (version > 0 and "installation" in names)))
    if not ours:
        raise EnvironmentFault(f"Tệp {path} là một cơ sở dữ liệu SQLite khác, không phải của UnionDesk.")
    _refuse_newer(version, path)


def _refuse_newer(version: int, path: Path) -> None:
    if version > migrations.SCHEMA_VERSION:
        raise EnvironmentFault(
            f"Cơ sở dữ liệu {path.name} được tạo bởi một phiên bản UnionDesk mới hơn "
            f"(lược đồ {version}, phiên bản này hiểu đến {migrations.SCHEMA_VERSION}). "
            "Hãy cập nhật UnionDesk; tệp không bị thay đổi."
        )


def _fault(exc: Exception, path: Path) -> EnvironmentFault:
    """A plain message for what SQLite said about the file."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return EnvironmentFault(f"Cơ sở dữ liệu {path} đang bị một chương trình khác khóa. "
                                "Hãy đóng chương trình đó rồi thử lại.")
    if "readonly" in text or "read-only" in text:
        return EnvironmentFault(f"Tệp cơ sở dữ liệu {path} chỉ cho phép đọc.")
    if "full" in text:
        return EnvironmentFault(f"Đĩa đã đầy, không ghi được cơ sở dữ liệu {path}. Hãy giải phóng chỗ trống.")
    if "unable to open" in text:
        return EnvironmentFault(f"Không mở được tệp cơ sở dữ liệu {path} ({exc}).")
    return EnvironmentFault(
        f"Cơ sở dữ liệu {path} bị hỏng và không đọc được ({exc}). "
        "Hãy khôi phục từ một bản sao lưu trong thư mục backups."
    )


def connect(path: Path) -> SqliteDatabase:
    db = SqliteDatabase(str(path), pragmas=PRAGMAS, check_same_thread=False)
    db.register_collation(vi_compare, "VI")
    return db


def open_database(path: Path | str, *, create: bool = True, lock: bool = True) -> OpenDatabase:
    """Open (or create) the file, refuse it if it is not ours, back it up and migrate it."""
    path = Path(path)
    _check_file(path, create)
    _inspect(path)
    file_lock = DatabaseLock(path) if lock else None
    if file_lock:
        file_lock.acquire()
    try:
        db = connect(path)
        try:
            _prepare(db, path)
        except (sqlite3.DatabaseError, peewee.DatabaseError) as exc:
            db.close()
            raise _fault(exc, path) from exc
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
    _refuse_newer(version, path)  # again, now under the lock: another program may have upgraded it
    if 0 < version < migrations.SCHEMA_VERSION:
        target = backup_dir(path) / f"{path.stem}-v{version}-{dt.datetime.now():%Y%m%d-%H%M%S}.sqlite3"
        backup_to(conn, target)
        log.info("backed up %s to %s before migrating from schema %s", path, target, version)
    reached = migrations.migrate(conn)
    if reached:
        log.info("migrated %s to schema %s", path, reached[-1])


def backup_to(conn: sqlite3.Connection, target: Path) -> Path:
    """A consistent copy through SQLite's online backup API, written beside and then renamed."""
    if conn.in_transaction:
        # SQLite answers "locked" to a backup of a connection that is writing, and Python retries forever.
        raise RuntimeError("backup_to needs a connection outside a transaction")
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
