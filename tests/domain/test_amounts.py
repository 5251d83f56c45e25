"""Amounts in VND as officers type them, and back."""

from __future__ import annotations

import pytest

from uniondesk.domain.amounts import format_vnd, format_vnd_short, parse_vnd
from uniondesk.domain.initiatives import MAX_BENEFIT_VND


@pytest.mark.parametrize(("text", "amount"), [
    ("1234567", 1_234_567),
    ("1.234.567", 1_234_567),
    ("1 234 567", 1_234_567),
    ("1\u00a0234\u00a0567", 1_234_567),
    ("1,234,567", 1_234_567),  # an English-locale file: two comma groups cannot be a decimal
    ("1,5 tỷ", 1_500_000_000),
    ("1,5 tỉ", 1_500_000_000),
    ("1,5 ty", 1_500_000_000),
    ("1.5 tỷ", 1_500_000_000),
    ("1,5 tỷ đồng", 1_500_000_000),
    ("1.500 tỷ", 1_500_000_000_000),
    ("162 tỷ đồng", 162_000_000_000),
    ("2 triệu", 2_000_000),
    ("2tr", 2_000_000),
    ("150 nghìn", 150_000),
    ("150 ngàn", 150_000),
    ("150k", 150_000),
    ("2 triệu 500 nghìn", 2_500_000),
    ("1 tỷ 500 triệu", 1_500_000_000),
    ("1.234.567 đ", 1_234_567),
    ("1.234.567 VNĐ", 1_234_567),
    ("  1.234.567 đồng ", 1_234_567),
    ("0", 0),
    ("", 0),
    (None, 0),
    (1_234_567, 1_234_567),
    (3.0, 3),
    ("1,5 tỷ".replace("ỷ", "y\u0309"), 1_500_000_000),  # decomposed (NFD) from another keyboard tool
])
def test_accepted_amounts(text, amount):
    assert parse_vnd(text) == amount


@pytest.mark.parametrize(("text", "says"), [
    ("-5", "không được âm"),
    ("−5", "không được âm"),
    ("-1,5 tỷ", "không được âm"),
    (-5, "không được âm"),
    ("10000000000001", "quá lớn"),
    ("10.001 tỷ", "quá lớn"),
    (10**14, "quá lớn"),
    ("abc", "không phải là một số tiền"),
    ("tỷ", "không phải là một số tiền"),
    ("1..2", "không phải là một số tiền"),
    ("1,500", "không có phần thập phân"),
    ("12.34", "số đồng nguyên"),
    ("1,2345 nghìn", "số đồng nguyên"),
    (2.5, "số đồng nguyên"),
    ("500 nghìn 2 triệu", "từ lớn đến nhỏ"),
    ("đồng", "không có con số"),
    (True, "phải là một số tiền"),
    (float("nan"), "không phải là một số tiền"),
])
def test_refused_amounts_say_why_in_vietnamese(text, says):
    with pytest.raises(ValueError, match=says):
        parse_vnd(text)


def test_the_largest_amount_is_accepted():
    assert parse_vnd("10.000.000.000.000") == MAX_BENEFIT_VND
    assert parse_vnd("10.000 tỷ") == MAX_BENEFIT_VND


@pytest.mark.parametrize(("amount", "text"), [
    (1_500_000_000, "1.500.000.000"), (0, "0"), (999, "999"), (1000, "1.000"), (None, "")])
def test_format_vnd(amount, text):
    assert format_vnd(amount) == text


def test_formatted_amounts_parse_back():
    for amount in (0, 7, 1_000, 1_234_567, 162_345_678_901, MAX_BENEFIT_VND):
        assert parse_vnd(format_vnd(amount)) == amount


@pytest.mark.parametrize(("amount", "text"), [
    (1_500_000_000, "1,5 tỷ đồng"), (162_300_000_000, "162,3 tỷ đồng"), (250_000_000, "250 triệu đồng"),
    (12_345, "12,3 nghìn đồng"), (999, "999 đồng"), (0, "0 đồng")])
def test_short_form_rounds_as_prose_does(amount, text):
    assert format_vnd_short(amount) == text
