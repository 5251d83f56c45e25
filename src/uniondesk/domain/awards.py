"""Awards ("khen thưởng"): decision forms and statuses, the reason text with its placeholders, and the
words a certificate prints (salutation, issuing body, dates). Plain Python: no storage, no drawing.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
from dataclasses import dataclass

from uniondesk.domain.errors import InputError
from uniondesk.domain.text import clean, fold, format_date

MAX_NUMBER_LENGTH = 40
MAX_REASON_LENGTH = 1_000
EARLIEST_DECISION = dt.date(1950, 1, 1)


class AwardForm(enum.StrEnum):
    BANG_KHEN = "bang_khen"  # Bằng khen of the issuing body
    GIAY_KHEN = "giay_khen"  # Giấy khen of the issuing body (lower levels)
    LAO_DONG_SANG_TAO = "lao_dong_sang_tao"  # Bằng Lao động sáng tạo
    CUSTOM = "custom"  # a form the office defines; its title is stored with the decision


# The title a certificate of each form carries; CUSTOM takes the decision's own title.
FORM_TITLES = {
    AwardForm.BANG_KHEN: "Bằng khen",
    AwardForm.GIAY_KHEN: "Giấy khen",
    AwardForm.LAO_DONG_SANG_TAO: "Bằng Lao động sáng tạo",
}


class DecisionStatus(enum.StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"
    REVOKED = "revoked"


STATUS_LABELS = {DecisionStatus.DRAFT: "dự thảo", DecisionStatus.SIGNED: "đã ký",
                 DecisionStatus.REVOKED: "đã thu hồi"}


class RecipientKind(enum.StrEnum):
    INDIVIDUAL = "individual"  # cá nhân: a person
    COLLECTIVE = "collective"  # tập thể: a unit


PLACEHOLDERS = {
    "recipient": "tên người hoặc tập thể được khen",
    "unit": "đơn vị",
    "campaign": "tên chương trình, phong trào",
    "achievement": "thành tích riêng của người được khen",
}
_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


def check_form(form: str, title: str = "") -> tuple[str, str]:
    """(form key, custom title): a custom form needs its title; the others store none."""
    try:
        key = AwardForm(form)
    except ValueError:
        raise InputError(f"Hình thức khen thưởng “{form}” không hợp lệ.", "form") from None
    title = clean(title)
    if key is AwardForm.CUSTOM and not title:
        raise InputError("Hãy nhập tên hình thức khen thưởng do đơn vị quy định (ví dụ “Giấy chứng nhận”).",
                         "form_title")
    return str(key), title if key is AwardForm.CUSTOM else ""


def form_title(form: str, custom_title: str = "") -> str:
    """"Bằng khen", "Giấy khen", … or the office's own title."""
    if form == AwardForm.CUSTOM:
        return custom_title
    return FORM_TITLES[AwardForm(form)]


def check_number(number: str | None) -> str:
    """A decision number as typed ("125/QĐ-LĐLĐ"), cleaned; required."""
    number = clean(number)
    if not number:
        raise InputError("Hãy nhập số quyết định (ví dụ 125/QĐ-LĐLĐ).", "number")
    if len(number) > MAX_NUMBER_LENGTH:
        raise InputError(f"Số quyết định dài quá {MAX_NUMBER_LENGTH} ký tự.", "number")
    return number


def number_key(number: str) -> str:
    """What makes two decision numbers the same: "125/QĐ-LĐLĐ", "125/qd-ldld" and "125 / QĐ-LĐLĐ" are."""
    return re.sub(r"\s+", "", fold(number))


def check_decision_date(day: dt.date | None, today: dt.date | None = None) -> dt.date:
    if not isinstance(day, dt.date):
        raise InputError("Hãy nhập ngày ký quyết định.", "decided_on")
    today = today or dt.date.today()
    if not EARLIEST_DECISION <= day <= today + dt.timedelta(days=366):
        raise InputError(f"Ngày quyết định {format_date(day)} không hợp lý.", "decided_on")
    return day


def clean_lines(text: str | None) -> str:
    """Each line cleaned, empty lines dropped: a signer's title is "TM. BAN THƯỜNG VỤ" over "CHỦ TỊCH"."""
    return "\n".join(line for line in (clean(part) for part in (text or "").splitlines()) if line)


def check_signer(title: str | None, name: str | None) -> tuple[str, str]:
    title, name = clean_lines(title), clean(name)
    if not title:
        raise InputError("Hãy nhập chức vụ người ký (ví dụ “TM. BAN THƯỜNG VỤ / CHỦ TỊCH”).", "signer_title")
    if not name:
        raise InputError("Hãy nhập họ tên người ký quyết định.", "signer_name")
    return title, name


def check_reason(text: str | None, field: str = "reason") -> str:
    """A reason text; placeholders must be among ``PLACEHOLDERS``."""
    text = clean(text)
    if len(text) > MAX_REASON_LENGTH:
        raise InputError(f"Nội dung khen thưởng dài quá {MAX_REASON_LENGTH} ký tự.", field)
    unknown = [name for name in _PLACEHOLDER.findall(text) if name not in PLACEHOLDERS]
    if unknown:
        known = ", ".join("{" + name + "}" for name in PLACEHOLDERS)
        raise InputError(f"Nội dung có chỗ trống không hợp lệ: {', '.join('{' + u + '}' for u in unknown)}. "
                         f"Chỉ dùng được: {known}.", field)
    return text


