"""The values of a read-only worksheet's rows, row by row, as ``sheet.iter_rows(values_only=True)`` gives
them after ``reset_dimensions()`` — the same values, the same row numbering — at a quarter of the cost.

openpyxl builds a dict per cell and a ``Text`` object per inline string through its descriptors; here
each ``<c>`` element is turned straight into its value, with openpyxl's own shared strings, date
styles and epoch. The rules are openpyxl's (``worksheet/_reader.py``, data-only mode): a number is an
int unless it has a point or an exponent, and a date when its style has a date format; ``t="s"`` is a
shared string, ``b`` a bool, ``str`` and ``e`` (an error such as "#N/A") the text itself, ``d`` an ISO
date; an inline string is its plain text followed by its runs' texts (phonetic guides left out). A row
is as wide as its last cell; a missing row is an empty one, so that row numbers stay those of Excel.

``load_read_only`` opens a workbook as ``openpyxl.load_workbook(read_only=True)`` does, without the pass
over each sheet openpyxl makes when a file does not declare its size (see ``_ReadOnlySheet``).

``tests/services/test_excel_sheet_rows.py`` compares both readers cell for cell.
"""

from __future__ import annotations

import zipfile
import zlib
from collections.abc import Iterator
from xml.etree.ElementTree import ParseError, iterparse

from openpyxl.reader.excel import ExcelReader
from openpyxl.utils.cell import column_index_from_string, range_boundaries
from openpyxl.utils.datetime import from_excel, from_ISO8601
from openpyxl.worksheet._read_only import ReadOnlyWorksheet
from openpyxl.xml.constants import SHEET_MAIN_NS

from uniondesk.domain.errors import InputError

_ROW = f"{{{SHEET_MAIN_NS}}}row"
_VALUE = f"{{{SHEET_MAIN_NS}}}v"
_INLINE = f"{{{SHEET_MAIN_NS}}}is"
_TEXT = f"{{{SHEET_MAIN_NS}}}t"
_DIMENSION = f"{{{SHEET_MAIN_NS}}}dimension"
_SHEET_DATA = f"{{{SHEET_MAIN_NS}}}sheetData"


class _ReadOnlySheet(ReadOnlyWorksheet):
    """openpyxl's read-only sheet but for reading its size. The declaration (``<dimension>``) must come
    before the cells, but openpyxl looks for it until the end of the cells: a file without one (streaming
    writers, openpyxl's own write-only mode) is parsed whole when the workbook opens, for nothing — a
    second pass over every cell. Here the search stops where the cells begin."""

    def _get_size(self) -> None:
        with self._get_source() as source:
            for _, element in iterparse(source, events=("start",)):
                if element.tag == _SHEET_DATA:
                    return
                if element.tag == _DIMENSION:
                    try:
                        self._min_column, self._min_row, self._max_column, self._max_row = range_boundaries(
                            element.get("ref", ""))
                    except (ValueError, TypeError):
                        pass  # a broken size is no size
                    return


class _ReadOnlyReader(ExcelReader):
    """``load_workbook``'s reader, with ``_ReadOnlySheet`` for the worksheets of a read-only workbook."""

    def read_worksheets(self) -> None:
        for sheet, rel in self.parser.find_sheets():
            if rel.target not in self.valid_files:
                continue
            if "chartsheet" in rel.Type:
                self.read_chartsheet(sheet, rel)
                continue
            worksheet = _ReadOnlySheet(self.wb, sheet.name, rel.target, self.shared_strings)
            worksheet.sheet_state = sheet.state
            self.wb._sheets.append(worksheet)


def load_read_only(path, *, data_only: bool = True):
    """``openpyxl.load_workbook(path, read_only=True, data_only=data_only)``, without the size pass."""
    reader = _ReadOnlyReader(path, read_only=True, data_only=data_only)
    reader.read()
    return reader.wb


def row_values(sheet) -> Iterator[tuple | list]:
    """Every row of ``sheet`` (an openpyxl read-only worksheet) as a tuple of values; other sheets, or a
    read-only sheet of an openpyxl that keeps its parts elsewhere, through ``iter_rows``. A sheet is read
    lazily, after the workbook opened: damage found on the way is refused here, in words."""
    try:
        yield from _row_values(sheet)
    except (ParseError, ValueError, IndexError, KeyError, EOFError, zlib.error, zipfile.BadZipFile) as exc:
        raise InputError(f"Trang “{sheet.title}” của tệp bị hỏng (có thể chép chưa xong): không đọc được hết các "
                         "dòng. Hãy mở tệp bằng Excel, lưu lại rồi nhập lại; chưa có gì được nhập.", "path") from exc


