"""Campaigns, quotas and clusters: kinds, statuses and the rules on their fields."""

from __future__ import annotations

import datetime as dt
import enum
from dataclasses import dataclass

from uniondesk.domain.errors import InputError
from uniondesk.domain.text import format_date

EARLIEST_CAMPAIGN = dt.date(1990, 1, 1)
LONGEST_CAMPAIGN_YEARS = 10
MAX_QUOTA = 100_000_000  # more initiatives than the whole country has ever entered


class CampaignKind(enum.StrEnum):
    INITIATIVES = "initiatives"  # initiative programme ("chương trình sáng kiến")
    EMULATION = "emulation"  # emulation movement ("phong trào thi đua")


class CampaignStatus(enum.StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    CLOSED = "closed"


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


def check_period(start: dt.date | None, end: dt.date | None, *, start_field: str = "start_on",
                 end_field: str = "end_on") -> None:
    if start is None:
        raise InputError("Hãy nhập ngày bắt đầu.", start_field)
    if end is None:
        raise InputError("Hãy nhập ngày kết thúc.", end_field)
    if start < EARLIEST_CAMPAIGN:
        raise InputError(f"Ngày bắt đầu {format_date(start)} quá xa trong quá khứ.", start_field)
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
    if eligible_to < eligible_from:
        raise InputError("Thời gian áp dụng: ngày cuối trước ngày đầu.", "eligible_to")
    if eligible_from < _years_later(start, -5):
        raise InputError("Thời gian áp dụng bắt đầu quá 5 năm trước chương trình.", "eligible_from")
    if eligible_to > _years_later(end, 2):
        raise InputError("Thời gian áp dụng kết thúc quá 2 năm sau chương trình.", "eligible_to")


def check_phases(start: dt.date, end: dt.date, phases: list[PhaseSpec]) -> None:
    previous_end: dt.date | None = None
    for number, phase in enumerate(phases, 1):
        if not phase.name.strip():
            raise InputError(f"Giai đoạn {number}: hãy nhập tên.", "phases")
        if phase.end_on < phase.start_on:
            raise InputError(f"Giai đoạn {number}: ngày kết thúc trước ngày bắt đầu.", "phases")
        if phase.start_on < start or phase.end_on > end:
            raise InputError(f"Giai đoạn {number} phải nằm trong thời gian của chương trình.", "phases")
        if previous_end and phase.start_on <= previous_end:
            raise InputError(f"Giai đoạn {number} chồng lên giai đoạn trước.", "phases")
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


def achievement_pct(achieved: int, quota: int | None) -> float | None:
    """Achieved / quota in percent, one decimal; None without a quota."""
    if not quota:
        return None
    return round(100.0 * achieved / quota, 1)
