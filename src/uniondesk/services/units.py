"""Operations on the union tree. Each runs in one transaction and leaves history (events + audit)."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from typing import Any

from uniondesk.domain.errors import InputError
from uniondesk.domain.text import clean, fold, format_date
from uniondesk.domain.units import (
    UnitEventKind,
    UnitKind,
    UnitStatus,
    check_code,
    check_date,
    check_kind,
    check_members,
    check_name,
)
from uniondesk.services.actor import Actor, audit, save_changes
from uniondesk.store.db import database
from uniondesk.store.models import Installation, Person, Unit, UnitEvent, UnitParent
from uniondesk.store.tree import child_path, move_subtree


@dataclass(frozen=True)
class NewPart:
    """One of the units a split creates."""

    code: str
    name: str
    members: int


def get_unit(unit_id: int) -> Unit:
    unit = Unit.get_or_none((Unit.id == unit_id) & (Unit.deleted == False))  # noqa: E712
    if unit is None:
        raise InputError("Không tìm thấy đơn vị (có thể đã bị xóa).")
    return unit


def _live(unit_id: int, role: str = "Đơn vị") -> Unit:
    unit = get_unit(unit_id)
    if unit.status != UnitStatus.LIVE:
        raise InputError(f"{role} “{unit.name}” đã ngừng hoạt động.")
    return unit


def _check_code_free(code: str, except_id: int | None = None) -> None:
    query = Unit.select(Unit.id, Unit.name).where(
        (Unit.code == code) & (Unit.status == UnitStatus.LIVE) & (Unit.deleted == False)  # noqa: E712
    )
    if except_id is not None:
        query = query.where(Unit.id != except_id)
    other = query.first()
    if other:
        raise InputError(f"Mã “{code}” đã được dùng cho đơn vị “{other.name}”.", "code")


def _event(actor: Actor, unit: Unit, kind: UnitEventKind, on: dt.date | None,
           other: Unit | None = None, **detail: Any) -> None:
    event = UnitEvent.create(unit=unit, kind=kind, on_date=on, other_unit=other,
                             detail=json.dumps(detail, ensure_ascii=False), **actor.new_record())
    audit(actor, event, "create")


def _day(on: dt.date | None) -> dt.date:
    """The date of a change to the tree: required, not in the future."""
    if on is None:
        raise InputError("Hãy nhập ngày thay đổi.", "date")
    return check_date(on, "date")


def is_in_subtree(unit: Unit, root: Unit) -> bool:
    return unit.path.startswith(root.path)


def _open_period(actor: Actor, unit: Unit, parent: Unit | None, since: dt.date | None) -> None:
    period = UnitParent.create(unit=unit, parent=parent, valid_from=since, **actor.new_record())
    audit(actor, period, "create")


def _current_period(unit: Unit) -> UnitParent | None:
    return (UnitParent.select().where((UnitParent.unit == unit) & UnitParent.valid_to.is_null()
                                      & (UnitParent.deleted == False))  # noqa: E712
            .order_by(UnitParent.id.desc()).first())


def _end_period(actor: Actor, unit: Unit, on: dt.date) -> None:
    period = _current_period(unit)
    if period is None:
        return
    if period.valid_from and on < period.valid_from:
        raise InputError(
            f"Ngày {format_date(on)} sớm hơn lần thay đổi trước của đơn vị ({format_date(period.valid_from)}).",
            "date")
    save_changes(actor, period, {"valid_to": (None, on)})


def _set_parent(unit: Unit, parent: Unit | None) -> None:
    """Re-root the unit's whole subtree under ``parent`` in the materialised paths."""
    new = child_path(parent.path if parent else None, unit.id)
    move_subtree(unit.path, new)
    unit.parent = parent
    unit.path = new


