"""The quota sheet: export, edit in a spreadsheet, import; every bad sheet refused whole, nothing changed."""

from __future__ import annotations

import datetime as dt
import os
import re
import zipfile
from pathlib import Path

import openpyxl
import pytest

from uniondesk.domain.errors import EnvironmentFault, InputError
from uniondesk.services import quotas, units
from uniondesk.services.campaigns import create_campaign
from uniondesk.services.quota_sheet import (
    HEADER,
    QuotaSheetError,
    SHEET_TITLE,
    import_quota_sheet,
    read_quota_sheet,
    write_quota_sheet,
)
from uniondesk.services.quotas import Allocation
from uniondesk.store.db import database
from uniondesk.store.models import Quota

HEADER_ROW = 9


def dump() -> str:
    return "\n".join(database.connection().iterdump())


class Setup:
    """A province with three districts (one closed), a grassroots union below one, and a campaign."""

    def __init__(self, actor, home):
        self.actor, self.home = actor, home

        def add(code, name, kind, parent):
            return units.add_unit(actor, code=code, name=name, kind=kind, parent_id=parent.id, members=100)
        self.muong_lat = add("TH.ML", "LĐLĐ huyện Mường Lát", "upper", home)
        self.ngoc_lac = add("TH.NL", "LĐLĐ huyện Ngọc Lặc", "upper", home)
        self.old = add("TH.CU", "LĐLĐ huyện Đông Sơn cũ", "upper", home)
        units.close_unit(actor, self.old.id, dt.date(2021, 1, 1))
        self.grassroots = add("TH.ML.0001", "Công đoàn Trường Tiểu học Pù Nhi", "grassroots", self.muong_lat)
        self.campaign = create_campaign(
            actor, code="1TSK-2022", name="1 triệu sáng kiến – nỗ lực vượt khó, sáng tạo", kind="initiatives",
            organiser_id=home.id, start_on=dt.date(2022, 1, 8), end_on=dt.date(2023, 9, 1),
            target_initiatives=5000)

    def export(self, path: Path, parent=None) -> Path:
        return write_quota_sheet(self.campaign.id, (parent or self.home).id, path)

    def import_(self, path: Path, parent=None):
        return import_quota_sheet(self.actor, self.campaign.id, (parent or self.home).id, path)

    def quota(self, unit) -> tuple[int | None, int | None] | None:
        row = Quota.get_or_none((Quota.campaign == self.campaign) & (Quota.unit == unit) & (Quota.deleted == False))  # noqa: E712
        return (row.initiatives, row.members) if row else None


@pytest.fixture
def setup(office) -> Setup:
    return Setup(*office)


