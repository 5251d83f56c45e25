"""Union officers of the demo units: a chairman everywhere, a vice-chairman or committee members."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator

from uniondesk.domain.text import fold
from uniondesk.services.demo.names import person_name
from uniondesk.services.demo.tree import TreePlan

_LEADERS = ("national", "provincial", "sector", "upper")
_GRASSROOTS_OTHERS = ["Phó Chủ tịch CĐCS", "Ủy viên BCH CĐCS", "Tổ trưởng tổ công đoàn"]


def _positions(kind: str, rng: random.Random) -> list[str]:
    if kind in _LEADERS:
        return ["Chủ tịch"] + ["Phó Chủ tịch"] * rng.randint(1, 2)
    if kind == "grassroots":
        others = rng.choices([0, 1, 2], [0.3, 0.45, 0.25])[0]
        return ["Chủ tịch CĐCS"] + rng.sample(_GRASSROOTS_OTHERS, others)
    return []


def expected(plan: TreePlan) -> int:
    """About how many people ``rows`` makes (for the progress bar)."""
    leaders = sum(1 for u in plan.units if u.kind in _LEADERS)
    grassroots = sum(1 for u in plan.units if u.kind == "grassroots")
    return round(leaders * 2.5 + grassroots * 1.95)


def rows(plan: TreePlan, rng: random.Random, fold: Callable[[str], str] = fold) -> Iterator[tuple]:
    """(full_name, name_folded, gender, birth_year, position, unit_id) for each person."""
    for unit in plan.units:
        for position in _positions(unit.kind, rng):
            name, gender = person_name(rng, unit.highland)
            yield name, fold(name), gender, rng.randint(1966, 1998), position, unit.id
