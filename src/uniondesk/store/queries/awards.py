"""Read queries for awards: decision lists, a decision's recipients, register numbers, earlier awards
for the double-award check, and the figures proposals are made from.

Plain rows (dataclasses of keys, codes and dates), never display text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from uniondesk.domain.initiatives import RECOGNISED_STATUSES
from uniondesk.store.db import database


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


@dataclass(frozen=True)
class DecisionRow:
    id: int
    uuid: str
    number: str
    decided_on: dt.date
    issuing_unit_id: int
    issuing_unit_code: str
    issuing_unit_name: str
    form: str
    form_title: str
    campaign_id: int | None
    campaign_code: str
    campaign_name: str
    status: str
    individuals: int
    collectives: int


_DECISION_SQL = """
SELECT d.id, d.uuid, d.number, d.decided_on, d.issuing_unit_id, u.code, u.name, d.form, d.form_title,
  d.campaign_id, coalesce(c.code, ''), coalesce(c.name, ''), d.status,
  (SELECT count(*) FROM award_recipient r WHERE r.decision_id = d.id AND r.deleted = 0 AND r.kind = 'individual'),
  (SELECT count(*) FROM award_recipient r WHERE r.decision_id = d.id AND r.deleted = 0 AND r.kind = 'collective')
FROM award_decision d JOIN unit u ON u.id = d.issuing_unit_id LEFT JOIN campaign c ON c.id = d.campaign_id
WHERE d.deleted = 0"""


def _decision(row: tuple) -> DecisionRow:
    head, tail = row[:3], row[4:]
    return DecisionRow(*head, _day(row[3]), *tail)


def decision_rows(status: str | None = None, year: int | None = None) -> list[DecisionRow]:
    """Live decisions, newest first."""
    sql, params = _DECISION_SQL, []
    if status:
        sql += " AND d.status = ?"
        params.append(status)
    if year is not None:
        sql += " AND substr(d.decided_on, 1, 4) = ?"  # ISO dates: the year is the first four characters
        params.append(f"{year:04d}")
    sql += " ORDER BY d.decided_on DESC, d.id DESC"
    return [_decision(row) for row in database.execute_sql(sql, params).fetchall()]


def decision_row(decision_id: int) -> DecisionRow | None:
    row = database.execute_sql(_DECISION_SQL + " AND d.id = ?", (decision_id,)).fetchone()
    return _decision(row) if row else None


def numbers_of(issuing_unit_id: int, year: int, except_id: int | None = None) -> list[tuple[int, str]]:
    """(id, number) of the live decisions of an issuing unit in a year (revoked ones included)."""
    rows = database.execute_sql(
        "SELECT id, number FROM award_decision WHERE deleted = 0 AND issuing_unit_id = ? "
        "AND substr(decided_on, 1, 4) = ? AND id != ?", (issuing_unit_id, f"{year:04d}", except_id or 0))
    return rows.fetchall()


@dataclass(frozen=True)
class RecipientRow:
    id: int
    uuid: str
    seq: int
    kind: str
    person_id: int | None
    unit_id: int
    unit_code: str
    name: str
    gender: str | None
    position: str
    unit_name: str
    reason: str
    achievement: str
    repeat_reason: str
    register_no: int | None
    revoked_on: dt.date | None


def recipient_rows(decision_id: int, include_revoked: bool = True) -> list[RecipientRow]:
    """The live recipients of a decision in their order."""
    sql = ("SELECT r.id, r.uuid, r.seq, r.kind, r.person_id, r.unit_id, u.code, r.name, r.gender, r.position, "
           "r.unit_name, r.reason, r.achievement, r.repeat_reason, r.register_no, r.revoked_on "
           "FROM award_recipient r JOIN unit u ON u.id = r.unit_id WHERE r.decision_id = ? AND r.deleted = 0")
    if not include_revoked:
        sql += " AND r.revoked_on IS NULL"
    rows = database.execute_sql(sql + " ORDER BY r.seq, r.id", (decision_id,)).fetchall()
    return [RecipientRow(*row[:15], _day(row[15])) for row in rows]


def last_register_no(unit_id: int, year: int) -> int:
    """The highest register number ever given by the unit in the year, tombstones included."""
    row = database.execute_sql(
        "SELECT max(register_no) FROM award_recipient WHERE register_unit_id = ? AND register_year = ?",
        (unit_id, year)).fetchone()
    return row[0] or 0


@dataclass(frozen=True)
class AwardInCampaign:
    kind: str
    person_id: int | None
    unit_id: int
    name: str
    gender: str | None
    number: str
    decided_on: dt.date
    form: str
    form_title: str
    status: str


def awards_in_campaign(campaign_id: int, except_decision_id: int | None = None) -> list[AwardInCampaign]:
    """Every standing award of the campaign: live recipients of live, unrevoked decisions (drafts too:
    two drafts for one person are a double award in the making)."""
    rows = database.execute_sql(
        "SELECT r.kind, r.person_id, r.unit_id, r.name, r.gender, d.number, d.decided_on, d.form, d.form_title, "
        "d.status FROM award_recipient r JOIN award_decision d ON d.id = r.decision_id "
        "WHERE d.campaign_id = ? AND d.deleted = 0 AND d.status != 'revoked' AND d.id != ? "
        "AND r.deleted = 0 AND r.revoked_on IS NULL ORDER BY d.decided_on, d.id",
        (campaign_id, except_decision_id or 0)).fetchall()
    return [AwardInCampaign(*row[:6], _day(row[6]), *row[7:]) for row in rows]


# --- what proposals are made from ---------------------------------------------------------------------

@dataclass(frozen=True)
class AuthorOfTop:
    """One author of one of a campaign's initiatives with the highest benefit."""

    initiative_id: int
    title: str
    benefit_vnd: int
    person_id: int | None
    author_unit_id: int | None
    name: str
    gender: str | None
    position: str
    unit_id: int
    unit_name: str


