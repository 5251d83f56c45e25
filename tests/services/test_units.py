"""Operations on the union tree, each with its history (events, parent periods, audit trail, versions).

Every refused operation must leave the database exactly as it was: the tests compare a full dump.
"""

from __future__ import annotations

import datetime as dt
import json
import uuid

import pytest

from uniondesk.domain.errors import InputError
from uniondesk.domain.identity import version_millis
from uniondesk.services import installation
from uniondesk.services.actor import Actor, clock_from_database
from uniondesk.services.people import add_person
from uniondesk.services.units import (
    NewPart,
    add_unit,
    close_unit,
    delete_unit,
    edit_unit,
    get_unit,
    merge_unit,
    move_unit,
    record_count,
    reopen_unit,
    split_unit,
)
from uniondesk.store.db import database
from uniondesk.store.models import AuditEntry, Person, Unit, UnitEvent, UnitParent
from uniondesk.store.queries import units as queries

OPENED = dt.date(2015, 1, 1)
MOVED = dt.date(2025, 7, 1)
TODAY = dt.date.today()


def dump() -> str:
    return "\n".join(database.connection().iterdump())


def fresh(unit: Unit) -> Unit:
    return Unit.get_by_id(unit.id)


def refused(call, match: str, field: str | None = "-") -> InputError:
    """``call`` is refused with ``match`` in its message and the database keeps every row as it was."""
    before = dump()
    with pytest.raises(InputError, match=match) as info:
        call()
    assert dump() == before
    if field != "-":
        assert info.value.field == field
    return info.value


def audits(record) -> list[AuditEntry]:
    return list(AuditEntry.select().where(AuditEntry.record_uuid == record.uuid).order_by(AuditEntry.id))


def events(unit: Unit, kind: str | None = None) -> list[UnitEvent]:
    query = UnitEvent.select().where((UnitEvent.unit == unit) & (UnitEvent.deleted == False))  # noqa: E712
    if kind:
        query = query.where(UnitEvent.kind == kind)
    return list(query.order_by(UnitEvent.id))


def periods(unit: Unit) -> list[tuple[int | None, dt.date | None, dt.date | None]]:
    rows = UnitParent.select().where((UnitParent.unit == unit) & (UnitParent.deleted == False))  # noqa: E712
    return [(p.parent_id, p.valid_from, p.valid_to) for p in rows.order_by(UnitParent.id)]


class Tree:
    """TH ─┬─ HT (Hà Trung) ─┬─ G1 (120, with section S1) ─ S1
           │                 └─ G2 (80)
           └─ NS (Nga Sơn) ─── G3 (50)"""

    def __init__(self, actor: Actor, home: Unit):
        self.actor, self.th = actor, home

        def add(code, name, kind, parent, members=0):
            return add_unit(actor, code=code, name=name, kind=kind, parent_id=parent.id, members=members,
                            opened_on=OPENED)

        self.ht = add("HT", "LĐLĐ huyện Hà Trung", "upper", home)
        self.ns = add("NS", "LĐLĐ huyện Nga Sơn", "upper", home)
        self.g1 = add("G1", "Công đoàn Công ty Xi măng Bỉm Sơn", "grassroots", self.ht, 120)
        self.s1 = add("S1", "Công đoàn bộ phận Lò nung", "section", self.g1, 30)
        self.g2 = add("G2", "Công đoàn Trường THPT Hà Trung", "grassroots", self.ht, 80)
        self.g3 = add("G3", "Công đoàn Bệnh viện Nga Sơn", "grassroots", self.ns, 50)


@pytest.fixture
def tree(office) -> Tree:
    return Tree(*office)


# --- add -------------------------------------------------------------------------------------------


def test_add_unit_stores_the_unit_with_its_identity_and_sync_metadata(office):
    actor, home = office
    unit = add_unit(actor, code=" cdcs-01 ", name="  Công đoàn  Công ty Điện lực ", kind="grassroots",
                    parent_id=home.id, members=1234, members_counted_on=dt.date(2024, 10, 1), opened_on=OPENED)
    stored = fresh(unit)
    assert (stored.code, stored.name, stored.kind, stored.status) == (
        "CDCS-01", "Công đoàn Công ty Điện lực", "grassroots", "live")
    assert stored.name_folded == "cong doan cong ty dien luc"
    assert stored.parent_id == home.id and stored.path == f"{home.path}{unit.id}/"
    assert (stored.members, stored.members_counted_on, stored.opened_on) == (1234, dt.date(2024, 10, 1), OPENED)
    assert uuid.UUID(stored.uuid).version == 7
    assert stored.origin == stored.writer == actor.installation_id
    assert stored.changed_by == "Nguyễn Văn An" and stored.version > home.version
    assert not stored.deleted and stored.closed_on is None and stored.successor is None


