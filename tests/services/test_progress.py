"""Progress of a campaign on a hand-built tree, with initiatives written directly (their entry service
belongs to a later issue).

The tree of Thanh Hóa for "75 nghìn sáng kiến" (10/03/2021 – 20/04/2021), figures in brackets:

    TH  LĐLĐ tỉnh Thanh Hóa (1 of its own)
      NS  Nga Sơn        NS.A (2) ─ section NS.A.1 (1);  NS.B (1)  ← NS.B moved to HH on 01/07/2025
      HH  Hoằng Hóa      HH.A (3);  HH.B (1)                       ← HH.B merged into HH.A on 05/04/2021
      TS  Tĩnh Gia       TS.A (1)                                  ← TS merged into HH on 01/07/2025
      BT  Bá Thước (1)   BT.A (1)                                  ← BT merged into NS on 01/04/2021
      QX  Quảng Xương    QX.A (3)
      CL  Cẩm Thủy       closed on 01/01/2020, no figures

Decision for a unit merged DURING the campaign (BT into NS, HH.B into HH.A): on any day after the merge
it is part of the unit that absorbed it. Its grassroots unions were handed over on the merge day, its own
initiatives count for its heir, it has no row of its own, and its quota does not follow (the allocator
gives the heir a new quota). Before the merge day it is a row like any other. Units moved or merged AFTER
the campaign count where they stood on its last day.
"""

from __future__ import annotations

import datetime as dt

import pytest

from uniondesk.services import installation
from uniondesk.services.campaigns import create_campaign
from uniondesk.services.clusters import add_cluster, create_grouping, set_members
from uniondesk.services.people import add_person
from uniondesk.services.progress import progress
from uniondesk.services.quotas import Allocation, allocate
from uniondesk.services.units import add_unit, close_unit, merge_unit, move_unit
from uniondesk.store.models import Initiative, InitiativeAuthor

D = dt.date
OPENED = D(2015, 1, 1)
START, END = D(2021, 3, 10), D(2021, 4, 20)
BT_MERGED, HHB_MERGED, LATER = D(2021, 4, 1), D(2021, 4, 5), D(2025, 7, 1)
AFTER = D(2025, 12, 31)
MILLION = 1_000_000

UNITS = [  # code, name, kind, parent
    ("NS", "LĐLĐ huyện Nga Sơn", "upper", "TH"),
    ("NS.A", "CĐCS Công ty May Nga Sơn", "grassroots", "NS"),
    ("NS.A.1", "Công đoàn bộ phận Phân xưởng cắt", "section", "NS.A"),
    ("NS.B", "CĐCS Trường THPT Ba Đình", "grassroots", "NS"),
    ("HH", "LĐLĐ huyện Hoằng Hóa", "upper", "TH"),
    ("HH.A", "CĐCS Công ty Giày Hoằng Hóa", "grassroots", "HH"),
    ("HH.B", "CĐCS Hợp tác xã Hoằng Phụ", "grassroots", "HH"),
    ("TS", "LĐLĐ huyện Tĩnh Gia", "upper", "TH"),
    ("TS.A", "CĐCS Nhà máy Xi măng Nghi Sơn", "grassroots", "TS"),
    ("BT", "LĐLĐ huyện Bá Thước", "upper", "TH"),
    ("BT.A", "CĐCS Lâm trường Bá Thước", "grassroots", "BT"),
    ("QX", "LĐLĐ huyện Quảng Xương", "upper", "TH"),
    ("QX.A", "CĐCS Công ty Bia Quảng Xương", "grassroots", "QX"),
    ("CL", "LĐLĐ huyện Cẩm Thủy", "upper", "TH"),
    ("NA", "LĐLĐ tỉnh Nghệ An", "provincial", None),
]


class World:
    def __init__(self, actor, home):
        self.actor, self.u, self.people = actor, {"TH": home}, {}
        for code, name, kind, parent in UNITS:
            self.u[code] = add_unit(actor, code=code, name=name, kind=kind, opened_on=OPENED,
                                    parent_id=self.u[parent].id if parent else None)
        self.campaign = create_campaign(actor, code="75NGHIN", name="75 nghìn sáng kiến, vượt khó, phát triển",
                                        kind="initiatives", organiser_id=home.id, start_on=START, end_on=END,
                                        target_initiatives=40)
        self.other = create_campaign(actor, code="LDG2021", name="Lao động giỏi, Lao động sáng tạo",
                                     kind="emulation", organiser_id=home.id, start_on=START, end_on=END)

    def person(self, name: str, unit: str):
        if name not in self.people:
            self.people[name] = add_person(self.actor, self.u[unit].id, full_name=name)
        return self.people[name]

    def initiative(self, unit: str, status: str, benefit: int, *authors: str, campaign=None, deleted=False):
        campaign = campaign or self.campaign
        row = Initiative.create(campaign=campaign, unit=self.u[unit], title=f"Sáng kiến tại {unit}",
                                title_folded=f"sang kien tai {unit.lower()}", status=status, benefit_vnd=benefit,
                                deleted=deleted, **self.actor.new_record())
        for name in authors:
            InitiativeAuthor.create(initiative=row, person=self.person(name, unit), share_bp=10_000 // len(authors),
                                    campaign=campaign, unit=self.u[unit], deleted=deleted, **self.actor.new_record())
        return row


