"""Schema step 3: finding initiatives among a province's 170,000 — a local full-text index and the
indexes the paged list sorts by.

``initiative_fts`` is LOCAL (never synced, rebuilt from the initiatives at will): rowid = initiative.id,
``title`` the title's words and ``body`` the summary's and the authors' names, all accent-folded by
Python (``domain.similarity.search_text``: no diacritics, đ → d, lower case, one spelling of i/y),
because FTS5's own ``remove_diacritics`` leaves đ alone. ``initiative_fts_words`` exposes how many
titles hold each word, which the duplicate finder uses to pick its rarest words.

``initiative.title_sort`` (local, derived like ``title_folded``) is the title's Vietnamese sort key.

Frozen in time: a later change of the models never changes what this step did. The index rows it
writes for existing initiatives are derived data; a later step may rebuild them.
"""

from __future__ import annotations

import sqlite3

from uniondesk.domain.initiatives import title_sort_key
from uniondesk.domain.similarity import search_text

STATEMENTS = [
    "ALTER TABLE initiative ADD COLUMN title_sort TEXT NOT NULL DEFAULT ''",
    # The list pages through one campaign in the order of a column: each order walks one index and
    # stops after a page, instead of sorting the campaign's 170,000 rows. The first also covers every
    # filter of the list, so that counting with filters never reads the (wide) table rows.
    """CREATE INDEX initiative_list_registered ON initiative (campaign_id, deleted, registered_on, unit_id, status,
        field, benefit_vnd, applied_on, confidential)""",
    "CREATE INDEX initiative_list_title ON initiative (campaign_id, deleted, title_sort)",
    "CREATE INDEX initiative_list_benefit ON initiative (campaign_id, deleted, benefit_vnd)",
    # The same without a campaign chosen.
    "CREATE INDEX initiative_registered_on ON initiative (registered_on)",
    # The filter columns by id: a text search starts from the index's matches and checks the other
    # filters here, a tenth of the cost of reading each matching row of the table.
    """CREATE INDEX initiative_filter ON initiative (id, campaign_id, deleted, unit_id, status, field, registered_on,
        benefit_vnd, applied_on, confidential)""",
    # Authors by name: the duplicate finder looks up the initiatives of the same author name.
    "CREATE INDEX person_name_folded ON person (name_folded)",
    # Folded text only: column-level detail is enough for word and prefix queries and keeps the index
    # small; the prefix indexes make a two- or three-letter prefix typed in the search box cheap.
    """CREATE VIRTUAL TABLE initiative_fts USING fts5(
        title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3', detail = column)""",
    "CREATE VIRTUAL TABLE initiative_fts_words USING fts5vocab(initiative_fts, 'col')",
]

_AUTHORS = """(SELECT group_concat(coalesce(p.full_name, au.name), ' ') FROM initiative_author a
    LEFT JOIN person p ON p.id = a.person_id LEFT JOIN unit au ON au.id = a.author_unit_id
    WHERE a.initiative_id = i.id AND a.deleted = 0)"""


def step(conn: sqlite3.Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
    last = 0
    while True:  # in slices by id: no cursor stays open on the table being updated
        batch = conn.execute(f"SELECT i.id, i.title, i.summary, {_AUTHORS}, i.confidential FROM initiative i "
                             "WHERE i.deleted = 0 AND i.id > ? ORDER BY i.id LIMIT 5000", (last,)).fetchall()
        if not batch:
            return
        conn.executemany("UPDATE initiative SET title_sort = ? WHERE id = ?",
                         [(title_sort_key(title), id_) for id_, title, *_ in batch])
        # A confidential initiative is found by its title only.
        conn.executemany("INSERT INTO initiative_fts (rowid, title, body) VALUES (?, ?, ?)",
                         [(id_, search_text(title), "" if secret else search_text(f"{summary} {authors or ''}"))
                          for id_, title, summary, authors, secret in batch])
        last = batch[-1][0]
