"""The quota sheet: an .xlsx listing a unit's child units, filled in by hand and read back.

An officer exports the sheet, types the quotas (or sends it to a colleague who does), and imports it.
The import checks every row before anything is written and refuses the whole sheet with one list of
row errors: a half-imported quota table is worse than none. Only the two quota columns are unlocked;
the codes identify the units, the names are there for the reader.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
import warnings
import zipfile
from dataclasses import dataclass
from pathlib import Path
from xml.etree.ElementTree import ParseError

import openpyxl
from openpyxl.utils import get_column_letter
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet.datavalidation import DataValidation

from uniondesk.domain.campaigns import MAX_QUOTA
from uniondesk.domain.errors import EnvironmentFault, InputError
from uniondesk.domain.text import clean, format_int, parse_count
from uniondesk.domain.units import UnitStatus
from uniondesk.services import quotas
from uniondesk.services.actor import Actor
from uniondesk.services.campaigns import get_campaign
from uniondesk.services.quotas import Allocation, QuotaOverview
from uniondesk.services.units import get_unit, is_in_subtree
from uniondesk.store.db import database
from uniondesk.store.models import Campaign, Unit

SHEET_TITLE = "Chỉ tiêu"
HEADER = ("STT", "Mã đơn vị", "Tên đơn vị", "Chỉ tiêu sáng kiến", "Chỉ tiêu người tham gia")
WIDTHS = (6, 16, 62, 20, 24)
CODE_COL, NAME_COL, INITIATIVES_COL, MEMBERS_COL = 2, 3, 4, 5
# Labels of the title block; the reader finds the campaign and the unit by them.
CAMPAIGN_LABEL, PARENT_LABEL = "Mã chương trình:", "Mã đơn vị giao:"
INSTRUCTIONS = (
    "Nhập chỉ tiêu (số nguyên không âm, ví dụ 1.234) vào hai cột “Chỉ tiêu sáng kiến” và “Chỉ tiêu người "
    "tham gia”; để trống cả hai ô của một đơn vị để bỏ chỉ tiêu của đơn vị đó. Không sửa mã đơn vị, không "
    "thêm, xóa hay đổi tên cột. Lưu tệp dạng .xlsx rồi nhập lại vào chương trình: nếu một dòng có lỗi, "
    "cả bảng không được nhập và chương trình liệt kê từng dòng lỗi.")
MAX_LISTED = 30  # row errors spelled out in the message; ``QuotaSheetError.rows`` keeps them all
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97–2003 files, and encrypted .xlsx files
_ENCRYPTED_MARK = "EncryptionInfo".encode("utf-16-le")
_SCAN_ROWS = 40  # the header is looked for in the first rows only


class QuotaSheetError(InputError):
    """A quota sheet refused as a whole; ``rows`` lists (row number, reason), row 0 for the file."""

    def __init__(self, message: str, rows: list[tuple[int, str]] | None = None):
        super().__init__(message, "file")
        self.rows = list(rows or [])


# --- writing ------------------------------------------------------------------------------------------

def _check_parent(campaign: Campaign, parent: Unit) -> None:
    if not is_in_subtree(parent, campaign.organiser):
        raise InputError(f"“{parent.name}” không thuộc phạm vi của đơn vị tổ chức “{campaign.organiser.name}”.",
                         "unit")


def write_quota_sheet(campaign_id: int, parent_id: int, path: Path) -> Path:
    """Write the quota sheet of ``parent``'s live child units to ``path`` (an .xlsx); returns the path."""
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise InputError("Tên tệp bảng chỉ tiêu phải có đuôi .xlsx.", "path")
    with database.atomic():  # one consistent read of the campaign, the unit and the quotas
        campaign, parent = get_campaign(campaign_id), get_unit(parent_id)
        _check_parent(campaign, parent)
        view = quotas.overview(campaign.id, parent.id)
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = SHEET_TITLE
    header_row = _title_block(sheet, campaign, parent, view)
    _table(sheet, header_row, view)
    workbook.properties.title = f"Chỉ tiêu {campaign.code} – {parent.code}"
    workbook.properties.creator = "UnionDesk"
    _save_atomically(workbook, path)
    return path


def _title_block(sheet, campaign: Campaign, parent: Unit, view: QuotaOverview) -> int:
    """Rows 1–8: what the sheet is for; returns the header row."""
    sheet["A1"] = f"BẢNG GIAO CHỈ TIÊU – {campaign.name}"
    sheet["A1"].font = Font(bold=True, size=14)
    sheet.merge_cells("A1:E1")
    parent_quota = f"{format_int(view.parent_quota)} sáng kiến" if view.parent_quota is not None else "chưa được giao"
    lines = [("Chương trình:", campaign.name), (CAMPAIGN_LABEL, campaign.code),
             ("Đơn vị giao:", parent.name), (PARENT_LABEL, parent.code),
             ("Chỉ tiêu được giao:", parent_quota), ("Hướng dẫn:", INSTRUCTIONS)]
    for row, (label, value) in enumerate(lines, start=2):
        sheet.cell(row, 1, label).font = Font(bold=True)
        sheet.cell(row, 2, value)
        sheet.merge_cells(start_row=row, start_column=2, end_row=row, end_column=5)
    sheet.cell(7, 2).alignment = Alignment(wrap_text=True, vertical="top")
    sheet.row_dimensions[7].height = 62
    return len(lines) + 3