@pytest.fixture
def world(office):
    actor, home = office
    w = World(actor, home)
    ini = w.initiative
    ini("TH", "applied", 7 * MILLION, "Lê Văn Tỉnh")
    ini("NS.A", "registered", 10 * MILLION, "Nguyễn Thị Hoa")
    ini("NS.A", "applied", 50 * MILLION, "Nguyễn Thị Hoa", "Trần Văn Bình")  # Hoa counts once at NS.A
    ini("NS.A.1", "recognised", 5 * MILLION, "Phạm Thị Cúc")
    ini("NS.B", "not_recognised", 0, "Hoàng Văn Dũng")
    ini("HH.A", "recognised", 100 * MILLION, "Đỗ Thị Én")
    ini("HH.A", "recognised", 20 * MILLION, "Đỗ Thị Én")
    ini("HH.A", "withdrawn", 0, "Vũ Văn Giang")
    ini("HH.B", "applied", 30 * MILLION, "Bùi Thị Hạnh")
    ini("TS.A", "applied", 1_000 * MILLION, "Ngô Văn Ích")
    ini("BT", "registered", 3 * MILLION, "Đinh Văn Khải")
    ini("BT.A", "registered", 2 * MILLION, "Hà Thị Lan")
    for _ in range(3):
        ini("QX.A", "recognised", MILLION, "Lý Văn Minh")
    # Not counted: another campaign, a deleted initiative, a unit outside the province.
    ini("NS.A", "applied", 999 * MILLION, "Nguyễn Thị Hoa", campaign=w.other)
    ini("NS.B", "applied", 999 * MILLION, "Trịnh Văn Xóa", deleted=True)
    ini("NA", "applied", 999 * MILLION, "Người Nghệ An")
    # Quotas are given before the tree changes (the tree changes later refuse quotas to merged units).
    allocate(actor, w.campaign.id, home.id, [Allocation(w.u[c].id, q) for c, q in
                                            (("NS", 10), ("HH", 4), ("TS", 2), ("BT", 5), ("QX", 4))])
    allocate(actor, w.campaign.id, w.u["NS"].id, [Allocation(w.u["NS.A"].id, 6), Allocation(w.u["NS.B"].id, 4)])
    allocate(actor, w.campaign.id, w.u["BT"].id, [Allocation(w.u["BT.A"].id, 5)])
    close_unit(actor, w.u["CL"].id, D(2020, 1, 1))
    merge_unit(actor, w.u["BT"].id, w.u["NS"].id, BT_MERGED)
    merge_unit(actor, w.u["HH.B"].id, w.u["HH.A"].id, HHB_MERGED)
    move_unit(actor, w.u["NS.B"].id, w.u["HH"].id, LATER)
    merge_unit(actor, w.u["TS"].id, w.u["HH"].id, LATER)
    return w


def figures(row) -> tuple:
    return (row.quota, row.initiatives, row.recognised, row.grassroots_participating, row.members_participating,
            row.benefit_vnd, row.achievement_pct, row.rank)


def by_code(result) -> dict:
    return {row.unit_code: row for row in result.rows}


def test_province_after_the_campaign_counts_where_units_stood(world):
    result = progress(world.campaign.id, as_of=AFTER)
    rows = by_code(result)
    assert [row.unit_code for row in result.rows] == ["HH", "QX", "NS", "TS"]  # in rank order; no BT, no CL
    # NS: NS.A 2 + its section 1 + NS.B 1 (moved to HH only in 2025) + BT.A 1 and BT's own 1 (BT merged in).
    assert figures(rows["NS"]) == (10, 6, 2, 3, 6, 70 * MILLION, 60.0, 3)
    # HH: HH.A 3 and HH.B 1 (merged into HH.A during the campaign: one grassroots union); not NS.B nor TS.
    assert figures(rows["HH"]) == (4, 4, 3, 1, 3, 150 * MILLION, 100.0, 1)
    # TS merged into HH after the campaign: still its own row with its own figures.
    assert figures(rows["TS"]) == (2, 1, 1, 1, 1, 1_000 * MILLION, 50.0, 4)
    assert figures(rows["QX"]) == (4, 3, 3, 1, 1, 3 * MILLION, 75.0, 2)
    assert (rows["TS"].unit_name, rows["TS"].kind) == ("LĐLĐ huyện Tĩnh Gia", "upper")


