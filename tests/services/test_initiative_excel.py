"""Excel in and out: the template a clerk fills in, the import (all or nothing, or the valid rows only,
re-import a no-op), the report copy, and the export — each workbook reopened as a clerk would see it."""

from __future__ import annotations

import datetime as dt
import os

import openpyxl
import pytest
from excel_world import World, dump, row, simple

from uniondesk.domain.errors import Cancelled, EnvironmentFault, InputError
from uniondesk.services.excel import (
    ImportRefused,
    export_initiatives,
    import_workbook,
    read_workbook,
    write_report,
    write_template,
)
from uniondesk.services.excel.report import BAD_FILL, RESULT_HEADER, SUMMARY_SHEET
from uniondesk.services.initiatives import set_status
from uniondesk.store.models import Initiative, InitiativeAuthor, Person


@pytest.fixture
def world(office):
    return World(*office)


def titles() -> list[str]:
    return sorted(i.title for i in Initiative.select().where(Initiative.deleted == False))  # noqa: E712


# --- the template ---------------------------------------------------------------------------------------

def test_template_is_what_a_clerk_fills_in(world, tmp_path):
    path = write_template(world.campaign.id, tmp_path / "mẫu.xlsx")
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == ["Hướng dẫn", "Sáng kiến", "Danh sách"]
    assert workbook.active.title == "Sáng kiến"
    guide, data, lists = workbook.worksheets
    guide_text = " ".join(str(c.value) for r in guide.iter_rows() for c in r if c.value)
    for expected in ("1 triệu sáng kiến – nỗ lực vượt khó, sáng tạo", "20/04/2022", "1.500.000", "1,5 tỷ",
                     "Họ tên: 60%; Họ tên: 40%", "LĐLĐ tỉnh Thanh Hóa [TH]"):
        assert expected in guide_text
    assert [c.value for c in data[1]][:7] == ["STT", "Đơn vị *", "Tên sáng kiến *", "Lĩnh vực", "Tóm tắt nội dung",
                                              "Tác giả *", "Giá trị làm lợi (đồng)"]
    assert data.freeze_panes == "A2"
    assert data.protection.sheet and not data.protection.insertRows and not data.protection.formatColumns
    assert data["B1"].protection.locked and data["B1"].font.bold
    assert data.column_dimensions["B"].protection.locked is False  # every data row is editable
    assert data.column_dimensions["C"].width == 50
    assert data.column_dimensions["G"].number_format == "#,##0"
    assert data.column_dimensions["I"].number_format == "@"  # dates typed as text, read as dd/mm/yyyy
    assert lists.sheet_state == "hidden"
    validations = {str(v.sqref).split(":")[0]: v.formula1 for v in data.data_validations.dataValidation}
    assert validations["B2"] == "'Danh sách'!$A$2:$A$8"  # the province and its six units
    units = [c.value for c in lists["A"][1:] if c.value]
    assert "Công đoàn Trường THCS Pù Nhi [TH.ML.01]" in units and len(units) == 7
    assert [c.value for c in lists["B"][1:] if c.value] == [
        "Giải pháp kỹ thuật", "Giải pháp quản lý", "Giải pháp tác nghiệp", "Ứng dụng tiến bộ kỹ thuật", "Khác"]
    assert [c.value for c in lists["C"][1:] if c.value] == ["Đã đăng ký", "Được công nhận", "Không được công nhận",
                                                              "Đã áp dụng"]
    assert {validations[cell] for cell in ("D2", "K2")} == {"'Danh sách'!$B$2:$B$6", "'Danh sách'!$C$2:$C$5"}
    assert lists["H2"].value == "1TSK"


def test_template_for_a_unit_lists_only_its_subtree(world, tmp_path):
    path = write_template(world.campaign.id, tmp_path / "ml.xlsx", world.muong_lat.id)
    lists = openpyxl.load_workbook(path)["Danh sách"]
    assert [c.value for c in lists["A"][1:] if c.value] == [
        "LĐLĐ huyện Mường Lát [TH.ML]", "Công đoàn Trường THCS Pù Nhi [TH.ML.01]",
        "Công đoàn Trường Tiểu học Quang Trung [TH.ML.02]"]


