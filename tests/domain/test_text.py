"""Vietnamese text: folding for search, stored form, number and date formats, dictionary order."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from uniondesk.domain.text import clean, fold, format_date, format_int, parse_count, parse_date, vi_compare, vi_sort_key


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


@pytest.mark.parametrize(
    ("text", "folded"),
    [
        ("Thanh Hóa", "thanh hoa"),
        ("Điện", "dien"),
        ("điện lực", "dien luc"),
        ("SÁNG KIẾN", "sang kien"),
        ("Nghiệp đoàn  Nghề cá", "nghiep doan nghe ca"),
        ("  Mường   Lát ", "muong lat"),
        ("Ưu tiên ở Ứng Hòa", "uu tien o ung hoa"),
        ("", ""),
        (None, ""),
    ],
)
def test_fold_removes_diacritics_and_case(text, folded):
    assert fold(text) == folded


def test_fold_gives_the_same_for_decomposed_input():
    for word in ["Thanh Hóa", "Điện Biên", "Lao động sáng tạo", "Quảng Ngãi", "Bắc Kạn"]:
        assert fold(nfd(word)) == fold(word)
        assert nfd(word) != word or word.isascii()


def test_clean_stores_nfc_with_single_spaces():
    decomposed = nfd("  Liên đoàn   Lao động\ttỉnh  Thanh Hóa\n")
    cleaned = clean(decomposed)
    assert cleaned == "Liên đoàn Lao động tỉnh Thanh Hóa"
    assert unicodedata.is_normalized("NFC", cleaned)
    assert clean("\u00a0An\u00a0") == "An"
    assert clean(None) == "" and clean("   ") == ""


def test_clean_and_fold_drop_invisible_characters_pasted_along():
    pasted = "\ufeffCông\u200b đoàn\u00ad cơ sở\u2060"
    assert clean(pasted) == "Công đoàn cơ sở"
    assert fold(pasted) == "cong doan co so"


def test_fold_reads_the_eth_of_legacy_conversions_as_d():
    assert fold("ÐIỆN LỰC") == fold("ĐIỆN LỰC") == "dien luc"


@pytest.mark.parametrize(
    ("value", "shown"),
    [(0, "0"), (7, "7"), (999, "999"), (1000, "1.000"), (1234567, "1.234.567"), (308_598, "308.598"),
     (162_000_000_000, "162.000.000.000"), (-1234, "-1.234"), (None, "")],
)
def test_format_int_uses_dots_for_thousands(value, shown):
    assert format_int(value) == shown


def test_format_date_is_dd_mm_yyyy():
    assert format_date(dt.date(2021, 4, 20)) == "20/04/2021"
    assert format_date(dt.date(2022, 5, 31)) == "31/05/2022"
    assert format_date(dt.date(999, 1, 2)) == "02/01/0999"
    assert format_date(None) == ""


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("20/04/2021", dt.date(2021, 4, 20)),
        ("1/2/2021", dt.date(2021, 2, 1)),
        ("10/3/21", dt.date(2021, 3, 10)),
        ("31/12/99", dt.date(1999, 12, 31)),
        ("31.05.2022", dt.date(2022, 5, 31)),
        ("28-07-1929", dt.date(1929, 7, 28)),
        ("  29/02/2024 ", dt.date(2024, 2, 29)),
    ],
)
def test_parse_date_accepts_vietnamese_forms(text, day):
    assert parse_date(text) == day


def test_parse_date_round_trips_format_date():
    day = dt.date(2023, 1, 9)
    assert parse_date(format_date(day)) == day


@pytest.mark.parametrize("text", ["", "   ", "2021-04-20", "20/04", "abc", "20/04/2021x", "1-2/2021", "20/04/202",
                                  "٢٠/٠٤/٢٠٢١"])
def test_parse_date_refuses_other_shapes_in_vietnamese(text):
    with pytest.raises(ValueError, match="Ngày không hợp lệ"):
        parse_date(text)


@pytest.mark.parametrize("text", ["31/04/2021", "29/02/2023", "0/1/2021", "12/13/2021"])
def test_parse_date_refuses_days_that_do_not_exist(text):
    with pytest.raises(ValueError, match="Ngày không tồn tại"):
        parse_date(text)


def test_parse_date_quotes_what_was_typed():
    with pytest.raises(ValueError, match="^Ngày không tồn tại: “31/02/2021”.$"):
        parse_date("  31/02/2021 ")


def test_parse_date_none_is_refused_with_a_message():
    with pytest.raises(ValueError, match="Ngày không hợp lệ"):
        parse_date(None)


@pytest.mark.parametrize(
    ("text", "value"),
    [("0", 0), ("1234", 1234), ("1.234", 1234), ("1 234", 1234), ("1\u00a0234", 1234), ("308.598", 308598),
     (" 1.234.567 ", 1234567), ("007", 7)],
)
def test_parse_count_reads_grouped_numbers(text, value):
    assert parse_count(text) == value


def test_parse_count_refuses_negative_numbers():
    with pytest.raises(ValueError, match="không được âm"):
        parse_count("-3")


@pytest.mark.parametrize("text", ["abc", "1,5", "12.34", "1.23.456", "1..234", "3.5", "²", "１２", "1e3", "+5"])
def test_parse_count_refuses_what_is_not_a_whole_number(text):
    with pytest.raises(ValueError, match="không phải là một số nguyên không âm"):
        parse_count(text)


@pytest.mark.parametrize("text", ["", "  ", None])
def test_parse_count_asks_for_a_number_when_empty(text):
    with pytest.raises(ValueError, match="Hãy nhập một số"):
        parse_count(text)


def test_vi_sort_key_follows_the_vietnamese_alphabet():
    words = ["Hà", "Bắc", "Điện", "An", "Đà", "Ba", "Ân", "Cao", "Dung", "Ông", "Ơn", "Ổ", "Ưng", "Uy", "Yên"]
    expected = ["An", "Ân", "Ba", "Bắc", "Cao", "Dung", "Đà", "Điện", "Hà", "Ổ", "Ông", "Ơn", "Uy", "Ưng", "Yên"]
    assert sorted(words, key=vi_sort_key) == expected


def test_tones_only_break_ties():
    # Letters decide first: "Hòa" sorts with "Hoa" and before "Hoan", whatever the tone.
    assert sorted(["Hoan", "Hòa", "Hz", "Hoa"], key=vi_sort_key) == ["Hoa", "Hòa", "Hoan", "Hz"]
    assert sorted(["Hóa", "Hoa", "Hòa"], key=vi_sort_key) == ["Hoa", "Hòa", "Hóa"]
    # Dictionary order of tones: none, huyền, hỏi, ngã, sắc, nặng.
    assert sorted(["má", "mạ", "mã", "mà", "ma", "mả"], key=vi_sort_key) == ["ma", "mà", "mả", "mã", "má", "mạ"]


def test_vi_sort_key_ignores_case_and_normalisation():
    assert vi_sort_key("thanh hóa") == vi_sort_key("THANH HÓA") == vi_sort_key(nfd("Thanh Hóa"))
    # Stacked marks: the letter mark (breve, circumflex, horn) is a letter, the tone a tie-break.
    assert vi_sort_key(nfd("Bắc"))[0] == vi_sort_key("Băc")[0]
    assert vi_sort_key("Lợi")[0] == vi_sort_key("Lơi")[0]
    assert vi_sort_key("Lợi") > vi_sort_key("Lơi")


def test_spaces_digits_and_punctuation_sort_before_letters():
    assert sorted(["An Bình", "An", "Anh", "An 2", "A"], key=vi_sort_key) == ["A", "An", "An 2", "An Bình", "Anh"]


def test_vi_compare_is_a_three_way_comparison():
    assert vi_compare("Ân", "An") == 1
    assert vi_compare("An", "Ân") == -1
    assert vi_compare("an", "AN") == 0
    assert vi_compare(None, "") == 0


def _fold_by_character(text):
    """The plain definition of folding, one character at a time: the fast path must agree with it."""
    import re
    import unicodedata

    table = str.maketrans({"đ": "d", "Đ": "d", "Ð": "d", "ð": "d", "\u200b": None, "\u2060": None,
                           "\ufeff": None, "\u00ad": None})
    decomposed = unicodedata.normalize("NFD", text.translate(table))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return re.sub(r"\s+", " ", stripped).strip().lower()


@given(st.text())
def test_fold_agrees_with_folding_character_by_character(text):
    assert fold(text) == _fold_by_character(text)


# Vietnamese letters, the marks NFD gives them, eth, spaces of all kinds, invisible characters, a mark
# outside Vietnamese (U+034F has no combining class) and other scripts: every branch of the fast paths.
_MIXED = st.text(alphabet="aăâeêioôơuưyđĐÐð AÁÀẢÃẠ\t\n\u00a0\u2003\u200b\u00ad\ufeff\u0301\u0303\u034f\u0300zİЖ中",
                 max_size=20)


@given(st.one_of(st.text(), _MIXED))
def test_fold_fast_paths_agree_with_the_plain_definition(text):
    assert fold(text) == _fold_by_character(text)


@given(st.one_of(st.text(), _MIXED))
def test_clean_agrees_with_its_plain_definition(text):
    import re

    plain = unicodedata.normalize("NFC", text.translate(dict.fromkeys(map(ord, "\u200b\u2060\ufeff\u00ad"))))
    assert clean(text) == re.sub(r"\s+", " ", plain).strip()
