"""The initiative list: a passive, paged view of ``store.queries.initiatives`` for 170,000 rows and more.

The filtered list is counted once; rows are shown 200 more at a time as the view scrolls down
(``canFetchMore``/``fetchMore``), and only the last few pages read are kept: a page scrolled far away
is read again if it comes back into view, so memory does not grow with the list. Sorting (a header
click) and every filter change start a new query.

Counting a broad search ("t…" matches most of a province) or sorting by a column without an index takes
longer than the interface may wait, so in ``asynchronous`` mode every read is made on a worker: the count
and the first page (``LatestLookup``: the list keeps showing the previous result until the new one
arrives, and a result overtaken by newer typing is dropped), and each page scrolled into view (its rows
show "…" for the moment it takes).
"""

from __future__ import annotations

from collections import OrderedDict

import shiboken6
from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QObject,
                            QPersistentModelIndex, Qt, Signal)
from PySide6.QtGui import QColor, QFont

from uniondesk.domain.amounts import format_vnd, format_vnd_short
from uniondesk.domain.text import format_date
from uniondesk.store.queries import initiatives as queries
from uniondesk.store.queries.initiatives import InitiativeFilter, InitiativeRow
from uniondesk.ui.models.initiative_labels import confidential_text, field_label, status_label
from uniondesk.ui.models.initiative_lookup import LatestLookup, read_later

InitiativeIdRole = Qt.ItemDataRole.UserRole + 1

# (sort key of store.queries.initiatives.SORTS, header): the list's columns, in order.
COLUMNS: tuple[tuple[str, str], ...] = (
    ("title", QT_TRANSLATE_NOOP("InitiativeListModel", "Title")),
    ("unit_name", QT_TRANSLATE_NOOP("InitiativeListModel", "Unit applied")),
    ("campaign_code", QT_TRANSLATE_NOOP("InitiativeListModel", "Campaign")),
    ("field", QT_TRANSLATE_NOOP("InitiativeListModel", "Field")),
    ("status", QT_TRANSLATE_NOOP("InitiativeListModel", "Status")),
    ("benefit_vnd", QT_TRANSLATE_NOOP("InitiativeListModel", "Benefit (VND)")),
    ("registered_on", QT_TRANSLATE_NOOP("InitiativeListModel", "Registered")),
    ("applied_on", QT_TRANSLATE_NOOP("InitiativeListModel", "First applied")),
    ("authors", QT_TRANSLATE_NOOP("InitiativeListModel", "Authors")),
)
KEYS = [key for key, _ in COLUMNS]
TITLE, UNIT, CAMPAIGN, FIELD, STATUS, BENEFIT, REGISTERED, APPLIED, AUTHORS = range(len(COLUMNS))
# Not shown for a confidential initiative (a technology secret): only its title, benefit and award are.
_HIDDEN_WHEN_CONFIDENTIAL = {FIELD, REGISTERED, APPLIED, AUTHORS}


