"""Demo initiatives of "1 triệu sáng kiến" and their authors, matching Thanh Hóa's figures exactly.

The seed article: by 31/5/2022 Thanh Hóa had "3.655 công đoàn cơ sở với 308.598 đoàn viên công đoàn tham
gia chương trình với 170.324 tổng số sáng kiến", worth "trên 162 tỷ đồng". At province scale every
grassroots union has at least one initiative, the distinct authors number exactly 308,598 (each a person
of the union where the initiative is applied, so a person counts once), and the benefit adds up to a
total just above 162 billion VND. Counts per unit follow its quota; the benefit is skewed (most
initiatives are worth little, a few a great deal); most initiatives are recognised or applied.

Rows are drawn unit by unit in three passes (people, initiatives, authors) from numbers planned first,
so that ids are known in advance and nothing is read back.
"""

from __future__ import annotations

import datetime as dt
import random
from array import array
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from uniondesk.domain.initiatives import FULL_SHARE_BP, InitiativeStatus, RecognisedBy
from uniondesk.domain.units import UnitKind
from uniondesk.services.demo.campaigns import MILLION_CODE, next_id
from uniondesk.services.demo.names import person_name
from uniondesk.services.demo.titles import SOCIAL, Title, TitleMaker, category
from uniondesk.services.demo.tree import PlannedUnit, allocate
from uniondesk.store.db import database

if TYPE_CHECKING:
    from uniondesk.services.demo.build import DemoContext

PHASE_ONE_END = dt.date(2022, 5, 31)
MAX_AUTHORS = 5


@dataclass(frozen=True)
class Figures:
    initiatives: int
    authors: int  # distinct people authoring at least one initiative ("đoàn viên tham gia")
    benefit: tuple[int, int]  # the total benefit in VND is drawn in this range
    window: tuple[dt.date, dt.date]  # registration dates; also the day the figures describe
    participation: float = 1.0  # share of the grassroots unions taking part


THANH_HOA_31_MAY_2022 = Figures(170_324, 308_598, (162_010_000_000, 162_099_999_999),
                                (dt.date(2022, 1, 8), PHASE_ONE_END))
SMALL = Figures(412, 706, (405_000_000, 409_999_999), (dt.date(2022, 1, 8), PHASE_ONE_END))
# The rest of the country over both phases. The real programme passed 2 million initiatives worth
# 3.3×10^13 VND; built in full (2.0 million initiatives, 2.6 million authors) the national demo took 15
# minutes and 2.7 GB, so it holds about a third of that, with the same shape.
REST_OF_COUNTRY = Figures(630_000, 790_000, (11_180_000_000_000, 11_190_000_000_000),
                          (dt.date(2022, 1, 8), dt.date(2023, 9, 1)), participation=0.9)

# Authors per initiative (1 to 5) and their shares in basis points, first author first.
_AUTHOR_COUNTS = [1, 2, 3, 4, 5]
_AUTHOR_WEIGHTS = [0.42, 0.72, 0.88, 0.96, 1.0]  # cumulative
_SHARES = {1: [(10_000,)],
           2: [(5_000, 5_000), (6_000, 4_000), (7_000, 3_000), (5_500, 4_500)],
           3: [(4_000, 3_000, 3_000), (5_000, 3_000, 2_000), (3_400, 3_300, 3_300), (6_000, 2_000, 2_000)],
           4: [(2_500,) * 4, (4_000, 2_000, 2_000, 2_000), (3_000, 3_000, 2_000, 2_000)],
           5: [(2_000,) * 5, (3_000, 2_000, 2_000, 1_500, 1_500)]}