def test_add_unit_leaves_its_history(office):
    actor, home = office
    unit = add_unit(actor, code="G9", name="Công đoàn Ngân hàng", kind="grassroots", parent_id=home.id,
                    members=40, opened_on=OPENED)
    assert periods(unit) == [(home.id, OPENED, None)]
    [created] = events(unit)
    assert (created.kind, created.on_date, created.other_unit_id) == ("created", OPENED, home.id)
    [entry] = audits(unit)
    assert (entry.action, entry.table_name, entry.officer) == ("create", "unit", "Nguyễn Văn An")
    assert entry.installation_id == actor.installation_id
    assert json.loads(entry.changes) == {"code": [None, "G9"], "name": [None, "Công đoàn Ngân hàng"],
                                         "kind": [None, "grassroots"], "parent": [None, home.uuid],
                                         "members": [None, 40], "opened_on": [None, "2015-01-01"]}
    period = UnitParent.get(UnitParent.unit == unit)
    assert [a.action for a in audits(period)] == ["create"]
    assert [a.action for a in audits(created)] == ["create"]


def test_a_unit_without_an_opening_date_is_created_today(office):
    actor, home = office
    unit = add_unit(actor, code="G9", name="Công đoàn mới", kind="grassroots", parent_id=home.id)
    assert events(unit)[0].on_date == TODAY
    assert periods(unit) == [(home.id, None, None)]
    assert unit.members == 0


def test_add_unit_refuses_a_duplicate_live_code(tree):
    call = lambda: add_unit(tree.actor, code="g1", name="Trùng mã", kind="grassroots", parent_id=tree.ns.id)  # noqa: E731
    error = refused(call, "Mã “G1” đã được dùng cho đơn vị “Công đoàn Công ty Xi măng Bỉm Sơn”", "code")
    assert "G1" in error.message


def test_a_closed_units_code_can_be_given_again(tree):
    close_unit(tree.actor, tree.g2.id, MOVED)
    again = add_unit(tree.actor, code="G2", name="Công đoàn Trường THCS", kind="grassroots", parent_id=tree.ht.id)
    assert again.code == "G2" and again.id != tree.g2.id
    refused(lambda: reopen_unit(tree.actor, tree.g2.id, TODAY), "Mã “G2” đã được dùng", "code")


@pytest.mark.parametrize(
    ("fields", "match", "field"),
    [
        ({"name": "   "}, "Tên không được để trống", "name"),
        ({"name": ""}, "Tên không được để trống", "name"),
        ({"code": ""}, "Mã đơn vị không được để trống", "code"),
        ({"code": "ĐƠN VỊ"}, "không hợp lệ", "code"),
        ({"members": -5}, "không được âm", "members"),
        ({"members": "120"}, "phải là một số nguyên", "members"),
        ({"members": 12.5}, "phải là một số nguyên", "members"),
        ({"members": True}, "phải là một số nguyên", "members"),
        ({"kind": "district"}, "Loại đơn vị", "kind"),
        ({"opened_on": TODAY + dt.timedelta(days=1)}, "tương lai", "opened_on"),
        ({"members_counted_on": dt.date(1900, 1, 1)}, "quá xa", "members_counted_on"),
    ],
)
def test_add_unit_refuses_bad_input_and_changes_nothing(tree, fields, match, field):
    values = {"code": "G9", "name": "Công đoàn Chợ Hà Trung", "kind": "grassroots", "parent_id": tree.ht.id,
              **fields}
    refused(lambda: add_unit(tree.actor, **values), match, field)


def test_add_unit_refuses_a_parent_that_is_closed_or_missing(tree):
    close_unit(tree.actor, tree.g3.id, MOVED)
    refused(lambda: add_unit(tree.actor, code="X", name="X", kind="team", parent_id=tree.g3.id), "ngừng hoạt động")
    refused(lambda: add_unit(tree.actor, code="X", name="X", kind="team", parent_id=10_000), "Không tìm thấy")


