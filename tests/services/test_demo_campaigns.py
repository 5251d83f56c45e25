"""Demo campaigns, quotas, clusters and the initiatives of "1 triệu sáng kiến" (issue 3 part 7, issue 4 part 8).

The small demo is checked row by row here. The province demo, which reproduces Thanh Hóa's figures of
31 May 2022 exactly (3,655 grassroots unions, 308,598 members, 170,324 initiatives, just over 162
billion VND), is checked by ``test_demo.test_province_shape`` on the one province build of the suite.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter

import pytest

from uniondesk.domain.errors import Cancelled
from uniondesk.domain.identity import new_uuid
from uniondesk.domain.initiatives import InitiativeField, InitiativeStatus, title_sort_key
from uniondesk.domain.text import fold
from uniondesk.services import maintenance, progress, quotas
from uniondesk.services.demo import build_demo
from uniondesk.services.demo.build import uuid_text
from uniondesk.services.demo.initiatives import SMALL, allocate_bounded
from uniondesk.services.demo.titles import TitleMaker
from uniondesk.store.db import database, open_database
from uniondesk.store.initiative_index import AUTHOR_NAMES, index_row
from uniondesk.store.models import (
    Campaign,
    CampaignPhase,
    Cluster,
    ClusterGrouping,
    ClusterMember,
    Covenant,
    Initiative,
    Quota,
    Unit,
)

MILLION = "1TSK-2022"


def sql(query: str, *params) -> list[tuple]:
    return database.execute_sql(query, params).fetchall()


@pytest.fixture
def small(db):
    return build_demo("small")


def test_the_three_campaigns_of_the_seed_articles(small):
    home = Unit.get(Unit.code == "TH")
    campaigns = {c.code: c for c in Campaign.select()}
    assert set(campaigns) == {"75NSK-2021", MILLION, "LDGST-2022"}
    first = campaigns["75NSK-2021"]
    assert (first.name, first.start_on, first.end_on, first.status) == (
        "75 nghìn sáng kiến, vượt khó, phát triển", dt.date(2021, 3, 10), dt.date(2021, 4, 20), "closed")
    million = campaigns[MILLION]
    assert million.name == "1 triệu sáng kiến – nỗ lực vượt khó, sáng tạo, quyết tâm chiến thắng đại dịch COVID-19"
    assert million.status == "open" and million.kind == "initiatives"
    phases = [(p.seq, p.name, p.start_on, p.end_on) for p in CampaignPhase.select().order_by(CampaignPhase.seq)]
    assert phases == [(1, "Giai đoạn 1", dt.date(2022, 1, 8), dt.date(2022, 5, 31)),
                      (2, "Giai đoạn 2", dt.date(2022, 6, 1), dt.date(2023, 9, 1))]
    movement = campaigns["LDGST-2022"]
    assert movement.kind == "emulation" and movement.name.startswith("Lao động giỏi, Lao động sáng tạo")
    assert all(c.organiser_id == home.id and c.name_folded == fold(c.name) for c in campaigns.values())


def test_quotas_cascade_down_to_the_grassroots_unions(small):
    million = Campaign.get(Campaign.code == MILLION)
    home = Unit.get(Unit.code == "TH")
    top = quotas.overview(million.id, home.id)
    assert top.parent_quota == million.target_initiatives and top.left == 0
    assert all(line.initiatives is not None and line.members is not None for line in top.lines)
    for line in top.lines:
        below = quotas.overview(million.id, line.unit_id)
        assert below.parent_quota == line.initiatives
        assert 0 <= below.left <= line.initiatives * 0.1, "an upper unit gives out all its quota, or nearly"
        assert {Unit.get_by_id(child.unit_id).kind for child in below.lines} == {"grassroots"}
        assert all(child.initiatives is not None for child in below.lines)
    grassroots = Unit.select().where(Unit.kind == "grassroots").count()
    for campaign in Campaign.select():
        count = Quota.select().where((Quota.campaign == campaign) & (Quota.allocator != home)).count()
        assert count == grassroots
    for quota in Quota.select():
        assert quota.allocator_id == quota.unit.parent_id


def test_clusters_of_upper_units_with_a_leader_and_a_covenant(small):
    grouping = ClusterGrouping.get()
    assert (grouping.name, grouping.year, grouping.owner.code) == ("Cụm thi đua 2022", 2022, "TH")
    clusters = list(Cluster.select())
    assert len(clusters) >= 2
    members = Counter(m.unit_id for m in ClusterMember.select())
    assert set(members.values()) == {1}, "a unit is in one cluster of the grouping"
    uppers = {u.id for u in Unit.select().where(Unit.kind == "upper")}
    assert set(members) == uppers
    for cluster in clusters:
        ids = {m.unit_id for m in cluster.members}
        assert cluster.leader_id in ids
        [covenant] = cluster.covenants
        assert dt.date(2022, 1, 1) < covenant.signed_on < dt.date(2022, 3, 31) and covenant.document_ref


def test_small_initiatives_reach_their_figures(small):
    million = Campaign.get(Campaign.code == MILLION)
    total = progress.progress(million.id, as_of=dt.date(2022, 5, 31)).total
    assert total.initiatives == SMALL.initiatives
    assert total.members_participating == SMALL.authors
    assert total.grassroots_participating == Unit.select().where(Unit.kind == "grassroots").count()
    assert SMALL.benefit[0] <= total.benefit_vnd <= SMALL.benefit[1]
    assert total.recognised > total.initiatives // 2
    assert small.initiatives == SMALL.initiatives


def test_initiative_rows_are_consistent(small):
    phase_one = CampaignPhase.get(CampaignPhase.seq == 1)
    fields, statuses = set(map(str, InitiativeField)), set(map(str, InitiativeStatus))
    for item in Initiative.select():
        assert item.phase_id == phase_one.id and phase_one.start_on <= item.registered_on <= phase_one.end_on
        assert item.field in fields and item.status in statuses
        assert item.title_folded == fold(item.title) and item.title_sort == title_sort_key(item.title)
        if item.status in ("recognised", "applied"):
            assert item.registered_on < item.recognised_on <= phase_one.end_on and item.decision_no
        if item.status == "applied":
            assert item.recognised_on <= item.applied_on <= phase_one.end_on
        assert item.benefit_vnd > 0 or item.social_benefit
    # Authors: shares add up to 100 %, each a person of the initiative's own unit (or the union itself),
    # and the copies of campaign and unit agree with the initiative.
    assert sql("SELECT initiative_id FROM initiative_author GROUP BY initiative_id HAVING sum(share_bp) != 10000") == []
    assert sql("SELECT a.id FROM initiative_author a JOIN initiative i ON i.id = a.initiative_id "
               "LEFT JOIN person p ON p.id = a.person_id WHERE a.campaign_id != i.campaign_id "
               "OR a.unit_id != i.unit_id OR coalesce(p.unit_id, a.author_unit_id) != i.unit_id") == []
    assert sql("SELECT initiative_id FROM initiative_author WHERE person_id IS NOT NULL "
               "GROUP BY initiative_id, person_id HAVING count(*) > 1") == [], "nobody is named twice"


def test_titles_are_realistic_and_seldom_repeat_within_a_union(small):
    titles = [t for (t,) in Initiative.select(Initiative.title).tuples()]
    assert any(t.startswith("Cải tiến quy trình") for t in titles)
    assert any(t.startswith("Ứng dụng ") for t in titles)
    repeats = sql("SELECT count(*) - count(DISTINCT unit_id || title) FROM initiative")[0][0]
    assert repeats <= len(titles) * 0.03


def test_the_search_index_holds_every_initiative(small):
    rows = sql(f"SELECT i.id, i.title, i.summary, coalesce({AUTHOR_NAMES}, '') FROM initiative i ORDER BY i.id")
    indexed = {rowid: (title, body) for rowid, title, body in sql("SELECT rowid, title, body FROM initiative_fts")}
    assert len(indexed) == len(rows)
    for id_, title, summary, authors in rows:
        assert indexed[id_] == index_row(title, summary, authors)


def test_the_demo_passes_the_database_check(small):
    result = maintenance.check()
    assert result["ok"], result["problems"]
    assert result["counts"]["initiative"] == SMALL.initiatives


def test_same_seed_same_initiatives(tmp_path):
    def build(name):
        with open_database(tmp_path / name):
            build_demo("small", seed=7)
            return sql("SELECT uuid, unit_id, title, benefit_vnd, status FROM initiative ORDER BY id")
    assert build("a.sqlite3") == build("b.sqlite3")


def test_cancel_while_writing_initiatives_leaves_nothing(db):
    calls = []

    def cancel_late() -> bool:
        calls.append(1)
        return Campaign.select().exists() and len(calls) > 12
    with pytest.raises(Cancelled):
        build_demo("small", cancel=cancel_late)
    assert Campaign.select().count() == Initiative.select().count() == Covenant.select().count() == 0
    assert sql("SELECT count(*) FROM sqlite_master WHERE name = 'initiative_rollup'") == [(1,)], "indexes are back"


def test_uuid_text_is_new_uuid():
    for seed in range(20):
        millis = 1_653_955_200_000 + seed * 977
        assert uuid_text(random.Random(seed), millis) == new_uuid(random.Random(seed), millis)


def test_title_parts_give_the_same_derived_text_as_the_whole():
    maker = TitleMaker(random.Random(3))
    for cat in ("industry", "school", "kindergarten", "higher", "health", "office"):
        for _ in range(200):
            title = maker.title(cat)
            assert title.folded == fold(title.text)
            assert title.sort_key == title_sort_key(title.text)
            assert title.search == index_row(title.text, "", "")[0]


@pytest.mark.parametrize("total, weights, low, caps, expected", [
    (10, [1, 1], 1, None, [5, 5]),
    (10, [9, 1], 1, [6, 10], [6, 4]),
    (7, [1, 1, 1], 2, [3, 3, 3], [3, 2, 2]),
])
def test_allocate_bounded(total, weights, low, caps, expected):
    parts = allocate_bounded(total, weights, low, caps)
    assert sum(parts) == total and sorted(parts) == sorted(expected)
    assert all(low <= p <= (caps[i] if caps else total) for i, p in enumerate(parts))


def test_allocate_bounded_refuses_what_cannot_fit():
    with pytest.raises(ValueError):
        allocate_bounded(10, [1, 1], 1, [3, 3])
