"""What real office workbooks contain, each case built as a workbook: NFD text, TCVN3 and VNI text, numbers
and amounts as text, dates in every form, stray spaces, blank rows, merged and two-row headers, title rows,
the same row twice, units by name, authors on lines of their own, totals and signatures at the end."""

from __future__ import annotations

import datetime as dt
import unicodedata

import openpyxl
import pytest
from excel_world import World, dump, row, save, simple, tcvn3, vni

from uniondesk.services.excel import ImportRefused, import_workbook, read_workbook
from uniondesk.store.models import Initiative, InitiativeAuthor, Person


@pytest.fixture
def world(office):
    return World(*office)


def plan_of(world, path):
    return read_workbook(path, world.campaign.id)


def only(plan):
    assert len(plan.rows) == 1, [(r.row, r.errors) for r in plan.rows]
    assert plan.rows[0].errors == [], plan.rows[0].errors
    return plan.rows[0].data


def test_decomposed_text_is_stored_composed_and_recognised_on_reimport(world, tmp_path):
    nfd = lambda text: unicodedata.normalize("NFD", text)  # noqa: E731
    decomposed = simple([row(title=nfd("Tiết kiệm điện ở bếp ăn tập thể"), authors=nfd("Nguyễn Văn An"),
                             unit=nfd("Công đoàn Trường THCS Pù Nhi"), field=nfd("Giải pháp quản lý"),
                             status=nfd("Đã áp dụng"))], tmp_path / "nfd.xlsx")
    data = only(plan_of(world, decomposed))
    assert data.title == "Tiết kiệm điện ở bếp ăn tập thể" and unicodedata.is_normalized("NFC", data.title)
    assert (data.unit_id, data.field, data.status) == (world.school.id, "management", "applied")
    assert data.authors[0].person_id == world.an.id  # the known person, matched through the NFD name
    import_workbook(world.actor, world.campaign.id, decomposed)
    composed = simple([row(title="Tiết kiệm điện ở bếp ăn tập thể", status="Đã áp dụng")], tmp_path / "nfc.xlsx")
    result = import_workbook(world.actor, world.campaign.id, composed)
    assert (result.imported, result.unchanged) == (0, 1)


@pytest.mark.parametrize("encode", [tcvn3, vni], ids=["TCVN3", "VNI"])
def test_legacy_encoded_cells_are_converted(world, tmp_path, encode):
    path = simple([row(unit=encode("Công đoàn Điện lực Ngọc Lặc"), title=encode("Sáng kiến tiết kiệm điện năng"),
                       authors=encode("Trần Văn Cường: 70%; Lê Thị Bình: 30%"), field=encode("Giải pháp quản lý"),
                       status=encode("Đã áp dụng"))], tmp_path / "legacy.xlsx")
    data = only(plan_of(world, path))
    assert data.title == "Sáng kiến tiết kiệm điện năng"
    assert (data.unit_id, data.field, data.status) == (world.power.id, "management", "applied")
    assert [(a.full_name, a.share_pct) for a in data.authors] == [("Trần Văn Cường", 70.0), ("Lê Thị Bình", 30.0)]


def test_the_literal_mojibake_of_old_files(world, tmp_path):
    """Text exactly as it shows when an old .xls is opened without its fonts."""
    path = simple([row(title="S¸ng kiÕn c¶i tiÕn m¸y c¾t", authors="NguyÔn V¨n An"),
                   row(2, title="Saùng kieán tieát kieäm ñieän", authors="Leâ Thò Bình")], tmp_path / "old.xlsx")
    plan = plan_of(world, path)
    assert [r.data.title for r in plan.rows] == ["Sáng kiến cải tiến máy cắt", "Sáng kiến tiết kiệm điện"]
    assert plan.rows[0].data.authors[0].person_id == world.an.id
    assert plan.rows[1].data.authors[0].full_name == "Lê Thị Bình"