def fill_reason(text: str, values: dict[str, str]) -> str:
    """The reason with its placeholders replaced. An empty value leaves no trace: no double space, no
    space before punctuation, no "," left dangling before the full stop."""
    filled = _PLACEHOLDER.sub(lambda m: values.get(m.group(1), ""), text)
    filled = re.sub(r"\s+([,.;:])", r"\1", filled)
    return clean(re.sub(r"[,;:]+([.,;:])", r"\1", filled))


def check_revocation(reason: str | None, revoking_number: str | None) -> tuple[str, str]:
    reason = clean(reason)
    if not reason:
        raise InputError("Hãy ghi lý do thu hồi.", "revocation_reason")
    try:
        number = check_number(revoking_number)
    except InputError:
        raise InputError("Hãy nhập số quyết định thu hồi.", "revoking_number") from None
    return reason, number


def salutation(kind: str, gender: str | None) -> str:
    """"Ông" / "Bà" for a person of known gender, "Tập thể" for a unit."""
    if kind == RecipientKind.COLLECTIVE:
        return "Tập thể"
    return {"male": "Ông", "female": "Bà"}.get(gender or "", "")


def display_name(kind: str, gender: str | None, name: str) -> str:
    return " ".join(part for part in (salutation(kind, gender), name) if part)


_ABBREVIATIONS = [("LĐLĐ", "Liên đoàn Lao động"), ("CĐCS", "Công đoàn cơ sở"), ("TLĐ", "Tổng Liên đoàn"),
                  ("CĐ", "Công đoàn")]


def expand_abbreviations(name: str) -> str:
    for short, full in _ABBREVIATIONS:
        name = re.sub(rf"(?<!\w){short}(?!\w)", full, name)
    return name


def issuing_body(unit_name: str) -> str:
    """The heading a certificate gives its issuer: "BAN CHẤP HÀNH LIÊN ĐOÀN LAO ĐỘNG TỈNH THANH HÓA"."""
    return ("Ban Chấp hành " + expand_abbreviations(clean(unit_name))).upper()


def long_date(place: str, day: dt.date) -> str:
    """"Thanh Hóa, ngày 27 tháng 6 năm 2022" in the style of official documents (Decree 30/2020): days
    below 10 and the months 1 and 2 take a leading zero ("ngày 05 tháng 02"), other months do not."""
    month = f"{day.month:02d}" if day.month <= 2 else str(day.month)
    words = f"ngày {day.day:02d} tháng {month} năm {day.year}"
    place = clean(place)
    return f"{place}, {words}" if place else words[0].upper() + words[1:]


@dataclass(frozen=True)
class CertificateFacts:
    """What one certificate says, before any layout."""

    form_title: str
    issuer: str
    recipient: str  # with its salutation
    detail: str  # position and unit of a person; the unit above for a collective
    reason: str
    decision: str
    register: str
    place_date: str
    signer_title: str
    signer_name: str


def decision_line(number: str, day: dt.date) -> str:
    return f"Quyết định số {number} ngày {format_date(day)}"


def register_line(register_no: int | None) -> str:
    return f"Số vào sổ: {register_no}" if register_no else "Số vào sổ: ……"


def detail_line(kind: str, position: str, unit_name: str) -> str:
    if kind == RecipientKind.COLLECTIVE:
        return f"Trực thuộc {unit_name}" if unit_name else ""
    return ", ".join(part for part in (clean(position), clean(unit_name)) if part)


@dataclass(frozen=True)
class EarlierAward:
    """An award the same person or unit already has for the same campaign."""

    recipient: str  # with its salutation
    number: str
    decided_on: dt.date
    form_title: str
    status: str


SHOWN_EARLIER = 8  # the warning lists this many, then counts the rest


class DoubleAwardWarning(InputError):
    """The same person or unit is already rewarded for the campaign (2022 Law: one achievement, one
    award). The same call made again with a written ``reason_for_repeat`` proceeds and stores it."""

    def __init__(self, campaign: str, earlier: list[EarlierAward]):
        self.earlier = list(earlier)
        lines = [f"– {e.recipient}: {e.form_title} theo Quyết định số {e.number} ngày {format_date(e.decided_on)}"
                 f" ({STATUS_LABELS.get(e.status, e.status)})" for e in self.earlier[:SHOWN_EARLIER]]
        if len(self.earlier) > SHOWN_EARLIER:
            lines.append(f"– và {len(self.earlier) - SHOWN_EARLIER} trường hợp khác")
        super().__init__(f"Đã được khen thưởng trong chương trình “{campaign}”:\n" + "\n".join(lines) +
                         "\nLuật Thi đua, khen thưởng 2022 không cho khen thưởng một thành tích hai lần. "
                         "Nếu vẫn khen thưởng, hãy ghi rõ lý do.", "reason_for_repeat")