def add_unit(actor: Actor, *, code: str, name: str, kind: UnitKind | str, parent_id: int | None = None,
             members: int | None = 0, members_counted_on: dt.date | None = None,
             opened_on: dt.date | None = None) -> Unit:
    code, name, kind = check_code(code), check_name(name), check_kind(kind)
    members = check_members(members)
    members_counted_on = check_date(members_counted_on, "members_counted_on")
    opened_on = check_date(opened_on, "opened_on")
    with database.atomic():
        parent = _live(parent_id, "Đơn vị cấp trên") if parent_id is not None else None
        _check_code_free(code)
        unit = Unit.create(code=code, name=name, name_folded=fold(name), kind=kind, parent=parent, path="",
                           members=members, members_counted_on=members_counted_on, opened_on=opened_on,
                           status=UnitStatus.LIVE, **actor.new_record())
        unit.path = child_path(parent.path if parent else None, unit.id)
        unit.save()
        created = {"code": code, "name": name, "kind": str(kind), "parent": parent, "members": members,
                   "members_counted_on": members_counted_on, "opened_on": opened_on}
        audit(actor, unit, "create", {k: (None, v) for k, v in created.items() if v is not None})
        _open_period(actor, unit, parent, opened_on)
        _event(actor, unit, UnitEventKind.CREATED, opened_on or dt.date.today(), parent)
    return unit


EDITABLE = ("code", "name", "kind", "members", "members_counted_on", "opened_on")


def _checked_fields(fields: dict[str, Any]) -> dict[str, Any]:
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise TypeError(f"not editable: {sorted(unknown)}")
    checks = {"code": check_code, "name": check_name, "kind": check_kind, "members": check_members,
              "members_counted_on": lambda value: check_date(value, "members_counted_on"),
              "opened_on": lambda value: check_date(value, "opened_on")}
    return {name: checks[name](value) for name, value in fields.items()}


def edit_unit(actor: Actor, unit_id: int, **fields: Any) -> Unit:
    """Change any of ``EDITABLE``; only what really changed is written and audited."""
    checked = _checked_fields(fields)
    with database.atomic():
        unit = get_unit(unit_id)
        changes = {k: (getattr(unit, k), v) for k, v in checked.items() if getattr(unit, k) != v}
        if not changes:
            return unit
        if "code" in changes and unit.status == UnitStatus.LIVE:
            _check_code_free(checked["code"], except_id=unit.id)
        if "name" in changes:
            changes["name_folded"] = (unit.name_folded, fold(checked["name"]))
        if "members" in changes and "members_counted_on" not in fields \
                and unit.members_counted_on != dt.date.today():
            # A new count without its date was counted today; the old date would date the new figure wrongly.
            changes["members_counted_on"] = (unit.members_counted_on, dt.date.today())
        if "opened_on" in changes:
            _shift_opening(actor, unit, *changes["opened_on"])
        save_changes(actor, unit, changes)
        _edit_events(actor, unit, changes)
    return unit


def _edit_events(actor: Actor, unit: Unit, changes: dict[str, tuple[Any, Any]]) -> None:
    counted = {"members", "members_counted_on"} & set(changes)
    if counted:
        _event(actor, unit, UnitEventKind.MEMBERS_COUNTED, unit.members_counted_on or dt.date.today(),
               members=unit.members, before=changes.get("members", (unit.members,))[0])
    edited = sorted(set(changes) - counted - {"name_folded"})
    if edited:
        _event(actor, unit, UnitEventKind.EDITED, dt.date.today(), fields=edited)


def _shift_opening(actor: Actor, unit: Unit, old: dt.date | None, new: dt.date | None) -> None:
    """A corrected opening date moves the start of the unit's first parent period and its creation event,
    so that "the tree on date D" agrees with it."""
    first = (UnitParent.select().where((UnitParent.unit == unit) & (UnitParent.deleted == False))  # noqa: E712
             .order_by(UnitParent.id).first())
    if first is not None and first.valid_from == old:
        if new and first.valid_to and new > first.valid_to:
            raise InputError(f"Ngày thành lập phải trước lần thay đổi đầu tiên của đơn vị "
                             f"({format_date(first.valid_to)}).", "opened_on")
        save_changes(actor, first, {"valid_from": (old, new)})
    created = UnitEvent.get_or_none((UnitEvent.unit == unit) & (UnitEvent.kind == UnitEventKind.CREATED)
                                    & (UnitEvent.deleted == False))  # noqa: E712
    if created is not None and new is not None:
        save_changes(actor, created, {"on_date": (created.on_date, new)})


