"""Entering, editing, reviewing and deleting initiatives; the bulk path; every refusal changes nothing."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from initiative_world import World, dump

from uniondesk.domain.errors import Cancelled, InputError
from uniondesk.domain.initiatives import shares_bp
from uniondesk.services import campaigns
from uniondesk.services.duplicates import similar_initiatives
from uniondesk.services.initiatives import (
    AuthorSpec,
    add_initiative,
    add_many,
    applied_outside_window,
    delete_initiative,
    edit_initiative,
    rebuild_search_index,
    set_status,
    validate,
)
from uniondesk.store.db import database
from uniondesk.store.models import AuditEntry, Initiative, InitiativeAuthor, Person
from uniondesk.store.queries import initiatives as queries

TODAY = dt.date.today()


@pytest.fixture
def world(office):
    actor, home = office
    return World(actor, home)


def refused(world, action, *, says: str, field: str | None = None):
    """Run ``action``: it must be refused with a message containing ``says`` and change nothing."""
    before = dump()
    with pytest.raises(InputError) as caught:
        action()
    assert says in caught.value.message
    if field is not None:
        assert caught.value.field == field
    assert dump() == before
    return caught.value


def authors_of(initiative_id: int) -> list[tuple]:
    return [(a.name, a.share_bp) for a in queries.authors_of(initiative_id)]


# --- entering one ------------------------------------------------------------------------------------

def test_an_initiative_is_entered_with_its_authors_audited_and_searchable(world):
    data = world.entry("Cải tiến quy trình kiểm tra công tơ điện", authors=[
        AuthorSpec(person_id=world.binh.id, share_pct=60), AuthorSpec(full_name="Trần Văn Cường", share_pct=40)],
        summary="Giảm  thời gian kiểm tra.\nÁp dụng tại 3 trạm.", benefit_vnd=1_500_000_000, field="technical",
        applied_on=dt.date(2022, 2, 1))
    initiative = add_initiative(world.actor, data)
    detail = queries.detail(initiative.id)
    assert (detail.title, detail.unit_code, detail.campaign_code, detail.field, detail.status) == (
        "Cải tiến quy trình kiểm tra công tơ điện", "TH.NL.01", "1TSK", "technical", "registered")
    assert detail.summary == "Giảm thời gian kiểm tra.\nÁp dụng tại 3 trạm."
    assert detail.benefit_vnd == 1_500_000_000
    assert authors_of(initiative.id) == [("Lê Thị Bình", 6000), ("Trần Văn Cường", 4000)]
    new_person = Person.get(Person.full_name == "Trần Văn Cường")
    assert new_person.unit_id == world.power.id and new_person.name_folded == "tran van cuong"
    rows = InitiativeAuthor.select().where(InitiativeAuthor.initiative == initiative.id)
    assert {(row.campaign_id, row.unit_id) for row in rows} == {(world.campaign.id, world.power.id)}
    audited = {(e.table_name, e.action) for e in AuditEntry.select().where(AuditEntry.record_uuid.in_(
        [initiative.uuid, new_person.uuid, *(row.uuid for row in rows)]))}
    assert audited == {("initiative", "create"), ("person", "create"), ("initiative_author", "create")}
    assert queries.count(queries.InitiativeFilter(text="cong to dien")) == 1
    assert queries.count(queries.InitiativeFilter(text="tran van cuong")) == 1  # authors are searchable


def test_authors_without_a_share_split_what_is_left_equally(world):
    three = [AuthorSpec(full_name=name) for name in ("Hà Văn A", "Hà Văn B", "Hà Văn C")]
    first = add_initiative(world.actor, world.entry("Máy bóc vỏ lạc", authors=three))
    assert [share for _, share in authors_of(first.id)] == [3334, 3333, 3333]
    mixed = [AuthorSpec(person_id=world.binh.id, share_pct=50), AuthorSpec(full_name="Hà Văn D"),
             AuthorSpec(unit_id=world.power.id)]
    second = add_initiative(world.actor, world.entry("Phần mềm quản lý kho vật tư", authors=mixed))
    assert authors_of(second.id) == [("Lê Thị Bình", 5000), ("Hà Văn D", 2500),
                                     ("Công đoàn Điện lực Ngọc Lặc", 2500)]


@pytest.mark.parametrize(("shares", "says"), [
    ([60, 30], "90%, phải bằng 100%"),
    ([60, 50], "110%, phải bằng 100%"),
    ([100, None], "không còn phần"),
    ([0, 100], "phải lớn hơn 0"),
])
def test_shares_that_do_not_add_up_to_100_are_refused(world, shares, says):
    authors = [AuthorSpec(person_id=world.binh.id, share_pct=shares[0]),
               AuthorSpec(full_name="Trần Văn Cường", share_pct=shares[1])]
    refused(world, lambda: add_initiative(world.actor, world.entry(authors=authors)), says=says, field="authors")


def test_shares_round_to_exactly_100_percent():
    assert shares_bp([33.33, 33.33, 33.34]) == [3333, 3333, 3334]
    assert shares_bp([33.34, 33.34, 33.33]) == [3334, 3334, 3332]  # 100.01 %: within the tolerance
    assert sum(shares_bp([None] * 7)) == 10_000


@pytest.mark.parametrize(("authors", "says"), [
    ([], "ít nhất một tác giả"),
    ([AuthorSpec()], "hãy chọn một người"),
    ([AuthorSpec(person_id=1, full_name="X")], "hãy chọn một người"),
    ([AuthorSpec(person_id=999_999)], "không tìm thấy người này"),
    ([AuthorSpec(full_name="Lê Thị Bình", share_pct=50), AuthorSpec(full_name="le thi binh", share_pct=50)],
     "được ghi hai lần"),
])
def test_authors_must_be_people_units_or_new_names_once_each(world, authors, says):
    refused(world, lambda: add_initiative(world.actor, world.entry(authors=authors)), says=says, field="authors")


@pytest.mark.parametrize(("fields", "says", "field"), [
    ({"registered_on": TODAY + dt.timedelta(days=1)}, "tương lai", "registered_on"),
    ({"applied_on": TODAY + dt.timedelta(days=30)}, "tương lai", "applied_on"),
    ({"registered_on": dt.date(1900, 1, 1)}, "quá xa trong quá khứ", "registered_on"),
    ({"status": "recognised", "recognised_on": dt.date(2022, 2, 1)}, "trước ngày đăng ký", "recognised_on"),
    ({"decision_on": dt.date(2022, 1, 1)}, "trước ngày đăng ký", "decision_on"),
    ({"recognised_on": dt.date(2022, 4, 1)}, "chưa được xét", "recognised_on"),
])
def test_dates_in_the_future_or_out_of_order_are_refused(world, fields, says, field):
    refused(world, lambda: add_initiative(world.actor, world.entry(**fields)), says=says, field=field)


def test_a_first_application_before_registration_is_accepted_and_flagged_outside_the_window(world):
    """An initiative must have been applied (at least on trial) to be recognised: applying before
    registering is normal; the campaign's window (from 1/1/2021) flags the early one."""
    inside = add_initiative(world.actor, world.entry("Máy tách hạt ngô", applied_on=dt.date(2021, 6, 1)))
    early = add_initiative(world.actor, world.entry("Máy sấy sắn lát", applied_on=dt.date(2020, 6, 1)))
    assert not applied_outside_window(inside)
    assert applied_outside_window(early)
    assert queries.detail(early.id).applied_outside_window


