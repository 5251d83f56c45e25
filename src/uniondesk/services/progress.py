"""Progress of a campaign under a unit: for each child unit, the figures against its quota.

Figures roll up through the tree as it stood during the campaign: a unit merged or moved later
still counts where it was (store.queries.units.tree_at).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

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

    def as_json(self) -> dict:
        """What ``uniondesk progress --json`` prints: one object per child unit, and the unit's total."""
        return {"campaign": self.campaign_code, "as_of": self.as_of.isoformat(), "days_left": self.days_left,
                "rows": [row.as_json() for row in self.rows], "total": self.total.as_json()}


_GRASSROOTS = str(UnitKind.GRASSROOTS)  # a plain str: compared once per unit in the roll-up's hot loop
_FEW_UNITS = 2_000  # above this, one pass over the campaign's whole index beats lookups by unit


def _tree_day(start: dt.date, end: dt.date, as_of: dt.date) -> dt.date:
    return min(max(as_of, start), end)


def progress(campaign_id: int, unit_id: int | None = None, as_of: dt.date | None = None,
             grouping_id: int | None = None) -> Progress:
    """The progress table of ``unit_id`` (default: the organiser, or this office when it is below).

    The tree is the one of ``as_of``, kept inside the campaign's period: after the campaign, units moved
    or merged since still count where they stood on its last day. A unit merged (or split) during the
    campaign, before that day, is part of its heir: its own figures count there and it has no row of its
    own; its quota does not follow (the allocator gives the heir a new quota, in the quota editor).
    """
    campaign = get_campaign(campaign_id)
    unit = get_unit(unit_id) if unit_id is not None else _default_unit(campaign)
    as_of = as_of or dt.date.today()
    tree = tree_at(_tree_day(campaign.start_on, campaign.end_on, as_of))
    children = [u for u, p in tree.parent.items() if p == unit.id and u not in tree.heir]
    rows = {c: ProgressRow(c, *fact) for c, fact in queries.unit_facts(children).items()}
    total = ProgressRow(unit.id, unit.code, unit.name, unit.kind, quota=own_quota(campaign, unit))
    placer = _Placer(tree, queries.kinds_other_than_grassroots(), unit.id, list(rows))
    _roll_up(placer, queries.unit_tallies(campaign.id, _units_below(placer, unit.path)), rows, total)
    # A child gone by the tree day (dissolved, no heir) keeps a row only for the figures entered under it.
    rows = {c: row for c, row in rows.items() if c in tree.alive or row.initiatives}
    for child, quota in queries.quotas(campaign.id, list(rows)).items():
        rows[child].quota = quota
    for row in [*rows.values(), total]:
        row.achievement_pct = achievement_pct(row.initiatives, row.quota)
    ordered = _rank(list(rows.values()))
    _rank_clusters(ordered, grouping_id)
    days_left = max(0, (campaign.end_on - as_of).days)
    return Progress(campaign.code, campaign.name, as_of, days_left, total, ordered)


def _units_below(placer: _Placer, path: str) -> list[int] | None:
    """The units whose figures land in the table, when few enough to be worth asking for by id (an upper
    unit's subtree); None for a large part of the tree, read whole faster."""
    if queries.subtree_size(path) > _FEW_UNITS:  # today's subtree: a cheap guess, either way is exact
        return None
    branch = placer.branch
    units = [u for u in placer.parent if branch(u) is not None]
    return units if len(units) <= _FEW_UNITS else None


def _default_unit(campaign):
    home = home_unit()
    if home is not None and home.path.startswith(campaign.organiser.path) and home.id != campaign.organiser_id:
        return home
    return campaign.organiser


class _Placer:
    """Where a unit's figures go on the tree day: the branch (row) they add to, and the grassroots union
    they make participate. Every step up the tree passes through heirs (a unit merged by the day is part
    of the unit that absorbed it). Branches are remembered per unit: a national table places ~130,000
    units, and most share their way up with a unit placed before."""

    def __init__(self, tree: TreeAt, kinds: dict[int, str | None], top: int, rows: list[int]):
        self.parent = tree.parent
        self.stand = {unit: tree.heir_of(unit) for unit in tree.heir}  # unit -> the end of its heirs' chain
        self.kinds = kinds  # kinds_other_than_grassroots: a unit not in it is a grassroots union
        # unit (as it stands) -> child of top above it (top: top; outside: None); None itself ends every walk
        self.branches: dict[int | None, int | None] = {None: None, top: top, **{row: row for row in rows}}

    def branch(self, unit: int) -> int | None:
        """The row ``unit``'s figures add to: a child of top, top itself (the total only) or None (outside)."""
        stand, parent, branches = self.stand, self.parent, self.branches
        node, trail = stand.get(unit, unit), []
        while node not in branches:
            trail.append(node)
            node = parent.get(node)
            node = stand.get(node, node)
        found = branches[node]
        for seen in trail:
            branches[seen] = found
        return found

    def grassroots(self, unit: int) -> int | None:
        """The grassroots union ``unit`` belongs to (itself, or the one above a section or team)."""
        node: int | None = self.stand.get(unit, unit)
        while node is not None:
            kind = self.kinds.get(node, _GRASSROOTS)
            if kind == _GRASSROOTS:
                return node
            if kind not in (UnitKind.SECTION, UnitKind.TEAM):
                return None
            node = self.parent.get(node)
            node = self.stand.get(node, node)
        return None


def _roll_up(placer: _Placer, tallies: dict[int, queries.Tally], rows: dict[int, ProgressRow],
             total: ProgressRow) -> None:
    """Add every unit's tally to the row it stands under and to the total."""
    sums, unions = _sum_by_branch(placer, tallies)
    for branch, held in sums.items():
        for row in ([rows[branch]] if branch in rows else []) + [total]:
            row.initiatives += held[queries.INITIATIVES]
            row.recognised += held[queries.RECOGNISED]
            row.benefit_vnd += held[queries.BENEFIT]
            row.members_participating += held[queries.MEMBERS]
        if branch in rows:
            rows[branch].grassroots_participating = len(unions[branch])
    total.grassroots_participating = len(set().union(*unions.values()))


def _sum_by_branch(placer: _Placer, tallies: dict[int, queries.Tally]) -> tuple[dict, dict]:
    """(branch -> the sum of its units' tallies, branch -> its participating grassroots unions), for the
    branches inside the table. The hot loop: ~3,700 units a province, ~130,000 national."""
    sums: dict[int | None, queries.Tally] = {}
    unions: dict[int | None, set[int]] = {}
    stand, parent, branches, kinds = placer.stand, placer.parent, placer.branches, placer.kinds
    for unit, tally in tallies.items():
        node = stand.get(unit, unit)
        if node in branches:
            branch = branches[node]
        else:  # placer.branch, its first step inline: most units are unions whose parent is placed already
            up = parent.get(node)
            up = stand.get(up, up)
            branch = branches[up] if up in branches else placer.branch(unit)
        held = sums.get(branch)
        if held is None:
            sums[branch], unions[branch] = list(tally), set()
        else:  # the four figures of a tally, in order
            held[0] += tally[0]
            held[1] += tally[1]
            held[2] += tally[2]
            held[3] += tally[3]
        if tally[queries.INITIATIVES]:  # a grassroots union participates through its initiatives only
            anchor = node if kinds.get(node, _GRASSROOTS) == _GRASSROOTS else placer.grassroots(unit)
            if anchor is not None:
                unions[branch].add(anchor)
    sums.pop(None, None)  # the units outside the table
    unions.pop(None, None)
    return sums, unions


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
