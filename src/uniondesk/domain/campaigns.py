"""Campaigns, quotas and clusters: kinds, statuses and the rules on their fields."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from uniondesk.domain.errors import InputError
from uniondesk.domain.text import clean, format_date, format_int
from uniondesk.domain.units import CODE_PATTERN

EARLIEST_CAMPAIGN = dt.date(1990, 1, 1)
LONGEST_CAMPAIGN_YEARS = 10
PLANNED_AHEAD_YEARS = 5  # a campaign starting later than this is a typing error (2052 for 2025)
MAX_QUOTA = 100_000_000  # more initiatives than the whole country has ever entered


class CampaignKind(enum.StrEnum):
    INITIATIVES = "initiatives"  # initiative programme ("chương trình sáng kiến")
    EMULATION = "emulation"  # emulation movement ("phong trào thi đua")


class CampaignStatus(enum.StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    CLOSED = "closed"


STATUS_LABELS = {
    CampaignStatus.DRAFT: "dự thảo",
    CampaignStatus.OPEN: "đang diễn ra",
    CampaignStatus.CLOSED: "đã kết thúc",
}

# Allowed status changes; a closed campaign can be reopened to correct it.
TRANSITIONS = {
    CampaignStatus.DRAFT: {CampaignStatus.OPEN},
    CampaignStatus.OPEN: {CampaignStatus.CLOSED, CampaignStatus.DRAFT},
    CampaignStatus.CLOSED: {CampaignStatus.OPEN},
}


@dataclass(frozen=True)
class PhaseSpec:
    name: str
    start_on: dt.date
    end_on: dt.date


def _years_later(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28)


def check_campaign_code(code: str | None) -> str:
    """Stored form of a campaign code: upper case, the same characters as unit codes."""
    code = clean(code).upper()
    if not code:
        raise InputError("Mã chương trình không được để trống.", "code")
    if not CODE_PATTERN.match(code):
        raise InputError(f"Mã chương trình “{code}” không hợp lệ: chỉ dùng chữ không dấu, chữ số, dấu chấm, "
                         "gạch ngang hoặc gạch dưới, tối đa 40 ký tự.", "code")
    return code


def _is_day(value) -> bool:
    # A datetime is a date too, but compares with neither dates nor itself the way a day should.
    return isinstance(value, dt.date) and not isinstance(value, dt.datetime)


def check_period(start: dt.date | None, end: dt.date | None, *, start_field: str = "start_on",
                 end_field: str = "end_on", today: dt.date | None = None) -> None:
    if start is None:
        raise InputError("Hãy nhập ngày bắt đầu.", start_field)
    if end is None:
        raise InputError("Hãy nhập ngày kết thúc.", end_field)
    for value, field in ((start, start_field), (end, end_field)):
        if not _is_day(value):
            raise InputError("Ngày không hợp lệ.", field)
    if start < EARLIEST_CAMPAIGN:
        raise InputError(f"Ngày bắt đầu {format_date(start)} quá xa trong quá khứ.", start_field)
    if start > _years_later(today or dt.date.today(), PLANNED_AHEAD_YEARS):
        raise InputError(f"Ngày bắt đầu {format_date(start)} quá xa trong tương lai.", start_field)
    if end < start:
        raise InputError(f"Ngày kết thúc {format_date(end)} trước ngày bắt đầu {format_date(start)}.", end_field)
    if end > _years_later(start, LONGEST_CAMPAIGN_YEARS):
        raise InputError(f"Một chương trình không kéo dài quá {LONGEST_CAMPAIGN_YEARS} năm.", end_field)


def check_eligibility(start: dt.date, end: dt.date, eligible_from: dt.date | None,
                      eligible_to: dt.date | None) -> None:
    """The window in which initiatives must have been applied: may differ from the entry period,
    but not by more than a few years on either side."""
    if eligible_from is None and eligible_to is None:
        return
    if eligible_from is None or eligible_to is None:
        raise InputError("Hãy nhập cả hai ngày của thời gian áp dụng sáng kiến.",
                         "eligible_from" if eligible_from is None else "eligible_to")
    for value, field in ((eligible_from, "eligible_from"), (eligible_to, "eligible_to")):
        if not _is_day(value):
            raise InputError("Ngày không hợp lệ.", field)
    if eligible_to < eligible_from:
        raise InputError("Thời gian áp dụng: ngày cuối trước ngày đầu.", "eligible_to")
    if eligible_from < _years_later(start, -5):
        raise InputError("Thời gian áp dụng bắt đầu quá 5 năm trước chương trình.", "eligible_from")
    if eligible_to > _years_later(end, 2):
        raise InputError("Thời gian áp dụng kết thúc quá 2 năm sau chương trình.", "eligible_to")


def check_phases(start: dt.date, end: dt.date, phases: list[PhaseSpec]) -> None:
    previous_end: dt.date | None = None
    for number, phase in enumerate(phases, 1):
        if not clean(phase.name):
            raise InputError(f"Giai đoạn {number}: hãy nhập tên.", "phases")
        if not (_is_day(phase.start_on) and _is_day(phase.end_on)):
            raise InputError(f"Giai đoạn {number}: hãy nhập ngày bắt đầu và ngày kết thúc.", "phases")
        if phase.end_on < phase.start_on:
            raise InputError(f"Giai đoạn {number}: ngày kết thúc trước ngày bắt đầu.", "phases")
        if phase.start_on < start or phase.end_on > end:
            raise InputError(f"Giai đoạn {number} ({format_date(phase.start_on)} – {format_date(phase.end_on)}) "
                             f"phải nằm trong thời gian của chương trình ({format_date(start)} – "
                             f"{format_date(end)}).", "phases")
        if previous_end and phase.start_on <= previous_end:
            raise InputError(f"Giai đoạn {number} bắt đầu {format_date(phase.start_on)}, chồng lên giai đoạn "
                             f"{number - 1} (kết thúc {format_date(previous_end)}).", "phases")
        previous_end = phase.end_on


def check_count(value, field: str, label: str, *, required: bool = False) -> int | None:
    """A target or quota: a whole number ≥ 0 (None allowed unless required)."""
    if value is None or value == "":
        if required:
            raise InputError(f"Hãy nhập {label}.", field)
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputError(f"{label.capitalize()} phải là số nguyên.", field)
    if value < 0:
        raise InputError(f"{label.capitalize()} không được âm.", field)
    if value > MAX_QUOTA:
        raise InputError(f"{label.capitalize()} quá lớn.", field)
    return value


def quota_warning(parent_quota: int | None, allocated: int) -> str:
    """What the quota editor says when the children's sum differs from the parent's quota ("" if equal
    or without a quota to compare with). A warning only: offices do allocate more than they were given."""
    if parent_quota is None or allocated == parent_quota:
        return ""
    if allocated < parent_quota:
        return (f"Tổng chỉ tiêu đã giao ({format_int(allocated)}) thấp hơn chỉ tiêu được giao "
                f"({format_int(parent_quota)}) {format_int(parent_quota - allocated)} sáng kiến.")
    return (f"Tổng chỉ tiêu đã giao ({format_int(allocated)}) vượt chỉ tiêu được giao "
            f"({format_int(parent_quota)}) {format_int(allocated - parent_quota)} sáng kiến.")


def achievement_pct(achieved: int, quota: int | None) -> float | None:
    """Achieved / quota in percent, one decimal; None without a quota."""
    if not quota:
        return None
    return round(100.0 * achieved / quota, 1)
