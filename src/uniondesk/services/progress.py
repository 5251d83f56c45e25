"""Progress of a campaign under a unit: for each child unit, the figures against its quota.

Figures roll up through the tree as it stood during the campaign: a unit merged or moved later
still counts where it was (store.queries.units.tree_at).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from uniondesk.domain.campaigns import achievement_pct
from uniondesk.domain.units import UnitKind
from uniondesk.services.campaigns import get_campaign
from uniondesk.services.installation import home_unit
from uniondesk.services.quotas import own_quota
from uniondesk.services.units import get_unit
from uniondesk.store.queries import progress as queries
from uniondesk.store.queries.units import TreeAt, tree_at


@dataclass
class ProgressRow:
    unit_id: int
    unit_code: str
    unit_name: str
    kind: str
    quota: int | None = None
    initiatives: int = 0
    recognised: int = 0
    grassroots_participating: int = 0
    members_participating: int = 0
    benefit_vnd: int = 0
    achievement_pct: float | None = None
    rank: int | None = None
    cluster: str = ""
    cluster_rank: int | None = None
    _grassroots: set[int] = field(default_factory=set, repr=False)

    def as_json(self) -> dict:
        keys = ("unit_code", "unit_name", "quota", "initiatives", "recognised", "grassroots_participating",
                "members_participating", "benefit_vnd", "achievement_pct", "rank", "cluster", "cluster_rank")
        return {key: getattr(self, key) for key in keys}


@dataclass
class Progress:
    campaign_code: str
    campaign_name: str
    as_of: dt.date
    days_left: int
    total: ProgressRow
    rows: list[ProgressRow]


def _tree_day(start: dt.date, end: dt.date, as_of: dt.date) -> dt.date:
    return min(max(as_of, start), end)


def progress(campaign_id: int, unit_id: int | None = None, as_of: dt.date | None = None,
             grouping_id: int | None = None) -> Progress:
    """The progress table of ``unit_id`` (default: the organiser, or this office when it is below)."""
    campaign = get_campaign(campaign_id)
    unit = get_unit(unit_id) if unit_id is not None else _default_unit(campaign)
    as_of = as_of or dt.date.today()
    tree = tree_at(_tree_day(campaign.start_on, campaign.end_on, as_of))
    tallies = queries.unit_tallies(campaign.id)
    kinds = queries.unit_kinds()
    children = [u for u, p in tree.parent.items() if p == unit.id and (u in tree.alive or u in tallies)]
    facts = queries.unit_facts(children)
    rows = {c: ProgressRow(c, *facts[c]) for c in children}
    total = ProgressRow(unit.id, unit.code, unit.name, unit.kind, quota=own_quota(campaign, unit))
    _roll_up(tree, tallies, kinds, unit.id, rows, total)
    for child, quota in queries.quotas(campaign.id, children).items():
        rows[child].quota = quota
    for row in [*rows.values(), total]:
        row.achievement_pct = achievement_pct(row.initiatives, row.quota)
    ordered = _rank(list(rows.values()))
    _rank_clusters(ordered, grouping_id)
    days_left = max(0, (campaign.end_on - as_of).days)
    return Progress(campaign.code, campaign.name, as_of, days_left, total, ordered)


def _default_unit(campaign):
    home = home_unit()
    if home is not None and home.path.startswith(campaign.organiser.path) and home.id != campaign.organiser_id:
        return home
    return campaign.organiser


def _roll_up(tree: TreeAt, tallies: dict[int, queries.Tally], kinds: dict[int, str], top: int,
             rows: dict[int, ProgressRow], total: ProgressRow) -> None:
    """Add every unit's tally to the child of ``top`` it stood under, and to the total."""
    branch: dict[int, int | None] = {}  # unit -> child of top above it (top itself: top; outside: None)

    def branch_of(unit: int) -> int | None:
        trail = []
        node: int | None = unit
        while node is not None and node not in branch and node != top and node not in rows:
            trail.append(node)
            node = tree.parent.get(node)
        found = None if node is None else branch.get(node, node)
        for seen in trail:
            branch[seen] = found
        return found

    for unit, tally in tallies.items():
        where = branch_of(unit)
        if where is None:
            continue
        anchor = _grassroots_anchor(unit, tree, kinds)
        targets = [total] if where == top else [rows[where], total]
        for row in targets:
            row.initiatives += tally.initiatives
            row.recognised += tally.recognised
            row.benefit_vnd += tally.benefit_vnd
            row.members_participating += tally.members
            if anchor is not None and tally.initiatives:
                row._grassroots.add(anchor)
    for row in [*rows.values(), total]:
        row.grassroots_participating = len(row._grassroots)


def _grassroots_anchor(unit: int, tree: TreeAt, kinds: dict[int, str]) -> int | None:
    """The grassroots union a unit belongs to (itself, or the one above a section or team)."""
    node: int | None = unit
    while node is not None:
        if kinds.get(node) == UnitKind.GRASSROOTS:
            return node
        if kinds.get(node) not in (UnitKind.SECTION, UnitKind.TEAM):
            return None
        node = tree.parent.get(node)
    return None


def _score(row: ProgressRow) -> tuple:
    # Units without a quota rank after those with one; then by achievement, then by initiatives.
    return (row.achievement_pct is not None, row.achievement_pct or 0.0, row.initiatives)


def _rank(rows: list[ProgressRow]) -> list[ProgressRow]:
    ordered = sorted(rows, key=lambda r: r.unit_code)
    ordered.sort(key=_score, reverse=True)  # stable, even reversed: equal scores stay in code order
    previous, rank = None, 0
    for position, row in enumerate(ordered, 1):
        if _score(row) != previous:
            rank, previous = position, _score(row)
        row.rank = rank
    return ordered


def _rank_clusters(rows: list[ProgressRow], grouping_id: int | None) -> None:
    _, clusters = queries.cluster_of([row.unit_id for row in rows], grouping_id)
    by_cluster: dict[int, list[ProgressRow]] = {}
    for row in rows:
        if row.unit_id in clusters:
            cluster_id, name = clusters[row.unit_id]
            row.cluster = name
            by_cluster.setdefault(cluster_id, []).append(row)
    for members in by_cluster.values():
        previous, rank = None, 0
        for position, row in enumerate(members, 1):  # rows are already in rank order
            if _score(row) != previous:
                rank, previous = position, _score(row)
            row.cluster_rank = rank
