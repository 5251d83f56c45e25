"""How one table travels inside a bundle, column by column, and how its shape is checked on arrival.

An entry is one JSON object ``{column name: encoded column}``; each column is encoded one of three ways:

- ``{"dictionary": [values], "codes": [int]}`` when few values repeat (writer, campaign, unit, status…);
- ``{"fixed": "…", "nulls": [row numbers]}`` for fixed-width text: uuids and references (36 characters)
  and dates (``YYYY-MM-DD``), the present values joined into one string;
- ``{"values": [values]}`` otherwise.

Why columns: a province's bundle holds 880,000 records. As one JSON array per record, parsing and
checking them cost ~10 s; joined uuids parse as one string and are checked with string built-ins
(``translate``, ``count``, slicing), and repeated values parse as small integers. Verification reads and
checks every column without building a single record; records are built table by table when merged.
"""

from __future__ import annotations

import datetime as dt
import math
from array import array
from collections.abc import Sequence
from itertools import compress

from uniondesk.services.sync.rules import Column, TableSpec

UUID_WIDTH, DATE_WIDTH = 36, 10
UUID_DASHES, DATE_DASHES = (8, 13, 18, 23), (4, 7)
_HEX = b"0123456789abcdef-"
_DIGITS = b"0123456789-"
UUID_NAMES = ("uuid", "origin", "writer")  # the sync metadata that are uuids although stored as text
MAX_TEXT = 100_000  # characters in one value: a summary is a page, not a book
DICTIONARY_FROM = 16  # rows; a dictionary pays off when values repeat at least four times on average
NONE = type(None)


class ShapeError(ValueError):
    """A record that is not what the table holds; the message names the table, record and column."""


# --- fixed-width text ------------------------------------------------------------------------------

def _fixed_layout(column: Column) -> tuple[int, tuple[int, ...], bytes] | None:
    if column.kind == "ref" or column.name in UUID_NAMES:
        return UUID_WIDTH, UUID_DASHES, _HEX
    if column.kind == "date":
        return DATE_WIDTH, DATE_DASHES, _DIGITS
    return None


def fixed_text_valid(text: str, width: int, dashes: tuple[int, ...], alphabet: bytes) -> bool:
    """Every ``width`` characters of ``text`` are one value with dashes exactly at ``dashes`` and other
    characters from ``alphabet``: checked with string built-ins, not a call per value."""
    if len(text) % width or not text.isascii() or text.encode("ascii").translate(None, alphabet):
        return False
    count = len(text) // width
    return text.count("-") == len(dashes) * count and all(set(text[at::width]) <= {"-"} for at in dashes)


def uuids_valid(values: list) -> bool:
    """Each value a uuid on its own (joined, "" + a uuid, or a uuid cut in two, would look whole)."""
    return (all(type(v) is str and len(v) == UUID_WIDTH for v in values)
            and fixed_text_valid("".join(values), UUID_WIDTH, UUID_DASHES, _HEX))


def split_fixed(text: str, width: int) -> list[str]:
    return [text[at:at + width] for at in range(0, len(text), width)]


def _with_nulls(present: list, nulls: list[int], count: int) -> list:
    if not nulls:
        return present
    mask = bytearray(b"\x01") * count
    for at in nulls:
        mask[at] = 0
    out = [None] * count
    for at, value in zip(compress(range(count), mask), present):
        out[at] = value
    return out


# --- writing --------------------------------------------------------------------------------------

def encode_column(column: Column, values: list) -> dict:
    if _repetitive(values):
        distinct = dict.fromkeys(values)  # first-seen order: the same records always give the same bytes
        if len(distinct) * 4 <= len(values):
            code = {value: number for number, value in enumerate(distinct)}
            return {"dictionary": list(distinct), "codes": list(map(code.__getitem__, values))}
    layout = _fixed_layout(column)
    if layout:
        nulls = [at for at, value in enumerate(values) if value is None] if None in values else []
        present = [value for value in values if value is not None] if nulls else values
        try:
            text = "".join(present)
        except TypeError:
            return {"values": values}
        if len(text) == layout[0] * len(present) and set(map(len, present)) <= {layout[0]}:
            return {"fixed": text, "nulls": nulls}
    return {"values": values}