# Benefit: share of initiatives with a social benefit only, and the log-normal centre of the others.
_NO_MONEY = {"industry": 0.03, "health": 0.12, "office": 0.15, "higher": 0.2, "school": 0.3, "kindergarten": 0.4}
_BENEFIT_MU = {"industry": 13.4, "health": 12.7, "office": 12.3, "higher": 12.5, "school": 12.0, "kindergarten": 11.8}
_POSITIONS = {
    "industry": (["Công nhân", "Kỹ thuật viên", "Kỹ sư", "Tổ trưởng sản xuất", "Nhân viên văn phòng"],
                 [60, 12, 10, 8, 10]),
    "school": (["Giáo viên", "Tổ trưởng chuyên môn", "Nhân viên"], [80, 12, 8]),
    "kindergarten": (["Giáo viên mầm non", "Nhân viên nuôi dưỡng"], [85, 15]),
    "higher": (["Giảng viên", "Chuyên viên"], [70, 30]),
    "health": (["Bác sĩ", "Điều dưỡng", "Kỹ thuật viên xét nghiệm", "Dược sĩ", "Nhân viên"], [30, 40, 10, 8, 12]),
    "office": (["Chuyên viên", "Công chức", "Viên chức", "Kế toán", "Nhân viên"], [35, 25, 20, 8, 12]),
}


@dataclass(slots=True)
class UnitLoad:
    """What one grassroots union contributes."""

    unit: PlannedUnit
    cat: str
    initiatives: int
    authors: int
    collective: int  # initiatives whose only author is the union itself, as a collective
    officers: list[tuple[int, str]]  # union officers (already written) among its authors: (id, name)
    first_person: int  # id of the first new person
    first_initiative: int
    offset: int = 0  # of its first initiative in the group's arrays


@dataclass
class Group:
    figures: Figures
    loads: list[UnitLoad]
    benefits: array = field(default_factory=lambda: array("q"))  # per initiative, in id order
    authors_per: bytearray = field(default_factory=bytearray)  # per initiative; 0 = collective author only


@dataclass
class InitiativePlan:
    campaign_id: int
    phase_ids: tuple[int, int]
    groups: list[Group]
    people: int = 0
    initiatives: int = 0
    author_rows: int = 0


def allocate_bounded(total: int, weights: list[float], low: int, caps: list[int] | None = None) -> list[int]:
    """Split ``total`` by ``weights`` with every part in [low, cap]: the excess of a capped part is
    shared again among the others, so the parts still add up exactly."""
    parts = [low] * len(weights)
    rest = total - low * len(weights)
    open_ = [i for i in range(len(weights)) if caps is None or caps[i] > low]
    if rest < 0 or (caps is not None and sum(caps) < total):
        raise ValueError("allocate_bounded: the total does not fit the bounds")
    while rest > 0:
        shares = allocate(rest, [weights[i] for i in open_])
        rest, still = 0, []
        for i, share in zip(open_, shares, strict=True):
            room = caps[i] - parts[i] if caps is not None else share
            taken = min(share, room)
            parts[i] += taken
            rest += share - taken
            if caps is None or parts[i] < caps[i]:
                still.append(i)
        open_ = still
    return parts


def _groups(ctx: DemoContext) -> list[tuple[Figures, list[PlannedUnit]]]:
    grassroots = [u for u in ctx.plan.units if u.kind == UnitKind.GRASSROOTS]
    if ctx.scale == "small":
        return [(SMALL, grassroots)]
    if ctx.scale == "province":
        return [(THANH_HOA_31_MAY_2022, grassroots)]
    province = next(u for u in ctx.plan.units if u.code == "TH")
    inside = [u for u in grassroots if u.path.startswith(province.path)]
    outside = [u for u in grassroots if not u.path.startswith(province.path)]
    return [(THANH_HOA_31_MAY_2022, inside), (REST_OF_COUNTRY, outside)]


def _officers() -> dict[int, list[tuple[int, str]]]:
    """(id, name) of the union officers already written, by unit."""
    out: dict[int, list[tuple[int, str]]] = {}
    for person_id, unit_id, name in database.execute_sql("SELECT id, unit_id, full_name FROM person ORDER BY id"):
        out.setdefault(unit_id, []).append((person_id, name))
    return out


