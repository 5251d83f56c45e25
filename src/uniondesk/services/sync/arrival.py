"""When rows arrived here, and from which office (``sync_arrival``: id ranges, not one row per record).

A record received with an old version must still travel on to the office above, and must not be echoed
back to the office it came from; both need the local time it arrived, which its version does not tell.
New records of one import get consecutive ids, so a province's 170,000 initiatives are one range.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable

from uniondesk.store.db import database
from uniondesk.store.queries import sync as queries


def runs(ids: Iterable[int]) -> list[tuple[int, int]]:
    """Sorted ids as (first, last) runs of consecutive values."""
    out: list[tuple[int, int]] = []
    for id_ in sorted(set(ids)):
        if out and out[-1][1] == id_ - 1:
            out[-1] = (out[-1][0], id_)
        else:
            out.append((id_, id_))
    return out


def record(applied: dict[tuple[str, str], list[int]], stamp: int) -> None:
    rows = [(table, first, last, stamp, source) for (table, source), ids in applied.items()
            for first, last in runs(ids)]
    database.connection().executemany(
        "INSERT INTO sync_arrival (table_name, first_id, last_id, stamp, source) VALUES (?, ?, ?, ?, ?)", rows)


def latest(ranges: list[tuple[int, int, int, str]], ids: Iterable[int]) -> dict[int, tuple[int, str]]:
    """The latest arrival (stamp, source) of each of these ids; ``ranges`` oldest first."""
    ordered = sorted(ids)
    out: dict[int, tuple[int, str]] = {}
    for first, last, stamp, source in ranges:  # later arrivals overwrite earlier ones
        for id_ in ordered[bisect.bisect_left(ordered, first):bisect.bisect_right(ordered, last)]:
            out[id_] = (stamp, source)
    return out


def latest_in(table: str, ids: Iterable[int]) -> dict[int, tuple[int, str]]:
    return latest(queries.arrival_ranges(table), ids)
