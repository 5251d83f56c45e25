"""The demo union tree, planned in memory before anything is written.

Ids are assigned here, in order, on an empty database, so that each unit's materialised path
("/1/45/300/") is known without reading anything back. Parents always come before their children.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from uniondesk.domain.text import fold
from uniondesk.domain.units import UnitKind
from uniondesk.services.demo import orgs
from uniondesk.services.demo.names import SECTION_NAMES
from uniondesk.services.demo.places import (
    THANH_HOA_DISTRICTS,
    THANH_HOA_GRASSROOTS,
    THANH_HOA_SECTORS,
    District,
)

# Grassroots unions of these roles, when big, are divided into sections ("công đoàn bộ phận").
_SECTION_ROLES = {"factory": "factory", "big_hospital": "hospital", "hospital": "hospital", "university": "school"}


@dataclass(slots=True)
class PlannedUnit:
    id: int
    code: str
    name: str
    kind: str
    parent_id: int | None
    path: str
    members: int = 0
    opened_on: dt.date | None = None
    counted_on: dt.date | None = None
    role: str = ""
    highland: bool = False


@dataclass
class TreePlan:
    day: dt.date  # the day the figures describe
    units: list[PlannedUnit] = field(default_factory=list)

    def add(self, parent: PlannedUnit | None, code: str, name: str, kind: UnitKind, **extra) -> PlannedUnit:
        unit_id = len(self.units) + 1
        path = (parent.path if parent else "/") + f"{unit_id}/"
        unit = PlannedUnit(unit_id, code, name, str(kind), parent.id if parent else None, path, **extra)
        self.units.append(unit)
        return unit

    def add_grassroots(self, rng: random.Random, upper: PlannedUnit, org_list: list[orgs.Org]) -> list[PlannedUnit]:
        out = []
        for number, org in enumerate(org_list, start=1):
            opened = None if rng.random() < 0.15 else self.day - dt.timedelta(days=rng.randint(400, 40 * 365))
            out.append(self.add(upper, f"{upper.code}.{number:04d}", f"Công đoàn {org.name}", UnitKind.GRASSROOTS,
                                members=org.members, role=org.role, highland=upper.highland, opened_on=opened,
                                counted_on=self.day - dt.timedelta(days=rng.randint(0, 150))))
        return out


def allocate(total: int, weights: list[float]) -> list[int]:
    """Split ``total`` in proportion to ``weights``, rounding so that the parts add up exactly."""
    whole = sum(weights)
    raw = [total * w / whole for w in weights]
    parts = [int(r) for r in raw]
    by_remainder = sorted(range(len(raw)), key=lambda i: raw[i] - parts[i], reverse=True)
    for i in by_remainder[: total - sum(parts)]:
        parts[i] += 1
    return parts


def scale_members(units: list[PlannedUnit], target: int) -> None:
    """Scale companies and factories so that the grassroots members add up to exactly ``target``."""
    fixed = sum(u.members for u in units if u.role not in orgs.ELASTIC_ROLES)
    elastic = [u for u in units if u.role in orgs.ELASTIC_ROLES]
    if not elastic:
        return
    factor = max(target - fixed, 0) / max(sum(u.members for u in elastic), 1)
    for unit in elastic:
        unit.members = max(5, round(unit.members * factor))
    biggest = max(elastic, key=lambda u: u.members)
    biggest.members += target - sum(u.members for u in units)


def add_sections(plan: TreePlan, rng: random.Random, grassroots: list[PlannedUnit], at_most: int) -> None:
    """Divide the biggest factories, hospitals and universities into sections, and a few sections into
    teams. Sections together hold all the members of their union; teams hold part of a section."""
    big = sorted((u for u in grassroots if u.role in _SECTION_ROLES and u.members >= 600),
                 key=lambda u: u.members, reverse=True)[:at_most]
    for union in big:
        names = SECTION_NAMES[_SECTION_ROLES[union.role]]
        chosen = rng.sample(names, min(len(names), rng.randint(3, 6)))
        sizes = allocate(union.members, [rng.uniform(0.5, 1.5) for _ in chosen])
        for number, (name, size) in enumerate(zip(chosen, sizes, strict=True), start=1):
            section = plan.add(union, f"{union.code}.{number:02d}", f"Công đoàn bộ phận {name}", UnitKind.SECTION,
                               members=size, counted_on=union.counted_on, role="section", highland=union.highland)
            if union.role == "factory" and size >= 300 and rng.random() < 0.35:
                teams = allocate(size * 3 // 4, [1.0] * rng.randint(2, 4))
                for line, team_size in enumerate(teams, start=1):
                    plan.add(section, f"{section.code}.{line}", f"Tổ công đoàn Chuyền {line} - {name}", UnitKind.TEAM,
                             members=team_size, counted_on=union.counted_on, role="team", highland=union.highland)


def _district_orgs(rng: random.Random, district: District, n: int) -> list[orgs.Org]:
    return orgs.territorial(rng, n, places=list(district.communes), commune_level=district.commune_level,
                            offices=orgs.district_offices(district.level, district.name),
                            factory_share=district.industry)


def _all_communes() -> list[str]:
    return [commune for d in THANH_HOA_DISTRICTS for commune in d.communes[:4]]


def plan_thanh_hoa(plan: TreePlan, rng: random.Random, parent: PlannedUnit | None,
                   members_target: int) -> PlannedUnit:
    """LĐLĐ tỉnh Thanh Hóa as in 2022: 27 district federations and 7 sector unions, 3,655 grassroots unions."""
    province = plan.add(parent, "TH", "LĐLĐ tỉnh Thanh Hóa", UnitKind.PROVINCIAL)
    district_total = THANH_HOA_GRASSROOTS - sum(s.grassroots for s in THANH_HOA_SECTORS)
    weights = [(len(d.communes) * 4 + 10) * (1 + 2 * d.industry) * rng.uniform(0.9, 1.1) for d in THANH_HOA_DISTRICTS]
    grassroots: list[PlannedUnit] = []
    for district, n in zip(THANH_HOA_DISTRICTS, allocate(district_total, weights), strict=True):
        upper = plan.add(province, f"TH.{district.code}", district.union_name, UnitKind.UPPER,
                         highland=district.highland)
        grassroots += plan.add_grassroots(rng, upper, _district_orgs(rng, district, n))
    for sector in THANH_HOA_SECTORS:
        upper = plan.add(province, f"TH.{sector.code}", sector.name, UnitKind.UPPER)
        generate = orgs.PROFILES[sector.profile]
        grassroots += plan.add_grassroots(rng, upper, generate(rng, sector.grassroots, places=_all_communes(),
                                                               province="Thanh Hóa"))
    scale_members(grassroots, members_target)
    add_sections(plan, rng, grassroots, at_most=10)
    return province


def plan_small(plan: TreePlan, rng: random.Random) -> PlannedUnit:
    """One province, three upper units, twenty grassroots unions (one of them a factory with sections)."""
    province = plan.add(None, "TH", "LĐLĐ tỉnh Thanh Hóa", UnitKind.PROVINCIAL)
    by_code = {d.code: d for d in THANH_HOA_DISTRICTS}
    mountain = plan.add(province, "TH.ML", by_code["ML"].union_name, UnitKind.UPPER, highland=True)
    plan.add_grassroots(rng, mountain, _district_orgs(rng, by_code["ML"], 6))
    health = plan.add(province, "TH.YT", "Công đoàn ngành Y tế", UnitKind.UPPER)
    plan.add_grassroots(rng, health, orgs.health(rng, 5, places=["Hồi Xuân", "Ngọc Lặc"], province="Thanh Hóa"))
    city = plan.add(province, "TH.TPT", by_code["TPT"].union_name, UnitKind.UPPER)
    city_orgs = _district_orgs(rng, by_code["TPT"], 8)
    factory = orgs.Org("Công ty TNHH Giày Hàm Rồng Việt Nam", "factory", 2400)
    units = plan.add_grassroots(rng, city, city_orgs + [factory])
    add_sections(plan, rng, units, at_most=1)
    return province


def initials(name: str) -> str:
    return "".join(word[0] for word in fold(name).split()).upper()