def test_good_unicode_that_looks_latin1_is_left_alone(world, tmp_path):
    path = simple([row(title="Tài chính công đoàn: báo cáo Cà Mau", authors="Hoà Bình")], tmp_path / "u.xlsx")
    data = only(plan_of(world, path))
    assert (data.title, data.authors[0].full_name) == ("Tài chính công đoàn: báo cáo Cà Mau", "Hoà Bình")


@pytest.mark.parametrize(("cell", "amount"), [
    ("1.500.000", 1_500_000), ("1 500 000", 1_500_000), ("1\u00a0500\u00a0000 đ", 1_500_000),
    ("1,5 tỷ", 1_500_000_000), ("2 triệu", 2_000_000), ("  3.000.000 đồng ", 3_000_000), (2_500_000, 2_500_000),
    (2_500_000.0, 2_500_000), ("", 0), (None, 0),
])
def test_amounts_as_offices_write_them(world, tmp_path, cell, amount):
    data = only(plan_of(world, simple([row(benefit=cell)], tmp_path / "a.xlsx")))
    assert data.benefit_vnd == amount


def test_dates_as_text_serial_numbers_and_real_dates(world, tmp_path):
    serial = (dt.date(2022, 3, 15) - dt.date(1899, 12, 30)).days  # Excel's day number, no date format
    rows = [row(1, title="Một", registered="15/03/2022", applied="1/4/22"),
            row(2, title="Hai", registered=serial, applied=dt.datetime(2022, 4, 1)),
            row(3, title="Ba", registered="15-03-2022", applied="2022-04-01"),
            row(4, title="Bốn", registered=" 15.03.2022 ", applied=dt.date(2022, 4, 1))]
    plan = plan_of(world, simple(rows, tmp_path / "d.xlsx"))
    assert [(r.data.registered_on, r.data.applied_on) for r in plan.rows] == [
        (dt.date(2022, 3, 15), dt.date(2022, 4, 1))] * 4


def test_bad_dates_and_amounts_are_reported_per_cell(world, tmp_path):
    rows = [row(1, registered="31/02/2022"), row(2, title="Hai", applied="hôm qua"),
            row(3, title="Ba", benefit="một triệu"), row(4, title="Bốn", registered="15/03/2099")]
    plan = plan_of(world, simple(rows, tmp_path / "bad.xlsx"))
    assert [(e.row, e.cell) for e in plan.errors] == [(2, "G2"), (3, "H3"), (4, "F4"), (5, "G5")]
    assert "không tồn tại" in plan.errors[0].message and "ngày/tháng/năm" in plan.errors[1].message
    assert "số tiền" in plan.errors[2].message


def test_stray_spaces_blank_rows_numbering_totals_and_signatures(world, tmp_path):
    rows = [[None] * 9, ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)"],
            row(1, unit="  th.ml.01 ", title="  Cải   tiến  bảng   điểm ", authors=" Nguyễn  Văn An ;  Lê Thị Bình "),
            [None] * 9, ["", "  ", None, "", None, "", "", "", ""],
            row(2, title="Sổ tay công đoàn số", unit="TH.ML.01"),
            [None, "Tổng cộng", None, None, None, 2_000_000],
            [], [None, "Người lập biểu", None, None, "Thủ trưởng đơn vị"]]
    plan = plan_of(world, simple(rows, tmp_path / "s.xlsx"))
    assert [r.row for r in plan.rows] == [4, 7]
    first = plan.rows[0].data
    assert (first.unit_id, first.title) == (world.school.id, "Cải tiến bảng điểm")
    assert [(a.person_id, a.full_name, a.share_pct) for a in first.authors] == [
        (world.an.id, None, None), (None, "Lê Thị Bình", None)]  # no shares given: equal parts