# --- edit ------------------------------------------------------------------------------------------


def test_edit_unit_writes_and_audits_only_what_changed(tree):
    before = fresh(tree.g2)
    edit_unit(tree.actor, tree.g2.id, name="Công đoàn Trường THPT Hà Trung  ", code="g2", kind="grassroots",
              members=80)
    assert fresh(tree.g2).version == before.version, "nothing changed, nothing written"
    assert len(audits(tree.g2)) == 1 and len(events(tree.g2)) == 1

    edit_unit(tree.actor, tree.g2.id, name="Công đoàn Trường THPT Hà Trung 2", kind="grassroots")
    after = fresh(tree.g2)
    assert after.name == "Công đoàn Trường THPT Hà Trung 2" and after.name_folded == "cong doan truong thpt ha trung 2"
    assert after.version > before.version
    entry = audits(tree.g2)[-1]
    assert entry.action == "update"
    assert json.loads(entry.changes) == {"name": ["Công đoàn Trường THPT Hà Trung",
                                                  "Công đoàn Trường THPT Hà Trung 2"]}
    edited = events(tree.g2, "edited")[-1]
    assert json.loads(edited.detail) == {"fields": ["name"]} and edited.on_date == TODAY


def test_a_new_member_count_records_a_members_counted_event(tree):
    edit_unit(tree.actor, tree.g2.id, members=95, members_counted_on=dt.date(2025, 1, 15))
    unit = fresh(tree.g2)
    assert (unit.members, unit.members_counted_on) == (95, dt.date(2025, 1, 15))
    counted = events(tree.g2, "members_counted")[-1]
    assert counted.on_date == dt.date(2025, 1, 15)
    assert json.loads(counted.detail) == {"members": 95, "before": 80}
    assert json.loads(audits(tree.g2)[-1].changes) == {"members": [80, 95],
                                                       "members_counted_on": [None, "2025-01-15"]}


def test_a_member_count_without_its_date_is_dated_today(tree):
    edit_unit(tree.actor, tree.g2.id, members=81)
    assert fresh(tree.g2).members_counted_on == TODAY
    assert events(tree.g2, "members_counted")[-1].on_date == TODAY


def test_a_name_and_a_count_changed_together_leave_both_events(tree):
    edit_unit(tree.actor, tree.g2.id, name="Công đoàn Trường Hà Trung", members=85)
    assert [e.kind for e in events(tree.g2)][-2:] == ["members_counted", "edited"]
    assert json.loads(events(tree.g2, "edited")[-1].detail) == {"fields": ["name"]}


def test_a_corrected_opening_date_moves_the_start_of_the_unit_in_the_tree(tree):
    earlier = dt.date(2012, 3, 8)
    edit_unit(tree.actor, tree.g2.id, opened_on=earlier)
    assert periods(tree.g2) == [(tree.ht.id, earlier, None)]
    assert events(tree.g2, "created")[0].on_date == earlier
    assert tree.g2.id in queries.tree_on(earlier) and tree.g1.id not in queries.tree_on(earlier)
    assert json.loads(audits(tree.g2)[-1].changes) == {"opened_on": ["2015-01-01", "2012-03-08"]}


def test_an_opening_date_after_the_first_move_is_refused(tree):
    move_unit(tree.actor, tree.g2.id, tree.ns.id, MOVED)
    refused(lambda: edit_unit(tree.actor, tree.g2.id, opened_on=MOVED + dt.timedelta(days=1)), "trước lần thay đổi",
            "opened_on")
    edit_unit(tree.actor, tree.g2.id, opened_on=MOVED)
    assert periods(tree.g2)[0] == (tree.ht.id, MOVED, MOVED)


@pytest.mark.parametrize(
    ("fields", "match", "field"),
    [
        ({"name": " "}, "Tên không được để trống", "name"),
        ({"members": -1}, "không được âm", "members"),
        ({"members": "nhiều"}, "phải là một số nguyên", "members"),
        ({"code": "G1"}, "đã được dùng", "code"),
        ({"kind": "province"}, "Loại đơn vị", "kind"),
        ({"opened_on": TODAY + dt.timedelta(days=3)}, "tương lai", "opened_on"),
    ],
)
def test_edit_unit_refuses_bad_input_and_changes_nothing(tree, fields, match, field):
    refused(lambda: edit_unit(tree.actor, tree.g2.id, **fields), match, field)