def test_total_is_the_sum_of_the_rows_plus_the_units_own(world):
    result = progress(world.campaign.id, as_of=AFTER)
    total = result.total
    assert (total.unit_code, total.unit_name) == ("TH", "LĐLĐ tỉnh Thanh Hóa")
    for name in ("initiatives", "recognised", "grassroots_participating", "members_participating", "benefit_vnd"):
        own = {"initiatives": 1, "recognised": 1, "members_participating": 1, "benefit_vnd": 7 * MILLION}.get(name, 0)
        assert getattr(total, name) == sum(getattr(row, name) for row in result.rows) + own, name
    assert figures(total) == (40, 15, 10, 6, 12, 1_230 * MILLION, 37.5, None)


def test_during_the_campaign_before_the_merges(world):
    result = progress(world.campaign.id, as_of=D(2021, 3, 25))
    rows = by_code(result)
    assert set(rows) == {"NS", "HH", "TS", "BT", "QX"}
    assert figures(rows["BT"]) == (5, 2, 0, 1, 2, 5 * MILLION, 40.0, 5)
    assert figures(rows["NS"]) == (10, 4, 2, 2, 4, 65 * MILLION, 40.0, 4)  # 40 % too, more initiatives
    assert figures(rows["HH"])[:4] == (4, 4, 3, 2)  # HH.B is still a union of its own
    assert [(row.unit_code, row.rank) for row in result.rows] == [("HH", 1), ("QX", 2), ("TS", 3), ("NS", 4),
                                                                  ("BT", 5)]
    assert result.days_left == 26
    assert result.total.initiatives == 15  # the same initiatives, placed on another day's tree


def test_rank_ties_share_a_rank_and_units_without_quota_come_last(world):
    """Ranked by achievement, then by initiatives; equal in both, units share a rank (code order)."""
    world.initiative("QX.A", "registered", 0, "Lý Văn Minh")  # QX: 4 of 4, like HH
    allocate(world.actor, world.campaign.id, world.u["TH"].id, [Allocation(world.u["TS"].id, None)])
    result = progress(world.campaign.id, as_of=AFTER)
    assert [(row.unit_code, row.achievement_pct, row.rank) for row in result.rows] == [
        ("HH", 100.0, 1), ("QX", 100.0, 1), ("NS", 60.0, 3), ("TS", None, 4)]


def test_rank_within_clusters(world):
    actor, th = world.actor, world.u["TH"]
    grouping = create_grouping(actor, name="Cụm thi đua 2021", owner_id=th.id, year=2021)
    plain = add_cluster(actor, grouping.id, "Cụm đồng bằng")
    set_members(actor, plain.id, [world.u["NS"].id, world.u["HH"].id, world.u["QX"].id])
    result = progress(world.campaign.id, as_of=AFTER, grouping_id=grouping.id)
    assert [(row.unit_code, row.cluster, row.cluster_rank) for row in result.rows] == [
        ("HH", "Cụm đồng bằng", 1), ("QX", "Cụm đồng bằng", 2), ("NS", "Cụm đồng bằng", 3), ("TS", "", None)]
    assert progress(world.campaign.id, as_of=AFTER).rows[1].cluster_rank == 2  # the latest grouping by default


def test_days_left(world):
    assert progress(world.campaign.id, as_of=D(2021, 4, 10)).days_left == 10
    assert progress(world.campaign.id, as_of=END).days_left == 0
    assert progress(world.campaign.id, as_of=AFTER).days_left == 0
    assert progress(world.campaign.id, as_of=D(2021, 3, 1)).days_left == 50  # before the start: to the end