@pytest.mark.parametrize(("benefit", "says"), [
    (-1, "không được âm"), (10**13 + 1, "quá lớn"), ("1,5 tỷ", "số đồng nguyên"), (True, "số đồng nguyên")])
def test_negative_absurd_or_untyped_benefits_are_refused(world, benefit, says):
    refused(world, lambda: add_initiative(world.actor, world.entry(benefit_vnd=benefit)), says=says,
            field="benefit_vnd")


def test_a_unit_outside_the_home_subtree_is_refused(world):
    refused(world, lambda: add_initiative(world.actor, world.entry(unit=world.elsewhere)),
            says="ngoài phạm vi của “LĐLĐ tỉnh Thanh Hóa”", field="unit")


def test_a_closed_campaign_refuses_new_initiatives_and_a_reopened_one_accepts_them(world):
    campaigns.set_status(world.actor, world.campaign.id, "closed")
    refused(world, lambda: add_initiative(world.actor, world.entry()), says="đã kết thúc", field="campaign")
    campaigns.set_status(world.actor, world.campaign.id, "open")
    assert add_initiative(world.actor, world.entry()).id


def test_a_phase_of_another_campaign_and_unknown_keys_are_refused(world):
    other = campaigns.create_campaign(world.actor, code="LDST", name="Lao động sáng tạo", kind="emulation",
                                      organiser_id=world.home.id, start_on=dt.date(2022, 1, 1),
                                      end_on=dt.date(2022, 12, 31),
                                      phases=[campaigns.PhaseSpec("Đợt 1", dt.date(2022, 1, 1), dt.date(2022, 6, 30))])
    phase_id = campaigns.CampaignPhase.get(campaigns.CampaignPhase.campaign == other.id).id
    refused(world, lambda: add_initiative(world.actor, world.entry(phase_id=phase_id)), says="Giai đoạn")
    refused(world, lambda: add_initiative(world.actor, world.entry(field="chemistry")), says="Lĩnh vực")
    refused(world, lambda: add_initiative(world.actor, world.entry(status="withdrawn")), says="lý do")
    refused(world, lambda: add_initiative(world.actor, world.entry(recognised_by="mayor")), says="Cấp công nhận")
    refused(world, lambda: add_initiative(world.actor, world.entry("  ")), says="tên sáng kiến", field="title")


