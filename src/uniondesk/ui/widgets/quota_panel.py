"""Quotas and progress of one campaign under one unit: the children's table, the allocation summary,
the cascade warning, a way down and up the tree, and the Excel quota sheet.

Progress is read on a worker (a national campaign takes about 2 s); the table appears when it arrives,
and an answer for a campaign or unit no longer shown is dropped. Allocating is one service call, on the
writer thread, after which the figures are read again.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox, QWidget

from uniondesk.domain.errors import InputError, UserFacingError
from uniondesk.domain.text import fold, format_date, format_int, parse_count
from uniondesk.services import quotas as quota_service
from uniondesk.services.actor import Actor
from uniondesk.services.progress import Progress, progress
from uniondesk.services.quotas import Allocation, QuotaOverview
from uniondesk.store.queries import campaigns as queries
from uniondesk.ui.forms.ui_quota_panel import Ui_QuotaPanel
from uniondesk.ui.models.campaign_labels import format_pct
from uniondesk.ui.models.quota_progress import (
    ACHIEVEMENT,
    BENEFIT,
    CLUSTER,
    CLUSTER_RANK,
    RANK,
    UNIT,
    QuotaProgressModel,
    SortRole,
    UnitIdRole,
)
from uniondesk.ui.tasks import run_task
from uniondesk.ui.widgets.quota_bar_delegate import AchievementBarDelegate


@dataclass(frozen=True)
class Reading:
    """What one worker run brings back."""

    progress: Progress
    overview: QuotaOverview


def read_progress(campaign_id: int, unit_id: int | None) -> Reading:
    figures = progress(campaign_id, unit_id)
    return Reading(figures, quota_service.overview(campaign_id, figures.total.unit_id))


class QuotaPanel(QWidget):
    loaded = Signal()  # a reading has been shown
    status_message = Signal(str)
    changed = Signal()  # quotas were written
    allocation_done = Signal(bool)  # an allocation was saved (True) or refused (False)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_QuotaPanel()
        self.ui.setupUi(self)
        self.actor: Actor | None = None
        self.home_unit_id: int | None = None
        self.campaign_id: int | None = None
        self.unit_id: int | None = None  # the unit whose children are shown; None: the default one
        self.reading: Reading | None = None
        self._organiser_id: int | None = None
        self._generation = 0  # answers of older requests are dropped
        self._select_next: int | None = None
        self.model = QuotaProgressModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SortRole)
        self._setup_table()
        self._connect()
        self.ui.warning_label.hide()
        self.ui.error_label.hide()
        self.set_campaign(None)

    def _setup_table(self) -> None:
        view = self.ui.table_view
        view.setModel(self.proxy)
        self._bar = AchievementBarDelegate(view)
        view.setItemDelegateForColumn(ACHIEVEMENT, self._bar)
        view.setSortingEnabled(True)
        view.sortByColumn(RANK, Qt.SortOrder.AscendingOrder)
        # Grassroots names share long prefixes ("Công đoàn Công ty CP …"): their ends tell them apart.
        view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        view.setSelectionBehavior(view.SelectionBehavior.SelectRows)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        header = view.horizontalHeader()
        header.setSectionResizeMode(UNIT, QHeaderView.ResizeMode.Stretch)
        metrics = view.fontMetrics()
        number = metrics.horizontalAdvance("1.234.567") + 18
        widest = {BENEFIT: "1.234.567.890.000", ACHIEVEMENT: "100,0 % ", CLUSTER: "Cụm thi đua số 10 miền núi"}
        for column in range(1, self.model.columnCount()):
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            width = max(number, max(metrics.horizontalAdvance(line) for line in title.split("\n")) + 28,
                        metrics.horizontalAdvance(widest.get(column, "")) + 18)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        view.setMinimumHeight(160)

    def _connect(self) -> None:
        ui = self.ui
        ui.up_button.clicked.connect(self.go_up)
        ui.refresh_button.clicked.connect(self.reload)
        ui.export_button.clicked.connect(self.export_sheet)
        ui.import_button.clicked.connect(self.import_sheet)
        ui.table_view.activated.connect(self._activated)
        self.model.quota_entered.connect(self.allocate)
        up = QAction(self.tr("Up one level"), self)
        up.setShortcuts([QKeySequence("Alt+Up"), QKeySequence(Qt.Key.Key_Backspace)])
        up.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        up.triggered.connect(self.go_up)
        ui.table_view.addAction(up)

    # --- what is shown ---------------------------------------------------------------------------

    def set_campaign(self, campaign_id: int | None) -> None:
        """Show ``campaign_id`` from its default unit (the organiser, or this office when below it)."""
        self.campaign_id, self.unit_id = campaign_id, None
        row = queries.campaign_row(campaign_id) if campaign_id is not None else None
        self._organiser_id = row.organiser_id if row else None
        self.model.load(None, False)
        self.reading = None
        self._show_header()
        if row is not None:
            self.reload()

    def show_unit(self, unit_id: int) -> None:
        self.unit_id = unit_id
        self.reload()

    def reload(self) -> None:
        if self.campaign_id is None:
            return
        self._generation += 1
        generation, campaign_id, unit_id = self._generation, self.campaign_id, self.unit_id
        self.ui.summary_label.setText(self.tr("Counting…") if self.reading is None else self.ui.summary_label.text())
        run_task(self, self.tr("Counting progress…"), lambda _progress, _cancel: read_progress(campaign_id, unit_id),
                 on_done=lambda reading: self._arrived(generation, reading),
                 on_error=lambda error: self._failed(generation, error), writes=False)

    def _arrived(self, generation: int, reading: Reading) -> None:
        if generation != self._generation:
            return
        self.reading = reading
        self.unit_id = reading.progress.total.unit_id
        keep, self._select_next = self._select_next or self._current_unit(), None
        self.model.load(reading.progress, self._may_allocate(self.unit_id))
        for column in (CLUSTER, CLUSTER_RANK):  # most levels have no clusters: give the names the room
            self.ui.table_view.setColumnHidden(column, not self.model.has_clusters())
        self._show_header()
        self._select(keep)
        self.loaded.emit()

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        if not isinstance(error, UserFacingError):
            raise error
        self._show_error(error.message)
        self.loaded.emit()

    def _may_allocate(self, unit_id: int) -> bool:
        """This office may change the quotas ``unit_id`` gives, when ``unit_id`` is in its subtree."""
        home, unit = queries.unit_path(self.home_unit_id), queries.unit_path(unit_id)
        return self.actor is not None and unit is not None and (home is None or unit.startswith(home))

    def _show_header(self) -> None:
        ui, reading = self.ui, self.reading
        ui.error_label.hide()
        enabled = reading is not None
        for button in (ui.export_button, ui.import_button, ui.refresh_button):
            button.setEnabled(enabled)
        ui.import_button.setEnabled(enabled and self.model.quota_editable)
        ui.up_button.setEnabled(enabled and self.unit_id != self._organiser_id)
        if reading is None:
            ui.trail_label.setText("")
            ui.summary_label.setText(self.tr("Select a campaign to see its quotas and progress.")
                                     if self.campaign_id is None else self.tr("Counting…"))
            ui.warning_label.hide()
            return
        self._show_trail()
        ui.summary_label.setText(self._summary(reading))
        self._show_warning(reading.overview.warning)

    def _show_trail(self) -> None:
        trail = queries.unit_trail(self.unit_id)
        start = next((i for i, (unit_id, _) in enumerate(trail) if unit_id == self._organiser_id), 0)
        text = " › ".join(name for _, name in trail[start:])
        self.ui.trail_label.setText(text)
        self.ui.trail_label.setToolTip(text)

    def _summary(self, reading: Reading) -> str:
        overview, total, figures = reading.overview, reading.progress.total, reading.progress
        quota = format_int(overview.parent_quota) if overview.parent_quota is not None else self.tr("none")
        left = format_int(overview.left) if overview.left is not None else "—"
        parts = [self.tr("Quota of {unit}: {quota}").format(unit=total.unit_name, quota=quota),
                 self.tr("allocated: {sum}").format(sum=format_int(overview.allocated)),
                 self.tr("left: {left}").format(left=left),
                 self.tr("entered: {count} initiatives").format(count=format_int(total.initiatives))]
        if total.achievement_pct is not None:
            parts[-1] += f" ({format_pct(total.achievement_pct)})"
        parts.append(self._time_left(figures))
        return " · ".join(parts)

    def _time_left(self, figures: Progress) -> str:
        row = queries.campaign_row(self.campaign_id)
        if row is not None and figures.as_of < row.start_on:
            return self.tr("starts on {date}").format(date=format_date(row.start_on))
        if row is not None and figures.as_of > row.end_on:
            return self.tr("ended on {date}").format(date=format_date(row.end_on))
        return self.tr("{days} days left").format(days=format_int(figures.days_left))

    def _show_warning(self, text: str) -> None:
        self.ui.warning_label.setText(text)
        self.ui.warning_label.setVisible(bool(text))

    def _show_error(self, text: str) -> None:
        self.ui.error_label.setText(text)
        self.ui.error_label.setVisible(bool(text))

    def warning_text(self) -> str:
        return self.ui.warning_label.text() if not self.ui.warning_label.isHidden() else ""

    def error_text(self) -> str:
        return self.ui.error_label.text() if not self.ui.error_label.isHidden() else ""

    def _current_unit(self) -> int | None:
        return self.ui.table_view.currentIndex().data(UnitIdRole)

    def _select(self, unit_id: int | None) -> None:
        row = self.model.row_of(unit_id) if unit_id is not None else -1
        column = max(self.ui.table_view.currentIndex().column(), 0)
        if row >= 0:
            index = self.proxy.mapFromSource(self.model.index(row, column))
            self.ui.table_view.setCurrentIndex(index)
            self.ui.table_view.scrollTo(index)
        elif self.model.rowCount():
            self.ui.table_view.setCurrentIndex(self.proxy.index(0, 0))

    def find_row(self, unit_name: str) -> QModelIndex:
        """The table cell (proxy index, unit column) of a child unit, by name (for tests and scripts)."""
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, UNIT)
            if fold(index.data()) == fold(unit_name):
                return index
        return QModelIndex()

    # --- moving in the tree ----------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        unit_id = index.data(UnitIdRole)
        if unit_id is None:
            return
        if not queries.has_children(unit_id):
            self.status_message.emit(self.tr("“{unit}” has no units below it.").format(
                unit=index.siblingAtColumn(UNIT).data()))
            return
        self.show_unit(unit_id)

    def go_up(self) -> None:
        if self.unit_id is None or self.unit_id == self._organiser_id or self.reading is None:
            return
        trail = queries.unit_trail(self.unit_id)
        if len(trail) >= 2:
            self._select_next = self.unit_id  # back up, the unit just left stays under the cursor
            self.unit_id = trail[-2][0]
            self.reload()

    # --- allocating ------------------------------------------------------------------------------

    def allocate(self, unit_id: int, text: str) -> bool:
        """Give ``unit_id`` the quota typed (empty: no quota). The service runs on the writer thread (an
        upper unit has hundreds of children to check and sum); False when the text is not a number."""
        if self.actor is None or self.reading is None:
            return False
        self._show_error("")
        try:
            value = parse_count(text) if text.strip() else None
        except ValueError as exc:
            self._show_error(str(exc))
            return False
        members = next((line.members for line in self.reading.overview.lines if line.unit_id == unit_id), None)
        actor, campaign_id, parent_id = self.actor, self.campaign_id, self.unit_id
        run_task(self, self.tr("Saving the quota…"),
                 lambda _progress, _cancel: quota_service.allocate(actor, campaign_id, parent_id,
                                                                   [Allocation(unit_id, value, members)]),
                 on_done=lambda overview: self._allocated(campaign_id, parent_id, unit_id, value, overview),
                 on_error=self._allocation_refused)
        return True

    def _allocated(self, campaign_id: int, parent_id: int, unit_id: int, value: int | None,
                   overview: QuotaOverview) -> None:
        self.changed.emit()
        if (campaign_id, parent_id) == (self.campaign_id, self.unit_id) and self.reading is not None:
            self.reading = Reading(self.reading.progress, overview)
            self.model.set_quota(unit_id, value)
            self._show_header()
            self.reload()  # achievement and ranks depend on the quota
        self.allocation_done.emit(True)

    def _allocation_refused(self, error: BaseException) -> None:
        if not isinstance(error, UserFacingError):
            raise error
        self._show_error(error.message)
        self.allocation_done.emit(False)

    # --- Excel quota sheet -----------------------------------------------------------------------

    def _sheet_name(self) -> str:
        row = queries.campaign_row(self.campaign_id)
        unit = self.reading.progress.total.unit_code if self.reading else ""
        return f"chi-tieu-{row.code if row else ''}-{unit}.xlsx".replace("/", "-")

    def export_sheet(self) -> None:
        if self.reading is None:
            return
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export quota sheet"), self._sheet_name(),
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.write_sheet(Path(path))

    def write_sheet(self, path: Path) -> None:
        from uniondesk.services.quota_sheet import write_quota_sheet

        campaign_id, unit_id = self.campaign_id, self.unit_id
        run_task(self, self.tr("Writing the quota sheet…"),
                 lambda _progress, _cancel: write_quota_sheet(campaign_id, unit_id, path),
                 on_done=lambda _: self.status_message.emit(self.tr("Quota sheet saved: {path}").format(path=path)),
                 on_error=self._sheet_failed, writes=False)

    def import_sheet(self) -> None:
        if self.reading is None or not self.model.quota_editable:
            return
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import quota sheet"), "",
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.read_sheet(Path(path))

    def read_sheet(self, path: Path) -> None:
        from uniondesk.services.quota_sheet import import_quota_sheet

        actor, campaign_id, unit_id = self.actor, self.campaign_id, self.unit_id

        def done(_result) -> None:
            self.status_message.emit(self.tr("Quotas imported from {path}.").format(path=path.name))
            self.changed.emit()
            self.reload()

        run_task(self, self.tr("Reading the quota sheet…"),
                 lambda _progress, _cancel: import_quota_sheet(actor, campaign_id, unit_id, path),
                 on_done=done, on_error=self._sheet_failed)

    def _row_error(self, row) -> str:
        if isinstance(row, tuple) and len(row) == 2:
            number, reason = row
            return self.tr("Row {row}: {reason}").format(row=number, reason=reason) if number else str(reason)
        return str(row)

    def _sheet_failed(self, error: BaseException) -> None:
        if not isinstance(error, UserFacingError):
            raise error
        self._show_error(error.message)
        rows = getattr(error, "errors", None) or getattr(error, "rows", None)
        if isinstance(error, InputError) and rows:
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Quota sheet refused"), error.message,
                              parent=self)
            box.setInformativeText(self.tr("Nothing was changed. Correct the sheet and import it again."))
            box.setDetailedText("\n".join(self._row_error(row) for row in rows))
            box.open()
