"""The quota cascade: each unit allocates its quota to the units directly below it.

The editor warns, without blocking, when the children's sum is below or above the parent's quota.
"""

from __future__ import annotations

from dataclasses import dataclass

from uniondesk.domain.campaigns import check_count, quota_warning
from uniondesk.domain.errors import InputError
from uniondesk.domain.text import vi_sort_key
from uniondesk.domain.units import UnitStatus
from uniondesk.services.actor import Actor, audit, save_changes
from uniondesk.services.campaigns import check_office_may_change, get_campaign
from uniondesk.services.units import get_unit, is_in_subtree
from uniondesk.store.db import database
from uniondesk.store.models import Campaign, Quota, Unit


@dataclass(frozen=True)
class Allocation:
    unit_id: int
    initiatives: int | None  # None removes the unit's quota
    members: int | None = None


@dataclass(frozen=True)
class QuotaLine:
    unit_id: int
    code: str
    name: str
    kind: str
    initiatives: int | None
    members: int | None


@dataclass(frozen=True)
class QuotaOverview:
    """What the quota editor shows for one allocating unit."""

    parent_id: int
    parent_quota: int | None  # the unit's own quota, or the campaign's target for the organiser
    lines: list[QuotaLine]

    @property
    def allocated(self) -> int:
        return sum(line.initiatives or 0 for line in self.lines)

    @property
    def left(self) -> int | None:
        return None if self.parent_quota is None else self.parent_quota - self.allocated

    @property
    def warning(self) -> str:
        """A Vietnamese warning when the children's sum differs from the parent's quota, else ""."""
        return quota_warning(self.parent_quota, self.allocated)


def _live_quota(campaign_id: int, unit_id: int) -> Quota | None:
    return Quota.get_or_none((Quota.campaign == campaign_id) & (Quota.unit == unit_id)
                             & (Quota.deleted == False))  # noqa: E712


def own_quota(campaign: Campaign, unit: Unit) -> int | None:
    if unit.id == campaign.organiser_id:
        return campaign.target_initiatives
    quota = _live_quota(campaign.id, unit.id)
    return quota.initiatives if quota else None


def overview(campaign_id: int, parent_id: int) -> QuotaOverview:
    campaign, parent = get_campaign(campaign_id), get_unit(parent_id)
    children = (Unit.select().where((Unit.parent == parent) & (Unit.status == UnitStatus.LIVE)
                                    & (Unit.deleted == False)))  # noqa: E712
    quotas = {q.unit_id: q for q in Quota.select().where(
        (Quota.campaign == campaign) & (Quota.deleted == False)  # noqa: E712
        & Quota.unit.in_([c.id for c in children]))}
    lines = [QuotaLine(c.id, c.code, c.name, c.kind,
                       quotas[c.id].initiatives if c.id in quotas else None,
                       quotas[c.id].members if c.id in quotas else None) for c in children]
    lines.sort(key=lambda line: vi_sort_key(line.name))
    return QuotaOverview(parent.id, own_quota(campaign, parent), lines)


def _check_target(campaign: Campaign, parent: Unit, unit: Unit, allocation: Allocation) -> None:
    organiser = campaign.organiser
    if unit.id == organiser.id:
        raise InputError(f"“{unit.name}” là đơn vị tổ chức: chỉ tiêu của nó là chỉ tiêu của chương trình.", "unit")
    if not is_in_subtree(unit, organiser):
        raise InputError(f"“{unit.name}” không thuộc phạm vi của đơn vị tổ chức “{organiser.name}”.", "unit")
    if unit.parent_id != parent.id:
        raise InputError(f"“{unit.name}” không trực thuộc “{parent.name}”: chỉ giao chỉ tiêu cho đơn vị cấp dưới "
                         "trực tiếp.", "unit")
    # A merged or dissolved unit keeps its old parent; it can lose its quota but not be given one.
    if unit.status != UnitStatus.LIVE and allocation.initiatives is not None:
        raise InputError(f"“{unit.name}” đã ngừng hoạt động nên không thể giao chỉ tiêu.", "unit")


def _check_counts(unit: Unit, allocation: Allocation) -> None:
    """The numbers of one line, refused with the unit's name: the editor shows many lines at once."""
    try:
        check_count(allocation.initiatives, "initiatives", "chỉ tiêu sáng kiến")
        check_count(allocation.members, "members", "chỉ tiêu người tham gia")
    except InputError as error:
        raise InputError(f"“{unit.name}”: {error.message}", error.field) from None


def allocate(actor: Actor, campaign_id: int, parent_id: int, allocations: list[Allocation]) -> QuotaOverview:
    """Set the quotas ``parent`` gives its child units, all or nothing: every line is checked before
    anything is written."""
    with database.atomic():
        campaign, parent = get_campaign(campaign_id), get_unit(parent_id)
        check_office_may_change(parent, "Việc giao chỉ tiêu")
        checked: dict[int, tuple[Unit, Allocation]] = {}
        for allocation in allocations:
            unit = get_unit(allocation.unit_id)
            if unit.id in checked:
                raise InputError(f"“{unit.name}” được giao chỉ tiêu hai lần trong cùng một lần giao.", "unit")
            _check_counts(unit, allocation)
            _check_target(campaign, parent, unit, allocation)
            checked[unit.id] = (unit, allocation)
        for unit, allocation in checked.values():
            _write(actor, campaign, parent, unit, allocation)
    return overview(campaign_id, parent_id)


def _write(actor: Actor, campaign: Campaign, parent: Unit, unit: Unit, allocation: Allocation) -> None:
    current = _live_quota(campaign.id, unit.id)
    if allocation.initiatives is None:
        if current is not None:
            save_changes(actor, current, {"deleted": (False, True)}, "delete")
        return
    if current is None:
        quota = Quota.create(campaign=campaign, unit=unit, allocator=parent, initiatives=allocation.initiatives,
                             members=allocation.members, **actor.new_record())
        audit(actor, quota, "create", {"initiatives": (None, quota.initiatives), "members": (None, quota.members)})
        return
    changes = {k: (getattr(current, k), getattr(allocation, k)) for k in ("initiatives", "members")
               if getattr(current, k) != getattr(allocation, k)}
    if current.allocator_id != parent.id:
        changes["allocator"] = (current.allocator, parent)
    if changes:
        save_changes(actor, current, changes)
