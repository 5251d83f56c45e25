"""The import's sheet reader gives what openpyxl's read-only ``iter_rows(values_only=True)`` gives, value for
value and row for row: workbooks saved by openpyxl, and sheets written by hand the way Excel and other
programs write them (shared strings, rich text runs, phonetic guides, booleans, errors, formula text,
ISO dates, rows and cells without their numbers, rows missing, numbers typed in a date style)."""

from __future__ import annotations

import datetime as dt
import re
import warnings
import zipfile
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils.datetime import CALENDAR_MAC_1904

from uniondesk.domain.errors import InputError
from uniondesk.services.excel.sheet_rows import load_read_only, row_values

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def both(path: Path) -> tuple[list, list]:
    """(openpyxl's rows, ours) of the first sheet, each from a workbook opened as the import opens it."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # openpyxl warns of a date out of range
        theirs = openpyxl.load_workbook(path, read_only=True, data_only=True)
        sheet = theirs.worksheets[0]
        sheet.reset_dimensions()
        expected = list(sheet.iter_rows(values_only=True))
        theirs.close()
    ours = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        return expected, list(row_values(ours.worksheets[0]))
    finally:
        ours.close()


def test_a_workbook_saved_by_openpyxl(tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["STT", "Tên sáng kiến", "Ngày", "Số tiền", "Bảo mật", None, "Ghi chú"])
    sheet.append([1, "  Cải tiến  quy trình ", dt.datetime(2022, 3, 4), 1_500_000, True, None, ""])
    sheet.append([2.5, "Tiết kiệm điện", dt.date(2021, 12, 31), -3.25e-7, False])
    sheet["C3"].number_format = "dd/mm/yyyy"
    sheet["D5"] = "=SUM(D2:D3)"  # no value cached: None in data-only mode
    sheet["B7"] = "sau hai dòng trống"
    sheet.merge_cells("A9:C9")
    sheet["A9"] = "Tổng cộng"
    sheet["H10"] = dt.time(7, 30)
    sheet["E11"] = 45_000  # a serial number in a date style
    sheet["E11"].number_format = "d/m/yyyy"
    path = tmp_path / "openpyxl.xlsx"
    book.save(path)
    expected, ours = both(path)
    assert ours == expected
    assert ours[1][:5] == (1, "  Cải tiến  quy trình ", dt.datetime(2022, 3, 4), 1_500_000, True)
    assert ours[3] == [] and ours[6] == (None, "sau hai dòng trống")  # rows 4 and 6 are missing in the file


def test_dates_of_a_1904_workbook(tmp_path):
    book = openpyxl.Workbook()
    book.epoch = CALENDAR_MAC_1904
    book.active.append([dt.datetime(2020, 5, 6), 12])
    path = tmp_path / "mac.xlsx"
    book.save(path)
    expected, ours = both(path)
    assert ours == expected == [(dt.datetime(2020, 5, 6), 12)]


def _date_style(path: Path) -> str:
    with zipfile.ZipFile(path) as package:
        sheet = package.read("xl/worksheets/sheet1.xml").decode()
    return re.search(r'<c r="A1" s="(\d+)"', sheet)[1]


SHARED = ('<sst xmlns="{main}" count="4" uniqueCount="4"><si><t>Công đoàn Điện lực</t></si>'
          '<si><r><rPr><b/></rPr><t>Sáng </t></r><r><t>kiến</t></r></si>'
          '<si><t xml:space="preserve">  An  </t><rPh sb="0" eb="1"><t>ruby</t></rPh></si><si><t/></si></sst>')
SHEET = """<worksheet xmlns="{main}"><dimension ref="A1:C2"/><sheetData>
<row r="1"><c r="A1" s="{date}"><v>44620</v></c><c r="B1" t="s"><v>0</v></c><c r="C1" t="s"><v>1</v></c></row>
<row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="s"><v>3</v></c><c r="C2" t="b"><v>1</v></c>
  <c r="D2" t="e"><v>#N/A</v></c><c r="E2" t="str"><f>A1&amp;""</f><v>công thức</v></c></row>
<row><c t="d"><v>2021-04-20T00:00:00</v></c><c><v>1.5E3</v></c><c s="{date}"><v>99999999</v></c>
  <c t="inlineStr"><is><r><t>Trần </t></r><t>Văn</t><rPh sb="0" eb="1"><t>x</t></rPh><r><rPr/></r>
    <r><t>Cường</t></r></is></c></row>
<row r="6" spans="1:3" ht="20" customHeight="1"><c r="C6" t="inlineStr"><is><t/></is></c><c r="A6"><v>7</v></c>
  <c r="B6" t="inlineStr"><is><t/></is></c></row>
