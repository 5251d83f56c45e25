"""Small read-only tables of the clusters editor: the clusters of a grouping, the members of a cluster
and its covenants. Each holds at most a few dozen rows, read again after every change."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from uniondesk.domain.text import format_date, format_int
from uniondesk.store.queries import campaigns as queries

RecordIdRole = Qt.ItemDataRole.UserRole + 1


class _RowsModel(QAbstractTableModel):
    """Rows of display texts, each with the id of the record it shows."""

    def __init__(self, headers: tuple[str, ...], parent: QObject | None = None):
        super().__init__(parent)
        self._headers = headers
        self._rows: list[tuple[int, tuple[str, ...]]] = []

    def _set_rows(self, rows: list[tuple[int, tuple[str, ...]]]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def record_id(self, row: int) -> int | None:
        return self._rows[row][0] if 0 <= row < len(self._rows) else None

    def row_of(self, record_id: int | None) -> int:
        return next((row for row, (rid, _) in enumerate(self._rows) if rid == record_id), -1)

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
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        record_id, texts = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return texts[index.column()]
        if role == RecordIdRole:
            return record_id
        return None


class ClustersModel(_RowsModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__((self.tr("Cluster"), self.tr("Leader"), self.tr("Members")), parent)
        self.leaders: dict[int, int | None] = {}

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid() and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)

    def load(self, grouping_id: int | None) -> None:
        rows = queries.clusters(grouping_id) if grouping_id is not None else []
        self.leaders = {row.id: row.leader_id for row in rows}
        self._set_rows([(row.id, (row.name, row.leader_name, format_int(row.member_count))) for row in rows])

    def name(self, row: int) -> str:
        return self._rows[row][1][0] if 0 <= row < len(self._rows) else ""


class MembersModel(_RowsModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__((self.tr("Code"), self.tr("Unit")), parent)

    def load(self, cluster_id: int | None) -> None:
        rows = queries.cluster_members(cluster_id) if cluster_id is not None else []
        self._set_rows([(row.unit_id, (row.code, row.name)) for row in rows])

    def unit_ids(self) -> list[int]:
        return [unit_id for unit_id, _ in self._rows]


class CovenantsModel(_RowsModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__((self.tr("Signed on"), self.tr("Document"), self.tr("Note")), parent)

    def load(self, cluster_id: int | None) -> None:
        rows = queries.covenants(cluster_id) if cluster_id is not None else []
        self._set_rows([(row.id, (format_date(row.signed_on), row.document_ref, row.note)) for row in rows])