def plan_initiatives(ctx: DemoContext) -> InitiativePlan:
    campaigns = ctx.campaign_plan
    plan = InitiativePlan(campaigns.ids[MILLION_CODE],
                          (campaigns.phase_ids[(MILLION_CODE, 1)], campaigns.phase_ids[(MILLION_CODE, 2)]), [])
    officers = _officers()
    person, initiative = next_id("person"), next_id("initiative")
    rng = ctx.rng("initiative-plan")
    for figures, units in _groups(ctx):
        if figures.participation < 1:
            units = sorted(rng.sample(units, round(len(units) * figures.participation)), key=lambda u: u.id)
        group = Group(figures, _loads(ctx, rng, figures, units, officers))
        for load in group.loads:
            load.first_person, load.first_initiative = person, initiative
            load.offset = len(group.authors_per)
            person += load.authors - len(load.officers)
            initiative += load.initiatives
            _draw_initiatives(rng, load, group)
        plan.groups.append(group)
        _scale_benefits(rng, group)
        ctx.check_cancel()
    plan.people = sum(load.authors - len(load.officers) for group in plan.groups for load in group.loads)
    plan.initiatives = sum(len(group.authors_per) for group in plan.groups)
    plan.author_rows = sum(sum(group.authors_per) + group.authors_per.count(0) for group in plan.groups)
    ctx.expect(plan.people + plan.initiatives + plan.author_rows - estimate(ctx.scale))  # now exact
    return plan


def estimate(scale: str) -> int:
    """Rows the initiatives step will write, about (for the progress bar before the plan is made)."""
    figures = {"small": [SMALL], "province": [THANH_HOA_31_MAY_2022],
               "national": [THANH_HOA_31_MAY_2022, REST_OF_COUNTRY]}[scale]
    return sum(f.authors + 3 * f.initiatives for f in figures)


def _loads(ctx: DemoContext, rng: random.Random, figures: Figures, units: list[PlannedUnit],
           officers: dict[int, list[tuple[int, str]]]) -> list[UnitLoad]:
    """Initiatives per union by its quota (with some luck), authors by its members."""
    quotas = ctx.campaign_plan.quotas[MILLION_CODE]
    counts = allocate_bounded(figures.initiatives, [(quotas[u.id][0] + 1) * rng.lognormvariate(0, 0.35)
                                                    for u in units], 1)
    collective = [1 if n >= 3 and rng.random() < 0.03 else 0 for n in counts]
    caps = [min(u.members, MAX_AUTHORS * (n - c)) for u, n, c in zip(units, counts, collective, strict=True)]
    authors = allocate_bounded(figures.authors, [u.members * rng.uniform(0.75, 1.1) for u in units], 1, caps)
    return [UnitLoad(u, category(u.role), n, a, c, officers.get(u.id, [])[:a], 0, 0)
            for u, n, a, c in zip(units, counts, authors, collective, strict=True)]


def _draw_initiatives(rng: random.Random, load: UnitLoad, group: Group) -> None:
    """Authors per initiative (enough slots for every author of the union) and a raw benefit each."""
    singles = load.initiatives - load.collective
    per = [min(n, load.authors) for n in rng.choices(_AUTHOR_COUNTS, cum_weights=_AUTHOR_WEIGHTS, k=singles)]
    deficit = load.authors - sum(per)
    while deficit > 0:  # a union with many authors for few initiatives: more co-authors each
        for i in rng.sample(range(singles), singles):
            if deficit and per[i] < MAX_AUTHORS:
                per[i] += 1
                deficit -= 1
    per += [0] * load.collective
    rng.shuffle(per)
    group.authors_per.extend(per)
    no_money, mu = _NO_MONEY[load.cat], _BENEFIT_MU[load.cat]
    for _ in range(load.initiatives):
        if rng.random() < no_money:
            group.benefits.append(0)
        elif load.cat == "industry" and rng.random() < 0.002:  # the rare big one: a line, a furnace
            group.benefits.append(int(rng.lognormvariate(19.5, 0.8)))
        else:
            group.benefits.append(int(rng.lognormvariate(mu, 1.3)))


