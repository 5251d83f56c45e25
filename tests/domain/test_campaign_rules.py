"""Rules on campaign fields: period, eligibility window, phases, counts, status changes, quota warnings."""

from __future__ import annotations

import datetime as dt

import pytest

from uniondesk.domain.campaigns import (
    TRANSITIONS,
    CampaignStatus,
    PhaseSpec,
    achievement_pct,
    check_campaign_code,
    check_count,
    check_eligibility,
    check_period,
    check_phases,
    quota_warning,
)
from uniondesk.domain.errors import InputError

D = dt.date
START, END = D(2022, 1, 8), D(2023, 9, 1)  # "1 triệu sáng kiến"
PHASES = [PhaseSpec("Giai đoạn 1", D(2022, 1, 8), D(2022, 5, 31)),
          PhaseSpec("Giai đoạn 2", D(2022, 6, 1), D(2023, 9, 1))]


def refused(call, match: str, field: str | None) -> None:
    with pytest.raises(InputError, match=match) as info:
        call()
    assert info.value.field == field


def test_the_two_phases_of_one_million_initiatives_are_accepted():
    check_period(START, END)
    check_phases(START, END, PHASES)
    check_phases(START, END, [])


@pytest.mark.parametrize(("start", "end", "match", "field"), [
    (None, END, "Hãy nhập ngày bắt đầu", "start_on"),
    (START, None, "Hãy nhập ngày kết thúc", "end_on"),
    (D(2021, 4, 20), D(2021, 3, 10), "Ngày kết thúc 10/03/2021 trước ngày bắt đầu 20/04/2021", "end_on"),
    (D(1985, 1, 1), D(1985, 12, 31), "Ngày bắt đầu 01/01/1985 quá xa trong quá khứ", "start_on"),
    (D(2021, 1, 1), D(2035, 1, 1), "không kéo dài quá 10 năm", "end_on"),
    ("10/03/2021", END, "Ngày không hợp lệ", "start_on"),
    (dt.datetime(2021, 3, 10, 8), END, "Ngày không hợp lệ", "start_on"),
])
def test_bad_periods_are_refused_with_the_dates_in_the_message(start, end, match, field):
    refused(lambda: check_period(start, end), match, field)


def test_a_campaign_starting_decades_ahead_is_a_typing_error():
    today = D(2025, 6, 1)
    check_period(D(2030, 1, 1), D(2030, 12, 31), today=today)
    refused(lambda: check_period(D(2052, 1, 1), D(2052, 12, 31), today=today),
            "Ngày bắt đầu 01/01/2052 quá xa trong tương lai", "start_on")


def test_a_one_day_campaign_is_a_period():
    check_period(D(2022, 2, 28), D(2022, 2, 28))


def test_eligibility_window_may_differ_from_the_entry_period_within_reason():
    check_eligibility(START, END, None, None)
    check_eligibility(START, END, D(2019, 1, 1), D(2023, 12, 31))  # applied before the campaign: allowed
    check_eligibility(START, END, D(2017, 1, 8), D(2025, 9, 1))  # both limits exactly


@pytest.mark.parametrize(("frm", "to", "match", "field"), [
    (D(2022, 1, 1), None, "cả hai ngày", "eligible_to"),
    (None, D(2022, 1, 1), "cả hai ngày", "eligible_from"),
    (D(2022, 6, 1), D(2022, 1, 1), "ngày cuối trước ngày đầu", "eligible_to"),
    (D(2017, 1, 7), D(2022, 1, 1), "quá 5 năm trước", "eligible_from"),
    (D(2022, 1, 1), D(2025, 9, 2), "quá 2 năm sau", "eligible_to"),
    (D(1900, 1, 1), D(2099, 1, 1), "quá 5 năm trước", "eligible_from"),
    ("1/1/2022", D(2022, 6, 1), "Ngày không hợp lệ", "eligible_from"),
])
def test_eligibility_window_outside_any_sensible_range_is_refused(frm, to, match, field):
    refused(lambda: check_eligibility(START, END, frm, to), match, field)


