"""Who is acting: the officer, this installation, and its clock. Every service write takes one."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from uniondesk.domain.identity import HybridClock, new_uuid
from uniondesk.store.models import SYNCED_MODELS, AuditEntry, SyncedModel


@dataclass
class Actor:
    officer: str
    installation_id: str
    clock: HybridClock = field(default_factory=HybridClock)

    def stamp(self) -> dict[str, Any]:
        """Sync metadata for a change made now."""
        return {"version": self.clock.tick(), "writer": self.installation_id, "changed_by": self.officer}

    def new_record(self) -> dict[str, Any]:
        """Sync metadata for a record created now: a new identity and this installation as origin."""
        return {"uuid": new_uuid(), "origin": self.installation_id, **self.stamp()}


def clock_from_database() -> HybridClock:
    """A clock that continues after the highest version stored, whatever the PC's clock says."""
    last = 0
    for model in SYNCED_MODELS:
        top = model.select(model.version).order_by(model.version.desc()).limit(1).scalar()
        last = max(last, top or 0)
    return HybridClock(last)


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, SyncedModel):
        return value.uuid
    return value


def audit(actor: Actor, record: SyncedModel, action: str, changes: dict[str, tuple[Any, Any]] | None = None) -> None:
    """Record who changed which record and what changed (field: [old, new])."""
    payload = {name: [_jsonable(old), _jsonable(new)] for name, (old, new) in (changes or {}).items()
               if name not in record.LOCAL_FIELDS}
    AuditEntry.create(
        at=dt.datetime.now().isoformat(timespec="seconds"),
        officer=actor.officer,
        installation_id=actor.installation_id,
        table_name=record._meta.table_name,
        record_uuid=record.uuid,
        action=action,
        changes=json.dumps(payload, ensure_ascii=False),
    )


def save_changes(actor: Actor, record: SyncedModel, changes: dict[str, tuple[Any, Any]],
                 action: str = "update") -> None:
    """Apply ``changes`` (field: (old, new)) to ``record`` with a new version, and audit it.

    Pairs whose old and new values are equal are left out: the audit trail lists real changes only.
    """
    changes = {name: pair for name, pair in changes.items() if pair[0] != pair[1]}
    for name, (_, new) in changes.items():
        setattr(record, name, new)
    for name, value in actor.stamp().items():
        setattr(record, name, value)
    record.save()
    audit(actor, record, action, changes)
