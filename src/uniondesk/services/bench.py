"""The project's benchmark: build a demo dataset, time each case several times, compare with baselines.

A case is a callable timed ``repeat`` times (median and minimum are reported). Where the same work can
be done with the raw library (``sqlite3`` without our layers), that baseline is timed in the same run
and the ratio printed, so a slow result says whether the cost is ours or SQLite's. Cases that need Qt
live in ``ui/bench_cases.py`` and are handed in by the command line (services never import Qt).
Later issues add their cases to ``core_cases`` or to the Qt ones.
"""

from __future__ import annotations

import itertools
import os
import platform
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from uniondesk.domain.errors import InputError
from uniondesk.domain.text import fold, vi_compare, vi_sort_key
from uniondesk.services import demo, installation
from uniondesk.services import progress as campaign_progress
from uniondesk.store.db import database, open_database
from uniondesk.store.queries import units as unit_queries

Progress = Callable[[int, int, str], None]


class Skip(Exception):  # noqa: N818 - reads as "raise Skip(reason)"
    """A case cannot run here (its feature is missing); the reason is printed instead of a time."""


class Elapsed(float):
    """Returned by a case that measures its own time (e.g. from a process start to a printed stamp)."""


@dataclass
class Case:
    name: str
    run: Callable[[], object]
    target: str = ""  # as printed, e.g. "≤ 300 ms"
    limit: float | None = None  # seconds; above it the case is reported "slow"
    repeat: int = 5
    baseline: Callable[[], object] | None = None
    baseline_name: str = ""


@dataclass
class Result:
    name: str
    target: str = ""
    runs: int = 0
    median: float | None = None  # seconds
    minimum: float | None = None
    baseline_name: str = ""
    baseline_median: float | None = None
    ratio: float | None = None  # median / baseline median
    status: str = "info"  # "ok", "slow", "info" (no target) or "skipped"
    note: str = ""

    def as_dict(self) -> dict:
        out = asdict(self)
        for key in ("median", "minimum", "baseline_median"):
            seconds = out.pop(key)
            out[key + "_ms"] = None if seconds is None else round(seconds * 1000, 3)
        return out


@dataclass
class BenchContext:
    """The dataset every case runs against."""

    scale: str
    db_path: Path
    home_id: int
    upper_id: int  # the upper unit with the most children
    summary: demo.DemoSummary
    cleanups: list[Callable[[], None]] = field(default_factory=list)  # run when the bench ends


@dataclass
class BenchReport:
    scale: str
    results: list[Result] = field(default_factory=list)
    environment: dict = field(default_factory=dict)

    def as_dict(self) -> dict:
        return {"scale": self.scale, "environment": self.environment,
                "results": [result.as_dict() for result in self.results]}


def _timed(function: Callable[[], object]) -> float:
    started = time.perf_counter()
    outcome = function()
    elapsed = time.perf_counter() - started
    return float(outcome) if isinstance(outcome, Elapsed) else elapsed


def _status(limit: float | None, median: float) -> str:
    if limit is None:
        return "info"
    return "ok" if median <= limit else "slow"


def measure(case: Case) -> Result:
    """Run the case (and its baseline, alternately) ``repeat`` times."""
    result = Result(case.name, case.target, baseline_name=case.baseline_name)
    times, baseline_times = [], []
    try:
        for _ in range(case.repeat):
            times.append(_timed(case.run))
            if case.baseline:
                baseline_times.append(_timed(case.baseline))
    except Skip as reason:
        result.status, result.note = "skipped", str(reason)
        return result
    result.runs, result.median, result.minimum = len(times), statistics.median(times), min(times)
    if baseline_times:
        result.baseline_median = statistics.median(baseline_times)
        result.ratio = result.median / result.baseline_median if result.baseline_median > 0 else None
    result.status = _status(case.limit, result.median)
    return result


def single(name: str, seconds: float, target: str = "", limit: float | None = None, note: str = "") -> Result:
    """A result measured once, outside ``measure`` (the demo build that makes the dataset)."""
    return Result(name, target, 1, seconds, seconds, status=_status(limit, seconds), note=note)


# --- core cases: no Qt ------------------------------------------------------------------------------