def test_progress_of_a_lower_unit(world):
    result = progress(world.campaign.id, world.u["NS"].id, as_of=AFTER)
    rows = by_code(result)
    assert [row.unit_code for row in result.rows] == ["NS.A", "NS.B", "BT.A"]
    assert figures(rows["NS.A"]) == (6, 3, 2, 1, 3, 65 * MILLION, 50.0, 1)  # with its section
    assert figures(rows["NS.B"]) == (4, 1, 0, 1, 1, 0, 25.0, 2)
    assert figures(rows["BT.A"]) == (5, 1, 0, 1, 1, 2 * MILLION, 20.0, 3)  # BT's quota to it still stands
    total = result.total  # BT's own initiative counts for NS, BT's heir
    assert figures(total) == (10, 6, 2, 3, 6, 70 * MILLION, 60.0, None)
    assert total.initiatives == sum(row.initiatives for row in result.rows) + 1
    installation.set_home_unit(world.u["NS"])  # the district office sees its own table by default
    assert progress(world.campaign.id, as_of=AFTER).total.unit_code == "NS"


def test_a_grassroots_union_merged_during_the_campaign(world):
    after = by_code(progress(world.campaign.id, world.u["HH"].id, as_of=AFTER))
    assert list(after) == ["HH.A"]
    assert figures(after["HH.A"])[1:6] == (4, 3, 1, 3, 150 * MILLION)
    before = by_code(progress(world.campaign.id, world.u["HH"].id, as_of=D(2021, 4, 4)))
    assert (before["HH.A"].initiatives, before["HH.B"].initiatives) == (3, 1)


def test_a_person_is_counted_once_per_unit(world):
    world.initiative("NS.A.1", "registered", 0, "Nguyễn Thị Hoa")  # Hoa of NS.A, now also at its section
    rows = by_code(progress(world.campaign.id, as_of=AFTER))
    # Counted as the offices' own reports add up: once at NS.A and once at NS.A.1 (see queries.progress.Tally).
    assert rows["NS"].members_participating == 7
    assert rows["NS"].grassroots_participating == 3


def test_collective_authors_add_initiatives_but_no_members(world):
    """An author that is a unit (a collective, no person) is not a participating member: QX.A's new
    initiative has a named author and a collective one; QX.B's only initiative a collective author."""
    qx_b = add_unit(world.actor, code="QX.B", name="CĐCS Trường THPT Quảng Xương", kind="grassroots",
                    opened_on=OPENED, parent_id=world.u["QX"].id)
    world.u["QX.B"] = qx_b
    named = world.initiative("QX.A", "registered", 0, "Lý Văn Minh")
    for where, initiative in (("QX.A", named), ("QX.B", world.initiative("QX.B", "registered", 2 * MILLION))):
        InitiativeAuthor.create(initiative=initiative, person=None, author_unit=world.u[where], share_bp=5_000,
                                campaign=world.campaign, unit=world.u[where], **world.actor.new_record())
    province = by_code(progress(world.campaign.id, as_of=AFTER))
    assert figures(province["QX"])[1:6] == (5, 3, 2, 1, 5 * MILLION)  # Minh only; two unions take part
    district = by_code(progress(world.campaign.id, world.u["QX"].id, as_of=AFTER))
    assert figures(district["QX.B"])[1:6] == (1, 0, 1, 0, 2 * MILLION)
    assert figures(district["QX.A"])[1:6] == (4, 3, 1, 1, 3 * MILLION)


def test_the_roll_up_reads_the_kinds_of_units_other_than_grassroots_unions(world):
    """Every unit missing from the map is a grassroots union; a deleted unit is in it without a kind, so
    no figure ever lands on it as a participating union."""
    from uniondesk.services.units import delete_unit
    from uniondesk.store.queries.progress import kinds_other_than_grassroots

    typo = add_unit(world.actor, code="QX.Z", name="CĐCS nhập nhầm", kind="grassroots", parent_id=world.u["QX"].id)
    delete_unit(world.actor, typo.id)
    kinds = kinds_other_than_grassroots()
    assert {code: kinds[world.u[code].id] for code in ("TH", "NS", "NS.A.1")} == {
        "TH": "provincial", "NS": "upper", "NS.A.1": "section"}
    assert not {world.u[code].id for code in ("NS.A", "NS.B", "HH.A", "QX.A")} & set(kinds)
    assert kinds[typo.id] is None


def test_json_has_the_keys_of_the_command_line(world):
    result = progress(world.campaign.id, as_of=AFTER)
    keys = {"unit_code", "unit_name", "quota", "initiatives", "recognised", "grassroots_participating",
            "members_participating", "benefit_vnd", "achievement_pct", "rank"}
    shaped = result.as_json()
    assert (shaped["campaign"], shaped["as_of"], shaped["days_left"]) == ("75NGHIN", "2025-12-31", 0)
    assert len(shaped["rows"]) == 4 and all(keys <= set(row) for row in shaped["rows"])
    assert keys <= set(shaped["total"])
    assert shaped["rows"][0] == {"unit_code": "HH", "unit_name": "LĐLĐ huyện Hoằng Hóa", "quota": 4,
                                 "initiatives": 4, "recognised": 3, "grassroots_participating": 1,
                                 "members_participating": 3, "benefit_vnd": 150 * MILLION,
                                 "achievement_pct": 100.0, "rank": 1, "cluster": "", "cluster_rank": None}


