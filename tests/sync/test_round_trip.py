"""Three offices, three database files: province ↔ district ↔ commune. Setup bundles create the lower
offices; initiatives travel up, campaigns, quotas and tree changes travel down, receipts come back."""

from __future__ import annotations

import datetime as dt

from sync_fixtures import add_initiative, canonical, opened, unit
from uniondesk.services import campaigns, installation, maintenance, quotas, units
from uniondesk.services.sync import status
from uniondesk.store.models import Campaign, Initiative, Quota, Unit
from uniondesk.store.models_sync import SyncSent


def codes() -> set[str]:
    return {u.code for u in Unit.select().where(Unit.deleted == False)}  # noqa: E712


def test_setup_bundles_give_each_office_its_subtree_the_chain_above_and_the_campaigns(federation):
    with opened(federation.district):
        assert codes() == {"TH", "HH", "XA1", "XA2"}  # not the other district NS nor its commune
        assert installation.home_unit().code == "HH"
        assert Campaign.get().code == "SK2022"
        assert {(q.unit.code, q.initiatives) for q in Quota.select()} == {("HH", 100), ("XA1", 60)}
        assert [u.path for u in Unit.select().order_by(Unit.path)] == ["/1/", "/1/2/", "/1/2/3/", "/1/2/4/"]
    with opened(federation.commune):
        assert codes() == {"TH", "HH", "XA1"}
        assert installation.home_unit().code == "XA1"
        assert Campaign.get().organiser.code == "TH"  # relayed by the district from the province
        assert {(q.unit.code, q.initiatives) for q in Quota.select()} == {("XA1", 60)}


def test_initiatives_travel_up_and_tree_changes_and_campaigns_travel_down(federation):
    f = federation
    with opened(f.commune) as actor:
        for number in range(3):
            add_initiative(actor, "XA1", f"Cải tiến máy bơm số {number}", benefit=2_000_000 * (number + 1), authors=2)
    report = f.import_(f.district, f.export(f.commune, "HH", "c1"))
    assert report.counts["new"] == 3 + 6 + 6  # initiatives, authors, their people
    assert report.applied_totals == {"records": 15, "initiatives": 3, "benefit_vnd": 12_000_000}
    report = f.import_(f.province, f.export(f.district, "TH", "d1"))
    assert report.applied_totals["initiatives"] == 3 and report.counts["refused"] == 0

    with opened(f.province) as actor:
        assert Initiative.select().count() == 3
        units.edit_unit(actor, unit("XA1").id, name="CĐCS xã Hoằng Lộc (sau sáp nhập)")
        units.add_unit(actor, code="XA9", name="CĐCS xã Hoằng Thịnh", kind="grassroots", parent_id=unit("HH").id)
        units.move_unit(actor, unit("XA2").id, unit("NS").id, dt.date(2022, 6, 1))
        new = campaigns.create_campaign(actor, code="LDG2022", name="Lao động giỏi, Lao động sáng tạo",
                                        kind="emulation", organiser_id=unit("TH").id, start_on=dt.date(2022, 1, 1),
                                        end_on=dt.date(2022, 12, 31))
        quotas.allocate(actor, new.id, unit("TH").id, [quotas.Allocation(unit("HH").id, 20)])
    report = f.import_(f.district, f.export(f.province, "HH", "p1"))
    assert report.counts["refused"] == 0 and report.counts["held"] == 0
    with opened(f.district) as actor:
        assert codes() == {"TH", "HH", "XA1", "XA9", "XA2", "NS"}  # XA2 moved out, with its new parent
        assert unit("XA2").parent.code == "NS" and unit("XA2").path == f"{unit('NS').path}{unit('XA2').id}/"
        assert unit("XA9").path.startswith(unit("HH").path)
        assert maintenance.check()["ok"], maintenance.check()["problems"]
        assert {c.code for c in Campaign.select()} == {"SK2022", "LDG2022"}
        quotas.allocate(actor, Campaign.get(code="LDG2022").id, unit("HH").id, [quotas.Allocation(unit("XA1").id, 8)])
    f.import_(f.commune, f.export(f.district, "XA1", "d2"))
    with opened(f.commune):
        assert unit("XA1").name == "CĐCS xã Hoằng Lộc (sau sáp nhập)"
        assert {c.code for c in Campaign.select()} == {"SK2022", "LDG2022"}
        assert Quota.select().join(Campaign).where(Campaign.code == "LDG2022").get().initiatives == 8
        assert "XA9" not in codes()  # a sibling: not the commune's business


