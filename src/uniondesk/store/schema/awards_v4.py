"""Schema step 4: award decisions and their recipients (synced), and this PC's certificate printing
settings (local): the calibration of each template on each printer, and per-recipient nudges.

Frozen in time: a later change of the models never changes what this step did.
"""

from __future__ import annotations

import sqlite3

# A copy, not an import of migrations.SYNC_COLUMNS: what this step creates must not change if that does.
_SYNC = """
    uuid TEXT NOT NULL UNIQUE,
    origin TEXT NOT NULL,
    version INTEGER NOT NULL,
    writer TEXT NOT NULL,
    deleted INTEGER NOT NULL DEFAULT 0,
    changed_by TEXT NOT NULL DEFAULT ''
"""

STATEMENTS = [
    f"""CREATE TABLE award_decision (
        id INTEGER PRIMARY KEY,
        {_SYNC},
        number TEXT NOT NULL,
        decided_on DATE NOT NULL,
        issuing_unit_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE RESTRICT,
        signer_title TEXT NOT NULL,
        signer_name TEXT NOT NULL,
        form TEXT NOT NULL,
        form_title TEXT NOT NULL DEFAULT '',
        campaign_id INTEGER REFERENCES campaign (id) ON DELETE RESTRICT,
        reason TEXT NOT NULL DEFAULT '',
        place TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT 'draft',
        revoked_on DATE,
        revocation_reason TEXT NOT NULL DEFAULT '',
        revoking_number TEXT NOT NULL DEFAULT '')""",
    "CREATE INDEX award_decision_version ON award_decision (version)",
    "CREATE INDEX award_decision_issuing_unit_id ON award_decision (issuing_unit_id, decided_on)",
    "CREATE INDEX award_decision_campaign_id ON award_decision (campaign_id)",
    f"""CREATE TABLE award_recipient (
        id INTEGER PRIMARY KEY,
        {_SYNC},
        decision_id INTEGER NOT NULL REFERENCES award_decision (id) ON DELETE RESTRICT,
        seq INTEGER NOT NULL,
        kind TEXT NOT NULL,
        person_id INTEGER REFERENCES person (id) ON DELETE RESTRICT,
        unit_id INTEGER NOT NULL REFERENCES unit (id) ON DELETE RESTRICT,
        name TEXT NOT NULL,
        gender TEXT,
        position TEXT NOT NULL DEFAULT '',
        unit_name TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL DEFAULT '',
        achievement TEXT NOT NULL DEFAULT '',
        repeat_reason TEXT NOT NULL DEFAULT '',
        register_unit_id INTEGER REFERENCES unit (id) ON DELETE RESTRICT,
        register_year INTEGER,
        register_no INTEGER CHECK (register_no > 0),
        revoked_on DATE,
        revocation_reason TEXT NOT NULL DEFAULT '',
        revoking_number TEXT NOT NULL DEFAULT '',
        CHECK ((kind = 'individual') = (person_id IS NOT NULL)))""",
    "CREATE INDEX award_recipient_version ON award_recipient (version)",
    "CREATE INDEX award_recipient_decision_id ON award_recipient (decision_id, seq)",
    "CREATE INDEX award_recipient_person_id ON award_recipient (person_id)",
    "CREATE INDEX award_recipient_unit_id ON award_recipient (unit_id)",
    # A register number is given once per issuing unit and year, never again: tombstones keep theirs.
    "CREATE UNIQUE INDEX award_recipient_register ON award_recipient (register_unit_id, register_year, register_no) "
    "WHERE register_no IS NOT NULL",
    """CREATE TABLE certificate_calibration (
        id INTEGER PRIMARY KEY,
        template TEXT NOT NULL,
        printer TEXT NOT NULL DEFAULT '',
        dx_mm REAL NOT NULL DEFAULT 0,
        dy_mm REAL NOT NULL DEFAULT 0,
        scale_x REAL NOT NULL DEFAULT 1,
        scale_y REAL NOT NULL DEFAULT 1)""",
    "CREATE UNIQUE INDEX certificate_calibration_key ON certificate_calibration (template, printer)",
    """CREATE TABLE certificate_nudge (
        id INTEGER PRIMARY KEY,
        recipient_uuid TEXT NOT NULL UNIQUE,
        dx_mm REAL NOT NULL DEFAULT 0,
        dy_mm REAL NOT NULL DEFAULT 0)""",
]


def step(conn: sqlite3.Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
