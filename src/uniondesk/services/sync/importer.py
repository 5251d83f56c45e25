"""Import: verify everything without touching the database, back it up, apply in one transaction, and
report per record. Cancelling (or a crash, or the process being killed) leaves the database as it was:
the whole import is one SQLite transaction."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from uniondesk.domain.errors import Cancelled
from uniondesk.paths import backup_dir
from uniondesk.services import installation
from uniondesk.services.actor import Actor
from uniondesk.services.sync import arrival, bundle, keys, ledger, writes
from uniondesk.services.sync.bundle import Bundle, BundleRefused
from uniondesk.services.sync.merge import UUID, Merger, Sender
from uniondesk.services.sync.report import ImportReport
from uniondesk.services.sync.rules import spec_by_table
from uniondesk.store import initiative_index
from uniondesk.store.db import backup_to, database
from uniondesk.store.models import AuditEntry, Unit
from uniondesk.store.models_sync import SyncHeld, SyncOffice, SyncReceived
from uniondesk.store.queries import sync as queries

Progress = Callable[[int, int, str], None]


def load(path: Path | str, passphrase: str | None = None) -> Bundle:
    """Read and check a bundle file (sealed ones are opened with this office's key or the passphrase)."""
    data = bundle.read_file(Path(path))
    inst = installation.ensure_installation()
    return bundle.open_bytes(data, passphrase=passphrase, own_seed=bytes(inst.private_key),
                             own_fingerprint=keys.fingerprint(bytes(inst.public_key)))


def _unit_name(uuid: str, fallback: str) -> str:
    unit = Unit.get_or_none(Unit.uuid == uuid)
    return f"“{unit.name}”" if unit else fallback


def admit(b: Bundle, *, trust_new: bool = False) -> keys.TrustCheck:
    """Is this bundle for this office, from an office it trusts? Reads only; refuses with a message."""
    inst = installation.ensure_installation()
    if b.sender.installation_id == inst.installation_id:
        raise BundleRefused("Gói này do chính văn phòng này tạo ra; không nhập lại gói của chính mình.")
    dest = b.destination
    if inst.home_unit_uuid is None or dest["unit_uuid"] != inst.home_unit_uuid:
        raise BundleRefused(f"Gói dành cho văn phòng {_unit_name(dest['unit_uuid'], dest.get('unit_name') or '?')} "
                            f"[{dest.get('unit_code', '')}], không phải cho văn phòng này; gói bị từ chối.")
    if dest.get("installation_id") not in (None, inst.installation_id):
        raise BundleRefused("Gói dành cho một máy (cài đặt) khác của cùng văn phòng; gói bị từ chối.")
    check = keys.check_sender(b.sender)
    if not check.ok and not (trust_new and check.status == "untrusted"):
        raise BundleRefused(check.message)
    _check_relation(b, inst.home_unit_uuid)
    return check


def _check_relation(b: Bundle, home_uuid: str) -> None:
    """Offices exchange with the office above them and those below: a sender claiming any other unit is
    refused. A sender not known here must bring its unit, placed below this office (a new office below),
    or be the author of a setup bundle (which creates this office)."""
    sender, home = Unit.get_or_none(Unit.uuid == b.sender.unit_uuid), Unit.get_or_none(Unit.uuid == home_uuid)
    if sender is None and home is None and b.kind == "setup":
        return
    if sender is not None and home is not None:
        if sender.path.startswith(home.path) or home.path.startswith(sender.path):
            return
    elif home is not None and _brought_below(b, home):
        return
    raise BundleRefused(f"Văn phòng gửi “{b.sender.label}” không phải văn phòng cấp trên hay cấp dưới của văn phòng "
                        "này; gói bị từ chối.")


def _brought_below(b: Bundle, home: Unit) -> bool:
    """The bundle holds the sender's unit, and its chain of parents reaches this office's subtree."""
    spec = spec_by_table()["unit"]
    parents = {row[UUID]: row[spec.index("parent")] for row in b.tables.get("unit", ())}
    current, seen = b.sender.unit_uuid, set()
    while current in parents and current not in seen:
        seen.add(current)
        current = parents[current]
    known = Unit.get_or_none(Unit.uuid == current) if current else None
    return bool(seen) and known is not None and known.path.startswith(home.path)


def preview(b: Bundle) -> tuple[dict[str, int], dict[str, dict]]:
    """What importing would do by versions alone: counts, and the local keys read (reused by the merge)."""
    counts = Counter({"new": 0, "newer": 0, "unchanged": 0, "older": 0})
    loaded = {}
    for table in b.wire:  # from the key columns: the records themselves are built once, when merged
        uuids = b.column(table, "uuid")
        local = Merger.local_keys(table, uuids)
        loaded[table] = local
        for uuid, version, writer in zip(uuids, b.column(table, "version"), b.column(table, "writer")):
            mine = local.get(uuid)
            if mine is None:
                counts["new"] += 1
            else:
                key, ours = (version, writer), (mine[1], mine[2])
                counts["newer" if key > ours else "unchanged" if key == ours else "older"] += 1
    return dict(counts), loaded


@dataclass
class Verification:
    bundle: Bundle
    trust: keys.TrustCheck
    preview: dict[str, int] = field(default_factory=dict)

    def as_json(self) -> dict:
        b = self.bundle
        return {"ok": True, "file_size": b.size, "encrypted": b.sealed, "kind": b.kind, "sequence": b.sequence,
                "created_at": b.manifest["created_at"], "full": b.manifest["full"],
                "sender": {"unit_code": b.sender.unit_code, "unit_name": b.sender.unit_name,
                           "installation_id": b.sender.installation_id, "fingerprint": b.sender.fingerprint},
                "trust": self.trust.status, "destination": {k: b.destination.get(k) for k in ("unit_code", "unit_name")},
                "tables": b.totals["tables"], "totals": {k: b.totals[k] for k in ("records", "initiatives",
                                                                                    "benefit_vnd")},
                "receipts": len(b.receipts), "preview": self.preview}


def verify(path: Path | str, passphrase: str | None = None, *, what_if: bool = True,
           allow_untrusted: bool = False) -> Verification:
    """Everything an import checks, and (``what_if``) what it would do by versions; changes nothing.
    ``allow_untrusted``: an unknown sender is reported (``trust.status``), not refused: the officer may
    trust it after comparing its fingerprint."""
    b = load(path, passphrase)
    check = admit(b, trust_new=allow_untrusted)
    return Verification(b, check, preview(b)[0] if what_if else {})


def _sender(b: Bundle) -> Sender:
    return Sender(b.sender.installation_id, b.sender.unit_uuid, b.sender.label or b.sender.installation_id,
                  ledger.previous_watermark(b.sender.installation_id, b.sequence), ledger.ack_watermark(b.sender.unit_uuid))


KEEP_IMPORT_BACKUPS = 5  # a province database is ~0.5 GB: a backup per import would fill a small disk
IMPORT_BACKUP = "-truoc-khi-nhap-"


def _backup() -> str:
    path = Path(database.database)
    folder = backup_dir(path)
    target = folder / f"{path.stem}{IMPORT_BACKUP}{dt.datetime.now():%Y%m%d-%H%M%S-%f}.sqlite3"
    made = backup_to(database.connection(), target)
    prune_import_backups(folder, path.stem)
    return str(made)


def prune_import_backups(folder: Path, stem: str, keep: int | None = None) -> list[Path]:
    """Remove all but the newest ``keep`` backups taken before imports (their names sort by time).
    Backups made by hand or before a migration are never touched."""
    keep = KEEP_IMPORT_BACKUPS if keep is None else keep
    made = sorted(folder.glob(f"{stem}{IMPORT_BACKUP}*.sqlite3"))
    gone = made[:-keep] if keep > 0 else made
    for old in gone:
        old.unlink(missing_ok=True)
    return gone


def import_bundle(actor: Actor, path: Path | str, *, passphrase: str | None = None, trust_new: bool = False,
                  backup: bool = True, progress: Progress | None = None,
                  cancel: Callable[[], bool] | None = None, loaded: Bundle | None = None) -> ImportReport:
    """Import a bundle; ``trust_new``: the officer confirmed an unknown sender's fingerprint; ``loaded``:
    the bundle of ``path`` already read and checked."""
    def check() -> None:
        if cancel and cancel():
            raise Cancelled("Đã hủy nhập gói; cơ sở dữ liệu giữ nguyên như trước.")

    b = loaded or load(path, passphrase)
    trust = admit(b, trust_new=trust_new)
    check()
    counts, loaded = preview(b)
    repeat = ledger.already_received(b.sender.installation_id, b.sequence, b.sha256)
    report = ImportReport(str(path), b.sender.label, b.sender.fingerprint, b.sequence, b.manifest["created_at"],
                          b.kind, b.sealed, sender_totals={k: b.totals[k] for k in ("records", "initiatives",
                                                                                       "benefit_vnd")})
    changes = counts["new"] + counts["newer"] > 0
    if changes and backup and queries.count("unit"):
        report.backup = _backup()
    merger = Merger(installation.ensure_installation().home_unit_uuid, 0, preloaded=loaded, check=check,
                    progress=progress)
    if not changes and repeat:  # all seen before: nothing to write, not even a receipt
        merger.merge(_sender(b), b.tables)
        return _finish(report, b, merger)
    drop = _apply(actor, b, trust, merger)
    for kept in drop:
        Path(kept).unlink(missing_ok=True)
    report.changed = changes or bool(report.released)
    return _finish(report, b, merger)


def _apply(actor: Actor, b: Bundle, trust: keys.TrustCheck, merger: Merger) -> list[str]:
    with database.atomic():
        database.execute_sql("PRAGMA defer_foreign_keys = ON")  # a unit may come before its parent
        top = max((max(b.column(table, "version"), default=0) for table in b.wire), default=0)
        actor.clock.observe(top)
        merger.stamp = actor.clock.tick()
        merger.merge(_sender(b), b.tables)
        merger.released = _release_held(merger)
        writes.flush(merger.out, merger.applied_keys)
        arrival.record(merger.applied, merger.stamp)
        _refresh_search_index(merger)
        totals = applied_totals(b, merger)
        ledger.record_received(b, dict(merger.total_counts()), totals)
        _acked, drop = ledger.apply_receipts(b, actor.installation_id)
        merger.acknowledged = [sent.seq for sent in _acked]
        _bind_trust(actor, b, trust)
        _audit(actor, b, merger)
    return drop


def _bind_trust(actor: Actor, b: Bundle, trust: keys.TrustCheck) -> None:
    if trust.status == "pending":
        keys.bind(trust.office, b.sender)
    elif trust.status == "untrusted":
        keys.trust_key(actor, b.sender)


def _audit(actor: Actor, b: Bundle, merger: Merger) -> None:
    AuditEntry.create(at=ledger.now(), officer=actor.officer, installation_id=actor.installation_id,
                      table_name="bundle", record_uuid=b.sha256, action="import",
                      changes=json.dumps({"sender": [None, b.sender.label], "sequence": [None, b.sequence],
                                          "counts": [None, dict(merger.total_counts())]}, ensure_ascii=False))


def applied_totals(b: Bundle, merger: Merger) -> dict:
    """The sender's control totals, counted over the received records that are now in the database."""
    kept = merger.kept_out  # uuids of this bundle's records that did not land
    records = sum(b.count(table) - len(kept.get(table, ())) for table in b.wire)
    kept_out = merger.kept_out.get("initiative", set())
    live = [benefit for uuid, deleted, benefit in zip(b.column("initiative", "uuid"), b.column("initiative", "deleted"),
                                                      b.column("initiative", "benefit_vnd"))
            if not deleted and uuid not in kept_out]
    return {"records": records, "initiatives": len(live), "benefit_vnd": sum(live)}


def _finish(report: ImportReport, b: Bundle, merger: Merger) -> ImportReport:
    report.tables = {table: merger.counts[table] for table in b.tables if table in merger.counts}
    for table, counter in merger.counts.items():
        report.tables.setdefault(table, counter)
    report.batches = merger.batches
    report.applied_totals = applied_totals(b, merger)
    report.released = merger.released
    report.acknowledged = merger.acknowledged
    return report


def _held_sender(installation_id: str) -> Sender | None:
    office = SyncOffice.get_or_none((SyncOffice.installation_id == installation_id) & SyncOffice.revoked_at.is_null())
    received = (SyncReceived.select().where(SyncReceived.sender_installation_id == installation_id)
                .order_by(SyncReceived.id.desc()).first())
    home = office.unit_uuid if office else (received.sender_unit_uuid if received else None)
    if office is None or home is None:
        return None  # revoked or forgotten: its held records stay where they are
    return Sender(installation_id, home, office.label or installation_id, 0, ledger.ack_watermark(home))


def _release_held(merger: Merger) -> int:
    """Held records whose unit or campaign has arrived are applied now, as their sender sent them."""
    by_table = spec_by_table()
    pending = {(h.table_name, h.uuid): h for h in SyncHeld.select()
               if (h.table_name, h.uuid) not in merger.out.held and h.table_name in by_table}
    released, resolved = 0, set()
    while pending:
        merger.still_held, applied_before = set(), _applied_count(merger, pending)
        groups: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
        for (table, _), held in pending.items():
            record = json.loads(held.record)
            groups[held.sender_installation_id][table].append([record.get(n) for n in by_table[table].names])
        waiting = set()
        for installation_id, tables in groups.items():
            sender = _held_sender(installation_id)
            if sender is None:
                waiting |= {(t, row[UUID]) for t, rows in tables.items() for row in rows}
                continue
            merger.merge(sender, dict(tables), released=True)
        done = _applied_count(merger, pending) - applied_before
        released += done
        resolved |= set(pending) - merger.still_held - waiting
        pending = {key: pending[key] for key in merger.still_held | waiting if key in pending}
        if not done:
            break
    gone = [key for key in resolved if key[1] not in merger.applied_keys.get(key[0], {})]
    database.connection().executemany("DELETE FROM sync_held WHERE table_name = ? AND uuid = ?", gone)
    return released


def _applied_count(merger: Merger, keys_: dict) -> int:
    return sum(1 for table, uuid in keys_ if uuid in merger.applied_keys.get(table, {}))


def _refresh_search_index(merger: Merger) -> None:
    """The local search index of initiatives follows the initiatives and their authors that arrived:
    new initiatives are indexed in bulk from what is stored; changed ones through ``refresh``."""
    new = set(merger.new_ids.get("initiative", ()))
    touched = {id_ for (table, _), ids in merger.applied.items() if table == "initiative" for id_ in ids}
    authors = [id_ for (table, _), ids in merger.applied.items() if table == "initiative_author" for id_ in ids]
    for chunk in queries.chunks(authors):
        touched.update(i for (i,) in database.execute_sql(
            f"SELECT initiative_id FROM initiative_author WHERE id IN ({','.join('?' * len(chunk))})", list(chunk)))
    for first, last in arrival.runs(new):
        initiative_index.insert_rows(queries.initiatives_to_index(first, last))
    if touched - new:
        initiative_index.refresh(sorted(touched - new))
