"""Campaigns: create with phases, edit, status, delete, and who may change them.

Every refused change must leave the database exactly as it was (a full dump is compared).
"""

from __future__ import annotations

import datetime as dt

import pytest

from uniondesk.domain.campaigns import PhaseSpec
from uniondesk.domain.errors import InputError
from uniondesk.services import installation
from uniondesk.services.campaigns import (
    campaign_by_code,
    create_campaign,
    delete_campaign,
    edit_campaign,
    get_campaign,
    phases_of,
    set_phases,
    set_status,
)
from uniondesk.services.quotas import Allocation, allocate
from uniondesk.services.units import add_unit
from uniondesk.store.db import database
from uniondesk.store.models import AuditEntry, Campaign, CampaignPhase, Initiative

D = dt.date
MILLION = "1 triệu sáng kiến – nỗ lực vượt khó, sáng tạo, quyết tâm chiến thắng đại dịch COVID-19"
PHASES = [PhaseSpec("Giai đoạn 1", D(2022, 1, 8), D(2022, 5, 31)),
          PhaseSpec("Giai đoạn 2", D(2022, 6, 1), D(2023, 9, 1))]


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


def audits(record) -> list[AuditEntry]:
    return list(AuditEntry.select().where(AuditEntry.record_uuid == record.uuid).order_by(AuditEntry.id))


def million(actor, organiser_id: int, **overrides) -> Campaign:
    fields = dict(code="1TRIEU", name=MILLION, kind="initiatives", organiser_id=organiser_id,
                  start_on=D(2022, 1, 8), end_on=D(2023, 9, 1), target_initiatives=1_000_000, phases=PHASES)
    fields.update(overrides)
    return create_campaign(actor, **fields)


@pytest.fixture
def upper(office):
    actor, home = office
    return add_unit(actor, code="TH.NC", name="LĐLĐ huyện Nga Sơn", kind="upper", parent_id=home.id)


def test_create_one_million_initiatives_with_its_two_phases(office):
    actor, home = office
    campaign = million(actor, home.id, code=" 1trieu ", eligible_from=D(2021, 1, 1), eligible_to=D(2023, 9, 1),
                       target_members=300_000, description="Phát động ngày 8/1/2022")
    stored = get_campaign(campaign.id)
    assert (stored.code, stored.name, stored.kind, stored.status) == ("1TRIEU", MILLION, "initiatives", "draft")
    assert stored.organiser_id == home.id
    assert (stored.start_on, stored.end_on) == (D(2022, 1, 8), D(2023, 9, 1))
    assert (stored.eligible_from, stored.eligible_to) == (D(2021, 1, 1), D(2023, 9, 1))
    assert (stored.target_initiatives, stored.target_members) == (1_000_000, 300_000)
    assert stored.name_folded.startswith("1 trieu sang kien")
    assert phases_of(campaign.id) == PHASES
    assert campaign_by_code("1trieu").id == campaign.id
    assert [a.action for a in audits(stored)] == ["create"]
    for phase in CampaignPhase.select().where(CampaignPhase.campaign == campaign):
        assert [a.action for a in audits(phase)] == ["create"]


def test_campaign_by_unknown_code_names_it(office):
    with pytest.raises(InputError, match="Không có chương trình mã “75NGHIN”"):
        campaign_by_code("75NGHIN")


@pytest.mark.parametrize(("overrides", "match", "field"), [
    (dict(start_on=D(2021, 4, 20), end_on=D(2021, 3, 10), phases=[]), "trước ngày bắt đầu 20/04/2021", "end_on"),
    (dict(eligible_from=D(1990, 1, 1), eligible_to=D(2023, 1, 1)), "quá 5 năm trước chương trình", "eligible_from"),
    (dict(eligible_from=D(2022, 1, 1), eligible_to=D(2030, 1, 1)), "quá 2 năm sau chương trình", "eligible_to"),
    (dict(eligible_from=D(2022, 1, 1)), "cả hai ngày", "eligible_to"),
    (dict(phases=[PHASES[0], PhaseSpec("Giai đoạn 2", D(2022, 5, 1), D(2023, 9, 1))]), "chồng lên giai đoạn 1",
     "phases"),
    (dict(phases=[PHASES[0], PhaseSpec("Giai đoạn 2", D(2022, 6, 1), D(2023, 12, 31))]),
     "phải nằm trong thời gian của chương trình", "phases"),
    (dict(target_initiatives=-5), "Chỉ tiêu sáng kiến không được âm", "target_initiatives"),
    (dict(target_initiatives=7.5), "Chỉ tiêu sáng kiến phải là số nguyên", "target_initiatives"),
    (dict(target_members="nhiều"), "Chỉ tiêu người tham gia phải là số nguyên", "target_members"),
    (dict(kind="contest"), "Loại chương trình “contest” không hợp lệ", "kind"),
    (dict(name="   "), "Tên không được để trống", "name"),
    (dict(code="SK 2022"), "Mã chương trình “SK 2022” không hợp lệ", "code"),
])
def test_bad_input_is_refused_and_nothing_is_written(office, overrides, match, field):
    actor, home = office
    refused(lambda: million(actor, home.id, **overrides), match, field)


