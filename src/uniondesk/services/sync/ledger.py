"""The book of bundles sent and received, and the receipts that travel back.

A bundle sent to an office is acknowledged when that office's own bundle carries a receipt for it (its
sequence number and manifest checksum, with what it applied). Everything the status shows, and what an
incremental bundle leaves out, follows from receipts only.
"""

from __future__ import annotations

import datetime as dt
import json

from uniondesk.store.models_sync import SyncReceived, SyncSent

RECEIPTS_SENT = 20  # the latest receipts repeated in every bundle: one lost bundle loses no receipt


def now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def next_sequence(unit_uuid: str) -> int:
    top = (SyncSent.select(SyncSent.seq).where(SyncSent.destination_unit_uuid == unit_uuid)
           .order_by(SyncSent.seq.desc()).limit(1).scalar())
    return (top or 0) + 1


def last_acknowledged(unit_uuid: str) -> SyncSent | None:
    return (SyncSent.select().where((SyncSent.destination_unit_uuid == unit_uuid) & SyncSent.acked_at.is_null(False))
            .order_by(SyncSent.seq.desc()).first())


def ack_watermark(unit_uuid: str) -> int:
    """The position (local clock) up to which that office has everything this one sent it."""
    acked = last_acknowledged(unit_uuid)
    return acked.watermark if acked else 0


def highest_watermark() -> int:
    top = SyncSent.select(SyncSent.watermark).order_by(SyncSent.watermark.desc()).limit(1).scalar()
    return top or 0


def previous_watermark(installation_id: str, before_seq: int) -> int:
    """The sender's position when it wrote the last bundle imported here before this one."""
    top = (SyncReceived.select(SyncReceived.watermark)
           .where((SyncReceived.sender_installation_id == installation_id) & (SyncReceived.seq < before_seq))
           .order_by(SyncReceived.watermark.desc()).limit(1).scalar())
    return top or 0


def already_received(installation_id: str, seq: int, sha256: str) -> bool:
    return SyncReceived.select().where((SyncReceived.sender_installation_id == installation_id)
                                       & (SyncReceived.seq == seq) & (SyncReceived.manifest_sha256 == sha256)).exists()


def receipts_for(unit_uuid: str) -> list[dict]:
    """Receipts for the bundles this office received from the office of ``unit_uuid``."""
    rows = (SyncReceived.select().where(SyncReceived.sender_unit_uuid == unit_uuid)
            .order_by(SyncReceived.id.desc()).limit(RECEIPTS_SENT))
    return [{"from": r.sender_installation_id, "seq": r.seq, "manifest_sha256": r.manifest_sha256,
             "received_at": r.received_at, "counts": json.loads(r.counts), "totals": json.loads(r.totals)}
            for r in rows]


def record_sent(**values) -> SyncSent:
    return SyncSent.create(**values)


def record_received(bundle, counts: dict, totals: dict) -> None:
    if already_received(bundle.sender.installation_id, bundle.sequence, bundle.sha256):
        return
    SyncReceived.insert(sender_installation_id=bundle.sender.installation_id, sender_unit_uuid=bundle.sender.unit_uuid,
                        seq=bundle.sequence, manifest_sha256=bundle.sha256, created_at=bundle.manifest["created_at"],
                        received_at=now(), watermark=bundle.watermark, counts=json.dumps(counts),
                        totals=json.dumps(totals, ensure_ascii=False)).on_conflict_replace().execute()


def apply_receipts(bundle, own_installation_id: str) -> tuple[list[SyncSent], list[str]]:
    """Mark the bundles the sender acknowledges. Returns them, and the kept copies (of them and of older
    ones) to delete once the transaction is committed."""
    acked = []
    for receipt in bundle.receipts:
        if not isinstance(receipt, dict) or receipt.get("from") != own_installation_id:
            continue
        sent = SyncSent.get_or_none((SyncSent.destination_unit_uuid == bundle.sender.unit_uuid)
                                    & (SyncSent.seq == receipt.get("seq"))
                                    & (SyncSent.manifest_sha256 == receipt.get("manifest_sha256")))
        if sent is None or sent.acked_at:
            continue
        sent.acked_at, sent.receipt = now(), json.dumps(receipt, ensure_ascii=False)
        sent.save()
        acked.append(sent)
    drop = _drop_copies(bundle.sender.unit_uuid, max(s.seq for s in acked)) if acked else []
    return acked, drop


def _drop_copies(unit_uuid: str, upto_seq: int) -> list[str]:
    """Bundles up to an acknowledged one are no longer needed: what they held arrived."""
    drop = []
    for sent in SyncSent.select().where((SyncSent.destination_unit_uuid == unit_uuid) & (SyncSent.seq <= upto_seq)
                                        & SyncSent.kept_path.is_null(False)):
        drop.append(sent.kept_path)
        sent.kept_path = None
        sent.save()
    return drop