def test_edit_unit_refuses_fields_that_are_not_editable(tree):
    with pytest.raises(TypeError, match="not editable"):
        edit_unit(tree.actor, tree.g2.id, parent_id=tree.ns.id)


# --- versions and the audit trail ------------------------------------------------------------------


def test_every_change_bumps_the_version_and_names_the_writer(tree):
    other = Actor("Trần Thị Bình", tree.actor.installation_id, clock_from_database())
    seen = [fresh(tree.g2).version]
    for change in [lambda: edit_unit(other, tree.g2.id, name="Công đoàn Trường Hà Trung"),
                   lambda: edit_unit(tree.actor, tree.g2.id, members=90),
                   lambda: move_unit(other, tree.g2.id, tree.ns.id, MOVED),
                   lambda: close_unit(tree.actor, tree.g2.id, TODAY)]:
        change()
        unit = fresh(tree.g2)
        assert unit.version > seen[-1]
        assert unit.writer == tree.actor.installation_id
        seen.append(unit.version)
    assert fresh(tree.g2).changed_by == "Nguyễn Văn An"
    assert [a.officer for a in audits(tree.g2)] == ["Nguyễn Văn An", "Trần Thị Bình", "Nguyễn Văn An",
                                                   "Trần Thị Bình", "Nguyễn Văn An"]
    assert abs(version_millis(seen[-1]) / 1000 - dt.datetime.now().timestamp()) < 60


def test_a_new_clock_continues_after_every_stored_version(tree):
    top = max(model.select(model.version).order_by(model.version.desc()).scalar()
              for model in (Unit, UnitParent, UnitEvent))
    assert clock_from_database().tick() > top


def test_every_write_is_audited_with_field_changes(tree):
    move_unit(tree.actor, tree.g1.id, tree.ns.id, MOVED)
    for entry in AuditEntry.select():
        assert entry.officer == "Nguyễn Văn An"
        assert entry.installation_id == tree.actor.installation_id
        assert entry.table_name in {"unit", "unit_parent", "unit_event", "person"}
        changes = json.loads(entry.changes)
        assert all(isinstance(pair, list) and len(pair) == 2 for pair in changes.values())
        assert "path" not in changes and "name_folded" not in changes, "local fields are not history"
        dt.datetime.fromisoformat(entry.at)
    audited = {entry.record_uuid for entry in AuditEntry.select()}
    for model in (Unit, UnitParent, UnitEvent):
        assert {row.uuid for row in model.select()} <= audited, f"an unaudited {model.__name__}"


def test_history_lists_events_and_audited_changes(tree):
    edit_unit(tree.actor, tree.g2.id, name="Công đoàn Trường Hà Trung")
    move_unit(tree.actor, tree.g2.id, tree.ns.id, MOVED)
    lines = queries.history(tree.g2.id)
    assert {(line.kind, line.what) for line in lines} >= {
        ("event", "created"), ("event", "edited"), ("event", "moved"),
        ("audit", "create"), ("audit", "update")}
    moved = next(line for line in lines if line.what == "moved")
    assert moved.other == "LĐLĐ huyện Nga Sơn" and moved.at == MOVED.isoformat()
    assert all(line.officer == "Nguyễn Văn An" for line in lines)
    assert [line.at for line in lines] == sorted((line.at for line in lines), reverse=True)


# --- move ------------------------------------------------------------------------------------------


def test_move_takes_the_whole_subtree_and_keeps_the_old_tree(tree):
    move_unit(tree.actor, tree.g1.id, tree.ns.id, MOVED)
    g1, s1 = fresh(tree.g1), fresh(tree.s1)
    assert g1.parent_id == tree.ns.id
    assert g1.path == f"{tree.ns.path}{g1.id}/" and s1.path == f"{g1.path}{s1.id}/"
    assert periods(tree.g1) == [(tree.ht.id, OPENED, MOVED), (tree.ns.id, MOVED, None)]
    assert periods(tree.s1) == [(tree.g1.id, OPENED, None)], "the section stays under its union"
    before, after = queries.tree_on(MOVED - dt.timedelta(days=1)), queries.tree_on(MOVED)
    assert before[tree.g1.id] == tree.ht.id and after[tree.g1.id] == tree.ns.id
    assert before[tree.s1.id] == after[tree.s1.id] == tree.g1.id
    assert queries.tree_on(dt.date(2010, 1, 1)) == {tree.th.id: None}, "nothing but the office before 2015"
    assert [row.code for row in queries.children(tree.ns.id)] == ["G3", "G1"]
    assert queries.ancestors(tree.s1.id) == [tree.th.id, tree.ns.id, tree.g1.id]


