"""Groups of likely duplicates of a campaign, one initiative per line, each group shaded as a block."""

from __future__ import annotations

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QObject,
                            QPersistentModelIndex, Qt)
from PySide6.QtGui import QColor

from uniondesk.services.duplicates import Similar

InitiativeIdRole = Qt.ItemDataRole.UserRole + 1
HEADERS = (QT_TRANSLATE_NOOP("DuplicateGroupsModel", "Group"), QT_TRANSLATE_NOOP("DuplicateGroupsModel", "Title"),
           QT_TRANSLATE_NOOP("DuplicateGroupsModel", "Unit applied"),
           QT_TRANSLATE_NOOP("DuplicateGroupsModel", "Authors"), QT_TRANSLATE_NOOP("DuplicateGroupsModel", "Alike"),
           QT_TRANSLATE_NOOP("DuplicateGroupsModel", "Why"))
GROUP, TITLE, UNIT, AUTHORS, ALIKE, WHY = range(len(HEADERS))
_SHADES = (QColor("#ffffff"), QColor("#eef3fb"))


class DuplicateGroupsModel(QAbstractTableModel):
    """A passive view of ``services.duplicates.duplicate_groups``."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._lines: list[tuple[int, Similar]] = []
        self.group_count = 0

    def set_groups(self, groups: list[list[Similar]]) -> None:
        self.beginResetModel()
        self._lines = [(number, member) for number, group in enumerate(groups, 1) for member in group]
        self.group_count = len(groups)
        self.endResetModel()

    def line(self, row: int) -> tuple[int, Similar] | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(HEADERS):
            return QCoreApplication.translate("DuplicateGroupsModel", HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        line = self.line(index.row()) if index.isValid() else None
        if line is None:
            return None
        number, member = line
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(number, member, index.column())
        if role == Qt.ItemDataRole.BackgroundRole:
            return _SHADES[number % 2]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (GROUP, ALIKE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == InitiativeIdRole:
            return member.id
        return None

    def _text(self, number: int, member: Similar, column: int) -> str:
        if column == WHY:
            reasons = []
            if member.same_unit:
                reasons.append(self.tr("same unit"))
            if member.shared_author:
                reasons.append(self.tr("shared author"))
            return ", ".join(reasons)
        values = {GROUP: str(number), TITLE: member.title, UNIT: member.unit_name, AUTHORS: member.authors,
                  ALIKE: f"{round(member.score * 100)} %"}
        return values.get(column, "")
