"""Read queries over initiatives: the paged, sorted and filtered list; accent-free search; the details
of one initiative for its form; the candidates of the duplicate finder.

The list never loads all rows: ``count`` once, then ``page`` per window. A page is found in two steps
(the ids of the window, by the sort order, then their columns), so that the order is walked through an
index where one exists and the joins are made for 200 rows only.
"""

from __future__ import annotations

import datetime as dt
import dataclasses
from dataclasses import dataclass, replace

from uniondesk.domain.similarity import words
from uniondesk.domain.text import fold
from uniondesk.store.db import database
from uniondesk.store.initiative_index import AUTHOR_NAMES
from uniondesk.store.tree import subtree_end

PAGE = 200


@dataclass
class InitiativeFilter:
    campaign_id: int | None = None
    unit_id: int | None = None  # the unit and its whole current subtree
    status: str | None = None
    field: str | None = None
    date_from: dt.date | None = None  # registered on or after
    date_to: dt.date | None = None  # registered on or before
    benefit_min: int | None = None
    benefit_max: int | None = None
    text: str = ""  # words of the title, summary or authors, without accents; the last one a prefix


@dataclass(frozen=True)
class InitiativeRow:
    id: int
    title: str
    unit_code: str
    unit_name: str
    campaign_code: str
    field: str
    status: str
    benefit_vnd: int
    registered_on: dt.date | None
    applied_on: dt.date | None
    authors: str  # names joined with ", "
    confidential: bool
    applied_outside_window: bool
    uuid: str = ""


def match_expression(text: str) -> str | None:
    """An FTS5 query for what was typed: every word must occur; the last one is a prefix while it is
    being typed (no space after it). Words are folded like the index, so "dien" finds "điện". A last
    word of one letter waits for the next keystroke (as a prefix it would match half the index).
    None: nothing to search for."""
    found = words(text)
    if text and not text[-1].isspace() and found and len(found[-1]) == 1:
        found.pop()
    if not found:
        return None
    terms = [f'"{word}"' for word in found]
    if text and not text[-1].isspace():
        terms[-1] += "*"
    return " ".join(terms)


# Outside the eligibility window of the campaign: a flag shown in the list, not a refusal.
_OUTSIDE = ("(i.applied_on IS NOT NULL AND ((c.eligible_from IS NOT NULL AND i.applied_on < c.eligible_from) "
            "OR (c.eligible_to IS NOT NULL AND i.applied_on > c.eligible_to)))")
# Sort keys: column name → SQL (ties broken by id, so that pages never overlap).
SORTS = {
    "id": "i.id",
    "title": "i.title_sort",
    "unit_code": "(SELECT code FROM unit u WHERE u.id = i.unit_id)",
    "unit_name": "(SELECT name_folded FROM unit u WHERE u.id = i.unit_id)",
    "campaign_code": "(SELECT code FROM campaign c WHERE c.id = i.campaign_id)",
    "field": "i.field",
    "status": "i.status",
    "benefit_vnd": "i.benefit_vnd",
    "registered_on": "i.registered_on",
    "applied_on": "i.applied_on",
    "authors": ("(SELECT coalesce(p.name_folded, au.name_folded) FROM initiative_author a "
                "LEFT JOIN person p ON p.id = a.person_id LEFT JOIN unit au ON au.id = a.author_unit_id "
                "WHERE a.initiative_id = i.id AND a.deleted = 0 ORDER BY a.id LIMIT 1)"),
    "confidential": "i.confidential",
    "applied_outside_window": f"(SELECT {_OUTSIDE} FROM campaign c WHERE c.id = i.campaign_id)",
}


# A text search matching few initiatives starts from the full-text index's matches and checks the
# other filters on a narrow index by id: the cost follows the number of matches. One matching many
# (two letters typed) walks the order's index instead and stops after a page.
_TEXT_SOURCE = "initiative_fts f CROSS JOIN initiative i INDEXED BY initiative_filter ON i.id = f.rowid"
_IN_TEXT = "i.id IN (SELECT rowid FROM initiative_fts WHERE initiative_fts MATCH ?)"
WALK_FROM = 5000  # matches
INDEXED_ORDERS = ("registered_on", "title", "benefit_vnd", "id")


