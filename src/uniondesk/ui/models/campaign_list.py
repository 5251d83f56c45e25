"""The campaign list: code, name, kind, organiser, period and status, filtered by status and year.

Campaigns number in the dozens, so a filter change reads the list again rather than hiding rows.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, Qt

from uniondesk.domain.text import format_date
from uniondesk.store.queries import campaigns as queries
from uniondesk.store.queries.campaigns import CampaignRow
from uniondesk.ui.models.campaign_labels import campaign_kind_label, campaign_status_label

CODE, NAME, KIND, ORGANISER, PERIOD, STATUS = range(6)
CampaignIdRole = Qt.ItemDataRole.UserRole + 1


class CampaignListModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[CampaignRow] = []
        self.status: str | None = None
        self.year: int | None = None
        self._headers = (self.tr("Code"), self.tr("Name"), self.tr("Kind"), self.tr("Organiser"),
                         self.tr("Period"), self.tr("Status"))

    def set_filter(self, status: str | None, year: int | None) -> None:
        self.status, self.year = status or None, year
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._rows = queries.campaign_rows(self.status, self.year)
        self.endResetModel()

    def campaign(self, row: int) -> CampaignRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, campaign_id: int | None) -> int:
        return next((row for row, c in enumerate(self._rows) if c.id == campaign_id), -1)

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
        campaign = self.campaign(index.row()) if index.isValid() else None
        if campaign is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(campaign, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (NAME, ORGANISER):
            return self._text(campaign, index.column())
        if role == CampaignIdRole:
            return campaign.id
        return None

    def _text(self, campaign: CampaignRow, column: int) -> str:
        if column == CODE:
            return campaign.code
        if column == NAME:
            return campaign.name
        if column == KIND:
            return campaign_kind_label(campaign.kind)
        if column == ORGANISER:
            return campaign.organiser_name
        if column == PERIOD:
            return f"{format_date(campaign.start_on)} – {format_date(campaign.end_on)}"
        return campaign_status_label(campaign.status)
