"""Award decisions: required fields, duplicate numbers, read-only once signed, register numbers given
in sequence and never again, the double-award check, revocation, audit, and proposals from a campaign."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from uniondesk.domain.awards import DoubleAwardWarning
from uniondesk.domain.errors import InputError
from uniondesk.services import award_proposals, awards, campaigns, clusters, people, quotas, units
from uniondesk.services.awards import RecipientSpec
from uniondesk.store import db as store_db
from uniondesk.store.models import AuditEntry, Initiative, InitiativeAuthor
from uniondesk.store.models_awards import AwardDecision, AwardRecipient

DAY = dt.date(2022, 6, 27)
SINCE = dt.date(2020, 1, 1)


def dump() -> str:
    return "\n".join(store_db.database.connection().iterdump())


@pytest.fixture
def tree(office):
    """A province with two district federations, a grassroots union under each, four people and a campaign."""
    actor, home = office
    ml = units.add_unit(actor, code="TH.ML", name="LĐLĐ huyện Mường Lát", kind="upper", parent_id=home.id,
                        opened_on=SINCE)
    qh = units.add_unit(actor, code="TH.QH", name="LĐLĐ huyện Quan Hóa", kind="upper", parent_id=home.id,
                        opened_on=SINCE)
    school = units.add_unit(actor, code="TH.ML.01", name="Công đoàn Trường THCS Pù Nhi", kind="grassroots",
                            parent_id=ml.id, members=40, opened_on=SINCE)
    clinic = units.add_unit(actor, code="TH.QH.01", name="Công đoàn Trạm Y tế Trung Sơn", kind="grassroots",
                            parent_id=qh.id, members=12, opened_on=SINCE)
    folk = [people.add_person(actor, school.id, full_name=name, gender=gender, position=position)
            for name, gender, position in (("Nguyễn Thị Huỳnh Ngọc Trường", "female", "Giáo viên"),
                                           ("Lò Văn Pằn", "male", "Chủ tịch CĐCS"),
                                           ("Hà Thị Mai", "female", "Nhân viên"))]
    folk.append(people.add_person(actor, clinic.id, full_name="Vi Văn Sình", gender="male", position="Y sĩ"))
    campaign = campaigns.create_campaign(
        actor, code="1TSK", name="1 triệu sáng kiến", kind="initiatives", organiser_id=home.id,
        start_on=dt.date(2022, 1, 8), end_on=dt.date(2023, 9, 1))
    return SimpleNamespace(actor=actor, home=home, ml=ml, qh=qh, school=school, clinic=clinic, people=folk,
                           campaign=campaign)


def decision(t, number="125/QĐ-LĐLĐ", day=DAY, **extra):
    values = dict(number=number, decided_on=day, issuing_unit_id=t.home.id, signer_title="TM. BAN THƯỜNG VỤ\nCHỦ TỊCH",
                  signer_name="Lê Văn Minh", form="bang_khen", campaign_id=t.campaign.id, place="Thanh Hóa",
                  reason="Đã có thành tích xuất sắc trong chương trình “{campaign}”.")
    values.update(extra)
    return awards.create_decision(t.actor, **values)


def person(p) -> RecipientSpec:
    return RecipientSpec("individual", person_id=p.id)


def unit(u) -> RecipientSpec:
    return RecipientSpec("collective", unit_id=u.id)


def registers(decision_id: int) -> list[int | None]:
    return [r.register_no for r in AwardRecipient.select().where(AwardRecipient.decision == decision_id)
            .order_by(AwardRecipient.seq)]


def test_a_decision_is_created_with_recipients_copied_as_they_are_today(tree):
    made = decision(tree)
    rows = awards.add_recipients(tree.actor, made.id, [person(tree.people[0]), unit(tree.school)])
    assert made.status == "draft" and made.signer_title == "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH"
    first, second = rows
    assert (first.kind, first.name, first.gender, first.position, first.unit_name, first.seq) == (
        "individual", "Nguyễn Thị Huỳnh Ngọc Trường", "female", "Giáo viên", "Công đoàn Trường THCS Pù Nhi", 1)
    assert (second.kind, second.name, second.unit_name, second.person_id, second.seq) == (
        "collective", "Công đoàn Trường THCS Pù Nhi", "LĐLĐ huyện Mường Lát", None, 2)
    people.edit_person(tree.actor, tree.people[0].id, position="Hiệu trưởng")
    assert AwardRecipient.get_by_id(first.id).position == "Giáo viên"  # the decision keeps what it said
    audited = {(e.table_name, e.action) for e in AuditEntry.select()}
    assert {("award_decision", "create"), ("award_recipient", "create")} <= audited


@pytest.mark.parametrize("field, value", [("number", ""), ("decided_on", None), ("signer_name", " "),
                                          ("signer_title", ""), ("form", "huan_chuong"),
                                          ("reason", "Tặng {ten}")])
def test_a_decision_without_what_it_needs_is_refused_and_nothing_changes(tree, field, value):
    before = dump()
    with pytest.raises(InputError) as refused:
        decision(tree, **{field: value})
    assert refused.value.field in (field, "form") and refused.value.message
    assert dump() == before


def test_a_number_is_unique_per_issuing_unit_and_year(tree):
    decision(tree)
    before = dump()
    with pytest.raises(InputError, match="đã được dùng") as duplicate:
        decision(tree, number="125/qd-ldld", day=dt.date(2022, 11, 2))  # typed without diacritics
    assert duplicate.value.field == "number"
    assert dump() == before
    decision(tree, day=dt.date(2023, 1, 5))  # the numbering restarts each year
    decision(tree, issuing_unit_id=tree.ml.id)  # another office numbers its own decisions
    other = decision(tree, number="126/QĐ-LĐLĐ")
    with pytest.raises(InputError, match="đã được dùng"):
        awards.edit_decision(tree.actor, other.id, number="125/QĐ-LĐLĐ")


def test_signing_gives_register_numbers_in_order_and_never_again(tree):
    first = decision(tree)
    awards.add_recipients(tree.actor, first.id, [person(p) for p in tree.people[:3]] + [unit(tree.school)])
    removed = AwardRecipient.get((AwardRecipient.decision == first.id) & (AwardRecipient.seq == 2))
    awards.remove_recipient(tree.actor, removed.id)  # removed before signing: never numbered
    awards.sign_decision(tree.actor, first.id)
    assert [r for r in registers(first.id) if r is not None] == [1, 2, 3]
    assert AwardRecipient.get_by_id(removed.id).register_no is None

    awards.revoke_decision(tree.actor, first.id, reason="Khai man thành tích", revoking_number="130/QĐ-LĐLĐ",
                           revoked_on=dt.date(2022, 9, 1))
    second = decision(tree, number="131/QĐ-LĐLĐ", day=dt.date(2022, 9, 2))
    awards.add_recipients(tree.actor, second.id, [person(tree.people[3]), unit(tree.clinic)])
    awards.sign_decision(tree.actor, second.id)
    assert registers(second.id) == [4, 5]  # a revoked decision keeps its numbers taken

    next_year = decision(tree, number="1/QĐ-LĐLĐ", day=dt.date(2023, 1, 3), campaign_id=None)
    awards.add_recipients(tree.actor, next_year.id, [person(tree.people[0])])
    awards.sign_decision(tree.actor, next_year.id)
    assert registers(next_year.id) == [1]


def test_reordering_a_draft_sets_the_order_of_the_register_numbers(tree):
    made = decision(tree)
    rows = awards.add_recipients(tree.actor, made.id, [person(p) for p in tree.people[:3]])
    awards.reorder_recipients(tree.actor, made.id, [rows[2].id, rows[0].id, rows[1].id])
    awards.sign_decision(tree.actor, made.id)
    assert [AwardRecipient.get_by_id(r.id).register_no for r in rows] == [2, 3, 1]


def test_a_signed_decision_is_read_only(tree):
    made = decision(tree)
    row, = awards.add_recipients(tree.actor, made.id, [person(tree.people[0])])
    awards.sign_decision(tree.actor, made.id)
    before = dump()
    attempts = [
        lambda: awards.edit_decision(tree.actor, made.id, signer_name="Người khác"),
        lambda: awards.add_recipients(tree.actor, made.id, [person(tree.people[1])]),
        lambda: awards.edit_recipient(tree.actor, row.id, name="Tên khác"),
        lambda: awards.remove_recipient(tree.actor, row.id),
        lambda: awards.reorder_recipients(tree.actor, made.id, [row.id]),
        lambda: awards.delete_decision(tree.actor, made.id),
        lambda: awards.sign_decision(tree.actor, made.id),
    ]
    for attempt in attempts:
        with pytest.raises(InputError, match="đã ký nên không thể sửa"):
            attempt()
    assert dump() == before


def test_the_same_person_or_unit_twice_for_one_campaign_needs_a_written_reason(tree):
    earlier = decision(tree, number="100/QĐ-LĐLĐ", day=dt.date(2022, 5, 2))
    awards.add_recipients(tree.actor, earlier.id, [person(tree.people[0]), unit(tree.school)])
    awards.sign_decision(tree.actor, earlier.id)
    later = decision(tree)
    before = dump()
    with pytest.raises(DoubleAwardWarning) as warned:
        awards.add_recipients(tree.actor, later.id, [person(tree.people[0]), unit(tree.school), person(tree.people[3])])
    assert [e.recipient for e in warned.value.earlier] == ["Bà Nguyễn Thị Huỳnh Ngọc Trường",
                                                           "Tập thể Công đoàn Trường THCS Pù Nhi"]
    assert warned.value.earlier[0].number == "100/QĐ-LĐLĐ" and warned.value.earlier[0].status == "signed"
    assert "100/QĐ-LĐLĐ ngày 02/05/2022" in warned.value.message
    assert dump() == before
    rows = awards.add_recipients(tree.actor, later.id, [person(tree.people[0]), unit(tree.school),
                                                        person(tree.people[3])],
                                 reason_for_repeat="Thành tích mới ở giai đoạn 2")
    assert [r.repeat_reason for r in rows] == ["Thành tích mới ở giai đoạn 2"] * 2 + [""]
    awards.sign_decision(tree.actor, later.id)  # the stored reason stands at signing


def test_a_double_award_from_another_draft_is_caught_again_at_signing(tree):
    first = decision(tree, number="100/QĐ-LĐLĐ")
    second = decision(tree, number="101/QĐ-LĐLĐ")
    awards.add_recipients(tree.actor, second.id, [person(tree.people[1])])
    with pytest.raises(DoubleAwardWarning):
        awards.add_recipients(tree.actor, first.id, [person(tree.people[1])])
    awards.add_recipients(tree.actor, first.id, [person(tree.people[1])], reason_for_repeat="Hai thành tích khác nhau")
    awards.sign_decision(tree.actor, first.id)
    with pytest.raises(DoubleAwardWarning):
        awards.sign_decision(tree.actor, second.id)
    awards.sign_decision(tree.actor, second.id, reason_for_repeat="Đã được Hội đồng thi đua xem xét")
    assert AwardRecipient.get(AwardRecipient.decision == second.id).repeat_reason == "Đã được Hội đồng thi đua xem xét"


def test_revoked_awards_do_not_count_as_earlier_awards(tree):
    first = decision(tree, number="100/QĐ-LĐLĐ")
    row, = awards.add_recipients(tree.actor, first.id, [person(tree.people[2])])
    awards.sign_decision(tree.actor, first.id)
    awards.revoke_award(tree.actor, row.id, reason="Sáng kiến trùng lặp", revoking_number="140/QĐ-LĐLĐ",
                        revoked_on=dt.date(2022, 8, 1))
    again = decision(tree, number="141/QĐ-LĐLĐ", day=dt.date(2022, 8, 2))
    awards.add_recipients(tree.actor, again.id, [person(tree.people[2])])  # no warning
    assert AwardRecipient.get_by_id(row.id).revocation_reason == "Sáng kiến trùng lặp"


def test_the_same_recipient_twice_in_one_decision_is_refused(tree):
    made = decision(tree)
    awards.add_recipients(tree.actor, made.id, [person(tree.people[0])])
    with pytest.raises(InputError, match="đã có trong danh sách"):
        awards.add_recipients(tree.actor, made.id, [person(tree.people[0])], reason_for_repeat="x")
    with pytest.raises(InputError, match="đã có trong danh sách"):
        awards.add_recipients(tree.actor, made.id, [unit(tree.clinic), unit(tree.clinic)])


def test_revocation_rules(tree):
    made = decision(tree)
    awards.add_recipients(tree.actor, made.id, [person(tree.people[0])])
    with pytest.raises(InputError, match="chưa ký"):
        awards.revoke_decision(tree.actor, made.id, reason="x", revoking_number="1/QĐ", revoked_on=DAY)
    awards.sign_decision(tree.actor, made.id)
    before = dump()
    for reason, number, day in (("", "130/QĐ-LĐLĐ", DAY), ("Sai", "", DAY), ("Sai", "130/QĐ", dt.date(2022, 1, 1))):
        with pytest.raises(InputError):
            awards.revoke_decision(tree.actor, made.id, reason=reason, revoking_number=number, revoked_on=day)
    assert dump() == before
    revoked = awards.revoke_decision(tree.actor, made.id, reason="Khai man thành tích", revoking_number="130/QĐ-LĐLĐ",
                                     revoked_on=dt.date(2022, 9, 1))
    assert (revoked.status, revoked.revoking_number, revoked.revoked_on) == ("revoked", "130/QĐ-LĐLĐ",
                                                                             dt.date(2022, 9, 1))
    with pytest.raises(InputError, match="đã bị thu hồi nên không thể sửa"):
        awards.edit_decision(tree.actor, made.id, place="Hà Nội")
    assert AuditEntry.select().where((AuditEntry.record_uuid == made.uuid) & (AuditEntry.action == "revoke")).exists()


def test_changing_the_campaign_of_a_draft_rechecks_its_recipients(tree):
    other = campaigns.create_campaign(tree.actor, code="LDG", name="Lao động giỏi", kind="emulation",
                                      organiser_id=tree.home.id, start_on=dt.date(2022, 1, 1),
                                      end_on=dt.date(2022, 12, 31))
    earlier = decision(tree, number="100/QĐ-LĐLĐ")
    awards.add_recipients(tree.actor, earlier.id, [person(tree.people[0])])
    draft = decision(tree, campaign_id=other.id)
    awards.add_recipients(tree.actor, draft.id, [person(tree.people[0])])
    with pytest.raises(DoubleAwardWarning):
        awards.edit_decision(tree.actor, draft.id, campaign_id=tree.campaign.id)
    awards.edit_decision(tree.actor, draft.id, campaign_id=tree.campaign.id, reason_for_repeat="Khen đột xuất")
    assert AwardDecision.get_by_id(draft.id).campaign_id == tree.campaign.id


def test_a_draft_can_be_deleted_with_its_recipients(tree):
    made = decision(tree)
    awards.add_recipients(tree.actor, made.id, [person(tree.people[0])])
    awards.delete_decision(tree.actor, made.id)
    assert AwardDecision.get_by_id(made.id).deleted
    assert AwardRecipient.get(AwardRecipient.decision == made.id).deleted
    decision(tree)  # its number is free again


def test_an_office_may_not_issue_for_a_unit_above_it(tree):
    from uniondesk.services import installation

    installation.set_home_unit(tree.ml)
    with pytest.raises(InputError, match="cấp trên"):
        decision(tree)
    decision(tree, issuing_unit_id=tree.ml.id, campaign_id=None)


def test_a_decision_is_found_by_its_number_spelt_any_way(tree):
    made = decision(tree)
    assert awards.decision_by_number("125/qd-ldld").id == made.id
    decision(tree, day=dt.date(2023, 3, 1))
    with pytest.raises(InputError, match="Hãy ghi rõ năm"):
        awards.decision_by_number("125/QĐ-LĐLĐ")
    assert awards.decision_by_number("125/QĐ-LĐLĐ", year=2022).id == made.id
    with pytest.raises(InputError, match="Không có quyết định"):
        awards.decision_by_number("999/QĐ")


# --- proposals ------------------------------------------------------------------------------------------

def _initiative(t, unit_, title, benefit, authors, status="recognised"):
    row = Initiative.create(campaign=t.campaign, unit=unit_, title=title, title_folded=title.lower(), status=status,
                            benefit_vnd=benefit, **t.actor.new_record())
    for author in authors:
        InitiativeAuthor.create(initiative=row, person=author, share_bp=10_000 // len(authors),
                                campaign=t.campaign, unit=unit_, **t.actor.new_record())
    return row


def test_proposals_come_from_quotas_cluster_leaders_and_top_initiatives(tree):
    t = tree
    quotas.allocate(t.actor, t.campaign.id, t.home.id, [quotas.Allocation(t.ml.id, 2), quotas.Allocation(t.qh.id, 5)])
    _initiative(t, t.school, "Bảng tính điểm tự động", 90_000_000, [t.people[0], t.people[1]])
    _initiative(t, t.school, "Sổ điểm điện tử", 5_000_000, [t.people[1]])
    _initiative(t, t.clinic, "Sắp xếp tủ thuốc", 70_000_000, [t.people[3]], status="registered")  # not recognised
    grouping = clusters.create_grouping(t.actor, name="Cụm thi đua 2022", owner_id=t.home.id, year=2022)
    clusters.add_cluster(t.actor, grouping.id, "Cụm miền núi", leader_id=t.qh.id)

    proposals = award_proposals.propose(t.campaign.id, as_of=dt.date(2022, 5, 31))
    by_name = {p.name: p for p in proposals}
    assert [p.kind for p in proposals] == ["collective", "collective", "individual", "individual"]
    assert by_name["LĐLĐ huyện Mường Lát"].sources == ["quota"]
    assert "đạt 100,0% chỉ tiêu (2/2 sáng kiến)" in by_name["LĐLĐ huyện Mường Lát"].achievement
    assert by_name["LĐLĐ huyện Quan Hóa"].sources == ["cluster_leader"]  # 1 of 5: below quota, but it leads
    assert "dẫn đầu Cụm miền núi (Cụm thi đua 2022)" in by_name["LĐLĐ huyện Quan Hóa"].achievement
    top = by_name["Nguyễn Thị Huỳnh Ngọc Trường"]
    assert top.achievement == "sáng kiến “Bảng tính điểm tự động”, làm lợi 90.000.000 đồng"
    assert by_name["Lò Văn Pằn"].achievement.startswith("sáng kiến “Bảng tính điểm tự động”")  # best one only
    assert "Vi Văn Sình" not in by_name

    made = decision(t)
    awards.add_recipients(t.actor, made.id, [top.spec()])
    again = {p.name: p for p in award_proposals.propose(t.campaign.id, as_of=dt.date(2022, 5, 31))}
    assert [e.number for e in again["Nguyễn Thị Huỳnh Ngọc Trường"].earlier] == ["125/QĐ-LĐLĐ"]
    assert not again["Lò Văn Pằn"].earlier
    row = AwardRecipient.get(AwardRecipient.decision == made.id)
    assert row.achievement == "sáng kiến “Bảng tính điểm tự động”, làm lợi 90.000.000 đồng"


def test_the_demo_has_a_signed_decision_with_numbered_recipients(db):
    from uniondesk.services.demo import build_demo

    build_demo("small")
    signed = AwardDecision.get(AwardDecision.status == "signed")
    assert (signed.number, signed.form, signed.campaign.code) == ("125/QĐ-LĐLĐ", "bang_khen", "1TSK-2022")
    assert signed.issuing_unit.code == "TH"
    rows = list(AwardRecipient.select().where(AwardRecipient.decision == signed).order_by(AwardRecipient.seq))
    assert [r.register_no for r in rows] == list(range(1, len(rows) + 1))
    assert {r.kind for r in rows} == {"individual", "collective"}
    assert AwardDecision.select().where(AwardDecision.status == "draft").count() == 1


def test_unknown_people_units_and_kinds_are_refused_and_nothing_changes(tree):
    made = decision(tree)
    people.delete_person(tree.actor, tree.people[2].id)
    before = dump()
    for spec, message in ((person(tree.people[2]), "Không tìm thấy người"),
                          (RecipientSpec("collective", unit_id=99_999), "Không tìm thấy đơn vị"),
                          (RecipientSpec("family", person_id=tree.people[0].id), "không hợp lệ")):
        with pytest.raises(InputError, match=message):
            awards.add_recipients(tree.actor, made.id, [person(tree.people[0]), spec])
    assert dump() == before
