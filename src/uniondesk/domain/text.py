"""Vietnamese text: NFC storage, accent folding for search, number and date formats, collation."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

_SPACES = re.compile(r"\s+")
# đ/Đ are letters of their own, not d + a combining mark, so NFD leaves them alone.
_FOLD_EXTRA = str.maketrans({"đ": "d", "Đ": "d"})


def clean(text: str | None) -> str:
    """Stored form of a user's text: NFC, single spaces, no leading or trailing space."""
    if not text:
        return ""
    return _SPACES.sub(" ", unicodedata.normalize("NFC", text)).strip()


def fold(text: str | None) -> str:
    """Search form: no diacritics, đ → d, lower case. "Thanh Hóa" → "thanh hoa", "Điện" → "dien"."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", text.translate(_FOLD_EXTRA))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return _SPACES.sub(" ", stripped).strip().lower()


def format_int(value: int | None) -> str:
    """1234567 → "1.234.567" (Vietnamese thousands separator)."""
    if value is None:
        return ""
    return f"{value:,}".replace(",", ".")


def format_date(value: dt.date | None) -> str:
    """dd/mm/yyyy, or "" for no date."""
    return value.strftime("%d/%m/%Y") if value else ""


_DATE = re.compile(r"^\s*(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})\s*$")


def parse_date(text: str) -> dt.date:
    """Parse "dd/mm/yyyy" or "d/m/yy" (also with . or -). Raises ValueError with a Vietnamese message."""
    match = _DATE.match(text or "")
    if not match:
        raise ValueError(f"Ngày không hợp lệ: “{text}” (hãy nhập theo dạng ngày/tháng/năm, ví dụ 20/04/2021).")
    day, month, year = (int(part) for part in match.groups())
    if year < 100:
        year += 2000 if year < 70 else 1900
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError(f"Ngày không tồn tại: “{text}”.") from None


def parse_count(text: str) -> int:
    """A non-negative whole number typed as "1234", "1.234" or "1 234". Raises ValueError."""
    raw = (text or "").strip().replace(".", "").replace(" ", "").replace("\u00a0", "")
    if not raw.isdigit():
        raise ValueError(f"“{text.strip()}” không phải là một số nguyên không âm.")
    return int(raw)


# Vietnamese alphabetical order: a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y.
# Tone marks only break ties, so "Hòa" sorts with "Hoa", not after "Hz".
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_RANK = {letter: index for index, letter in enumerate(_ALPHABET)}
_LETTER_MARKS = {"a\u0306": "ă", "a\u0302": "â", "e\u0302": "ê", "o\u0302": "ô", "o\u031b": "ơ", "u\u031b": "ư"}


def vi_sort_key(text: str | None) -> tuple[str, str]:
    """A key that sorts Vietnamese text in dictionary order (letters first, then tones)."""
    letters, tones = [], []
    for ch in unicodedata.normalize("NFC", (text or "").lower()):
        letter, *marks = unicodedata.normalize("NFD", ch)
        tone = ""
        for mark in marks:
            combined = _LETTER_MARKS.get(letter + mark)
            if combined:
                letter = combined
            else:
                tone += mark
        rank = _RANK.get(letter)
        # Letters are moved above U+0100 so that spaces, digits and punctuation sort before them.
        letters.append(chr(0x100 + rank) if rank is not None else letter)
        tones.append(tone or " ")
    return "".join(letters), "".join(tones)


def vi_compare(left: str | None, right: str | None) -> int:
    """Three-way comparison for a SQLite collation."""
    a, b = vi_sort_key(left), vi_sort_key(right)
    return (a > b) - (a < b)