def _repetitive(values: list) -> bool:
    """Worth a dictionary? A look at the first rows spares building one over 300,000 distinct uuids."""
    sample = values[:1024]
    return len(values) >= DICTIONARY_FROM and len(set(sample)) * 4 <= len(sample)


def encode_table(spec: TableSpec, rows: list[list]) -> dict:
    columns = list(zip(*rows)) if rows else [()] * len(spec.columns)
    return {column.name: encode_column(column, list(values)) for column, values in zip(spec.columns, columns)}


# --- reading --------------------------------------------------------------------------------------

def _types(values: Sequence, allowed: set[type], null: bool) -> bool:
    return set(map(type, values)) <= (allowed | {NONE} if null else allowed)


def _present(values: Sequence, null: bool) -> list:
    return [v for v in values if v is not None] if null and None in values else list(values)


def _dates_valid(values: list, parse) -> bool:
    try:
        list(map(parse, values))
    except ValueError:
        return False
    return True


def _ints_valid(values: list, null: bool) -> bool:
    """C-speed: ``array`` refuses floats, text, None and anything beyond 64 bits (bools are 0 and 1)."""
    try:
        array("q", values)
    except (TypeError, OverflowError):
        return null and _types(values, {int, bool}, null) and _ints_valid(_present(values, null), False)
    return True


def _texts_valid(values: list, null: bool) -> bool:
    """``join`` checks that every value is text at C speed; lengths only need a look when the total is large."""
    try:
        total = len("".join(values))
    except TypeError:
        return null and _types(values, {str}, null) and _texts_valid(_present(values, null), False)
    return total <= MAX_TEXT or max(map(len, values), default=0) <= MAX_TEXT


def values_valid(column: Column, values: Sequence) -> bool:
    """Plain values of one column (a dictionary's, or a column sent as values) are what it holds."""
    kind, null = column.kind, column.null
    if kind == "text":
        if column.name in UUID_NAMES:
            return uuids_valid(list(values))
        return _texts_valid(values, null)
    if kind == "int":
        return _ints_valid(values, null)
    if kind == "bool":
        return _types(values, {int, bool}, null) and set(_present(values, null)) <= {0, 1}
    if kind == "float":
        return _types(values, {int, float}, null) and all(map(math.isfinite, _present(values, null)))
    if kind == "ref":
        return _types(values, {str}, null) and uuids_valid(_present(values, null))
    if kind == "date":
        present = _present(values, null)
        return (_types(values, {str}, null) and fixed_text_valid("".join(present), DATE_WIDTH, DATE_DASHES, _DIGITS)
                and all(map((DATE_WIDTH).__eq__, map(len, present))) and _dates_valid(present, dt.date.fromisoformat))
    if kind == "datetime":
        return _types(values, {str}, null) and _dates_valid(_present(values, null), dt.datetime.fromisoformat)
    return False  # blobs do not travel yet (rules refuses such a table)


class WireColumn:
    """One checked column as it arrived; ``values()`` builds the list of values when records are needed."""

    __slots__ = ("column", "encoded", "count")

    def __init__(self, column: Column, encoded: dict, count: int):
        self.column, self.encoded, self.count = column, encoded, count

    def values(self) -> list:
        encoded = self.encoded
        if "dictionary" in encoded:
            return list(map(encoded["dictionary"].__getitem__, encoded["codes"]))
        if "fixed" in encoded:
            width = _fixed_layout(self.column)[0]
            return _with_nulls(split_fixed(encoded["fixed"], width), encoded["nulls"], self.count)
        return encoded["values"]


def _codes_valid(codes, size: int, count: int) -> bool:
    if not isinstance(codes, list) or len(codes) != count:
        return False
    if not codes:
        return True
    if size <= 256:  # the usual dictionary: bytes() checks "an int from 0 to 255" for every code in C
        try:
            return max(bytes(codes)) < size
        except (TypeError, ValueError):
            return False
    return _ints_valid(codes, False) and min(codes) >= 0 and max(codes) < size


def _nulls_valid(nulls, count: int, null: bool) -> bool:
    if not isinstance(nulls, list) or (nulls and not null):
        return False
    return _types(nulls, {int}, False) and nulls == sorted(set(nulls)) and (not nulls or (0 <= nulls[0]
                                                                                            and nulls[-1] < count))


