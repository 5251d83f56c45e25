"""Cell values as office workbooks hold them, turned into clean values; each parser raises ValueError
with a Vietnamese reason the row report shows beside the cell.

Text may be NFD or in a legacy 8-bit encoding (converted per cell, see ``domain.legacy_text``), numbers
may be text with dots or spaces, amounts "1,5 tỷ", dates text (dd/mm/yyyy, d/m/yy), real dates, or
Excel serial numbers when the cell has no date format.
"""

from __future__ import annotations

import datetime as dt
import functools
import re

from openpyxl.utils.datetime import from_excel

from uniondesk.domain.amounts import parse_vnd
from uniondesk.domain.initiatives import MAX_BENEFIT_VND
from uniondesk.domain.legacy_text import to_unicode
from uniondesk.domain.text import clean, fold, format_date, parse_date

# Excel's serial day numbers: 1 is 01/01/1900 and 2958465 is 31/12/9999.
_SERIAL_RANGE = (1, 2958465)
_PLAIN_AMOUNT = re.compile(r"\d{1,3}(?:\.\d{3})+|\d+", re.ASCII)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def text(value: object) -> str:
    """Stored form of a text cell: legacy encodings converted, NFC, single spaces."""
    if type(value) is not str:  # most cells are text: the other kinds are told apart only when not
        if value is None:
            return ""
        if isinstance(value, bool):
            return "Có" if value else "Không"
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return format_date(value)
        value = str(value)
    if value.isascii():  # codes, numbers, dates typed as text; ``clean`` would do the same
        return " ".join(value.split())
    return _short_text(value) if len(value) <= 60 else _unicode_text(value)


def _unicode_text(value: str) -> str:
    # Converted before ``clean``: TCVN3 writes ư as 0xAD, the soft hyphen that ``clean`` removes.
    return clean(to_unicode(value))


# Names, units and dropdown labels repeat down a column: their conversion is remembered.
_short_text = functools.lru_cache(maxsize=8192)(_unicode_text)


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def date(value: object, epoch: dt.datetime | None = None) -> dt.date | None:
    """A date cell: a real date, an Excel serial number, or text dd/mm/yyyy (d/m/yy, with . or -)."""
    if is_blank(value):
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if not _SERIAL_RANGE[0] <= value <= _SERIAL_RANGE[1]:
            raise ValueError(f"“{value:g}” không phải là một ngày (hãy nhập theo dạng ngày/tháng/năm).")
        day = from_excel(value, epoch) if epoch else from_excel(value)
        return day.date() if isinstance(day, dt.datetime) else day
    return _text_date(text(value))


@functools.lru_cache(maxsize=4096)
def _text_date(raw: str) -> dt.date:
    """A date typed as text; remembered, as the same dates recur down a sheet (a refusal is not)."""
    if _ISO_DATE.match(raw):
        try:
            return dt.date.fromisoformat(raw)
        except ValueError:
            raise ValueError(f"Ngày không tồn tại: “{raw}”.") from None
    return parse_date(raw)


def amount(value: object) -> int:
    """An amount in đồng: a number, or text such as "1.500.000", "1 500 000 đ", "1,5 tỷ"."""
    if is_blank(value):
        return 0
    if isinstance(value, str):
        plain = value.strip()
        if _PLAIN_AMOUNT.fullmatch(plain):  # "1.500.000", the usual case, without the general parser
            amount_ = int(plain.replace(".", ""))
            if amount_ <= MAX_BENEFIT_VND:
                return amount_
        return parse_vnd(text(value))
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return parse_vnd(value)
    raise ValueError(f"“{text(value)}” không phải là một số tiền.")


_YES = {"co", "x", "1", "true", "yes", "bao mat", "mat", "bi mat", "c"}
_NO = {"khong", "0", "false", "no", "k", "-"}


