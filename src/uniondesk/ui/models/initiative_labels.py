"""What the interface calls initiative fields, statuses and recognisers; the database keeps the keys.

Shared by the entry form, the list, the status dialog and the duplicate finder. Source strings are
English (translated at run time), so lupdate finds them through QT_TRANSLATE_NOOP.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from uniondesk.domain.initiatives import InitiativeField, InitiativeStatus, RecognisedBy

_CONTEXT = "InitiativeLabels"

# In the order of the field combo boxes: the most frequent first, "other" last.
FIELD_SOURCES: dict[str, str] = {
    InitiativeField.TECHNICAL: QT_TRANSLATE_NOOP("InitiativeLabels", "Technical solution"),
    InitiativeField.MANAGEMENT: QT_TRANSLATE_NOOP("InitiativeLabels", "Management solution"),
    InitiativeField.OPERATIONAL: QT_TRANSLATE_NOOP("InitiativeLabels", "Operational solution"),
    InitiativeField.APPLIED_TECHNOLOGY: QT_TRANSLATE_NOOP("InitiativeLabels", "Applied technical progress"),
    InitiativeField.OTHER: QT_TRANSLATE_NOOP("InitiativeLabels", "Other"),
}

STATUS_SOURCES: dict[str, str] = {
    InitiativeStatus.REGISTERED: QT_TRANSLATE_NOOP("InitiativeLabels", "Registered"),
    InitiativeStatus.RECOGNISED: QT_TRANSLATE_NOOP("InitiativeLabels", "Recognised"),
    InitiativeStatus.NOT_RECOGNISED: QT_TRANSLATE_NOOP("InitiativeLabels", "Not recognised"),
    InitiativeStatus.APPLIED: QT_TRANSLATE_NOOP("InitiativeLabels", "Applied"),
    InitiativeStatus.WITHDRAWN: QT_TRANSLATE_NOOP("InitiativeLabels", "Recognition withdrawn"),
}

# Who recognised an initiative (Law on Emulation and Commendation 2022): its council or the unit's head.
RECOGNISER_SOURCES: dict[str, str] = {
    RecognisedBy.COUNCIL: QT_TRANSLATE_NOOP("InitiativeLabels", "Initiative council"),
    RecognisedBy.UNIT_HEAD: QT_TRANSLATE_NOOP("InitiativeLabels", "Head of the unit"),
}

CONFIDENTIAL_TEXT = QT_TRANSLATE_NOOP("InitiativeLabels", "Confidential")


def _label(sources: dict[str, str], key: str | None) -> str:
    if not key:
        return ""
    source = sources.get(key)
    return QCoreApplication.translate(_CONTEXT, source) if source else key


def field_label(field: str | None) -> str:
    """"technical" → "Giải pháp kỹ thuật"."""
    return _label(FIELD_SOURCES, field)


def status_label(status: str | None) -> str:
    """"recognised" → "Được công nhận"."""
    return _label(STATUS_SOURCES, status)


def recogniser_label(key: str | None) -> str:
    return _label(RECOGNISER_SOURCES, key)


def confidential_text() -> str:
    return QCoreApplication.translate(_CONTEXT, CONFIDENTIAL_TEXT)
