"""Schema migrations keyed on ``PRAGMA user_version``.

Steps are append-only and written as plain SQL, frozen in time: a later change of the models never
changes what an old step did. Each step runs with its version bump in one transaction.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from uniondesk.store.schema import awards_v4
from uniondesk.store.schema import initiatives_v3
from uniondesk.store.schema import sync_v5

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


def _step_2(conn: sqlite3.Connection) -> None:
    """Campaigns with phases, the quota cascade, emulation clusters and covenants, and initiatives
    with their authors (the rows progress counts; their entry screens build on them)."""
    statements = [
        f"""CREATE TABLE campaign (
            id INTEGER PRIMARY KEY,
            {SYNC_COLUMNS},
            code TEXT NOT NULL,
            name TEXT NOT NULL,
            name_folded TEXT NOT NULL,
            kind TEXT NOT NULL,
            organiser_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE RESTRICT,
            start_on DATE NOT NULL,
            end_on DATE NOT NULL,
            eligible_from DATE,
            eligible_to DATE,
            target_initiatives INTEGER CHECK (target_initiatives >= 0),
            target_members INTEGER CHECK (target_members >= 0),
            description TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'draft')""",
        "CREATE INDEX campaign_version ON campaign (version)",
        "CREATE INDEX campaign_organiser_id ON campaign (organiser_id)",
        "CREATE UNIQUE INDEX campaign_live_code ON campaign (code) WHERE deleted = 0",
        f"""CREATE TABLE campaign_phase (
            id INTEGER PRIMARY KEY,
            {SYNC_COLUMNS},
            campaign_id INTEGER NOT NULL REFERENCES campaign (id) ON DELETE RESTRICT,
            seq INTEGER NOT NULL,
            name TEXT NOT NULL,
            start_on DATE NOT NULL,
            end_on DATE NOT NULL)""",
        "CREATE INDEX campaign_phase_version ON campaign_phase (version)",
        "CREATE INDEX campaign_phase_campaign_id ON campaign_phase (campaign_id, seq)",
        f"""CREATE TABLE quota (
            id INTEGER PRIMARY KEY,
            {SYNC_COLUMNS},
            campaign_id INTEGER NOT NULL REFERENCES campaign (id) ON DELETE RESTRICT,
            unit_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE RESTRICT,
            allocator_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE RESTRICT,
            initiatives INTEGER NOT NULL CHECK (initiatives >= 0),
            members INTEGER CHECK (members >= 0))""",
        "CREATE INDEX quota_version ON quota (version)",
        "CREATE UNIQUE INDEX quota_live_unit ON quota (campaign_id, unit_id) WHERE deleted = 0",
        "CREATE INDEX quota_unit_id ON quota (unit_id)",
        "CREATE INDEX quota_allocator_id ON quota (allocator_id)",
        f"""CREATE TABLE cluster_grouping (
            id INTEGER PRIMARY KEY,
            {SYNC_COLUMNS},
            name TEXT NOT NULL,
            owner_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE RESTRICT,
            year INTEGER,
            description TEXT NOT NULL DEFAULT '')""",
        "CREATE INDEX cluster_grouping_version ON cluster_grouping (version)",
        "CREATE INDEX cluster_grouping_owner_id ON cluster_grouping (owner_id)",
        f"""CREATE TABLE cluster (
            id INTEGER PRIMARY KEY,
            {SYNC_COLUMNS},
            grouping_id INTEGER NOT NULL REFERENCES cluster_grouping (id) ON DELETE RESTRICT,
            name TEXT NOT NULL,
            leader_id INTEGER REFERENCES unit (id) ON DELETE RESTRICT)""",
        "CREATE INDEX cluster_version ON cluster (version)",
        "CREATE INDEX cluster_grouping_id ON cluster (grouping_id)",
        "CREATE INDEX cluster_leader_id ON cluster (leader_id)",
        f"""CREATE TABLE cluster_member (
            id INTEGER PRIMARY KEY,
            {SYNC_COLUMNS},
            cluster_id INTEGER NOT NULL REFERENCES cluster (id) ON DELETE RESTRICT,
            grouping_id INTEGER NOT NULL REFERENCES cluster_grouping (id) ON DELETE RESTRICT,
            unit_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE RESTRICT)""",
        "CREATE INDEX cluster_member_version ON cluster_member (version)",
        "CREATE INDEX cluster_member_cluster_id ON cluster_member (cluster_id)",
        # A unit belongs to at most one cluster of a grouping.
        "CREATE UNIQUE INDEX cluster_member_live_unit ON cluster_member (grouping_id, unit_id) WHERE deleted = 0",
        "CREATE INDEX cluster_member_unit_id ON cluster_member (unit_id)",
        f"""CREATE TABLE covenant (
            id INTEGER PRIMARY KEY,
            {SYNC_COLUMNS},
            cluster_id INTEGER NOT NULL REFERENCES cluster (id) ON DELETE RESTRICT,
            signed_on DATE NOT NULL,
            document_ref TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '')""",
        "CREATE INDEX covenant_version ON covenant (version)",
        "CREATE INDEX covenant_cluster_id ON covenant (cluster_id)",
        f"""CREATE TABLE initiative (
            id INTEGER PRIMARY KEY,
            {SYNC_COLUMNS},
            campaign_id INTEGER NOT NULL REFERENCES campaign (id) ON DELETE RESTRICT,
            phase_id INTEGER REFERENCES campaign_phase (id) ON DELETE RESTRICT,
            unit_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE RESTRICT,
            title TEXT NOT NULL,
            title_folded TEXT NOT NULL,
            field TEXT NOT NULL DEFAULT 'other',
            summary TEXT NOT NULL DEFAULT '',
            benefit_vnd INTEGER NOT NULL DEFAULT 0 CHECK (benefit_vnd >= 0),
            social_benefit TEXT NOT NULL DEFAULT '',
            registered_on DATE,
            recognised_on DATE,
            applied_on DATE,
            status TEXT NOT NULL DEFAULT 'registered',
            recognised_by TEXT,
            decision_no TEXT NOT NULL DEFAULT '',
            decision_on DATE,
            withdrawal_reason TEXT NOT NULL DEFAULT '',
            confidential INTEGER NOT NULL DEFAULT 0)""",
        "CREATE INDEX initiative_version ON initiative (version)",
        # Covering index of the progress roll-up: one index range per campaign, no table lookups.
        "CREATE INDEX initiative_rollup ON initiative (campaign_id, deleted, unit_id, status, benefit_vnd)",
        "CREATE INDEX initiative_unit_id ON initiative (unit_id)",
        "CREATE INDEX initiative_phase_id ON initiative (phase_id)",
        # Authors carry their initiative's campaign and unit (kept equal by the initiative service) so
        # that distinct participating members are counted from one covering index.
        f"""CREATE TABLE initiative_author (
            id INTEGER PRIMARY KEY,
            {SYNC_COLUMNS},
            initiative_id INTEGER NOT NULL REFERENCES initiative (id) ON DELETE RESTRICT,
            person_id INTEGER REFERENCES person (id) ON DELETE RESTRICT,
            author_unit_id INTEGER REFERENCES unit (id) ON DELETE RESTRICT,
            share_bp INTEGER NOT NULL CHECK (share_bp BETWEEN 0 AND 10000),
            campaign_id INTEGER NOT NULL REFERENCES campaign (id) ON DELETE RESTRICT,
            unit_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE RESTRICT,
            CHECK ((person_id IS NULL) != (author_unit_id IS NULL)))""",
        "CREATE INDEX initiative_author_version ON initiative_author (version)",
        "CREATE INDEX initiative_author_initiative_id ON initiative_author (initiative_id)",
        "CREATE INDEX initiative_author_person_id ON initiative_author (person_id)",
        "CREATE INDEX initiative_author_author_unit_id ON initiative_author (author_unit_id)",
        "CREATE INDEX initiative_author_rollup ON initiative_author (campaign_id, deleted, unit_id, person_id)",
    ]
    for statement in statements:
        conn.execute(statement)


# (version reached, step). Append only; never edit a step that has shipped.
STEPS: list[tuple[int, Callable[[sqlite3.Connection], None]]] = [
    (1, _step_1),
    (2, _step_2),
    (3, initiatives_v3.step),
    (4, awards_v4.step),
    (5, sync_v5.step),
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