def build_sheet(path: Path, rows: list[tuple], header: tuple = HEADER, campaign_code: str = "1TSK-2022",
                parent_code: str = "TH") -> Path:
    """A sheet made by hand (not by ``write_quota_sheet``), shaped like the one the program exports."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = SHEET_TITLE
    sheet["A1"] = "BẢNG GIAO CHỈ TIÊU"
    sheet["A3"], sheet["B3"] = "Mã chương trình:", campaign_code
    sheet["A5"], sheet["B5"] = "Mã đơn vị giao:", parent_code
    for col, title in enumerate(header, start=1):
        sheet.cell(HEADER_ROW, col, title)
    for offset, row in enumerate(rows, start=1):
        for col, value in enumerate(row, start=1):
            sheet.cell(HEADER_ROW + offset, col, value)
    workbook.save(path)
    return path


# --- writing ----------------------------------------------------------------------------------------------

def test_export_lists_the_live_children_with_their_quotas(setup, tmp_path):
    quotas.allocate(setup.actor, setup.campaign.id, setup.home.id, [Allocation(setup.muong_lat.id, 1200, 900)])
    path = setup.export(tmp_path / "chỉ tiêu tỉnh.xlsx")
    sheet = openpyxl.load_workbook(path)[SHEET_TITLE]
    assert "1 triệu sáng kiến – nỗ lực vượt khó, sáng tạo" in sheet["A1"].value
    assert sheet["B3"].value == "1TSK-2022" and sheet["B4"].value == "LĐLĐ tỉnh Thanh Hóa"
    assert sheet["B6"].value == "5.000 sáng kiến"
    assert "số nguyên không âm" in sheet["B7"].value
    assert tuple(c.value for c in sheet[HEADER_ROW]) == HEADER
    data = [tuple(c.value for c in row) for row in sheet.iter_rows(min_row=HEADER_ROW + 1)]
    assert data == [(1, "TH.ML", "LĐLĐ huyện Mường Lát", 1200, 900), (2, "TH.NL", "LĐLĐ huyện Ngọc Lặc", None, None)]
    assert not list(tmp_path.glob(".~*")), "no temporary file left behind"
    assert path.stat().st_mode & 0o777 == 0o644, "readable by the colleagues it is sent to"


def test_export_protects_everything_but_the_quota_cells(setup, tmp_path):
    sheet = openpyxl.load_workbook(setup.export(tmp_path / "q.xlsx"))[SHEET_TITLE]
    assert sheet.protection.sheet
    assert sheet.cell(HEADER_ROW, 4).protection.locked and sheet.cell(HEADER_ROW + 1, 2).protection.locked
    assert not sheet.cell(HEADER_ROW + 1, 4).protection.locked
    assert not sheet.cell(HEADER_ROW + 2, 5).protection.locked
    assert sheet.freeze_panes == f"A{HEADER_ROW + 1}"
    assert sheet.column_dimensions["C"].width > sheet.column_dimensions["A"].width
    [check] = sheet.data_validations.dataValidation
    assert (check.type, check.operator, check.formula1) == ("whole", "greaterThanOrEqual", "0")
    assert str(check.sqref) == f"D{HEADER_ROW + 1}:E{HEADER_ROW + 2}"


def test_round_trip_export_edit_import(setup, tmp_path):
    quotas.allocate(setup.actor, setup.campaign.id, setup.home.id, [Allocation(setup.ngoc_lac.id, 300)])
    path = setup.export(tmp_path / "q.xlsx")
    workbook = openpyxl.load_workbook(path)
    sheet = workbook[SHEET_TITLE]
    sheet.cell(HEADER_ROW + 1, 4).value = "1.234"  # typed with the Vietnamese thousands dot, kept as text
    sheet.cell(HEADER_ROW + 1, 5).value = 2500.0  # whole float, as Excel stores numbers
    sheet.cell(HEADER_ROW + 2, 4).value = None  # blank: Ngọc Lặc's quota goes
    workbook.save(path)
    overview = setup.import_(path)
    assert setup.quota(setup.muong_lat) == (1234, 2500)
    assert setup.quota(setup.ngoc_lac) is None
    assert overview.allocated == 1234 and overview.left == 5000 - 1234
    before = dump()
    setup.import_(path)
    assert dump() == before, "importing the same sheet again changes nothing, not even versions"


def test_numbers_written_every_usual_way_are_accepted(setup, tmp_path):
    path = build_sheet(tmp_path / "q.xlsx", [(1, "TH.ML", "", "1 234", "15"), (2, "th.nl", "", 12.0, " 3.500 ")])
    allocations = read_quota_sheet(setup.campaign.id, setup.home.id, path)
    assert allocations == [Allocation(setup.muong_lat.id, 1234, 15), Allocation(setup.ngoc_lac.id, 12, 3500)]


def test_a_lower_unit_exports_and_imports_its_own_children(setup, tmp_path):
    path = setup.export(tmp_path / "ml.xlsx", parent=setup.muong_lat)
    workbook = openpyxl.load_workbook(path)
    workbook[SHEET_TITLE].cell(HEADER_ROW + 1, 4).value = 40
    workbook.save(path)
    setup.import_(path, parent=setup.muong_lat)
    assert setup.quota(setup.grassroots) == (40, None)


def test_export_onto_a_folder_is_an_environment_fault(setup, tmp_path):
    target = tmp_path / "q.xlsx"
    target.mkdir()
    with pytest.raises(EnvironmentFault, match="thư mục"):
        setup.export(target)


def test_export_over_a_file_locked_by_excel_keeps_the_old_file(setup, tmp_path, monkeypatch):
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "q.xlsx"
    target.write_bytes(b"old sheet")

    def locked(*_):
        raise PermissionError(13, "The process cannot access the file because it is being used")
    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(EnvironmentFault, match="đang được mở"):
        setup.export(target)
    assert target.read_bytes() == b"old sheet"
    assert list(target.parent.iterdir()) == [target], "the temporary file is removed"


def test_export_to_a_missing_folder_or_a_wrong_name_is_refused(setup, tmp_path):
    with pytest.raises(EnvironmentFault, match="không tồn tại"):
        setup.export(tmp_path / "usb" / "q.xlsx")
    with pytest.raises(InputError, match=".xlsx"):
        setup.export(tmp_path / "q.xls")


def test_a_unit_outside_the_organisers_subtree_gets_no_sheet(setup, tmp_path):
    other = units.add_unit(setup.actor, code="NA", name="LĐLĐ tỉnh Nghệ An", kind="provincial")
    with pytest.raises(InputError, match="phạm vi"):
        setup.export(tmp_path / "q.xlsx", parent=other)


# --- refused sheets ---------------------------------------------------------------------------------------

def refused(setup, path: Path, parent=None) -> QuotaSheetError:
    before = dump()
    with pytest.raises(QuotaSheetError) as caught:
        setup.import_(path, parent)
    assert dump() == before, "a refused sheet changes nothing"
    return caught.value


def ole_file(path: Path, encrypted: bool) -> Path:
    """The start of a compound document: what Excel writes for .xls files and for password-protected
    .xlsx files (whose directory names an "EncryptionInfo" stream)."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    name = ("EncryptionInfo" if encrypted else "Workbook").encode("utf-16-le")
    path.write_bytes(header + name.ljust(128, b"\0") + bytes(1024))
    return path