def _move(actor: Actor, unit: Unit, parent: Unit, on: dt.date) -> None:
    if unit.id == parent.id or is_in_subtree(parent, unit):
        raise InputError(f"Không thể chuyển “{unit.name}” vào chính nó hoặc đơn vị cấp dưới của nó.", "parent")
    old_parent = unit.parent
    _end_period(actor, unit, on)
    changes = {"parent": (old_parent, parent)}
    _set_parent(unit, parent)
    save_changes(actor, unit, changes)
    _open_period(actor, unit, parent, on)
    _event(actor, unit, UnitEventKind.MOVED, on, parent, from_unit=old_parent.uuid if old_parent else None)


def move_unit(actor: Actor, unit_id: int, new_parent_id: int, on: dt.date) -> Unit:
    """Move a unit (with its subtree) under a new parent from date ``on``."""
    on = _day(on)
    with database.atomic():
        unit = _live(unit_id)
        parent = _live(new_parent_id, "Đơn vị cấp trên mới")
        if unit.parent_id == parent.id:
            raise InputError(f"“{unit.name}” đã trực thuộc “{parent.name}”.", "parent")
        _move(actor, unit, parent, on)
    return unit


def _live_children(unit: Unit) -> list[Unit]:
    return list(Unit.select().where((Unit.parent == unit) & (Unit.status == UnitStatus.LIVE)
                                    & (Unit.deleted == False)))  # noqa: E712


def _retire(actor: Actor, unit: Unit, status: UnitStatus, on: dt.date, successor: Unit | None) -> None:
    _end_period(actor, unit, on)
    save_changes(actor, unit, {"status": (unit.status, str(status)), "closed_on": (unit.closed_on, on),
                        "successor": (unit.successor, successor)})


def _hand_over(actor: Actor, unit: Unit, heir: Unit, on: dt.date) -> None:
    """Move the unit's live children and its people to ``heir``."""
    for child in _live_children(unit):
        _move(actor, child, heir, on)
    for person in Person.select().where((Person.unit == unit) & (Person.deleted == False)):  # noqa: E712
        save_changes(actor, person, {"unit": (unit, heir)})


def merge_unit(actor: Actor, unit_id: int, into_id: int, on: dt.date) -> Unit:
    """Merge A into B from ``on``: A closes and points to B; its children, people and members go to B.

    A's past records stay A's, so figures of past campaigns are still counted where they were entered.
    """
    on = _day(on)
    with database.atomic():
        unit = _live(unit_id)
        into = _live(into_id, "Đơn vị nhận sáp nhập")
        if into.id == unit.id or is_in_subtree(into, unit):
            raise InputError(f"Không thể sáp nhập “{unit.name}” vào chính nó hoặc đơn vị cấp dưới của nó.", "into")
        _hand_over(actor, unit, into, on)
        if unit.members:
            save_changes(actor, into, {"members": (into.members, into.members + unit.members),
                                "members_counted_on": (into.members_counted_on, on)})
        _retire(actor, unit, UnitStatus.MERGED, on, into)
        _event(actor, unit, UnitEventKind.MERGED_INTO, on, into, members=unit.members)
        _event(actor, into, UnitEventKind.ABSORBED, on, unit, members=unit.members)
    return into


def split_unit(actor: Actor, unit_id: int, parts: list[NewPart], on: dt.date) -> list[Unit]:
    """Split A into new units under A's parent from ``on``; members must all be accounted for.

    A's live children and people go to the first new unit (they can be moved on afterwards).
    """
    on = _day(on)
    if len(parts) < 2:
        raise InputError("Cần ít nhất hai đơn vị mới để chia tách.", "parts")
    codes = [check_code(part.code) for part in parts]
    if len(set(codes)) != len(codes):
        raise InputError("Các đơn vị mới phải có mã khác nhau.", "parts")
    with database.atomic():
        unit = _live(unit_id)
        total = sum(check_members(part.members) for part in parts)
        if total != unit.members:
            raise InputError(
                f"Tổng số đoàn viên của các đơn vị mới ({total}) phải bằng số đoàn viên của “{unit.name}” "
                f"({unit.members}).", "parts")
        created = [add_unit(actor, code=part.code, name=part.name, kind=unit.kind, parent_id=unit.parent_id,
                            members=part.members, members_counted_on=on, opened_on=on) for part in parts]
        _hand_over(actor, unit, created[0], on)
        _retire(actor, unit, UnitStatus.SPLIT, on, created[0])
        for new in created:
            _event(actor, unit, UnitEventKind.SPLIT_INTO, on, new, members=new.members)
            _event(actor, new, UnitEventKind.SPLIT_FROM, on, unit, members=new.members)
    return created


