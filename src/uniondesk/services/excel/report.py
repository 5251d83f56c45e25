"""The import report: a copy of the officer's own workbook with a result column beside the data, the
refused cells filled red, and a sheet listing every error — so the file can be corrected where it is
and imported again."""

from __future__ import annotations

from pathlib import Path

from openpyxl.cell.cell import MergedCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from uniondesk.domain.errors import InputError
from uniondesk.domain.text import format_int
from uniondesk.services.excel.files import open_workbook, save_atomically
from uniondesk.services.excel.plan import ImportPlan, PlannedRow

RESULT_HEADER = "Kết quả kiểm tra"
SUMMARY_SHEET = "Kết quả nhập"
BAD_FILL = PatternFill("solid", fgColor="FFC7CE")  # Excel's own "bad" red
BAD_FONT = Font(color="9C0006")
NOTE_FILLS = {"invalid": BAD_FILL, "valid": PatternFill("solid", fgColor="C6EFCE"),
              "unchanged": PatternFill("solid", fgColor="EDEDED")}


def _note(row: PlannedRow, imported: bool) -> str:
    if row.state == "invalid":
        return "\n".join(f"{error.header}: {error.message}" if error.header else error.message for error in row.errors)
    if row.state == "unchanged":
        return "Đã có trong cơ sở dữ liệu (nhập từ trước); không nhập lại."
    return "Đã nhập." if imported else "Hợp lệ."


def write_report(plan: ImportPlan, source_path: Path, out_path: Path, *, imported: bool = False) -> Path:
    """Write the report of ``plan`` (read from ``source_path``) to ``out_path``. ``imported``: the valid
    rows were written to the database (they read "Đã nhập" instead of "Hợp lệ")."""
    source_path, out_path = Path(source_path), Path(out_path)
    if out_path.resolve() == source_path.resolve():
        raise InputError("Tệp báo cáo phải khác tệp đang nhập (để giữ nguyên tệp gốc).", "report")
    with open_workbook(source_path, read_only=False, data_only=False) as workbook:
        sheet = workbook[plan.sheet]
        column = sheet.max_column + 1
        _result_column(sheet, plan, column, imported)
        _summary(workbook.create_sheet(SUMMARY_SHEET), plan, imported)
        return save_atomically(workbook, out_path)


def _styled(cell, fill: PatternFill, font: Font | None = None) -> None:
    if isinstance(cell, MergedCell):  # only a merged range's first cell carries a style
        return
    cell.fill = fill
    if font is not None:
        cell.font = font


def _result_column(sheet, plan: ImportPlan, column: int, imported: bool) -> None:
    header = sheet.cell(plan.header_row, column)
    if not isinstance(header, MergedCell):
        header.value = RESULT_HEADER
        header.font = Font(bold=True)
    sheet.column_dimensions[get_column_letter(column)].width = 60
    wrap = Alignment(wrap_text=True, vertical="top")
    for row in plan.rows:
        cell = sheet.cell(row.row, column)
        if isinstance(cell, MergedCell):
            continue
        cell.value = _note(row, imported)
        cell.alignment = wrap
        _styled(cell, NOTE_FILLS[row.state])
        for error in row.errors:
            if error.col:
                _styled(sheet.cell(row.row, error.col), BAD_FILL, BAD_FONT)


def _summary(sheet, plan: ImportPlan, imported: bool) -> None:
    valid = len(plan.valid)
    lines = [
        ("Tổng số dòng sáng kiến", len(plan.rows)),
        ("Đã nhập" if imported else "Hợp lệ", valid),
        ("Đã có từ trước (không nhập lại)", len(plan.unchanged)),
        ("Có lỗi", len(plan.invalid)),
    ]
    sheet.cell(1, 1, f"Kết quả kiểm tra tệp “{plan.path.name}”, trang “{plan.sheet}”").font = Font(bold=True, size=13)
    for index, (label, count) in enumerate(lines, start=3):
        sheet.cell(index, 1, label)
        sheet.cell(index, 2, count).number_format = "#,##0"
    top = len(lines) + 4
    for col, title in enumerate(("Dòng", "Ô", "Cột", "Lý do"), start=1):
        sheet.cell(top, col, title).font = Font(bold=True)
    for index, error in enumerate(plan.errors, start=top + 1):
        for col, value in enumerate((error.row, error.cell, error.header, error.message), start=1):
            sheet.cell(index, col, value).alignment = Alignment(wrap_text=col == 4, vertical="top")
    for letter, width in zip("ABCD", (34, 8, 26, 90)):
        sheet.column_dimensions[letter].width = width
    if not plan.errors:
        sheet.cell(top + 1, 1, f"Không có lỗi ({format_int(len(plan.rows))} dòng).")
    sheet.freeze_panes = sheet.cell(top + 1, 1)
