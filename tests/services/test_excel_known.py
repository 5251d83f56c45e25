"""What the import looks up of the people a workbook names: the same people whether they are read unit by
unit (a grassroots union's file: many names, one unit) or name by name (a province's file: few names over
many units), only the (unit, name) pairs asked, oldest first, deleted people left out."""

from __future__ import annotations

import pytest
from excel_world import World

from uniondesk.services import people
from uniondesk.store.models import Person
from uniondesk.store.queries import initiative_excel as queries


@pytest.fixture
def world(office):
    return World(*office)


def test_people_are_found_by_unit_and_name_either_way(world):
    add = lambda unit, name: people.add_person(world.actor, unit.id, full_name=name).id  # noqa: E731
    an_school = world.an.id
    an_power, an_power_again = add(world.power, "Nguyễn Văn An"), add(world.power, "Nguyễn  văn AN")
    binh_power = add(world.power, "Lê Thị Bình")
    add(world.twin_a, "Lê Thị Bình")  # not asked in this unit
    gone = add(world.school, "Lê Thị Bình")
    Person.update(deleted=True).where(Person.id == gone).execute()
    names = [f"nguoi so {n}" for n in range(30)]
    # Many names over one or two units: read unit by unit. One name over many units: read by name.
    many_names = {(world.power.id, "nguyen van an"), (world.power.id, "le thi binh"), (world.school.id, "le thi binh"),
                  *((world.power.id, name) for name in names)}
    few_names = {(unit.id, "nguyen van an") for unit in (world.school, world.power, world.twin_a, world.twin_b)}
    assert len({n for _, n in many_names}) >= queries.NAMES_PER_UNIT_READ_BY_NAME * 2
    assert len({n for _, n in few_names}) < queries.NAMES_PER_UNIT_READ_BY_NAME * 4
    assert list(queries.people_named(many_names)) == [(an_power, world.power.id, "nguyen van an"),
                                                      (an_power_again, world.power.id, "nguyen van an"),
                                                      (binh_power, world.power.id, "le thi binh")]
    assert list(queries.people_named(few_names)) == [(an_school, world.school.id, "nguyen van an"),
                                                     (an_power, world.power.id, "nguyen van an"),
                                                     (an_power_again, world.power.id, "nguyen van an")]
    assert list(queries.people_named(set())) == []