@dataclass(frozen=True)
class _Query:
    clauses: list[str]
    params: list
    text: str | None  # the FTS5 query, if any

    def driven_by_text(self) -> tuple[str, str, list]:
        """(FROM, WHERE, parameters), starting from the text's matches (or the table without a text)."""
        if self.text is None:
            return "initiative i", " AND ".join(self.clauses), self.params
        return _TEXT_SOURCE, " AND ".join(["initiative_fts MATCH ?", *self.clauses]), [self.text, *self.params]

    def walking(self) -> tuple[str, str, list]:
        """The same, walking the table's indexes and testing each row against the text's matches."""
        return "initiative i", " AND ".join([*self.clauses, _IN_TEXT]), [*self.params, self.text]


def _query(f: InitiativeFilter) -> _Query:
    clauses, params = ["i.deleted = 0"], []
    simple = (("i.campaign_id = ?", f.campaign_id), ("i.status = ?", f.status), ("i.field = ?", f.field),
              ("i.registered_on >= ?", f.date_from), ("i.registered_on <= ?", f.date_to),
              ("i.benefit_vnd >= ?", f.benefit_min), ("i.benefit_vnd <= ?", f.benefit_max))
    for clause, value in simple:
        if value is not None and value != "":
            clauses.append(clause)
            params.append(value.isoformat() if isinstance(value, dt.date) else value)
    if f.unit_id is not None:
        path = database.execute_sql("SELECT path FROM unit WHERE id = ?", (f.unit_id,)).fetchone()
        path = path[0] if path else "/-/"
        clauses.append("i.unit_id IN (SELECT id FROM unit WHERE path >= ? AND path < ?)")
        params += [path, subtree_end(path)]
    text = match_expression(f.text or "")
    if text is None and not words(f.text) and (f.text or "").strip():
        clauses.append("0")  # only punctuation typed: nothing can match
    return _Query(clauses, params, text)


def count(f: InitiativeFilter) -> int:
    source, where, params = _query(f).driven_by_text()
    return database.execute_sql(f"SELECT count(*) FROM {source} WHERE {where}", params).fetchone()[0]


def text_matches(text: str) -> int:
    """How many initiatives (of every campaign) the text matches: read from the full-text index alone."""
    query = match_expression(text)
    if query is None:
        return 0
    return database.execute_sql("SELECT count(*) FROM initiative_fts WHERE initiative_fts MATCH ?",
                                (query,)).fetchone()[0]


def page_ids(f: InitiativeFilter, sort: str = "registered_on", descending: bool = False, offset: int = 0,
             limit: int = PAGE) -> list[int]:
    """Ids of one window of the list. ``sort`` is a column of ``InitiativeRow`` (or "relevance" with a
    text: the best matches first). Rows without the date sorted by come first in ascending order."""
    query = _query(f)
    if sort == "relevance":
        order = "f.rank" if query.text else SORTS["registered_on"]
    elif sort in SORTS:
        order = SORTS[sort]
    else:
        raise ValueError(f"unknown sort column {sort!r}")
    walk = query.text is not None and sort in INDEXED_ORDERS and text_matches(f.text) >= WALK_FROM
    source, where, params = query.walking() if walk else query.driven_by_text()
    direction = "DESC" if descending else "ASC"
    sql = (f"SELECT i.id FROM {source} WHERE {where} "
           f"ORDER BY {order} {direction}, i.id {direction} LIMIT ? OFFSET ?")
    return [row[0] for row in database.execute_sql(sql, (*params, limit, max(offset, 0)))]


def rows_by_id(ids: list[int]) -> list[InitiativeRow]:
    """The list's rows for these initiatives, in the order given."""
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    sql = (f"SELECT i.id, i.title, u.code, u.name, c.code, i.field, i.status, i.benefit_vnd, i.registered_on, "
           f"i.applied_on, coalesce({AUTHOR_NAMES}, ''), i.confidential, {_OUTSIDE}, i.uuid "
           "FROM initiative i JOIN unit u ON u.id = i.unit_id JOIN campaign c ON c.id = i.campaign_id "
           f"WHERE i.id IN ({marks})")
    found = {row[0]: row for row in database.execute_sql(sql, ids)}
    return [_row(found[id_]) for id_ in ids if id_ in found]


def _day(value) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


def _row(raw: tuple) -> InitiativeRow:
    (id_, title, unit_code, unit_name, campaign_code, field_, status, benefit, registered, applied, authors,
     confidential, outside, uuid) = raw
    return InitiativeRow(id_, title, unit_code, unit_name, campaign_code, field_, status, benefit, _day(registered),
                         _day(applied), authors, bool(confidential), bool(outside), uuid)


def public_view(row: InitiativeRow) -> InitiativeRow:
    """What may be shown of a confidential initiative (a technology secret): its title, its benefit (as
    a summary, see ``domain.amounts.format_vnd_short``) and its award; authors, field and dates are not."""
    if not row.confidential:
        return row
    return replace(row, authors="", field="", registered_on=None, applied_on=None)


