"""``uniondesk initiatives add``, ``uniondesk search`` and ``uniondesk duplicates``."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import pytest

from uniondesk.cli import main


@pytest.fixture
def province(tmp_path):
    """LĐLĐ Thanh Hóa, a district, the power company's union with one known person, an open campaign."""
    from uniondesk.services import campaigns, installation, people, units
    from uniondesk.store.db import open_database

    path = tmp_path / "cli.sqlite3"
    with open_database(path):
        home = installation.create_office("Nguyễn Văn An", code="TH", name="LĐLĐ tỉnh Thanh Hóa", kind="provincial")
        actor = installation.actor()
        district = units.add_unit(actor, code="TH.NL", name="LĐLĐ huyện Ngọc Lặc", kind="upper", parent_id=home.id)
        power = units.add_unit(actor, code="TH.NL.01", name="Công đoàn Điện lực Ngọc Lặc", kind="grassroots",
                               parent_id=district.id)
        units.add_unit(actor, code="TH.NL.02", name="Công đoàn Trường THPT Ngọc Lặc", kind="grassroots",
                       parent_id=district.id)
        people.add_person(actor, power.id, full_name="Lê Thị Bình")
        campaign = campaigns.create_campaign(
            actor, code="1TSK", name="1 triệu sáng kiến", kind="initiatives", organiser_id=home.id,
            start_on=dt.date(2022, 1, 8), end_on=dt.date(2023, 9, 1), eligible_from=dt.date(2021, 1, 1),
            eligible_to=dt.date(2023, 9, 1))
        campaigns.set_status(actor, campaign.id, "open")
    return path


def run(capsys, db, *argv):
    code = main(["--db", str(db), *argv])
    out, err = capsys.readouterr()
    return code, out, err


def dump(path) -> str:
    conn = sqlite3.connect(path)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


ADD = ("initiatives", "add", "--campaign", "1tsk", "--unit", "TH.NL.01", "--title",
       "Cải tiến quy trình kiểm tra công tơ điện")


def test_add_prints_the_new_uuid_and_json_gives_the_details(capsys, province):
    code, out, _ = run(capsys, province, *ADD, "--author", "le thi binh:60%", "--author", "Trần Văn Cường",
                       "--benefit", "1,5 tỷ", "--applied", "20/01/2020", "--field", "technical", "--json")
    assert code == 0
    saved = json.loads(out)
    assert len(saved["id"]) == 36 and saved["campaign_code"] == "1TSK" and saved["unit_code"] == "TH.NL.01"
    assert saved["authors"] == [{"name": "Lê Thị Bình", "share_pct": 60.0},
                                {"name": "Trần Văn Cường", "share_pct": 40.0}]
    assert (saved["benefit_vnd"], saved["field"], saved["status"]) == (1_500_000_000, "technical", "registered")
    assert saved["applied_outside_window"] is True
    code, out, _ = run(capsys, province, "initiatives", "add", "--campaign", "1TSK", "--unit", "TH.NL.02",
                       "--title", "Đổi mới phương pháp dạy học", "--author", "Hà Văn Minh")
    assert code == 0 and len(out.strip()) == 36
    conn = sqlite3.connect(province)
    people = conn.execute("SELECT full_name FROM person ORDER BY id").fetchall()
    conn.close()
    assert people == [("Lê Thị Bình",), ("Trần Văn Cường",), ("Hà Văn Minh",)]  # the known one reused


