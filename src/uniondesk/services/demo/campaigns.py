"""Demo campaigns of the seed articles, their quotas cascaded down the tree, and emulation clusters.

The confederation launched "75 nghìn sáng kiến" (2021) and "1 triệu sáng kiến" (2022–2023); each
province passed them down with quotas. The province demo has no confederation above its home unit
(the office it serves is the root of its tree), so there the province itself organises them, as the
Thanh Hóa federation did when it "phân bổ số lượng và giao chỉ tiêu" to its units; at national scale
the confederation organises them. "Lao động giỏi, Lao động sáng tạo" is the yearly emulation movement.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from uniondesk.domain.campaigns import CampaignKind, CampaignStatus
from uniondesk.domain.units import UnitKind
from uniondesk.services.demo.places import CENTRAL_SECTORS, THANH_HOA_DISTRICTS
from uniondesk.services.demo.tree import PlannedUnit, allocate
from uniondesk.store.db import database

if TYPE_CHECKING:
    from uniondesk.services.demo.build import DemoContext

MILLION_CODE = "1TSK-2022"


@dataclass(frozen=True)
class CampaignSpec:
    code: str
    name: str
    kind: CampaignKind
    start_on: dt.date
    end_on: dt.date
    eligible: tuple[dt.date, dt.date] | None
    targets: dict[str, tuple[int, int | None]]  # scale -> (initiatives, participating members)
    description: str
    phases: tuple[tuple[str, dt.date, dt.date], ...] = ()


SPECS = [
    CampaignSpec(
        "75NSK-2021", "75 nghìn sáng kiến, vượt khó, phát triển", CampaignKind.INITIATIVES,
        dt.date(2021, 3, 10), dt.date(2021, 4, 20), (dt.date(2020, 1, 1), dt.date(2021, 4, 20)),
        {"small": (120, None), "province": (3_500, None), "national": (75_000, None)},
        "Chương trình do Tổng Liên đoàn Lao động Việt Nam phát động trong Tháng Công nhân năm 2021 (Kế hoạch "
        "số 88/KH-TLĐ ngày 03/02/2021). Các cấp công đoàn vận động đoàn viên phát huy sáng kiến, cải tiến kỹ "
        "thuật, đổi mới quy trình làm việc và cập nhật sáng kiến vào phần mềm từ 10/3 đến 20/4/2021."),
    CampaignSpec(
        MILLION_CODE, "1 triệu sáng kiến – nỗ lực vượt khó, sáng tạo, quyết tâm chiến thắng đại dịch COVID-19",
        CampaignKind.INITIATIVES, dt.date(2022, 1, 8), dt.date(2023, 9, 1), (dt.date(2021, 1, 1), dt.date(2023, 9, 1)),
        {"small": (400, 650), "province": (160_000, 300_000), "national": (1_000_000, 2_000_000)},
        "Chương trình do Tổng Liên đoàn Lao động Việt Nam phát động. Liên đoàn Lao động tỉnh phân bổ số lượng "
        "và giao chỉ tiêu đến các đơn vị; công đoàn cơ sở phối hợp với thủ trưởng cơ quan, người sử dụng lao "
        "động xây dựng kế hoạch thực hiện, thành lập tổ hỗ trợ sáng kiến và nhập sáng kiến vào phần mềm.",
        (("Giai đoạn 1", dt.date(2022, 1, 8), dt.date(2022, 5, 31)),
         ("Giai đoạn 2", dt.date(2022, 6, 1), dt.date(2023, 9, 1)))),
    CampaignSpec(
        "LDGST-2022", "Lao động giỏi, Lao động sáng tạo năm 2022", CampaignKind.EMULATION,
        dt.date(2022, 1, 1), dt.date(2022, 12, 31), None,
        {"small": (80, None), "province": (25_000, None), "national": (600_000, None)},
        "Phong trào thi đua trong công nhân, viên chức, lao động: thi đua lao động sản xuất với mục tiêu "
        "“năng suất, chất lượng, hiệu quả, bảo đảm an toàn, vệ sinh lao động”; phát huy sáng kiến, cải tiến kỹ "
        "thuật, hợp lý hóa sản xuất, ứng dụng tiến bộ khoa học kỹ thuật và chuyển đổi số; thực hành tiết kiệm."),
]


@dataclass
class CampaignPlan:
    """What later steps need: the ids written and the quota of every unit."""

    ids: dict[str, int] = field(default_factory=dict)  # campaign code -> id
    phase_ids: dict[tuple[str, int], int] = field(default_factory=dict)  # (code, seq) -> id
    quotas: dict[str, dict[int, tuple[int, int | None]]] = field(default_factory=dict)  # code -> unit -> quota
    children: dict[int, list[PlannedUnit]] = field(default_factory=dict)  # down to grassroots unions
    weight: dict[int, int] = field(default_factory=dict)  # grassroots members in a unit's subtree
    clusters: list[tuple] = field(default_factory=list)  # (owner, [(name, member ids, leader id)])


def next_id(table: str) -> int:
    """Ids are given here rather than by SQLite so that later rows can refer to them without a read."""
    return database.execute_sql(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0]


def status_on(spec: CampaignSpec, day: dt.date) -> str:
    if day > spec.end_on:
        return str(CampaignStatus.CLOSED)
    return str(CampaignStatus.OPEN if day >= spec.start_on else CampaignStatus.DRAFT)


def plan_campaigns(ctx: DemoContext) -> CampaignPlan:
    plan = CampaignPlan()
    for unit in ctx.plan.units:
        if unit.parent_id is not None and unit.kind not in (UnitKind.SECTION, UnitKind.TEAM):
            plan.children.setdefault(unit.parent_id, []).append(unit)
    for unit in reversed(ctx.plan.units):  # children after parents: a reversed walk sums bottom-up
        own = unit.members if unit.kind == UnitKind.GRASSROOTS else 0
        plan.weight[unit.id] = plan.weight.get(unit.id, 0) + own
        if unit.parent_id is not None and unit.kind not in (UnitKind.SECTION, UnitKind.TEAM):
            plan.weight[unit.parent_id] = plan.weight.get(unit.parent_id, 0) + plan.weight[unit.id]
    root = ctx.plan.units[0]
    province = next(unit for unit in ctx.plan.units if unit.code == "TH")
    for spec in SPECS:
        # Thanh Hóa gets the same quota whether it is the root (province demo) or one province of many.
        pinned = {province.id: spec.targets["province"]} if province is not root else {}
        plan.quotas[spec.code] = cascade(plan, root, *spec.targets[ctx.scale], ctx.rng(f"quota:{spec.code}"), pinned)
    plan.clusters = _plan_clusters(ctx, root)
    ctx.expect(len(SPECS) + sum(len(s.phases) for s in SPECS) + sum(len(q) for q in plan.quotas.values()))
    ctx.expect(sum(1 + sum(len(m) + 2 for _, m, _ in clusters) for _, clusters in plan.clusters))
    return plan


def cascade(plan: CampaignPlan, root: PlannedUnit, initiatives: int, members: int | None, rng: random.Random,
            pinned: dict[int, tuple[int, int | None]] | None = None) -> dict[int, tuple[int, int | None]]:
    """Each unit splits its quota among its children by their members, rounded to tens where the
    numbers allow; about one upper unit in eight keeps part of its quota back (the editor's warning).
    ``pinned`` units get the quota given there, and their siblings share the rest."""
    pinned = pinned or {}
    out: dict[int, tuple[int, int | None]] = {}
    stack = [(root, initiatives, members)]
    while stack:
        unit, quota, member_quota = stack.pop()
        kids = plan.children.get(unit.id, [])
        fixed = [kid for kid in kids if kid.id in pinned]
        free = [kid for kid in kids if kid.id not in pinned]
        given = quota - sum(pinned[kid.id][0] for kid in fixed)
        if unit.kind == UnitKind.UPPER and rng.random() < 0.125:
            given = round(given * rng.uniform(0.9, 0.98))
        tens = any(kid.kind != UnitKind.GRASSROOTS for kid in free)  # grassroots quotas are exact numbers
        parts = _split(given, [plan.weight[kid.id] * rng.uniform(0.8, 1.25) + 1 for kid in free], tens)
        member_parts = [None] * len(free)
        if member_quota is not None:
            left = member_quota - sum(pinned[kid.id][1] or 0 for kid in fixed)
            member_parts = allocate(left, [plan.weight[kid.id] + 1 for kid in free]) if free else []
        shares = [(kid, *pinned[kid.id]) for kid in fixed] + list(zip(free, parts, member_parts, strict=True))
        for kid, part, member_part in shares:
            out[kid.id] = (part, member_part)
            stack.append((kid, part, member_part))
    return out


def _split(total: int, weights: list[float], tens: bool) -> list[int]:
    """``allocate`` with at least one each when the total allows, in tens (``tens``, and a hundred or
    more on average), the odd units going to the biggest part."""
    if not weights:
        return []
    step = 10 if tens and total >= 100 * len(weights) else 1
    floor = 1 if total >= step * len(weights) else 0
    parts = [(part + floor) * step for part in allocate(total // step - floor * len(weights), weights)]
    parts[max(range(len(parts)), key=parts.__getitem__)] += total % step
    return parts


def write_campaigns(ctx: DemoContext) -> None:
    """The three campaigns with their phases and the quota cascade of each."""
    plan = ctx.campaign_plan
    root = ctx.plan.units[0]
    first = next_id("campaign")
    rows = []
    for number, spec in enumerate(SPECS):
        plan.ids[spec.code] = first + number
        initiatives, members = spec.targets[ctx.scale]
        eligible_from, eligible_to = spec.eligible or (None, None)
        rows.append((first + number, spec.code, spec.name, ctx.fold(spec.name), str(spec.kind), root.id,
                     spec.start_on.isoformat(), spec.end_on.isoformat(), _iso(eligible_from), _iso(eligible_to),
                     initiatives, members, spec.description, status_on(spec, ctx.day)))
    ctx.insert("campaign", ("id", "code", "name", "name_folded", "kind", "organiser_id", "start_on", "end_on",
                            "eligible_from", "eligible_to", "target_initiatives", "target_members", "description",
                            "status"), rows, "Chương trình")
    phase = next_id("campaign_phase")
    phases = []
    for spec in SPECS:
        for seq, (name, start, end) in enumerate(spec.phases, 1):
            plan.phase_ids[(spec.code, seq)] = phase
            phases.append((phase, plan.ids[spec.code], seq, name, start.isoformat(), end.isoformat()))
            phase += 1
    ctx.insert("campaign_phase", ("id", "campaign_id", "seq", "name", "start_on", "end_on"), phases,
               "Giai đoạn")
    parent_of = {unit.id: unit.parent_id for unit in ctx.plan.units}
    ctx.insert("quota", ("campaign_id", "unit_id", "allocator_id", "initiatives", "members"),
               ((plan.ids[code], unit_id, parent_of[unit_id], quota, members)
                for code, by_unit in plan.quotas.items() for unit_id, (quota, members) in by_unit.items()),
               "Chỉ tiêu")


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


# --- emulation clusters -------------------------------------------------------------------------------

_TH_CLUSTERS = [
    ("mountain", "Cụm thi đua số 1 – các LĐLĐ huyện miền núi"),
    ("plain", "Cụm thi đua số 2 – các LĐLĐ huyện đồng bằng"),
    ("coast", "Cụm thi đua số 3 – các LĐLĐ huyện ven biển"),
    ("town", "Cụm thi đua số 4 – các LĐLĐ thành phố, thị xã"),
    ("sector", "Cụm thi đua số 5 – các công đoàn ngành và Khu kinh tế"),
]
_COASTAL = {"NS", "HL", "HH", "QX"}
_REGIONS = [
    ("Cụm thi đua các LĐLĐ miền núi phía Bắc", "LS CB LCH DB SL TQ LCA TN PT"),
    ("Cụm thi đua các LĐLĐ đồng bằng sông Hồng", "HN HP QNI BN HY NB"),
    ("Cụm thi đua các LĐLĐ Bắc Trung Bộ", "TH NA HTI QT HUE"),
    ("Cụm thi đua các LĐLĐ Nam Trung Bộ và Tây Nguyên", "DN QNG GL KH LD DL"),
    ("Cụm thi đua các LĐLĐ Đông Nam Bộ", "HCM DNA TNI"),
    ("Cụm thi đua các LĐLĐ Tây Nam Bộ", "CTO VL DT CM AG"),
    ("Cụm thi đua các công đoàn ngành trung ương", " ".join(code for code, *_ in CENTRAL_SECTORS)),
]


def _district_group(unit: PlannedUnit) -> str:
    districts = {d.code: d for d in THANH_HOA_DISTRICTS}
    district = districts.get(unit.code.removeprefix("TH."))
    if district is None:
        return "sector"
    if district.level != "huyện":
        return "town"
    if district.highland:
        return "mountain"
    return "coast" if district.code in _COASTAL else "plain"


def _plan_clusters(ctx: DemoContext, root: PlannedUnit) -> list[tuple]:
    """(owner id, [(cluster name, member ids, leader id)]) per grouping "Cụm thi đua 2022"."""
    rng = ctx.rng("clusters")
    by_code = {unit.code: unit for unit in ctx.plan.units if unit.kind != UnitKind.GRASSROOTS}
    out = []
    if root.kind == UnitKind.NATIONAL:
        clusters = [(name, [by_code[code].id for code in codes.split()]) for name, codes in _REGIONS]
        out.append((root.id, [(name, ids, rng.choice(ids)) for name, ids in clusters]))
    province = by_code["TH"]
    uppers = [u for u in ctx.plan.units if u.parent_id == province.id]
    if ctx.scale == "small":  # three upper units: two clusters rather than three clusters of one
        territorial = [u.id for u in uppers if _district_group(u) != "sector"]
        groups = {"Cụm thi đua số 1 – các LĐLĐ huyện, thành phố": territorial,
                  "Cụm thi đua số 2 – các công đoàn ngành": [u.id for u in uppers if u.id not in territorial]}
    else:
        groups = {name: [u.id for u in uppers if _district_group(u) == key] for key, name in _TH_CLUSTERS}
    out.append((province.id, [(name, ids, rng.choice(ids)) for name, ids in groups.items() if ids]))
    return out


def write_clusters(ctx: DemoContext) -> None:
    """A grouping "Cụm thi đua 2022" per organising office, its clusters, members and covenants."""
    rng = ctx.rng("covenants")
    grouping_id, cluster_id = next_id("cluster_grouping"), next_id("cluster")
    groupings, clusters, members, covenants = [], [], [], []
    for owner, planned in ctx.campaign_plan.clusters:
        groupings.append((grouping_id, "Cụm thi đua 2022", owner, 2022,
                          "Các cụm thi đua năm 2022; mỗi cụm ký giao ước thi đua đầu năm, cụm trưởng chấm điểm "
                          "và đề nghị xếp loại cuối năm."))
        for number, (name, ids, leader) in enumerate(planned, 1):
            clusters.append((cluster_id, grouping_id, name, leader))
            members += [(cluster_id, grouping_id, unit_id) for unit_id in ids]
            signed = dt.date(2022, 2, rng.randint(10, 25))
            covenants.append((cluster_id, signed.isoformat(), f"Số {number:02d}/GƯTĐ-{number:02d}",
                              f"Ký tại hội nghị ký kết giao ước thi đua năm 2022 của {name[0].lower()}{name[1:]}."))
            cluster_id += 1
        grouping_id += 1
    ctx.insert("cluster_grouping", ("id", "name", "owner_id", "year", "description"), groupings, "Cụm thi đua")
    ctx.insert("cluster", ("id", "grouping_id", "name", "leader_id"), clusters, "Cụm thi đua")
    ctx.insert("cluster_member", ("cluster_id", "grouping_id", "unit_id"), members, "Thành viên cụm")
    ctx.insert("covenant", ("cluster_id", "signed_on", "document_ref", "note"), covenants, "Giao ước thi đua")