def _row_values(sheet) -> Iterator[tuple | list]:
    parent = getattr(sheet, "parent", None)
    known = all(hasattr(obj, name) for obj, name in ((sheet, "_get_source"), (sheet, "_shared_strings"),
                                                     (parent, "_date_formats"), (parent, "_timedelta_formats"),
                                                     (parent, "epoch")))
    # Formulas as text, or rich text objects, are openpyxl's to give.
    if not known or not getattr(parent, "data_only", False) or getattr(parent, "rich_text", False):
        sheet.reset_dimensions()
        yield from sheet.iter_rows(values_only=True)
        return
    cells = _CellReader(sheet._shared_strings, parent._date_formats, parent._timedelta_formats, parent.epoch)
    expected, last = 1, 0
    with sheet._get_source() as source:
        for _, element in iterparse(source):
            if element.tag != _ROW:
                continue
            # A row without a number follows the row parsed before it (openpyxl's counter), not the last yielded.
            number = last = _row_number(element.get("r"), last + 1)
            if number >= expected:
                for _ in range(expected, number):
                    yield []  # as openpyxl: a row the file leaves out is empty
                yield cells.row(element)
                expected = number + 1
            element.clear()


def _row_number(attribute: str | None, following: int) -> int:
    if attribute is None:
        return following
    try:
        return int(attribute)
    except ValueError:
        value = float(attribute)
        if not value.is_integer():
            raise ValueError(f"{attribute} is not a valid row number") from None
        return int(value)


class _CellReader:
    def __init__(self, shared: list, date_styles: set[int], timedelta_styles: set[int], epoch):
        self.shared, self.date_styles, self.timedelta_styles, self.epoch = shared, date_styles, timedelta_styles, epoch

    def row(self, element) -> tuple:
        placed: list[tuple[int, object]] = []
        column = 0
        columns, value_of = _COLUMNS, self.value
        for cell in element:
            coordinate = cell.get("r")
            if coordinate:
                letters = coordinate.rstrip("0123456789")
                column = columns.get(letters) or _column(letters)
            else:
                column += 1
            placed.append((column, value_of(cell)))
        if not placed:
            return ()
        width = placed[-1][0]  # openpyxl's width: the column of the row's last cell
        values = [None] * width
        for column, value in placed:
            if 1 <= column <= width:
                values[column - 1] = value
        return tuple(values)

    def value(self, cell):
        kind = cell.get("t", "n")
        if kind == "inlineStr":
            inline = cell.find(_INLINE)
            if inline is None:
                return None
            if len(inline) == 1 and inline[0].tag == _TEXT:  # the usual: one plain text, no runs
                return inline[0].text or ""
            return _inline_text(inline)
        value = cell.findtext(_VALUE) or None
        if value is None:
            return None
        if kind == "n":
            number = float(value) if "." in value or "E" in value or "e" in value else int(value)
            style = int(cell.get("s") or 0)
            if style in self.date_styles:
                try:
                    return from_excel(number, self.epoch, timedelta=style in self.timedelta_styles)
                except (OverflowError, ValueError):
                    return "#VALUE!"  # openpyxl's reading of a date out of Excel's range
            return number
        if kind == "s":
            return self.shared[int(value)]
        if kind == "b":
            return bool(int(value))
        if kind == "d":
            return from_ISO8601(value)
        return value  # "str" (a formula's text), "e" (an error value)


_COLUMNS: dict[str, int] = {}  # "AB" → 28, filled as met


def _column(letters: str) -> int:
    _COLUMNS[letters] = column_index_from_string(letters)
    return _COLUMNS[letters]


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]


def _inline_text(inline) -> str:
    """openpyxl's ``Text.content``: the plain text (the last ``t``), then each run's text."""
    plain, runs = None, []
    for child in inline:
        name = _local(child.tag)
        if name == "t":
            plain = child.text
        elif name == "r":
            text = None
            for part in child:
                if _local(part.tag) == "t":
                    text = part.text
            if text is not None:
                runs.append(text)
    return "".join(([plain] if plain is not None else []) + runs)
