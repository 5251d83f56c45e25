"""An exclusive lock on a database file, held by one UnionDesk process at a time.

The operating system releases the lock when the process ends, however it ends, so a crash never leaves
a stale lock behind (unlike a lock file that is merely created and deleted).
"""

from __future__ import annotations

import os
from pathlib import Path

from uniondesk.domain.errors import EnvironmentFault

if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(fd: int) -> bool:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

else:
    import fcntl

    def _try_lock(fd: int) -> bool:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True


class DatabaseLock:
    def __init__(self, db_path: Path):
        self.path = Path(str(db_path) + ".lock")
        self._fd: int | None = None

    def acquire(self) -> None:
        try:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        except OSError as exc:
            raise EnvironmentFault(
                f"Không tạo được tệp khóa {self.path} ({exc.strerror}). Hãy kiểm tra quyền ghi của thư mục."
            ) from exc
        if not _try_lock(fd):
            os.close(fd)
            raise EnvironmentFault(
                "Cơ sở dữ liệu này đang được mở trong một cửa sổ UnionDesk khác. "
                "Hãy dùng cửa sổ đó, hoặc đóng nó rồi mở lại."
            )
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing the descriptor releases the lock
            self._fd = None
