"""Benchmark cases of issue 4 (initiatives): the list's first page, a search keystroke, saving one
initiative, duplicate suggestions while typing, and the campaign-wide duplicate groups.

``cases(ctx)`` runs against the campaign with the most initiatives of the bench dataset (the province
demo: "1 triệu sáng kiến", 170,324 initiatives); every case is skipped when there is none. Targets are
those of issue 4 ("Speed") at province scale; other scales are measured for information.
"""

from __future__ import annotations

import itertools
import random

from uniondesk.services import installation
from uniondesk.services.bench import BenchContext, Case, Skip, raw_connection
from uniondesk.services.duplicates import duplicate_groups, similar_initiatives
from uniondesk.services.initiatives import AuthorSpec, InitiativeInput, add_initiative, rebuild_search_index
from uniondesk.store.db import database
from uniondesk.store.queries import initiatives as queries

TARGETS = {  # case → (target text, seconds) at province scale
    "page": ("≤ 150 ms", 0.150), "keystroke": ("≤ 50 ms", 0.050), "save": ("≤ 30 ms", 0.030),
    "similar": ("≤ 100 ms", 0.100),
}
# What an officer types in the search box, one keystroke at a time (a search starts at two letters).
TYPED = "tiet kiem dien nang"
KEYSTROKES = [TYPED[:n] for n in range(2, len(TYPED) + 1)]
_RAW_PAGE = ("SELECT i.id FROM initiative i WHERE i.deleted = 0 AND i.campaign_id = ? "
             "ORDER BY i.registered_on, i.id LIMIT 200")
_RAW_COUNT = "SELECT count(*) FROM initiative i WHERE i.deleted = 0 AND i.campaign_id = ?"


def _target(ctx: BenchContext, key: str) -> tuple[str, float | None]:
    return TARGETS[key] if ctx.scale == "province" else ("", None)


def _busiest() -> tuple[int, int, str, list[str]] | None:
    """(campaign, its busiest unit, a title of that unit, its authors' names)."""
    row = database.execute_sql("SELECT campaign_id, unit_id, count(*) FROM initiative WHERE deleted = 0 "
                               "GROUP BY campaign_id, unit_id ORDER BY 3 DESC LIMIT 1").fetchone()
    if row is None:
        return None
    campaign_id, unit_id, _ = row
    id_, title = database.execute_sql("SELECT id, title FROM initiative WHERE campaign_id = ? AND unit_id = ? "
                                      "AND deleted = 0 ORDER BY id LIMIT 1", (campaign_id, unit_id)).fetchone()
    return campaign_id, unit_id, title, [author.name for author in queries.authors_of(id_)]


def _skipped(reason: str) -> list[Case]:
    def skip() -> None:
        raise Skip(reason)
    return [Case("initiatives: list, search, save, duplicates", skip)]


def cases(ctx: BenchContext) -> list[Case]:
    found = _busiest()
    if found is None:
        return _skipped("no initiatives in this dataset")
    campaign_id, unit_id, title, authors = found
    raw = raw_connection(ctx.db_path)
    ctx.cleanups.append(raw.close)
    campaign = queries.InitiativeFilter(campaign_id=campaign_id)

    def first_page(f: queries.InitiativeFilter, sort: str = "registered_on"):
        return lambda: (queries.count(f), queries.page(f, sort))

    def raw_page() -> None:
        raw.execute(_RAW_COUNT, (campaign_id,)).fetchone()
        raw.execute(_RAW_PAGE, (campaign_id,)).fetchall()

    return [
        Case("initiative list: first page (count + 200 rows)", first_page(campaign), *_target(ctx, "page"), 5,
             raw_page, "raw sqlite3: count and the page's ids only"),
        Case("initiative list: first page sorted by title", first_page(campaign, "title"), *_target(ctx, "page"), 5),
        Case("initiative list: first page of the busiest upper unit",
             first_page(queries.InitiativeFilter(campaign_id=campaign_id, unit_id=ctx.upper_id)),
             *_target(ctx, "page"), 5),
        Case("initiative list: first page sorted by unit name", first_page(campaign, "unit_name"), repeat=3),
        _keystroke_case(ctx, campaign_id),
        _save_case(ctx, campaign_id, unit_id),
        _similar_case(ctx, campaign_id, unit_id, title, authors),
        Case("duplicate groups of the campaign", lambda: duplicate_groups(campaign_id), repeat=1),
        Case("rebuild the search index", rebuild_search_index, repeat=1),
    ]


def _keystroke_case(ctx: BenchContext, campaign_id: int) -> Case:
    typed = itertools.cycle(KEYSTROKES)

    def keystroke() -> None:
        f = queries.InitiativeFilter(campaign_id=campaign_id, text=next(typed))
        queries.count(f)
        queries.page(f)

    return Case(f"search keystroke, typing “{TYPED}” (count + first page)", keystroke, *_target(ctx, "keystroke"),
                len(KEYSTROKES))


def _save_case(ctx: BenchContext, campaign_id: int, unit_id: int) -> Case:
    """One paper form: two authors (one known, one new), checks and the duplicate search included."""
    actor = installation.actor("Bench")
    person = database.execute_sql("SELECT id FROM person WHERE unit_id = ? AND deleted = 0 LIMIT 1",
                                  (unit_id,)).fetchone()
    # Numbers differ from any earlier run's on the same file, so that no save meets a likely duplicate.
    numbers = itertools.count(random.randrange(10**6, 10**7))

    def save() -> None:
        number = next(numbers)
        known = [AuthorSpec(person_id=person[0], share_pct=60)] if person else []
        add_initiative(actor, InitiativeInput(
            campaign_id=campaign_id, unit_id=unit_id, title=f"Thiết bị đo thử nghiệm số {number} cho bàn kiểm định",
            authors=[*known, AuthorSpec(full_name=f"Người đo thử {number}")], benefit_vnd=12_500_000))

    return Case("save one initiative (checks, duplicate search, index)", save, *_target(ctx, "save"), 7)


def _similar_case(ctx: BenchContext, campaign_id: int, unit_id: int, title: str, authors: list[str]) -> Case:
    """The title typed a few letters at a time, with the form's unit and authors filled in."""
    prefixes = itertools.cycle([title[:n] for n in range(6, len(title) + 1, 4)] or [title])

    def suggest() -> None:
        similar_initiatives(campaign_id, next(prefixes), unit_id=unit_id, author_names=authors)

    return Case("duplicate suggestions while typing a title", suggest, *_target(ctx, "similar"), 10)
