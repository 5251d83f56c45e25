"""Looking after a database file: checks (for ``uniondesk check`` and support) and backups."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from typing import Any

from uniondesk.domain.errors import InputError
from uniondesk.store import db as store_db
from uniondesk.store.queries import maintenance as queries


def check() -> dict[str, Any]:
    """SQLite integrity and foreign keys, schema version, rows per table and our own invariants.

    ``counts`` gives live rows per table (tombstones of synced tables left out; they are in
    ``deleted``); ``problems`` lists, in Vietnamese, everything that makes ``ok`` false.
    """
    problems = [f"Lỗi toàn vẹn SQLite: {line}" for line in queries.integrity_problems()]
    problems += [f"Tham chiếu tới dòng không tồn tại: {line}" for line in queries.foreign_key_problems()]
    problems += [f"Đường dẫn cây sai ở đơn vị {line}" for line in queries.path_problems()]
    if queries.home_unit_missing():
        problems.append("Không tìm thấy đơn vị chủ quản của cài đặt này.")
    counts = queries.table_counts()
    return {
        "ok": not problems,
        "schema_version": queries.schema_version(),
        "counts": {table: value["rows"] for table, value in counts.items()},
        "deleted": {table: value["deleted"] for table, value in counts.items() if value["deleted"]},
        "problems": problems,
    }


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def backup(out_path: Path | str) -> Path:
    """A consistent copy of the open database (SQLite online backup), written beside and renamed.

    ``out_path`` may be a folder: the copy is then named after the database and the time. The live
    database itself, or one of its companion files, is never overwritten.
    """
    live = Path(store_db.database.database)
    target = Path(out_path)
    if target.is_dir():
        target = target / f"{live.stem}-{dt.datetime.now():%Y%m%d-%H%M%S}.sqlite3"
    companions = [live, live.with_name(live.name + "-wal"), live.with_name(live.name + "-shm"),
                  live.with_name(live.name + ".lock")]
    if any(_same_file(target, other) or target.resolve() == other.resolve() for other in companions):
        raise InputError(f"Không thể sao lưu đè lên chính cơ sở dữ liệu đang mở ({live}). Hãy chọn tên tệp khác.",
                         "out")
    if not target.parent.is_dir():
        raise InputError(f"Thư mục {target.parent} không tồn tại.", "out")
    if target.exists() and not _is_sqlite(target):
        raise InputError(f"Tệp {target} đã tồn tại và không phải một bản sao lưu; hãy chọn tên khác.", "out")
    return store_db.backup_to(store_db.database.connection(), target)


def _is_sqlite(path: Path) -> bool:
    """An SQLite file, or an empty one (a name reserved for the copy)."""
    with path.open("rb") as handle:
        return handle.read(len(store_db.SQLITE_HEADER)) in (b"", store_db.SQLITE_HEADER)