def test_duplicate_code_is_refused_naming_the_other_campaign(office):
    actor, home = office
    million(actor, home.id)
    refused(lambda: million(actor, home.id, code="1trieu", name="Lao động giỏi, Lao động sáng tạo"),
            f"Mã “1TRIEU” đã được dùng cho chương trình “{MILLION}”", "code")


def test_edit_changes_only_what_changed_and_audits_it(office):
    actor, home = office
    campaign = million(actor, home.id)
    version = get_campaign(campaign.id).version
    edit_campaign(actor, campaign.id, name=MILLION, start_on=D(2022, 1, 8))  # nothing new
    assert get_campaign(campaign.id).version == version
    edit_campaign(actor, campaign.id, end_on=D(2023, 12, 31), target_initiatives=2_000_000, description="Gia hạn")
    stored = get_campaign(campaign.id)
    assert (stored.end_on, stored.target_initiatives, stored.description) == (D(2023, 12, 31), 2_000_000, "Gia hạn")
    assert stored.version > version
    last = audits(stored)[-1]
    assert last.action == "update" and '"end_on": ["2023-09-01", "2023-12-31"]' in last.changes
    assert "name" not in last.changes


@pytest.mark.parametrize(("fields", "match", "field"), [
    (dict(end_on=D(2021, 1, 1)), "Ngày kết thúc 01/01/2021 trước ngày bắt đầu 08/01/2022", "end_on"),
    (dict(end_on=D(2023, 6, 30)), "Giai đoạn 2 .* phải nằm trong thời gian của chương trình", "phases"),
    (dict(start_on=None), "Hãy nhập ngày bắt đầu", "start_on"),
    (dict(eligible_to=D(2023, 1, 1)), "cả hai ngày", "eligible_from"),
    (dict(target_initiatives=-1), "không được âm", "target_initiatives"),
])
def test_bad_edits_are_refused(office, fields, match, field):
    actor, home = office
    campaign = million(actor, home.id)
    refused(lambda: edit_campaign(actor, campaign.id, **fields), match, field)


def test_edit_to_a_code_in_use_is_refused(office):
    actor, home = office
    million(actor, home.id)
    other = million(actor, home.id, code="LDG2022", name="Lao động giỏi, Lao động sáng tạo", phases=[])
    refused(lambda: edit_campaign(actor, other.id, code="1TRIEU"), "Mã “1TRIEU” đã được dùng", "code")
    edit_campaign(actor, other.id, code="ldg2022")  # its own code, spelt in lower case
    assert get_campaign(other.id).code == "LDG2022"


def test_edit_dates_and_phases_together(office):
    actor, home = office
    campaign = million(actor, home.id)
    longer = [PHASES[0], PhaseSpec("Giai đoạn 2", D(2022, 6, 1), D(2023, 12, 31))]
    edit_campaign(actor, campaign.id, end_on=D(2023, 12, 31), phases=longer)
    assert phases_of(campaign.id) == longer


def test_set_phases_keeps_the_records_of_phases_that_stay(office):
    actor, home = office
    campaign = million(actor, home.id)
    first = CampaignPhase.get((CampaignPhase.campaign == campaign) & (CampaignPhase.seq == 1))
    Initiative.create(campaign=campaign, phase=first, unit=home, title="Sáng kiến A", title_folded="sang kien a",
                      **actor.new_record())
    renamed = [PhaseSpec("Đợt 1", D(2022, 1, 8), D(2022, 5, 31)), PHASES[1]]
    set_phases(actor, campaign.id, renamed)  # phase 1 has an initiative: renamed in place, not replaced
    assert phases_of(campaign.id) == renamed
    assert CampaignPhase.get_by_id(first.id).name == "Đợt 1"
    version = get_campaign(campaign.id).version
    set_phases(actor, campaign.id, renamed)  # the same again writes nothing
    assert get_campaign(campaign.id).version == version
    set_phases(actor, campaign.id, renamed[:1])
    assert phases_of(campaign.id) == renamed[:1]
    refused(lambda: set_phases(actor, campaign.id, []), "Giai đoạn “Đợt 1” đã có sáng kiến nên không thể xóa",
            "phases")
    refused(lambda: set_phases(actor, campaign.id, [PHASES[1], PHASES[0]]), "chồng lên", "phases")


