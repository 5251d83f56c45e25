"""The phases of the campaign being edited: a small editable table of name, start and end.

Dates stay text while the officer types (dd/mm/yyyy); ``phases()`` reads them when saving and refuses
a row it cannot read with a message naming the row.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal

from uniondesk.domain.campaigns import PhaseSpec
from uniondesk.domain.errors import InputError
from uniondesk.domain.text import format_date, parse_date

NAME, START, END = range(3)


class PhasesModel(QAbstractTableModel):
    edited = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[list[str]] = []
        self.read_only = False
        self._headers = (self.tr("Phase"), self.tr("Start"), self.tr("End"))

    def load(self, phases: list[tuple[str, dt.date, dt.date]]) -> None:
        self.beginResetModel()
        self._rows = [[name, format_date(start), format_date(end)] for name, start, end in phases]
        self.endResetModel()

    def texts(self) -> list[tuple[str, str, str]]:
        return [tuple(row) for row in self._rows]

    def add_row(self, start: str = "", end: str = "") -> int:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(["", start, end])
        self.endInsertRows()
        self.edited.emit()
        return row

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._rows):
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
            self.edited.emit()

    def phases(self) -> list[PhaseSpec]:
        """The phases typed, or InputError (field "phases") for a date that cannot be read."""
        out = []
        for number, (name, start, end) in enumerate(self._rows, 1):
            try:
                out.append(PhaseSpec(name.strip(), parse_date(start), parse_date(end)))
            except ValueError as exc:
                raise InputError(self.tr("Phase {number}: {reason}").format(number=number, reason=exc),
                                 "phases") from None
        return out

    # --- Qt model interface ------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._headers[section] if 0 <= section < 3 else None
        return section + 1

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return None
        return self._rows[index.row()][index.column()]

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.read_only:
            return False
        self._rows[index.row()][index.column()] = str(value or "")
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        self.edited.emit()
        return True

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags if self.read_only else flags | Qt.ItemFlag.ItemIsEditable
