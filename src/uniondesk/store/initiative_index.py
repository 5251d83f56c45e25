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


def index_row(title: str, summary: str, authors: str) -> tuple[str, str]:
    """(title, body) as the index holds them."""
    return search_text(title), search_text(f"{summary} {authors}")


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
        rows = database.execute_sql(f"SELECT i.id, i.title, i.summary, coalesce({AUTHOR_NAMES}, '') "
                                    f"FROM initiative i WHERE i.deleted = 0 AND i.id IN ({marks})", chunk)
        conn.executemany("INSERT INTO initiative_fts (rowid, title, body) VALUES (?, ?, ?)",
                         [(id_, *index_row(title, summary, authors)) for id_, title, summary, authors in rows])


def insert_rows(rows: Iterable[tuple[int, str, str, str]]) -> None:
    """Index new initiatives given as (id, title, summary, author names): the bulk paths know them already."""
    database.connection().executemany("INSERT INTO initiative_fts (rowid, title, body) VALUES (?, ?, ?)",
                                      [(id_, *index_row(t, s, a)) for id_, t, s, a in rows])


def rebuild(progress: Progress | None = None, cancel: Callable[[], bool] | None = None) -> int:
    """Index every live initiative afresh and fill missing sort keys (rows written in bulk, by the demo
    or a future sync, may come without them). Returns the number of initiatives indexed."""
    conn = database.connection()
    total = database.execute_sql("SELECT count(*) FROM initiative WHERE deleted = 0").fetchone()[0]
    database.execute_sql("DROP TABLE initiative_fts")
    database.execute_sql(FTS_TABLE)
    done, last = 0, 0
    while True:  # in slices by id: no cursor stays open on the table being updated
        if cancel and cancel():
            raise Cancelled("Đã hủy dựng lại chỉ mục tìm kiếm.")
        batch = database.execute_sql(
            f"SELECT i.id, i.title, i.summary, coalesce({AUTHOR_NAMES}, ''), i.title_sort FROM initiative i "
            "WHERE i.deleted = 0 AND i.id > ? ORDER BY i.id LIMIT ?", (last, BATCH)).fetchall()
        if not batch:
            return done
        conn.executemany("INSERT INTO initiative_fts (rowid, title, body) VALUES (?, ?, ?)",
                         [(row[0], *index_row(row[1], row[2], row[3])) for row in batch])
        conn.executemany("UPDATE initiative SET title_sort = ? WHERE id = ?",
                         [(title_sort_key(row[1]), row[0]) for row in batch if not row[4]])
        done, last = done + len(batch), batch[-1][0]
        if progress:
            progress(done, total, "Dựng chỉ mục tìm kiếm sáng kiến")


def title_word_counts(words: Iterable[str]) -> dict[str, int]:
    """How many indexed titles hold each word (all campaigns): the rarest words find candidates fastest."""
    words = sorted(set(words))
    if not words:
        return {}
    marks = ",".join("?" * len(words))
    return dict(database.execute_sql(
        f"SELECT term, doc FROM initiative_fts_words WHERE col = 'title' AND term IN ({marks})", words).fetchall())
