"""Status of exchanges with each office: last sent, received and acknowledged, days since, and how many
records the office has not acknowledged. Derived from the book of bundles and receipts only, never
assumed: a bundle counts as arrived when the office's receipt for it came back."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass

from uniondesk.services import installation
from uniondesk.services.sync import keys, ledger
from uniondesk.services.sync.select import Scope, select
from uniondesk.store.models import Unit
from uniondesk.store.models_sync import SyncReceived, SyncSent

WARNING_DAYS_KEY = "sync_warning_days"
DEFAULT_WARNING_DAYS = 30


@dataclass
class OfficeStatus:
    unit_uuid: str
    unit_code: str
    unit_name: str
    relation: str  # "upper" (an office above this one), "lower", or "" (not in this tree any more)
    fingerprints: list[str]
    revoked: bool
    last_sent: dict | None  # {"seq", "at", "days"}
    last_received: dict | None
    last_acknowledged: dict | None
    unacknowledged_records: int | None  # what an incremental bundle would carry now
    kept_bundles: int
    warning: bool

    def as_json(self) -> dict:
        return asdict(self)


def warning_days() -> int:
    value = installation.get_setting(WARNING_DAYS_KEY)
    return int(value) if value and value.isdigit() else DEFAULT_WARNING_DAYS


def set_warning_days(days: int) -> None:
    installation.set_setting(WARNING_DAYS_KEY, str(max(1, int(days))))


def _days(at: str | None, today: dt.date) -> int | None:
    return (today - dt.date.fromisoformat(at[:10])).days if at else None


def _event(seq: int | None, at: str | None, today: dt.date) -> dict | None:
    return {"seq": seq, "at": at, "days": _days(at, today)} if at else None


def _office_units() -> list[str]:
    units = {office.unit_uuid for office in keys.trusted_offices() if office.unit_uuid}
    units |= {uuid for (uuid,) in SyncSent.select(SyncSent.destination_unit_uuid).distinct().tuples()}
    units |= {uuid for (uuid,) in SyncReceived.select(SyncReceived.sender_unit_uuid).distinct().tuples()}
    return sorted(units)


def _pending(home: Unit, unit: Unit) -> int | None:
    """Records an incremental bundle to this office would hold now (since its last receipt)."""
    if unit.id == home.id or not (unit.path.startswith(home.path) or home.path.startswith(unit.path)):
        return None
    scope = Scope.of(home, unit)
    acked = ledger.last_acknowledged(unit.uuid)
    since = acked.watermark if acked else 0
    echo = {o.installation_id for o in keys.offices_of_unit(unit.uuid) if o.installation_id}
    return select(scope, since=since, new_units=set(), echo_from=echo, full=False, keys_only=True).records


def office_status(unit_uuid: str, home: Unit | None, today: dt.date, limit: int) -> OfficeStatus:
    unit = Unit.get_or_none(Unit.uuid == unit_uuid)
    sent = SyncSent.select().where(SyncSent.destination_unit_uuid == unit_uuid).order_by(SyncSent.seq.desc()).first()
    acked = ledger.last_acknowledged(unit_uuid)
    got = (SyncReceived.select().where(SyncReceived.sender_unit_uuid == unit_uuid)
           .order_by(SyncReceived.received_at.desc(), SyncReceived.id.desc()).first())
    offices = [o for o in keys.trusted_offices() if o.unit_uuid == unit_uuid]
    relation = ""
    if unit is not None and home is not None and unit.id != home.id:
        relation = "upper" if home.path.startswith(unit.path) else "lower" if unit.path.startswith(home.path) else ""
    kept = SyncSent.select().where((SyncSent.destination_unit_uuid == unit_uuid)
                                   & SyncSent.kept_path.is_null(False)).count()
    last_heard = _days(got.received_at if got else None, today)
    last_ack = _days(acked.acked_at if acked else None, today)
    heard = [days for days in (last_heard, last_ack) if days is not None]
    # Quiet for too long: nothing heard back since the limit (or since the first bundle went out).
    quiet = min(heard) if heard else _days(sent.created_at if sent else None, today)
    return OfficeStatus(
        unit_uuid, unit.code if unit else "", unit.name if unit else "", relation,
        [o.fingerprint for o in offices], bool(offices) and all(o.revoked_at for o in offices),
        _event(sent.seq, sent.created_at, today) if sent else None,
        _event(got.seq, got.received_at, today) if got else None,
        _event(acked.seq, acked.acked_at, today) if acked else None,
        _pending(home, unit) if unit is not None and home is not None else None, kept,
        quiet is not None and quiet > limit)


def status(today: dt.date | None = None) -> list[OfficeStatus]:
    today = today or dt.date.today()
    home = installation.home_unit()
    limit = warning_days()
    return [office_status(uuid, home, today, limit) for uuid in _office_units()
            if home is None or uuid != home.uuid]


def sent_bundles(unit_uuid: str) -> list[dict]:
    return [{"seq": s.seq, "created_at": s.created_at, "records": s.records, "kind": s.kind, "full": s.full,
             "acknowledged_at": s.acked_at, "kept": s.kept_path, "totals": json.loads(s.totals)}
            for s in SyncSent.select().where(SyncSent.destination_unit_uuid == unit_uuid).order_by(SyncSent.seq)]