@pytest.mark.parametrize(("extra", "says"), [
    (("--author", "Lê Thị Bình:60%", "--author", "Trần Văn Cường:30%"), "phải bằng 100%"),
    (("--author", "Lê Thị Bình:sáu mươi"), "không phải là một số"),
    (("--author", "Lê Thị Bình", "--benefit", "-5"), "không được âm"),
    (("--author", "Lê Thị Bình", "--benefit", "100.000 tỷ"), "quá lớn"),
    (("--author", "Lê Thị Bình", "--applied", "01/01/2099"), "tương lai"),
    (("--author", "Lê Thị Bình", "--applied", "31/02/2022"), "không tồn tại"),
    (("--author", "Lê Thị Bình", "--status", "approved"), "không hợp lệ"),
])
def test_refused_input_exits_2_with_the_reason_and_changes_nothing(capsys, province, extra, says):
    before = dump(province)
    code, out, err = run(capsys, province, *ADD, *extra)
    assert code == 2 and says in err and out == ""
    assert dump(province) == before


def test_unknown_campaign_or_unit_is_refused(capsys, province):
    code, _, err = run(capsys, province, "initiatives", "add", "--campaign", "X", "--unit", "TH.NL.01",
                       "--title", "T", "--author", "A")
    assert code == 2 and "Không có chương trình mã “X”" in err
    code, _, err = run(capsys, province, "initiatives", "add", "--campaign", "1TSK", "--unit", "TH.XX",
                       "--title", "T", "--author", "A")
    assert code == 2 and "TH.XX" in err


def test_a_likely_duplicate_needs_confirm_duplicate(capsys, province):
    assert run(capsys, province, *ADD, "--author", "Lê Thị Bình")[0] == 0
    before = dump(province)
    code, out, err = run(capsys, province, "initiatives", "add", "--campaign", "1TSK", "--unit", "TH.NL.01",
                         "--title", "cai tien quy trinh kiem tra cong to dien", "--author", "Lê Thị Bình", "--json")
    assert code == 2 and "Có thể trùng" in err
    refusal = json.loads(out)
    assert refusal["duplicates"][0]["title"] == "Cải tiến quy trình kiểm tra công tơ điện"
    assert refusal["duplicates"][0]["shared_author"] and refusal["duplicates"][0]["same_unit"]
    assert dump(province) == before
    code, out, _ = run(capsys, province, "initiatives", "add", "--campaign", "1TSK", "--unit", "TH.NL.01",
                       "--title", "cai tien quy trinh kiem tra cong to dien", "--author", "Lê Thị Bình",
                       "--confirm-duplicate")
    assert code == 0 and len(out.strip()) == 36


def test_search_without_accents(capsys, province):
    run(capsys, province, *ADD, "--author", "Lê Thị Bình")
    code, out, _ = run(capsys, province, "search", "kiem tra dien", "--campaign", "1TSK", "--json")
    assert code == 0
    found = json.loads(out)
    assert found["total"] == 1
    assert found["results"][0]["title"] == "Cải tiến quy trình kiểm tra công tơ điện"
    assert found["results"][0]["authors"] == "Lê Thị Bình" and found["results"][0]["unit_code"] == "TH.NL.01"
    code, out, _ = run(capsys, province, "search", "cong to")
    assert code == 0 and "1 sáng kiến khớp" in out and "Cải tiến quy trình kiểm tra công tơ điện" in out
    code, out, _ = run(capsys, province, "search", "may bom", "--json")
    assert json.loads(out) == {"total": 0, "results": []}


def test_duplicates_lists_groups(capsys, province):
    run(capsys, province, *ADD, "--author", "Lê Thị Bình")
    run(capsys, province, "initiatives", "add", "--campaign", "1TSK", "--unit", "TH.NL.02", "--title",
        "Cai tien qui trinh kiem tra cong to dien", "--author", "le thi binh", "--confirm-duplicate")
    code, out, _ = run(capsys, province, "duplicates", "--campaign", "1TSK", "--json")
    assert code == 0
    [group] = json.loads(out)
    assert sorted(member["unit_code"] for member in group) == ["TH.NL.01", "TH.NL.02"]
    assert all(member["shared_author"] and not member["same_unit"] for member in group)
    code, out, _ = run(capsys, province, "duplicates", "--campaign", "1TSK")
    assert code == 0 and "1 nhóm, 2 sáng kiến" in out and "cùng tác giả" in out