def test_validate_lists_every_problem_and_writes_nothing(world):
    before = dump()
    messages = validate(world.entry("", benefit_vnd=-5, registered_on=TODAY + dt.timedelta(days=2),
                                    authors=[AuthorSpec(full_name="Hà Văn A", share_pct=50)]))
    assert len(messages) == 4
    assert any("tên sáng kiến" in m for m in messages) and any("âm" in m for m in messages)
    assert any("tương lai" in m for m in messages) and any("50%" in m for m in messages)
    assert validate(world.entry()) == []
    assert dump() == before


# --- the review ----------------------------------------------------------------------------------------

def test_the_review_runs_from_registration_to_withdrawal_with_a_reason(world):
    initiative = add_initiative(world.actor, world.entry(applied_on=dt.date(2022, 1, 20)))
    refused(world, lambda: set_status(world.actor, initiative.id, "applied"), says="Không thể chuyển")
    set_status(world.actor, initiative.id, "recognised", on=dt.date(2022, 4, 1), recognised_by="council",
               decision_no="12/QĐ-ĐL")
    detail = queries.detail(initiative.id)
    assert (detail.status, detail.recognised_on, detail.recognised_by, detail.decision_no) == (
        "recognised", dt.date(2022, 4, 1), "council", "12/QĐ-ĐL")
    set_status(world.actor, initiative.id, "applied", on=dt.date(2022, 5, 1))
    assert queries.detail(initiative.id).applied_on == dt.date(2022, 1, 20)  # the first application stays
    refused(world, lambda: set_status(world.actor, initiative.id, "withdrawn", reason="  "), says="lý do",
            field="reason")
    set_status(world.actor, initiative.id, "withdrawn", reason="Sáng kiến đã được công nhận ở đơn vị khác")
    detail = queries.detail(initiative.id)
    assert (detail.status, detail.withdrawal_reason) == ("withdrawn", "Sáng kiến đã được công nhận ở đơn vị khác")
    set_status(world.actor, initiative.id, "registered")
    detail = queries.detail(initiative.id)
    assert (detail.status, detail.recognised_on, detail.withdrawal_reason) == ("registered", None, "")
    actions = [e.action for e in AuditEntry.select().where(AuditEntry.record_uuid == initiative.uuid)
               .order_by(AuditEntry.id)]
    assert actions == ["create", "status", "status", "status", "status"]


def test_not_recognised_then_recognised_on_appeal(world):
    initiative = add_initiative(world.actor, world.entry())
    refused(world, lambda: set_status(world.actor, initiative.id, "not_recognised", on=dt.date(2022, 2, 1)),
            says="trước ngày đăng ký")
    set_status(world.actor, initiative.id, "not_recognised", on=dt.date(2022, 4, 1))
    assert queries.detail(initiative.id).decision_on == dt.date(2022, 4, 1)
    set_status(world.actor, initiative.id, "recognised", on=dt.date(2022, 5, 1))
    assert queries.detail(initiative.id).recognised_on == dt.date(2022, 5, 1)
    refused(world, lambda: set_status(world.actor, initiative.id, "approved"), says="không hợp lệ")


