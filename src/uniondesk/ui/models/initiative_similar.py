"""The initiatives similar to the title being typed, shown beside the entry form (a dozen rows at most)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from uniondesk.domain.similarity import LIKELY_DUPLICATE

InitiativeIdRole = Qt.ItemDataRole.UserRole + 1


def is_likely(similar) -> bool:
    """A likely duplicate: a very similar title and a shared author or the same unit (domain.similarity)."""
    return similar.score >= LIKELY_DUPLICATE and (similar.shared_author or similar.same_unit)


def describe(similar) -> str:
    """Two lines: the title, then where it was applied, by whom, and how alike it is."""
    authors = ", ".join(similar.authors) if not isinstance(similar.authors, str) else similar.authors
    facts = [similar.unit_name, authors, f"{round(similar.score * 100)} %"]
    return f"{similar.title}\n{' · '.join(fact for fact in facts if fact)}"


class SimilarModel(QAbstractListModel):
    """A passive view of ``services.duplicates.similar_initiatives``; likely duplicates in red."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.items: list = []

    def set_items(self, items: list) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        similar = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return describe(similar)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._why(similar)
        if role == Qt.ItemDataRole.ForegroundRole and is_likely(similar):
            return QColor("#b71c1c")
        if role == Qt.ItemDataRole.FontRole and is_likely(similar):
            font = QFont()
            font.setBold(True)
            return font
        if role == InitiativeIdRole:
            return similar.id
        return None

    def _why(self, similar) -> str:
        reasons = [self.tr("Title {score} % alike").format(score=round(similar.score * 100))]
        if similar.shared_author:
            reasons.append(self.tr("an author in common"))
        if similar.same_unit:
            reasons.append(self.tr("the same unit"))
        return ", ".join(reasons)
