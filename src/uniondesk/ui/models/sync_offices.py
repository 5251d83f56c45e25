"""The offices this one trusts or exchanges bundles with, one line per key (or per office with no key).

A passive view of ``keys.trusted_offices()`` joined with ``office_markers.markers()``; the records not
yet acknowledged arrive later, one office at a time (``set_count``): counting them selects each office's
whole subtree, about a third of a second per upper unit of a province, so the dialog counts on a worker.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QObject,
                            QPersistentModelIndex, Qt)
from PySide6.QtGui import QBrush, QColor, QFontDatabase

from uniondesk.domain.text import format_int
from uniondesk.services.sync.office_markers import OfficeMarker, quiet_days
from uniondesk.services.sync.status import OfficeStatus
from uniondesk.store.models_sync import SyncOffice

HEADERS = (QT_TRANSLATE_NOOP("OfficesModel", "Office"), QT_TRANSLATE_NOOP("OfficesModel", "Relation"),
           QT_TRANSLATE_NOOP("OfficesModel", "Key fingerprint"), QT_TRANSLATE_NOOP("OfficesModel", "Trusted"),
           QT_TRANSLATE_NOOP("OfficesModel", "Last sent"), QT_TRANSLATE_NOOP("OfficesModel", "Last received"),
           QT_TRANSLATE_NOOP("OfficesModel", "Last acknowledged"),
           QT_TRANSLATE_NOOP("OfficesModel", "Unacknowledged"), QT_TRANSLATE_NOOP("OfficesModel", "Warning"))
PENDING_TIP = QT_TRANSLATE_NOOP("OfficesModel", "Records an incremental bundle to this office would carry now: "
                                                "what it has not acknowledged yet")
OFFICE, RELATION, FINGERPRINT, TRUSTED, SENT, RECEIVED, ACKNOWLEDGED, PENDING, WARNING = range(len(HEADERS))
_WARNING_BACKGROUND = QColor(255, 235, 230)
_REVOKED_COLOUR = QColor(128, 128, 128)

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for: strings stay in the catalogue


def date_text(iso: str | None) -> str:
    """"2025-05-02T10:11:12" → "02/05/2025"."""
    if not iso:
        return ""
    year, month, day = iso[:10].split("-")
    return f"{day}/{month}/{year}"


def ago_text(days: int | None) -> str:
    if days is None:
        return ""
    if days <= 0:
        return translate("OfficesModel", "today")
    if days == 1:
        return translate("OfficesModel", "yesterday")
    return translate("OfficesModel", "{days} days ago").format(days=format_int(days))


def event_text(event: dict | None) -> str:
    """A bundle sent, received or acknowledged: "02/05/2025 (3 days ago)", or "—" when there is none."""
    if not event:
        return "—"
    return translate("OfficesModel", "{date} ({ago})").format(date=date_text(event["at"]),
                                                               ago=ago_text(event["days"]))


def event_cell(event: dict | None) -> str:
    """The same on two lines, so that the table fits a modest screen."""
    return f"{date_text(event['at'])}\n{ago_text(event['days'])}" if event else "—"


def relation_text(relation: str) -> str:
    if relation == "upper":
        return translate("OfficesModel", "above")
    return translate("OfficesModel", "below") if relation == "lower" else "—"


def quiet_text(row: OfficeStatus) -> str:
    days = quiet_days(row)
    if days is None:
        return ""
    return translate("OfficesModel", "⚠ No news for {days} days").format(days=format_int(days))


@dataclass(frozen=True)
class OfficeRow:
    office: SyncOffice | None  # the trusted key (None: bundles exchanged, but no key trusted here)
    status: OfficeStatus | None  # None: a fingerprint trusted before its office's first bundle

    @property
    def revoked(self) -> bool:
        return self.office is not None and bool(self.office.revoked_at)

    @property
    def warning(self) -> bool:
        return self.status is not None and self.status.warning and not self.revoked

    @property
    def label(self) -> str:
        if self.status is not None and self.status.unit_code:
            return f"{self.status.unit_name} [{self.status.unit_code}]"
        if self.office is not None and self.office.label:
            return self.office.label
        return translate("OfficesModel", "(an office whose first bundle has not arrived yet)")

    def trusted_text(self) -> str:
        if self.office is None:
            return translate("OfficesModel", "not trusted")
        if self.office.revoked_at:
            return translate("OfficesModel", "revoked\n{date}").format(
                date=date_text(self.office.revoked_at))
        if not self.office.installation_id:
            return translate("OfficesModel", "{date}\nfingerprint only").format(
                date=date_text(self.office.trusted_at))
        return date_text(self.office.trusted_at)


def build_rows(offices: list[SyncOffice], markers: dict[str, OfficeMarker]) -> list[OfficeRow]:
    """Each trusted key with its office's exchanges, then offices exchanged with but holding no key here."""
    rows = [OfficeRow(office, markers[office.unit_uuid].status if office.unit_uuid in markers else None)
            for office in offices]
    keyed = {office.unit_uuid for office in offices}
    rows += [OfficeRow(None, marker.status) for uuid, marker in markers.items() if uuid not in keyed]
    order = {"upper": 0, "lower": 1}
    return sorted(rows, key=lambda row: (order.get(row.status.relation if row.status else "", 2), row.revoked,
                                         row.label.casefold()))


class OfficesModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.rows: list[OfficeRow] = []
        self._pending: dict[str, int | None] = {}  # unit uuid → records not yet acknowledged
        self._counting = False  # offices not counted yet say "counting…" rather than "—"

    def set_rows(self, rows: list[OfficeRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def start_counting(self) -> None:
        self._pending, self._counting = {}, True
        self._pending_changed()

    def set_count(self, unit_uuid: str, count: int | None) -> None:
        self._pending[unit_uuid] = count
        self._pending_changed()

    def stop_counting(self) -> None:
        self._counting = False
        self._pending_changed()

    def _pending_changed(self) -> None:
        if self.rows:
            self.dataChanged.emit(self.index(0, PENDING), self.index(len(self.rows) - 1, PENDING))

    def row_at(self, index: QModelIndex | QPersistentModelIndex) -> OfficeRow | None:
        return self.rows[index.row()] if index.isValid() and 0 <= index.row() < len(self.rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("OfficesModel", HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole and section == PENDING:
            return translate("OfficesModel", PENDING_TIP)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.row_at(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == PENDING:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and index.column() == FINGERPRINT:
            return QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)  # 0 and O, 1 and I differ
        if role == Qt.ItemDataRole.ForegroundRole and row.revoked:
            return QBrush(_REVOKED_COLOUR)
        if role == Qt.ItemDataRole.BackgroundRole and row.warning:
            return QBrush(_WARNING_BACKGROUND)
        return None

    def _text(self, row: OfficeRow, column: int) -> str:
        status = row.status
        if column == OFFICE:
            return row.label
        if column == RELATION:
            return relation_text(status.relation if status else "")
        if column == FINGERPRINT:
            return row.office.fingerprint if row.office else "—"
        if column == TRUSTED:
            return row.trusted_text()
        if column in (SENT, RECEIVED, ACKNOWLEDGED):
            if status is None:
                return "—"
            return event_cell((status.last_sent, status.last_received, status.last_acknowledged)[column - SENT])
        if column == PENDING:
            return self._pending_text(row)
        if column == WARNING:
            return quiet_text(status) if row.warning else ""
        return ""

    def _pending_text(self, row: OfficeRow) -> str:
        if row.status is None:
            return "—"
        if row.status.unit_uuid not in self._pending:
            return translate("OfficesModel", "counting…") if self._counting else "—"
        count = self._pending[row.status.unit_uuid]
        return "—" if count is None else format_int(count)

    def _tooltip(self, row: OfficeRow, column: int) -> str | None:
        status = row.status
        if column in (SENT, RECEIVED, ACKNOWLEDGED) and status is not None:
            event = (status.last_sent, status.last_received, status.last_acknowledged)[column - SENT]
            return translate("OfficesModel", "Bundle no. {seq}").format(seq=event["seq"]) if event else None
        if column == PENDING and status is not None and status.kept_bundles:
            return translate("OfficesModel", "{count} bundles sent are kept until this office acknowledges "
                                             "them.").format(count=format_int(status.kept_bundles))
        if column == OFFICE:
            return row.label
        return None