# The raw-library baseline of ``queries.units.children``: the same rows and subtree totals, written
# directly against sqlite3 and sorted with the same Vietnamese key. The ratio is the price of our
# layers (peewee, row objects).
_RAW_CHILDREN = """
SELECT u.id, u.code, u.name, u.kind, u.status, u.closed_on,
  (SELECT coalesce(sum(CASE WHEN d.kind IN ('section', 'team') AND d.id != u.id THEN 0 ELSE d.members END), 0)
     FROM unit d WHERE d.path >= u.path AND d.path < substr(u.path, 1, length(u.path) - 1) || '0'
     AND d.status = 'live' AND d.deleted = 0),
  (SELECT count(*) FROM unit d WHERE d.path >= u.path AND d.path < substr(u.path, 1, length(u.path) - 1) || '0'
     AND d.status = 'live' AND d.deleted = 0 AND d.kind = 'grassroots'),
  (SELECT count(*) FROM unit c WHERE c.parent_id = u.id AND c.deleted = 0 AND c.status = 'live')
FROM unit u WHERE u.parent_id = ? AND u.deleted = 0 AND u.status = 'live'
"""
_RAW_FILTER = ("SELECT id, path FROM unit WHERE deleted = 0 AND status = 'live' "
               "AND (name_folded LIKE ? ESCAPE '\\' OR lower(code) LIKE ? ESCAPE '\\') LIMIT 2001")
# A keystroke's budget (issue 2, "Speed") is set for a province; nationally it is measured for information.
FILTER_TARGET = {"small": ("≤ 50 ms", 0.050), "province": ("≤ 50 ms", 0.050)}
# What an officer types, one keystroke at a time: each run times the next text.
KEYSTROKES = ["thanh hoa", "thanh hoa x", "truong", "truong t", "truong th", "cong ty", "cong ty t", "benh vien"]


def raw_connection(db_path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(db_path), check_same_thread=False)
    conn.create_collation("VI", vi_compare)
    return conn


def raw_children(conn: sqlite3.Connection, parent_id: int) -> list[tuple]:
    rows = conn.execute(_RAW_CHILDREN, (parent_id,)).fetchall()
    return sorted(rows, key=lambda row: (vi_sort_key(row[2]), row[1]))


def core_cases(ctx: BenchContext) -> list[Case]:
    raw = raw_connection(ctx.db_path)
    ctx.cleanups.append(raw.close)
    texts = itertools.cycle(KEYSTROKES)
    raw_texts = itertools.cycle(KEYSTROKES)

    def raw_filter() -> None:
        like = f"%{fold(next(raw_texts))}%"
        raw.execute(_RAW_FILTER, (like, like)).fetchall()

    filter_target, filter_limit = FILTER_TARGET.get(ctx.scale, ("", None))
    return [
        Case("children of the home unit (query)", lambda: unit_queries.children(ctx.home_id),
             "≤ 100 ms", 0.100, 7, lambda: raw_children(raw, ctx.home_id), "raw sqlite3: same SQL, same sort"),
        Case("children of the busiest upper unit (query)", lambda: unit_queries.children(ctx.upper_id),
             "≤ 100 ms", 0.100, 7, lambda: raw_children(raw, ctx.upper_id), "raw sqlite3: same SQL, same sort"),
        Case("filter keystroke (query)", lambda: unit_queries.filter_tree(next(texts)),
             filter_target, filter_limit, len(KEYSTROKES), raw_filter, "raw sqlite3, query only"),
    ]


PROGRESS_TARGETS = {  # (home unit's children, busiest upper unit's children)
    "province": (("≤ 100 ms", 0.100), ("≤ 150 ms", 0.150)),
    "national": (("≤ 2 s", 2.0), ("", None)),
}
_RAW_TALLY = ("SELECT unit_id, count(*), sum(status IN ('recognised', 'applied')), sum(benefit_vnd) "
              "FROM initiative WHERE campaign_id = ? AND deleted = 0 GROUP BY unit_id")


def _busiest_campaign() -> int | None:
    row = database.execute_sql("SELECT campaign_id FROM initiative WHERE deleted = 0 GROUP BY campaign_id "
                               "ORDER BY count(*) DESC LIMIT 1").fetchone()
    return row[0] if row else None


