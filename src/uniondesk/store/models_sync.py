"""Local (never synced) tables of sync between offices; the schema is ``schema/sync_v5.py``."""

from __future__ import annotations

from peewee import BlobField, BooleanField, IntegerField, TextField

from uniondesk.store import models
from uniondesk.store.models import BaseModel


class SyncOffice(BaseModel):
    """A trusted office: its key, or only a fingerprint confirmed by phone before its first bundle."""

    fingerprint = TextField(unique=True)
    installation_id = TextField(null=True, index=True)
    unit_uuid = TextField(null=True)
    public_key = BlobField(null=True)
    label = TextField(default="")
    trusted_at = TextField()
    trusted_by = TextField(default="")
    revoked_at = TextField(null=True)

    class Meta:
        table_name = "sync_office"


class SyncSent(BaseModel):
    """A bundle this office wrote, kept (``kept_path``) until the destination acknowledges it."""

    destination_unit_uuid = TextField()
    destination_installation_id = TextField(null=True)
    seq = IntegerField()
    kind = TextField()
    full = BooleanField(default=False)
    created_at = TextField()
    since = IntegerField()
    watermark = IntegerField()
    manifest_sha256 = TextField()
    records = IntegerField()
    totals = TextField(default="{}")
    covered = TextField(default="[]")
    kept_path = TextField(null=True)
    acked_at = TextField(null=True)
    receipt = TextField(null=True)

    class Meta:
        table_name = "sync_sent"
        indexes = ((("destination_unit_uuid", "seq"), True),)


class SyncReceived(BaseModel):
    """A bundle imported here; what was applied travels back as a receipt."""

    sender_installation_id = TextField()
    sender_unit_uuid = TextField()
    seq = IntegerField()
    manifest_sha256 = TextField()
    created_at = TextField()
    received_at = TextField()
    watermark = IntegerField()
    counts = TextField(default="{}")
    totals = TextField(default="{}")

    class Meta:
        table_name = "sync_received"
        indexes = ((("sender_installation_id", "seq"), True),)


class SyncHeld(BaseModel):
    """A received record that refers to a unit or campaign not known yet (JSON ``record``)."""

    table_name = TextField()
    uuid = TextField()
    version = IntegerField()
    writer = TextField()
    record = TextField()
    sender_installation_id = TextField()
    missing = TextField()
    held_at = TextField()

    class Meta:
        table_name = "sync_held"
        indexes = ((("table_name", "uuid"), True),)


class SyncConflict(BaseModel):
    """The losing version of a record both sides changed since they last agreed, kept for review."""

    table_name = TextField()
    uuid = TextField(index=True)
    loser = TextField()
    loser_version = IntegerField()
    loser_writer = TextField()
    winner_version = IntegerField()
    winner_writer = TextField()
    sender_installation_id = TextField()
    reason = TextField(default="concurrent")
    detected_at = TextField()
    resolved_at = TextField(null=True)

    class Meta:
        table_name = "sync_conflict"


class SyncArrival(BaseModel):
    """Rows ``first_id``..``last_id`` of a table arrived at local clock ``stamp`` from ``source``."""

    table_name = TextField()
    first_id = IntegerField()
    last_id = IntegerField()
    stamp = IntegerField()
    source = TextField()

    class Meta:
        table_name = "sync_arrival"
        indexes = ((("table_name", "stamp"), False),)


SYNC_LOCAL_MODELS: list[type[BaseModel]] = [SyncOffice, SyncSent, SyncReceived, SyncHeld, SyncConflict, SyncArrival]
models.LOCAL_MODELS.extend(SYNC_LOCAL_MODELS)
# ALL_MODELS is LOCAL_MODELS + SYNCED_MODELS: local tables go after the last local one.
models.ALL_MODELS[:] = models.LOCAL_MODELS + models.SYNCED_MODELS