def top_initiative_authors(campaign_id: int, limit: int, under_path: str | None = None) -> list[AuthorOfTop]:
    """Authors of the ``limit`` recognised initiatives with the highest benefit (within a subtree)."""
    marks = ",".join("?" * len(RECOGNISED_STATUSES))
    scope, params = "", [campaign_id, *map(str, RECOGNISED_STATUSES)]
    if under_path:
        # A path range is one index scan: "/1/45/" up to "/1/450" takes exactly the subtree.
        scope = " AND i.unit_id IN (SELECT id FROM unit WHERE path >= ? AND path < ?)"
        params += [under_path, under_path[:-1] + "0"]
    sql = f"""
    WITH top AS (SELECT i.id, i.title, i.benefit_vnd FROM initiative i
                 WHERE i.campaign_id = ? AND i.deleted = 0 AND i.status IN ({marks}) AND i.benefit_vnd > 0{scope}
                 ORDER BY i.benefit_vnd DESC, i.id LIMIT ?)
    SELECT t.id, t.title, t.benefit_vnd, a.person_id, a.author_unit_id,
      coalesce(p.full_name, au.name), p.gender, coalesce(p.position, ''), coalesce(p.unit_id, au.id),
      coalesce(pu.name, au.name)
    FROM top t JOIN initiative_author a ON a.initiative_id = t.id AND a.deleted = 0
      LEFT JOIN person p ON p.id = a.person_id AND p.deleted = 0
      LEFT JOIN unit pu ON pu.id = p.unit_id
      LEFT JOIN unit au ON au.id = a.author_unit_id
    WHERE coalesce(p.id, au.id) IS NOT NULL
    ORDER BY t.benefit_vnd DESC, t.id, a.share_bp DESC, a.id"""
    rows = database.execute_sql(sql, (*params, limit)).fetchall()
    return [AuthorOfTop(*row) for row in rows]


@dataclass(frozen=True)
class LeaderRow:
    unit_id: int
    unit_name: str
    parent_name: str
    cluster_name: str
    grouping_name: str


def cluster_leaders(owner_id: int) -> list[LeaderRow]:
    """Leaders of the clusters of the most recent grouping the unit owns."""
    grouping = database.execute_sql(
        "SELECT id FROM cluster_grouping WHERE owner_id = ? AND deleted = 0 "
        "ORDER BY coalesce(year, 0) DESC, id DESC LIMIT 1", (owner_id,)).fetchone()
    if grouping is None:
        return []
    rows = database.execute_sql(
        "SELECT u.id, u.name, coalesce(p.name, ''), c.name, g.name FROM cluster c "
        "JOIN cluster_grouping g ON g.id = c.grouping_id JOIN unit u ON u.id = c.leader_id "
        "LEFT JOIN unit p ON p.id = u.parent_id "
        "WHERE c.grouping_id = ? AND c.deleted = 0 ORDER BY c.id", (grouping[0],)).fetchall()
    return [LeaderRow(*row) for row in rows]


def unit_names(unit_ids: list[int]) -> dict[int, tuple[str, str]]:
    """unit id -> (name, name of its parent)."""
    out: dict[int, tuple[str, str]] = {}
    for start in range(0, len(unit_ids), 500):
        chunk = unit_ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        rows = database.execute_sql(
            f"SELECT u.id, u.name, coalesce(p.name, '') FROM unit u LEFT JOIN unit p ON p.id = u.parent_id "
            f"WHERE u.id IN ({marks})", chunk)
        out.update({unit_id: (name, parent) for unit_id, name, parent in rows})
    return out