def _scale_benefits(rng: random.Random, group: Group) -> None:
    """Scale the raw values to a total in the figures' range, rounded to thousands of đồng."""
    total = rng.randint(*group.figures.benefit)
    raw = sum(group.benefits)
    factor = total / raw
    values = group.benefits
    for i, value in enumerate(values):
        values[i] = int(value * factor) // 1000 * 1000
    biggest = max(range(len(values)), key=values.__getitem__)
    values[biggest] += total - sum(values)


# --- writing ------------------------------------------------------------------------------------------

PERSON_COLUMNS = ("id", "full_name", "name_folded", "gender", "birth_year", "position", "unit_id")
INITIATIVE_COLUMNS = ("id", "campaign_id", "phase_id", "unit_id", "title", "title_folded", "title_sort", "field",
                      "summary", "benefit_vnd", "social_benefit", "registered_on", "recognised_on", "applied_on",
                      "status", "recognised_by", "decision_no", "decision_on", "confidential")
AUTHOR_COLUMNS = ("initiative_id", "person_id", "author_unit_id", "share_bp", "campaign_id", "unit_id")
_FTS_SQL = "INSERT INTO initiative_fts (rowid, title, body) VALUES (?, ?, ?)"


def write_initiatives(ctx: DemoContext) -> None:
    """Union by union, a batch at a time: the authors (new people of the union), its initiatives, who
    authored which, and the search index rows (known here already; rebuilding them afterwards from
    the tables took longer than the whole build)."""
    plan = ctx.initiative_plan = plan_initiatives(ctx)
    rows = _Rows(ctx, plan)
    for group in plan.groups:
        rows.start(group)
        for chunk in _chunks(group.loads):
            ctx.insert("person", PERSON_COLUMNS, rows.people(chunk), "Tác giả sáng kiến")
            initiatives, authors, index = rows.initiatives(chunk)
            ctx.insert("initiative", INITIATIVE_COLUMNS, initiatives, "Sáng kiến")
            ctx.insert("initiative_author", AUTHOR_COLUMNS, authors, "Sáng kiến")
            database.connection().executemany(_FTS_SQL, index)


def _chunks(loads: list[UnitLoad], size: int = 5_000):
    chunk: list[UnitLoad] = []
    count = 0
    for load in loads:
        chunk.append(load)
        count += load.initiatives
        if count >= size:
            yield chunk
            chunk, count = [], 0
    if chunk:
        yield chunk


@dataclass(frozen=True)
class _Day:
    iso: str
    month: str  # "3/2022"


def _days(window: tuple[dt.date, dt.date]) -> list[_Day]:
    start, end = window
    out = []
    for offset in range((end - start).days + 1):
        day = start + dt.timedelta(days=offset)
        out.append(_Day(day.isoformat(), f"{day.month}/{day.year}"))
    return out


_DECISION_SUFFIX = {"industry": "GĐ", "school": "HT", "kindergarten": "MN", "higher": "ĐH", "health": "BV",
                    "office": "UBND"}
_APPLIED, _RECOGNISED = str(InitiativeStatus.APPLIED), str(InitiativeStatus.RECOGNISED)
_REGISTERED, _REFUSED = str(InitiativeStatus.REGISTERED), str(InitiativeStatus.NOT_RECOGNISED)


