"""Schema step 5: the local bookkeeping of sync between offices (issue 5). None of these tables travel.

``sync_office``: keys of trusted offices (or a fingerprint trusted before its first bundle arrives),
and revocations. ``sync_sent`` / ``sync_received``: bundles exchanged, their sequence numbers,
watermarks and receipts (status is derived from them only). ``sync_held``: records waiting for a unit
or campaign not known yet. ``sync_conflict``: losing versions kept for review, never discarded.
``sync_arrival``: when (local clock) and from whom ranges of rows arrived, so that a record received
with an old version still travels on, and is not echoed back to the office it came from.
"""

from __future__ import annotations

import sqlite3

STATEMENTS = [
    """CREATE TABLE sync_office (
        id INTEGER PRIMARY KEY,
        fingerprint TEXT NOT NULL,
        installation_id TEXT,
        unit_uuid TEXT,
        public_key BLOB,
        label TEXT NOT NULL DEFAULT '',
        trusted_at TEXT NOT NULL,
        trusted_by TEXT NOT NULL DEFAULT '',
        revoked_at TEXT)""",
    "CREATE UNIQUE INDEX sync_office_fingerprint ON sync_office (fingerprint)",
    "CREATE INDEX sync_office_installation_id ON sync_office (installation_id)",
    """CREATE TABLE sync_sent (
        id INTEGER PRIMARY KEY,
        destination_unit_uuid TEXT NOT NULL,
        destination_installation_id TEXT,
        seq INTEGER NOT NULL,
        kind TEXT NOT NULL,
        full INTEGER NOT NULL DEFAULT 0,
        created_at TEXT NOT NULL,
        since INTEGER NOT NULL,
        watermark INTEGER NOT NULL,
        manifest_sha256 TEXT NOT NULL,
        records INTEGER NOT NULL,
        totals TEXT NOT NULL DEFAULT '{}',
        covered TEXT NOT NULL DEFAULT '[]',
        kept_path TEXT,
        acked_at TEXT,
        receipt TEXT)""",
    "CREATE UNIQUE INDEX sync_sent_seq ON sync_sent (destination_unit_uuid, seq)",
    """CREATE TABLE sync_received (
        id INTEGER PRIMARY KEY,
        sender_installation_id TEXT NOT NULL,
        sender_unit_uuid TEXT NOT NULL,
        seq INTEGER NOT NULL,
        manifest_sha256 TEXT NOT NULL,
        created_at TEXT NOT NULL,
        received_at TEXT NOT NULL,
        watermark INTEGER NOT NULL,
        counts TEXT NOT NULL DEFAULT '{}',
        totals TEXT NOT NULL DEFAULT '{}')""",
    "CREATE UNIQUE INDEX sync_received_seq ON sync_received (sender_installation_id, seq)",
    """CREATE TABLE sync_held (
        id INTEGER PRIMARY KEY,
        table_name TEXT NOT NULL,
        uuid TEXT NOT NULL,
        version INTEGER NOT NULL,
        writer TEXT NOT NULL,
        record TEXT NOT NULL,
        sender_installation_id TEXT NOT NULL,
        missing TEXT NOT NULL,
        held_at TEXT NOT NULL)""",
    "CREATE UNIQUE INDEX sync_held_record ON sync_held (table_name, uuid)",
    """CREATE TABLE sync_conflict (
        id INTEGER PRIMARY KEY,
        table_name TEXT NOT NULL,
        uuid TEXT NOT NULL,
        loser TEXT NOT NULL,
        loser_version INTEGER NOT NULL,
        loser_writer TEXT NOT NULL,
        winner_version INTEGER NOT NULL,
        winner_writer TEXT NOT NULL,
        sender_installation_id TEXT NOT NULL,
        reason TEXT NOT NULL DEFAULT 'concurrent',
        detected_at TEXT NOT NULL,
        resolved_at TEXT)""",
    "CREATE INDEX sync_conflict_uuid ON sync_conflict (uuid)",
    """CREATE TABLE sync_arrival (
        id INTEGER PRIMARY KEY,
        table_name TEXT NOT NULL,
        first_id INTEGER NOT NULL,
        last_id INTEGER NOT NULL,
        stamp INTEGER NOT NULL,
        source TEXT NOT NULL)""",
    "CREATE INDEX sync_arrival_stamp ON sync_arrival (table_name, stamp)",
]


def step(conn: sqlite3.Connection) -> None:
    for statement in STATEMENTS:
        conn.execute(statement)
