"""The workbook a grassroots union fills in: instructions, a data sheet with a protected header and
dropdowns, and a hidden sheet holding the dropdown lists and the campaign's code.

The header row is locked and the sheet protected without a password (it guards against an accidental
edit, not against the officer); the data columns are unlocked through their column style, so every row
an officer types into is editable. Dates are text columns: Excel on an English-language Windows would
otherwise read "01/04/2022" as 4 January; the reader parses dd/mm/yyyy itself.
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.styles import Alignment, Border, Font, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation

from uniondesk.domain.errors import InputError
from uniondesk.domain.initiatives import ENTRY_STATUSES, FIELD_LABELS, RECOGNISED_BY_LABELS, STATUS_LABELS
from uniondesk.domain.text import format_date
from uniondesk.services.campaigns import get_campaign
from uniondesk.services.excel.columns import COLUMNS, Column
from uniondesk.services.excel.files import check_target, save_atomically
from uniondesk.services.excel.unit_lookup import choice_label
from uniondesk.services.units import get_unit, is_in_subtree
from uniondesk.store.db import database
from uniondesk.store.models import Campaign, Unit
from uniondesk.store.queries.units import live_units_under

INSTRUCTIONS_SHEET, DATA_SHEET, LISTS_SHEET = "Hướng dẫn", "Sáng kiến", "Danh sách"
# The hidden sheet names the campaign in these cells; the reader refuses a workbook made for another one.
CAMPAIGN_LABEL_CELL, CAMPAIGN_CODE_CELL = "H1", "H2"
CAMPAIGN_LABEL = "Mã chương trình"
YES_NO = ("Có", "Không")
VALIDATED_ROWS = 10_000  # dropdowns cover this many data rows
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
THIN = Side(style="thin", color="808080")
BORDER = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FORMATS = {"amount": "#,##0", "date": "@"}


def write_template(campaign_id: int, path: Path, unit_id: int | None = None) -> Path:
    """Write the template of ``campaign_id`` for the units under ``unit_id`` (default: the organiser)."""
    path = check_target(Path(path))
    with database.atomic():  # one consistent read of the campaign and the tree
        campaign = get_campaign(campaign_id)
        scope = _scope(campaign, unit_id)
        units = [choice_label(name, code) for code, name, *_ in live_units_under(scope.code)]
    workbook = openpyxl.Workbook()
    _instructions(workbook.active, campaign, scope)
    data = workbook.create_sheet(DATA_SHEET)
    lists = workbook.create_sheet(LISTS_SHEET)
    ranges = _lists(lists, campaign, units)
    _data_sheet(data, ranges)
    workbook.active = workbook.index(data)
    return save_atomically(workbook, path)


def _scope(campaign: Campaign, unit_id: int | None) -> Unit:
    if unit_id is None:
        return campaign.organiser
    unit = get_unit(unit_id)
    if not is_in_subtree(unit, campaign.organiser):
        raise InputError(f"“{unit.name}” không thuộc phạm vi của đơn vị tổ chức chương trình "
                         f"“{campaign.organiser.name}”.", "unit")
    return unit


def _instructions(sheet, campaign: Campaign, scope: Unit) -> None:
    sheet.title = INSTRUCTIONS_SHEET
    period = f"{format_date(campaign.start_on)} – {format_date(campaign.end_on)}"
    lines = [
        ("DANH SÁCH SÁNG KIẾN — HƯỚNG DẪN ĐIỀN", Font(bold=True, size=14)),
        (f"Chương trình: {campaign.name} (mã {campaign.code}), thời gian {period}.", None),
        (f"Đơn vị: {scope.name} [{scope.code}] và các đơn vị trực thuộc.", None),
        ("Ghi mỗi sáng kiến trên một dòng của trang “Sáng kiến”, bắt đầu từ dòng 2. Không sửa, xóa hay đổi thứ "
         "tự dòng tiêu đề; không gộp ô. Các cột có dấu * là bắt buộc.", None),
        ("Ngày ghi theo dạng ngày/tháng/năm, ví dụ 20/04/2022. Số tiền ghi 1.500.000 hoặc 1,5 tỷ hoặc 2 triệu. "
         "Tác giả ghi “Họ tên: 60%; Họ tên: 40%”.", None),
        ("Khi nhập tệp, chương trình kiểm tra mọi dòng trước; dòng lỗi được tô đỏ trong tệp báo cáo kèm lý do. "
         "Nhập lại cùng một tệp không tạo sáng kiến trùng.", None),
    ]
    for row, (text, font) in enumerate(lines, start=1):
        cell = sheet.cell(row, 1, text)
        cell.font = font or Font()
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=5)
    top = len(lines) + 2
    for col, (title, width) in enumerate((("Cột", 6), ("Tên cột", 24), ("Bắt buộc", 10),
                                          ("Ý nghĩa và cách ghi", 70), ("Ví dụ", 36)), start=1):
        _header_cell(sheet.cell(top, col, title))
        sheet.column_dimensions[get_column_letter(col)].width = width
    for index, column in enumerate(COLUMNS, start=1):
        values = (get_column_letter(index), column.header, "Có" if column.required else "", column.meaning,
                  column.example)
        for col, value in enumerate(values, start=1):
            cell = sheet.cell(top + index, col, value)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            cell.border = BORDER


def _header_cell(cell) -> None:
    cell.font = Font(bold=True)
    cell.fill = HEADER_FILL
    cell.border = BORDER
    cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    cell.protection = Protection(locked=True)


def _lists(sheet, campaign: Campaign, units: list[str]) -> dict[str, str]:
    """Write the dropdown lists in columns of the hidden sheet; return column key → range formula."""
    columns = {
        "unit": units or [""],
        "field": list(FIELD_LABELS.values()),
        "status": [STATUS_LABELS[status] for status in ENTRY_STATUSES],
        "recognised_by": list(RECOGNISED_BY_LABELS.values()),
        "confidential": list(YES_NO),
    }
    ranges = {}
    for col, (key, values) in enumerate(columns.items(), start=1):
        letter = get_column_letter(col)
        sheet.cell(1, col, key)
        for row, value in enumerate(values, start=2):
            sheet.cell(row, col, value)
        ranges[key] = f"{quote_sheetname(sheet.title)}!${letter}$2:${letter}${len(values) + 1}"
        sheet.column_dimensions[letter].width = 40 if key == "unit" else 26
    sheet[CAMPAIGN_LABEL_CELL] = CAMPAIGN_LABEL
    sheet[CAMPAIGN_CODE_CELL] = campaign.code
    sheet.sheet_state = "hidden"
    return ranges


def _data_sheet(sheet, ranges: dict[str, str]) -> None:
    for index, column in enumerate(COLUMNS, start=1):
        letter = get_column_letter(index)
        _header_cell(sheet.cell(1, index, column.header + (" *" if column.required else "")))
        dimension = sheet.column_dimensions[letter]
        dimension.width = column.width
        dimension.protection = Protection(locked=False)
        if column.kind in FORMATS:
            dimension.number_format = FORMATS[column.kind]
        if column.key in ranges:
            _dropdown(sheet, column, letter, ranges[column.key])
    sheet.row_dimensions[1].height = 32
    sheet.freeze_panes = "A2"
    protection = sheet.protection
    protection.sheet = True
    # Allowed on the protected sheet (False = not protected): what an officer does while typing rows.
    for allowed in ("formatCells", "formatColumns", "formatRows", "insertRows", "deleteRows", "sort", "autoFilter"):
        setattr(protection, allowed, False)


def _dropdown(sheet, column: Column, letter: str, formula: str) -> None:
    # A warning, not a refusal: the reader also takes a unit's code or name typed by hand.
    validation = DataValidation(type="list", formula1=formula, allow_blank=True, showDropDown=False,
                                showErrorMessage=True, errorStyle="warning", showInputMessage=True)
    validation.promptTitle = column.header[:32]
    validation.prompt = column.meaning[:255]
    validation.errorTitle = "Giá trị không có trong danh sách"
    validation.error = f"Hãy chọn {column.header.lower()} trong danh sách."
    sheet.add_data_validation(validation)
    validation.add(f"{letter}2:{letter}{VALIDATED_ROWS + 1}")