def page(f: InitiativeFilter, sort: str = "registered_on", descending: bool = False, offset: int = 0,
         limit: int = PAGE, *, reveal_confidential: bool = False) -> list[InitiativeRow]:
    """One window of the filtered list. Confidential initiatives come as ``public_view`` unless revealed."""
    rows = rows_by_id(page_ids(f, sort, descending, offset, limit))
    return rows if reveal_confidential else [public_view(row) for row in rows]


def search(text: str, campaign_id: int | None = None, limit: int = 50) -> tuple[int, list[InitiativeRow]]:
    """(how many match, the best ``limit`` by relevance) for the command line's search."""
    if match_expression(text) is None:
        return 0, []
    f = InitiativeFilter(campaign_id=campaign_id, text=text)
    total = count(f)
    if not total:
        return 0, []
    return total, [public_view(row) for row in rows_by_id(page_ids(f, "relevance", limit=limit))]


# --- one initiative, for its form ------------------------------------------------------------------------

@dataclass(frozen=True)
class AuthorLine:
    person_id: int | None
    author_unit_id: int | None  # a collective author
    name: str
    unit_name: str  # the person's unit
    share_bp: int


@dataclass(frozen=True)
class InitiativeDetail:
    id: int
    uuid: str
    campaign_id: int
    campaign_code: str
    phase_id: int | None
    unit_id: int
    unit_code: str
    unit_name: str
    title: str
    field: str
    summary: str
    benefit_vnd: int
    social_benefit: str
    registered_on: dt.date | None
    recognised_on: dt.date | None
    applied_on: dt.date | None
    status: str
    recognised_by: str | None
    decision_no: str
    decision_on: dt.date | None
    withdrawal_reason: str
    confidential: bool
    applied_outside_window: bool
    authors: list[AuthorLine] = dataclasses.field(default_factory=list)


_DETAIL = (f"SELECT i.id, i.uuid, i.campaign_id, c.code, i.phase_id, i.unit_id, u.code, u.name, i.title, i.field, "
           f"i.summary, i.benefit_vnd, i.social_benefit, i.registered_on, i.recognised_on, i.applied_on, i.status, "
           f"i.recognised_by, i.decision_no, i.decision_on, i.withdrawal_reason, i.confidential, {_OUTSIDE} "
           "FROM initiative i JOIN unit u ON u.id = i.unit_id JOIN campaign c ON c.id = i.campaign_id "
           "WHERE i.id = ? AND i.deleted = 0")
_DATES = (13, 14, 15, 19)


def detail(initiative_id: int) -> InitiativeDetail | None:
    row = database.execute_sql(_DETAIL, (initiative_id,)).fetchone()
    if row is None:
        return None
    values = [_day(value) if index in _DATES else value for index, value in enumerate(row)]
    values[21], values[22] = bool(values[21]), bool(values[22])
    return InitiativeDetail(*values, authors=authors_of(initiative_id))


def authors_of(initiative_id: int) -> list[AuthorLine]:
    rows = database.execute_sql(
        "SELECT a.person_id, a.author_unit_id, coalesce(p.full_name, au.name), coalesce(pu.name, ''), a.share_bp "
        "FROM initiative_author a LEFT JOIN person p ON p.id = a.person_id LEFT JOIN unit pu ON pu.id = p.unit_id "
        "LEFT JOIN unit au ON au.id = a.author_unit_id WHERE a.initiative_id = ? AND a.deleted = 0 ORDER BY a.id",
        (initiative_id,))
    return [AuthorLine(*row) for row in rows]


def initiative_id_by_uuid(uuid: str) -> int | None:
    row = database.execute_sql("SELECT id FROM initiative WHERE uuid = ? AND deleted = 0", (uuid,)).fetchone()
    return row[0] if row else None


