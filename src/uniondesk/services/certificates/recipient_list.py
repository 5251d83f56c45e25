"""The list of a decision's recipients, attached to the signed decision ("danh sách kèm theo quyết
định"): collectives, then individuals, with their register numbers; as PDF (A4 portrait) and .xlsx.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from uniondesk.domain.awards import RecipientKind, display_name, expand_abbreviations, form_title
from uniondesk.domain.text import format_date
from uniondesk.services.awards import get_decision
from uniondesk.services.certificates import fonts, pdf
from uniondesk.store.queries import awards as queries
from uniondesk.store.queries.awards import RecipientRow

HEADERS = {RecipientKind.COLLECTIVE: ("STT", "Tên tập thể", "Trực thuộc", "Số vào sổ", "Ghi chú"),
           RecipientKind.INDIVIDUAL: ("STT", "Họ và tên", "Chức vụ, đơn vị", "Số vào sổ", "Ghi chú")}


@dataclass(frozen=True)
class ListContent:
    title: str
    subtitle: str
    # (heading, column headers, rows of name, detail, register number, note)
    sections: list[tuple[str, tuple[str, ...], list[tuple[str, str, str, str]]]]


def content(decision_id: int) -> ListContent:
    decision = get_decision(decision_id)
    rows = queries.recipient_rows(decision.id)
    title = f"DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG {form_title(decision.form, decision.form_title).upper()}"
    issuer = expand_abbreviations(decision.issuing_unit.name)
    subtitle = (f"(Kèm theo Quyết định số {decision.number} ngày {format_date(decision.decided_on)} "
                f"của Ban Chấp hành {issuer})")
    collectives = [_line(row) for row in rows if row.kind == RecipientKind.COLLECTIVE]
    individuals = [_line(row) for row in rows if row.kind == RecipientKind.INDIVIDUAL]
    sections = [(f"I. TẬP THỂ ({len(collectives)})", HEADERS[RecipientKind.COLLECTIVE], collectives),
                (f"II. CÁ NHÂN ({len(individuals)})", HEADERS[RecipientKind.INDIVIDUAL], individuals)]
    return ListContent(title, subtitle, [section for section in sections if section[2]])


def _line(row: RecipientRow) -> tuple[str, str, str, str]:
    if row.kind == RecipientKind.COLLECTIVE:
        name, detail = row.name, row.unit_name
    else:
        name = display_name(row.kind, row.gender, row.name)
        detail = ", ".join(part for part in (row.position, row.unit_name) if part)
    note = f"Đã thu hồi ngày {format_date(row.revoked_on)}" if row.revoked_on else ""
    return name, detail, str(row.register_no or ""), note


def write_pdf(decision_id: int, out: Path | str) -> Path:
    data = content(decision_id)
    regular = fonts.register(fonts.fonts_dir() / "NotoSerif-Regular.ttf")
    bold = fonts.register(fonts.fonts_dir() / "NotoSerif-Bold.ttf")
    italic = fonts.register(fonts.fonts_dir() / "NotoSerif-Italic.ttf")
    cell = ParagraphStyle("cell", fontName=regular, fontSize=9.5, leading=12)
    story = [Paragraph(data.title, ParagraphStyle("title", fontName=bold, fontSize=13, leading=17, alignment=1)),
             Paragraph(data.subtitle, ParagraphStyle("sub", fontName=italic, fontSize=10.5, leading=14, alignment=1)),
             Spacer(1, 5 * mm)]
    for heading, headers, lines in data.sections:
        story.append(Paragraph(heading, ParagraphStyle("h", fontName=bold, fontSize=11, leading=16, spaceBefore=6)))
        table = Table([[Paragraph(h, ParagraphStyle("th", fontName=bold, fontSize=9.5, leading=12, alignment=1))
                        for h in headers]]
                      + [[str(n), *(Paragraph(v, cell) for v in line)] for n, line in enumerate(lines, 1)],
                      colWidths=[11 * mm, 55 * mm, 70 * mm, 18 * mm, 26 * mm], repeatRows=1)
        table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), regular, 9.5), ("GRID", (0, 0), (-1, -1), 0.4, "#555555"),
                                   ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("ALIGN", (0, 1), (0, -1), "CENTER"),
                                   ("BACKGROUND", (0, 0), (-1, 0), "#EEEEEE")]))
        story.append(table)

    def write(handle) -> None:
        document = SimpleDocTemplate(handle, pagesize=A4, leftMargin=15 * mm, rightMargin=15 * mm,
                                     topMargin=15 * mm, bottomMargin=15 * mm, title=data.title, creator="UnionDesk",
                                     invariant=1, initialFontName=regular)
        document.build(story, onFirstPage=_number_page(regular), onLaterPages=_number_page(regular))

    return pdf.write_atomically(out, write)


def _number_page(font: str):
    def draw(canvas, document) -> None:
        canvas.setFont(font, 8.5)
        canvas.drawRightString(A4[0] - 15 * mm, 8 * mm, f"Trang {document.page}")
    return draw


def write_xlsx(decision_id: int, out: Path | str) -> Path:
    data = content(decision_id)
    book = Workbook()
    sheet = book.active
    sheet.title = "Danh sách"
    sheet.append([data.title])
    sheet.append([data.subtitle])
    sheet.append([])
    for cell in (sheet["A1"], sheet["A2"]):
        cell.font = Font(bold=cell.row == 1, italic=cell.row == 2, size=13 if cell.row == 1 else 11)
    for heading, headers, lines in data.sections:
        sheet.append([heading])
        sheet.cell(sheet.max_row, 1).font = Font(bold=True)
        sheet.append(list(headers))
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        for number, (name, detail, register, note) in enumerate(lines, 1):
            sheet.append([number, name, detail, int(register) if register else None, note])
        sheet.append([])
    for column, width in zip("ABCDE", (6, 38, 60, 11, 24)):
        sheet.column_dimensions[column].width = width
    return pdf.write_atomically(out, book.save)
