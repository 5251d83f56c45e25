"""Schema migrations keyed on ``PRAGMA user_version``.

Steps are append-only and written as plain SQL, frozen in time: a later change of the models never
changes what an old step did. Each step runs with its version bump in one transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

SYNC_COLUMNS = """
    uuid TEXT NOT NULL UNIQUE,
    origin TEXT NOT NULL,
    version INTEGER NOT NULL,
    writer TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    changed_by TEXT NOT NULL DEFAULT ''
"""


def _step_1(conn: sqlite3.Connection) -> None:
    """The foundation: installation, settings, audit trail, units and their history, people."""
    statements = [
        """CREATE TABLE installation (
            id INTEGER PRIMARY KEY,
            installation_id TEXT NOT NULL,
            home_unit_uuid TEXT,
            created_at TEXT NOT NULL,
            public_key BLOB NOT NULL,
            private_key BLOB NOT NULL)""",
        "CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            officer TEXT NOT NULL,
            installation_id TEXT NOT NULL,
            table_name TEXT NOT NULL,
            record_uuid TEXT NOT NULL,
            action TEXT NOT NULL,
            changes TEXT NOT NULL DEFAULT '{}')""",
        "CREATE INDEX audit_log_record_uuid ON audit_log (record_uuid)",
        f"""CREATE TABLE unit (
            id INTEGER PRIMARY KEY,
            {SYNC_COLUMNS},
            code TEXT NOT NULL,
            name TEXT NOT NULL,
            name_folded TEXT NOT NULL,
            kind TEXT NOT NULL,
            parent_id INTEGER REFERENCES unit (id) ON DELETE RESTRICT,
            path TEXT NOT NULL,
            members INTEGER NOT NULL DEFAULT 0 CHECK (members >= 0),
            members_counted_on DATE,
            opened_on DATE,
            closed_on DATE,
            status TEXT NOT NULL DEFAULT 'live',
            successor_id INTEGER REFERENCES unit (id) ON DELETE RESTRICT)""",
        "CREATE INDEX unit_version ON unit (version)",
        "CREATE INDEX unit_parent_id ON unit (parent_id, status)",
        # Covering index for subtree roll-ups: a path range scan never touches the table.
        "CREATE INDEX unit_path ON unit (path, status, deleted, kind, members)",
        "CREATE INDEX unit_successor_id ON unit (successor_id)",
        # A code is unique among live units only: a closed unit's code may be given again.
        "CREATE UNIQUE INDEX unit_live_code ON unit (code) WHERE status = 'live' AND deleted = 0",
        f"""CREATE TABLE unit_parent (
            id INTEGER PRIMARY KEY,
            {SYNC_COLUMNS},
            unit_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE RESTRICT,
            parent_id INTEGER REFERENCES unit (id) ON DELETE RESTRICT,
            valid_from DATE,
            valid_to DATE)""",
        "CREATE INDEX unit_parent_version ON unit_parent (version)",
        "CREATE INDEX unit_parent_unit_id ON unit_parent (unit_id, valid_from)",
        "CREATE INDEX unit_parent_parent_id ON unit_parent (parent_id)",
        f"""CREATE TABLE unit_event (
            id INTEGER PRIMARY KEY,
            {SYNC_COLUMNS},
            unit_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE RESTRICT,
            kind TEXT NOT NULL,
            on_date DATE,
            other_unit_id INTEGER REFERENCES unit (id) ON DELETE RESTRICT,
            detail TEXT NOT NULL DEFAULT '{{}}')""",
        "CREATE INDEX unit_event_version ON unit_event (version)",
        "CREATE INDEX unit_event_unit_id ON unit_event (unit_id)",
        "CREATE INDEX unit_event_other_unit_id ON unit_event (other_unit_id)",
        f"""CREATE TABLE person (
            id INTEGER PRIMARY KEY,
            {SYNC_COLUMNS},
            full_name TEXT NOT NULL,
            name_folded TEXT NOT NULL,
            gender TEXT,
            birth_year INTEGER,
            position TEXT NOT NULL DEFAULT '',
            unit_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE RESTRICT)""",
        "CREATE INDEX person_version ON person (version)",
        "CREATE INDEX person_unit_id ON person (unit_id)",
    ]
    for statement in statements:
        conn.execute(statement)


# (version reached, step). Append only; never edit a step that has shipped.
STEPS: list[tuple[int, Callable[[sqlite3.Connection], None]]] = [
    (1, _step_1),
]
SCHEMA_VERSION = STEPS[-1][0]
# "UnDs" in the file header (PRAGMA application_id): tells our files from other programs' SQLite files,
# which may use user_version too.
APPLICATION_ID = 0x556E4473


def current_version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def application_id(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA application_id").fetchone()[0]


def migrate(conn: sqlite3.Connection) -> list[int]:
    """Run every step above the file's version; returns the versions reached."""
    reached = []
    for version, step in STEPS:
        if version <= current_version(conn):
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            step(conn)
            conn.execute(f"PRAGMA user_version = {int(version)}")
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        except BaseException:
            # SQLite may already have rolled back on its own (a full disk); keep the original error.
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        reached.append(version)
    if reached == [] and current_version(conn) and application_id(conn) != APPLICATION_ID:
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")  # a file made before the id was set
    return reached
