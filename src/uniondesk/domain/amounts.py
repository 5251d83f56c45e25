"""Amounts of money in VND as officers type them: "1234567", "1.234.567", "1 234 567", "1,5 tỷ",
"2 triệu 500 nghìn", "150 ngàn đồng", and back as "1.500.000.000".

The đồng has no subunit, so every amount is a whole number; a decimal comma only makes sense before a
unit word ("1,5 tỷ"). Messages are Vietnamese: they are shown next to the field as they are.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from uniondesk.domain.initiatives import MAX_BENEFIT_VND
from uniondesk.domain.text import fold, format_int

# Unit words after folding (no diacritics, lower case): tỷ/tỉ, triệu (tr), nghìn/ngàn (k).
UNITS = {"ty": 10**9, "ti": 10**9, "trieu": 10**6, "tr": 10**6, "nghin": 10**3, "ngan": 10**3, "k": 10**3}
# Currency words that may follow the amount: "đồng", "đ", "VNĐ", "VND".
_CURRENCY = re.compile(r"\s*(dong|vnd|d)\.?\s*$")
_UNIT_WORD = re.compile(r"(?<![a-z])(ty|ti|trieu|tr|nghin|ngan|k)(?![a-z])")
_GROUPED_DOTS = re.compile(r"\d{1,3}(\.\d{3})+")
_GROUPED_SPACES = re.compile(r"\d{1,3}([ \u00a0]\d{3})+")
_GROUPED_COMMAS = re.compile(r"\d{1,3}(,\d{3}){2,}")  # "1,234,567" from an English-locale file
_DECIMAL = re.compile(r"\d+([.,]\d+)?")


def format_vnd(amount: int | None) -> str:
    """1500000000 → "1.500.000.000"; None → ""."""
    return format_int(amount)


def format_vnd_short(amount: int) -> str:
    """A rounded amount in words, as prose writes it: "1,5 tỷ đồng", "250 triệu đồng", "0 đồng".

    Used as the benefit summary of a confidential initiative, whose exact figure is not shown."""
    for size, word in ((10**9, "tỷ"), (10**6, "triệu"), (10**3, "nghìn")):
        if amount >= size:
            value = round(Decimal(amount) / size, 1)
            text = f"{value:.1f}".rstrip("0").rstrip(".").replace(".", ",")
            return f"{text} {word} đồng"
    return f"{format_int(amount)} đồng"


def _plain_number(text: str, raw: str) -> Decimal:
    """A number before a unit word, or alone: thousands groups, or a decimal with a comma or a dot."""
    text = text.strip().replace("\u00a0", " ")
    if _GROUPED_DOTS.fullmatch(text) or _GROUPED_SPACES.fullmatch(text) or _GROUPED_COMMAS.fullmatch(text):
        return Decimal(re.sub(r"[^0-9]", "", text))
    if re.fullmatch(r"\d+", text):
        return Decimal(text)
    if _DECIMAL.fullmatch(text):
        return Decimal(text.replace(",", "."))
    raise ValueError(f"“{raw}” không phải là một số tiền hợp lệ (ví dụ: 1.234.567 hoặc 1,5 tỷ).")


def _segments(text: str, raw: str) -> Decimal:
    """Sum of "number unit" pieces, larger units first: "1 tỷ 500 triệu" → 1 500 000 000."""
    pieces = _UNIT_WORD.split(text)  # number, unit, number, unit, …, trailing number
    total, last_size = Decimal(0), None
    for index in range(0, len(pieces), 2):
        number = pieces[index].strip()
        unit = pieces[index + 1] if index + 1 < len(pieces) else None
        if not number:
            if unit is None and index:
                break  # nothing after the last unit word
            raise ValueError(f"“{raw}” không phải là một số tiền hợp lệ (ví dụ: 1.234.567 hoặc 1,5 tỷ).")
        size = UNITS[unit] if unit else 1
        if last_size is not None and size >= last_size:
            raise ValueError(f"“{raw}”: các đơn vị tiền phải theo thứ tự từ lớn đến nhỏ (ví dụ 1 tỷ 500 triệu).")
        if not unit and "," in number and not _GROUPED_COMMAS.fullmatch(number):
            # "1,500" alone: a decimal comma is meaningless in đồng, an English thousands comma is a guess.
            raise ValueError(f"“{raw}”: số tiền tính bằng đồng không có phần thập phân; "
                             "hãy viết 1.500 hoặc 1,5 triệu.")
        total += _plain_number(number, raw) * size
        last_size = size
    return total


def parse_vnd(text: str | int | float | None) -> int:
    """An amount in VND (0 … 10^13) from what an officer typed or a spreadsheet cell held.

    A blank amount is no benefit (0). Raises ValueError with a Vietnamese message.
    """
    if text is None:
        return 0
    if isinstance(text, bool):
        raise ValueError("Giá trị làm lợi phải là một số tiền.")
    if isinstance(text, (int, float)):
        return _checked_amount(Decimal(str(text)), str(text))
    raw = str(text).strip()
    folded = fold(raw).replace("\u00a0", " ")
    if not folded:
        return 0
    if folded.startswith("-") or folded.startswith("−"):
        raise ValueError(f"“{raw}”: giá trị làm lợi không được âm.")
    folded = _CURRENCY.sub("", folded).strip()
    if not folded:
        raise ValueError(f"“{raw}” không có con số nào.")
    try:
        amount = _segments(folded, raw)
    except InvalidOperation:
        raise ValueError(f"“{raw}” không phải là một số tiền hợp lệ.") from None
    return _checked_amount(amount, raw)


def _checked_amount(amount: Decimal, raw: str) -> int:
    if not amount.is_finite():
        raise ValueError(f"“{raw}” không phải là một số tiền hợp lệ.")
    if amount < 0:
        raise ValueError(f"“{raw}”: giá trị làm lợi không được âm.")
    if amount != amount.to_integral_value():
        raise ValueError(f"“{raw}”: số tiền phải là một số đồng nguyên.")
    if amount > MAX_BENEFIT_VND:
        raise ValueError(f"“{raw}”: giá trị làm lợi quá lớn (tối đa {format_int(MAX_BENEFIT_VND)} đồng); "
                         "hãy kiểm tra lại số chữ số.")
    return int(amount)