def test_move_leaves_an_event_and_an_audited_parent_change(tree):
    move_unit(tree.actor, tree.g1.id, tree.ns.id, MOVED)
    [moved] = events(tree.g1, "moved")
    assert (moved.on_date, moved.other_unit_id) == (MOVED, tree.ns.id)
    assert json.loads(moved.detail) == {"from_unit": tree.ht.uuid}
    assert json.loads(audits(tree.g1)[-1].changes) == {"parent": [tree.ht.uuid, tree.ns.uuid]}


def test_subtree_totals_follow_a_move(tree):
    def row(unit):
        return queries.rows_by_id([unit.id])[unit.id]

    assert (row(tree.ht).members, row(tree.ht).grassroots) == (200, 2)
    move_unit(tree.actor, tree.g1.id, tree.ns.id, MOVED)
    assert (row(tree.ht).members, row(tree.ht).grassroots) == (80, 1)
    assert (row(tree.ns).members, row(tree.ns).grassroots) == (170, 2)
    assert row(tree.th).members == 250


def test_move_refuses_itself_its_descendants_and_its_current_parent(tree):
    refused(lambda: move_unit(tree.actor, tree.ht.id, tree.ht.id, MOVED), "chính nó", "parent")
    refused(lambda: move_unit(tree.actor, tree.ht.id, tree.g1.id, MOVED), "cấp dưới của nó", "parent")
    refused(lambda: move_unit(tree.actor, tree.ht.id, tree.s1.id, MOVED), "cấp dưới của nó", "parent")
    refused(lambda: move_unit(tree.actor, tree.g1.id, tree.ht.id, MOVED), "đã trực thuộc", "parent")


def test_move_refuses_a_closed_parent_a_future_date_and_a_date_before_the_last_change(tree):
    close_unit(tree.actor, tree.g3.id, MOVED)
    refused(lambda: move_unit(tree.actor, tree.g2.id, tree.g3.id, MOVED), "ngừng hoạt động")
    refused(lambda: move_unit(tree.actor, tree.g2.id, tree.ns.id, TODAY + dt.timedelta(days=1)), "tương lai", "date")
    move_unit(tree.actor, tree.g2.id, tree.ns.id, MOVED)
    refused(lambda: move_unit(tree.actor, tree.g2.id, tree.ht.id, dt.date(2020, 1, 1)), "sớm hơn", "date")


# --- merge -----------------------------------------------------------------------------------------


def test_merge_closes_a_and_hands_everything_to_b(tree):
    person = add_person(tree.actor, tree.g1.id, full_name="Lê Văn Cường")
    merge_unit(tree.actor, tree.g1.id, tree.g2.id, MOVED)
    g1, g2, s1 = fresh(tree.g1), fresh(tree.g2), fresh(tree.s1)
    assert (g1.status, g1.successor_id, g1.closed_on) == ("merged", g2.id, MOVED)
    assert (g2.status, g2.members, g2.members_counted_on) == ("live", 200, MOVED)
    assert s1.parent_id == g2.id and s1.path == f"{g2.path}{s1.id}/"
    assert Person.get_by_id(person.id).unit_id == g2.id
    assert periods(tree.g1) == [(tree.ht.id, OPENED, MOVED)]
    assert periods(tree.s1) == [(tree.g1.id, OPENED, MOVED), (tree.g2.id, MOVED, None)]
    [merged] = events(tree.g1, "merged_into")
    [absorbed] = events(tree.g2, "absorbed")
    assert (merged.other_unit_id, absorbed.other_unit_id, merged.on_date) == (g2.id, g1.id, MOVED)
    assert json.loads(merged.detail) == {"members": 120}