def progress_cases(ctx: BenchContext) -> list[Case]:
    """Campaign progress (issue 3) on the campaign with the most initiatives; skipped without one."""
    campaign_id = _busiest_campaign()
    if campaign_id is None:
        def skip() -> None:
            raise Skip("no campaign with initiatives in this dataset")
        return [Case("progress of the home unit's children", skip)]
    raw = raw_connection(ctx.db_path)
    ctx.cleanups.append(raw.close)
    home, upper = PROGRESS_TARGETS.get(ctx.scale, (("", None), ("", None)))

    def raw_tally() -> None:
        raw.execute(_RAW_TALLY, (campaign_id,)).fetchall()

    return [
        Case("progress of the home unit's children", lambda: campaign_progress.progress(campaign_id, ctx.home_id),
             *home, 5, raw_tally, "raw sqlite3: per-unit tally query alone"),
        Case("progress of the busiest upper unit's children", lambda: campaign_progress.progress(campaign_id, ctx.upper_id),
             *upper, 5, raw_tally, "raw sqlite3: per-unit tally query alone"),
    ]


# Each feature keeps its cases beside it: services/bench_<feature>.py with ``cases(ctx) -> list[Case]``.
FEATURE_CASES = ("bench_initiatives", "bench_excel", "bench_awards", "bench_sync")


def feature_case_modules() -> list:
    import importlib

    return [importlib.import_module(f"uniondesk.services.{name}") for name in FEATURE_CASES]


# --- running ----------------------------------------------------------------------------------------

DEMO_LIMITS = {"province": ("≤ 60 s", 60.0)}


def _dataset(scale: str, folder: Path, progress: Progress | None) -> tuple[BenchContext, Result]:
    path = folder / f"bench-{scale}.sqlite3"
    # No lock: the startup case opens the same file from a second process.
    handle = open_database(path, lock=False)
    try:
        summary = demo.build_demo(scale, progress=progress)
        home_id, upper_id = _home_and_busiest_upper()
    except BaseException:
        handle.close()
        raise
    target, limit = DEMO_LIMITS.get(scale, ("", None))
    built = single(f"demo --scale {scale} (build)", summary.seconds, target, limit,
                   note=f"{summary.units} units, {summary.grassroots} grassroots, {summary.people} people")
    return BenchContext(scale, path, home_id, upper_id, summary, [handle.close]), built


def _home_and_busiest_upper() -> tuple[int, int]:
    """The home unit, and the upper unit with the most children (one level further down when the home
    unit's children are provinces)."""
    home = installation.home_unit()
    level = [row for row in unit_queries.children(home.id) if row.child_count]
    busiest = max(level, key=lambda row: row.child_count) if level else None
    if busiest is None:
        return home.id, home.id
    if busiest.kind != "upper":
        below = [row for row in unit_queries.children(busiest.id) if row.kind == "upper"]
        if below:
            return home.id, max(below, key=lambda row: row.child_count).id
    return home.id, busiest.id


def environment() -> dict:
    return {"python": platform.python_version(), "sqlite": sqlite3.sqlite_version,
            "platform": platform.platform(), "cpus": os.cpu_count(), "executable": sys.executable}


GROUPS = ("core", "progress", *(name.removeprefix("bench_") for name in FEATURE_CASES), "ui")


def _case_factories(only: Iterable[str] | None, extra) -> list[Callable[[BenchContext], list[Case]]]:
    """The case groups to run (all by default): a group's cases are only prepared when it is chosen."""
    chosen = set(only or GROUPS)
    factories = {"core": core_cases, "progress": progress_cases,
                 **{name.removeprefix("bench_"): module.cases
                    for name, module in zip(FEATURE_CASES, feature_case_modules())}}
    return [factory for group, factory in factories.items() if group in chosen] + (list(extra) if "ui" in chosen else [])


def run_bench(scale: str, progress: Progress | None = None,
              extra: Iterable[Callable[[BenchContext], list[Case]]] = (),
              only: Iterable[str] | None = None) -> BenchReport:
    """Build the ``scale`` demo in a temporary folder and time every case (of the ``only`` groups) against it."""
    if scale not in demo.SCALES:
        raise InputError(f"Quy mô “{scale}” không hợp lệ; chọn một trong: {', '.join(demo.SCALES)}.", "scale")
    report = BenchReport(scale, environment=environment())
    with tempfile.TemporaryDirectory(prefix="uniondesk-bench-") as folder:
        ctx, built = _dataset(scale, Path(folder), progress)
        report.results.append(built)
        try:
            cases = [case for factory in _case_factories(only, extra) for case in factory(ctx)]
            for number, case in enumerate(cases, start=1):
                if progress:
                    progress(number, len(cases), case.name)
                report.results.append(measure(case))
        finally:
            for cleanup in reversed(ctx.cleanups):
                cleanup()
    return report