def not_a_workbook(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("readme.txt", "Bảng chỉ tiêu")
    return path


def truncated(path: Path) -> Path:
    data = build_sheet(path, [(1, "TH.ML", "", 5)]).read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


@pytest.mark.parametrize("make, match", [
    (lambda p: p.write_text("Mã đơn vị;Chỉ tiêu\nTH.ML;10\n", encoding="utf-8") and p, "không phải là bảng tính"),
    (lambda p: ole_file(p, encrypted=True), "mật khẩu"),
    (lambda p: ole_file(p, encrypted=False), r"Excel cũ \(.xls\)"),
    (not_a_workbook, "bị hỏng"),
    (truncated, "bị hỏng"),
])
def test_files_that_are_not_quota_sheets_are_refused(setup, tmp_path, make, match):
    error = refused(setup, make(tmp_path / "q.xlsx"))
    assert error.rows and error.rows[0][0] == 0
    assert re.search(match, error.message)


def test_a_missing_file_is_refused(setup, tmp_path):
    assert "Không tìm thấy tệp" in refused(setup, tmp_path / "none.xlsx").message


def test_a_locked_file_is_an_environment_fault(setup, tmp_path, monkeypatch):
    path = build_sheet(tmp_path / "q.xlsx", [(1, "TH.ML", "", 5)])
    real_open = Path.open

    def locked(self, *args, **kwargs):
        if self == path:
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)
    monkeypatch.setattr(Path, "open", locked)
    with pytest.raises(EnvironmentFault, match="khóa"):
        setup.import_(path)


@pytest.mark.parametrize("header, match", [
    (("STT", "Mã đơn vị", "Tên đơn vị", "Chỉ tiêu", "Chỉ tiêu người tham gia"), "cột D phải có tiêu đề"),
    (("STT", "Mã đơn vị", "Tên đơn vị", "Chỉ tiêu người tham gia", "Chỉ tiêu sáng kiến"), "cột D phải có tiêu đề"),
    (("STT", "Mã đơn vị", "Chỉ tiêu sáng kiến", "Chỉ tiêu người tham gia"), "cột C phải có tiêu đề"),
    ((*HEADER, "Ghi chú"), "cột F có tiêu đề lạ"),
    (("Mã đơn vị", "Tên đơn vị", "Chỉ tiêu sáng kiến", "Chỉ tiêu người tham gia"), "cột A phải có tiêu đề"),
    (("Số", "Mã", "Tên", "A", "B"), "Không tìm thấy dòng tiêu đề"),
])
def test_a_changed_header_is_refused(setup, tmp_path, header, match):
    error = refused(setup, build_sheet(tmp_path / "q.xlsx", [(1, "TH.ML", "", 5, 5)], header=header))
    assert match in error.message