def test_a_campaign_without_initiatives_shows_every_live_child(office):
    actor, home = office
    for code in ("A", "B"):
        add_unit(actor, code=f"TH.{code}", name=f"LĐLĐ huyện {code}", kind="upper", parent_id=home.id)
    campaign = create_campaign(actor, code="MOI", name="Chương trình mới", kind="initiatives", organiser_id=home.id,
                               start_on=D(2025, 1, 1), end_on=D(2025, 12, 31))
    result = progress(campaign.id, as_of=D(2025, 6, 1))
    assert [(row.unit_code, row.initiatives, row.rank) for row in result.rows] == [("TH.A", 0, 1), ("TH.B", 0, 1)]
    assert figures(result.total) == (None, 0, 0, 0, 0, 0, None, None)


def test_units_dissolved_during_the_campaign_keep_their_figures(office):
    """G was dissolved on 20/03/2021 under U1; U1 merged into U2 on 01/04/2021. G's last parent is U1,
    which on the campaign's last day is part of U2: G's initiative counts for U2, not for the province.
    U3 was dissolved with its only union G3 on 25/03/2021: it keeps a row for G3's initiative; U4, dissolved
    without figures, has none."""
    actor, home = office

    def unit(code, name, kind, parent):
        return add_unit(actor, code=code, name=name, kind=kind, parent_id=parent.id, opened_on=OPENED)

    u1, u2 = unit("U1", "LĐLĐ huyện Như Xuân", "upper", home), unit("U2", "LĐLĐ huyện Như Thanh", "upper", home)
    u3, u4 = unit("U3", "LĐLĐ huyện Lang Chánh", "upper", home), unit("U4", "LĐLĐ huyện Mường Lát", "upper", home)
    g = unit("U1.G", "CĐCS Nông trường Như Xuân", "grassroots", u1)
    g3 = unit("U3.G", "CĐCS Lâm trường Lang Chánh", "grassroots", u3)
    campaign = create_campaign(actor, code="75NGHIN", name="75 nghìn sáng kiến", kind="initiatives",
                               organiser_id=home.id, start_on=START, end_on=END)
    for where, benefit in ((g, 4), (g3, 9)):
        Initiative.create(campaign=campaign, unit=where, title="Sáng kiến", title_folded="sang kien",
                          status="applied", benefit_vnd=benefit, **actor.new_record())
    close_unit(actor, g.id, D(2021, 3, 20))
    merge_unit(actor, u1.id, u2.id, D(2021, 4, 1))
    close_unit(actor, g3.id, D(2021, 3, 25))
    for gone in (u3, u4):
        close_unit(actor, gone.id, D(2021, 3, 25))
    result = progress(campaign.id, as_of=AFTER)
    assert [(row.unit_code, row.initiatives, row.grassroots_participating, row.benefit_vnd)
            for row in result.rows] == [("U2", 1, 1, 4), ("U3", 1, 1, 9)]
    assert (result.total.initiatives, result.total.benefit_vnd) == (2, 13)
    before = progress(campaign.id, as_of=D(2021, 3, 15))  # everything still alive
    assert [row.unit_code for row in before.rows] == ["U1", "U3", "U2", "U4"]


def test_reading_the_whole_campaign_or_a_subtree_gives_the_same_table(world, monkeypatch):
    """A large table reads every tally of the campaign, a small one only its units': the same figures."""
    from uniondesk.services import progress as service

    by_id = [progress(world.campaign.id, unit, as_of=day).as_json()
             for unit in (None, world.u["NS"].id) for day in (AFTER, D(2021, 3, 25))]
    monkeypatch.setattr(service, "_FEW_UNITS", 0)
    whole = [progress(world.campaign.id, unit, as_of=day).as_json()
             for unit in (None, world.u["NS"].id) for day in (AFTER, D(2021, 3, 25))]
    assert whole == by_id


def test_heirs_follow_chains_and_never_loop():
    from uniondesk.store.queries.units import TreeAt

    tree = TreeAt(parent={}, alive=set(), heir={1: 2, 2: 3, 7: 8, 8: 7})
    assert (tree.heir_of(1), tree.heir_of(2), tree.heir_of(3)) == (3, 3, 3)
    assert tree.heir_of(7) in (7, 8)  # a loop (only a corrupt database has one) ends
