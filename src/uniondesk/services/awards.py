"""Award decisions and their recipients: draft → signed (read-only, register numbers given) → revoked.

Every write is audited; a decision belongs to its issuing unit, so only that office (or one above it)
changes it. Giving the same person or unit a second award for one campaign raises
``DoubleAwardWarning``; the same call with ``reason_for_repeat`` proceeds and stores the reason.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from uniondesk.domain.awards import (
    DecisionStatus,
    DoubleAwardWarning,
    EarlierAward,
    RecipientKind,
    check_decision_date,
    check_form,
    check_number,
    check_reason,
    check_revocation,
    check_signer,
    display_name,
    form_title,
    number_key,
)
from uniondesk.domain.errors import InputError
from uniondesk.domain.text import clean, format_date
from uniondesk.services.actor import Actor, audit, save_changes
from uniondesk.services.campaigns import check_office_may_change, get_campaign
from uniondesk.services.units import get_unit
from uniondesk.store.db import database
from uniondesk.store.models import Person, Unit
from uniondesk.store.models_awards import AwardDecision, AwardRecipient
from uniondesk.store.queries import awards as queries

DECISION_FIELDS = ("number", "decided_on", "issuing_unit_id", "signer_title", "signer_name", "form", "form_title",
                   "campaign_id", "reason", "place")
RECIPIENT_FIELDS = ("name", "position", "unit_name", "reason", "achievement")


@dataclass(frozen=True)
class RecipientSpec:
    """Who to reward: a person (individual) or a unit (collective), with an optional own reason."""

    kind: str
    person_id: int | None = None
    unit_id: int | None = None
    reason: str = ""
    achievement: str = ""


def get_decision(decision_id: int) -> AwardDecision:
    decision = AwardDecision.get_or_none((AwardDecision.id == decision_id) & (AwardDecision.deleted == False))  # noqa: E712
    if decision is None:
        raise InputError("Không tìm thấy quyết định khen thưởng (có thể đã bị xóa).")
    return decision


def _get_recipient(recipient_id: int) -> AwardRecipient:
    row = AwardRecipient.get_or_none((AwardRecipient.id == recipient_id) & (AwardRecipient.deleted == False))  # noqa: E712
    if row is None:
        raise InputError("Không tìm thấy người hoặc tập thể này trong quyết định (có thể đã bị xóa).")
    return row


def _check_draft(decision: AwardDecision) -> None:
    """Only a draft changes: a signed decision is a legal document."""
    if decision.status == DecisionStatus.SIGNED:
        raise InputError(f"Quyết định số {decision.number} đã ký nên không thể sửa. Nếu có sai sót, hãy thu hồi "
                         "quyết định bằng một quyết định khác.", "status")
    if decision.status == DecisionStatus.REVOKED:
        raise InputError(f"Quyết định số {decision.number} đã bị thu hồi nên không thể sửa.", "status")


def _checked(values: dict[str, Any]) -> dict[str, Any]:
    out = dict(values)
    if "number" in values:
        out["number"] = check_number(values["number"])
    if "decided_on" in values:
        out["decided_on"] = check_decision_date(values["decided_on"])
    if "reason" in values:
        out["reason"] = check_reason(values["reason"])
    if "place" in values:
        out["place"] = clean(values["place"])
    return out


def _check_number_free(issuing_unit_id: int, number: str, day: dt.date, except_id: int | None = None) -> None:
    key = number_key(number)
    for _, other in queries.numbers_of(issuing_unit_id, day.year, except_id):
        if number_key(other) == key:
            raise InputError(f"Số quyết định “{number}” đã được dùng trong năm {day.year} cho một quyết định "
                             f"khác của cùng đơn vị (“{other}”).", "number")


def create_decision(actor: Actor, *, number: str, decided_on: dt.date, issuing_unit_id: int, signer_title: str,
                    signer_name: str, form: str, form_title: str = "", campaign_id: int | None = None,
                    reason: str = "", place: str = "") -> AwardDecision:
    values = _checked({k: v for k, v in locals().items() if k in DECISION_FIELDS})
    values["signer_title"], values["signer_name"] = check_signer(signer_title, signer_name)
    values["form"], values["form_title"] = check_form(form, form_title)
    with database.atomic():
        unit = get_unit(values.pop("issuing_unit_id"))
        check_office_may_change(unit, "Quyết định khen thưởng")
        campaign = get_campaign(campaign_id) if values.pop("campaign_id") is not None else None
        _check_number_free(unit.id, values["number"], values["decided_on"])
        decision = AwardDecision.create(issuing_unit=unit, campaign=campaign, status=str(DecisionStatus.DRAFT),
                                        **values, **actor.new_record())
        audit(actor, decision, "create", {"issuing_unit": (None, unit), "campaign": (None, campaign),
                                          **{k: (None, v) for k, v in values.items()}})
    return decision


def edit_decision(actor: Actor, decision_id: int, *, reason_for_repeat: str | None = None,
                  **fields: Any) -> AwardDecision:
    """Change a draft; a new campaign re-runs the double-award check for every recipient."""
    unknown = set(fields) - set(DECISION_FIELDS)
    if unknown:
        raise TypeError(f"not editable: {sorted(unknown)}")
    checked = _checked(fields)
    with database.atomic():
        decision = get_decision(decision_id)
        _check_draft(decision)
        check_office_may_change(decision.issuing_unit, "Quyết định khen thưởng")
        merged = {k: checked.get(k, getattr(decision, k)) for k in DECISION_FIELDS}
        checked["signer_title"], checked["signer_name"] = check_signer(merged["signer_title"], merged["signer_name"])
        checked["form"], checked["form_title"] = check_form(merged["form"], merged["form_title"])
        if "issuing_unit_id" in checked:
            checked["issuing_unit"] = get_unit(checked.pop("issuing_unit_id"))
            check_office_may_change(checked["issuing_unit"], "Quyết định khen thưởng")
        if "campaign_id" in checked:
            new_id = checked.pop("campaign_id")
            checked["campaign"] = get_campaign(new_id) if new_id is not None else None
        _check_number_free(merged["issuing_unit_id"], merged["number"], merged["decided_on"], decision.id)
        changes = {k: (getattr(decision, k), v) for k, v in checked.items() if getattr(decision, k) != v}
        if "campaign" in changes and changes["campaign"][1] is not None:
            live = list(_live_recipients(decision))
            _check_double(actor, changes["campaign"][1].id, decision.id, live, reason_for_repeat)
        if changes:
            save_changes(actor, decision, changes)
    return decision


def delete_decision(actor: Actor, decision_id: int) -> None:
    """Tombstone a draft entered by mistake, with its recipients; a signed decision is revoked instead."""
    with database.atomic():
        decision = get_decision(decision_id)
        _check_draft(decision)
        check_office_may_change(decision.issuing_unit, "Quyết định khen thưởng")
        for row in _live_recipients(decision):
            save_changes(actor, row, {"deleted": (False, True)}, "delete")
        save_changes(actor, decision, {"deleted": (False, True)}, "delete")


def _live_recipients(decision: AwardDecision):
    return (AwardRecipient.select().where((AwardRecipient.decision == decision)
                                          & (AwardRecipient.deleted == False))  # noqa: E712
            .order_by(AwardRecipient.seq, AwardRecipient.id))


# --- recipients -----------------------------------------------------------------------------------------

def _snapshots(specs: list[RecipientSpec]) -> list[dict[str, Any]]:
    """The recipients' copied fields: what a certificate prints, as it is today. People and units are
    read in two queries, not one per recipient (a decision may name a few hundred)."""
    bad = [spec.kind for spec in specs if spec.kind not in (RecipientKind.INDIVIDUAL, RecipientKind.COLLECTIVE)]
    if bad:
        raise InputError(f"Loại người được khen “{bad[0]}” không hợp lệ (cá nhân hoặc tập thể).", "kind")
    live = False
    people = {p.id: p for p in Person.select(Person, Unit).join(Unit).where(
        Person.id.in_([s.person_id for s in specs if s.kind == RecipientKind.INDIVIDUAL]) & (Person.deleted == live))}
    unit_ids = [s.unit_id for s in specs if s.kind == RecipientKind.COLLECTIVE]
    units = {u.id: u for u in Unit.select().where(Unit.id.in_(unit_ids) & (Unit.deleted == live))}
    parents = queries.unit_names(list(units))
    out = []
    for spec in specs:
        if spec.kind == RecipientKind.INDIVIDUAL:
            person = people.get(spec.person_id)
            if person is None:
                raise InputError("Không tìm thấy người được đề nghị khen thưởng (có thể đã bị xóa).", "person")
            out.append({"kind": str(RecipientKind.INDIVIDUAL), "person": person, "unit": person.unit,
                        "name": person.full_name, "gender": person.gender, "position": person.position,
                        "unit_name": person.unit.name})
        else:
            unit = units.get(spec.unit_id)
            if unit is None:
                raise InputError("Không tìm thấy đơn vị được đề nghị khen thưởng (có thể đã bị xóa).", "unit")
            out.append({"kind": str(RecipientKind.COLLECTIVE), "person": None, "unit": unit, "name": unit.name,
                        "gender": None, "position": "", "unit_name": parents[unit.id][1]})
    return out


def _key(kind: str, person_id: int | None, unit_id: int) -> tuple:
    return (kind, person_id) if kind == RecipientKind.INDIVIDUAL else (kind, unit_id)


def _check_double(actor: Actor, campaign_id: int, decision_id: int, rows: list,
                  reason_for_repeat: str | None) -> None:
    """Raise ``DoubleAwardWarning`` for rows already rewarded for the campaign, or store the reason.

    ``rows`` are recipients (records, or snapshots not yet written: dicts, given the reason on creation).
    """
    earlier: dict[tuple, list] = {}
    for award in queries.awards_in_campaign(campaign_id, except_decision_id=decision_id):
        earlier.setdefault(_key(award.kind, award.person_id, award.unit_id), []).append(award)
    hits = [(row, earlier[_key(*_row_key(row))]) for row in rows
            if _key(*_row_key(row)) in earlier and not _repeat_reason(row)]
    if not hits:
        return
    reason = clean(reason_for_repeat)
    if not reason:
        listed = [EarlierAward(display_name(a.kind, a.gender, a.name), a.number, a.decided_on,
                               form_title(a.form, a.form_title), a.status) for _, awards in hits for a in awards]
        raise DoubleAwardWarning(get_campaign(campaign_id).name, listed)
    for row, _ in hits:
        if isinstance(row, dict):
            row["repeat_reason"] = reason
        else:
            save_changes(actor, row, {"repeat_reason": (row.repeat_reason, reason)})


def _row_key(row) -> tuple:
    if isinstance(row, dict):
        return row["kind"], row["person"].id if row["person"] else None, row["unit"].id
    return row.kind, row.person_id, row.unit_id


def _repeat_reason(row) -> str:
    return row.get("repeat_reason", "") if isinstance(row, dict) else row.repeat_reason


def add_recipients(actor: Actor, decision_id: int, specs: list[RecipientSpec], *,
                   reason_for_repeat: str | None = None) -> list[AwardRecipient]:
    """Add people and units to a draft, after the last one; all or nothing."""
    with database.atomic():
        decision = get_decision(decision_id)
        _check_draft(decision)
        check_office_may_change(decision.issuing_unit, "Quyết định khen thưởng")
        present = {_key(r.kind, r.person_id, r.unit_id) for r in _live_recipients(decision)}
        rows = []
        for spec, snapshot in zip(specs, _snapshots(specs)):
            row = {**snapshot, "reason": check_reason(spec.reason), "achievement": clean(spec.achievement)}
            key = _key(*_row_key(row))
            if key in present:
                raise InputError(f"{display_name(row['kind'], row['gender'], row['name'])} đã có trong danh sách "
                                 "của quyết định này.", "recipients")
            present.add(key)
            rows.append(row)
        if decision.campaign_id is not None:
            _check_double(actor, decision.campaign_id, decision.id, rows, reason_for_repeat)
        return _write_recipients(actor, decision, rows)


def _write_recipients(actor: Actor, decision: AwardDecision, rows: list[dict]) -> list[AwardRecipient]:
    last = (AwardRecipient.select(AwardRecipient.seq).where(AwardRecipient.decision == decision)
            .order_by(AwardRecipient.seq.desc()).limit(1).scalar()) or 0
    created = []
    for seq, row in enumerate(rows, last + 1):
        record = AwardRecipient.create(decision=decision, seq=seq, **row, **actor.new_record())
        audit(actor, record, "create", {k: (None, v) for k, v in row.items() if v not in (None, "")})
        created.append(record)
    return created


def edit_recipient(actor: Actor, recipient_id: int, **fields: Any) -> AwardRecipient:
    """Correct what a draft's certificate will print for one recipient (name, position, unit, reason)."""
    unknown = set(fields) - set(RECIPIENT_FIELDS)
    if unknown:
        raise TypeError(f"not editable: {sorted(unknown)}")
    checked = {k: check_reason(v) if k == "reason" else clean(v) for k, v in fields.items()}
    if "name" in checked and not checked["name"]:
        raise InputError("Tên người hoặc tập thể được khen không được để trống.", "name")
    with database.atomic():
        row = _get_recipient(recipient_id)
        _check_draft(row.decision)
        check_office_may_change(row.decision.issuing_unit, "Quyết định khen thưởng")
        save_changes(actor, row, {k: (getattr(row, k), v) for k, v in checked.items()})
    return row


