"""What the interface calls unit kinds and statuses; the database keeps only the enum values.

Shared by the tree model, the detail panel, the dialogs and any other screen that names a kind.
Source strings are English (translated at run time), so lupdate finds them through QT_TRANSLATE_NOOP.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from uniondesk.domain.text import format_date
from uniondesk.domain.units import UnitKind, UnitStatus

_CONTEXT = "UnitLabels"

# In the order of the tree's levels: the order of the kind combo boxes.
KIND_SOURCES: dict[str, str] = {
    UnitKind.NATIONAL: QT_TRANSLATE_NOOP("UnitLabels", "National confederation"),
    UnitKind.PROVINCIAL: QT_TRANSLATE_NOOP("UnitLabels", "Provincial federation"),
    UnitKind.SECTOR: QT_TRANSLATE_NOOP("UnitLabels", "Central sector union"),
    UnitKind.UPPER: QT_TRANSLATE_NOOP("UnitLabels", "Upper-level union"),
    UnitKind.GRASSROOTS: QT_TRANSLATE_NOOP("UnitLabels", "Grassroots union"),
    UnitKind.SECTION: QT_TRANSLATE_NOOP("UnitLabels", "Union section"),
    UnitKind.TEAM: QT_TRANSLATE_NOOP("UnitLabels", "Union team"),
}

# The usual kind of a new unit added under a unit of each kind (the user can change it).
CHILD_KIND: dict[str, str] = {
    UnitKind.NATIONAL: UnitKind.PROVINCIAL,
    UnitKind.PROVINCIAL: UnitKind.UPPER,
    UnitKind.SECTOR: UnitKind.UPPER,
    UnitKind.UPPER: UnitKind.GRASSROOTS,
    UnitKind.GRASSROOTS: UnitKind.SECTION,
    UnitKind.SECTION: UnitKind.TEAM,
    UnitKind.TEAM: UnitKind.TEAM,
}

_STATUS_SOURCES: dict[str, str] = {
    UnitStatus.LIVE: QT_TRANSLATE_NOOP("UnitLabels", "Active"),
    UnitStatus.CLOSED: QT_TRANSLATE_NOOP("UnitLabels", "Dissolved {date}"),
    UnitStatus.MERGED: QT_TRANSLATE_NOOP("UnitLabels", "Merged {date}"),
    UnitStatus.SPLIT: QT_TRANSLATE_NOOP("UnitLabels", "Split {date}"),
}


def kind_label(kind: str) -> str:
    """"grassroots" → "Công đoàn cơ sở" (with the Vietnamese translation loaded)."""
    source = KIND_SOURCES.get(kind)
    return QCoreApplication.translate(_CONTEXT, source) if source else kind


def status_label(status: str, closed_on: dt.date | str | None = None) -> str:
    """"Đang hoạt động", or "Đã giải thể 01/07/2025" / "Đã sáp nhập …" / "Đã chia tách …"."""
    source = _STATUS_SOURCES.get(status)
    if source is None:
        return status
    if isinstance(closed_on, str):
        closed_on = dt.date.fromisoformat(closed_on)
    return QCoreApplication.translate(_CONTEXT, source).format(date=format_date(closed_on)).strip()