def test_merge_keeps_a_past(tree):
    history_before = [(e.kind, e.on_date) for e in events(tree.g1)]
    merge_unit(tree.actor, tree.g1.id, tree.g2.id, MOVED)
    assert [(e.kind, e.on_date) for e in events(tree.g1)][:len(history_before)] == history_before
    before = queries.tree_on(MOVED - dt.timedelta(days=1))
    after = queries.tree_on(MOVED)
    assert before[tree.g1.id] == tree.ht.id and before[tree.s1.id] == tree.g1.id
    assert tree.g1.id not in after and after[tree.s1.id] == tree.g2.id
    assert queries.rows_by_id([tree.ht.id])[tree.ht.id].members == 200, "members are not lost or counted twice"
    assert [row.code for row in queries.children(tree.ht.id)] == ["G2"]
    assert [row.code for row in queries.children(tree.ht.id, include_closed=True)] == ["G1", "G2"]
    lines = queries.history(tree.g1.id)
    assert any(line.what == "merged_into" and line.other == "Công đoàn Trường THPT Hà Trung" for line in lines)


def test_after_a_merge_the_code_is_free_again(tree):
    merge_unit(tree.actor, tree.g1.id, tree.g2.id, MOVED)
    assert add_unit(tree.actor, code="G1", name="Công đoàn mới", kind="grassroots", parent_id=tree.ht.id).code == "G1"


def test_merge_into_an_upper_unit_moves_the_children_there(tree):
    merge_unit(tree.actor, tree.ht.id, tree.ns.id, MOVED)
    assert {row.code for row in queries.children(tree.ns.id)} == {"G1", "G2", "G3"}
    assert fresh(tree.s1).path.startswith(fresh(tree.g1).path)
    assert fresh(tree.g1).path.startswith(fresh(tree.ns).path)


def test_merge_refuses_itself_a_descendant_and_a_closed_unit(tree):
    refused(lambda: merge_unit(tree.actor, tree.g1.id, tree.g1.id, MOVED), "chính nó", "into")
    refused(lambda: merge_unit(tree.actor, tree.ht.id, tree.g1.id, MOVED), "cấp dưới", "into")
    refused(lambda: merge_unit(tree.actor, tree.g1.id, tree.s1.id, MOVED), "cấp dưới", "into")
    close_unit(tree.actor, tree.g3.id, MOVED)
    refused(lambda: merge_unit(tree.actor, tree.g1.id, tree.g3.id, MOVED), "ngừng hoạt động")
    refused(lambda: merge_unit(tree.actor, tree.g3.id, tree.g1.id, MOVED), "ngừng hoạt động")


def test_a_refused_merge_half_way_changes_nothing(tree):
    move_unit(tree.actor, tree.s1.id, tree.g2.id, MOVED)
    move_unit(tree.actor, tree.s1.id, tree.g1.id, TODAY)
    # S1's last change is today: moving it to G3 on MOVED is refused after G1's other work began.
    refused(lambda: merge_unit(tree.actor, tree.g1.id, tree.g3.id, MOVED), "sớm hơn", "date")


# --- split -----------------------------------------------------------------------------------------


def test_split_creates_new_units_under_the_same_parent(tree):
    person = add_person(tree.actor, tree.g1.id, full_name="Phạm Thị Dung")
    new = split_unit(tree.actor, tree.g1.id, [NewPart("G1A", "Công đoàn Xi măng Bỉm Sơn 1", 70),
                                             NewPart("g1b", "Công đoàn Xi măng Bỉm Sơn 2", 50)], MOVED)
    a, b = (fresh(unit) for unit in new)
    assert (a.code, b.code) == ("G1A", "G1B")
    assert all(unit.parent_id == tree.ht.id and unit.kind == "grassroots" and unit.opened_on == MOVED
               and unit.members_counted_on == MOVED for unit in (a, b))
    assert (a.members, b.members) == (70, 50)
    g1 = fresh(tree.g1)
    assert (g1.status, g1.closed_on, g1.successor_id) == ("split", MOVED, a.id)
    assert fresh(tree.s1).parent_id == a.id and Person.get_by_id(person.id).unit_id == a.id
    assert [(e.other_unit_id, json.loads(e.detail)) for e in events(tree.g1, "split_into")] == [
        (a.id, {"members": 70}), (b.id, {"members": 50})]
    assert [e.other_unit_id for e in events(b, "split_from")] == [g1.id]
    assert queries.rows_by_id([tree.ht.id])[tree.ht.id].members == 200
    assert queries.tree_on(MOVED - dt.timedelta(days=1))[tree.g1.id] == tree.ht.id
    assert a.id not in queries.tree_on(MOVED - dt.timedelta(days=1)) and queries.tree_on(MOVED)[a.id] == tree.ht.id