def people_search(unit_id: int, text: str = "", limit: int = 20) -> list[tuple[int, str, str]]:
    """(id, full name, position) of the unit's people whose name (without accents) contains ``text``:
    the authors an officer picks while typing. Names starting with the text come first."""
    needle = fold(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    rows = database.execute_sql(
        "SELECT id, full_name, position, name_folded FROM person WHERE unit_id = ? AND deleted = 0 "
        "AND name_folded LIKE ? ESCAPE '\\' ORDER BY (name_folded LIKE ? ESCAPE '\\') DESC, name_folded, id "
        "LIMIT ?", (unit_id, f"%{needle}%", f"{needle}%", limit)).fetchall()
    return [row[:3] for row in rows]


def people_named(unit_id: int, full_name: str) -> list[int]:
    """Ids of the unit's people with this name once folded."""
    folded = " ".join(words(full_name))
    rows = database.execute_sql("SELECT id, name_folded FROM person WHERE unit_id = ? AND deleted = 0",
                                (unit_id,)).fetchall()
    return [id_ for id_, name in rows if " ".join(words(name)) == folded]


# --- the duplicate finder's candidates ------------------------------------------------------------------

def text_candidates(campaign_id: int, query: str, exclude_id: int | None = None, limit: int = 400, *,
                    unit_id: int | None = None) -> list[tuple[int, str]]:
    """(id, indexed title words) of the campaign's initiatives (of one unit, if given) matching the FTS5
    ``query``, in index order (no ranking: it would be computed for every match)."""
    unit = "AND i.unit_id = ? " if unit_id is not None else ""
    return database.execute_sql(
        "SELECT f.rowid, f.title FROM initiative_fts f CROSS JOIN initiative i INDEXED BY initiative_filter "
        "ON i.id = f.rowid WHERE initiative_fts MATCH ? AND i.campaign_id = ? AND i.deleted = 0 AND i.id != ? "
        f"{unit}LIMIT ?", (query, campaign_id, exclude_id or 0, *([unit_id] if unit else []), limit)).fetchall()


def author_candidates(campaign_id: int, folded_names: list[str], exclude_id: int | None = None,
                      limit: int = 3000) -> list[tuple[int, str]]:
    """(id, folded title) of the campaign's initiatives by an author with one of these (folded) names: a
    person of any unit, or a unit as collective author."""
    if not folded_names:
        return []
    marks = ",".join("?" * len(folded_names))
    # From the few people (or units) with these names to their authorships, never the other way round:
    # the unary + keeps SQLite from scanning the whole campaign's authors through the roll-up index.
    tail = ("CROSS JOIN initiative i ON i.id = a.initiative_id WHERE +a.deleted = 0 AND +a.campaign_id = ? "
            "AND i.deleted = 0 AND i.id != ?")
    return database.execute_sql(
        "SELECT i.id, i.title_folded FROM person p CROSS JOIN initiative_author a ON a.person_id = p.id "
        f"{tail} AND p.name_folded IN ({marks}) UNION "
        "SELECT i.id, i.title_folded FROM unit u CROSS JOIN initiative_author a ON a.author_unit_id = u.id "
        f"{tail} AND u.name_folded IN ({marks}) LIMIT ?",
        (campaign_id, exclude_id or 0, *folded_names, campaign_id, exclude_id or 0, *folded_names, limit)).fetchall()


def candidate_facts(ids: list[int]) -> dict[int, tuple[str, str, int, str, str]]:
    """id → (title, uuid, unit id, unit code, unit name)."""
    out = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for id_, *facts in database.execute_sql(
                "SELECT i.id, i.title, i.uuid, i.unit_id, u.code, u.name FROM initiative i "
                f"JOIN unit u ON u.id = i.unit_id WHERE i.id IN ({marks})", chunk):
            out[id_] = tuple(facts)
    return out


def author_names(ids: list[int]) -> dict[int, list[str]]:
    """id → author names (persons, or units for collective authors) in entry order."""
    out: dict[int, list[str]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for id_, name in database.execute_sql(
                "SELECT a.initiative_id, coalesce(p.full_name, au.name) FROM initiative_author a "
                "LEFT JOIN person p ON p.id = a.person_id LEFT JOIN unit au ON au.id = a.author_unit_id "
                f"WHERE a.deleted = 0 AND a.initiative_id IN ({marks}) ORDER BY a.id", chunk):
            out.setdefault(id_, []).append(name)
    return out


def campaign_titles(campaign_id: int) -> list[tuple[int, int, str]]:
    """(id, unit id, folded title) of every live initiative of the campaign."""
    return database.execute_sql("SELECT id, unit_id, title_folded FROM initiative WHERE campaign_id = ? "
                                "AND deleted = 0", (campaign_id,)).fetchall()


def campaign_author_keys(campaign_id: int) -> list[tuple[int, str]]:
    """(initiative id, folded author name) of the campaign, read from the authors' copies of the campaign."""
    return database.execute_sql(
        "SELECT a.initiative_id, coalesce(p.name_folded, au.name_folded) FROM initiative_author a "
        "LEFT JOIN person p ON p.id = a.person_id LEFT JOIN unit au ON au.id = a.author_unit_id "
        "WHERE a.campaign_id = ? AND a.deleted = 0", (campaign_id,)).fetchall()
