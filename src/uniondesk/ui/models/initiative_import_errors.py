"""The problems a workbook check found, one line per refused cell: row, cell, column, what is wrong."""

from __future__ import annotations

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QObject,
                            QPersistentModelIndex, Qt)

from uniondesk.services.excel import CellError

HEADERS = (QT_TRANSLATE_NOOP("ImportErrorsModel", "Row"), QT_TRANSLATE_NOOP("ImportErrorsModel", "Cell"),
           QT_TRANSLATE_NOOP("ImportErrorsModel", "Column"), QT_TRANSLATE_NOOP("ImportErrorsModel", "Problem"))


class ImportErrorsModel(QAbstractTableModel):
    """A passive view of ``ImportPlan.errors`` (or ``ImportResult.errors``)."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.errors: list[CellError] = []

    def set_errors(self, errors: list[CellError]) -> None:
        self.beginResetModel()
        self.errors = list(errors)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.errors)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(HEADERS):
            return QCoreApplication.translate("ImportErrorsModel", HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.errors):
            return None
        error = self.errors[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (str(error.row), error.cell, error.header, error.message)[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
