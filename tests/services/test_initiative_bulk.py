"""The bulk writer (the Excel import's) leaves the same records and the same audit trail as entering the
initiatives one by one: the audit texts, which SQLite builds there, are those ``json.dumps`` builds here."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from initiative_world import World

from uniondesk.services.initiatives import AuthorSpec, add_initiative, add_many
from uniondesk.store.models import AuditEntry, Initiative, InitiativeAuthor, Person

# Quotes, a backslash, a line break kept by the summary, a control character, a line separator, an emoji.
TRICKY = 'Dòng 1 "trích dẫn" \\ đường dẫn\nDòng 2 \x01 tách\u2028dòng 🙂'


@pytest.fixture
def world(office):
    actor, home = office
    return World(actor, home)


def _entry(world: World):
    return world.entry('Cải tiến "máy bơm" số 2', summary=TRICKY, social_benefit="An toàn\thơn", decision_no='QĐ "12"',
                       benefit_vnd=1_500_000, applied_on=dt.date(2022, 2, 1), confidential=True,
                       authors=[AuthorSpec(full_name='Đỗ "Văn" Hải', share_pct=60),
                                AuthorSpec(person_id=world.binh.id, share_pct=25),
                                AuthorSpec(unit_id=world.power.id, share_pct=15)])


def _trail(table: str, uuid: str) -> list[tuple[str, str, str]]:
    return [(entry.action, entry.officer, entry.changes)
            for entry in AuditEntry.select().where((AuditEntry.table_name == table) & (AuditEntry.record_uuid == uuid))]


def test_bulk_records_are_audited_as_one_by_one(world):
    [bulk_id] = add_many(world.actor, [_entry(world)])
    single = add_initiative(world.actor, _entry(world), confirm_duplicate=True)
    bulk = Initiative.get_by_id(bulk_id)
    assert _trail("initiative", bulk.uuid) == _trail("initiative", single.uuid)
    [(_, _, changes)] = _trail("initiative", bulk.uuid)
    assert "\x01" in bulk.summary and json.loads(changes)["summary"] == [None, bulk.summary]
    assert json.loads(changes)["confidential"] == [None, True]
    hai = {p.uuid: p for p in Person.select().where(Person.full_name == 'Đỗ "Văn" Hải')}
    assert len(hai) == 2
    assert [_trail("person", uuid) for uuid in hai] == [[("create", "Nguyễn Văn An", json.dumps(
        {"full_name": [None, 'Đỗ "Văn" Hải'], "unit": [None, world.power.id]}, ensure_ascii=False))]] * 2
    for initiative in (bulk, single):
        authors = InitiativeAuthor.select().where(InitiativeAuthor.initiative == initiative.id).order_by(
            InitiativeAuthor.id)
        assert [_trail("initiative_author", author.uuid) for author in authors] == [
            [("create", "Nguyễn Văn An", json.dumps({"initiative": [None, initiative.uuid],
                                                     "person": [None, author.person_id],
                                                     "author_unit": [None, author.author_unit_id],
                                                     "share_bp": [None, author.share_bp]}, ensure_ascii=False))]
            for author in authors]


def test_each_record_of_a_batch_gets_its_own_entry_in_order(world):
    items = [world.entry(f"Sáng kiến số {n}", authors=[AuthorSpec(full_name=f"Người mới {n % 2}")])
             for n in range(4)]
    before = AuditEntry.select().count()
    ids = add_many(world.actor, items)
    entries = list(AuditEntry.select().where(AuditEntry.id > before).order_by(AuditEntry.id))
    # People first, then the initiatives in the order given, then their authors.
    assert [entry.table_name for entry in entries] == ["person"] * 2 + ["initiative"] * 4 + ["initiative_author"] * 4
    assert [json.loads(entry.changes)["title"][1] for entry in entries[2:6]] == [item.title for item in items]
    assert [entry.record_uuid for entry in entries[2:6]] == [Initiative.get_by_id(id_).uuid for id_ in ids]
    assert len({entry.record_uuid for entry in entries}) == len(entries)