def test_template_refuses_a_unit_outside_the_campaign(world, tmp_path):
    from uniondesk.services import units

    other = units.add_unit(world.actor, code="NA", name="LĐLĐ tỉnh Nghệ An", kind="provincial")
    with pytest.raises(InputError, match="không thuộc phạm vi"):
        write_template(world.campaign.id, tmp_path / "x.xlsx", other.id)
    assert not (tmp_path / "x.xlsx").exists()


def test_template_onto_a_file_locked_by_excel_is_an_environment_fault(world, tmp_path, monkeypatch):
    target = tmp_path / "mẫu.xlsx"
    target.write_bytes(b"old content")

    def sharing_violation(src, dst):
        raise PermissionError(13, "The process cannot access the file because it is being used by another process")
    monkeypatch.setattr(os, "replace", sharing_violation)
    with pytest.raises(EnvironmentFault, match="đang được mở"):
        write_template(world.campaign.id, target)
    assert target.read_bytes() == b"old content"
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".xlsx") == ["mẫu.xlsx"]  # no temp left


def test_a_filled_template_imports_and_a_second_import_changes_nothing(world, tmp_path):
    path = write_template(world.campaign.id, tmp_path / "mẫu.xlsx")
    workbook = openpyxl.load_workbook(path)
    data = workbook["Sáng kiến"]
    data.append([1, "Công đoàn Trường THCS Pù Nhi [TH.ML.01]", "Máy chấm bài trắc nghiệm tự động",
                 "Giải pháp kỹ thuật", "Dùng điện thoại chụp phiếu", "Nguyễn Văn An: 60%; Lê Thị Bình: 40%",
                 "1,5 tỷ", "Giảm giờ chấm bài", "15/03/2022", "01/04/2022", "Được công nhận", "20/04/2022",
                 "Hội đồng sáng kiến", "12/QĐ-CĐ", "20/04/2022", "Không"])
    data.append([2, "TH.NL.01", "Sổ theo dõi công tơ điện tử", "Giải pháp quản lý", "", "Tập thể", 2_000_000,
                 "", "01/02/2022", "", "", "", "", "", "", "Có"])
    workbook.save(path)
    result = import_workbook(world.actor, world.campaign.id, path)
    assert (result.rows, result.imported, result.unchanged, result.invalid) == (2, 2, 0, 0)
    first = Initiative.get(Initiative.title == "Máy chấm bài trắc nghiệm tự động")
    assert (first.unit_id, first.field, first.benefit_vnd, first.status, first.recognised_by) == (
        world.school.id, "technical", 1_500_000_000, "recognised", "council")
    assert (first.registered_on, first.applied_on, first.decision_no) == (dt.date(2022, 3, 15), dt.date(2022, 4, 1),
                                                                          "12/QĐ-CĐ")
    authors = InitiativeAuthor.select().where(InitiativeAuthor.initiative == first)
    shares = {(a.person.full_name, a.share_bp) for a in authors}
    assert shares == {("Nguyễn Văn An", 6000), ("Lê Thị Bình", 4000)}
    assert Person.select().where(Person.full_name == "Nguyễn Văn An").count() == 1  # the known person, not a new one
    second = Initiative.get(Initiative.title == "Sổ theo dõi công tơ điện tử")
    assert second.confidential
    assert InitiativeAuthor.get(InitiativeAuthor.initiative == second).author_unit_id == world.power.id
    before = dump()
    again = import_workbook(world.actor, world.campaign.id, path)
    assert (again.rows, again.imported, again.unchanged, again.invalid) == (2, 0, 2, 0)
    assert dump() == before


# --- all or nothing, or the valid rows only -------------------------------------------------------------------

BAD_ROWS = [row(1), row(2, title="Sáng kiến có tỷ lệ sai", authors="Nguyễn Văn An: 60%; Lê Thị Bình: 30%"),
            row(3, title="Sổ tay an toàn điện", unit="TH.NL.01", benefit="-5", authors="Trần Văn Cường"),
            row(4, title="Bảng tin điện tử", unit="TH.NL.01", authors="Phạm Thị Dung")]


