"""Exporting the initiatives of a campaign (and a unit's subtree) to an .xlsx an office prints or sends.

Written with openpyxl's write-only mode, a page of rows at a time (read by primary key from the sorted
ids, ``store.queries.initiative_excel``), so that a province's 170,000 initiatives never sit in memory
as rows at once. Amounts are numbers formatted "#,##0" (Excel shows the
thousands separator of the PC's regional settings: a dot on a Vietnamese Windows), dates are real dates
shown dd/mm/yyyy, the header is frozen and the page is A4 landscape, one page wide, the header repeated
on every printed page. A confidential initiative shows only its title, its unit and its benefit as a
rounded summary ("1,5 tỷ đồng"). The columns are those the importer reads, so an exported list can be
imported into another office's database and is recognised as already there on re-import.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import openpyxl
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from uniondesk.domain.amounts import format_vnd_short
from uniondesk.domain.errors import Cancelled, InputError
from uniondesk.domain.initiatives import field_label, status_label
from uniondesk.services.campaigns import get_campaign
from uniondesk.services.excel.files import check_target, save_atomically
from uniondesk.services.units import get_unit, is_in_subtree
from uniondesk.store.models import Campaign, Unit
from uniondesk.store.queries.initiative_excel import author_shares, export_ids
from uniondesk.store.queries.initiative_excel import export_rows as rows_by_id
from uniondesk.store.queries.initiatives import InitiativeRow

Progress = Callable[[int, int, str], None]
PAGE_SIZE = 1000  # rows read (and held as objects) at a time
SHEET = "Sáng kiến"
# (header, width, kind): kind picks the cell style.
COLUMNS = (("STT", 7, "int"), ("Mã đơn vị", 14, "text"), ("Tên đơn vị", 40, "text"),
           ("Tên sáng kiến", 60, "wrap"), ("Lĩnh vực", 24, "text"), ("Tác giả", 40, "wrap"),
           ("Giá trị làm lợi (đồng)", 20, "amount"), ("Ngày đăng ký", 13, "date"), ("Ngày áp dụng", 13, "date"),
           ("Trạng thái", 20, "text"), ("Bảo mật", 9, "text"))
HEADER_FILL = PatternFill("solid", fgColor="DDEBF7")
THIN = Side(style="thin", color="808080")


def export_initiatives(path: Path, campaign_id: int, unit_id: int | None = None,
                       progress: Progress | None = None, cancel: Callable[[], bool] | None = None) -> int:
    """Write the campaign's initiatives (of ``unit_id``'s subtree, if given) to ``path``; returns how many."""
    path = check_target(Path(path))
    campaign = get_campaign(campaign_id)
    scope = _scope(campaign, unit_id)
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet(SHEET)
    try:
        written = _write(sheet, campaign, scope, unit_id is not None, progress, cancel)
        save_atomically(workbook, path)
    except BaseException:
        if not sheet.closed:
            sheet.close()  # the rows so far sit in a temporary file that must not stay open
        raise
    return written


def _write(sheet: Worksheet, campaign: Campaign, scope: Unit, subtree: bool, progress: Progress | None,
           cancel: Callable[[], bool] | None) -> int:
    _layout(sheet, f"{campaign.name} — {scope.name}")
    cells = _Cells(sheet)
    sheet.append(cells.header())
    written = 0
    # Without a unit, the organiser's subtree holds every unit of the campaign: no subtree filter.
    for row, authors in export_rows(campaign.id, scope if subtree else None, progress, cancel):
        written += 1
        sheet.append(cells.row(written, row, authors))
    return written


def _scope(campaign: Campaign, unit_id: int | None) -> Unit:
    if unit_id is None:
        return campaign.organiser
    unit = get_unit(unit_id)
    if not is_in_subtree(unit, campaign.organiser):
        raise InputError(f"“{unit.name}” không thuộc phạm vi của chương trình “{campaign.name}”.", "unit")
    return unit


def _layout(sheet: Worksheet, title: str) -> None:
    """Widths, frozen header and print setup: in write-only mode these must come before the first row."""
    for index, (_, width, _) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    sheet.page_setup.fitToWidth = 1
    sheet.page_setup.fitToHeight = 0
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    sheet.print_title_rows = "1:1"
    sheet.print_options.gridLines = True
    sheet.page_margins.left = sheet.page_margins.right = 0.4
    # Excel refuses a file whose header and footer hold more than 255 characters in all.
    sheet.oddHeader.center.text = title.replace("&", "&&")[:200]
    sheet.oddFooter.center.text = "Trang &P / &N"


class _Cells:
    """One styled cell per column, reused row after row: write-only mode writes a row as it is appended,
    and building a new styled cell for every value would cost more than writing it."""

    def __init__(self, sheet: Worksheet):
        self.sheet = sheet
        self.cells = [self._styled(kind) for _, _, kind in COLUMNS]

    def _styled(self, kind: str) -> WriteOnlyCell:
        cell = WriteOnlyCell(self.sheet)
        if kind == "amount":
            cell.number_format = "#,##0"
        elif kind == "date":
            cell.number_format = "dd/mm/yyyy"
        elif kind == "wrap":
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        return cell

    def header(self) -> list[WriteOnlyCell]:
        out = []
        for title, _, _ in COLUMNS:
            cell = WriteOnlyCell(self.sheet, title)
            cell.font = Font(bold=True)
            cell.fill = HEADER_FILL
            cell.border = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            out.append(cell)
        return out

    def row(self, number: int, row: InitiativeRow, authors: str) -> list[WriteOnlyCell]:
        values = cell_values(number, row, authors)
        for cell, value in zip(self.cells, values, strict=True):
            cell.value = value
        return self.cells


def cell_values(number: int, row: InitiativeRow, authors: str) -> tuple:
    """The values of one exported row, in the order of ``COLUMNS``."""
    if row.confidential:
        return (number, row.unit_code, row.unit_name, row.title, None, None, format_vnd_short(row.benefit_vnd),
                None, None, None, "Có")
    return (number, row.unit_code, row.unit_name, row.title, field_label(row.field), authors, row.benefit_vnd,
            row.registered_on, row.applied_on, status_label(row.status), None)


def export_rows(campaign_id: int, root: Unit | None, progress: Progress | None = None,
                cancel: Callable[[], bool] | None = None) -> Iterator[tuple[InitiativeRow, str]]:
    """(row, its authors as written in the workbook) for the campaign's initiatives (of ``root``'s
    subtree), page by page in entry order; a confidential initiative comes without its authors."""
    ids = export_ids(campaign_id, root.path if root else None)
    for start in range(0, len(ids), PAGE_SIZE):
        if cancel and cancel():
            raise Cancelled("Đã hủy; tệp không được ghi.")
        rows = rows_by_id(ids[start:start + PAGE_SIZE])
        shares = author_shares([row.id for row in rows if not row.confidential])
        for row in rows:
            yield row, "" if row.confidential else authors_text(row, shares.get(row.id, []))
        if progress:
            progress(start + len(rows), len(ids), "Ghi tệp Excel")


def _pct(share_bp: int) -> str:
    return f"{share_bp / 100:.2f}".rstrip("0").rstrip(".").replace(".", ",") + "%"


COLLECTIVE = "Tập thể"


def authors_text(row: InitiativeRow, authors: list[tuple[str, str | None, int]]) -> str:
    """Authors as the template asks for them: "Họ tên: 60%; Họ tên: 40%" (a single author: the name;
    the initiative's own unit as a collective author: "Tập thể")."""
    names = [COLLECTIVE if code == row.unit_code else name for name, code, _ in authors]
    if len(authors) <= 1:
        text = "".join(names)
    else:
        text = "; ".join(f"{name}: {_pct(share)}" for name, (_, _, share) in zip(names, authors, strict=True))
    return text