def flag(value: object) -> bool:
    if is_blank(value):
        return False
    if isinstance(value, bool):
        return value
    folded = short_fold(text(value))
    if folded in _YES:
        return True
    if folded in _NO:
        return False
    raise ValueError(f"“{text(value)}”: hãy ghi “Có” hoặc “Không” (hoặc để trống).")


@functools.lru_cache(maxsize=4096)
def short_fold(text: str) -> str:
    """``fold`` remembered: dropdown values and names repeat down a column, and folding is not cheap."""
    return fold(text)


class Choices:
    """A dropdown's labels ("Giải pháp kỹ thuật" → "technical"), matched without diacritics; the keys
    themselves and a few short forms officers write (``aliases``, folded) are accepted too."""

    def __init__(self, labels: dict[str, str], aliases: dict[str, str], what: str):
        self.by_folded = {**aliases, **{str(key): str(key) for key in labels},
                          **{fold(label): str(key) for key, label in labels.items()}}
        self.listed = "; ".join(labels.values())
        self.what = what

    def __call__(self, value: object) -> str | None:
        """The key of the cell's label; None for a blank cell."""
        if is_blank(value):
            return None
        found = self.by_folded.get(short_fold(text(value)))
        if found is None:
            raise ValueError(f"{self.what} “{text(value)}” không có trong danh sách: {self.listed}.")
        return found


# --- authors -------------------------------------------------------------------------------------------

# Authors are separated by ";", a line break, or a comma that is not a decimal comma ("33,3%").
_AUTHOR_SPLIT = re.compile(r"[;\n]|,(?!\d)")
# "Họ tên: 60%", "Họ tên - 60 %", "Họ tên (60%)", "Họ tên 33,3%"
_SHARE = re.compile(r"^(?P<name>.*?)[\s:\-–(]*(?P<share>\d+(?:[.,]\d+)?)\s*%\s*\)?$")
# Without "%", a share needs a colon, a dash or a bracket before it: "Tổ 3" is a name, "An: 60" is not.
_BARE_SHARE = re.compile(r"^(?P<name>.*?)\s*(?::|\s[\-–]|\()\s*(?P<share>\d+(?:[.,]\d+)?)\s*\)?$")
_COLLECTIVE = {"tap the", "tap the don vi", "tac gia tap the"}
# Forms of address written before a name: "Ông", "Bà", "Đ/c", "Đồng chí".
# Compared with their marks: "Bá" (a given name) is not "Bà".
_ADDRESS = {"ông", "bà", "đ/c", "đc", "d/c", "đồng chí"}


def _without_address(name: str) -> str:
    words = name.split(" ")
    for count in (2, 1):
        if len(words) > count and " ".join(words[:count]).lower() in _ADDRESS:
            return " ".join(words[count:])
    return name


def authors(value: object) -> list[tuple[str | None, float | None]]:
    """(full name, share in percent or None) for each author; a None name is the unit as a collective author."""
    if isinstance(value, str):
        value = value.replace("\n", ";")  # one author a line: the line breaks go with the spaces below
    raw = text(value)
    if not raw:
        raise ValueError("Chưa ghi tác giả (ghi họ tên, hoặc “Tập thể” nếu tác giả là tập thể đơn vị).")
    found = [_author(part) for part in map(str.strip, _AUTHOR_SPLIT.split(raw)) if part]
    if not found:
        raise ValueError("Chưa ghi tác giả.")
    return found


@functools.lru_cache(maxsize=8192)
def _author(part: str) -> tuple[str | None, float | None]:
    """One author as written ("Họ tên: 60%"): remembered, as the same people recur down a sheet."""
    match = _SHARE.match(part) or _BARE_SHARE.match(part)
    name, share = (match["name"].strip(), float(match["share"].replace(",", "."))) if match else (part, None)
    if len(name) <= 16 and short_fold(name) in _COLLECTIVE:
        return None, share
    name = _without_address(clean(name))
    if not name or not any(char.isalpha() for char in name):
        raise ValueError(f"“{part}”: thiếu họ tên tác giả (ghi dạng “Họ tên: 60%”).")
    return name, share