def test_councils_decide_after_the_campaign_closed(world):
    initiative = add_initiative(world.actor, world.entry())
    campaigns.set_status(world.actor, world.campaign.id, "closed")
    set_status(world.actor, initiative.id, "recognised", on=dt.date(2022, 6, 1))
    assert queries.detail(initiative.id).status == "recognised"
    refused(world, lambda: edit_initiative(world.actor, initiative.id, world.entry("Tên mới")), says="đã kết thúc")


# --- editing and deleting --------------------------------------------------------------------------------

def test_editing_keeps_authors_by_who_they_are_and_their_copies_follow_the_unit(world):
    initiative = add_initiative(world.actor, world.entry(authors=[
        AuthorSpec(person_id=world.binh.id, share_pct=50), AuthorSpec(full_name="Trần Văn Cường", share_pct=50)]))
    rows = {row.person.full_name: row for row in InitiativeAuthor.select().where(
        InitiativeAuthor.initiative == initiative.id)}
    cuong = rows["Trần Văn Cường"].person_id
    edit_initiative(world.actor, initiative.id, world.entry(
        "Cải tiến quy trình kiểm tra công tơ điện tử", unit=world.school,
        authors=[AuthorSpec(person_id=cuong, share_pct=70), AuthorSpec(person_id=world.an.id, share_pct=30)]))
    assert authors_of(initiative.id) == [("Trần Văn Cường", 7000), ("Nguyễn Văn An", 3000)]
    kept = InitiativeAuthor.get_by_id(rows["Trần Văn Cường"].id)
    assert (kept.share_bp, kept.unit_id, kept.deleted) == (7000, world.school.id, False)
    assert InitiativeAuthor.get_by_id(rows["Lê Thị Bình"].id).deleted
    live = InitiativeAuthor.select().where((InitiativeAuthor.initiative == initiative.id)
                                           & (InitiativeAuthor.deleted == False))  # noqa: E712
    assert {row.unit_id for row in live} == {world.school.id}
    assert queries.count(queries.InitiativeFilter(text="cong to dien tu")) == 1
    assert queries.count(queries.InitiativeFilter(text="le thi binh")) == 0
    changes = json.loads(AuditEntry.select().where((AuditEntry.record_uuid == initiative.uuid)
                                                   & (AuditEntry.action == "update")).get().changes)
    assert set(changes) == {"title", "unit_id"}  # derived fields stay out of the audit trail


def test_an_edit_refused_changes_nothing(world):
    initiative = add_initiative(world.actor, world.entry())
    refused(world, lambda: edit_initiative(world.actor, initiative.id, world.entry(benefit_vnd=-1)), says="âm")


def test_deleting_leaves_tombstones_and_the_search_forgets(world):
    initiative = add_initiative(world.actor, world.entry(authors=[AuthorSpec(full_name="Trần Văn Cường")]))
    delete_initiative(world.actor, initiative.id)
    assert Initiative.get_by_id(initiative.id).deleted
    assert all(row.deleted for row in InitiativeAuthor.select().where(InitiativeAuthor.initiative == initiative.id))
    assert Person.get(Person.full_name == "Trần Văn Cường").deleted is False
    assert queries.count(queries.InitiativeFilter(text="cong to")) == 0
    refused(world, lambda: delete_initiative(world.actor, initiative.id), says="Không tìm thấy")


def test_confidential_initiatives_show_only_title_and_benefit_in_lists(world):
    add_initiative(world.actor, world.entry("Công thức phụ gia xi măng", confidential=True, benefit_vnd=5 * 10**9,
                                            applied_on=dt.date(2022, 1, 5)))
    [row] = queries.page(queries.InitiativeFilter(campaign_id=world.campaign.id))
    assert (row.title, row.benefit_vnd, row.confidential) == ("Công thức phụ gia xi măng", 5 * 10**9, True)
    assert (row.authors, row.field, row.registered_on, row.applied_on) == ("", "", None, None)
    [full] = queries.page(queries.InitiativeFilter(campaign_id=world.campaign.id), reveal_confidential=True)
    assert full.authors == "Lê Thị Bình"


