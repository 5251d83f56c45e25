"""Read queries for the campaigns tab: the campaign list and its years, one campaign with its phases,
and the emulation clusters (groupings, clusters, members, covenants).

Plain rows (dataclasses of keys, codes and dates), never display text: the Qt models label them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from uniondesk.domain.text import vi_sort_key
from uniondesk.store.db import database


def _day(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


@dataclass(frozen=True)
class CampaignRow:
    id: int
    code: str
    name: str
    kind: str
    organiser_id: int
    organiser_code: str
    organiser_name: str
    organiser_path: str
    start_on: dt.date
    end_on: dt.date
    status: str


_CAMPAIGN_SQL = (
    "SELECT c.id, c.code, c.name, c.kind, c.organiser_id, o.code, o.name, o.path, c.start_on, c.end_on, c.status "
    "FROM campaign c JOIN unit o ON o.id = c.organiser_id WHERE c.deleted = 0")


def _campaign(row: tuple) -> CampaignRow:
    *head, start, end, status = row
    return CampaignRow(*head, _day(start), _day(end), status)


def campaign_rows(status: str | None = None, year: int | None = None) -> list[CampaignRow]:
    """Live campaigns, newest first; ``year`` keeps those whose period touches that year."""
    sql, params = _CAMPAIGN_SQL, []
    if status:
        sql += " AND c.status = ?"
        params.append(status)
    if year is not None:
        # Dates are stored as ISO text, so the year is the first four characters.
        sql += " AND substr(c.start_on, 1, 4) <= ? AND substr(c.end_on, 1, 4) >= ?"
        params += [f"{year:04d}", f"{year:04d}"]
    sql += " ORDER BY c.start_on DESC, c.code"
    return [_campaign(row) for row in database.execute_sql(sql, params).fetchall()]


def campaign_list() -> list[CampaignRow]:
    """Every live campaign, oldest first (the command line's ``uniondesk campaigns``)."""
    return sorted(campaign_rows(), key=lambda row: (row.start_on, row.code))


def campaign_row(campaign_id: int) -> CampaignRow | None:
    row = database.execute_sql(_CAMPAIGN_SQL + " AND c.id = ?", (campaign_id,)).fetchone()
    return _campaign(row) if row else None


def campaign_years() -> list[int]:
    """Every year some live campaign spans, newest first."""
    row = database.execute_sql(
        "SELECT min(substr(start_on, 1, 4)), max(substr(end_on, 1, 4)) FROM campaign WHERE deleted = 0").fetchone()
    if not row or row[0] is None:
        return []
    return list(range(int(row[1]), int(row[0]) - 1, -1))


@dataclass(frozen=True)
class CampaignDetail:
    """Everything the campaign editor shows."""

    row: CampaignRow
    eligible_from: dt.date | None
    eligible_to: dt.date | None
    target_initiatives: int | None
    target_members: int | None
    description: str
    phases: list[tuple[str, dt.date, dt.date]]


def campaign_detail(campaign_id: int) -> CampaignDetail | None:
    row = campaign_row(campaign_id)
    if row is None:
        return None
    extra = database.execute_sql(
        "SELECT eligible_from, eligible_to, target_initiatives, target_members, description FROM campaign "
        "WHERE id = ?", (campaign_id,)).fetchone()
    phases = database.execute_sql(
        "SELECT name, start_on, end_on FROM campaign_phase WHERE campaign_id = ? AND deleted = 0 ORDER BY seq",
        (campaign_id,)).fetchall()
    return CampaignDetail(row, _day(extra[0]), _day(extra[1]), extra[2], extra[3], extra[4] or "",
                          [(name, _day(start), _day(end)) for name, start, end in phases])


def unit_path(unit_id: int | None) -> str | None:
    if unit_id is None:
        return None
    row = database.execute_sql("SELECT path FROM unit WHERE id = ? AND deleted = 0", (unit_id,)).fetchone()
    return row[0] if row else None


def unit_trail(unit_id: int) -> list[tuple[int, str]]:
    """(id, name) of the unit's ancestors and itself, from the top of the tree down."""
    path = unit_path(unit_id) or ""
    ids = [int(part) for part in path.strip("/").split("/") if part]
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    names = dict(database.execute_sql(f"SELECT id, name FROM unit WHERE id IN ({marks})", ids).fetchall())
    return [(unit_id, names.get(unit_id, "")) for unit_id in ids]


def has_children(unit_id: int) -> bool:
    return database.execute_sql(
        "SELECT 1 FROM unit WHERE parent_id = ? AND deleted = 0 LIMIT 1", (unit_id,)).fetchone() is not None


# --- emulation clusters -------------------------------------------------------------------------

@dataclass(frozen=True)
class GroupingRow:
    id: int
    name: str
    year: int | None
    owner_id: int
    owner_name: str
    owner_path: str


def groupings() -> list[GroupingRow]:
    """Every live grouping, newest year first."""
    rows = database.execute_sql(
        "SELECT g.id, g.name, g.year, g.owner_id, o.name, o.path FROM cluster_grouping g "
        "JOIN unit o ON o.id = g.owner_id WHERE g.deleted = 0 ORDER BY coalesce(g.year, 0) DESC, g.id DESC")
    return [GroupingRow(*row) for row in rows.fetchall()]


@dataclass(frozen=True)
class ClusterRow:
    id: int
    name: str
    leader_id: int | None
    leader_name: str
    member_count: int


def clusters(grouping_id: int) -> list[ClusterRow]:
    rows = database.execute_sql(
        "SELECT c.id, c.name, c.leader_id, coalesce(l.name, ''), "
        "(SELECT count(*) FROM cluster_member m WHERE m.cluster_id = c.id AND m.deleted = 0) "
        "FROM cluster c LEFT JOIN unit l ON l.id = c.leader_id WHERE c.grouping_id = ? AND c.deleted = 0",
        (grouping_id,)).fetchall()
    return sorted((ClusterRow(*row) for row in rows), key=lambda row: vi_sort_key(row.name))


@dataclass(frozen=True)
class MemberRow:
    unit_id: int
    code: str
    name: str


def cluster_members(cluster_id: int) -> list[MemberRow]:
    rows = database.execute_sql(
        "SELECT u.id, u.code, u.name FROM cluster_member m JOIN unit u ON u.id = m.unit_id "
        "WHERE m.cluster_id = ? AND m.deleted = 0", (cluster_id,)).fetchall()
    return sorted((MemberRow(*row) for row in rows), key=lambda row: (vi_sort_key(row.name), row.code))


@dataclass(frozen=True)
class CovenantRow:
    id: int
    signed_on: dt.date
    document_ref: str
    note: str


def covenants(cluster_id: int) -> list[CovenantRow]:
    rows = database.execute_sql(
        "SELECT id, signed_on, document_ref, note FROM covenant WHERE cluster_id = ? AND deleted = 0 "
        "ORDER BY signed_on DESC, id DESC", (cluster_id,)).fetchall()
    return [CovenantRow(row[0], _day(row[1]), row[2], row[3]) for row in rows]


def phase_choices(campaign_id: int | None) -> list[tuple[int, str, dt.date, dt.date]]:
    """(id, name, start, end) of the campaign's live phases in order: what an initiative is entered for."""
    if campaign_id is None:
        return []
    rows = database.execute_sql(
        "SELECT id, name, start_on, end_on FROM campaign_phase WHERE campaign_id = ? AND deleted = 0 ORDER BY seq",
        (campaign_id,)).fetchall()
    return [(id_, name, _day(start), _day(end)) for id_, name, start, end in rows]