def remove_recipient(actor: Actor, recipient_id: int) -> None:
    with database.atomic():
        row = _get_recipient(recipient_id)
        _check_draft(row.decision)
        check_office_may_change(row.decision.issuing_unit, "Quyết định khen thưởng")
        save_changes(actor, row, {"deleted": (False, True)}, "delete")


def reorder_recipients(actor: Actor, decision_id: int, recipient_ids: list[int]) -> None:
    """Put a draft's recipients in the given order (the order of the list and of the register numbers)."""
    with database.atomic():
        decision = get_decision(decision_id)
        _check_draft(decision)
        check_office_may_change(decision.issuing_unit, "Quyết định khen thưởng")
        rows = {row.id: row for row in _live_recipients(decision)}
        if sorted(recipient_ids) != sorted(rows):
            raise InputError("Danh sách sắp xếp không khớp với danh sách người được khen.", "recipients")
        for seq, recipient_id in enumerate(recipient_ids, 1):
            row = rows[recipient_id]
            if row.seq != seq:
                save_changes(actor, row, {"seq": (row.seq, seq)})


# --- signing and revoking ---------------------------------------------------------------------------------

def sign_decision(actor: Actor, decision_id: int, *, reason_for_repeat: str | None = None) -> AwardDecision:
    """Sign: the decision becomes read-only and each recipient gets the next register number of the
    issuing unit and year, in the list's order."""
    with database.atomic():
        decision = get_decision(decision_id)
        _check_draft(decision)
        check_office_may_change(decision.issuing_unit, "Quyết định khen thưởng")
        rows = list(_live_recipients(decision))
        if not rows:
            raise InputError(f"Quyết định số {decision.number} chưa có người hoặc tập thể nào được khen.",
                             "recipients")
        if decision.campaign_id is not None:  # another decision may have been signed since they were added
            _check_double(actor, decision.campaign_id, decision.id, rows, reason_for_repeat)
        year = decision.decided_on.year
        number = queries.last_register_no(decision.issuing_unit_id, year)
        for row in rows:
            number += 1
            save_changes(actor, row, {"register_unit": (None, decision.issuing_unit), "register_year": (None, year),
                                      "register_no": (None, number)}, "sign")
        save_changes(actor, decision, {"status": (decision.status, str(DecisionStatus.SIGNED))}, "sign")
    return decision