def test_status_draft_open_closed_and_open_again(office):
    actor, home = office
    campaign = million(actor, home.id)
    refused(lambda: set_status(actor, campaign.id, "closed"),
            f"Không thể chuyển chương trình “{MILLION}” từ “dự thảo” sang “đã kết thúc”", "status")
    for status in ("open", "closed", "open", "closed"):
        set_status(actor, campaign.id, status)
        assert get_campaign(campaign.id).status == status
    version = get_campaign(campaign.id).version
    set_status(actor, campaign.id, "closed")  # already so: nothing written
    assert get_campaign(campaign.id).version == version
    refused(lambda: set_status(actor, campaign.id, "draft"), "từ “đã kết thúc” sang “dự thảo”", "status")
    refused(lambda: set_status(actor, campaign.id, "archived"), "Trạng thái “archived” không hợp lệ", "status")
    assert [a.action for a in audits(get_campaign(campaign.id))] == ["create"] + ["update"] * 4


def test_delete_only_a_draft_without_quotas_or_initiatives(office, upper):
    actor, home = office
    draft = million(actor, home.id)
    delete_campaign(actor, draft.id)
    assert Campaign.get_by_id(draft.id).deleted
    assert all(p.deleted for p in CampaignPhase.select().where(CampaignPhase.campaign == draft))
    refused(lambda: get_campaign(draft.id), "Không tìm thấy chương trình")
    refused(lambda: delete_campaign(actor, draft.id), "Không tìm thấy chương trình")

    again = million(actor, home.id)  # the code of a deleted campaign is free again
    allocate(actor, again.id, home.id, [Allocation(upper.id, 500)])
    refused(lambda: delete_campaign(actor, again.id), "đã có chỉ tiêu hoặc sáng kiến nên không thể xóa")
    set_status(actor, again.id, "open")
    refused(lambda: delete_campaign(actor, again.id),
            "Chỉ xóa được chương trình dự thảo; .* đang ở trạng thái “đang diễn ra”")

    third = million(actor, home.id, code="LDG2022", name="Lao động giỏi, Lao động sáng tạo", phases=[])
    Initiative.create(campaign=third, unit=home, title="Sáng kiến B", title_folded="sang kien b", **actor.new_record())
    refused(lambda: delete_campaign(actor, third.id), "đã có chỉ tiêu hoặc sáng kiến")


def test_a_lower_office_cannot_change_the_provinces_campaign(office, upper):
    actor, home = office
    campaign = million(actor, home.id)
    installation.set_home_unit(upper)  # this database now serves the district federation
    message = ("Chương trình thuộc “LĐLĐ tỉnh Thanh Hóa”, một đơn vị cấp trên hoặc ngoài phạm vi của "
               "“LĐLĐ huyện Nga Sơn”")
    refused(lambda: edit_campaign(actor, campaign.id, name="Tên khác"), message)
    refused(lambda: set_status(actor, campaign.id, "open"), message)
    refused(lambda: set_phases(actor, campaign.id, PHASES[:1]), message)
    refused(lambda: delete_campaign(actor, campaign.id), message)
    refused(lambda: million(actor, home.id, code="KHAC"), message)
    own = million(actor, upper.id, code="NS2022", phases=[])  # its own campaign: allowed
    edit_campaign(actor, own.id, name="Sáng kiến Nga Sơn 2022")
    refused(lambda: edit_campaign(actor, own.id, organiser_id=home.id), message, "-")

    installation.set_home_unit(home)  # the province office may change both
    edit_campaign(actor, campaign.id, name="1 triệu sáng kiến")
    set_status(actor, own.id, "open")
    assert get_campaign(campaign.id).name == "1 triệu sáng kiến"


def test_organiser_cannot_change_once_quotas_are_given(office, upper):
    actor, home = office
    campaign = million(actor, home.id)
    edit_campaign(actor, campaign.id, organiser_id=upper.id)
    assert get_campaign(campaign.id).organiser_id == upper.id
    edit_campaign(actor, campaign.id, organiser_id=home.id)
    allocate(actor, campaign.id, home.id, [Allocation(upper.id, 100)])
    refused(lambda: edit_campaign(actor, campaign.id, organiser_id=upper.id),
            "đã giao chỉ tiêu nên không thể đổi đơn vị tổ chức", "organiser_id")


def test_unknown_fields_are_a_programming_error(office):
    actor, home = office
    campaign = million(actor, home.id)
    with pytest.raises(TypeError):
        edit_campaign(actor, campaign.id, status="open")
