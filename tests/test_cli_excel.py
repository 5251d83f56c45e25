"""``uniondesk excel template|import|export``: files written, JSON shapes, exit codes, nothing changed on refusal."""

from __future__ import annotations

import datetime as dt
import json

import openpyxl
import pytest

from uniondesk.cli import main


@pytest.fixture
def excel_db(tmp_path):
    """A province, a district with one grassroots union, and a campaign."""
    from uniondesk.services import installation, units
    from uniondesk.services.campaigns import create_campaign
    from uniondesk.store.db import open_database

    path = tmp_path / "cli.sqlite3"
    with open_database(path):
        home = installation.create_office("Nguyễn Văn An", code="TH", name="LĐLĐ tỉnh Thanh Hóa", kind="provincial")
        actor = installation.actor()
        district = units.add_unit(actor, code="TH.ML", name="LĐLĐ huyện Mường Lát", kind="upper", parent_id=home.id)
        units.add_unit(actor, code="TH.ML.01", name="Công đoàn Trường THCS Pù Nhi", kind="grassroots",
                       parent_id=district.id, members=40)
        create_campaign(actor, code="1TSK", name="1 triệu sáng kiến", kind="initiatives", organiser_id=home.id,
                        start_on=dt.date(2022, 1, 8), end_on=dt.date(2023, 9, 1))
    return path


def run(capsys, *argv):
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


def fill(path, *rows):
    workbook = openpyxl.load_workbook(path)
    for values in rows:
        workbook["Sáng kiến"].append(values)
    workbook.save(path)
    return path


GOOD = [1, "Công đoàn Trường THCS Pù Nhi [TH.ML.01]", "Bảng điểm điện tử", "Giải pháp kỹ thuật", "",
        "Nguyễn Văn Bình: 60%; Lê Thị Hoa: 40%", "1.500.000", "", "15/03/2022", "01/04/2022"]
BAD = [2, "TH.ML.01", "Sổ tay an toàn", "", "", "Trần Văn Cường", "-5"]


def dump(db_path) -> str:
    import sqlite3

    conn = sqlite3.connect(db_path)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


def test_template_then_import_then_reimport(capsys, excel_db, tmp_path):
    out_path = tmp_path / "mẫu.xlsx"
    code, out, _ = run(capsys, "--db", excel_db, "excel", "template", out_path, "--campaign", "1tsk", "--unit", "TH.ML")
    assert code == 0 and "Đã ghi tệp mẫu" in out
    units = [c.value for c in openpyxl.load_workbook(out_path)["Danh sách"]["A"][1:] if c.value]
    assert units == ["LĐLĐ huyện Mường Lát [TH.ML]", "Công đoàn Trường THCS Pù Nhi [TH.ML.01]"]
    fill(out_path, GOOD)
    code, out, _ = run(capsys, "--db", excel_db, "excel", "import", out_path, "--campaign", "1TSK", "--json")
    assert code == 0
    assert json.loads(out) == {"rows": 1, "imported": 1, "unchanged": 0, "invalid": 0, "errors": [], "report": None}
    code, out, _ = run(capsys, "--db", excel_db, "excel", "import", out_path, "--campaign", "1TSK")
    assert code == 0 and "đã nhập: 0; đã có từ trước: 1; có lỗi: 0" in out


def test_refused_import_exits_2_with_the_errors_and_changes_nothing(capsys, excel_db, tmp_path):
    run(capsys, "--db", excel_db, "excel", "template", tmp_path / "mẫu.xlsx", "--campaign", "1TSK")
    path = fill(tmp_path / "mẫu.xlsx", GOOD, BAD)
    before = dump(excel_db)
    code, out, err = run(capsys, "--db", excel_db, "excel", "import", path, "--campaign", "1TSK", "--json",
                         "--report", tmp_path / "báo cáo.xlsx")
    assert code == 2 and "chưa nhập sáng kiến nào" in err
    result = json.loads(out)
    assert (result["rows"], result["imported"], result["unchanged"], result["invalid"]) == (2, 0, 0, 1)
    assert result["errors"] == [{"row": 3, "column": "Giá trị làm lợi (đồng)", "cell": "G3",
                                 "message": "“-5”: giá trị làm lợi không được âm."}]
    assert result["report"].endswith("báo cáo.xlsx")
    assert dump(excel_db) == before
    report = openpyxl.load_workbook(tmp_path / "báo cáo.xlsx")["Sáng kiến"]
    assert report["Q3"].value == "Giá trị làm lợi (đồng): “-5”: giá trị làm lợi không được âm."


def test_valid_only_imports_the_good_rows(capsys, excel_db, tmp_path):
    run(capsys, "--db", excel_db, "excel", "template", tmp_path / "mẫu.xlsx", "--campaign", "1TSK")
    path = fill(tmp_path / "mẫu.xlsx", GOOD, BAD)
    code, out, _ = run(capsys, "--db", excel_db, "excel", "import", path, "--campaign", "1TSK", "--valid-only")
    assert code == 0
    assert "Số dòng sáng kiến: 2; đã nhập: 1; đã có từ trước: 0; có lỗi: 1." in out
    assert "Dòng 3: cột “Giá trị làm lợi (đồng)”" in out


def test_export(capsys, excel_db, tmp_path):
    run(capsys, "--db", excel_db, "excel", "template", tmp_path / "mẫu.xlsx", "--campaign", "1TSK")
    run(capsys, "--db", excel_db, "excel", "import", fill(tmp_path / "mẫu.xlsx", GOOD), "--campaign", "1TSK")
    code, out, _ = run(capsys, "--db", excel_db, "excel", "export", tmp_path / "ds.xlsx", "--campaign", "1TSK",
                       "--unit", "TH.ML.01")
    assert code == 0 and "Đã xuất 1 sáng kiến" in out
    sheet = openpyxl.load_workbook(tmp_path / "ds.xlsx").active
    assert [c.value for c in sheet[2]][3:7] == ["Bảng điểm điện tử", "Giải pháp kỹ thuật",
                                                "Nguyễn Văn Bình: 60%; Lê Thị Hoa: 40%", 1_500_000]


@pytest.mark.parametrize("argv", [
    ("excel", "import", "không có.xlsx", "--campaign", "1TSK"),
    ("excel", "template", "x.xlsx", "--campaign", "KHONG"),
    ("excel", "export", "x.xlsx", "--campaign", "1TSK", "--unit", "KHONG"),
    ("excel", "template", "x.csv", "--campaign", "1TSK"),
    ("excel",),
])
def test_refusals_exit_2_with_a_reason(capsys, excel_db, tmp_path, monkeypatch, argv):
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "--db", excel_db, *argv)
    assert code == 2 and err.strip()
