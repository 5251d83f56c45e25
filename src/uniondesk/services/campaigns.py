"""Campaigns: create, edit, phases and status. A campaign belongs to its organising unit: only that
office, or one above it, may change it."""

from __future__ import annotations

import datetime as dt
from typing import Any

from uniondesk.domain.campaigns import (
    STATUS_LABELS,
    TRANSITIONS,
    CampaignKind,
    CampaignStatus,
    PhaseSpec,
    check_campaign_code,
    check_count,
    check_eligibility,
    check_period,
    check_phases,
)
from uniondesk.domain.errors import InputError
from uniondesk.domain.text import clean, fold
from uniondesk.domain.units import check_name
from uniondesk.services.actor import Actor, audit, save_changes
from uniondesk.services.installation import home_unit
from uniondesk.services.units import get_unit
from uniondesk.store.db import database
from uniondesk.store.models import Campaign, CampaignPhase, Initiative, Quota, Unit

FIELDS = ("code", "name", "kind", "organiser_id", "start_on", "end_on", "eligible_from", "eligible_to",
          "target_initiatives", "target_members", "description")


def get_campaign(campaign_id: int) -> Campaign:
    campaign = Campaign.get_or_none((Campaign.id == campaign_id) & (Campaign.deleted == False))  # noqa: E712
    if campaign is None:
        raise InputError("Không tìm thấy chương trình (có thể đã bị xóa).")
    return campaign


def campaign_by_code(code: str) -> Campaign:
    campaign = Campaign.get_or_none((Campaign.code == clean(code).upper()) & (Campaign.deleted == False))  # noqa: E712
    if campaign is None:
        raise InputError(f"Không có chương trình mã “{clean(code)}”.")
    return campaign


def check_office_may_change(unit: Unit, what: str) -> None:
    """This installation may change what belongs to ``unit`` only if ``unit`` is in its home subtree."""
    home = home_unit()
    if home is not None and not unit.path.startswith(home.path):
        raise InputError(f"{what} thuộc “{unit.name}”, một đơn vị cấp trên hoặc ngoài phạm vi của “{home.name}”; "
                         "chỉ cơ quan đó (hoặc cấp trên của nó) được sửa.")


def _checked(values: dict[str, Any]) -> dict[str, Any]:
    out = dict(values)
    if "code" in values:
        out["code"] = check_campaign_code(values["code"])
    if "name" in values:
        out["name"] = check_name(values["name"])
        out["name_folded"] = fold(out["name"])
    if "kind" in values:
        try:
            out["kind"] = str(CampaignKind(values["kind"]))
        except ValueError:
            raise InputError(f"Loại chương trình “{values['kind']}” không hợp lệ.", "kind") from None
    if "description" in values:
        out["description"] = (values["description"] or "").strip()
    out.update({k: check_count(values[k], k, label) for k, label in
                (("target_initiatives", "chỉ tiêu sáng kiến"), ("target_members", "chỉ tiêu người tham gia"))
                if k in values})
    return out


def _check_dates(values: dict[str, Any]) -> None:
    check_period(values.get("start_on"), values.get("end_on"))
    check_eligibility(values["start_on"], values["end_on"], values.get("eligible_from"), values.get("eligible_to"))


def _check_code_free(code: str, except_id: int | None = None) -> None:
    query = Campaign.select().where((Campaign.code == code) & (Campaign.deleted == False))  # noqa: E712
    if except_id is not None:
        query = query.where(Campaign.id != except_id)
    other = query.first()
    if other:
        raise InputError(f"Mã “{code}” đã được dùng cho chương trình “{other.name}”.", "code")


def create_campaign(actor: Actor, *, code: str, name: str, kind: str, organiser_id: int, start_on: dt.date,
                    end_on: dt.date, eligible_from: dt.date | None = None, eligible_to: dt.date | None = None,
                    target_initiatives: int | None = None, target_members: int | None = None,
                    description: str = "", phases: list[PhaseSpec] = ()) -> Campaign:
    values = _checked({k: v for k, v in locals().items() if k in FIELDS})
    _check_dates(values)
    check_phases(start_on, end_on, list(phases))
    with database.atomic():
        organiser = get_unit(organiser_id)
        check_office_may_change(organiser, "Chương trình")
        _check_code_free(values["code"])
        values.pop("organiser_id")
        campaign = Campaign.create(organiser=organiser, status=str(CampaignStatus.DRAFT), **values,
                                   **actor.new_record())
        audit(actor, campaign, "create", {k: (None, v) for k, v in values.items()})
        _write_phases(actor, campaign, list(phases))
    return campaign


def edit_campaign(actor: Actor, campaign_id: int, *, phases: list[PhaseSpec] | None = None,
                  **fields: Any) -> Campaign:
    """Change fields, and the phases too when ``phases`` is given: one transaction, so that new dates and
    the phases that fit them are checked together."""
    unknown = set(fields) - set(FIELDS)
    if unknown:
        raise TypeError(f"not editable: {sorted(unknown)}")
    checked = _checked(fields)
    with database.atomic():
        campaign = get_campaign(campaign_id)
        check_office_may_change(campaign.organiser, "Chương trình")
        if "organiser_id" in checked:
            checked["organiser"] = _new_organiser(campaign, checked.pop("organiser_id"))
        merged = {k: checked.get(k, getattr(campaign, k)) for k in ("start_on", "end_on", "eligible_from",
                                                                    "eligible_to")}
        _check_dates(merged)
        check_phases(merged["start_on"], merged["end_on"], phases_of(campaign.id) if phases is None else phases)
        if "code" in checked:
            _check_code_free(checked["code"], except_id=campaign.id)
        changes = {k: (getattr(campaign, k), v) for k, v in checked.items() if getattr(campaign, k) != v}
        if changes:
            save_changes(actor, campaign, changes)
        if phases is not None:
            set_phases(actor, campaign.id, list(phases))
    return campaign


