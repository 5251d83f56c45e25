"""The quota cascade: the province allocates to its upper units, an upper unit to its grassroots unions.

The overview is what the quota editor shows: the parent's quota, the sum allocated, what is left, and a
warning (never a refusal) when they differ. Refused allocations leave the database as it was.
"""

from __future__ import annotations

import datetime as dt

import pytest

from uniondesk.domain.errors import InputError
from uniondesk.services import installation
from uniondesk.services.campaigns import create_campaign
from uniondesk.services.quotas import Allocation, allocate, overview, own_quota
from uniondesk.services.units import add_unit, merge_unit
from uniondesk.store.db import database
from uniondesk.store.models import AuditEntry, Quota

D = dt.date


def dump() -> str:
    return "\n".join(database.connection().iterdump())


def refused(call, match: str, field: str | None = "-") -> InputError:
    before = dump()
    with pytest.raises(InputError, match=match) as info:
        call()
    assert dump() == before
    if field != "-":
        assert info.value.field == field
    return info.value


@pytest.fixture
def tree(office):
    """Thanh Hóa with two district federations and three grassroots unions; Nghệ An outside."""
    actor, th = office

    def unit(code, name, kind, parent):
        return add_unit(actor, code=code, name=name, kind=kind, parent_id=parent.id if parent else None)

    ns = unit("TH.NS", "LĐLĐ huyện Nga Sơn", "upper", th)
    hh = unit("TH.HH", "LĐLĐ huyện Hoằng Hóa", "upper", th)
    units = {"TH": th, "NS": ns, "HH": hh,
             "NS.A": unit("TH.NS.A", "CĐCS Công ty May Nga Sơn", "grassroots", ns),
             "NS.B": unit("TH.NS.B", "CĐCS Trường THPT Ba Đình", "grassroots", ns),
             "HH.A": unit("TH.HH.A", "CĐCS Công ty Giày Hoằng Hóa", "grassroots", hh),
             "NA": unit("NA", "LĐLĐ tỉnh Nghệ An", "provincial", None)}
    campaign = create_campaign(actor, code="75NGHIN", name="75 nghìn sáng kiến, vượt khó, phát triển",
                               kind="initiatives", organiser_id=th.id, start_on=D(2021, 3, 10),
                               end_on=D(2021, 4, 20), target_initiatives=1_000)
    return actor, campaign, units


def ids(units, *keys):
    return [units[key].id for key in keys]


def test_province_then_district_cascade_with_warnings(tree):
    actor, campaign, u = tree
    result = allocate(actor, campaign.id, u["TH"].id, [Allocation(u["NS"].id, 600, 5_000), Allocation(u["HH"].id, 400)])
    assert (result.parent_quota, result.allocated, result.left, result.warning) == (1_000, 1_000, 0, "")
    assert [(line.name, line.initiatives, line.members) for line in result.lines] == [
        ("LĐLĐ huyện Hoằng Hóa", 400, None), ("LĐLĐ huyện Nga Sơn", 600, 5_000)]

    below = allocate(actor, campaign.id, u["NS"].id, [Allocation(u["NS.A"].id, 300), Allocation(u["NS.B"].id, 200)])
    assert (below.parent_quota, below.allocated, below.left) == (600, 500, 100)
    assert below.warning == "Tổng chỉ tiêu đã giao (500) thấp hơn chỉ tiêu được giao (600) 100 sáng kiến."

    above = allocate(actor, campaign.id, u["NS"].id, [Allocation(u["NS.B"].id, 450)])  # warns, never blocks
    assert (above.allocated, above.left) == (750, -150)
    assert above.warning == "Tổng chỉ tiêu đã giao (750) vượt chỉ tiêu được giao (600) 150 sáng kiến."
    assert {line.code: line.initiatives for line in above.lines} == {"TH.NS.A": 300, "TH.NS.B": 450}
    assert own_quota(campaign, u["NS"]) == 600
    assert own_quota(campaign, u["TH"]) == 1_000
    assert Quota.get(Quota.unit == u["NS.A"]).allocator_id == u["NS"].id


def test_overview_before_any_allocation_and_without_a_quota(tree):
    actor, campaign, u = tree
    empty = overview(campaign.id, u["HH"].id)
    assert (empty.parent_quota, empty.allocated, empty.left, empty.warning) == (None, 0, None, "")
    assert [(line.code, line.initiatives) for line in empty.lines] == [("TH.HH.A", None)]
    start = overview(campaign.id, u["TH"].id)
    assert (start.allocated, start.left) == (0, 1_000)
    assert start.warning == "Tổng chỉ tiêu đã giao (0) thấp hơn chỉ tiêu được giao (1.000) 1.000 sáng kiến."


