"""Upkeep of the local search data of initiatives (schema step 3): the full-text index ``initiative_fts``
and the sort key ``initiative.title_sort``. Both are derived from the initiatives and their authors, never
synced, and can be rebuilt at any time; the initiative service keeps them current on every write.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from uniondesk.domain.errors import Cancelled
from uniondesk.domain.initiatives import title_sort_key
from uniondesk.domain.similarity import search_text
from uniondesk.store.db import database

Progress = Callable[[int, int, str], None]
BATCH = 5000
# The index as this version of the program defines it (schema step 3 made the first one). A rebuild
# drops and recreates it: emptying it row by row took longer than filling it.
FTS_TABLE = """CREATE VIRTUAL TABLE initiative_fts USING fts5(
    title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3', detail = column)"""

# Author names of an initiative (persons, or units for collective authors), in entry order.
AUTHOR_NAMES = """(SELECT group_concat(name, ', ') FROM (SELECT coalesce(p.full_name, au.name) AS name
    FROM initiative_author a LEFT JOIN person p ON p.id = a.person_id LEFT JOIN unit au ON au.id = a.author_unit_id
    WHERE a.initiative_id = i.id AND a.deleted = 0 ORDER BY a.id))"""


def _chunks(ids: list[int], size: int = 500) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start:start + size]


def index_row(title: str, summary: str, authors: str, confidential: bool = False) -> tuple[str, str]:
    """(title, body) as the index holds them. Of a confidential initiative only the title is searchable:
    finding it by an author's name would tell what the lists do not show."""
    return search_text(title), "" if confidential else search_text(f"{summary} {authors}")


def remove(ids: Iterable[int]) -> None:
    for chunk in _chunks(list(ids)):
        marks = ",".join("?" * len(chunk))
        database.execute_sql(f"DELETE FROM initiative_fts WHERE rowid IN ({marks})", chunk)


def refresh(ids: Iterable[int]) -> None:
    """Re-index these initiatives from what the database holds now (deleted ones leave the index)."""
    ids = list(ids)
    remove(ids)
    conn = database.connection()
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        rows = database.execute_sql(f"SELECT i.id, i.title, i.summary, coalesce({AUTHOR_NAMES}, ''), i.confidential "
                                    f"FROM initiative i WHERE i.deleted = 0 AND i.id IN ({marks})", chunk)
        conn.executemany("INSERT INTO initiative_fts (rowid, title, body) VALUES (?, ?, ?)",
                         [(row[0], *index_row(*row[1:])) for row in rows])


def insert_rows(rows: Iterable[tuple[int, str, str, str, bool]]) -> None:
    """Index new initiatives given as (id, title, summary, author names, confidential): the bulk paths
    know them already."""
    database.connection().executemany("INSERT INTO initiative_fts (rowid, title, body) VALUES (?, ?, ?)",
                                      [(row[0], *index_row(*row[1:])) for row in rows])


def rebuild(progress: Progress | None = None, cancel: Callable[[], bool] | None = None) -> int:
    """Index every live initiative afresh and fill missing sort keys (rows written in bulk, by the demo
    or a future sync, may come without them). Returns the number of initiatives indexed."""
    conn = database.connection()
    total = database.execute_sql("SELECT count(*) FROM initiative WHERE deleted = 0").fetchone()[0]
    _COUNTS.clear()
    database.execute_sql("DROP TABLE initiative_fts")
    database.execute_sql(FTS_TABLE)
    done, last = 0, 0
    while True:  # in slices by id: no cursor stays open on the table being updated
        if cancel and cancel():
            raise Cancelled("Đã hủy dựng lại chỉ mục tìm kiếm.")
        batch = database.execute_sql(
            f"SELECT i.id, i.title, i.summary, coalesce({AUTHOR_NAMES}, ''), i.confidential, i.title_sort "
            "FROM initiative i "
            "WHERE i.deleted = 0 AND i.id > ? ORDER BY i.id LIMIT ?", (last, BATCH)).fetchall()
        if not batch:
            return done
        conn.executemany("INSERT INTO initiative_fts (rowid, title, body) VALUES (?, ?, ?)",
                         [(row[0], *index_row(*row[1:5])) for row in batch])
        conn.executemany("UPDATE initiative SET title_sort = ? WHERE id = ?",
                         [(title_sort_key(row[1]), row[0]) for row in batch if not row[5]])
        done, last = done + len(batch), batch[-1][0]
        if progress:
            progress(done, total, "Dựng chỉ mục tìm kiếm sáng kiến")


# How many titles hold a word, remembered for the session: ``fts5vocab`` counts by walking the word's
# whole list (10 ms for a word in most titles), and rarity only has to be roughly right. Words not
# indexed yet are asked again, so that a word entered later is seen.
_COUNTS: dict[str, int] = {}
_COUNTS_KEPT = 50_000
_counted_in: list = [None]  # the database the counts were read from: another file starts afresh


def title_word_counts(words: Iterable[str]) -> dict[str, int]:
    """How many indexed titles hold each word (all campaigns): the rarest words find candidates fastest."""
    words = set(words)
    if _counted_in[0] is not database.obj:
        _COUNTS.clear()
        _counted_in[0] = database.obj
    missing = sorted(words - _COUNTS.keys())
    if missing:
        if len(_COUNTS) >= _COUNTS_KEPT:
            _COUNTS.clear()
        marks = ",".join("?" * len(missing))
        _COUNTS.update(database.execute_sql(
            f"SELECT term, doc FROM initiative_fts_words WHERE col = 'title' AND term IN ({marks})",
            missing).fetchall())
    return {word: _COUNTS[word] for word in words if word in _COUNTS}
