"""Proposals for a decision, with a tick box each: who, why (the campaign's figures), and whether they
are already rewarded for the campaign. Showing one kind only hides rows but keeps their ticks."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from uniondesk.domain.awards import RecipientKind, display_name
from uniondesk.domain.text import format_date
from uniondesk.services.award_proposals import Proposal
from uniondesk.ui.models.award_labels import kind_label

RECIPIENT, KIND, DETAIL, WHY, EARLIER = range(5)
_WARNING = "#8a5300"


class ProposalsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._all: list[Proposal] = []
        self._shown: list[int] = []  # indexes into _all
        self._ticked: set[int] = set()
        self.kind: str | None = None
        self._headers = (self.tr("Recipient"), self.tr("Kind"), self.tr("Position, unit"), self.tr("Why proposed"),
                         self.tr("Already rewarded"))

    def load(self, proposals: list[Proposal]) -> None:
        self.beginResetModel()
        self._all = list(proposals)
        self._ticked = set()
        self._shown = self._filtered()
        self.endResetModel()

    def set_kind(self, kind: str | None) -> None:
        self.beginResetModel()
        self.kind = kind or None
        self._shown = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[int]:
        return [i for i, p in enumerate(self._all) if self.kind is None or p.kind == self.kind]

    def proposal(self, row: int) -> Proposal | None:
        return self._all[self._shown[row]] if 0 <= row < len(self._shown) else None

    def total(self) -> int:
        return len(self._all)

    def ticked(self) -> list[Proposal]:
        """The ticked proposals in the list's order (collectives first, then by score)."""
        return [p for i, p in enumerate(self._all) if i in self._ticked]

    def set_all_shown(self, ticked: bool) -> None:
        if ticked:
            self._ticked.update(self._shown)
        else:
            self._ticked.difference_update(self._shown)
        if self._shown:
            self.dataChanged.emit(self.index(0, RECIPIENT), self.index(len(self._shown) - 1, RECIPIENT),
                                  [Qt.ItemDataRole.CheckStateRole])

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsUserCheckable if index.column() == RECIPIENT else flags

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        proposal = self.proposal(index.row()) if index.isValid() else None
        if proposal is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and column == RECIPIENT:
            ticked = self._shown[index.row()] in self._ticked
            return Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(proposal, column) or None
        if role == Qt.ItemDataRole.ForegroundRole and proposal.earlier:
            return QBrush(QColor(_WARNING))
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole or index.column() != RECIPIENT:
            return False
        position = self._shown[index.row()]
        if Qt.CheckState(value) == Qt.CheckState.Checked:
            self._ticked.add(position)
        else:
            self._ticked.discard(position)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        return True

    def _text(self, proposal: Proposal, column: int) -> str:
        if column == RECIPIENT:
            return display_name(proposal.kind, proposal.gender, proposal.name)
        if column == KIND:
            return kind_label(proposal.kind)
        if column == DETAIL:
            if proposal.kind == RecipientKind.COLLECTIVE:
                return proposal.unit_name
            return ", ".join(part for part in (proposal.position, proposal.unit_name) if part)
        if column == WHY:
            return proposal.achievement
        return "; ".join(self.tr("{form} no. {number} of {date}").format(
            form=e.form_title, number=e.number, date=format_date(e.decided_on)) for e in proposal.earlier)
