"""The quota and progress table of one unit's children in a campaign (``services.progress``).

A passive view of one ``Progress`` result. The quota column is editable: what the officer types is
handed to the tab (``quota_entered``), which asks the quota service and, once it has agreed, puts the
new figure back with ``set_quota``; the model never writes itself.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QColor

from uniondesk.domain.text import format_int, vi_sort_key
from uniondesk.services.progress import Progress, ProgressRow
from uniondesk.ui.models.campaign_labels import format_pct

(UNIT, QUOTA, INITIATIVES, RECOGNISED, GRASSROOTS, MEMBERS, BENEFIT, ACHIEVEMENT, RANK, CLUSTER,
 CLUSTER_RANK) = range(11)
NUMERIC = (QUOTA, INITIATIVES, RECOGNISED, GRASSROOTS, MEMBERS, BENEFIT, ACHIEVEMENT, RANK, CLUSTER_RANK)
SortRole = Qt.ItemDataRole.UserRole + 1
UnitIdRole = Qt.ItemDataRole.UserRole + 2
PercentRole = Qt.ItemDataRole.UserRole + 3
_EDITABLE = QColor("#fff8e1")

_FIELDS = {QUOTA: "quota", INITIATIVES: "initiatives", RECOGNISED: "recognised",
           GRASSROOTS: "grassroots_participating", MEMBERS: "members_participating", BENEFIT: "benefit_vnd",
           ACHIEVEMENT: "achievement_pct", RANK: "rank", CLUSTER_RANK: "cluster_rank"}


class QuotaProgressModel(QAbstractTableModel):
    quota_entered = Signal(int, str)  # unit id, the text typed in its quota cell

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[ProgressRow] = []
        self.progress: Progress | None = None
        self.quota_editable = False
        # Two-line headers keep the figure columns narrow and leave the width to the unit names.
        self._headers = (self.tr("Unit"), self.tr("Quota"), self.tr("Initiatives"), self.tr("Recognised"),
                         self.tr("Grassroots\ntaking part"), self.tr("Members\ntaking part"),
                         self.tr("Benefit\n(VND)"), self.tr("Achieved"), self.tr("Rank"), self.tr("Cluster"),
                         self.tr("Rank in\ncluster"))
        self._tips = {GRASSROOTS: self.tr("Grassroots unions with at least one initiative"),
                      MEMBERS: self.tr("Distinct authors of the initiatives"),
                      ACHIEVEMENT: self.tr("Initiatives entered against the quota")}

    def load(self, progress: Progress | None, quota_editable: bool) -> None:
        self.beginResetModel()
        self.progress = progress
        self._rows = list(progress.rows) if progress else []
        self.quota_editable = quota_editable
        self.endResetModel()

    def row(self, row: int) -> ProgressRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, unit_id: int) -> int:
        return next((row for row, line in enumerate(self._rows) if line.unit_id == unit_id), -1)

    def set_quota(self, unit_id: int, quota: int | None) -> None:
        """Show a quota the service has just saved (achievement and ranks follow with the next reading)."""
        row = self.row_of(unit_id)
        if row >= 0:
            self._rows[row].quota = quota
            index = self.index(row, QUOTA)
            self.dataChanged.emit(index, index)

    # --- Qt model interface ------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips.get(section, self._headers[section].replace("\n", " "))
        return None

    def has_clusters(self) -> bool:
        return any(line.cluster for line in self._rows)

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == QUOTA and self.quota_editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        line = self.row(index.row()) if index.isValid() else None
        if line is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, column)
        if role == Qt.ItemDataRole.EditRole:
            return format_int(line.quota) if column == QUOTA else self._text(line, column)
        if role == Qt.ItemDataRole.BackgroundRole and column == QUOTA and self.quota_editable:
            return _EDITABLE  # tells the one column the officer types in
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column in (UNIT, CLUSTER):
            return f"{line.unit_name} ({line.unit_code})" if column == UNIT else line.cluster
        if role == SortRole:
            return self._sort_value(line, column)
        if role == UnitIdRole:
            return line.unit_id
        if role == PercentRole and column == ACHIEVEMENT:
            return line.achievement_pct
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        line = self.row(index.row()) if index.isValid() else None
        if line is None or role != Qt.ItemDataRole.EditRole or index.column() != QUOTA or not self.quota_editable:
            return False
        self.quota_entered.emit(line.unit_id, str(value if value is not None else ""))
        return False  # the cell changes when the service has saved it (set_quota), not before

    def _text(self, line: ProgressRow, column: int) -> str:
        if column == UNIT:
            return line.unit_name
        if column == CLUSTER:
            return line.cluster
        if column == ACHIEVEMENT:
            return format_pct(line.achievement_pct)
        value = getattr(line, _FIELDS[column])
        return "" if value is None else format_int(value)

    def _sort_value(self, line: ProgressRow, column: int):
        if column == UNIT:
            letters, tones = vi_sort_key(line.unit_name)
            return f"{letters}\x00{tones}\x00{line.unit_code}"
        if column == CLUSTER:
            return "\x00".join(vi_sort_key(line.cluster))
        value = getattr(line, _FIELDS[column])
        # Units without a figure (no quota, no rank) sort below every figure.
        return -1.0 if value is None else float(value)
