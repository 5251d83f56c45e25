"""Vietnamese (translatable) labels of the enums the database stores as keys."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from uniondesk.domain.units import UnitKind, UnitStatus

_KINDS = {
    UnitKind.NATIONAL: QT_TRANSLATE_NOOP("UnitKind", "Confederation"),
    UnitKind.PROVINCIAL: QT_TRANSLATE_NOOP("UnitKind", "Provincial federation"),
    UnitKind.SECTOR: QT_TRANSLATE_NOOP("UnitKind", "Central sector union"),
    UnitKind.UPPER: QT_TRANSLATE_NOOP("UnitKind", "Upper-level union"),
    UnitKind.GRASSROOTS: QT_TRANSLATE_NOOP("UnitKind", "Grassroots union"),
    UnitKind.SECTION: QT_TRANSLATE_NOOP("UnitKind", "Union section"),
    UnitKind.TEAM: QT_TRANSLATE_NOOP("UnitKind", "Union team"),
}
_STATUSES = {
    UnitStatus.LIVE: QT_TRANSLATE_NOOP("UnitStatus", "Active"),
    UnitStatus.CLOSED: QT_TRANSLATE_NOOP("UnitStatus", "Dissolved"),
    UnitStatus.MERGED: QT_TRANSLATE_NOOP("UnitStatus", "Merged"),
    UnitStatus.SPLIT: QT_TRANSLATE_NOOP("UnitStatus", "Split"),
}


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("UnitKind", _KINDS[UnitKind(kind)])


def status_label(status: str) -> str:
    return QCoreApplication.translate("UnitStatus", _STATUSES[UnitStatus(status)])