def test_title_rows_above_a_two_row_header_with_merged_cells(world, tmp_path):
    before = [["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"], ["Độc lập - Tự do - Hạnh phúc"], [],
              ["DANH SÁCH SÁNG KIẾN ĐĂNG KÝ THAM GIA CHƯƠNG TRÌNH “1 TRIỆU SÁNG KIẾN”"],
              ["Đơn vị: LĐLĐ huyện Mường Lát"], [],
              ["STT", "Đơn vị", "Tên sáng kiến,\ngiải pháp", "Tác giả\n(Họ tên: tỷ lệ %)", "Giá trị làm lợi\n(đồng)",
               "Ngày", None, "Ghi chú"],
              [None, None, None, None, None, "Đăng ký", "Áp dụng", None]]
    merges = ["A1:H1", "A4:H4", "A7:A8", "B7:B8", "C7:C8", "D7:D8", "E7:E8", "F7:G7", "H7:H8"]
    rows = [[1, "TH.ML.01", "Bảng điểm điện tử", "Nguyễn Văn An: 50%; Lê Thị Bình: 50%", "12.000.000", "01/03/2022",
             "15/03/2022", "Đã triển khai"]]
    plan = plan_of(world, save(rows, tmp_path / "m.xlsx", before=before, merges=merges))
    assert plan.header_row == 8
    assert {k: plan.columns[k] for k in ("unit", "title", "authors", "benefit", "registered_on", "applied_on")} == {
        "unit": 2, "title": 3, "authors": 4, "benefit": 5, "registered_on": 6, "applied_on": 7}
    data = only(plan)
    assert (data.benefit_vnd, data.registered_on, data.applied_on) == (12_000_000, dt.date(2022, 3, 1),
                                                                         dt.date(2022, 3, 15))


def test_authors_on_lines_of_their_own_under_merged_cells(world, tmp_path):
    rows = [row(1, title="Máy bơm nước tự động", authors="Nguyễn Văn An: 50%"),
            [None, None, None, None, "Lê Thị Bình: 30%"], [None, None, None, None, "Phạm Thị Dung: 20%"],
            row(2, title="Bảng tin điện tử", authors="Trần Văn Cường")]
    plan = plan_of(world, simple(rows, tmp_path / "c.xlsx", merges=["A2:A4", "B2:B4", "C2:C4"]))
    assert [len(r.data.authors) for r in plan.rows] == [3, 1]
    assert [a.share_pct for a in plan.rows[0].data.authors] == [50.0, 30.0, 20.0]


def test_the_same_row_twice_is_flagged_and_valid_only_imports_it_once(world, tmp_path):
    same = row(title="Cải tiến quy trình chấm bài")
    path = simple([same, row(2, title="Bảng tin điện tử"), [3, *same[1:]]], tmp_path / "twice.xlsx")
    plan = plan_of(world, path)
    assert [r.state for r in plan.rows] == ["valid", "valid", "invalid"]
    assert "Trùng với dòng 2" in plan.rows[2].errors[0].message
    before = dump()
    with pytest.raises(ImportRefused):
        import_workbook(world.actor, world.campaign.id, path)
    assert dump() == before
    result = import_workbook(world.actor, world.campaign.id, path, valid_only=True)
    assert (result.imported, result.invalid) == (2, 1)
    assert Initiative.select().where(Initiative.title == "Cải tiến quy trình chấm bài").count() == 1


def test_units_by_name_without_accents_and_ambiguous_names(world, tmp_path):
    rows = [row(1, unit="cong doan dien luc ngoc lac", title="Một"),
            row(2, unit="Trường THCS Pù Nhi", title="Hai"),  # without "Công đoàn"
            row(3, unit="LĐLĐ huyện Mường Lát - TH.ML", title="Ba"),
            row(4, unit="Công đoàn Trường Tiểu học Quang Trung", title="Bốn"),
            row(5, unit="Công đoàn Trường Mầm non Hoa Sen", title="Năm"),
            row(6, unit="TH.ML.02", title="Sáu")]
    plan = plan_of(world, simple(rows, tmp_path / "u.xlsx"))
    assert [r.data.unit_id if r.data else None for r in plan.rows] == [
        world.power.id, world.school.id, world.muong_lat.id, None, None, world.twin_a.id]
    ambiguous = plan.rows[3].errors[0]
    assert ambiguous.cell == "B5" and "Có 2 đơn vị cùng tên" in ambiguous.message
    assert "[TH.ML.02] thuộc LĐLĐ huyện Mường Lát" in ambiguous.message and "[TH.NL.02]" in ambiguous.message
    assert "Không tìm thấy đơn vị “Công đoàn Trường Mầm non Hoa Sen”" in plan.rows[4].errors[0].message


