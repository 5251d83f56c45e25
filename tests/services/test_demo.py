"""Demo data: deterministic for a seed, the right shape at each scale, refused on a database in use."""

from __future__ import annotations

import random
from collections import Counter

import pytest

from uniondesk.domain.errors import InputError
from uniondesk.domain.text import fold
from uniondesk.services import installation, maintenance, progress
from uniondesk.domain.units import CODE_PATTERN
from uniondesk.services.demo import Cancelled, build_demo
from uniondesk.services.demo.build import REFERENCE_DAY
from uniondesk.services.demo.national import plan_national
from uniondesk.services.demo.tree import TreePlan
from uniondesk.store.db import database, open_database
from uniondesk.store.models import AuditEntry, Campaign, Person, Unit, UnitEvent, UnitParent


def _build(tmp_path, name: str, scale: str = "small", seed: int = 1):
    """Build in a file of its own; return (summary, [(code, name, kind, uuid, path, members)], people)."""
    with open_database(tmp_path / name):
        summary = build_demo(scale, seed)
        units = list(Unit.select(Unit.code, Unit.name, Unit.kind, Unit.uuid, Unit.path, Unit.members)
                     .order_by(Unit.id).tuples())
        people = list(Person.select(Person.full_name, Person.uuid).order_by(Person.id).tuples())
    return summary, units, people


def test_same_seed_gives_the_same_data(tmp_path):
    first = _build(tmp_path, "a.sqlite3")
    second = _build(tmp_path, "b.sqlite3")
    assert first[1] == second[1]
    assert first[2] == second[2]
    assert first[0].members == second[0].members


def test_another_seed_gives_other_data(tmp_path):
    _, units_1, people_1 = _build(tmp_path, "a.sqlite3", seed=1)
    _, units_2, people_2 = _build(tmp_path, "b.sqlite3", seed=2)
    assert {u[3] for u in units_1}.isdisjoint(u[3] for u in units_2)
    assert [u[1] for u in units_1] != [u[1] for u in units_2] or people_1 != people_2


def test_small_shape(db):
    summary = build_demo("small", officer="Lê Thị Hoa")
    kinds = dict(database.execute_sql("SELECT kind, count(*) FROM unit GROUP BY kind").fetchall())
    assert kinds["provincial"] == 1 and kinds["upper"] == 3
    assert kinds["grassroots"] == summary.grassroots == 20
    assert kinds.get("section", 0) >= 1, "small covers every kind the tree shows"
    home = installation.home_unit()
    assert (home.code, home.name, home.kind) == ("TH", "LĐLĐ tỉnh Thanh Hóa", "provincial")
    assert installation.officer_name() == "Lê Thị Hoa"
    assert summary.units == Unit.select().count() == UnitParent.select().count() == UnitEvent.select().count()


def test_rows_are_complete_and_consistent(db):
    build_demo("small")
    inst = installation.installation()
    for unit in Unit.select():
        parent_path = unit.parent.path if unit.parent_id else "/"
        assert unit.path == f"{parent_path}{unit.id}/"
        assert unit.name_folded == fold(unit.name)
        assert unit.origin == unit.writer == inst.installation_id
        assert unit.changed_by == "Cán bộ demo" and not unit.deleted and unit.status == "live"
        if unit.kind == "grassroots":
            assert unit.members > 0 and unit.members_counted_on is not None
    for period in UnitParent.select():
        assert period.parent_id == period.unit.parent_id and period.valid_to is None
        assert period.valid_from == period.unit.opened_on
    assert {e.kind for e in UnitEvent.select()} == {"created"}
    versions = [v for (v,) in Unit.select(Unit.version).tuples()]
    assert len(set(versions)) == len(versions), "every row has its own version"


def test_sections_hold_at_most_their_union(db):
    build_demo("small")
    for section in Unit.select().where(Unit.kind.in_(["section", "team"])):
        siblings = Unit.select().where(Unit.parent == section.parent_id)
        assert sum(s.members for s in siblings) <= section.parent.members


