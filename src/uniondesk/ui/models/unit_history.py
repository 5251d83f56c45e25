"""A unit's history in readable sentences: dated events ("01/07/2025 — Chuyển về …") and the audit
trail of who recorded which change ("Sửa: tên, số đoàn viên — Nguyễn Văn An, 22/11/2026 09:10")."""

from __future__ import annotations

import datetime as dt
import json

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractListModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from uniondesk.domain.text import format_date, format_int
from uniondesk.store.queries import units as queries
from uniondesk.store.queries.units import HistoryLine

_CONTEXT = "UnitHistory"
_EVENTS = {
    "created": QT_TRANSLATE_NOOP("UnitHistory", "Founded"),
    "created_under": QT_TRANSLATE_NOOP("UnitHistory", "Founded under {unit}"),
    "edited": QT_TRANSLATE_NOOP("UnitHistory", "Edited: {fields}"),
    "moved": QT_TRANSLATE_NOOP("UnitHistory", "Moved under {unit}"),
    "merged_into": QT_TRANSLATE_NOOP("UnitHistory", "Merged into {unit} ({members} members)"),
    "absorbed": QT_TRANSLATE_NOOP("UnitHistory", "Took in {unit} by merger ({members} members)"),
    "split_into": QT_TRANSLATE_NOOP("UnitHistory", "Split: {unit} set up with {members} members"),
    "split_from": QT_TRANSLATE_NOOP("UnitHistory", "Set up by splitting {unit} ({members} members)"),
    "closed": QT_TRANSLATE_NOOP("UnitHistory", "Dissolved"),
    "closed_because": QT_TRANSLATE_NOOP("UnitHistory", "Dissolved: {reason}"),
    "reopened": QT_TRANSLATE_NOOP("UnitHistory", "Reopened"),
    "members_counted": QT_TRANSLATE_NOOP("UnitHistory", "Members counted: {members} (before: {before})"),
}
_ACTIONS = {
    "create": QT_TRANSLATE_NOOP("UnitHistory", "Record created"),
    "update": QT_TRANSLATE_NOOP("UnitHistory", "Edited: {fields}"),
    "delete": QT_TRANSLATE_NOOP("UnitHistory", "Deleted"),
}
_FIELDS = {
    "code": QT_TRANSLATE_NOOP("UnitHistory", "code"),
    "name": QT_TRANSLATE_NOOP("UnitHistory", "name"),
    "kind": QT_TRANSLATE_NOOP("UnitHistory", "kind"),
    "members": QT_TRANSLATE_NOOP("UnitHistory", "members"),
    "members_counted_on": QT_TRANSLATE_NOOP("UnitHistory", "date members were counted"),
    "opened_on": QT_TRANSLATE_NOOP("UnitHistory", "founding date"),
    "parent": QT_TRANSLATE_NOOP("UnitHistory", "parent unit"),
    "status": QT_TRANSLATE_NOOP("UnitHistory", "status"),
    "closed_on": QT_TRANSLATE_NOOP("UnitHistory", "closing date"),
    "successor": QT_TRANSLATE_NOOP("UnitHistory", "successor unit"),
    "deleted": QT_TRANSLATE_NOOP("UnitHistory", "deleted"),
}
_AUDIT_COLOUR = QColor(96, 96, 96)


def _tr(source: str) -> str:
    return QCoreApplication.translate(_CONTEXT, source)


def _fields(names) -> str:
    return ", ".join(_tr(_FIELDS[name]) if name in _FIELDS else name for name in names)


def _event_text(line: HistoryLine) -> str:
    detail = json.loads(line.detail or "{}")
    what = line.what
    if what == "created" and line.other:
        what = "created_under"
    if what == "closed" and detail.get("reason"):
        what = "closed_because"
    if what == "edited":
        return _tr(_EVENTS[what]).format(fields=_fields(detail.get("fields", [])))
    source = _EVENTS.get(what)
    if source is None:
        return what
    before = detail.get("before")
    return _tr(source).format(unit=line.other, reason=detail.get("reason", ""),
                              members=format_int(detail.get("members", 0)),
                              before=format_int(before) if before is not None else "—")


def _when(at: str) -> str:
    moment = dt.datetime.fromisoformat(at)
    return f"{format_date(moment.date())} {moment:%H:%M}"


def describe(line: HistoryLine) -> str:
    """One line of the history panel."""
    if line.kind == "event":
        day = format_date(dt.date.fromisoformat(line.at)) if line.at else "—"
        return f"{day} — {_event_text(line)}"
    changes = json.loads(line.detail or "{}")
    source = _ACTIONS.get(line.what)
    text = _tr(source).format(fields=_fields(changes)) if source else line.what
    return f"{text} — {line.officer}, {_when(line.at)}"


class UnitHistoryModel(QAbstractListModel):
    """The history of one unit, newest first; events in black, audit entries in grey."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._lines: list[tuple[str, HistoryLine]] = []

    def load(self, unit_id: int | None) -> None:
        self.beginResetModel()
        lines = queries.history(unit_id) if unit_id is not None else []
        self._lines = [(describe(line), line) for line in lines]
        self.endResetModel()

    def texts(self) -> list[str]:
        return [text for text, _ in self._lines]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return None
        text, line = self._lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.ToolTipRole and line.officer:
            return self.tr("Recorded by {officer}").format(officer=line.officer)
        if role == Qt.ItemDataRole.ForegroundRole and line.kind == "audit":
            return QBrush(_AUDIT_COLOUR)
        return None