<row r="5"><c r="A5"><v>1</v></c></row>
<row><c><v>2</v></c></row>
<row r="8.0"><c r="B8" t="inlineStr"/><c r="F8"><v></v></c><c r="G8" t="x"><v>lạ</v></c></row>
<row r="9"></row>
</sheetData><mergeCells count="1"><mergeCell ref="A9:C9"/></mergeCells></worksheet>"""


def handwritten(tmp_path: Path) -> Path:
    """A workbook whose first sheet and shared strings are written by hand, on a package openpyxl made."""
    book = openpyxl.Workbook()
    book.active["A1"] = dt.date(2022, 1, 1)
    base = tmp_path / "base.xlsx"
    book.save(base)
    date = _date_style(base)
    path = tmp_path / "handwritten.xlsx"
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(path, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = SHEET.format(main=MAIN, date=date).encode()
            elif item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                                    b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
            elif item.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdSS" Type="http://schemas.'
                                    b'openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
                                    b'Target="sharedStrings.xml"/></Relationships>')
            target.writestr(item, data)
        target.writestr("xl/sharedStrings.xml", SHARED.format(main=MAIN))
    return path


def test_a_sheet_written_the_way_other_programs_write_it(tmp_path):
    expected, ours = both(handwritten(tmp_path))
    assert ours == expected
    assert ours[0] == (dt.datetime(2022, 2, 28), "Công đoàn Điện lực", "Sáng kiến")
    assert ours[1] == ("  An  ", "", True, "#N/A", "công thức")
    assert ours[2] == (dt.datetime(2021, 4, 20), 1500.0, "#VALUE!", "VănTrần Cường")  # plain text first, then the runs
    # Row 4 is missing; row 6 is as wide as its last cell, B6 (C6 is dropped); row 5 after it, skipped.
    assert ours[3] == [] and ours[5] == (7, "")
    assert len(ours) == 9 and ours[7] == (None, None, None, None, None, None, "lạ") and ours[8] == ()


def test_a_formula_workbook_is_left_to_openpyxl(tmp_path):
    """Opened to keep formulas (not the import's way), the sheet is read by openpyxl itself."""
    book = openpyxl.Workbook()
    book.active.append([1, "=A1+1"])
    path = tmp_path / "formulas.xlsx"
    book.save(path)
    opened = openpyxl.load_workbook(path, read_only=True, data_only=False)
    try:
        assert list(row_values(opened.worksheets[0])) == [(1, "=A1+1")]
    finally:
        opened.close()


def test_a_row_number_that_is_not_whole_is_refused_like_openpyxl(tmp_path):
    path = handwritten(tmp_path)
    broken = tmp_path / "broken.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(broken, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b'<row r="9">', b'<row r="9.5">')
            target.writestr(item, data)
    opened = openpyxl.load_workbook(broken, read_only=True, data_only=True)
    try:
        with pytest.raises(InputError, match="bị hỏng") as refused:
            list(row_values(opened.worksheets[0]))
        assert "not a valid row number" in str(refused.value.__cause__)
    finally:
        opened.close()


def test_a_workbook_opened_for_reading_is_openpyxls_without_the_size_pass(tmp_path):
    """Written in write-only mode, a sheet declares no size: openpyxl parses all of it when the workbook
    opens, looking for the declaration, and finds none; ``load_read_only`` stops where the declaration
    would have to be, and opens the same sheets with the same sizes and rows."""
    streamed = openpyxl.Workbook(write_only=True)
    for title in ("Hướng dẫn", "Sáng kiến", "Danh mục"):
        sheet = streamed.create_sheet(title)
        for number in range(1, 40):
            sheet.append([number, f"Dòng {number}"])
    streamed.save(tmp_path / "streamed.xlsx")
    saved = openpyxl.Workbook()
    saved.active.append([1, 2, 3])
    saved.active["B5"] = "cuối"
    saved.create_sheet("Ẩn").sheet_state = "hidden"
    saved.save(tmp_path / "saved.xlsx")
    for name, rows in (("streamed.xlsx", None), ("saved.xlsx", 5)):
        theirs = openpyxl.load_workbook(tmp_path / name, read_only=True, data_only=True)
        ours = load_read_only(tmp_path / name)
        try:
            assert ours.sheetnames == theirs.sheetnames
            assert [s.sheet_state for s in ours.worksheets] == [s.sheet_state for s in theirs.worksheets]
            assert ours.worksheets[0].max_row == theirs.worksheets[0].max_row == rows
            for mine, other in zip(ours.worksheets, theirs.worksheets, strict=True):
                other.reset_dimensions()
                assert list(row_values(mine)) == list(other.iter_rows(values_only=True))
        finally:
            ours.close()
            theirs.close()
