"""People of a unit: authors of initiatives and recipients of awards."""

from __future__ import annotations

from typing import Any

from uniondesk.domain.errors import InputError
from uniondesk.domain.text import clean, fold
from uniondesk.domain.units import Gender, check_birth_year, check_gender, check_name
from uniondesk.services.actor import Actor, audit, save_changes
from uniondesk.services.units import get_unit
from uniondesk.store.db import database
from uniondesk.store.models import Person


def _checked(fields: dict[str, Any]) -> dict[str, Any]:
    out = dict(fields)
    if "full_name" in fields:
        out["full_name"] = check_name(fields["full_name"], "full_name")
        out["name_folded"] = fold(out["full_name"])
    if "gender" in fields:
        gender = check_gender(fields["gender"])
        out["gender"] = str(gender) if gender else None
    if "birth_year" in fields:
        out["birth_year"] = check_birth_year(fields["birth_year"])
    if "position" in fields:
        out["position"] = clean(fields["position"])
    return out


def add_person(actor: Actor, unit_id: int, *, full_name: str, gender: Gender | str | None = None,
               birth_year: int | None = None, position: str = "") -> Person:
    fields = _checked({"full_name": full_name, "gender": gender, "birth_year": birth_year, "position": position})
    with database.atomic():
        unit = get_unit(unit_id)
        person = Person.create(unit=unit, **fields, **actor.new_record())
        audit(actor, person, "create", {k: (None, v) for k, v in fields.items()})
    return person


def edit_person(actor: Actor, person_id: int, **fields: Any) -> Person:
    allowed = {"full_name", "gender", "birth_year", "position", "unit_id"}
    if set(fields) - allowed:
        raise TypeError(f"not editable: {sorted(set(fields) - allowed)}")
    checked = _checked(fields)
    with database.atomic():
        person = _get(person_id)
        if "unit_id" in checked:
            checked["unit"] = get_unit(checked.pop("unit_id"))
        changes = {k: (getattr(person, k), v) for k, v in checked.items() if getattr(person, k) != v}
        if not changes:
            return person
        save_changes(actor, person, changes)
    return person


def delete_person(actor: Actor, person_id: int) -> None:
    """Tombstone a person entered by mistake; refused once anything refers to them."""
    with database.atomic():
        person = _get(person_id)
        for field in Person._meta.backrefs:
            query = field.model.select().where(field == person)
            if "deleted" in field.model._meta.fields:  # local tables have no tombstones
                query = query.where(field.model.deleted == False)  # noqa: E712
            if query.exists():
                raise InputError(f"“{person.full_name}” đã có dữ liệu liên quan nên không thể xóa.")
        save_changes(actor, person, {"deleted": (False, True)}, "delete")


def _get(person_id: int) -> Person:
    person = Person.get_or_none((Person.id == person_id) & (Person.deleted == False))  # noqa: E712
    if person is None:
        raise InputError("Không tìm thấy người này (có thể đã bị xóa).")
    return person
