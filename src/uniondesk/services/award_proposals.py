"""Proposals for an award decision, read from a campaign's figures: the units at or above their quota,
the leaders of the emulation clusters, and the authors of the initiatives with the highest benefit.

A proposal is only a line the officer ticks or leaves: nothing is written here. Each says why it is
proposed (its achievement) and whether the person or unit is already rewarded for the campaign.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from uniondesk.domain.awards import EarlierAward, RecipientKind, display_name, form_title
from uniondesk.domain.text import format_int
from uniondesk.services.awards import RecipientSpec
from uniondesk.services.campaigns import get_campaign
from uniondesk.services.progress import progress
from uniondesk.services.units import get_unit
from uniondesk.store.queries import awards as queries

QUOTA, CLUSTER_LEADER, INITIATIVE = "quota", "cluster_leader", "initiative"


@dataclass
class Proposal:
    kind: str
    unit_id: int
    name: str
    person_id: int | None = None
    gender: str | None = None
    position: str = ""
    unit_name: str = ""  # a person's unit; the unit above for a collective
    sources: list[str] = field(default_factory=list)
    achievements: list[str] = field(default_factory=list)
    score: float = 0.0  # achievement % for units, benefit for people: the order within each kind
    earlier: list[EarlierAward] = field(default_factory=list)

    @property
    def key(self) -> tuple:
        return (self.kind, self.person_id) if self.kind == RecipientKind.INDIVIDUAL else (self.kind, self.unit_id)

    @property
    def achievement(self) -> str:
        return "; ".join(self.achievements)

    def spec(self) -> RecipientSpec:
        return RecipientSpec(self.kind, person_id=self.person_id, unit_id=self.unit_id, achievement=self.achievement)


def _pct(value: float) -> str:
    return f"{value:.1f}".replace(".", ",") + "%"


def _quota_units(campaign_id: int, unit_id: int, as_of: dt.date | None) -> list[Proposal]:
    table = progress(campaign_id, unit_id, as_of)
    names = queries.unit_names([row.unit_id for row in table.rows])
    out = []
    for row in table.rows:
        if row.quota and row.achievement_pct is not None and row.achievement_pct >= 100:
            out.append(Proposal(str(RecipientKind.COLLECTIVE), row.unit_id, row.unit_name,
                                unit_name=names.get(row.unit_id, ("", ""))[1], sources=[QUOTA], score=row.achievement_pct,
                                achievements=[f"đạt {_pct(row.achievement_pct)} chỉ tiêu "
                                              f"({format_int(row.initiatives)}/{format_int(row.quota)} sáng kiến)"]))
    return out


def _leaders(owner_id: int) -> list[Proposal]:
    return [Proposal(str(RecipientKind.COLLECTIVE), row.unit_id, row.unit_name, unit_name=row.parent_name,
                     sources=[CLUSTER_LEADER], achievements=[f"dẫn đầu {row.cluster_name} ({row.grouping_name})"])
            for row in queries.cluster_leaders(owner_id)]


def _authors(campaign_id: int, top: int, under_path: str | None) -> list[Proposal]:
    out: dict[tuple, Proposal] = {}
    for row in queries.top_initiative_authors(campaign_id, top, under_path):
        person = row.person_id is not None
        proposal = Proposal(str(RecipientKind.INDIVIDUAL if person else RecipientKind.COLLECTIVE), row.unit_id,
                            row.name, row.person_id, row.gender, row.position, row.unit_name, [INITIATIVE],
                            [f"sáng kiến “{row.title}”, làm lợi {format_int(row.benefit_vnd)} đồng"],
                            float(row.benefit_vnd))
        if not person:
            proposal.unit_name = queries.unit_names([row.unit_id]).get(row.unit_id, ("", ""))[1]
        # An author of several top initiatives is proposed once, for the best (rows come best first).
        out.setdefault(proposal.key, proposal)
    return list(out.values())


def propose(campaign_id: int, *, unit_id: int | None = None, top_initiatives: int = 150,
            as_of: dt.date | None = None, exclude_decision_id: int | None = None) -> list[Proposal]:
    """Collectives first (above quota, cluster leaders; by achievement), then individuals by benefit.

    ``unit_id`` is the office proposing (default: the campaign's organiser): units below it, its own
    cluster groupings, initiatives of its subtree.
    """
    campaign = get_campaign(campaign_id)
    unit = get_unit(unit_id) if unit_id is not None else campaign.organiser
    merged: dict[tuple, Proposal] = {}
    for proposal in (_quota_units(campaign.id, unit.id, as_of) + _leaders(unit.id)
                     + _authors(campaign.id, top_initiatives, unit.path)):
        known = merged.get(proposal.key)
        if known is None:
            merged[proposal.key] = proposal
        else:
            known.sources += [s for s in proposal.sources if s not in known.sources]
            known.achievements += proposal.achievements
            known.score = max(known.score, proposal.score)
    _mark_earlier(campaign.id, merged, exclude_decision_id)
    proposals = list(merged.values())
    proposals.sort(key=lambda p: (p.kind != RecipientKind.COLLECTIVE, -p.score))
    return proposals


def _mark_earlier(campaign_id: int, merged: dict[tuple, Proposal], exclude_decision_id: int | None) -> None:
    for award in queries.awards_in_campaign(campaign_id, except_decision_id=exclude_decision_id):
        key = (award.kind, award.person_id if award.kind == RecipientKind.INDIVIDUAL else award.unit_id)
        proposal = merged.get(key)
        if proposal is not None:
            proposal.earlier.append(EarlierAward(display_name(award.kind, award.gender, award.name), award.number,
                                                 award.decided_on, form_title(award.form, award.form_title),
                                                 award.status))