class _Rows:
    """Makes the rows of one chunk of unions; remembers the names of the people it made for the index."""

    def __init__(self, ctx: DemoContext, plan: InitiativePlan):
        self.ctx, self.plan = ctx, plan
        self.people_rng, self.rng = ctx.rng("authors"), ctx.rng("initiatives")
        self.titles = TitleMaker(self.rng)
        self.names: dict[int, str] = {}  # person id -> name, for the chunk being written

    def start(self, group: Group) -> None:
        self.group = group
        self.days = _days(group.figures.window)
        self.phase_two = (PHASE_ONE_END - group.figures.window[0]).days + 1  # first day offset of phase 2

    def people(self, chunk: list[UnitLoad]):
        rng, fold = self.people_rng, self.ctx.fold
        self.names = {}
        for load in chunk:
            self.names.update(load.officers)
            positions, weights = _POSITIONS[load.cat]
            new = load.authors - len(load.officers)
            chosen = rng.choices(positions, weights, k=new)
            for offset in range(new):
                name, gender = person_name(rng, load.unit.highland)
                self.names[load.first_person + offset] = name
                yield (load.first_person + offset, name, fold(name), gender, rng.randint(1963, 2001), chosen[offset],
                       load.unit.id)

    def initiatives(self, chunk: list[UnitLoad]) -> tuple[list[tuple], list[tuple], list[tuple]]:
        initiatives, authors, index = [], [], []
        for load in chunk:
            ring = [person for person, _ in load.officers]
            ring += range(load.first_person, load.first_person + load.authors - len(load.officers))
            self.rng.shuffle(ring)
            at, decision = 0, self.rng.randint(3, 40)
            unit_words = self.titles.search_words(load.unit.name)
            for number in range(load.initiatives):
                row, title, summary = self._initiative(load, number, decision)
                decision += row[-2] is not None  # decision_on: the unit numbers its decisions in turn
                initiatives.append(row)
                count = self.group.authors_per[load.offset + number]
                names = self._authors(authors, row[0], load, [ring[(at + k) % len(ring)] for k in range(count)])
                at += count
                body = [self.titles.search_words(summary)] if summary else []
                body += [self.titles.search_words(name) for name in names] if count else [unit_words]
                index.append((row[0], title.search, " ".join(body)))
        return initiatives, authors, index

    def _initiative(self, load: UnitLoad, number: int, decision: int) -> tuple[tuple, Title, str]:
        rng, days = self.rng, self.days
        last = len(days) - 1
        on = min(last, int(rng.triangular(0, last + 1, last * 0.8)))  # entries crowd towards the deadline
        title = self.titles.title(load.cat)
        status, seen, used, by, draw = _REGISTERED, None, None, None, rng.random()
        if draw < 0.97:
            seen_at = on + rng.randint(5, 40)
            if draw < 0.85 and seen_at <= last:
                status, seen = _RECOGNISED, days[seen_at].iso
                used_at = seen_at + rng.randint(0, 30)
                if draw < 0.52 and used_at <= last:
                    status, used = _APPLIED, days[used_at].iso
        else:
            status, seen = _REFUSED, days[min(last, on + rng.randint(5, 40))].iso
        if seen:
            big = load.unit.members >= 150
            by = str(RecognisedBy.COUNCIL if big or rng.random() < 0.3 else RecognisedBy.UNIT_HEAD)
        benefit = self.group.benefits[load.offset + number]
        secret = load.cat == "industry" and benefit > 0 and rng.random() < 0.001
        summary = "" if secret else self.titles.summary(load.cat, days[on].month)
        decision_no = f"{decision}/QĐ-{'HĐSK' if by == 'council' else _DECISION_SUFFIX[load.cat]}" if seen else ""
        row = (load.first_initiative + number, self.plan.campaign_id, self.plan.phase_ids[on >= self.phase_two],
               load.unit.id, title.text, title.folded, title.sort_key, title.field, summary, benefit,
               "" if benefit else SOCIAL[load.cat], days[on].iso, seen if status != _REFUSED else None, used,
               status, by, decision_no, seen, int(secret))
        return row, title, summary

    def _authors(self, out: list[tuple], initiative: int, load: UnitLoad, people: list[int]) -> list[str]:
        """Author rows of one initiative; returns the authors' names, in order."""
        unit, campaign = load.unit.id, self.plan.campaign_id
        if not people:  # the union itself, as a collective author
            out.append((initiative, None, unit, FULL_SHARE_BP, campaign, unit))
            return []
        for person, share in zip(people, self.rng.choice(_SHARES[len(people)]), strict=True):
            out.append((initiative, person, None, share, campaign, unit))
        return [self.names[person] for person in people]
