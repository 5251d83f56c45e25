"""Initiatives ("sáng kiến"): enter one, edit it, move it through its review, delete it; enter many at
once (the Excel import); keep the local search index current.

Every function is one user action in one transaction; every record written is audited. The checks are
in ``initiative_checks`` (shared by the form, the command line and the workbook import).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from uniondesk.domain.errors import InputError
from uniondesk.domain.initiatives import STATUS_LABELS, TRANSITIONS, InitiativeStatus, RecognisedBy
from uniondesk.domain.text import clean, fold
from uniondesk.domain.units import check_date
from uniondesk.services.actor import Actor, audit, save_changes
from uniondesk.services.duplicates import Similar, likely_duplicates
from uniondesk.services.initiative_bulk import add_many, write_checked
from uniondesk.services.initiative_checks import (
    AuthorSpec,
    Checked,
    CheckedAuthor,
    InitiativeInput,
    Lookups,
    first_problem,
    inspect,
)
from uniondesk.store import initiative_index
from uniondesk.store.db import database
from uniondesk.store.models import Campaign, Initiative, InitiativeAuthor, Person, Unit
from uniondesk.store.queries.initiatives import public_view

__all__ = ["AuthorSpec", "InitiativeInput", "DuplicateSuspected", "Similar", "validate", "add_initiative",
           "edit_initiative", "set_status", "delete_initiative", "applied_outside_window", "public_view",
           "add_many", "write_checked", "rebuild_search_index", "get_initiative"]

Progress = Callable[[int, int, str], None]


class DuplicateSuspected(InputError):
    """Saving would likely enter an initiative twice; ``candidates`` are the ones it resembles. The
    officer may confirm (``confirm_duplicate=True``) after checking them."""

    def __init__(self, candidates: list[Similar]):
        first = candidates[0]
        why = "cùng tác giả" if first.shared_author else "cùng đơn vị"
        more = f" và {len(candidates) - 1} sáng kiến khác" if len(candidates) > 1 else ""
        super().__init__(f"Có thể trùng với sáng kiến đã nhập “{first.title}” ({first.unit_name}, {why}){more}. "
                         "Hãy kiểm tra lại; nếu đúng là sáng kiến khác, xác nhận để vẫn lưu.", "title")
        self.candidates = candidates


def validate(data: InitiativeInput) -> list[str]:
    """Every problem of ``data`` as a Vietnamese message (empty: it may be saved). Writes nothing and
    does not look for duplicates."""
    return [problem.message for problem in inspect(data, Lookups())[1]]


def get_initiative(initiative_id: int) -> Initiative:
    initiative = Initiative.get_or_none((Initiative.id == initiative_id) & (Initiative.deleted == False))  # noqa: E712
    if initiative is None:
        raise InputError("Không tìm thấy sáng kiến (có thể đã bị xóa).")
    return initiative


def _checked(data: InitiativeInput, look: Lookups, current: Initiative | None = None) -> Checked:
    checked, problems = inspect(data, look, current)
    if problems:
        raise first_problem(problems)
    return checked


def _refuse_duplicates(checked: Checked, exclude_id: int | None) -> None:
    names = [author.name for author in checked.authors]
    found = likely_duplicates(checked.campaign.id, checked.values["title"], checked.unit.id, names, exclude_id)
    if found:
        raise DuplicateSuspected(found)


def _check_office(initiative: Initiative, look: Lookups) -> None:
    """An office changes only the initiatives of units in its own subtree."""
    unit = look.get(Unit, initiative.unit_id)
    if look.home is not None and unit is not None and not unit.path.startswith(look.home.path):
        raise InputError(f"Sáng kiến này thuộc “{unit.name}”, ngoài phạm vi của “{look.home.name}”: chỉ đơn vị "
                         "đó hoặc cấp trên của nó được sửa.")


def add_initiative(actor: Actor, data: InitiativeInput, *, confirm_duplicate: bool = False) -> Initiative:
    with database.atomic():
        checked = _checked(data, Lookups())
        if not confirm_duplicate:
            _refuse_duplicates(checked, None)
        initiative = Initiative.create(**checked.values, **actor.new_record())
        audit(actor, initiative, "create", {k: (None, v) for k, v in checked.values.items()})
        for author in checked.authors:
            _create_author(actor, initiative, author)
        initiative_index.refresh([initiative.id])
    return initiative


def _create_author(actor: Actor, initiative: Initiative, author: CheckedAuthor) -> None:
    person_id = author.person_id
    if author.new_name is not None:
        person = Person.create(full_name=author.new_name, name_folded=fold(author.new_name),
                               unit=initiative.unit_id, **actor.new_record())
        audit(actor, person, "create", {"full_name": (None, person.full_name), "unit": (None, initiative.unit_id)})
        person_id = person.id
    row = InitiativeAuthor.create(initiative=initiative.id, person=person_id, author_unit=author.unit_id,
                                  share_bp=author.share_bp, campaign=initiative.campaign_id,
                                  unit=initiative.unit_id, **actor.new_record())
    audit(actor, row, "create", {"initiative": (None, initiative.uuid), "person": (None, person_id),
                                 "author_unit": (None, author.unit_id), "share_bp": (None, author.share_bp)})


def edit_initiative(actor: Actor, initiative_id: int, data: InitiativeInput, *,
                    confirm_duplicate: bool = False) -> Initiative:
    """Replace the initiative's fields and authors by ``data`` (authors kept by who they are, so that
    their records and history stay)."""
    with database.atomic():
        current = get_initiative(initiative_id)
        look = Lookups()
        _check_office(current, look)
        checked = _checked(data, look, current)
        if not confirm_duplicate:
            _refuse_duplicates(checked, current.id)
        changes = {name: (getattr(current, name), value) for name, value in checked.values.items()}
        if any(old != new for old, new in changes.values()):
            save_changes(actor, current, changes)
        _replace_authors(actor, current, checked.authors)
        initiative_index.refresh([current.id])
    return current


def _replace_authors(actor: Actor, initiative: Initiative, authors: list[CheckedAuthor]) -> None:
    rows = list(InitiativeAuthor.select().where((InitiativeAuthor.initiative == initiative.id)
                                                & (InitiativeAuthor.deleted == False))  # noqa: E712
                .order_by(InitiativeAuthor.id))
    by_key = {("p", row.person_id) if row.person_id is not None else ("u", row.author_unit_id): row
              for row in rows}
    kept = set()
    for author in authors:
        row = by_key.get(author.key) if author.key else None
        if row is None:
            _create_author(actor, initiative, author)
            continue
        kept.add(row.id)
        changes = {"share_bp": (row.share_bp, author.share_bp),  # the copies follow the initiative:
                   "campaign_id": (row.campaign_id, initiative.campaign_id),
                   "unit_id": (row.unit_id, initiative.unit_id)}
        if any(old != new for old, new in changes.values()):
            save_changes(actor, row, changes)
    for row in rows:
        if row.id not in kept:
            save_changes(actor, row, {"deleted": (False, True)}, "delete")


def set_status(actor: Actor, initiative_id: int, status: str, *, on: dt.date | None = None, reason: str = "",
               recognised_by: str | None = None, decision_no: str | None = None) -> Initiative:
    """Move the initiative through its review: registered → recognised / not recognised → applied;
    recognition withdrawn (``reason`` required); a step back to correct a mistake. ``on`` (default
    today) dates the recognition or the first application. Allowed in a closed campaign: councils
    decide after the entry period."""
    with database.atomic():
        initiative = get_initiative(initiative_id)
        _check_office(initiative, Lookups())
        new, old = _transition(initiative, status)
        if new == old:
            return initiative
        on = check_date(on or dt.date.today(), "on")
        changes = _status_changes(initiative, old, new, on, reason)
        if recognised_by is not None:
            changes["recognised_by"] = (initiative.recognised_by, _recogniser(recognised_by))
        if decision_no is not None:
            changes["decision_no"] = (initiative.decision_no, clean(decision_no))
        save_changes(actor, initiative, changes, "status")
    return initiative


def _transition(initiative: Initiative, status: str) -> tuple[InitiativeStatus, InitiativeStatus]:
    try:
        new = InitiativeStatus(status)
    except ValueError:
        raise InputError(f"Trạng thái “{status}” không hợp lệ.", "status") from None
    old = InitiativeStatus(initiative.status)
    if new != old and new not in TRANSITIONS[old]:
        raise InputError(f"Không thể chuyển sáng kiến “{initiative.title}” từ “{STATUS_LABELS[old]}” sang "
                         f"“{STATUS_LABELS[new]}”.", "status")
    return new, old


def _recogniser(value: str) -> str:
    try:
        return str(RecognisedBy(value))
    except ValueError:
        raise InputError(f"Cấp công nhận “{value}” không hợp lệ.", "recognised_by") from None


def _status_changes(initiative: Initiative, old: InitiativeStatus, new: InitiativeStatus, on: dt.date,
                    reason: str) -> dict:
    S = InitiativeStatus
    changes: dict = {"status": (initiative.status, str(new))}
    if new in (S.RECOGNISED, S.NOT_RECOGNISED) and initiative.registered_on and on < initiative.registered_on:
        raise InputError("Ngày xét không được trước ngày đăng ký sáng kiến.", "on")
    if new == S.RECOGNISED and old in (S.REGISTERED, S.NOT_RECOGNISED):
        changes["recognised_on"] = (initiative.recognised_on, on)
    if new == S.NOT_RECOGNISED:
        changes["recognised_on"] = (initiative.recognised_on, None)
        changes["decision_on"] = (initiative.decision_on, on)
    if new == S.APPLIED and initiative.applied_on is None:
        changes["applied_on"] = (None, on)
    if new == S.WITHDRAWN:
        reason = clean(reason)
        if not reason:
            raise InputError("Hãy ghi lý do hủy công nhận sáng kiến.", "reason")
        changes["withdrawal_reason"] = (initiative.withdrawal_reason, reason)
    if new == S.REGISTERED:
        changes["recognised_on"] = (initiative.recognised_on, None)
        changes["withdrawal_reason"] = (initiative.withdrawal_reason, "")
    return changes


def delete_initiative(actor: Actor, initiative_id: int) -> None:
    """Tombstone an initiative entered by mistake, with its authors (the people stay)."""
    with database.atomic():
        initiative = get_initiative(initiative_id)
        _check_office(initiative, Lookups())
        for row in InitiativeAuthor.select().where((InitiativeAuthor.initiative == initiative.id)
                                                   & (InitiativeAuthor.deleted == False)):  # noqa: E712
            save_changes(actor, row, {"deleted": (False, True)}, "delete")
        save_changes(actor, initiative, {"deleted": (False, True)}, "delete")
        initiative_index.remove([initiative.id])


def applied_outside_window(initiative: Initiative) -> bool:
    """The first application falls outside the campaign's eligibility window: flagged, not refused."""
    if initiative.applied_on is None:
        return False
    campaign = Campaign.get_by_id(initiative.campaign_id)
    if campaign.eligible_from and initiative.applied_on < campaign.eligible_from:
        return True
    return bool(campaign.eligible_to and initiative.applied_on > campaign.eligible_to)


def rebuild_search_index(progress: Progress | None = None, cancel: Callable[[], bool] | None = None) -> int:
    """Index every initiative afresh (after bulk inserts: the demo, a restored file). Returns the count."""
    with database.atomic():
        return initiative_index.rebuild(progress, cancel)

