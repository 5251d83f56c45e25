"""Every record's shape, checked before anything touches the database.

Records travel as JSON arrays in the column order the manifest states; values are as SQLite stores them
(dates ``YYYY-MM-DD``, booleans 0/1, references as uuids). The checks run column by column with
built-ins (``map``, ``set``, compiled regular expressions), so a province's 400,000 rows are checked in
well under a second.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Sequence
from operator import itemgetter

from uniondesk.services.sync.rules import Column, TableSpec

UUID_RE = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_HEX = b"0123456789abcdef-"
_DIGITS = b"0123456789-"
MAX_TEXT = 100_000  # characters in one value: a summary is a page, not a book
INT_LIMIT = 2**63
NONE = type(None)
SYNC_NAMES = ("uuid", "origin", "version", "writer", "deleted", "changed_by")


class ShapeError(ValueError):
    """A record that is not what the table holds; the message names the table, record and column."""


def _types(values: Sequence, allowed: set[type], null: bool) -> bool:
    return set(map(type, values)) <= (allowed | {NONE} if null else allowed)


def _present(values: Sequence, null: bool) -> list:
    return [v for v in values if v is not None] if null else list(values)


def _valid_dates(values: list, parse) -> bool:
    try:
        list(map(parse, values))
    except ValueError:
        return False
    return True


def _fixed(values: list, length: int, dashes: tuple[int, ...], alphabet: bytes) -> bool:
    """Every value (all strings) has this length, dashes exactly at these places and other characters from
    ``alphabet``: checked on the joined column with string built-ins, not a call per value."""
    if not values:
        return True
    if set(map(len, values)) != {length}:
        return False
    text = "".join(values)
    if not text.isascii() or text.encode("ascii").translate(None, alphabet):  # a character outside the alphabet
        return False
    return text.count("-") == len(dashes) * len(values) and all(set(text[at::length]) == {"-"} for at in dashes)


def uuids_valid(values: list) -> bool:
    return _fixed(values, 36, (8, 13, 18, 23), _HEX)


def _check_values(column: Column, values: Sequence) -> bool:
    kind, null = column.kind, column.null
    if kind == "text":
        return _types(values, {str}, null) and max(map(len, _present(values, null)), default=0) <= MAX_TEXT
    if kind == "int":
        present = _present(values, null)
        return _types(values, {int}, null) and all(-INT_LIMIT < v < INT_LIMIT for v in (min(present, default=0),
                                                                                       max(present, default=0)))
    if kind == "bool":
        return _types(values, {int, bool}, null) and set(_present(values, null)) <= {0, 1}
    if kind == "float":
        return _types(values, {int, float}, null) and all(map(math.isfinite, _present(values, null)))
    if kind == "ref":
        return _types(values, {str}, null) and uuids_valid(_present(values, null))
    if kind == "date":
        present = _present(values, null)
        return (_types(values, {str}, null) and _fixed(present, 10, (4, 7), _DIGITS)
                and _valid_dates(present, dt.date.fromisoformat))
    if kind == "datetime":
        return _types(values, {str}, null) and _valid_dates(_present(values, null), dt.datetime.fromisoformat)
    return False  # blobs do not travel yet (rules refuses such a table)


def _check_sync(columns: dict[str, Sequence]) -> str | None:
    """The sync metadata: uuids, installation ids, positive versions, 0/1 tombstones."""
    for name in ("uuid", "origin", "writer"):
        if not _types(columns[name], {str}, False) or not uuids_valid(columns[name]):
            return name
    if min(columns["version"], default=1) < 1:
        return "version"
    if len(set(columns["uuid"])) != len(columns["uuid"]):
        return "uuid"
    return None


def _first_bad_row(spec: TableSpec, rows: list, name: str) -> int:
    position = spec.index(name)
    column = spec.columns[position]
    for number, row in enumerate(rows, start=1):
        if not _check_values(column, [row[position]]):
            return number
    return 0


def check_rows(spec: TableSpec, names: list[str], rows: list) -> list:
    """The rows in ``spec``'s column order, or ``ShapeError``. ``names``: the columns the bundle states."""
    where = f"bảng {spec.table}"
    if sorted(names) != sorted(spec.names):
        unknown = sorted(set(names) - set(spec.names))
        missing = sorted(set(spec.names) - set(names))
        raise ShapeError(f"Gói có cột không khớp với phiên bản này ở {where} (lạ: {', '.join(unknown) or 'không'}; "
                         f"thiếu: {', '.join(missing) or 'không'}).")
    if not isinstance(rows, list) or not set(map(type, rows)) <= {list} or not set(map(len, rows)) <= {len(names)}:
        raise ShapeError(f"Gói có bản ghi sai cấu trúc ở {where}.")
    if names != spec.names:
        order = [names.index(name) for name in spec.names]
        rows = [[row[i] for i in order] for row in rows]
    columns = {name: list(map(itemgetter(i), rows)) for i, name in enumerate(spec.names)}
    bad = _check_sync(columns)
    if bad is None:
        bad = next((c.name for c in spec.columns if not _check_values(c, columns[c.name])), None)
    if bad is not None:
        number = _first_bad_row(spec, rows, bad) if bad not in SYNC_NAMES else 0
        at = f", bản ghi thứ {number}" if number else ""
        raise ShapeError(f"Gói có bản ghi không hợp lệ ở {where}{at}, cột “{bad}”.")
    return rows