def test_an_invalid_row_refuses_the_whole_file_and_the_report_shows_why(world, tmp_path):
    path = simple(BAD_ROWS, tmp_path / "bad.xlsx")
    before = dump()
    with pytest.raises(ImportRefused) as refused:
        import_workbook(world.actor, world.campaign.id, path, report_path=tmp_path / "báo cáo.xlsx")
    result = refused.value.result
    assert (result.rows, result.imported, result.unchanged, result.invalid) == (4, 0, 0, 2)
    assert [(e.row, e.header, e.cell) for e in result.errors] == [(3, "Tác giả", "E3"),
                                                                  (4, "Giá trị làm lợi (đồng)", "F4")]
    assert "90%" in result.errors[0].message and "không được âm" in result.errors[1].message
    assert "Dòng 3: cột “Tác giả”" in refused.value.message
    assert dump() == before
    report = openpyxl.load_workbook(tmp_path / "báo cáo.xlsx")
    sheet = report["Sheet1"]
    assert sheet["J1"].value == RESULT_HEADER
    assert sheet["J2"].value == "Hợp lệ." and "90%" in sheet["J3"].value
    assert sheet["E3"].fill.fgColor.rgb == BAD_FILL.fgColor.rgb and sheet["F4"].fill.fgColor.rgb == BAD_FILL.fgColor.rgb
    assert sheet["E2"].fill.fgColor.rgb != BAD_FILL.fgColor.rgb
    assert sheet["C3"].value == "Sáng kiến có tỷ lệ sai"  # the officer's own data, untouched
    summary = report[SUMMARY_SHEET]
    assert [summary.cell(r, 2).value for r in range(3, 7)] == [4, 2, 0, 2]


def test_valid_only_imports_the_valid_rows_in_one_go(world, tmp_path):
    path = simple(BAD_ROWS, tmp_path / "bad.xlsx")
    result = import_workbook(world.actor, world.campaign.id, path, valid_only=True, report_path=tmp_path / "r.xlsx")
    assert (result.rows, result.imported, result.unchanged, result.invalid) == (4, 2, 0, 2)
    assert titles() == ["Bảng tin điện tử", "Cải tiến quy trình chấm bài trắc nghiệm"]
    assert sorted(result.ids) == sorted(i.id for i in Initiative.select())
    report = openpyxl.load_workbook(tmp_path / "r.xlsx")["Sheet1"]
    assert report["J2"].value == "Đã nhập." and report["J5"].value == "Đã nhập."
    again = import_workbook(world.actor, world.campaign.id, path, valid_only=True)
    assert (again.imported, again.unchanged, again.invalid) == (0, 2, 2)


def test_a_cancelled_import_writes_nothing(world, tmp_path):
    path = simple([row(n, title=f"Sáng kiến số {n}") for n in range(1, 601)], tmp_path / "many.xlsx")
    before = dump()
    with pytest.raises(Cancelled):
        import_workbook(world.actor, world.campaign.id, path, cancel=lambda: True)
    assert dump() == before


def test_a_closed_campaign_takes_no_workbook(world, tmp_path):
    from uniondesk.services.campaigns import set_status as set_campaign_status

    set_campaign_status(world.actor, world.campaign.id, "open")
    set_campaign_status(world.actor, world.campaign.id, "closed")
    with pytest.raises(InputError, match="đã kết thúc"):
        read_workbook(simple([row()], tmp_path / "a.xlsx"), world.campaign.id)


def test_the_report_is_not_written_over_the_source(world, tmp_path):
    path = simple([row()], tmp_path / "a.xlsx")
    plan = read_workbook(path, world.campaign.id)
    with pytest.raises(InputError, match="khác tệp đang nhập"):
        write_report(plan, path, path)


# --- the export ----------------------------------------------------------------------------------------------

