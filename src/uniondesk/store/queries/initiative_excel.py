"""Read queries of the Excel import and export (``services.excel``): plain SQL, because they run over a
province's whole campaign (170,000 initiatives, 300,000 authors), where building row objects through
the ORM costs several times what SQLite does.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator

from uniondesk.store.db import database
from uniondesk.store.queries.initiatives import InitiativeRow
from uniondesk.store.tree import subtree_end

CHUNK = 500  # ids per IN (…): below SQLite's oldest limit of 999 parameters


def _chunks(ids: Iterable[int]) -> Iterator[list[int]]:
    ids = list(ids)
    for start in range(0, len(ids), CHUNK):
        yield ids[start:start + CHUNK]


def _marks(chunk: list) -> str:
    return ",".join("?" * len(chunk))


def subtree_units(path: str) -> list[tuple[int, str, str, str, str, str]]:
    """(id, code, name, folded name, status, parent's name) of every unit of the subtree at ``path``."""
    return database.execute_sql(
        "SELECT u.id, u.code, u.name, u.name_folded, u.status, coalesce(p.name, '') FROM unit u "
        "LEFT JOIN unit p ON p.id = u.parent_id WHERE u.path >= ? AND u.path < ? AND u.deleted = 0",
        (path, subtree_end(path))).fetchall()


def _matching(sql: str, pairs: Iterable[tuple[int, str]], *params) -> Iterator[tuple[int, int, str]]:
    """The rows of ``sql`` (id, unit id, text) whose (unit id, text) is one of ``pairs``. ``sql`` takes the
    units and the texts as two JSON lists (after ``params``) and reads every unit (or text) asked once,
    through its index, keeping the rows whose text (or unit) is any of those asked; the exact pairs are
    kept here. There is no index on both: one lookup per pair read a unit's rows again for each of its
    pairs, three times the work for a province's workbook."""
    wanted = set(pairs)
    if not wanted:
        return
    units, texts = json.dumps(sorted({unit for unit, _ in wanted})), json.dumps(sorted({text for _, text in wanted}))
    for row in database.execute_sql(sql, (*params, units, texts)):
        if (row[1], row[2]) in wanted:
            yield row


# A unit has about 80 people, a full name is borne by about 12 people of a province (the province demo:
# 308,685 people, 3,776 units, 26,555 names): with fewer than 7 names asked per unit, the people of
# those names are fewer to read than the people of those units (a province-wide file: 80 names over
# 3,655 units, read in a sixth of the time); a grassroots union's file asks many names of one unit.
NAMES_PER_UNIT_READ_BY_NAME = 7


def people_named(pairs: Iterable[tuple[int, str]]) -> Iterator[tuple[int, int, str]]:
    """(id, unit id, folded name) of the live people matching (unit id, folded name) pairs, oldest first:
    looked up by the names a workbook gives, whatever the size of the units."""
    pairs = set(pairs)
    names = len({name for _, name in pairs})
    by_name = names < NAMES_PER_UNIT_READ_BY_NAME * len({unit for unit, _ in pairs})
    # A unary "+" keeps SQLite off a column's index: the other one is used.
    unit, name = ("+p.unit_id", "p.name_folded") if by_name else ("p.unit_id", "+p.name_folded")
    return _matching(f"SELECT p.id, p.unit_id, p.name_folded FROM person p WHERE {unit} IN (SELECT value FROM "
                     f"json_each(?)) AND {name} IN (SELECT value FROM json_each(?)) AND p.deleted = 0 "
                     "ORDER BY p.id", pairs)


def titled(campaign_id: int, pairs: Iterable[tuple[int, str]]) -> Iterator[tuple[int, int, str]]:
    """(id, unit id, folded title) of the campaign's live initiatives matching (unit id, folded title) pairs."""
    return _matching("SELECT i.id, i.unit_id, i.title_folded FROM initiative i WHERE i.campaign_id = ? AND "
                     "i.deleted = 0 AND i.unit_id IN (SELECT value FROM json_each(?)) AND i.title_folded IN "
                     "(SELECT value FROM json_each(?))", pairs, campaign_id)


def author_names_folded(initiative_ids: Iterable[int]) -> Iterator[tuple[int, str]]:
    """(initiative id, folded name) of each live author: the person's, or the unit's for a collective one."""
    for chunk in _chunks(initiative_ids):
        yield from database.execute_sql(
            "SELECT a.initiative_id, coalesce(p.name_folded, au.name_folded, '') FROM initiative_author a "
            "LEFT JOIN person p ON p.id = a.person_id LEFT JOIN unit au ON au.id = a.author_unit_id "
            f"WHERE a.initiative_id IN ({_marks(chunk)}) AND a.deleted = 0", chunk)


def author_shares(initiative_ids: Iterable[int]) -> dict[int, list[tuple[str, str | None, int]]]:
    """initiative id → (author name, collective author's unit code or None, share in basis points), in
    entry order."""
    out: dict[int, list[tuple[str, str | None, int]]] = {}
    for chunk in _chunks(initiative_ids):
        for initiative_id, name, unit_code, share in database.execute_sql(
                "SELECT a.initiative_id, coalesce(p.full_name, au.name, ''), au.code, a.share_bp "
                "FROM initiative_author a LEFT JOIN person p ON p.id = a.person_id "
                f"LEFT JOIN unit au ON au.id = a.author_unit_id WHERE a.initiative_id IN ({_marks(chunk)}) "
                "AND a.deleted = 0 ORDER BY a.id", chunk):
            out.setdefault(initiative_id, []).append((name, unit_code, share))
    return out


def export_ids(campaign_id: int, path: str | None = None) -> list[int]:
    """Ids of the campaign's live initiatives (of the subtree at ``path``), in entry order: one sorted
    pass, after which each page is read by primary key. (A page found by OFFSET, or by ``id > last``
    under the campaign's index, re-sorts the whole campaign every time: 0.6 s a page for a province.)"""
    if path is None:
        sql, params = "SELECT id FROM initiative WHERE campaign_id = ? AND deleted = 0 ORDER BY id", (campaign_id,)
    else:
        sql = ("SELECT i.id FROM initiative i JOIN unit u ON u.id = i.unit_id WHERE i.campaign_id = ? "
               "AND i.deleted = 0 AND u.path >= ? AND u.path < ? ORDER BY i.id")
        params = (campaign_id, path, subtree_end(path))
    return [id_ for (id_,) in database.execute_sql(sql, params)]


def _day(value) -> dt.date | None:
    return dt.date.fromisoformat(value[:10]) if value else None


def export_rows(ids: list[int]) -> list[InitiativeRow]:
    """The list rows of these initiatives in id order, without authors (see ``author_shares``)."""
    out = []
    for chunk in _chunks(ids):
        for (id_, title, unit_code, unit_name, campaign_code, field, status, benefit, registered, applied,
             confidential) in database.execute_sql(
                "SELECT i.id, i.title, u.code, u.name, c.code, i.field, i.status, i.benefit_vnd, i.registered_on, "
                "i.applied_on, i.confidential FROM initiative i JOIN unit u ON u.id = i.unit_id "
                f"JOIN campaign c ON c.id = i.campaign_id WHERE i.id IN ({_marks(chunk)}) ORDER BY i.id", chunk):
            out.append(InitiativeRow(id_, title, unit_code, unit_name, campaign_code, field, status, benefit,
                                     _day(registered), _day(applied), "", bool(confidential), False))
    return out
