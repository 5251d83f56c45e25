"""Rules on the fields of units and people: codes, names, member counts, dates, kinds, birth years."""

from __future__ import annotations

import datetime as dt

import pytest

from uniondesk.domain.errors import InputError
from uniondesk.domain.units import (
    EARLIEST_DATE,
    MAX_MEMBERS,
    Gender,
    UnitKind,
    check_birth_year,
    check_code,
    check_date,
    check_gender,
    check_kind,
    check_members,
    check_name,
)

TODAY = dt.date(2022, 5, 31)


@pytest.mark.parametrize(("typed", "stored"), [("th", "TH"), (" cdcs-001 ", "CDCS-001"), ("A.B_C", "A.B_C"),
                                               ("x" * 40, "X" * 40)])
def test_check_code_normalises_to_upper_case(typed, stored):
    assert check_code(typed) == stored


@pytest.mark.parametrize("typed", ["", "   ", None])
def test_check_code_refuses_an_empty_code(typed):
    with pytest.raises(InputError, match="không được để trống") as info:
        check_code(typed)
    assert info.value.field == "code"


@pytest.mark.parametrize("typed", ["ĐN", "TH 01", "-TH", "x" * 41, "TH/01", "TH\n01", "mã"])
def test_check_code_refuses_other_characters(typed):
    with pytest.raises(InputError, match="không hợp lệ") as info:
        check_code(typed)
    assert info.value.field == "code"


def test_check_name_cleans_and_refuses_empty_or_long_names():
    assert check_name("  Công đoàn   cơ sở ") == "Công đoàn cơ sở"
    for empty in ["", "  \t", None]:
        with pytest.raises(InputError, match="Tên không được để trống") as info:
            check_name(empty, "full_name")
        assert info.value.field == "full_name"
    with pytest.raises(InputError, match="quá dài"):
        check_name("a" * 251)
    assert check_name("a" * 250) == "a" * 250


@pytest.mark.parametrize("value", [0, 1, 308_598, MAX_MEMBERS])
def test_check_members_accepts_counts(value):
    assert check_members(value) == value


def test_check_members_none_means_zero():
    assert check_members(None) == 0


def test_check_members_refuses_negative_counts():
    with pytest.raises(InputError, match="không được âm") as info:
        check_members(-1)
    assert info.value.field == "members"


@pytest.mark.parametrize("value", ["12", 1.5, 12.0, True, False, "abc"])
def test_check_members_refuses_what_is_not_an_integer(value):
    with pytest.raises(InputError, match="phải là một số nguyên") as info:
        check_members(value)
    assert info.value.field == "members"


def test_check_members_refuses_absurd_counts():
    with pytest.raises(InputError, match=r"20\.000\.001 quá lớn"):
        check_members(MAX_MEMBERS + 1)


def test_check_date_accepts_the_past_and_today():
    assert check_date(None, "date") is None
    assert check_date(TODAY, "date", today=TODAY) == TODAY
    assert check_date(EARLIEST_DATE, "date", today=TODAY) == EARLIEST_DATE
    assert check_date(dt.date.today(), "date") == dt.date.today()


def test_check_date_refuses_the_future():
    with pytest.raises(InputError, match="tương lai") as info:
        check_date(TODAY + dt.timedelta(days=1), "closed_on", today=TODAY)
    assert info.value.field == "closed_on"
    with pytest.raises(InputError, match="tương lai"):
        check_date(dt.date.today() + dt.timedelta(days=1), "date")


def test_check_date_refuses_dates_before_the_unions_existed():
    with pytest.raises(InputError, match="quá xa"):
        check_date(EARLIEST_DATE - dt.timedelta(days=1), "opened_on", today=TODAY)


def test_check_date_keeps_the_day_of_a_datetime_and_refuses_text():
    assert check_date(dt.datetime(2021, 4, 20, 15, 30), "date", today=TODAY) == dt.date(2021, 4, 20)
    with pytest.raises(InputError, match="Ngày không hợp lệ") as info:
        check_date("20/04/2021", "on")
    assert info.value.field == "on"


def test_check_kind_accepts_every_kind_and_refuses_others():
    for kind in UnitKind:
        assert check_kind(kind.value) is kind
    with pytest.raises(InputError, match="Loại đơn vị “district” không hợp lệ") as info:
        check_kind("district")
    assert info.value.field == "kind"
    with pytest.raises(InputError, match="Hãy chọn loại đơn vị"):
        check_kind(None)


def test_check_gender():
    assert check_gender("female") is Gender.FEMALE
    assert check_gender(None) is None and check_gender("") is None
    with pytest.raises(InputError, match="Giới tính") as info:
        check_gender("x")
    assert info.value.field == "gender"


def test_check_birth_year():
    assert check_birth_year(None) is None
    assert check_birth_year(1980, today=TODAY) == 1980
    assert check_birth_year(2008, today=TODAY) == 2008  # fourteen this year
    for year in [1899, 2009, 3000, -5]:
        with pytest.raises(InputError, match=f"Năm sinh {year} không hợp lệ") as info:
            check_birth_year(year, today=TODAY)
        assert info.value.field == "birth_year"
    for year in ["1980", 1980.0, True]:
        with pytest.raises(InputError, match="Năm sinh phải là một số nguyên"):
            check_birth_year(year)
