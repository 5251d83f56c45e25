"""Opening and saving .xlsx files safely: every way a file can be wrong ends in a Vietnamese message.

Reading refuses, before openpyxl is involved, what is not an .xlsx workbook: an Excel 97–2003 file, a
password-protected workbook (Excel stores those as an OLE compound file holding an "EncryptedPackage"
stream), anything else. Saving goes to a temporary name beside the target, then a rename: a pulled USB
stick or a full disk never leaves half a workbook under the real name, and a target held open by
Excel (a sharing violation on Windows) is reported as such.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import warnings
import zipfile
from collections.abc import Iterator
from pathlib import Path
from xml.etree.ElementTree import ParseError

import openpyxl
from openpyxl.utils.exceptions import InvalidFileException

from uniondesk.domain.errors import EnvironmentFault, InputError
from uniondesk.services.excel.sheet_rows import load_read_only

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # compound files: Excel 97–2003, and encrypted workbooks
ZIP_MAGIC = b"PK\x03\x04"
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
_CHUNK = 1 << 20


def _locked_for_reading(path: Path, exc: OSError) -> EnvironmentFault:
    return EnvironmentFault(f"Không mở được tệp “{path.name}”: tệp đang được mở trong chương trình khác (Excel?) "
                            f"hoặc không có quyền đọc. Hãy đóng tệp rồi thử lại. ({exc.strerror or exc})")


def _locked_for_writing(path: Path) -> EnvironmentFault:
    return EnvironmentFault(f"Không ghi được tệp “{path.name}”: tệp đang được mở (trong Excel?) hoặc chỉ cho phép "
                            "đọc. Hãy đóng tệp hoặc chọn tên khác rồi thử lại.")


def _has_encrypted_stream(path: Path) -> bool:
    """Look for the stream name in the compound file's directory, reading in chunks (the file may be big)."""
    tail = b""
    with open(path, "rb") as stream:
        while chunk := stream.read(_CHUNK):
            if _ENCRYPTED_STREAM in tail + chunk:
                return True
            tail = chunk[-len(_ENCRYPTED_STREAM):]
    return False


def check_workbook_file(path: Path) -> None:
    """Refuse, with the reason, a file that cannot be read as an .xlsx workbook."""
    try:
        if path.is_dir():
            raise InputError(f"“{path}” là một thư mục, không phải tệp Excel.", "path")
        with open(path, "rb") as stream:
            head = stream.read(8)
        encrypted = head == OLE_MAGIC and _has_encrypted_stream(path)
    except FileNotFoundError:
        raise InputError(f"Không tìm thấy tệp “{path}”.", "path") from None
    except OSError as exc:  # PermissionError: on Windows, Excel holds the file it has open
        raise _locked_for_reading(path, exc) from exc
    if encrypted:
        raise InputError(f"Tệp “{path.name}” được đặt mật khẩu. Hãy mở bằng Excel, bỏ mật khẩu (Tệp › Thông tin › "
                         "Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại rồi nhập lại.", "path")
    if head == OLE_MAGIC:
        raise InputError(f"Tệp “{path.name}” là tệp Excel cũ (.xls, Excel 97–2003). Hãy mở bằng Excel và "
                         "lưu lại dạng “Sổ làm việc Excel (.xlsx)” rồi nhập lại.", "path")
    if not head.startswith(ZIP_MAGIC) or not _is_xlsx_package(path):
        raise InputError(f"Tệp “{path.name}” không phải là bảng tính Excel .xlsx.", "path")


def _is_xlsx_package(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as package:
            names = set(package.namelist())
    except (zipfile.BadZipFile, OSError):
        return False
    return "[Content_Types].xml" in names and "xl/workbook.xml" in names


@contextlib.contextmanager
def open_workbook(path: Path, *, read_only: bool, data_only: bool = True) -> Iterator[openpyxl.Workbook]:
    """The workbook at ``path`` (checked first), closed afterwards. ``data_only``: formulas give their last
    values (for reading); without it they stay formulas (for a copy that is saved again)."""
    path = Path(path)
    check_workbook_file(path)
    try:
        with warnings.catch_warnings():
            # Excel features openpyxl drops on reading (slicers, extended validation, missing default
            # style): nothing the import needs, and nothing the officer could act on.
            warnings.simplefilter("ignore", UserWarning)
            workbook = (load_read_only(path, data_only=data_only) if read_only
                        else openpyxl.load_workbook(path, read_only=False, data_only=data_only))
    except PermissionError as exc:
        raise _locked_for_reading(path, exc) from exc
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, TypeError, ParseError, OSError) as exc:
        raise InputError(f"Tệp “{path.name}” bị hỏng hoặc không phải bảng tính .xlsx hợp lệ.", "path") from exc
    try:
        yield workbook
    finally:
        workbook.close()


def check_target(path: Path) -> Path:
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise InputError(f"Tên tệp “{path.name}” phải có đuôi .xlsx.", "path")
    if not path.parent.is_dir():
        raise EnvironmentFault(f"Thư mục “{path.parent}” không tồn tại (ổ USB đã được rút ra?).")
    if path.is_dir():
        raise EnvironmentFault(f"“{path}” là một thư mục, không ghi đè được; hãy chọn tên tệp khác.")
    if path.exists():
        try:
            with open(path, "r+b"):  # Excel's lock refuses this on Windows
                pass
        except OSError as exc:
            raise _locked_for_writing(path) from exc
    return path


def save_atomically(workbook: openpyxl.Workbook, path: Path) -> Path:
    """Save under a temporary name beside ``path``, flush, then rename onto it."""
    path = check_target(path)
    # Not ``tempfile.mkstemp``: its files are private to the user (0600), and the rename would keep that.
    temp = path.parent / f".~{path.stem}.{secrets.token_hex(4)}.xlsx"
    try:
        stream = open(temp, "xb")
    except OSError as exc:
        raise EnvironmentFault(f"Không tạo được tệp trong thư mục “{path.parent}”: {exc.strerror or exc}.") from exc
    try:
        with stream:
            workbook.save(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temp, path)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        if isinstance(exc, PermissionError):
            raise _locked_for_writing(path) from exc
        raise EnvironmentFault(f"Không ghi được tệp “{path.name}”: {exc.strerror or exc}.") from exc
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
    return path