@pytest.mark.parametrize(("phases", "match"), [
    ([PhaseSpec("Giai đoạn 1", D(2022, 1, 8), D(2022, 6, 1)), PHASES[1]],
     "Giai đoạn 2 bắt đầu 01/06/2022, chồng lên giai đoạn 1 \\(kết thúc 01/06/2022\\)"),
    ([PHASES[1], PHASES[0]], "Giai đoạn 2 bắt đầu 08/01/2022, chồng lên giai đoạn 1"),
    ([PhaseSpec("Giai đoạn 1", D(2022, 1, 1), D(2022, 5, 31))],
     "Giai đoạn 1 \\(01/01/2022 – 31/05/2022\\) phải nằm trong thời gian của chương trình "
     "\\(08/01/2022 – 01/09/2023\\)"),
    ([PHASES[0], PhaseSpec("Giai đoạn 2", D(2022, 6, 1), D(2023, 9, 2))], "Giai đoạn 2 .* phải nằm trong"),
    ([PhaseSpec("Giai đoạn 1", D(2022, 5, 31), D(2022, 1, 8))], "Giai đoạn 1: ngày kết thúc trước ngày bắt đầu"),
    ([PhaseSpec("  ", D(2022, 1, 8), D(2022, 5, 31))], "Giai đoạn 1: hãy nhập tên"),
    ([PhaseSpec("Giai đoạn 1", None, D(2022, 5, 31))], "Giai đoạn 1: hãy nhập ngày bắt đầu và ngày kết thúc"),
])
def test_bad_phases_are_refused_naming_the_phase(phases, match):
    refused(lambda: check_phases(START, END, phases), match, "phases")


@pytest.mark.parametrize(("value", "expected"), [(None, None), ("", None), (0, 0), (75_000, 75_000)])
def test_counts_are_whole_numbers_or_nothing(value, expected):
    assert check_count(value, "target_initiatives", "chỉ tiêu sáng kiến") == expected


@pytest.mark.parametrize(("value", "match"), [
    (-1, "Chỉ tiêu sáng kiến không được âm"),
    (2.5, "Chỉ tiêu sáng kiến phải là số nguyên"),
    (10.0, "Chỉ tiêu sáng kiến phải là số nguyên"),
    ("12", "Chỉ tiêu sáng kiến phải là số nguyên"),
    (True, "Chỉ tiêu sáng kiến phải là số nguyên"),
    (100_000_001, "Chỉ tiêu sáng kiến quá lớn"),
])
def test_bad_counts_are_refused(value, match):
    refused(lambda: check_count(value, "target_initiatives", "chỉ tiêu sáng kiến"), match, "target_initiatives")


def test_a_required_count_must_be_given():
    refused(lambda: check_count(None, "initiatives", "chỉ tiêu", required=True), "Hãy nhập chỉ tiêu", "initiatives")


def test_campaign_codes_are_upper_case_and_plain():
    assert check_campaign_code(" 1trieu-sk ") == "1TRIEU-SK"
    refused(lambda: check_campaign_code(""), "Mã chương trình không được để trống", "code")
    refused(lambda: check_campaign_code("SÁNG KIẾN"), "Mã chương trình “SÁNG KIẾN” không hợp lệ", "code")


def test_status_moves_draft_open_closed_and_back_to_open_only():
    assert TRANSITIONS[CampaignStatus.DRAFT] == {CampaignStatus.OPEN}
    assert CampaignStatus.CLOSED in TRANSITIONS[CampaignStatus.OPEN]
    assert TRANSITIONS[CampaignStatus.CLOSED] == {CampaignStatus.OPEN}


def test_quota_warning_below_above_and_none_when_equal():
    assert quota_warning(75_000, 75_000) == ""
    assert quota_warning(None, 1_000) == ""
    assert quota_warning(75_000, 70_500) == (
        "Tổng chỉ tiêu đã giao (70.500) thấp hơn chỉ tiêu được giao (75.000) 4.500 sáng kiến.")
    assert quota_warning(1_000_000, 1_250_000) == (
        "Tổng chỉ tiêu đã giao (1.250.000) vượt chỉ tiêu được giao (1.000.000) 250.000 sáng kiến.")


def test_achievement_is_a_percentage_with_one_decimal_or_none_without_quota():
    assert achievement_pct(2, 3) == 66.7
    assert achievement_pct(170_324, 75_000) == 227.1
    assert achievement_pct(5, None) is None
    assert achievement_pct(5, 0) is None