# --- many at once ------------------------------------------------------------------------------------------

def test_add_many_writes_all_in_one_go_with_one_person_per_name_and_unit(world):
    items = [world.entry(f"Sáng kiến số {n} về tiết kiệm điện", authors=[
        AuthorSpec(full_name="Đỗ Văn Hải", share_pct=60), AuthorSpec(person_id=world.binh.id, share_pct=40)])
        for n in range(5)]
    items.append(world.entry("Phần mềm quản lý hồ sơ", unit=world.school, authors=[AuthorSpec(full_name="Đỗ Văn Hải")]))
    progress = []
    ids = add_many(world.actor, items, progress=lambda done, total, message: progress.append((done, total)))
    assert len(ids) == 6 and len(set(ids)) == 6
    assert [queries.detail(i).title for i in ids] == [item.title for item in items]
    hai = [p.unit_id for p in Person.select().where(Person.full_name == "Đỗ Văn Hải")]
    assert sorted(hai) == sorted([world.power.id, world.school.id])  # one per unit
    assert authors_of(ids[0]) == [("Đỗ Văn Hải", 6000), ("Lê Thị Bình", 4000)]
    assert AuditEntry.select().where(AuditEntry.table_name == "initiative").count() == 6
    assert AuditEntry.select().where(AuditEntry.table_name == "initiative_author").count() == 11
    assert queries.count(queries.InitiativeFilter(text="tiet kiem dien")) == 5
    assert queries.count(queries.InitiativeFilter(text="do van hai")) == 6
    assert progress[-1] == (6, 6)
    row = Initiative.get_by_id(ids[0])
    assert row.title_sort and row.title_folded == "sang kien so 0 ve tiet kiem dien"


def test_add_many_refuses_the_whole_batch_for_one_bad_item(world):
    items = [world.entry("Sáng kiến tốt"), world.entry("Sáng kiến hỏng", benefit_vnd=-1)]
    error = refused(world, lambda: add_many(world.actor, items), says="Sáng kiến thứ 2 (“Sáng kiến hỏng”)")
    assert "âm" in error.message


def test_add_many_cancelled_writes_nothing(world):
    before = dump()
    with pytest.raises(Cancelled):
        add_many(world.actor, [world.entry(f"Sáng kiến {n}") for n in range(3)], cancel=lambda: True)
    assert dump() == before


def test_the_search_index_can_be_rebuilt_from_the_tables(world):
    add_initiative(world.actor, world.entry("Cải tiến máy bơm nước", summary="Tiết kiệm điện năng"))
    database.execute_sql("DELETE FROM initiative_fts")
    assert queries.count(queries.InitiativeFilter(text="may bom")) == 0
    assert rebuild_search_index() == 1
    assert queries.count(queries.InitiativeFilter(text="may bom")) == 1
    assert queries.count(queries.InitiativeFilter(text="tiet kiem dien")) == 1
    [found] = similar_initiatives(world.campaign.id, "cai tien may bom nuoc")
    assert found.score == 1.0


def test_a_confidential_initiative_is_found_by_its_title_only(world):
    secret = world.entry("Công thức phụ gia xi măng", confidential=True, summary="Tỷ lệ phụ gia bí mật",
                         authors=[AuthorSpec(full_name="Hồ Văn Kín")])
    add_initiative(world.actor, secret)
    add_many(world.actor, [world.entry("Quy trình nung clinker", confidential=True,
                                       authors=[AuthorSpec(full_name="Hồ Văn Kín")])])
    assert queries.count(queries.InitiativeFilter(text="phu gia xi mang")) == 1
    assert queries.count(queries.InitiativeFilter(text="nung clinker")) == 1
    assert queries.count(queries.InitiativeFilter(text="ho van kin")) == 0
    assert queries.count(queries.InitiativeFilter(text="bi mat")) == 0
    rebuild_search_index()
    assert queries.count(queries.InitiativeFilter(text="ho van kin")) == 0
    assert queries.count(queries.InitiativeFilter(text="phu gia")) == 1