def test_export_is_formatted_for_print_and_hides_confidential_details(world, tmp_path):
    rows = [row(1, benefit="1.234.567", authors="Nguyễn Văn An: 60%; Lê Thị Bình: 40%"),
            row(2, unit="TH.NL.01", title="Bí quyết hàn cáp ngầm", benefit="2,5 tỷ", authors="Trần Văn Cường")]
    import_workbook(world.actor, world.campaign.id, simple(rows, tmp_path / "in.xlsx"))
    secret = Initiative.get(Initiative.title == "Bí quyết hàn cáp ngầm")
    Initiative.update(confidential=True).where(Initiative.id == secret.id).execute()
    written = export_initiatives(tmp_path / "out.xlsx", world.campaign.id)
    assert written == 2
    sheet = openpyxl.load_workbook(tmp_path / "out.xlsx").active
    assert [c.value for c in sheet[1]] == ["STT", "Mã đơn vị", "Tên đơn vị", "Tên sáng kiến", "Lĩnh vực", "Tác giả",
                                           "Giá trị làm lợi (đồng)", "Ngày đăng ký", "Ngày áp dụng", "Trạng thái",
                                           "Bảo mật"]
    open_row = [c.value for c in sheet[2]]
    assert open_row[:7] == [1, "TH.ML.01", "Công đoàn Trường THCS Pù Nhi", "Cải tiến quy trình chấm bài trắc nghiệm",
                            "Giải pháp kỹ thuật", "Nguyễn Văn An: 60%; Lê Thị Bình: 40%", 1_234_567]
    assert open_row[7].date() == dt.date(2022, 3, 15) and open_row[9] == "Đã đăng ký"
    assert sheet["G2"].number_format == "#,##0" and sheet["H2"].number_format == "dd/mm/yyyy"
    assert [c.value for c in sheet[3]] == [2, "TH.NL.01", "Công đoàn Điện lực Ngọc Lặc", "Bí quyết hàn cáp ngầm", None,
                                           None, "2,5 tỷ đồng", None, None, None, "Có"]
    assert sheet.freeze_panes == "A2" and sheet.column_dimensions["D"].width == 60
    assert sheet.page_setup.orientation == "landscape" and int(sheet.page_setup.paperSize) == 9  # A4
    assert sheet.sheet_properties.pageSetUpPr.fitToPage and sheet.print_title_rows == "$1:$1"


def test_export_of_a_unit_subtree_and_its_reimport_is_recognised(world, tmp_path):
    rows = [row(1), row(2, unit="TH.NL.01", title="Bảng tin điện tử", authors="Phạm Thị Dung")]
    import_workbook(world.actor, world.campaign.id, simple(rows, tmp_path / "in.xlsx"))
    set_status(world.actor, Initiative.get(Initiative.title == "Bảng tin điện tử").id, "recognised",
               on=dt.date(2022, 5, 1))
    assert export_initiatives(tmp_path / "ml.xlsx", world.campaign.id, world.muong_lat.id) == 1
    assert export_initiatives(tmp_path / "all.xlsx", world.campaign.id) == 2
    before = dump()
    result = import_workbook(world.actor, world.campaign.id, tmp_path / "all.xlsx")
    assert (result.rows, result.imported, result.unchanged) == (2, 0, 2)
    assert dump() == before


def test_export_onto_a_locked_file_is_refused(world, tmp_path, monkeypatch):
    target = tmp_path / "out.xlsx"
    target.write_bytes(b"in use")
    real_open = open

    def excel_holds(path, mode="r", *args, **kwargs):
        if str(path) == str(target) and "+" in mode:
            raise PermissionError(13, "Permission denied")
        return real_open(path, mode, *args, **kwargs)
    monkeypatch.setattr("uniondesk.services.excel.files.open", excel_holds, raising=False)
    with pytest.raises(EnvironmentFault, match="đang được mở"):
        export_initiatives(target, world.campaign.id)
    assert target.read_bytes() == b"in use"



def test_a_cancelled_export_leaves_no_file(world, tmp_path):
    import_workbook(world.actor, world.campaign.id, simple([row()], tmp_path / "in.xlsx"))
    with pytest.raises(Cancelled):
        export_initiatives(tmp_path / "out.xlsx", world.campaign.id, cancel=lambda: True)
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".xlsx") == ["in.xlsx"]
