"""Records travel column by column: whatever a table holds comes back exactly, and a spoilt column is named."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from uniondesk.domain.identity import new_uuid
from uniondesk.services.sync import rules, wire

SPEC = rules.spec_by_table()["initiative_author"]  # uuids, a nullable reference, an int, texts
DATES = rules.spec_by_table()["unit_parent"]  # nullable dates


def _uuids(count: int) -> list[str]:
    return [new_uuid() for _ in range(count)]


def _rows(count: int, persons: list[str | None]) -> list[list]:
    writer, campaign, unit, initiative = _uuids(4)
    return [[uuid, writer, 1_700_000_000_000_000 + n, writer, n % 7 == 0, "Lê Thị Hà", initiative,
             persons[n % len(persons)], None, 10_000, campaign, unit] for n, uuid in enumerate(_uuids(count))]


def _travel(spec, rows):
    body = json.loads(json.dumps(wire.encode_table(spec, rows), ensure_ascii=False))
    return body, wire.rows_of(spec, wire.check_table(spec, body, len(rows)))


def test_each_encoding_brings_the_records_back():
    rows = _rows(40, _uuids(40) + [None])
    body, back = _travel(SPEC, rows)
    assert back == [[int(v) if isinstance(v, bool) else v for v in row] for row in rows]
    assert set(body["uuid"]) == {"fixed", "nulls"} and len(body["uuid"]["fixed"]) == 40 * 36
    assert set(body["writer"]) == {"dictionary", "codes"} and body["writer"]["codes"] == [0] * 40
    assert body["person"]["nulls"] == [] and set(body["version"]) == {"values"}


def test_null_references_keep_their_places():
    rows = _rows(20, [new_uuid(), None, new_uuid(), new_uuid(), new_uuid(), new_uuid()])
    for n, row in enumerate(rows):
        row[SPEC.index("person")] = None if n in (0, 7, 19) else new_uuid()
    body, back = _travel(SPEC, rows)
    assert body["person"]["nulls"] == [0, 7, 19]
    assert [row[SPEC.index("person")] for row in back] == [row[SPEC.index("person")] for row in rows]


def test_dates_travel_fixed_and_bad_dates_are_named():
    uuid = new_uuid()
    rows = [[new_uuid(), uuid, 5, uuid, 0, "A", new_uuid(), None, f"2022-0{m}-1{m}", None] for m in range(1, 4)]
    body, back = _travel(DATES, rows)
    assert body["valid_from"] == {"fixed": "2022-01-112022-02-122022-03-13", "nulls": []} and back == rows
    body["valid_from"]["fixed"] = "2022-01-112022-02-302022-03-13"
    with pytest.raises(wire.ShapeError, match="bản ghi thứ 2, cột “valid_from”"):
        wire.check_table(DATES, body, 3)


@pytest.mark.parametrize("spoil", [
    lambda body: body.__setitem__("share_bp", {"values": [10_000] * 19 + [1.5]}),
    lambda body: body.__setitem__("share_bp", {"values": [10_000] * 19 + [2**70]}),
    lambda body: body.__setitem__("share_bp", {"values": [10_000] * 19 + [None]}),
    lambda body: body.__setitem__("share_bp", {"values": [10_000] * 19}),
    lambda body: body.__setitem__("writer", {"dictionary": ["not-a-uuid"], "codes": [0] * 20}),
    lambda body: body.__setitem__("writer", {"dictionary": [new_uuid()], "codes": [0] * 19 + [-1]}),
    lambda body: body.__setitem__("writer", {"dictionary": [new_uuid()], "codes": [0] * 19 + [0.0]}),
    lambda body: body.__setitem__("writer", {"dictionary": [new_uuid()], "codes": [0] * 19 + [1]}),
    lambda body: body.__setitem__("writer", {"dictionary": [new_uuid()] * 300, "codes": [0] * 19 + [300]}),
    lambda body: body.__setitem__("changed_by", {"values": ["x" * (wire.MAX_TEXT + 1)] * 20}),
    lambda body: body.__setitem__("person", {"fixed": new_uuid() * 19, "nulls": [3, 3]}),
    lambda body: body.__setitem__("uuid", {"fixed": body["uuid"]["fixed"][:36] * 20, "nulls": []}),
    lambda body: body.__setitem__("version", {"values": [0] * 20}),
    lambda body: body.__setitem__("deleted", {"values": [2] * 20}),
    lambda body: body.__setitem__("unit", ["not", "an", "object"]),
])
def test_a_spoilt_column_is_refused(spoil):
    rows = _rows(20, _uuids(20))
    body = json.loads(json.dumps(wire.encode_table(SPEC, rows)))
    spoil(body)
    with pytest.raises(wire.ShapeError, match="initiative_author"):
        wire.check_table(SPEC, body, 20)


texts = st.one_of(st.none(), st.text(max_size=8), st.sampled_from(["Nguyễn Văn A", "Trần Thị B"]))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(texts, st.integers(-(2**63) + 1, 2**63 - 1), st.booleans(), st.booleans()),
                max_size=40))
def test_any_records_come_back_exactly(values):
    uuid = new_uuid()
    spec = rules.spec_by_table()["person"]  # full_name, gender (nullable), birth_year (nullable int), position, unit
    rows = [[new_uuid(), uuid, 1 + abs(number) % 10**15, uuid, int(flag), "cán bộ", name or "", name,
             number if keep else None, "", uuid] for name, number, flag, keep in values]
    assert _travel(spec, rows)[1] == rows
