"""People of a unit: add, edit, delete, with validation and the audit trail."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
import uuid

import pytest
from peewee import ForeignKeyField, TextField

from uniondesk.domain.errors import InputError
from uniondesk.services.people import add_person, delete_person, edit_person
from uniondesk.services.units import add_unit, close_unit
from uniondesk.store.db import database
from uniondesk.store.models import AuditEntry, Person, SyncedModel
from uniondesk.store.queries.units import people_of


def dump() -> str:
    return "\n".join(database.connection().iterdump())


def refused(call, match: str, field: str | None = "-") -> None:
    before = dump()
    with pytest.raises(InputError, match=match) as info:
        call()
    assert dump() == before
    if field != "-":
        assert info.value.field == field


def audits(record) -> list[AuditEntry]:
    return list(AuditEntry.select().where(AuditEntry.record_uuid == record.uuid).order_by(AuditEntry.id))


@pytest.fixture
def unit(office):
    actor, home = office
    return add_unit(actor, code="G1", name="Công đoàn Công ty Điện lực Thanh Hóa", kind="grassroots",
                    parent_id=home.id, members=300)


@pytest.fixture
def actor(office):
    return office[0]


def test_add_person_stores_clean_text_and_sync_metadata(actor, unit):
    typed = unicodedata.normalize("NFD", "  Nguyễn  Thị Hằng ")
    person = add_person(actor, unit.id, full_name=typed, gender="female", birth_year=1985,
                        position=" Kỹ sư  vận hành ")
    stored = Person.get_by_id(person.id)
    assert (stored.full_name, stored.name_folded) == ("Nguyễn Thị Hằng", "nguyen thi hang")
    assert unicodedata.is_normalized("NFC", stored.full_name)
    assert (stored.gender, stored.birth_year, stored.position, stored.unit_id) == (
        "female", 1985, "Kỹ sư vận hành", unit.id)
    assert uuid.UUID(stored.uuid).version == 7
    assert stored.origin == stored.writer == actor.installation_id and stored.changed_by == "Nguyễn Văn An"
    [entry] = audits(person)
    assert (entry.action, entry.table_name, entry.officer) == ("create", "person", "Nguyễn Văn An")
    assert json.loads(entry.changes) == {"full_name": [None, "Nguyễn Thị Hằng"], "gender": [None, "female"],
                                         "birth_year": [None, 1985], "position": [None, "Kỹ sư vận hành"]}


def test_people_of_a_unit_are_listed_in_vietnamese_order(actor, unit):
    for name in ["Đỗ Văn Hùng", "Bùi Thị Lan", "Âu Văn Minh", "An Văn Nam"]:
        add_person(actor, unit.id, full_name=name)
    assert [row[1] for row in people_of(unit.id)] == ["An Văn Nam", "Âu Văn Minh", "Bùi Thị Lan", "Đỗ Văn Hùng"]


def test_optional_fields_may_stay_empty(actor, unit):
    person = add_person(actor, unit.id, full_name="Lò Văn Páo")
    stored = Person.get_by_id(person.id)
    assert (stored.gender, stored.birth_year, stored.position) == (None, None, "")


@pytest.mark.parametrize(
    ("fields", "match", "field"),
    [
        ({"full_name": "  "}, "Tên không được để trống", "full_name"),
        ({"full_name": ""}, "Tên không được để trống", "full_name"),
        ({"birth_year": 1899}, "Năm sinh 1899 không hợp lệ", "birth_year"),
        ({"birth_year": dt.date.today().year}, "không hợp lệ", "birth_year"),
        ({"birth_year": "1980"}, "phải là một số nguyên", "birth_year"),
        ({"gender": "unknown"}, "Giới tính", "gender"),
    ],
)
def test_add_person_refuses_bad_input_and_changes_nothing(actor, unit, fields, match, field):
    values = {"full_name": "Trần Văn Tú", **fields}
    refused(lambda: add_person(actor, unit.id, **values), match, field)


def test_add_person_to_a_missing_unit_is_refused(actor, unit):
    refused(lambda: add_person(actor, 9999, full_name="Trần Văn Tú"), "Không tìm thấy đơn vị")


def test_edit_person_writes_and_audits_only_real_changes(actor, unit, office):
    person = add_person(actor, unit.id, full_name="Trần Văn Tú", birth_year=1980)
    version = Person.get_by_id(person.id).version
    edit_person(actor, person.id, full_name="Trần Văn Tú ", birth_year=1980)
    assert Person.get_by_id(person.id).version == version and len(audits(person)) == 1

    other = add_unit(actor, code="G2", name="Công đoàn Bệnh viện Đa khoa", kind="grassroots", parent_id=office[1].id)
    edit_person(actor, person.id, full_name="Trần Văn Tuấn", position="Tổ trưởng", unit_id=other.id)
    stored = Person.get_by_id(person.id)
    assert (stored.full_name, stored.name_folded, stored.position, stored.unit_id) == (
        "Trần Văn Tuấn", "tran van tuan", "Tổ trưởng", other.id)
    assert stored.version > version
    entry = audits(person)[-1]
    assert entry.action == "update"
    assert json.loads(entry.changes) == {"full_name": ["Trần Văn Tú", "Trần Văn Tuấn"], "position": ["", "Tổ trưởng"],
                                         "unit": [unit.uuid, other.uuid]}


def test_edit_person_refuses_bad_input_and_changes_nothing(actor, unit):
    person = add_person(actor, unit.id, full_name="Trần Văn Tú")
    refused(lambda: edit_person(actor, person.id, full_name=" "), "Tên không được để trống", "full_name")
    refused(lambda: edit_person(actor, person.id, birth_year=3000), "không hợp lệ", "birth_year")
    refused(lambda: edit_person(actor, person.id, unit_id=9999), "Không tìm thấy đơn vị")
    refused(lambda: edit_person(actor, 9999, full_name="X"), "Không tìm thấy người")
    with pytest.raises(TypeError, match="not editable"):
        edit_person(actor, person.id, uuid="x")


def test_delete_person_leaves_a_tombstone(actor, unit):
    person = add_person(actor, unit.id, full_name="Trần Văn Tú")
    delete_person(actor, person.id)
    stored = Person.get_by_id(person.id)
    assert stored.deleted and stored.version > person.version
    assert audits(person)[-1].action == "delete"
    assert people_of(unit.id) == []
    refused(lambda: delete_person(actor, person.id), "Không tìm thấy người")
    refused(lambda: edit_person(actor, person.id, full_name="X"), "Không tìm thấy người")


def test_a_unit_with_only_deleted_people_has_no_records(actor, unit):
    from uniondesk.services.units import delete_unit

    person = add_person(actor, unit.id, full_name="Trần Văn Tú")
    delete_person(actor, person.id)
    delete_unit(actor, unit.id)


def test_people_stay_with_a_closed_unit(actor, unit):
    person = add_person(actor, unit.id, full_name="Trần Văn Tú")
    close_unit(actor, unit.id, dt.date(2025, 1, 1))
    assert Person.get_by_id(person.id).unit_id == unit.id


@pytest.fixture
def referring_table(db):
    """A synced table referring to people (as initiatives' authors will), removed after the test."""

    class Author(SyncedModel):
        person = ForeignKeyField(Person, backref="authorships", on_delete="RESTRICT")
        share = TextField(default="100")

    database.connection().execute(
        "CREATE TABLE author (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL, origin TEXT NOT NULL, version INTEGER NOT "
        "NULL, writer TEXT NOT NULL, deleted INTEGER NOT NULL DEFAULT 0, changed_by TEXT NOT NULL DEFAULT '', "
        "person_id INTEGER NOT NULL REFERENCES person (id), share TEXT NOT NULL DEFAULT '100')")
    yield Author
    Author._meta.remove_ref(Author.person)
    assert Author.person not in Person._meta.backrefs


def test_delete_person_is_refused_while_records_refer_to_them(actor, unit, referring_table):
    person = add_person(actor, unit.id, full_name="Trần Văn Tú")
    author = referring_table.create(person=person, **actor.new_record())
    refused(lambda: delete_person(actor, person.id), "đã có dữ liệu liên quan")
    author.deleted = True
    author.save()
    delete_person(actor, person.id)
    assert Person.get_by_id(person.id).deleted