def test_choices_without_accents_and_refused_choices(world, tmp_path):
    rows = [row(1, field="giai phap ky thuat", status="da cong nhan"),
            row(2, title="Hai", field="Kỹ thuật", status="Đã đăng ký"),
            row(3, title="Ba", field="Văn nghệ", status="Đang làm")]
    plan = plan_of(world, simple(rows, tmp_path / "c.xlsx"))
    assert [(r.data.field, r.data.status) for r in plan.rows[:2]] == [("technical", "recognised"),
                                                                      ("technical", "registered")]
    assert [e.cell for e in plan.rows[2].errors] == ["D4", "I4"]
    assert "Giải pháp kỹ thuật; Giải pháp quản lý" in plan.rows[2].errors[0].message


def test_a_row_lists_every_problem_it_has(world, tmp_path):
    rows = [row(1, unit="", title="", authors="Nguyễn Văn An: 70%; Lê Thị Bình: 10%", benefit="-1")]
    plan = plan_of(world, simple(rows, tmp_path / "e.xlsx"))
    assert sorted(e.column for e in plan.rows[0].errors) == ["authors", "benefit", "title", "unit"]


def test_a_collective_author_and_a_sheet_from_another_program(world, tmp_path):
    """A sheet named otherwise, with the columns in another order and a different header wording."""
    header = ["Tên sáng kiến", "Số tiền làm lợi", "Tác giả, đồng tác giả", "Mã đơn vị", "Bảo mật"]
    path = save([["Quy trình kiểm tra công tơ", 5_000_000, "Tập thể", "TH.NL.01", "x"]], tmp_path / "o.xlsx",
                sheet_title="DS SK 2022", before=[header])
    result = import_workbook(world.actor, world.campaign.id, path)
    assert result.imported == 1
    initiative = Initiative.get_by_id(result.ids[0])
    assert initiative.confidential and initiative.benefit_vnd == 5_000_000
    author = InitiativeAuthor.get(InitiativeAuthor.initiative == initiative)
    assert (author.author_unit_id, author.person_id, author.share_bp) == (world.power.id, None, 10_000)


def test_new_authors_named_twice_in_a_file_become_one_person(world, tmp_path):
    rows = [row(1, title="Một", authors="Phạm Thị Dung"), row(2, title="Hai", authors="Phạm  thị Dung")]
    import_workbook(world.actor, world.campaign.id, simple(rows, tmp_path / "p.xlsx"))
    assert Person.select().where(Person.unit == world.school).count() == 2  # An, and Dung once


def test_a_wrong_used_range_does_not_hide_rows(world, tmp_path):
    """Some programs write a <dimension> of A1:A1; read-only mode would stop after the header."""
    path = simple([row(1), row(2, title="Hai")], tmp_path / "dim.xlsx")
    workbook = openpyxl.load_workbook(path)
    workbook.save(path)
    import zipfile

    with zipfile.ZipFile(path) as package:
        files = {name: package.read(name) for name in package.namelist()}
    sheet = files["xl/worksheets/sheet1.xml"].decode()
    start = sheet.index("<dimension ref=\"") + len("<dimension ref=\"")
    files["xl/worksheets/sheet1.xml"] = (sheet[:start] + "A1:A1" + sheet[sheet.index('"', start):]).encode()
    with zipfile.ZipFile(path, "w") as package:
        for name, content in files.items():
            package.writestr(name, content)
    assert len(plan_of(world, path).rows) == 2

