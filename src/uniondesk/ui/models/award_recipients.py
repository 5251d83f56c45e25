"""The recipients of one decision: number in the list, who (Ông / Bà / Tập thể and the name), position
and unit, own reason, register number, and the nudge of their certificate's text.

A decision names a few hundred recipients at most: they are read whole, with their nudges in one query.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from uniondesk.domain.awards import RecipientKind, detail_line, display_name
from uniondesk.domain.text import format_date, format_int
from uniondesk.services.certificates import calibration
from uniondesk.store.queries import awards as queries
from uniondesk.store.queries.awards import RecipientRow
from uniondesk.ui.models.award_labels import format_mm, kind_label

SEQ, RECIPIENT, DETAIL, REASON, REGISTER, NUDGE = range(6)
RecipientIdRole = Qt.ItemDataRole.UserRole + 1
_REPEATED = "#8a5300"
_REVOKED = "#9e9e9e"


class RecipientsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.decision_id: int | None = None
        self._rows: list[RecipientRow] = []
        self._nudges: dict[str, tuple[float, float]] = {}
        self._headers = (self.tr("No."), self.tr("Recipient"), self.tr("Position, unit"), self.tr("Own reason"),
                         self.tr("Register no."), self.tr("Moved (mm)"))

    def load(self, decision_id: int | None) -> None:
        self.beginResetModel()
        self.decision_id = decision_id
        self._rows = queries.recipient_rows(decision_id) if decision_id is not None else []
        self._nudges = calibration.nudges([row.uuid for row in self._rows])
        self.endResetModel()

    def recipient(self, row: int) -> RecipientRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, recipient_id: int | None) -> int:
        return next((row for row, r in enumerate(self._rows) if r.id == recipient_id), -1)

    def ids(self) -> list[int]:
        return [row.id for row in self._rows]

    def keys(self) -> set[tuple]:
        """(kind, person or unit id) of everyone listed: proposals already here are not offered again."""
        return {(r.kind, r.person_id) if r.kind == RecipientKind.INDIVIDUAL else (r.kind, r.unit_id)
                for r in self._rows}

    def nudge(self, recipient_id: int) -> tuple[float, float]:
        row = self.recipient(self.row_of(recipient_id))
        return self._nudges.get(row.uuid, (0.0, 0.0)) if row else (0.0, 0.0)

    def counts(self) -> tuple[int, int]:
        """(collectives, individuals)."""
        collectives = sum(1 for row in self._rows if row.kind == RecipientKind.COLLECTIVE)
        return collectives, len(self._rows) - collectives

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
        row = self.recipient(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.row(), column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (SEQ, REGISTER, NUDGE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.revoked_on is not None:
                return QBrush(QColor(_REVOKED))
            if row.repeat_reason and column == RECIPIENT:
                return QBrush(QColor(_REPEATED))
        if role == Qt.ItemDataRole.FontRole and row.revoked_on is not None:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == RecipientIdRole:
            return row.id
        return None

    def _text(self, row: RecipientRow, number: int, column: int) -> str:
        if column == SEQ:
            return str(number + 1)
        if column == RECIPIENT:
            return display_name(row.kind, row.gender, row.name)
        if column == DETAIL:
            return detail_line(row.kind, row.position, row.unit_name)
        if column == REASON:
            return row.reason
        if column == REGISTER:
            return format_int(row.register_no) if row.register_no else ""
        dx, dy = self._nudges.get(row.uuid, (0.0, 0.0))
        return f"{format_mm(dx)}; {format_mm(dy)}" if dx or dy else ""

    def _tooltip(self, row: RecipientRow) -> str:
        lines = [f"{display_name(row.kind, row.gender, row.name)} ({kind_label(row.kind)})"]
        detail = detail_line(row.kind, row.position, row.unit_name)
        if detail:
            lines.append(detail)
        if row.achievement:
            lines.append(self.tr("Achievement: {text}").format(text=row.achievement))
        if row.repeat_reason:
            lines.append(self.tr("Rewarded again for this campaign: {reason}").format(reason=row.repeat_reason))
        if row.revoked_on is not None:
            lines.append(self.tr("Revoked on {date}").format(date=format_date(row.revoked_on)))
        return "\n".join(lines)