def _table(sheet, header_row: int, view: QuotaOverview) -> None:
    thin = Side(style="thin", color="999999")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    for col, (title, width) in enumerate(zip(HEADER, WIDTHS, strict=True), start=1):
        cell = sheet.cell(header_row, col, title)
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDEBF7")
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        cell.border = border
        sheet.column_dimensions[cell.column_letter].width = width
    first = header_row + 1
    for number, line in enumerate(view.lines, start=1):
        row = header_row + number
        values = (number, line.code, line.name, line.initiatives, line.members)
        for col, value in enumerate(values, start=1):
            cell = sheet.cell(row, col, value)
            cell.border = border
        for col in (INITIATIVES_COL, MEMBERS_COL):
            cell = sheet.cell(row, col)
            cell.protection = Protection(locked=False)
            cell.number_format = "#,##0"
    last = max(first, header_row + len(view.lines))
    _validation(sheet, first, last)
    sheet.freeze_panes = sheet.cell(first, 1)
    sheet.print_title_rows = f"{header_row}:{header_row}"
    sheet.page_setup.orientation = "portrait"
    sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight = 1, 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    # Protection without a password: it guards against slips, not against a determined colleague,
    # and a forgotten password would lock an office out of its own sheet.
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False  # columns may still be widened
    sheet.protection.formatRows = False


def _validation(sheet, first: int, last: int) -> None:
    check = DataValidation(type="whole", operator="greaterThanOrEqual", formula1="0", allow_blank=True,
                           showErrorMessage=True, showInputMessage=True)
    check.errorTitle, check.promptTitle = "Chỉ tiêu không hợp lệ", "Chỉ tiêu"
    check.error = "Hãy nhập một số nguyên không âm (ví dụ 120), hoặc để trống để bỏ chỉ tiêu."
    check.prompt = "Số nguyên không âm; để trống để bỏ chỉ tiêu."
    sheet.add_data_validation(check)
    check.add(f"D{first}:E{last}")


def _check_writable(path: Path) -> None:
    if not path.parent.is_dir():
        raise EnvironmentFault(f"Thư mục “{path.parent}” không tồn tại (ổ USB đã được rút ra?).")
    if path.is_dir():
        raise EnvironmentFault(f"“{path}” là một thư mục, không ghi đè được; hãy chọn tên tệp khác.")
    if path.exists():
        try:
            # Excel holds the file it has open with a lock that refuses this on Windows.
            with path.open("r+b"):
                pass
        except OSError as exc:
            raise _locked(path) from exc
        if not os.access(path, os.W_OK):
            raise _locked(path)


def _locked(path: Path) -> EnvironmentFault:
    return EnvironmentFault(f"Không ghi được tệp “{path.name}”: tệp đang được mở (trong Excel?) hoặc chỉ cho phép "
                            "đọc. Hãy đóng tệp hoặc chọn tên khác rồi thử lại.")