def test_people_are_realistic(db):
    build_demo("small")
    people = list(Person.select())
    grassroots = Unit.select().where(Unit.kind == "grassroots").count()
    chairs = [p for p in people if p.position == "Chủ tịch CĐCS"]
    assert len(chairs) == grassroots
    for person in people:
        middle = person.full_name.split()[1]
        if middle == "Văn":
            assert person.gender == "male"
        if middle == "Thị":
            assert person.gender == "female"
        assert person.name_folded == fold(person.full_name)
        assert 1900 < person.birth_year < 2005


def test_one_audit_entry_summarises_the_build(db):
    summary = build_demo("small")
    entries = list(AuditEntry.select())
    assert len(entries) == 1
    assert entries[0].action == "demo" and entries[0].record_uuid == installation.home_unit().uuid
    assert f'"unit": [null, {summary.units}]' in entries[0].changes


def test_progress_reaches_the_end(db):
    calls = []
    build_demo("small", progress=lambda done, total, message: calls.append((done, total, message)))
    assert calls[-1][0] == calls[-1][1]
    assert all(done <= total for done, total, _ in calls)


def test_cancel_rolls_everything_back(db):
    with pytest.raises(Cancelled):
        build_demo("small", cancel=lambda: True)
    assert Unit.select().count() == 0 and Person.select().count() == 0
    assert installation.installation() is None
    build_demo("small")  # the database is still usable
    assert Unit.select().count() > 0


def test_refused_on_a_database_with_units(office):
    before = Unit.select().count()
    with pytest.raises(InputError, match="đã có đơn vị"):
        build_demo("small")
    assert Unit.select().count() == before


def test_refused_scale(db):
    with pytest.raises(InputError, match="Quy mô"):
        build_demo("planet")


@pytest.mark.slow
def test_province_shape(db):
    summary = build_demo("province")
    assert summary.grassroots == 3655
    assert 308_598 <= summary.members <= 360_000
    uppers = Unit.select().where(Unit.kind == "upper").count()
    assert 28 <= uppers <= 36
    names = {name for (name,) in Unit.select(Unit.name).where(Unit.kind == "upper").tuples()}
    assert {"LĐLĐ huyện Mường Lát", "LĐLĐ thị xã Nghi Sơn", "LĐLĐ thành phố Thanh Hóa",
            "Công đoàn Khu kinh tế Nghi Sơn và các KCN"} <= names
    totals = database.execute_sql("SELECT sum(members) FROM unit WHERE kind = 'grassroots'").fetchone()[0]
    assert totals == summary.members
    assert Unit.select().where(Unit.kind == "section").count() > 0
    # "1 triệu sáng kiến" as Thanh Hóa reported it on 31/5/2022 (seed article), exactly.
    million = Campaign.get(Campaign.code == "1TSK-2022")
    total = progress.progress(million.id).total
    assert (total.unit_code, total.initiatives, summary.initiatives) == ("TH", 170_324, 170_324)
    assert total.grassroots_participating == 3_655
    assert total.members_participating == 308_598
    assert 162e9 < total.benefit_vnd < 163e9
    assert maintenance.check()["ok"]


@pytest.mark.slow
def test_national_plan_shape():
    """Planned only (writing 130,000 units belongs to the benchmark): 34 provinces, ~127,000 grassroots."""
    plan = TreePlan(REFERENCE_DAY["national"])
    plan_national(plan, random.Random("1:tree"), thanh_hoa_members=340_000)
    kinds = Counter(unit.kind for unit in plan.units)
    assert kinds["national"] == 1 and kinds["provincial"] == 34 and kinds["sector"] >= 5
    assert 1_100 <= kinds["upper"] <= 1_300
    assert 125_000 <= kinds["grassroots"] <= 130_000
    codes = [unit.code for unit in plan.units]
    assert len(set(codes)) == len(codes)
    assert all(CODE_PATTERN.match(code) for code in codes)
    thanh_hoa = next(unit for unit in plan.units if unit.code == "TH")
    inside = [u for u in plan.units if u.path.startswith(thanh_hoa.path) and u.kind == "grassroots"]
    assert len(inside) == 3655
    members = sum(unit.members for unit in plan.units if unit.kind == "grassroots")
    assert 11_000_000 <= members <= 12_500_000