class InitiativeListModel(QAbstractTableModel):
    loaded = Signal()  # a (new) count and first page are shown
    PAGE = queries.PAGE
    KEPT_PAGES = 8  # pages of rows held at once, whatever the length of the list

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.asynchronous = False  # the tab turns it on once its first page is shown
        self._lookup = LatestLookup(self)
        self._listing = 0  # bumped by each new list shown: pages read for an older one are dropped
        self._pending: set[int] = set()  # pages being read on the worker
        self._keep_shown = 0  # a refresh shows as many rows as were shown before it
        self.filter = InitiativeFilter()
        self.sort_key = "registered_on"
        self.descending = True  # the latest first: what an office looks at most
        self.total = 0
        self._shown = 0  # rows made known to the view so far
        self._pages: OrderedDict[int, list[InitiativeRow]] = OrderedDict()
        self.queries = 0  # pages read from the database since the last load (for tests and measurements)

    # --- loading ---------------------------------------------------------------------------------

    def load(self, f: InitiativeFilter | None = None, *, wait: bool = False) -> None:
        """Count the (new) filtered list and show its first page: on a worker in ``asynchronous`` mode,
        unless ``wait``."""
        f = f if f is not None else self.filter
        if self.asynchronous and not wait:
            sort_key, descending = self.sort_key, self.descending

            def work() -> tuple[int, list[InitiativeRow]]:
                total = queries.count(f)
                return total, queries.page(f, sort_key, descending, offset=0, limit=self.PAGE) if total else []

            self._lookup.run(work, lambda result: self._show(f, *result))
            return
        self._lookup.supersede()
        total = queries.count(f)
        self._show(f, total, self._read(f, 0) if total else [])

    @property
    def loading(self) -> bool:
        return self._lookup.busy

    def _read(self, f: InitiativeFilter, number: int) -> list[InitiativeRow]:
        return queries.page(f, self.sort_key, self.descending, offset=number * self.PAGE, limit=self.PAGE)

    def _show(self, f: InitiativeFilter, total: int, first: list[InitiativeRow]) -> None:
        self.beginResetModel()
        self.filter, self.total = f, total
        self._listing += 1
        self._pending.clear()
        self._pages.clear()
        self._pages[0] = first
        self.queries = 1
        self._shown = min(total, max(self.PAGE, self._keep_shown))  # the rows beyond page 1 are read when seen
        self._keep_shown = 0
        self.endResetModel()
        self.loaded.emit()

    def refresh(self) -> None:
        """Read the list again (after a change), showing as many rows as before."""
        self._keep_shown = self._shown
        self.load()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and self._shown < self.total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if parent.isValid() or self._shown >= self.total:
            return
        more = min(self.PAGE, self.total - self._shown)
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    def _page(self, number: int) -> list[InitiativeRow] | None:
        """The page's rows; None while it is being read on the worker."""
        rows = self._pages.get(number)
        if rows is not None:
            self._pages.move_to_end(number)
            return rows
        if self.asynchronous:
            self._read_later(number)
            return None
        self._keep(number, self._read(self.filter, number))
        return self._pages[number]

    def _keep(self, number: int, rows: list[InitiativeRow]) -> None:
        self.queries += 1
        self._pages[number] = rows
        while len(self._pages) > self.KEPT_PAGES:
            self._pages.popitem(last=False)

    def _read_later(self, number: int) -> None:
        if number in self._pending:
            return
        self._pending.add(number)
        listing, f, sort_key, descending = self._listing, self.filter, self.sort_key, self.descending

        def arrived(rows: list[InitiativeRow]) -> None:
            if not shiboken6.isValid(self) or listing != self._listing:
                return  # the list was searched, sorted or read again meanwhile
            self._pending.discard(number)
            self._keep(number, rows)
            first, last = number * self.PAGE, min(self._shown, (number + 1) * self.PAGE) - 1
            if first <= last:
                self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

        read_later(lambda: queries.page(f, sort_key, descending, offset=number * self.PAGE, limit=self.PAGE),
                   arrived)

    def row(self, position: int) -> InitiativeRow | None:
        if not 0 <= position < self._shown:
            return None
        rows = self._page(position // self.PAGE)
        offset = position % self.PAGE
        if rows is None:
            return None
        return rows[offset] if offset < len(rows) else None  # shorter: rows deleted since counting

    def kept_rows(self) -> int:
        """Rows held in memory now."""
        return sum(len(rows) for rows in self._pages.values())

    def row_of(self, initiative_id: int) -> int:
        """The position of an initiative among the pages held, or -1."""
        for number, rows in self._pages.items():
            for offset, row in enumerate(rows):
                if row.id == initiative_id:
                    return number * self.PAGE + offset
        return -1

    # --- Qt model --------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._shown

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("InitiativeListModel", COLUMNS[section][1])
        if role == Qt.ItemDataRole.TextAlignmentRole and section == BENEFIT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(COLUMNS):
            self.sort_key = KEYS[column]
            self.descending = order == Qt.SortOrder.DescendingOrder
            self.load()

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        row = self.row(index.row()) if index.isValid() else None
        if row is None:
            being_read = index.isValid() and index.column() == TITLE and role == Qt.ItemDataRole.DisplayRole
            return "…" if being_read and index.row() < self._shown else None
        column = index.column()
        hidden = row.confidential and column in _HIDDEN_WHEN_CONFIDENTIAL
        if role == Qt.ItemDataRole.DisplayRole:
            return confidential_text() if hidden else self._text(row, column)
        if role == InitiativeIdRole:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == BENEFIT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(row, column, hidden)
        if role == Qt.ItemDataRole.FontRole and hidden:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def _text(self, row: InitiativeRow, column: int) -> str:
        if column == BENEFIT:
            return format_vnd_short(row.benefit_vnd) if row.confidential else format_vnd(row.benefit_vnd)
        values = {TITLE: row.title, UNIT: row.unit_name, CAMPAIGN: row.campaign_code, FIELD: field_label(row.field),
                  STATUS: status_label(row.status), REGISTERED: format_date(row.registered_on),
                  APPLIED: format_date(row.applied_on), AUTHORS: row.authors}
        return values.get(column, "")

    @staticmethod
    def _colour(row: InitiativeRow, column: int, hidden: bool) -> QColor | None:
        if hidden:
            return QColor("#777777")
        if column == APPLIED and row.applied_outside_window:
            return QColor("#b45f06")  # outside the campaign's eligibility window: flagged, not refused
        return None

    def _tooltip(self, row: InitiativeRow, column: int) -> str | None:
        if row.confidential and column in (TITLE, *_HIDDEN_WHEN_CONFIDENTIAL):
            return self.tr("Confidential initiative: only its title, benefit and award are shown.")
        if column == APPLIED and row.applied_outside_window:
            return self.tr("First applied outside the campaign's eligibility window.")
        if column in (TITLE, AUTHORS, UNIT):
            return self._text(row, column)  # long texts are cut in the column
        return None