def test_the_three_offices_agree_on_what_they_share(federation):
    f = federation
    with opened(f.commune) as actor:
        add_initiative(actor, "XA1", "Sổ tay an toàn lao động", benefit=5_000_000)
    f.import_(f.district, f.export(f.commune, "HH", "c1"))
    f.import_(f.province, f.export(f.district, "TH", "d1"))
    shared = ("initiative", "initiative_author", "person")
    with opened(f.commune):
        commune = {t: rows for t, rows in canonical(shared).items()}
    with opened(f.district):
        district = canonical(shared)
    with opened(f.province):
        province = canonical(shared)
        province["person"] = [row for row in province["person"] if row[6] != "Lê Thị Hoa"]  # the province's own
    assert commune == district == province


def test_receipts_acknowledge_bundles_and_status_follows_them(federation):
    f = federation
    with opened(f.commune) as actor:
        add_initiative(actor, "XA1", "Bảng theo dõi ca làm việc", benefit=1_000_000)
    first = f.export(f.commune, "HH", "c1")
    with opened(f.commune):
        upper = {row.unit_code: row for row in status.status()}["HH"]
        assert upper.last_sent["seq"] == 1 and upper.last_acknowledged is None
        assert upper.unacknowledged_records == 3 and upper.kept_bundles == 1
    f.import_(f.district, first)
    with opened(f.district):
        lower = {row.unit_code: row for row in status.status()}["XA1"]
        assert lower.last_received["seq"] == 1 and lower.relation == "lower"
    f.import_(f.commune, f.export(f.district, "XA1", "d1"))  # carries the receipt of c1
    with opened(f.commune):
        upper = {row.unit_code: row for row in status.status()}["HH"]
        assert upper.last_acknowledged["seq"] == 1 and upper.unacknowledged_records == 0
        assert upper.kept_bundles == 0 and upper.warning is False
        sent = SyncSent.get(SyncSent.seq == 1)
        assert sent.acked_at is not None and '"initiatives": 1' in sent.receipt
    with opened(f.commune) as actor:
        add_initiative(actor, "XA1", "Quy trình nhập kho mới")
        assert {row.unit_code: row for row in status.status()}["HH"].unacknowledged_records == 3


def test_status_warns_after_the_configured_number_of_days(federation):
    f = federation
    f.export(f.commune, "HH", "c1")
    with opened(f.commune):
        status.set_warning_days(10)
        today = dt.date.today()
        assert not {r.unit_code: r for r in status.status(today)}["HH"].warning
        assert {r.unit_code: r for r in status.status(today + dt.timedelta(days=11))}["HH"].warning


def test_an_incremental_bundle_holds_only_what_was_not_acknowledged(federation):
    f = federation
    with opened(f.commune) as actor:
        add_initiative(actor, "XA1", "Sáng kiến thứ nhất")
    f.import_(f.district, f.export(f.commune, "HH", "c1"))
    f.import_(f.commune, f.export(f.district, "XA1", "d1"))
    with opened(f.commune) as actor:
        add_initiative(actor, "XA1", "Sáng kiến thứ hai", authors=0)
    report = f.import_(f.district, f.export(f.commune, "HH", "c2"))
    assert report.counts["new"] == 1 and sum(report.counts.values()) == 1
    full = f.import_(f.district, f.export(f.commune, "HH", "c3", full=True))
    assert full.counts["new"] == 0 and full.counts["unchanged"] > 5


def test_a_subtree_moved_under_an_office_brings_its_history(federation):
    f = federation
    with opened(f.province) as actor:
        units.move_unit(actor, unit("XB1").id, unit("HH").id, dt.date(2022, 7, 1))
    f.import_(f.district, f.export(f.province, "HH", "p1"))
    with opened(f.district):
        assert unit("XB1").parent.code == "HH"
        assert unit("XB1").events.count() == 2  # created (old, never sent before) and moved


def test_counting_what_a_bundle_would_hold_reads_only_keys_and_counts_the_same(federation):
    from uniondesk.services.sync.select import Scope, select

    with opened(federation.district) as actor:
        add_initiative(actor, "XA1", "Sổ tay an toàn lao động", authors=2)
        home = installation.home_unit()
        for code in ("TH", "XA1", "XA2"):
            for since in (0, actor.clock.tick() - 10**12):
                options = {"since": since, "new_units": set(), "echo_from": set(), "full": False}
                whole = select(Scope.of(home, unit(code)), **options)
                light = select(Scope.of(home, unit(code)), keys_only=True, **options)
                assert {t: len(r) for t, r in light.tables.items()} == {t: len(r) for t, r in whole.tables.items()}
                assert whole.records and all(len(row) == 3 for rows in light.tables.values() for row in rows)
