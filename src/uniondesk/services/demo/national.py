"""The national demo tree: the confederation, the 34 provinces of 2025 and a few central sector unions.

Thanh Hóa is planned exactly as at province scale; the other provinces get a generic shape: four
provincial sector unions, then commune and ward unions ("công đoàn xã, phường", since 2025).
"""

from __future__ import annotations

import random

from uniondesk.domain.units import UnitKind
from uniondesk.services.demo import orgs
from uniondesk.services.demo.names import place_name
from uniondesk.services.demo.places import CENTRAL_SECTORS, PROVINCES, THANH_HOA_GRASSROOTS, Province
from uniondesk.services.demo.tree import (
    PlannedUnit,
    TreePlan,
    add_sections,
    allocate,
    initials,
    plan_thanh_hoa,
    scale_members,
)

NATIONAL_GRASSROOTS = 127_300
NATIONAL_UPPER = 1_200
CENTRAL_WEIGHT = 0.45  # each central sector union, against province weights that add up to about 100
MEMBERS_PER_UNION = (85, 100)  # 11.8 million members over 127,000 unions (domain.md, "Scale")

# (code, name, profile, share of the province's grassroots unions)
_PROVINCIAL_SECTORS = [("GD", "Công đoàn ngành Giáo dục", "education", 4.0),
                       ("YT", "Công đoàn ngành Y tế", "health", 2.5),
                       ("VC", "Công đoàn Viên chức", "civil", 3.0),
                       ("KCN", "Công đoàn các Khu công nghiệp", "zone", 10.0)]


def plan_national(plan: TreePlan, rng: random.Random, thanh_hoa_members: int) -> PlannedUnit:
    home = plan.add(None, "TLD", "Tổng Liên đoàn Lao động Việt Nam", UnitKind.NATIONAL)
    weights = [p.weight for p in PROVINCES] + [CENTRAL_WEIGHT] * len(CENTRAL_SECTORS)
    others = [i for i, p in enumerate(PROVINCES) if p.code != "TH"] + list(range(len(PROVINCES), len(weights)))
    grassroots = dict(zip(others, allocate(NATIONAL_GRASSROOTS - THANH_HOA_GRASSROOTS, [weights[i] for i in others]),
                          strict=True))
    central_upper = sum(len(corps) for _, _, corps, _ in CENTRAL_SECTORS)
    upper_left = NATIONAL_UPPER - 34 - central_upper
    provinces = [i for i in others if i < len(PROVINCES)]
    uppers = dict(zip(provinces, allocate(upper_left, [weights[i] for i in provinces]), strict=True))
    for index, province in enumerate(PROVINCES):
        if province.code == "TH":
            plan_thanh_hoa(plan, rng, home, thanh_hoa_members)
            continue
        target = grassroots[index] * rng.randint(*MEMBERS_PER_UNION)
        plan_province(plan, rng, home, province, grassroots[index], max(uppers[index], 8), target)
    for offset, sector in enumerate(CENTRAL_SECTORS):
        plan_central(plan, rng, home, sector, grassroots[len(PROVINCES) + offset])
    return home


def plan_province(plan: TreePlan, rng: random.Random, parent: PlannedUnit, province: Province, n_grassroots: int,
                  n_upper: int, members_target: int) -> PlannedUnit:
    unit = plan.add(parent, province.code, province.union_name, UnitKind.PROVINCIAL)
    taken: set[str] = set()
    communes = [place_name(rng, taken) for _ in range(n_upper - len(_PROVINCIAL_SECTORS))]
    old_communes = {name: [place_name(rng, taken) for _ in range(rng.randint(2, 4))] for name in communes}
    all_places = communes + [old for olds in old_communes.values() for old in olds]
    weights = [share for *_, share in _PROVINCIAL_SECTORS]
    commune_share = 100 - sum(weights)
    weights += [commune_share / len(communes) * rng.uniform(0.6, 1.4) for _ in communes]
    counts = allocate(n_grassroots, weights)
    grassroots: list[PlannedUnit] = []
    area = f"{'thành phố' if province.city else 'tỉnh'} {province.name}"
    for (code, name, profile, _), n in zip(_PROVINCIAL_SECTORS, counts, strict=False):
        upper = plan.add(unit, f"{province.code}.{code}", f"{name} {area}" if code == "VC" else name, UnitKind.UPPER)
        places = rng.sample(all_places, min(len(all_places), n))
        grassroots += plan.add_grassroots(rng, upper, orgs.PROFILES[profile](rng, n, places=places,
                                                                             province=province.name))
    codes = {f"{province.code}.{code}" for code, *_ in _PROVINCIAL_SECTORS}
    for name, n in zip(communes, counts[len(_PROVINCIAL_SECTORS):], strict=True):
        level = "phường" if rng.random() < (0.6 if province.city else 0.15) else "xã"
        # The smallest provinces are the mountain ones: their officers get Thái, Mường, Tày names too.
        upper = plan.add(unit, _unique_code(f"{province.code}.{initials(name)}", codes), f"Công đoàn {level} {name}",
                         UnitKind.UPPER, highland=province.weight < 1.1)
        offices = [f"cơ quan Đảng ủy {level} {name}", f"Trung tâm Phục vụ hành chính công {level} {name}"]
        grassroots += plan.add_grassroots(rng, upper, orgs.territorial(
            rng, n, places=old_communes[name], commune_level="xã", offices=offices, factory_share=0.06))
    scale_members(grassroots, members_target)
    add_sections(plan, rng, grassroots, at_most=6)
    return unit


def plan_central(plan: TreePlan, rng: random.Random, parent: PlannedUnit, sector: tuple, n_grassroots: int) -> None:
    code, name, corporations, branches = sector
    unit = plan.add(parent, code, name, UnitKind.SECTOR)
    places = [p.name for p in PROVINCES]
    for number, (corporation, n) in enumerate(zip(corporations, allocate(n_grassroots, [1.0] * len(corporations)),
                                                  strict=True), start=1):
        upper = plan.add(unit, f"{code}.{number:02d}", f"Công đoàn {corporation}", UnitKind.UPPER)
        taken: set[str] = set()
        org_list = []
        while len(org_list) < n:
            branch = rng.choice(branches).format(p=rng.choice(places) if rng.random() < 0.7 else place_name(rng, set()))
            if branch not in taken:
                taken.add(branch)
                org_list.append(orgs.Org(branch, "company", orgs.draw_members(rng, "company") + 20))
        plan.add_grassroots(rng, upper, org_list)


def _unique_code(code: str, taken: set[str]) -> str:
    candidate, number = code, 1
    while candidate in taken:
        number += 1
        candidate = f"{code}{number}"
    taken.add(candidate)
    return candidate
