"""The list of award decisions: number, date, issuing unit, form, campaign, recipients and status,
filtered by status. Decisions number in the dozens a year, so a filter change reads the list again."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor

from uniondesk.domain.awards import DecisionStatus
from uniondesk.domain.text import format_date, format_int
from uniondesk.store.queries import awards as queries
from uniondesk.store.queries.awards import DecisionRow
from uniondesk.ui.models.award_labels import form_label, status_label

NUMBER, DATE, ISSUER, FORM, CAMPAIGN, RECIPIENTS, STATUS = range(7)
DecisionIdRole = Qt.ItemDataRole.UserRole + 1
_STATUS_COLOURS = {DecisionStatus.DRAFT: "#8a5300", DecisionStatus.SIGNED: "#1b5e20", DecisionStatus.REVOKED: "#c62828"}


class DecisionListModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[DecisionRow] = []
        self.status: str | None = None
        self._headers = (self.tr("Number"), self.tr("Date"), self.tr("Issuing unit"), self.tr("Form"),
                         self.tr("Campaign"), self.tr("Recipients"), self.tr("Status"))

    def set_filter(self, status: str | None) -> None:
        self.status = status or None
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = queries.decision_rows(self.status)
        self.endResetModel()

    def decision(self, row: int) -> DecisionRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, decision_id: int | None) -> int:
        return next((row for row, d in enumerate(self._rows) if d.id == decision_id), -1)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        decision = self.decision(index.row()) if index.isValid() else None
        if decision is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(decision, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(decision, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == RECIPIENTS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS:
            return QBrush(QColor(_STATUS_COLOURS.get(decision.status, "#000000")))
        if role == DecisionIdRole:
            return decision.id
        return None

    def _text(self, decision: DecisionRow, column: int) -> str:
        if column == NUMBER:
            return decision.number
        if column == DATE:
            return format_date(decision.decided_on)
        if column == ISSUER:
            return decision.issuing_unit_name
        if column == FORM:
            return form_label(decision.form, decision.form_title)
        if column == CAMPAIGN:
            return decision.campaign_name
        if column == RECIPIENTS:
            return format_int(decision.individuals + decision.collectives)
        return status_label(decision.status)

    def _tooltip(self, decision: DecisionRow, column: int) -> str | None:
        if column == RECIPIENTS:
            return self.tr("{collectives} collectives, {individuals} individuals").format(
                collectives=format_int(decision.collectives), individuals=format_int(decision.individuals))
        if column in (ISSUER, CAMPAIGN):
            return self._text(decision, column) or None
        return None