def test_a_split_that_loses_members_is_refused(tree):
    parts = [NewPart("G1A", "Phần 1", 70), NewPart("G1B", "Phần 2", 40)]
    error = refused(lambda: split_unit(tree.actor, tree.g1.id, parts, MOVED), r"\(110\) phải bằng", "parts")
    assert "(120)" in error.message


@pytest.mark.parametrize(
    ("parts", "match"),
    [
        ([NewPart("G1A", "Phần 1", 120)], "ít nhất hai"),
        ([], "ít nhất hai"),
        ([NewPart("G1A", "Phần 1", 60), NewPart("g1a", "Phần 2", 60)], "mã khác nhau"),
        ([NewPart("G1A", "Phần 1", 60), NewPart("G3", "Phần 2", 60)], "Mã “G3” đã được dùng"),
        ([NewPart("G1A", "Phần 1", 60), NewPart("G1B", "  ", 60)], "Tên không được để trống"),
        ([NewPart("G1A", "Phần 1", 130), NewPart("G1B", "Phần 2", -10)], "không được âm"),
        ([NewPart("", "Phần 1", 60), NewPart("G1B", "Phần 2", 60)], "Mã đơn vị không được để trống"),
    ],
)
def test_split_refuses_bad_parts_and_changes_nothing(tree, parts, match):
    refused(lambda: split_unit(tree.actor, tree.g1.id, parts, MOVED), match)


# --- close and reopen ------------------------------------------------------------------------------


def test_close_a_unit_without_live_children(tree):
    close_unit(tree.actor, tree.g2.id, MOVED, reason="  Doanh nghiệp  giải thể ")
    g2 = fresh(tree.g2)
    assert (g2.status, g2.closed_on, g2.successor_id) == ("closed", MOVED, None)
    [closed] = events(tree.g2, "closed")
    assert closed.on_date == MOVED and json.loads(closed.detail) == {"reason": "Doanh nghiệp giải thể"}
    assert periods(tree.g2) == [(tree.ht.id, OPENED, MOVED)]
    assert tree.g2.id in queries.tree_on(MOVED - dt.timedelta(days=1)) and tree.g2.id not in queries.tree_on(MOVED)
    assert json.loads(audits(tree.g2)[-1].changes) == {"status": ["live", "closed"], "closed_on": [None, "2025-07-01"]}


def test_close_is_refused_while_live_children_remain(tree):
    refused(lambda: close_unit(tree.actor, tree.ht.id, MOVED), "còn 2 đơn vị trực thuộc")
    close_unit(tree.actor, tree.g2.id, MOVED)
    close_unit(tree.actor, tree.s1.id, MOVED)
    close_unit(tree.actor, tree.g1.id, MOVED)
    close_unit(tree.actor, tree.ht.id, MOVED)
    assert fresh(tree.ht).status == "closed"


def test_close_refuses_a_closed_unit_and_bad_dates(tree):
    refused(lambda: close_unit(tree.actor, tree.g2.id, TODAY + dt.timedelta(days=1)), "tương lai", "date")
    refused(lambda: close_unit(tree.actor, tree.g2.id, dt.date(2010, 1, 1)), "sớm hơn", "date")
    close_unit(tree.actor, tree.g2.id, MOVED)
    refused(lambda: close_unit(tree.actor, tree.g2.id, MOVED), "ngừng hoạt động")


def test_reopen_brings_a_unit_back_under_its_last_parent(tree):
    close_unit(tree.actor, tree.g2.id, MOVED)
    reopen_unit(tree.actor, tree.g2.id, TODAY)
    g2 = fresh(tree.g2)
    assert (g2.status, g2.closed_on, g2.parent_id) == ("live", None, tree.ht.id)
    assert periods(tree.g2) == [(tree.ht.id, OPENED, MOVED), (tree.ht.id, TODAY, None)]
    assert [e.kind for e in events(tree.g2)][-2:] == ["closed", "reopened"]
    assert tree.g2.id not in queries.tree_on(MOVED) or MOVED == TODAY
    assert queries.tree_on(TODAY)[tree.g2.id] == tree.ht.id


