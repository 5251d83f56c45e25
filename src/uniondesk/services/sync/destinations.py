"""Offices this one can send a bundle to, and what a bundle for one of them would hold now.

Read-only helpers of the export dialog: the office above (the home unit's parent) first, then the other
offices above and the offices below that this one has exchanged with (trusted, sent to or received
from); and, for a chosen unit, what a bundle would carry, when bundles last went each way, and the
recipient's key to encrypt for, if this office knows it. Nothing here writes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from uniondesk.domain.errors import InputError
from uniondesk.domain.text import vi_sort_key
from uniondesk.services import installation
from uniondesk.services.sync import bundle, keys, ledger
from uniondesk.services.sync.select import Scope, select
from uniondesk.store.models import Unit
from uniondesk.store.models_sync import SyncOffice, SyncReceived, SyncSent


@dataclass(frozen=True)
class Destination:
    unit_id: int
    unit_uuid: str
    code: str
    name: str
    relation: str  # "upper": an office above this one; "lower": one below

    @property
    def label(self) -> str:
        return f"{self.name} [{self.code}]"


@dataclass(frozen=True)
class Exchange:
    """One bundle that went one way: its number and day, and how many days ago."""

    seq: int
    on: dt.date
    days: int


@dataclass
class Preview:
    destination: Destination
    home_code: str
    full: bool
    records: int
    initiatives: int
    benefit_vnd: int
    next_sequence: int
    last_sent: Exchange | None
    last_received: Exchange | None
    last_acknowledged: Exchange | None
    recipient: keys.OfficeKey | None  # the destination's key to encrypt for, when known and unambiguous

    def file_name(self, kind: str = "data") -> str:
        """``HH-to-TH-00003.udbundle``: who to whom and the bundle's number, in plain ASCII for any stick."""
        middle = "-setup" if kind == "setup" else ""
        return f"{self.home_code}-to-{self.destination.code}{middle}-{self.next_sequence:05d}{bundle.EXTENSION}"


def _home() -> Unit:
    home = installation.home_unit()
    if home is None:
        raise InputError("Cơ sở dữ liệu này chưa có đơn vị chủ quản; hãy tạo văn phòng trước.")
    return home


def _relation(home: Unit, unit: Unit) -> str:
    if unit.id == home.id:
        return ""
    if home.path.startswith(unit.path):
        return "upper"
    return "lower" if unit.path.startswith(home.path) else ""


def _destination(home: Unit, unit: Unit) -> Destination:
    return Destination(unit.id, unit.uuid, unit.code, unit.name, _relation(home, unit))


def _exchanged() -> set[str]:
    """Units of the offices this one trusts, sent bundles to, or received bundles from."""
    units = {uuid for (uuid,) in SyncOffice.select(SyncOffice.unit_uuid).where(
        SyncOffice.unit_uuid.is_null(False) & SyncOffice.revoked_at.is_null()).tuples()}
    units |= {uuid for (uuid,) in SyncSent.select(SyncSent.destination_unit_uuid).distinct().tuples()}
    units |= {uuid for (uuid,) in SyncReceived.select(SyncReceived.sender_unit_uuid).distinct().tuples()}
    return units


def candidates() -> list[Destination]:
    """The parent office first, then other offices above it exchanged with, then those below (by name)."""
    home = installation.home_unit()
    if home is None:
        return []
    parent = Unit.get_or_none(Unit.id == home.parent_id) if home.parent_id else None
    known = Unit.select().where(Unit.uuid.in_(sorted(_exchanged())) & (Unit.deleted == False))  # noqa: E712
    others = [_destination(home, unit) for unit in known if parent is None or unit.id != parent.id]
    others = [d for d in others if d.relation]
    others.sort(key=lambda d: (d.relation != "upper", vi_sort_key(d.name), d.code))
    return ([_destination(home, parent)] if parent else []) + others


def destination(unit_id: int) -> Destination:
    """The unit as a destination of this office; refused when it is neither above nor below."""
    home, unit = _home(), Unit.get_or_none(Unit.id == unit_id)
    if unit is None or unit.deleted:
        raise InputError("Không tìm thấy đơn vị này; hãy chọn lại.", "unit")
    if unit.id == home.id:
        raise InputError("Không thể xuất gói cho chính văn phòng này.", "unit")
    found = _destination(home, unit)
    if not found.relation:
        raise InputError(f"“{unit.name}” không phải cấp trên hay cấp dưới của “{home.name}”; chỉ trao đổi gói với "
                         "văn phòng cấp trên hoặc cấp dưới.", "unit")
    return found


def _exchange(seq: int | None, at: str | None, today: dt.date) -> Exchange | None:
    if seq is None or not at:
        return None
    day = dt.date.fromisoformat(at[:10])
    return Exchange(seq, day, (today - day).days)


def recipient_key(unit_uuid: str) -> keys.OfficeKey | None:
    """The key of the office serving this unit, if exactly one installation is trusted for it with its key."""
    offices = [o for o in keys.offices_of_unit(unit_uuid) if o.public_key and o.installation_id]
    if len({o.installation_id for o in offices}) != 1:
        return None
    office, unit = offices[-1], Unit.get_or_none(Unit.uuid == unit_uuid)
    return keys.OfficeKey(office.installation_id, bytes(office.public_key), unit_uuid,
                          unit.code if unit else "", unit.name if unit else office.label)


def _history(unit_uuid: str, today: dt.date) -> tuple[Exchange | None, Exchange | None, Exchange | None]:
    sent = (SyncSent.select().where(SyncSent.destination_unit_uuid == unit_uuid)
            .order_by(SyncSent.seq.desc()).first())
    got = (SyncReceived.select().where(SyncReceived.sender_unit_uuid == unit_uuid)
           .order_by(SyncReceived.received_at.desc(), SyncReceived.id.desc()).first())
    acked = ledger.last_acknowledged(unit_uuid)
    return (_exchange(sent.seq, sent.created_at, today) if sent else None,
            _exchange(got.seq, got.received_at, today) if got else None,
            _exchange(acked.seq, acked.acked_at, today) if acked else None)


def preview(unit_id: int, *, full: bool = False, today: dt.date | None = None,
            cancel: Callable[[], bool] | None = None) -> Preview:
    """What a bundle for this unit's office would hold now: the records it has not acknowledged (all of
    them with ``full``), with the control totals an import report repeats. Reads only; at province
    scale it takes about a second, so the dialog runs it on a worker."""
    home, dest = _home(), destination(unit_id)
    unit = Unit.get_by_id(unit_id)
    acked = None if full else ledger.last_acknowledged(unit.uuid)
    echo = set() if full else {o.installation_id for o in keys.offices_of_unit(unit.uuid) if o.installation_id}
    chosen = select(Scope.of(home, unit), since=acked.watermark if acked else 0, new_units=set(), echo_from=echo,
                    full=full, cancel=cancel)
    totals = bundle.control_totals(chosen.tables)
    return Preview(dest, home.code, full, totals["records"], totals["initiatives"], totals["benefit_vnd"],
                   ledger.next_sequence(unit.uuid), *_history(unit.uuid, today or dt.date.today()),
                   recipient_key(unit.uuid))
