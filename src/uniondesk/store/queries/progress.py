"""Per-unit tallies of a campaign, read from the covering roll-up indexes."""

from __future__ import annotations

from dataclasses import dataclass

from uniondesk.domain.initiatives import RECOGNISED_STATUSES as _RECOGNISED
from uniondesk.store.db import database

RECOGNISED_STATUSES = tuple(str(s) for s in _RECOGNISED)


@dataclass
class Tally:
    initiatives: int = 0
    recognised: int = 0
    benefit_vnd: int = 0
    members: int = 0  # distinct authors (persons) of the unit's initiatives


def unit_tallies(campaign_id: int) -> dict[int, Tally]:
    """unit id -> tally of the initiatives entered at that unit for the campaign."""
    tallies: dict[int, Tally] = {}
    rows = database.execute_sql(
        "SELECT unit_id, count(*), sum(status IN (?, ?)), coalesce(sum(benefit_vnd), 0) FROM initiative "
        "WHERE campaign_id = ? AND deleted = 0 GROUP BY unit_id", (*RECOGNISED_STATUSES, campaign_id))
    for unit_id, count, recognised, benefit in rows:
        tallies[unit_id] = Tally(count, recognised or 0, benefit)
    authors = database.execute_sql(
        "SELECT unit_id, count(DISTINCT person_id) FROM initiative_author "
        "WHERE campaign_id = ? AND deleted = 0 AND person_id IS NOT NULL GROUP BY unit_id", (campaign_id,))
    for unit_id, members in authors:
        tallies.setdefault(unit_id, Tally()).members = members
    return tallies


def unit_facts(unit_ids: list[int]) -> dict[int, tuple[str, str, str]]:
    """unit id -> (code, name, kind)."""
    out: dict[int, tuple[str, str, str]] = {}
    for start in range(0, len(unit_ids), 500):
        chunk = unit_ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        for unit_id, code, name, kind in database.execute_sql(
                f"SELECT id, code, name, kind FROM unit WHERE id IN ({marks})", chunk):
            out[unit_id] = (code, name, kind)
    return out


def unit_kinds() -> dict[int, str]:
    return dict(database.execute_sql("SELECT id, kind FROM unit WHERE deleted = 0").fetchall())


def quotas(campaign_id: int, unit_ids: list[int]) -> dict[int, int]:
    out: dict[int, int] = {}
    for start in range(0, len(unit_ids), 500):
        chunk = unit_ids[start:start + 500]
        marks = ",".join("?" * len(chunk))
        out.update(database.execute_sql(
            f"SELECT unit_id, initiatives FROM quota WHERE campaign_id = ? AND deleted = 0 AND unit_id IN ({marks})",
            (campaign_id, *chunk)).fetchall())
    return out


def cluster_of(unit_ids: list[int], grouping_id: int | None) -> tuple[int | None, dict[int, tuple[int, str]]]:
    """(grouping used, unit id -> (cluster id, cluster name)). Without a grouping, the most recent
    grouping that holds any of the units is used."""
    if not unit_ids:
        return None, {}
    marks = ",".join("?" * len(unit_ids))
    if grouping_id is None:
        row = database.execute_sql(
            "SELECT g.id FROM cluster_member m JOIN cluster_grouping g ON g.id = m.grouping_id "
            f"WHERE m.deleted = 0 AND g.deleted = 0 AND m.unit_id IN ({marks}) "
            "ORDER BY coalesce(g.year, 0) DESC, g.id DESC LIMIT 1", unit_ids).fetchone()
        if row is None:
            return None, {}
        grouping_id = row[0]
    rows = database.execute_sql(
        "SELECT m.unit_id, c.id, c.name FROM cluster_member m JOIN cluster c ON c.id = m.cluster_id "
        f"WHERE m.deleted = 0 AND c.deleted = 0 AND m.grouping_id = ? AND m.unit_id IN ({marks})",
        (grouping_id, *unit_ids))
    return grouping_id, {unit_id: (cluster_id, name) for unit_id, cluster_id, name in rows}