def test_reopen_after_a_merge_clears_the_successor(tree):
    merge_unit(tree.actor, tree.g2.id, tree.g1.id, MOVED)
    reopen_unit(tree.actor, tree.g2.id, TODAY)
    assert fresh(tree.g2).successor_id is None and fresh(tree.g2).status == "live"


def test_reopen_is_refused_when_live_too_early_or_under_a_closed_parent(tree):
    refused(lambda: reopen_unit(tree.actor, tree.g2.id, TODAY), "đang hoạt động")
    close_unit(tree.actor, tree.g3.id, MOVED)
    refused(lambda: reopen_unit(tree.actor, tree.g3.id, MOVED - dt.timedelta(days=1)), "phải sau", "date")
    close_unit(tree.actor, tree.ns.id, MOVED)
    refused(lambda: reopen_unit(tree.actor, tree.g3.id, TODAY), "hãy mở lại nó trước")


# --- delete ----------------------------------------------------------------------------------------


def test_delete_a_unit_typed_by_mistake_leaves_tombstones(tree):
    references = record_count(fresh(tree.ht))
    mistake = add_unit(tree.actor, code="SAI", name="Nhập nhầm", kind="grassroots", parent_id=tree.ht.id)
    assert record_count(fresh(tree.ht)) > references
    event, period = events(mistake)[0], UnitParent.get(UnitParent.unit == mistake)
    delete_unit(tree.actor, mistake.id)
    assert fresh(mistake).deleted and UnitEvent.get_by_id(event.id).deleted and UnitParent.get_by_id(period.id).deleted
    assert audits(mistake)[-1].action == "delete"
    assert json.loads(audits(mistake)[-1].changes) == {"deleted": [False, True]}
    assert fresh(mistake).version > mistake.version
    with pytest.raises(InputError, match="Không tìm thấy"):
        get_unit(mistake.id)
    assert "SAI" not in {row.code for row in queries.children(tree.ht.id, include_closed=True)}
    assert record_count(fresh(tree.ht)) == references, "tombstones are not records"
    assert add_unit(tree.actor, code="SAI", name="Đúng", kind="grassroots", parent_id=tree.ht.id).code == "SAI"


def test_delete_is_refused_for_a_unit_with_records(tree):
    refused(lambda: delete_unit(tree.actor, tree.g1.id), "đã có dữ liệu liên quan")  # its section
    add_person(tree.actor, tree.g2.id, full_name="Hoàng Văn Em")
    refused(lambda: delete_unit(tree.actor, tree.g2.id), "đã có dữ liệu liên quan")
    refused(lambda: delete_unit(tree.actor, tree.th.id), "đơn vị chủ quản")


def test_a_merged_unit_and_its_heir_cannot_be_deleted(tree):
    merge_unit(tree.actor, tree.g2.id, tree.g3.id, MOVED)
    refused(lambda: delete_unit(tree.actor, tree.g3.id), "đã có dữ liệu liên quan")
    refused(lambda: delete_unit(tree.actor, tree.g2.id), "đã có dữ liệu liên quan")


def test_operations_on_a_missing_unit_are_refused(tree):
    for call in [lambda: edit_unit(tree.actor, 9999, name="X"), lambda: move_unit(tree.actor, 9999, tree.ht.id, MOVED),
                 lambda: close_unit(tree.actor, 9999, MOVED), lambda: delete_unit(tree.actor, 9999),
                 lambda: merge_unit(tree.actor, tree.g1.id, 9999, MOVED)]:
        refused(call, "Không tìm thấy")


def test_home_unit_is_known(tree):
    assert installation.home_unit() == tree.th


def test_tree_changes_need_a_date(tree):
    for call in [lambda: move_unit(tree.actor, tree.g2.id, tree.ns.id, None),
                 lambda: merge_unit(tree.actor, tree.g2.id, tree.g3.id, None),
                 lambda: split_unit(tree.actor, tree.g2.id, [NewPart("A", "A", 40), NewPart("B", "B", 40)], None),
                 lambda: close_unit(tree.actor, tree.g2.id, None)]:
        refused(call, "Hãy nhập ngày", "date")


def test_a_date_time_counts_as_its_day(tree):
    move_unit(tree.actor, tree.g2.id, tree.ns.id, dt.datetime(2025, 7, 1, 16, 45))
    assert periods(tree.g2)[-1] == (tree.ns.id, MOVED, None)