@pytest.mark.parametrize(("parent", "lines", "match"), [
    ("TH", [("NS", -1)], "“LĐLĐ huyện Nga Sơn”: Chỉ tiêu sáng kiến không được âm"),
    ("TH", [("NS", 12.5)], "“LĐLĐ huyện Nga Sơn”: Chỉ tiêu sáng kiến phải là số nguyên"),
    ("TH", [("NS", "600")], "phải là số nguyên"),
    ("TH", [("NA", 10)], "“LĐLĐ tỉnh Nghệ An” không thuộc phạm vi của đơn vị tổ chức “LĐLĐ tỉnh Thanh Hóa”"),
    ("TH", [("TH", 10)], "“LĐLĐ tỉnh Thanh Hóa” là đơn vị tổ chức: chỉ tiêu của nó là chỉ tiêu của chương trình"),
    ("TH", [("NS.A", 10)], "“CĐCS Công ty May Nga Sơn” không trực thuộc “LĐLĐ tỉnh Thanh Hóa”"),
    ("NS", [("HH.A", 10)], "“CĐCS Công ty Giày Hoằng Hóa” không trực thuộc “LĐLĐ huyện Nga Sơn”"),
    ("TH", [("NS", 300), ("NS", 400)], "“LĐLĐ huyện Nga Sơn” được giao chỉ tiêu hai lần"),
    # all or nothing: the good first line is not written either
    ("TH", [("HH", 400), ("NS", -600)], "không được âm"),
    ("TH", [("HH", 400), ("NS.B", 600)], "không trực thuộc"),
])
def test_bad_allocations_write_nothing(tree, parent, lines, match):
    actor, campaign, u = tree
    allocations = [Allocation(u[key].id, value) for key, value in lines]
    refused(lambda: allocate(actor, campaign.id, u[parent].id, allocations), match, "-")


def test_bad_members_quota_is_refused(tree):
    actor, campaign, u = tree
    refused(lambda: allocate(actor, campaign.id, u["TH"].id, [Allocation(u["NS"].id, 600, -3)]),
            "Chỉ tiêu người tham gia không được âm", "members")


def test_none_removes_a_quota_and_the_same_value_writes_nothing(tree):
    actor, campaign, u = tree
    allocate(actor, campaign.id, u["TH"].id, [Allocation(u["NS"].id, 600), Allocation(u["HH"].id, 400)])
    before = dump()
    audits = AuditEntry.select().count()
    result = allocate(actor, campaign.id, u["TH"].id, [Allocation(u["NS"].id, 600), Allocation(u["HH"].id, 400)])
    assert dump() == before and AuditEntry.select().count() == audits  # no version bump, no audit
    assert result.warning == ""

    quota = Quota.get((Quota.unit == u["HH"]) & (Quota.deleted == False))  # noqa: E712
    result = allocate(actor, campaign.id, u["TH"].id, [Allocation(u["HH"].id, None)])
    assert Quota.get_by_id(quota.id).deleted
    assert {line.code: line.initiatives for line in result.lines} == {"TH.HH": None, "TH.NS": 600}
    assert result.warning == "Tổng chỉ tiêu đã giao (600) thấp hơn chỉ tiêu được giao (1.000) 400 sáng kiến."
    before = dump()
    allocate(actor, campaign.id, u["TH"].id, [Allocation(u["HH"].id, None)])  # nothing left to remove
    assert dump() == before
    allocate(actor, campaign.id, u["TH"].id, [Allocation(u["HH"].id, 350)])  # a new quota after a removal
    assert overview(campaign.id, u["TH"].id).allocated == 950


def test_changed_quota_is_one_update_with_its_audit(tree):
    actor, campaign, u = tree
    allocate(actor, campaign.id, u["TH"].id, [Allocation(u["NS"].id, 600)])
    quota = Quota.get(Quota.unit == u["NS"])
    allocate(actor, campaign.id, u["TH"].id, [Allocation(u["NS"].id, 650)])
    changed = Quota.get_by_id(quota.id)
    assert changed.initiatives == 650 and changed.version > quota.version
    trail = AuditEntry.select().where(AuditEntry.record_uuid == quota.uuid).order_by(AuditEntry.id)
    assert [(a.action, a.changes) for a in trail] == [
        ("create", '{"initiatives": [null, 600], "members": [null, null]}'),
        ("update", '{"initiatives": [600, 650]}')]


def test_a_lower_office_allocates_its_own_quota_but_not_the_provinces(tree):
    actor, campaign, u = tree
    allocate(actor, campaign.id, u["TH"].id, [Allocation(u["NS"].id, 600)])
    installation.set_home_unit(u["NS"])
    refused(lambda: allocate(actor, campaign.id, u["TH"].id, [Allocation(u["NS"].id, 900)]),
            "Việc giao chỉ tiêu thuộc “LĐLĐ tỉnh Thanh Hóa”, một đơn vị cấp trên hoặc ngoài phạm vi của "
            "“LĐLĐ huyện Nga Sơn”")
    result = allocate(actor, campaign.id, u["NS"].id, [Allocation(u["NS.A"].id, 350), Allocation(u["NS.B"].id, 250)])
    assert (result.parent_quota, result.allocated, result.warning) == (600, 600, "")


def test_a_merged_unit_can_lose_its_quota_but_not_get_one(tree):
    actor, campaign, u = tree
    allocate(actor, campaign.id, u["NS"].id, [Allocation(u["NS.A"].id, 300), Allocation(u["NS.B"].id, 200)])
    merge_unit(actor, u["NS.B"].id, u["NS.A"].id, dt.date.today())
    assert [line.code for line in overview(campaign.id, u["NS"].id).lines] == ["TH.NS.A"]
    refused(lambda: allocate(actor, campaign.id, u["NS"].id, [Allocation(u["NS.B"].id, 250)]),
            "“CĐCS Trường THPT Ba Đình” đã ngừng hoạt động nên không thể giao chỉ tiêu", "unit")
    allocate(actor, campaign.id, u["NS"].id, [Allocation(u["NS.A"].id, 500), Allocation(u["NS.B"].id, None)])
    assert overview(campaign.id, u["NS"].id).allocated == 500
