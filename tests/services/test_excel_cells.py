"""Cell parsing and header finding on plain values: no database, no workbook."""

from __future__ import annotations

import datetime as dt

import pytest

from uniondesk.services.excel import cells
from uniondesk.services.excel.columns import match_header
from uniondesk.services.excel.rows import FIELDS, STATUSES
from uniondesk.services.excel.table import data_rows, find_header


@pytest.mark.parametrize(("text", "expected"), [
    ("Nguyễn Văn An", [("Nguyễn Văn An", None)]),
    ("Nguyễn Văn An: 60%; Lê Thị Bình: 40%", [("Nguyễn Văn An", 60.0), ("Lê Thị Bình", 40.0)]),
    ("Nguyễn Văn An: 60; Lê Thị Bình - 40", [("Nguyễn Văn An", 60.0), ("Lê Thị Bình", 40.0)]),
    ("An (33,3%), Bình (33,3%), Cường (33,4%)", [("An", 33.3), ("Bình", 33.3), ("Cường", 33.4)]),
    ("Ông Trần Văn Cường 70 %\nBà Phạm Thị Dung 30 %", [("Trần Văn Cường", 70.0), ("Phạm Thị Dung", 30.0)]),
    ("Tổ 3", [("Tổ 3", None)]),  # a number in a name is not a share
    ("Tập thể", [(None, None)]),
    ("TẬP THỂ: 50%; Lê Thị Bình: 50%", [(None, 50.0), ("Lê Thị Bình", 50.0)]),
])
def test_authors(text, expected):
    assert cells.authors(text) == expected


@pytest.mark.parametrize("text", ["", "  ", ";", ": 60%"])
def test_authors_missing(text):
    with pytest.raises(ValueError, match="tác giả"):
        cells.authors(text)


def test_amounts_and_their_limits():
    assert cells.amount("1.500.000") == 1_500_000 and cells.amount("25") == 25
    assert cells.amount("10.000.000.000.000") == 10**13
    with pytest.raises(ValueError, match="quá lớn"):
        cells.amount("10.000.000.000.001")
    with pytest.raises(ValueError, match="không được âm"):
        cells.amount(-5)
    with pytest.raises(ValueError):
        cells.amount(True)


def test_dates_refused_with_reasons():
    assert cells.date(44635) == dt.date(2022, 3, 15)
    assert cells.date(1462, epoch=dt.datetime(1904, 1, 1)) == dt.date(1908, 1, 2)  # a Mac workbook
    for value, reason in ((0, "không phải là một ngày"), ("2022-02-30", "không tồn tại"), ("15/3", "ngày/tháng/năm")):
        with pytest.raises(ValueError, match=reason):
            cells.date(value)


def test_flags_and_choices():
    assert [cells.flag(v) for v in ("Có", "x", "KHÔNG", None, True, "1")] == [True, True, False, False, True, True]
    with pytest.raises(ValueError, match="Có"):
        cells.flag("có lẽ")
    assert [FIELDS(v) for v in ("ung dung tien bo ky thuat", "technical", "Quản lý")] == [
        "applied_technology", "technical", "management"]
    assert STATUSES("  ĐÃ ÁP DỤNG ") == "applied" and STATUSES("") is None


def test_text_cells():
    assert cells.text("  Cải   tiến\n quy trình ") == "Cải tiến quy trình"
    assert cells.text(12.0) == "12" and cells.text(dt.datetime(2022, 3, 15, 8)) == "15/03/2022"
    assert cells.text("Ng\xadêi lao ®éng") == "Người lao động"  # TCVN3, its ư a soft hyphen


@pytest.mark.parametrize(("header", "key"), [
    ("Tên sáng kiến *", "title"), ("TÊN SÁNG KIẾN, GIẢI PHÁP", "title"), ("Giá trị làm lợi\n(đồng)", "benefit"),
    ("Đơn vị (mã hoặc tên)", "unit"), ("Mã đơn vị", "unit_code"), ("Ngày áp dụng lần đầu", "applied_on"),
    ("Danh sách sáng kiến", None), (None, None), (12, None),
])
def test_headers(header, key):
    assert match_header(header) == key


def test_the_header_is_the_row_naming_most_columns_and_data_follows():
    rows = [(1, ("DANH SÁCH SÁNG KIẾN",)), (2, ("Tên sáng kiến: xem dưới",)),
            (3, ("STT", "Tên sáng kiến", "Đơn vị", "Tác giả")), (4, ("(1)", "(2)", "(3)", "(4)")),
            (5, (1, "Một", "TH", "An")), (6, (None, None, None, "Bình")), (7, (None, "Tổng cộng", None, None)),
            (8, (2, "Hai", "TH", "Cường"))]
    table = find_header(rows[:5], "Sheet1")
    assert (table.header_row, table.columns) == (3, {"seq": 0, "title": 1, "unit": 2, "authors": 3})
    found = list(data_rows(table, iter(rows[3:])))
    assert [(number, values["title"], values["authors"]) for number, values in found] == [
        (5, "Một", "An; Bình"), (8, "Hai", "Cường")]