def test_a_sheet_for_another_campaign_or_unit_is_refused(setup, tmp_path):
    error = refused(setup, build_sheet(tmp_path / "a.xlsx", [(1, "TH.ML", "", 5)], campaign_code="75NSK-2021"))
    assert "75NSK-2021" in error.message
    error = refused(setup, build_sheet(tmp_path / "b.xlsx", [(1, "TH.ML", "", 5)], parent_code="TH.ML"))
    assert "TH.ML" in error.message


@pytest.mark.parametrize("row, match", [
    ((1, "TH.XX", "", 5), "không có đơn vị nào mang mã “TH.XX”"),
    ((1, "TH.ML.0001", "", 5), "không trực thuộc “LĐLĐ tỉnh Thanh Hóa”"),
    ((1, "TH", "", 5), "không trực thuộc"),
    ((1, "TH.CU", "", 5), "đã ngừng hoạt động"),
    ((1, "TH.ML", "", "năm mươi"), "không phải là một số nguyên"),
    ((1, "TH.ML", "", -5), "số âm"),
    ((1, "TH.ML", "", "-5"), "số âm"),
    ((1, "TH.ML", "", 2.5), "không phải số nguyên"),
    ((1, "TH.ML", "", "12,5"), "không phải là một số nguyên"),
    ((1, "TH.ML", "", 5, "mười"), "chỉ tiêu người tham gia"),
    ((1, "TH.ML", "", None, 40), "để trống chỉ tiêu sáng kiến"),
    ((1, "TH.ML", "", 10**9), "quá lớn"),
    ((1, "TH.ML", "", dt.datetime(2022, 5, 1)), "không phải là một số"),
    ((1, None, "LĐLĐ huyện Mường Lát", 5), "thiếu mã đơn vị"),
])
def test_a_bad_row_is_refused_with_its_row_number(setup, tmp_path, row, match):
    error = refused(setup, build_sheet(tmp_path / "q.xlsx", [(1, "TH.NL", "", 7), row]))
    assert error.rows == [(HEADER_ROW + 2, error.rows[0][1])]
    assert match in error.rows[0][1]
    assert f"Dòng {HEADER_ROW + 2}:" in error.message


def test_every_bad_row_is_listed_in_one_error(setup, tmp_path):
    rows = [(1, "TH.ML", "", 5), (2, "TH.XX", "", 5), (3, "TH.NL", "", "abc", -1), (4, "TH.ML", "", 6)]
    error = refused(setup, build_sheet(tmp_path / "q.xlsx", rows))
    assert [row for row, _ in error.rows] == [11, 12, 12, 13]
    assert "đã có ở dòng 10" in error.rows[3][1]
    assert error.message.startswith("Bảng chỉ tiêu có 4 lỗi; chưa có chỉ tiêu nào được thay đổi:")
    assert setup.quota(setup.muong_lat) is None


def test_a_long_error_list_is_shortened_in_the_message_but_kept_whole(setup, tmp_path):
    rows = [(n, f"TH.X{n}", "", 1) for n in range(1, 41)]
    error = refused(setup, build_sheet(tmp_path / "q.xlsx", rows))
    assert len(error.rows) == 40
    assert "… và 10 lỗi khác." in error.message


def test_empty_rows_are_skipped(setup, tmp_path):
    path = build_sheet(tmp_path / "q.xlsx", [(1, "TH.ML", "", 5), (None, None, None, None), (3, "TH.NL", "", 6)])
    assert [a.initiatives for a in read_quota_sheet(setup.campaign.id, setup.home.id, path)] == [5, 6]
