"""``uniondesk campaigns`` and ``uniondesk progress``: shapes, figures and refusals."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from uniondesk.cli import main

KEYS = {"unit_code", "unit_name", "quota", "initiatives", "recognised", "grassroots_participating",
        "members_participating", "benefit_vnd", "achievement_pct", "rank"}


@pytest.fixture
def campaign_db(tmp_path):
    """A province with two upper units, a campaign with quotas, and three initiatives in one unit."""
    from uniondesk.services import campaigns, installation, quotas, units
    from uniondesk.store.db import open_database
    from uniondesk.store.models import Initiative

    path = tmp_path / "cli.sqlite3"
    with open_database(path):
        home = installation.create_office("Nguyễn Văn An", code="TH", name="LĐLĐ tỉnh Thanh Hóa", kind="provincial")
        actor = installation.actor()
        since = dt.date(2020, 1, 1)
        ml = units.add_unit(actor, code="TH.ML", name="LĐLĐ huyện Mường Lát", kind="upper", parent_id=home.id,
                            opened_on=since)
        qh = units.add_unit(actor, code="TH.QH", name="LĐLĐ huyện Quan Hóa", kind="upper", parent_id=home.id,
                            opened_on=since)
        school = units.add_unit(actor, code="TH.ML.01", name="Công đoàn Trường THCS Pù Nhi", kind="grassroots",
                                parent_id=ml.id, members=50, opened_on=since)
        campaign = campaigns.create_campaign(
            actor, code="75K", name="75 nghìn sáng kiến, vượt khó, phát triển", kind="initiatives",
            organiser_id=home.id, start_on=dt.date(2021, 3, 10), end_on=dt.date(2021, 4, 20), target_initiatives=10)
        quotas.allocate(actor, campaign.id, home.id, [quotas.Allocation(ml.id, 4), quotas.Allocation(qh.id, 6)])
        for number, status in enumerate(("recognised", "applied", "registered")):
            Initiative.create(campaign=campaign, unit=school, title=f"Sáng kiến {number}", title_folded="x",
                              status=status, benefit_vnd=1_500_000, **actor.new_record())
    return path


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_campaigns_json_lists_the_campaign(capsys, campaign_db):
    code, out, _ = run(capsys, "--db", str(campaign_db), "campaigns", "--json")
    assert code == 0
    assert json.loads(out) == [{"code": "75K", "name": "75 nghìn sáng kiến, vượt khó, phát triển",
                                "kind": "initiatives", "organiser_code": "TH", "start": "2021-03-10",
                                "end": "2021-04-20", "status": "draft"}]


def test_progress_json_has_a_row_per_child_and_a_total(capsys, campaign_db):
    code, out, _ = run(capsys, "--db", str(campaign_db), "progress", "--campaign", "75k", "--as-of", "01/04/2021",
                       "--json")
    assert code == 0
    report = json.loads(out)
    assert report["days_left"] == 19
    rows = {row["unit_code"]: row for row in report["rows"]}
    assert set(rows) == {"TH.ML", "TH.QH"} and all(KEYS <= set(row) for row in rows.values())
    assert (rows["TH.ML"]["initiatives"], rows["TH.ML"]["recognised"], rows["TH.ML"]["quota"]) == (3, 2, 4)
    assert rows["TH.ML"]["achievement_pct"] == 75.0 and rows["TH.ML"]["rank"] == 1
    assert rows["TH.ML"]["benefit_vnd"] == 4_500_000 and rows["TH.ML"]["grassroots_participating"] == 1
    assert rows["TH.QH"]["initiatives"] == 0 and rows["TH.QH"]["rank"] == 2
    total = report["total"]
    assert (total["unit_code"], total["quota"], total["initiatives"], total["achievement_pct"]) == ("TH", 10, 3, 30.0)


def test_progress_text_reads_in_vietnamese(capsys, campaign_db):
    code, out, _ = run(capsys, "--db", str(campaign_db), "progress", "--campaign", "75K", "--unit", "TH.ML",
                       "--as-of", "1/4/21")
    assert code == 0
    assert "còn 19 ngày" in out and "Công đoàn Trường THCS Pù Nhi" in out and "4.500.000" in out


@pytest.mark.parametrize("argv, message", [
    (("progress", "--campaign", "KHONGCO"), "Không có chương trình mã “KHONGCO”"),
    (("progress", "--campaign", "75K", "--unit", "XX"), "Không có đơn vị đang hoạt động nào mang mã “XX”"),
    (("progress", "--campaign", "75K", "--as-of", "31/02/2021"), "Ngày không tồn tại"),
])
def test_progress_refuses_bad_input_with_exit_2(capsys, campaign_db, argv, message):
    code, out, err = run(capsys, "--db", str(campaign_db), *argv)
    assert code == 2 and message in err and out == ""
