"""Finding the table in a worksheet as offices make them: title rows above the header, a header of two
rows with merged group cells ("Ngày" over "Đăng ký" | "Áp dụng"), a row of column numbers under it,
blank rows between data rows, a total or signature block at the end.

Works on the plain values of openpyxl's read-only mode, which knows nothing of merged cells: the value
of a merged cell is in its first cell and the others are empty, so a group label is carried to the
right over empty cells.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from uniondesk.domain.errors import InputError
from uniondesk.domain.text import fold
from uniondesk.services.excel.columns import BY_KEY, match_header

SCAN_ROWS = 30  # the header is looked for in the first rows of each sheet
UNIT_KEYS = ("unit", "unit_code", "unit_name")
_NUMBERING = re.compile(r"^\(?\d{1,2}\)?$")
# Labels of the lines under a table: totals and the signature block ("Người lập biểu", "Thủ trưởng đơn vị",
# "TM. Ban Chấp hành", "(Ký, ghi rõ họ tên)").
_TOTAL = re.compile(r"^(tong cong|tong so|tong)\b")
_FOOTER = re.compile(r"^(tong|cong\b|nguoi lap|thu truong|chu tich|pho chu tich|xac nhan|ky ten|\(ky|tm\b|t/m|kt\b|"
                     r"k/t|ghi chu|noi nhan)")

Row = tuple  # the values of one worksheet row


@dataclass
class Table:
    sheet: str
    header_row: int  # 1-based number of the (last) header row
    columns: dict[str, int]  # key → 0-based index in a row
    headers: dict[str, str]  # key → header text as written
    score: int = 0


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _label(value: object) -> str:
    """A header as messages name it: one line, without the "*" that marks a required column."""
    return " ".join(_text(value).split()).rstrip(" *")


def _matches(row: Row) -> dict[str, int]:
    found: dict[str, int] = {}
    for index, value in enumerate(row):
        key = match_header(value)
        if key and key not in found:
            found[key] = index
    return found


def _sub_header(header: Row, sub: Row, columns: dict[str, int]) -> dict[str, int]:
    """Keys the row under the header adds, when it is the second row of a two-row header: every
    non-empty cell stands under a group label (or alone) and names a column; otherwise nothing."""
    taken = set(columns.values())
    added: dict[str, int] = {}
    group = ""
    for index in range(max(len(header), len(sub))):
        above = _text(header[index]) if index < len(header) else ""
        group = above or group  # a merged group cell's label covers the empty cells to its right
        below = _text(sub[index]) if index < len(sub) else ""
        if not below:
            continue
        if index in taken:
            return {}  # a value under a column already named: this is a data row
        key = match_header(f"{group} {below}") or match_header(below)
        if key is None or key in columns or key in added:
            return {}
        added[key] = index
    return added


def find_header(rows: list[tuple[int, Row]], sheet: str) -> Table | None:
    """The best header among the first rows: the one naming the most known columns, "Tên sáng kiến" among them."""
    best: Table | None = None
    for position, (number, row) in enumerate(rows):
        columns = _matches(row)
        if "title" not in columns or len(columns) < 2 or (best and len(columns) <= best.score):
            continue
        table = Table(sheet, number, columns, {}, len(columns))
        if position + 1 < len(rows):
            added = _sub_header(row, rows[position + 1][1], columns)
            if added:
                columns.update(added)
                table.header_row = rows[position + 1][0]
                table.score = len(columns)
                row = _merge(row, rows[position + 1][1])
        table.headers = {key: _label(row[index]) for key, index in columns.items()}
        best = table
    return best


def _merge(header: Row, sub: Row) -> Row:
    """Header texts of a two-row header: the lower cell where it has one."""
    width = max(len(header), len(sub))
    return tuple((_text(sub[i]) if i < len(sub) else "") or (header[i] if i < len(header) else None)
                 for i in range(width))


def check_columns(table: Table) -> None:
    missing = []
    if not any(key in table.columns for key in UNIT_KEYS):
        missing.append(BY_KEY["unit"].header)
    if "authors" not in table.columns:
        missing.append(BY_KEY["authors"].header)
    if missing:
        names = ", ".join(f"“{name}”" for name in missing)
        raise InputError(f"Trang “{table.sheet}”: dòng tiêu đề (dòng {table.header_row}) thiếu cột {names}. "
                         "Hãy dùng tệp mẫu hoặc thêm cột đó.", "path")


def no_header(path_name: str) -> InputError:
    return InputError(f"Không tìm thấy dòng tiêu đề của danh sách sáng kiến trong tệp “{path_name}” (trong "
                      f"{SCAN_ROWS} dòng đầu của mỗi trang). Dòng tiêu đề cần có ít nhất các cột “Tên sáng kiến”, "
                      "“Đơn vị” và “Tác giả”; hãy dùng tệp mẫu của chương trình.", "path")


# --- data rows -------------------------------------------------------------------------------------------

def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _is_numbering(values: dict[str, object]) -> bool:
    """The row of column numbers "(1) (2) (3) …" many forms have under the header."""
    filled = [value for value in values.values() if not is_blank(value)]
    return len(filled) >= 3 and all(
        (isinstance(value, int) and 0 < value < 100) or (isinstance(value, float) and value.is_integer())
        or (isinstance(value, str) and _NUMBERING.match(value.strip())) for value in filled)


def _is_footer(values: dict[str, object], filled: set[str]) -> bool:
    """A total line ("Tổng cộng: 12 sáng kiến", also in the title column) or a signature block: no title,
    and at most one other cell (besides the number) or a total or signature label. ``filled``: the keys
    of the cells that are not blank."""
    if "title" in filled:  # only "Tổng cộng" written in the title column, with no authors
        title = values["title"]
        return "authors" not in filled and isinstance(title, str) and bool(_TOTAL.match(fold(title)))
    if len(filled - {"seq"}) <= 1:
        return True
    return any(_FOOTER.match(fold(value)) for value in values.values() if isinstance(value, str))


def data_rows(table: Table, rows: Iterator[tuple[int, Row]]) -> Iterator[tuple[int, dict[str, object]]]:
    """(row number, column key → value) for each row after the header that holds an initiative."""
    wanted = list(table.columns.items())
    first, pending = True, None
    for number, row in rows:
        width = len(row)
        values = {key: row[index] if index < width else None for key, index in wanted}
        filled = {key for key, value in values.items() if not is_blank(value)}
        if not filled:
            continue
        if first and _is_numbering(values):
            first = False
            continue
        first = False
        # One more author of the row above, on a line of its own (the title and unit cells merged over
        # both lines): only the authors cell is filled.
        if pending is not None and filled - {"seq"} == {"authors"}:
            pending[1]["authors"] = "; ".join(
                str(value) for value in (pending[1]["authors"], values["authors"]) if not is_blank(value))
            continue
        if _is_footer(values, filled):
            continue
        if pending is not None:
            yield pending
        pending = (number, values)
    if pending is not None:
        yield pending


def locate(sheets: list[tuple[str, Iterator[Row]]]) -> tuple[Table, Iterator[tuple[int, Row]]] | None:
    """The sheet with the best header, and its rows after the header (the others are closed)."""
    found: list[tuple[Table, list[tuple[int, Row]], Iterator, Iterator]] = []
    for title, rows in sheets:
        numbered = enumerate(rows, start=1)
        head = list(itertools.islice(numbered, SCAN_ROWS))
        table = find_header(head, title)
        if table is None:
            rows.close()
            continue
        found.append((table, head, numbered, rows))
    if not found:
        return None
    table, head, rest, _ = max(found, key=lambda item: item[0].score)
    for other, _, _, generator in found:
        if other is not table:
            generator.close()
    after = [(number, row) for number, row in head if number > table.header_row]
    return table, itertools.chain(after, rest)