def close_unit(actor: Actor, unit_id: int, on: dt.date, reason: str = "") -> Unit:
    """Close (dissolve) a unit that has no live child units left."""
    on = _day(on)
    with database.atomic():
        unit = _live(unit_id)
        children = _live_children(unit)
        if children:
            raise InputError(
                f"“{unit.name}” còn {len(children)} đơn vị trực thuộc đang hoạt động. "
                "Hãy chuyển hoặc giải thể các đơn vị đó trước.")
        _retire(actor, unit, UnitStatus.CLOSED, on, None)
        _event(actor, unit, UnitEventKind.CLOSED, on, reason=clean(reason))
    return unit


def reopen_unit(actor: Actor, unit_id: int, on: dt.date) -> Unit:
    """Bring a closed, merged or split unit back under its last parent."""
    on = _day(on)
    with database.atomic():
        unit = get_unit(unit_id)
        if unit.status == UnitStatus.LIVE:
            raise InputError(f"“{unit.name}” đang hoạt động.")
        if unit.closed_on and on < unit.closed_on:
            raise InputError(f"Ngày hoạt động lại phải sau ngày ngừng hoạt động ({format_date(unit.closed_on)}).",
                             "date")
        parent = unit.parent
        if parent is not None and parent.status != UnitStatus.LIVE:
            raise InputError(f"Đơn vị cấp trên “{parent.name}” đã ngừng hoạt động; hãy mở lại nó trước.")
        _check_code_free(unit.code, except_id=unit.id)
        save_changes(actor, unit, {"status": (unit.status, str(UnitStatus.LIVE)), "closed_on": (unit.closed_on, None),
                            "successor": (unit.successor, None)})
        _open_period(actor, unit, parent, on)
        _event(actor, unit, UnitEventKind.REOPENED, on, parent)
    return unit


# A unit's own parent periods and events are part of the unit, not records about it.
_OWN_HISTORY = {("unit_parent", "unit"), ("unit_event", "unit")}


def record_count(unit: Unit) -> int:
    """Live records that refer to the unit, in every table with a foreign key to units."""
    total = 0
    for field in Unit._meta.backrefs:
        if (field.model._meta.table_name, field.name) in _OWN_HISTORY:
            continue
        query = field.model.select().where(field == unit)
        if "deleted" in field.model._meta.fields:  # local tables have no tombstones
            query = query.where(field.model.deleted == False)  # noqa: E712
        total += query.count()
    return total


def delete_unit(actor: Actor, unit_id: int) -> None:
    """Delete a unit typed by mistake. A unit that has records is never deleted: close it instead."""
    with database.atomic():
        unit = get_unit(unit_id)
        if Installation.select().where(Installation.home_unit_uuid == unit.uuid).exists():
            raise InputError(f"“{unit.name}” là đơn vị chủ quản của cơ sở dữ liệu này nên không thể xóa.")
        if record_count(unit):
            raise InputError(f"“{unit.name}” đã có dữ liệu liên quan nên không thể xóa; hãy giải thể đơn vị.")
        for period in UnitParent.select().where(UnitParent.unit == unit):
            save_changes(actor, period, {"deleted": (False, True)}, "delete")
        for event in UnitEvent.select().where(UnitEvent.unit == unit):
            save_changes(actor, event, {"deleted": (False, True)}, "delete")
        save_changes(actor, unit, {"deleted": (False, True)}, "delete")