def _fixed_valid(column: Column, encoded: dict, count: int) -> bool:
    layout = _fixed_layout(column)
    text, nulls = encoded.get("fixed"), encoded.get("nulls")
    if layout is None or not isinstance(text, str) or not _nulls_valid(nulls, count, column.null):
        return False
    width, dashes, alphabet = layout
    if len(text) != width * (count - len(nulls)) or not fixed_text_valid(text, width, dashes, alphabet):
        return False
    return column.kind != "date" or _dates_valid(split_fixed(text, width), dt.date.fromisoformat)


def column_valid(column: Column, encoded, count: int) -> bool:
    if not isinstance(encoded, dict):
        return False
    if set(encoded) == {"dictionary", "codes"}:
        dictionary = encoded["dictionary"]
        return (isinstance(dictionary, list) and len(set(map(_hashable, dictionary))) == len(dictionary)
                and values_valid(column, dictionary) and _codes_valid(encoded["codes"], len(dictionary), count))
    if set(encoded) == {"fixed", "nulls"}:
        return _fixed_valid(column, encoded, count)
    if set(encoded) == {"values"}:
        values = encoded["values"]
        return isinstance(values, list) and len(values) == count and values_valid(column, values)
    return False


def _hashable(value):
    return value if not isinstance(value, (list, dict)) else id(value)


def first_bad_row(column: Column, wire: dict, count: int) -> int:
    """The record (from 1) holding a bad value, when the column's encoding itself is sound; else 0.
    ``count`` comes from the manifest and is not trusted: the encoding must hold that many values."""
    if _encoded_length(column, wire) != count:
        return 0
    try:
        values = WireColumn(column, wire, count).values()
    except (TypeError, KeyError, IndexError, AttributeError, ValueError):
        return 0
    return next((number for number, value in enumerate(values, start=1) if not values_valid(column, [value])), 0)


def _encoded_length(column: Column, wire: dict) -> int | None:
    layout = _fixed_layout(column)
    if isinstance(wire.get("fixed"), str) and isinstance(wire.get("nulls"), list) and layout:
        return len(wire["fixed"]) // layout[0] + len(wire["nulls"])
    values = wire.get("codes", wire.get("values"))
    return len(values) if isinstance(values, list) else None


def check_table(spec: TableSpec, body, count: int) -> dict[str, WireColumn]:
    """The checked columns of one table entry, or ``ShapeError`` naming the table and column."""
    where = f"bảng {spec.table}"
    if not isinstance(body, dict) or set(body) != set(spec.names):
        names = set(body) if isinstance(body, dict) else set()
        unknown, missing = sorted(names - set(spec.names)), sorted(set(spec.names) - names)
        raise ShapeError(f"Gói có cột không khớp với phiên bản này ở {where} (lạ: {', '.join(unknown) or 'không'}; "
                         f"thiếu: {', '.join(missing) or 'không'}).")
    for column in spec.columns:
        if not column_valid(column, body[column.name], count):
            number = first_bad_row(column, body[column.name], count) if isinstance(body[column.name], dict) else 0
            at = f", bản ghi thứ {number}" if number else ""
            raise ShapeError(f"Gói có bản ghi không hợp lệ ở {where}{at}, cột “{column.name}”.")
    columns = {column.name: WireColumn(column, body[column.name], count) for column in spec.columns}
    _check_sync(spec, columns)
    return columns


def _check_sync(spec: TableSpec, columns: dict[str, WireColumn]) -> None:
    """Versions are positive and every record's uuid is given once."""
    versions = columns["version"].values()
    if min(versions, default=1) < 1:
        raise ShapeError(f"Gói có bản ghi không hợp lệ ở bảng {spec.table}, cột “version”.")
    uuids = columns["uuid"].values()
    if len(set(uuids)) != len(uuids):
        raise ShapeError(f"Gói có bản ghi trùng mã (uuid) ở bảng {spec.table}.")


def rows_of(spec: TableSpec, columns: dict[str, WireColumn]) -> list[list]:
    """The records of a checked table, in ``spec``'s column order."""
    return list(map(list, zip(*(columns[name].values() for name in spec.names))))
