"""Build a demo database: a list of steps run in one transaction, written in bulk.

Rows go through ``executemany`` on peewee's own connection: creating them one by one through the
models is 10–18 times slower (architecture.md, "Facts measured"). Identities come from a seeded
generator and a fixed clock, so the same seed gives the same codes, names and uuids every time.
Later issues add steps (awards, …) to ``STEPS``.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import time
from collections.abc import Callable, Iterable, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from uniondesk.domain.errors import Cancelled, InputError
from uniondesk.domain.text import fold
from uniondesk.services import installation
from uniondesk.services.actor import Actor
from uniondesk.services.demo import people
from uniondesk.services.demo.awards import write_awards
from uniondesk.services.demo import initiatives
from uniondesk.services.demo.campaigns import plan_campaigns, write_campaigns, write_clusters
from uniondesk.services.demo.national import plan_national
from uniondesk.services.demo.tree import TreePlan, plan_small, plan_thanh_hoa
from uniondesk.store.db import database
from uniondesk.store.models import SYNCED_MODELS, AuditEntry, Unit

if TYPE_CHECKING:
    from uniondesk.services.demo.campaigns import CampaignPlan
    from uniondesk.services.demo.initiatives import InitiativePlan

Progress = Callable[[int, int, str], None]

SCALES = ("small", "province", "national")
# The day the figures describe: Thanh Hóa's report of 31 May 2022; the 34 provinces of 1 July 2025.
REFERENCE_DAY = {"small": dt.date(2022, 5, 31), "province": dt.date(2022, 5, 31), "national": dt.date(2025, 7, 1)}
UUID_EPOCH_MILLIS = 1_653_955_200_000  # 31 May 2022 00:00 UTC: uuids stay time-ordered and reproducible
BATCH = 5_000
SYNC_COLUMNS = ("uuid", "origin", "version", "writer", "deleted", "changed_by")


@dataclass
class DemoSummary:
    scale: str
    seed: int
    home_code: str
    units: int
    grassroots: int
    members: int
    people: int
    seconds: float
    campaigns: int = 0
    initiatives: int = 0
    authors: int = 0  # people added as authors of initiatives (``people`` are the union officers)

    def as_dict(self) -> dict:
        return dict(self.__dict__)


@dataclass
class DemoContext:
    """What the steps share: the seed, the actor, the plan and the progress of the whole build."""

    scale: str
    seed: int
    actor: Actor
    day: dt.date
    progress: Progress | None = None
    cancel: Callable[[], bool] | None = None
    plan: TreePlan | None = None
    campaign_plan: CampaignPlan | None = None
    initiative_plan: InitiativePlan | None = None
    counts: dict[str, int] = field(default_factory=dict)
    officers: int = 0  # people written as union officers (the rest are authors of initiatives)
    total: int = 0
    done: int = 0
    _millis: int = UUID_EPOCH_MILLIS
    _uuid_rng: random.Random | None = None
    _version: int = 0
    _folded_words: dict[str, str] = field(default_factory=dict)
    _indexes: list[tuple[str, str]] = field(default_factory=list)  # (name, sql) dropped while loading

    def rng(self, topic: str) -> random.Random:
        """A generator of its own per topic, so that a new step never changes what earlier steps drew."""
        return random.Random(f"{self.seed}:{topic}")

    def sync_values(self) -> tuple:
        """uuid, origin, version, writer, deleted, changed_by for one new row."""
        if self._uuid_rng is None:
            self._uuid_rng = self.rng("uuid")
            self._version = self.actor.clock.tick()
        self._millis += 1
        # Consecutive versions, as the clock's counter would give them, without a locked tick per row;
        # ``finish`` moves the clock past the last one.
        self._version += 1
        return (uuid_text(self._uuid_rng, self._millis), self.actor.installation_id, self._version,
                self.actor.installation_id, 0, self.actor.officer)

    def fold(self, text: str) -> str:
        """``domain.text.fold`` word by word with a cache: names repeat their words endlessly."""
        words = self._folded_words
        out = []
        for word in text.split():
            folded = words.get(word)
            if folded is None:
                folded = words[word] = fold(word)
            out.append(folded)
        return " ".join(out)

    def expect(self, rows: int) -> None:
        self.total += rows

    def insert(self, table: str, columns: Sequence[str], rows: Iterable[tuple], message: str) -> int:
        """Insert rows (without their sync columns, which are added here) in batches, checking cancel."""
        columns = (*SYNC_COLUMNS, *columns)
        sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        conn = database.connection()
        batch: list[tuple] = []
        written = 0
        for row in rows:
            batch.append(self.sync_values() + tuple(row))
            if len(batch) >= BATCH:
                written += self._flush(conn, sql, batch, message)
        written += self._flush(conn, sql, batch, message)
        self.counts[table] = self.counts.get(table, 0) + written
        return written

    def check_cancel(self) -> None:
        if self.cancel and self.cancel():
            raise Cancelled("Đã hủy tạo dữ liệu mẫu; cơ sở dữ liệu không thay đổi.")

    @property
    def last_version(self) -> int:
        return self._version

    def _flush(self, conn, sql: str, batch: list[tuple], message: str) -> int:
        self.check_cancel()
        conn.executemany(sql, batch)
        size = len(batch)
        batch.clear()
        self.report(size, message)
        return size

    def report(self, rows: int, message: str) -> None:
        self.done += rows
        if self.progress:
            self.progress(min(self.done, self.total), max(self.total, self.done), message)


def uuid_text(rng: random.Random, millis: int) -> str:
    """``domain.identity.new_uuid(rng, millis)``, the same value from the same draw, written out without
    building a ``uuid.UUID``: the province demo makes nearly a million of them."""
    rand = rng.getrandbits(74)
    value = ((millis & _MILLIS_MASK) << 80 | 0x7 << 76 | (rand >> 62) << 64 | 0b10 << 62 | rand & _LOW_62)
    text = f"{value:032x}"
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


_MILLIS_MASK, _LOW_62 = (1 << 48) - 1, (1 << 62) - 1


def _plan_units(ctx: DemoContext) -> None:
    rng = ctx.rng("tree")
    ctx.plan = TreePlan(ctx.day)
    if ctx.scale == "small":
        plan_small(ctx.plan, rng)
    elif ctx.scale == "province":
        plan_thanh_hoa(ctx.plan, rng, None, members_target=rng.randint(335_000, 355_000))
    else:
        plan_national(ctx.plan, rng, thanh_hoa_members=rng.randint(335_000, 355_000))
    ctx.check_cancel()
    ctx.expect(3 * len(ctx.plan.units) + people.expected(ctx.plan))
    ctx.report(0, "Đã lập cây đơn vị")


# A bigger page cache while the demo loads: the new rows' indexes no longer fit in the usual 64 MB.
BUILD_CACHE_KIB = 256 * 1024


def _defer_indexes(ctx: DemoContext) -> None:
    """Drop the secondary indexes of the synced tables while the rows pour in: building an index once
    from sorted keys costs a fraction of keeping it up to date row by row (the uuid keys stay, they
    are part of their tables). In the build's transaction, so a cancelled build gets them back."""
    tables = [model._meta.table_name for model in SYNCED_MODELS]
    marks = ", ".join("?" * len(tables))
    conn = database.connection()
    ctx._indexes = conn.execute(f"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                                f"AND tbl_name IN ({marks}) ORDER BY name", tables).fetchall()
    for name, _ in ctx._indexes:
        conn.execute(f'DROP INDEX "{name}"')


def _rebuild_indexes(ctx: DemoContext) -> None:
    conn = database.connection()
    for number, (_, sql) in enumerate(ctx._indexes, 1):
        ctx.check_cancel()
        ctx.report(0, f"Dựng chỉ mục ({number}/{len(ctx._indexes)})")
        conn.execute(sql)


def _plan_campaigns(ctx: DemoContext) -> None:
    """Quotas and clusters are planned from the tree; the initiatives, which need the people written
    first, are only estimated here so that the progress bar knows the whole build from the start."""
    ctx.campaign_plan = plan_campaigns(ctx)
    ctx.expect(initiatives.estimate(ctx.scale))


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _write_units(ctx: DemoContext) -> None:
    units = ctx.plan.units
    ctx.insert("unit", ("id", "code", "name", "name_folded", "kind", "parent_id", "path", "members",
                        "members_counted_on", "opened_on", "status"),
               ((u.id, u.code, u.name, ctx.fold(u.name), u.kind, u.parent_id, u.path, u.members, _iso(u.counted_on),
                 _iso(u.opened_on), "live") for u in units), "Đơn vị")
    ctx.insert("unit_parent", ("unit_id", "parent_id", "valid_from"),
               ((u.id, u.parent_id, _iso(u.opened_on)) for u in units), "Lịch sử trực thuộc")
    ctx.insert("unit_event", ("unit_id", "kind", "on_date", "other_unit_id", "detail"),
               ((u.id, "created", _iso(u.opened_on or ctx.day), u.parent_id, "{}") for u in units), "Sự kiện")


def _write_people(ctx: DemoContext) -> None:
    ctx.officers = ctx.insert("person", ("full_name", "name_folded", "gender", "birth_year", "position", "unit_id"),
                              people.rows(ctx.plan, ctx.rng("people"), ctx.fold), "Cán bộ công đoàn")


def _finish(ctx: DemoContext) -> None:
    ctx.actor.clock.observe(ctx.last_version)
    home = Unit.get_by_id(ctx.plan.units[0].id)
    installation.set_home_unit(home)
    summary = {"scale": ctx.scale, "seed": ctx.seed, **ctx.counts}
    changes = json.dumps({key: [None, value] for key, value in summary.items()}, ensure_ascii=False)
    AuditEntry.create(at=dt.datetime.now().isoformat(timespec="seconds"), officer=ctx.actor.officer,
                      installation_id=ctx.actor.installation_id, table_name="unit", record_uuid=home.uuid,
                      action="demo", changes=changes)


# (name, step): run in this order inside one transaction.
STEPS: list[tuple[str, Callable[[DemoContext], None]]] = [
    ("plan", _plan_units),
    ("plan campaigns", _plan_campaigns),
    ("defer indexes", _defer_indexes),
    ("units", _write_units),
    ("people", _write_people),
    ("campaigns", write_campaigns),
    ("clusters", write_clusters),
    ("initiatives", initiatives.write_initiatives),
    ("indexes", _rebuild_indexes),
    ("awards", write_awards),
    ("finish", _finish),
]


def build_demo(scale: str, seed: int = 1, officer: str = "Cán bộ demo", progress: Progress | None = None,
               cancel: Callable[[], bool] | None = None) -> DemoSummary:
    """Fill an empty database with a realistic demo tree; refused (``InputError``) on a database in use."""
    if scale not in SCALES:
        raise InputError(f"Quy mô “{scale}” không hợp lệ; chọn một trong: {', '.join(SCALES)}.", "scale")
    started = time.perf_counter()
    with database.atomic():
        if Unit.select().exists():
            raise InputError("Cơ sở dữ liệu này đã có đơn vị; dữ liệu mẫu chỉ được tạo trong một cơ sở dữ liệu "
                             "trống. Hãy chọn một tệp mới (ví dụ --db demo.sqlite3).")
        installation.remember_officer(officer)
        ctx = DemoContext(scale, seed, installation.actor(officer), REFERENCE_DAY[scale], progress, cancel)
        with _page_cache(BUILD_CACHE_KIB):
            for _, step in STEPS:
                step(ctx)
    ctx.total = ctx.done  # reported once committed, the slowest moment of a national build
    ctx.report(0, "Hoàn tất")
    return _summary(ctx, time.perf_counter() - started)


@contextmanager
def _page_cache(kib: int):
    conn = database.connection()
    before = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = {-int(kib)}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {int(before)}")


def _summary(ctx: DemoContext, seconds: float) -> DemoSummary:
    grassroots = [u for u in ctx.plan.units if u.kind == "grassroots"]
    return DemoSummary(ctx.scale, ctx.seed, ctx.plan.units[0].code, len(ctx.plan.units), len(grassroots),
                       sum(u.members for u in grassroots), ctx.officers, round(seconds, 2),
                       ctx.counts.get("campaign", 0), ctx.counts.get("initiative", 0),
                       ctx.counts.get("person", 0) - ctx.officers)