def _save_atomically(workbook, path: Path) -> None:
    """Write beside the target under a temporary name, flush, then rename: a pulled USB stick or a
    full disk never leaves half a sheet under the real name."""
    _check_writable(path)
    try:
        handle, temp = tempfile.mkstemp(prefix=".~", suffix=".xlsx", dir=path.parent)
    except OSError as exc:
        raise EnvironmentFault(f"Không tạo được tệp trong thư mục “{path.parent}”: {exc.strerror}.") from exc
    try:
        with os.fdopen(handle, "wb") as stream:
            workbook.save(stream)
            stream.flush()
            os.fsync(stream.fileno())
        # mkstemp makes the file private to its owner; a sheet is meant to be passed on.
        os.chmod(temp, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        os.replace(temp, path)
    except OSError as exc:
        Path(temp).unlink(missing_ok=True)
        if isinstance(exc, PermissionError):
            raise _locked(path) from exc
        raise EnvironmentFault(f"Không ghi được tệp “{path.name}”: {exc.strerror or exc}.") from exc
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


# --- reading ------------------------------------------------------------------------------------------

@dataclass
class _Row:
    number: int
    code: str
    initiatives: object
    members: object


def read_quota_sheet(campaign_id: int, parent_id: int, path: Path) -> list[Allocation]:
    """The allocations of a filled-in sheet, after checking every row; one ``QuotaSheetError`` lists them all."""
    campaign, parent = get_campaign(campaign_id), get_unit(parent_id)
    _check_parent(campaign, parent)
    sheet = _sheet(Path(path))
    header_row = _header_row(sheet)
    _check_identity(sheet, header_row, campaign, parent)
    errors: list[tuple[int, str]] = []
    allocations = _allocations(_rows(sheet, header_row), parent, errors)
    if errors:
        raise _sheet_error(errors)
    return allocations


def import_quota_sheet(actor: Actor, campaign_id: int, parent_id: int, path: Path) -> QuotaOverview:
    """Read the sheet and set the quotas it gives, in one transaction: all rows or none."""
    with database.atomic():
        allocations = read_quota_sheet(campaign_id, parent_id, path)
        return quotas.allocate(actor, campaign_id, parent_id, allocations)


def _sheet_error(errors: list[tuple[int, str]]) -> QuotaSheetError:
    listed = [f"Dòng {row}: {reason}" if row else reason for row, reason in errors[:MAX_LISTED]]
    if len(errors) > MAX_LISTED:
        listed.append(f"… và {format_int(len(errors) - MAX_LISTED)} lỗi khác.")
    head = f"Bảng chỉ tiêu có {format_int(len(errors))} lỗi; chưa có chỉ tiêu nào được thay đổi:"
    return QuotaSheetError("\n".join([head, *listed]), errors)


def _file_error(reason: str) -> QuotaSheetError:  # the file as a whole: row 0
    return QuotaSheetError(reason, [(0, reason)])


def _sheet(path: Path):
    """The quota worksheet of the file, or a clear reason why the file cannot be one."""
    try:
        with path.open("rb") as stream:
            data = stream.read()
    except FileNotFoundError:
        raise _file_error(f"Không tìm thấy tệp “{path}”.") from None
    except OSError as exc:
        raise EnvironmentFault(f"Không đọc được tệp “{path.name}”: tệp đang bị khóa (đang mở trong Excel?) "
                               f"hoặc không có quyền đọc ({exc.strerror}).") from exc
    if data.startswith(_OLE_MAGIC):
        if _ENCRYPTED_MARK in data:
            raise _file_error(f"Tệp “{path.name}” được đặt mật khẩu; hãy mở bằng Excel, bỏ mật khẩu "
                              "(Tệp › Thông tin › Bảo vệ sổ làm việc) rồi lưu lại.")
        raise _file_error(f"Tệp “{path.name}” là tệp Excel cũ (.xls); hãy mở bằng Excel và lưu lại dạng .xlsx.")
    if not data.startswith(b"PK\x03\x04"):
        raise _file_error(f"Tệp “{path.name}” không phải là bảng tính Excel .xlsx.")
    try:
        with warnings.catch_warnings():
            # Excel's own extensions (slicers, extended validation) that openpyxl drops on reading:
            # nothing the quota columns need, and nothing the officer can act on.
            warnings.simplefilter("ignore", UserWarning)
            workbook = openpyxl.load_workbook(path, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, TypeError, ParseError) as exc:
        raise _file_error(f"Tệp “{path.name}” bị hỏng hoặc không phải bảng tính .xlsx hợp lệ.") from exc
    if SHEET_TITLE in workbook.sheetnames:
        return workbook[SHEET_TITLE]
    return workbook.worksheets[0]


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return clean(str(value))


def _header_row(sheet) -> int:
    """The row holding the header; refused when a column was renamed, removed, added or moved."""
    wanted = [title.casefold() for title in HEADER]
    for row in range(1, min(sheet.max_row, _SCAN_ROWS) + 1):
        cells = [_text(sheet.cell(row, col).value).casefold() for col in range(1, len(HEADER) + 3)]
        if not set(wanted[:2]) & set(cells):
            continue
        shown = [_text(sheet.cell(row, col).value) for col in range(1, len(HEADER) + 3)]
        problems = [(row, f"cột {get_column_letter(col)} phải có tiêu đề “{title}”, nhưng đang là “{shown[col - 1]}”.")
                    for col, title in enumerate(HEADER, start=1) if cells[col - 1] != title.casefold()]
        problems += [(row, f"cột {get_column_letter(col)} có tiêu đề lạ “{shown[col - 1]}”; không thêm cột vào "
                           "bảng chỉ tiêu.") for col in range(len(HEADER) + 1, len(HEADER) + 3) if cells[col - 1]]
        if problems:
            raise _sheet_error(problems)
        return row
    raise _file_error("Không tìm thấy dòng tiêu đề của bảng chỉ tiêu (" + ", ".join(HEADER) + "); "
                      "hãy dùng bảng do chương trình tạo ra.")


def _check_identity(sheet, header_row: int, campaign: Campaign, parent: Unit) -> None:
    """A sheet made for another campaign or another unit is refused (when its title block says so)."""
    found: dict[str, str] = {}
    for row in range(1, header_row):
        label = _text(sheet.cell(row, 1).value)
        if label in (CAMPAIGN_LABEL, PARENT_LABEL):
            found[label] = _text(sheet.cell(row, 2).value).upper()
    code = found.get(CAMPAIGN_LABEL)
    if code and code != campaign.code:
        raise _file_error(f"Bảng này dành cho chương trình mã “{code}”, không phải “{campaign.code}” "
                          f"({campaign.name}).")
    unit_code = found.get(PARENT_LABEL)
    if unit_code and unit_code != parent.code:
        raise _file_error(f"Bảng này dành cho đơn vị mã “{unit_code}”, không phải “{parent.code}” ({parent.name}).")


def _rows(sheet, header_row: int) -> list[_Row]:
    rows = []
    for number, cells in enumerate(sheet.iter_rows(min_row=header_row + 1, max_col=len(HEADER), values_only=True),
                                   start=header_row + 1):
        if all(_text(value) == "" for value in cells):
            continue
        rows.append(_Row(number, _text(cells[CODE_COL - 1]).upper(), cells[INITIATIVES_COL - 1],
                         cells[MEMBERS_COL - 1]))
    return rows


def _allocations(rows: list[_Row], parent: Unit, errors: list[tuple[int, str]]) -> list[Allocation]:
    children = {unit.code: unit for unit in Unit.select().where(
        (Unit.parent == parent) & (Unit.status == UnitStatus.LIVE) & (Unit.deleted == False))}  # noqa: E712
    seen: dict[int, int] = {}
    out = []
    for row in rows:
        unit = _row_unit(row, children, parent, errors)
        initiatives = _count(row.number, row.initiatives, "chỉ tiêu sáng kiến", errors)
        members = _count(row.number, row.members, "chỉ tiêu người tham gia", errors)
        if initiatives is None and isinstance(members, int):
            errors.append((row.number, "có chỉ tiêu người tham gia nhưng để trống chỉ tiêu sáng kiến."))
        if unit is None:
            continue
        if unit.id in seen:
            errors.append((row.number, f"đơn vị “{unit.code}” đã có ở dòng {seen[unit.id]}."))
            continue
        seen[unit.id] = row.number
        if initiatives is not _BAD and members is not _BAD:
            out.append(Allocation(unit.id, initiatives, members if initiatives is not None else None))
    return out


def _row_unit(row: _Row, children: dict[str, Unit], parent: Unit, errors: list[tuple[int, str]]) -> Unit | None:
    if not row.code:
        errors.append((row.number, "thiếu mã đơn vị."))
        return None
    unit = children.get(row.code)
    if unit is not None:
        return unit
    other = (Unit.select().where((Unit.code == row.code) & (Unit.deleted == False))  # noqa: E712
             .order_by((Unit.status == UnitStatus.LIVE).desc()).first())
    if other is None:
        errors.append((row.number, f"không có đơn vị nào mang mã “{row.code}”."))
    elif other.status != UnitStatus.LIVE:
        errors.append((row.number, f"đơn vị “{row.code}” ({other.name}) đã ngừng hoạt động."))
    else:
        errors.append((row.number, f"đơn vị “{row.code}” ({other.name}) không trực thuộc “{parent.name}”."))
    return None


_BAD = object()  # a cell whose error is already listed


def _count(row: int, value, label: str, errors: list[tuple[int, str]]):
    """A quota cell as a whole number ≥ 0, None when blank, ``_BAD`` (error listed) otherwise."""
    try:
        number = _number(value)
    except ValueError as exc:
        errors.append((row, f"{label}: {exc}"))
        return _BAD
    if number is not None and number > MAX_QUOTA:
        errors.append((row, f"{label}: {format_int(number)} quá lớn."))
        return _BAD
    return number


def _number(value) -> int | None:
    if value is None or (isinstance(value, str) and not clean(value)):
        return None
    if isinstance(value, bool) or isinstance(value, dt.date | dt.time | dt.timedelta):
        raise ValueError(f"“{_text(value)}” không phải là một số.")
    if isinstance(value, float):
        if not value.is_integer():
            raise ValueError(f"{value:g} không phải số nguyên.".replace(".", ","))
        value = int(value)
    if isinstance(value, int):
        if value < 0:
            raise ValueError(f"{format_int(value)} là số âm; chỉ tiêu phải từ 0 trở lên.")
        return value
    text = clean(str(value)).replace("\u00a0", " ")
    if text.startswith("-") and text[1:].strip().replace(".", "").replace(" ", "").isdigit():
        raise ValueError(f"“{text}” là số âm; chỉ tiêu phải từ 0 trở lên.")
    return parse_count(text)