def revoke_decision(actor: Actor, decision_id: int, *, reason: str, revoking_number: str,
                    revoked_on: dt.date) -> AwardDecision:
    """Revoke a signed decision (an award obtained by fraud, a decision issued in error). Its register
    numbers stay taken."""
    reason, revoking_number = check_revocation(reason, revoking_number)
    with database.atomic():
        decision = get_decision(decision_id)
        if decision.status != DecisionStatus.SIGNED:
            raise InputError(f"Chỉ thu hồi được quyết định đã ký; quyết định số {decision.number} "
                             f"{'đã bị thu hồi' if decision.status == DecisionStatus.REVOKED else 'chưa ký'}.",
                             "status")
        check_office_may_change(decision.issuing_unit, "Quyết định khen thưởng")
        _check_revoked_on(revoked_on, decision.decided_on)
        save_changes(actor, decision, {"status": (decision.status, str(DecisionStatus.REVOKED)),
                                       "revoked_on": (None, revoked_on), "revocation_reason": ("", reason),
                                       "revoking_number": ("", revoking_number)}, "revoke")
    return decision


def revoke_award(actor: Actor, recipient_id: int, *, reason: str, revoking_number: str,
                 revoked_on: dt.date) -> AwardRecipient:
    """Revoke one recipient's award of a signed decision; the rest of the decision stands."""
    reason, revoking_number = check_revocation(reason, revoking_number)
    with database.atomic():
        row = _get_recipient(recipient_id)
        decision = row.decision
        if decision.status != DecisionStatus.SIGNED or row.revoked_on is not None:
            raise InputError(f"Không thể thu hồi: khen thưởng của {row.name} không còn hiệu lực hoặc quyết định "
                             "chưa ký.", "status")
        check_office_may_change(decision.issuing_unit, "Quyết định khen thưởng")
        _check_revoked_on(revoked_on, decision.decided_on)
        save_changes(actor, row, {"revoked_on": (None, revoked_on), "revocation_reason": ("", reason),
                                  "revoking_number": ("", revoking_number)}, "revoke")
    return row


def _check_revoked_on(revoked_on: dt.date, decided_on: dt.date) -> None:
    check_decision_date(revoked_on)
    if revoked_on < decided_on:
        raise InputError(f"Ngày thu hồi phải sau ngày quyết định ({format_date(decided_on)}).", "revoked_on")


def decision_by_number(number: str, year: int | None = None, issuing_unit_id: int | None = None) -> AwardDecision:
    """The one live decision with this number (spelt with or without diacritics)."""
    key = number_key(check_number(number))
    found = [row for row in queries.decision_rows() if number_key(row.number) == key
             and (year is None or row.decided_on.year == year)
             and (issuing_unit_id is None or row.issuing_unit_id == issuing_unit_id)]
    if not found:
        raise InputError(f"Không có quyết định khen thưởng số “{clean(number)}”.", "decision")
    if len(found) > 1:
        listed = "; ".join(f"{row.number} ngày {format_date(row.decided_on)} của {row.issuing_unit_name}"
                           for row in found)
        raise InputError(f"Có {len(found)} quyết định cùng số “{clean(number)}”: {listed}. Hãy ghi rõ năm.",
                         "decision")
    return get_decision(found[0].id)