def _new_organiser(campaign: Campaign, organiser_id: int) -> Unit:
    organiser = get_unit(organiser_id)
    if organiser.id == campaign.organiser_id:
        return organiser
    check_office_may_change(organiser, "Chương trình")
    # Quotas were allocated inside the old organiser's subtree; under another organiser they would dangle.
    if Quota.select().where((Quota.campaign == campaign) & (Quota.deleted == False)).exists():  # noqa: E712
        raise InputError(f"Chương trình “{campaign.name}” đã giao chỉ tiêu nên không thể đổi đơn vị tổ chức.",
                         "organiser_id")
    return organiser


def phases_of(campaign_id: int) -> list[PhaseSpec]:
    rows = (CampaignPhase.select().where((CampaignPhase.campaign == campaign_id)
                                         & (CampaignPhase.deleted == False))  # noqa: E712
            .order_by(CampaignPhase.seq))
    return [PhaseSpec(row.name, row.start_on, row.end_on) for row in rows]


def _write_phases(actor: Actor, campaign: Campaign, phases: list[PhaseSpec], first_seq: int = 1) -> None:
    for seq, phase in enumerate(phases, first_seq):
        row = CampaignPhase.create(campaign=campaign, seq=seq, name=clean(phase.name), start_on=phase.start_on,
                                   end_on=phase.end_on, **actor.new_record())
        audit(actor, row, "create", {"name": (None, row.name), "start_on": (None, phase.start_on),
                                     "end_on": (None, phase.end_on)})


def set_phases(actor: Actor, campaign_id: int, phases: list[PhaseSpec]) -> None:
    """Make ``phases`` the campaign's phases, matched by position: phase N keeps its record (and the
    initiatives entered for it) when its name or dates change; a phase left over is deleted unless it
    has initiatives."""
    phases = list(phases)
    with database.atomic():
        campaign = get_campaign(campaign_id)
        check_office_may_change(campaign.organiser, "Chương trình")
        check_phases(campaign.start_on, campaign.end_on, phases)
        rows = list(CampaignPhase.select().where((CampaignPhase.campaign == campaign)
                                                 & (CampaignPhase.deleted == False))  # noqa: E712
                    .order_by(CampaignPhase.seq))
        for row, phase in zip(rows, phases):
            changes = {"name": (row.name, clean(phase.name)), "start_on": (row.start_on, phase.start_on),
                       "end_on": (row.end_on, phase.end_on)}
            if any(old != new for old, new in changes.values()):
                save_changes(actor, row, changes)
        for row in rows[len(phases):]:
            if Initiative.select().where((Initiative.phase == row) & (Initiative.deleted == False)).exists():  # noqa: E712
                raise InputError(f"Giai đoạn “{row.name}” đã có sáng kiến nên không thể xóa.", "phases")
            save_changes(actor, row, {"deleted": (False, True)}, "delete")
        _write_phases(actor, campaign, phases[len(rows):], first_seq=len(rows) + 1)


def set_status(actor: Actor, campaign_id: int, status: str) -> Campaign:
    with database.atomic():
        campaign = get_campaign(campaign_id)
        check_office_may_change(campaign.organiser, "Chương trình")
        try:
            new = CampaignStatus(status)
        except ValueError:
            raise InputError(f"Trạng thái “{status}” không hợp lệ.", "status") from None
        if new == campaign.status:
            return campaign
        old = CampaignStatus(campaign.status)
        if new not in TRANSITIONS[old]:
            raise InputError(f"Không thể chuyển chương trình “{campaign.name}” từ “{STATUS_LABELS[old]}” sang "
                             f"“{STATUS_LABELS[new]}”.", "status")
        save_changes(actor, campaign, {"status": (campaign.status, str(new))})
    return campaign


def delete_campaign(actor: Actor, campaign_id: int) -> None:
    """Delete a draft typed by mistake; a campaign that was opened, or has quotas or initiatives, is closed,
    not deleted (offices below may already hold it)."""
    with database.atomic():
        campaign = get_campaign(campaign_id)
        check_office_may_change(campaign.organiser, "Chương trình")
        if campaign.status != CampaignStatus.DRAFT:
            raise InputError(f"Chỉ xóa được chương trình dự thảo; “{campaign.name}” đang ở trạng thái "
                             f"“{STATUS_LABELS[CampaignStatus(campaign.status)]}”, hãy kết thúc nó thay vì xóa.")
        for model in (Quota, Initiative):
            if model.select().where((model.campaign == campaign) & (model.deleted == False)).exists():  # noqa: E712
                raise InputError(f"Chương trình “{campaign.name}” đã có chỉ tiêu hoặc sáng kiến nên không thể xóa.")
        for phase in CampaignPhase.select().where((CampaignPhase.campaign == campaign)
                                                  & (CampaignPhase.deleted == False)):  # noqa: E712
            save_changes(actor, phase, {"deleted": (False, True)}, "delete")
        save_changes(actor, campaign, {"deleted": (False, True)}, "delete")
