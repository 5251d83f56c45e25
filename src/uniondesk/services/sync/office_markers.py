"""What the union tree and the status bar show about the offices this one exchanges with, cheaply.

``status.status()`` also counts, per office, the records an incremental bundle would carry now: that
selects the office's whole subtree and takes about 11 s for the 34 upper units of a province. The tree
and the status bar need only the dates and the warning, which are a few indexed reads per office, so
``markers`` asks ``status.office_status`` without a home unit (which skips the count) and adds the
relation itself; the warning rule stays in one place, ``status.office_status``. ``unacknowledged``
yields the counts one office at a time, so that a window can show each as it comes and stop early.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from uniondesk.services import installation
from uniondesk.services.sync import keys, status
from uniondesk.store.models import Unit
from uniondesk.store.models_sync import SyncReceived, SyncSent


@dataclass(frozen=True)
class OfficeMarker:
    """One office this one exchanges with, as the tree marks it."""

    unit_id: int | None  # None: the unit is not (or no longer) in this database
    status: status.OfficeStatus  # ``unacknowledged_records`` is always None here

    @property
    def warning(self) -> bool:
        return self.status.warning

    @property
    def quiet_days(self) -> int | None:
        """Days since the office was last heard from (a bundle or a receipt), else since the first send."""
        return quiet_days(self.status)


def quiet_days(row: status.OfficeStatus) -> int | None:
    """The number of days the warning compares with the limit (the same rule as ``status``)."""
    heard = [event["days"] for event in (row.last_received, row.last_acknowledged) if event]
    if heard:
        return min(heard)
    return row.last_sent["days"] if row.last_sent else None


def office_units(home_uuid: str | None) -> list[str]:
    """The units of the offices this one trusts or has exchanged bundles with (not its own)."""
    units = {office.unit_uuid for office in keys.trusted_offices() if office.unit_uuid}
    units |= {uuid for (uuid,) in SyncSent.select(SyncSent.destination_unit_uuid).distinct().tuples()}
    units |= {uuid for (uuid,) in SyncReceived.select(SyncReceived.sender_unit_uuid).distinct().tuples()}
    units.discard(home_uuid)
    return sorted(units)


def _relation(home: Unit | None, unit: Unit | None) -> str:
    if home is None or unit is None or unit.id == home.id:
        return ""
    if home.path.startswith(unit.path):
        return "upper"
    return "lower" if unit.path.startswith(home.path) else ""


def markers(today: dt.date | None = None) -> dict[str, OfficeMarker]:
    """unit uuid → marker, for every office this one trusts or has exchanged bundles with. Reads only."""
    today = today or dt.date.today()
    home = installation.home_unit()
    limit = status.warning_days()
    uuids = office_units(home.uuid if home else None)
    units = {unit.uuid: unit for unit in Unit.select(Unit.id, Unit.uuid, Unit.path).where(Unit.uuid.in_(uuids))}
    found = {}
    for uuid in uuids:
        unit = units.get(uuid)
        row = dataclasses.replace(status.office_status(uuid, None, today, limit), relation=_relation(home, unit))
        found[uuid] = OfficeMarker(unit.id if unit else None, row)
    return found


def unacknowledged(today: dt.date | None = None,
                   cancel: Callable[[], bool] | None = None) -> Iterator[tuple[str, int | None]]:
    """(unit uuid, records an incremental bundle to that office would carry now), one office at a time."""
    today = today or dt.date.today()
    home = installation.home_unit()
    limit = status.warning_days()
    for uuid in office_units(home.uuid if home else None):
        if cancel is not None and cancel():
            return
        yield uuid, status.office_status(uuid, home, today, limit).unacknowledged_records
