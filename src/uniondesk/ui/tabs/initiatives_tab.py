"""The "Sáng kiến" tab: the list of initiatives (paged, sorted, filtered, searched without accents) and
the entry form, with status changes, deletion, Excel in and out, and the duplicate finder.

Every change goes through a service (directly, or through a dialog or the form that calls one); the list
is read again afterwards. Long work (Excel, the duplicate finder) runs on a worker with progress.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHeaderView, QMenu, QMessageBox, QTabWidget, QToolBar, QVBoxLayout, QWidget

from uniondesk.domain.campaigns import CampaignKind, CampaignStatus
from uniondesk.domain.errors import InputError, UserFacingError
from uniondesk.domain.initiatives import TRANSITIONS, InitiativeStatus
from uniondesk.domain.text import format_int, parse_date
from uniondesk.services import initiatives as initiative_service
from uniondesk.services.actor import Actor
from uniondesk.store.queries import campaigns as campaign_queries
from uniondesk.store.queries import initiatives as queries
from uniondesk.store.queries.initiatives import InitiativeFilter
from uniondesk.ui.dialogs.initiative_status_dialog import InitiativeStatusDialog, action_text
from uniondesk.ui.errors import show_user_error
from uniondesk.ui.forms.ui_initiative_list import Ui_InitiativeList
from uniondesk.ui.models.initiative_labels import FIELD_SOURCES, STATUS_SOURCES, field_label, status_label
from uniondesk.ui.models.initiative_list import (APPLIED, AUTHORS, BENEFIT, CAMPAIGN, FIELD, REGISTERED, STATUS,
                                                 TITLE, UNIT, InitiativeIdRole, InitiativeListModel)
from uniondesk.ui.tabs.initiatives.excel_actions import ExcelActions
from uniondesk.ui.widgets.initiative_delegates import MiddleElideDelegate
from uniondesk.ui.widgets.initiative_entry import InitiativeEntry

LIST_PAGE, ENTRY_PAGE = 0, 1
STATUS_ORDER = (InitiativeStatus.RECOGNISED, InitiativeStatus.NOT_RECOGNISED, InitiativeStatus.APPLIED,
                InitiativeStatus.WITHDRAWN, InitiativeStatus.REGISTERED)


class InitiativesTab(QWidget):
    status_message = Signal(str)
    SEARCH_DELAY_MS = 150  # typing pauses shorter than this are one search

    def __init__(self, actor: Actor, parent: QWidget | None = None, home_unit_id: int | None = None):
        super().__init__(parent)
        self.actor, self.home_unit_id = actor, home_unit_id
        self.model = InitiativeListModel(self)
        self.list_page = QWidget(self)
        self.list_ui = Ui_InitiativeList()
        self.list_ui.setupUi(self.list_page)
        self.entry = InitiativeEntry(self)
        self.entry.set_actor(actor, home_unit_id)
        self.pages = QTabWidget(self)
        self.pages.setObjectName("initiative_pages")
        self.pages.setDocumentMode(True)
        self.pages.addTab(self.list_page, self.tr("List"))
        self.pages.addTab(self.entry, self.tr("Entry form"))
        self._list_stale = False
        self._editing_from_list = False
        self._reselect: int | None = None  # selected again once the list is read again
        self._setup_actions()
        self.excel = ExcelActions(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.pages)
        self._setup_view()
        self._setup_filters()
        self.entry.saved.connect(self._entry_saved)
        self.pages.currentChanged.connect(self._page_changed)
        self.model.loaded.connect(self._list_loaded)
        self.apply_filters()
        # From now on searching and filtering read on a worker: typing never waits for a broad count.
        self.model.asynchronous = True

    # --- set-up ----------------------------------------------------------------------------------

    def add_action(self, text: str, slot, shortcut: str | QKeySequence | None = None) -> QAction:
        """An action of the tab; its shortcut works wherever the focus is inside the tab."""
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text.rstrip('…')} ({keys})")
        self.addAction(action)
        return action

    def _setup_actions(self) -> None:
        self.new_action = self.add_action(self.tr("New initiative"), self.new_initiative, "Ctrl+N")
        self.edit_action = self.add_action(self.tr("Open"), self.edit_selected, QKeySequence(Qt.Key.Key_F2))
        self.status_actions = {
            status: self.add_action(action_text(status), lambda _=False, s=status: self.change_status(s))
            for status in STATUS_ORDER}
        self.delete_action = self.add_action(self.tr("Delete…"), self.delete_selected)
        self.list_action = self.add_action(self.tr("Show the list"), self.show_list, "Ctrl+L")
        self.search_action = self.add_action(self.tr("Search"), self.focus_search, QKeySequence.StandardKey.Find)
        self.refresh_action = self.add_action(self.tr("Refresh"), self.refresh, QKeySequence(Qt.Key.Key_F5))
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("initiatives_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_action, self.edit_action, self.status_actions[InitiativeStatus.RECOGNISED],
                       self.delete_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()

    def add_toolbar_actions(self, actions: list[QAction]) -> None:
        for action in actions:
            self.toolbar.addAction(action)

    def _setup_view(self) -> None:
        view = self.list_ui.table_view
        view.setModel(self.model)
        view.sortByColumn(REGISTERED, Qt.SortOrder.DescendingOrder)  # the model's own first order
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setItemDelegateForColumn(UNIT, MiddleElideDelegate(view))
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.verticalHeader().hide()
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)  # titles are what officers read
        metrics = view.fontMetrics()
        def fitting(column: int, sample: str) -> int:  # the sample value or the header, with the sort arrow
            header_text = self.model.headerData(column, Qt.Orientation.Horizontal)
            return max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(header_text) + 14) + 16

        widths = {UNIT: 190, CAMPAIGN: fitting(CAMPAIGN, "1TSK-2022"), FIELD: 130, STATUS: 115,
                  BENEFIT: fitting(BENEFIT, "100.000.000.000"), REGISTERED: fitting(REGISTERED, "00/00/0000"),
                  APPLIED: fitting(APPLIED, "00/00/0000"), AUTHORS: 160}
        for column, width in widths.items():
            header.resizeSection(column, width)
        # Enter or a double-click on a row (a double-click activates too).
        view.activated.connect(lambda index: self.open_initiative(index.data(InitiativeIdRole)))
        view.customContextMenuRequested.connect(self._context_menu)
        view.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self.model.modelReset.connect(self._update_actions)

    def _setup_filters(self) -> None:
        ui = self.list_ui
        ui.campaign_filter_combo.addItem(self.tr("All campaigns"), None)
        rows = campaign_queries.campaign_rows()
        for row in rows:
            ui.campaign_filter_combo.addItem(f"{row.code} — {row.name}", row.id)
        # An office works on the current programme: the list opens on it (the form does too).
        current = next((row.id for row in rows if row.status == CampaignStatus.OPEN
                        and row.kind == CampaignKind.INITIATIVES), None)
        ui.campaign_filter_combo.setCurrentIndex(max(0, ui.campaign_filter_combo.findData(current)))
        ui.status_filter_combo.addItem(self.tr("All statuses"), None)
        for key in STATUS_SOURCES:
            ui.status_filter_combo.addItem(status_label(key), str(key))
        for edit in (ui.benefit_min_edit, ui.benefit_max_edit):
            edit.setPlaceholderText(self.tr("e.g. 100 triệu"))
        ui.field_filter_combo.addItem(self.tr("All fields"), None)
        for key in FIELD_SOURCES:
            ui.field_filter_combo.addItem(field_label(key), str(key))
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(self.SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        ui.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        for combo in (ui.campaign_filter_combo, ui.status_filter_combo, ui.field_filter_combo):
            combo.currentIndexChanged.connect(lambda _index: self.apply_filters())
        ui.unit_filter_picker.unit_changed.connect(self._unit_filter_changed)
        for edit in (ui.date_from_edit, ui.date_to_edit, ui.benefit_min_edit, ui.benefit_max_edit):
            edit.editingFinished.connect(self.apply_filters)
        ui.clear_filters_button.clicked.connect(self.clear_filters)
        ui.filter_error.hide()

    # --- filters ---------------------------------------------------------------------------------

    def current_filter(self) -> InitiativeFilter:
        """The filter the fields describe; an unreadable date or amount raises InputError naming it."""
        ui = self.list_ui
        f = InitiativeFilter(campaign_id=ui.campaign_filter_combo.currentData(),
                             unit_id=ui.unit_filter_picker.unit_id(), status=ui.status_filter_combo.currentData(),
                             field=ui.field_filter_combo.currentData(), text=ui.search_edit.text())
        for name, edit in (("date_from", ui.date_from_edit), ("date_to", ui.date_to_edit)):
            try:
                setattr(f, name, parse_date(edit.text()) if edit.text().strip() else None)
            except ValueError as exc:
                raise InputError(str(exc), name) from None
        for name, edit in (("benefit_min", ui.benefit_min_edit), ("benefit_max", ui.benefit_max_edit)):
            try:
                setattr(f, name, edit.value())
            except ValueError as exc:
                raise InputError(str(exc), name) from None
        return f

    def apply_filters(self) -> None:
        self._search_timer.stop()
        error = self.list_ui.filter_error
        try:
            f = self.current_filter()
        except InputError as exc:
            error.setText(exc.message)
            error.show()
            return
        error.hide()
        self.list_ui.table_view.setColumnHidden(CAMPAIGN, f.campaign_id is not None)  # the same on every row
        self.model.load(f)
        self._list_stale = False

    def _unit_filter_changed(self, unit_id: int | None) -> None:
        # A unit half typed is no filter yet; an emptied field is "every unit" again.
        if unit_id is not None or not self.list_ui.unit_filter_picker.text().strip():
            self.apply_filters()

    def clear_filters(self) -> None:
        ui = self.list_ui
        widgets = (ui.campaign_filter_combo, ui.status_filter_combo, ui.field_filter_combo, ui.search_edit,
                   ui.unit_filter_picker, ui.date_from_edit, ui.date_to_edit, ui.benefit_min_edit,
                   ui.benefit_max_edit)
        for widget in widgets:
            widget.blockSignals(True)
        for combo in widgets[:3]:
            combo.setCurrentIndex(0)
        for edit in widgets[3:]:
            edit.clear()
        ui.unit_filter_picker.set_unit(None)
        for widget in widgets:
            widget.blockSignals(False)
        self.apply_filters()

    def _show_count(self) -> None:
        total = self.model.total
        f = self.model.filter
        filtered = any((f.unit_id, f.status, f.field, f.date_from, f.date_to, f.text.strip(),
                        f.benefit_min is not None, f.benefit_max is not None))
        if filtered:
            text = self.tr("{count} initiatives match.")
        elif f.campaign_id is not None:
            text = self.tr("{count} initiatives in this campaign.")
        else:
            text = self.tr("{count} initiatives.")
        text = text.format(count=format_int(total))
        self.list_ui.count_label.setText(text if total else self.tr("No initiative matches."))

    def focus_search(self) -> None:
        self.show_list()
        self.list_ui.search_edit.setFocus()
        self.list_ui.search_edit.selectAll()

    # --- list and pages --------------------------------------------------------------------------

    def selected_id(self) -> int | None:
        index = self.list_ui.table_view.currentIndex()
        return index.data(InitiativeIdRole) if index.isValid() else None

    def show_list(self) -> None:
        self.pages.setCurrentIndex(LIST_PAGE)

    def _page_changed(self, page: int) -> None:
        if page == LIST_PAGE and self._list_stale:
            self.refresh()
        if page == ENTRY_PAGE and self.entry.editing is None:
            self.entry.focus_first()

    def refresh(self) -> None:
        """Read the list again after a change; the selected initiative stays selected if still shown."""
        self._reselect = self.selected_id()
        self._list_stale = False
        self.model.refresh()

    def _list_loaded(self) -> None:
        self._show_count()
        row = self.model.row_of(self._reselect) if self._reselect is not None else -1
        self._reselect = None
        if row >= 0:
            self.list_ui.table_view.setCurrentIndex(self.model.index(row, TITLE))

    def _update_actions(self) -> None:
        row = self.model.row(self.list_ui.table_view.currentIndex().row())
        allowed = TRANSITIONS.get(InitiativeStatus(row.status), set()) if row else set()
        for status, action in self.status_actions.items():
            action.setEnabled(status in allowed)
        self.edit_action.setEnabled(row is not None)
        self.delete_action.setEnabled(row is not None)

    def _context_menu(self, position: QPoint) -> None:
        view = self.list_ui.table_view
        index = view.indexAt(position)
        if index.isValid():
            view.setCurrentIndex(index)
        menu = QMenu(self)
        menu.addAction(self.edit_action)
        menu.addSeparator()
        for action in self.status_actions.values():
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.delete_action)
        menu.exec(view.viewport().mapToGlobal(position))

    # --- actions ---------------------------------------------------------------------------------

    def new_initiative(self) -> None:
        if self.entry.editing is None and self.list_ui.campaign_filter_combo.currentData() is not None \
                and not self.entry.ui.title_edit.text():
            self.entry.choose_campaign(self.list_ui.campaign_filter_combo.currentData())
        if self.entry.editing is not None:
            self.entry.start_new()
        self.pages.setCurrentIndex(ENTRY_PAGE)
        self.entry.focus_first()

    def edit_selected(self) -> None:
        self.open_initiative(self.selected_id())

    def open_initiative(self, initiative_id: int | None) -> None:
        """Show the initiative in the form for correcting."""
        if initiative_id is None:
            return
        if not self.entry.edit(initiative_id):
            self.status_message.emit(self.tr("This initiative no longer exists (it may have been deleted)."))
            self.refresh()
            return
        self._editing_from_list = self.pages.currentIndex() == LIST_PAGE
        self.pages.setCurrentIndex(ENTRY_PAGE)

    def _entry_saved(self, initiative_id: int, message: str) -> None:
        self.status_message.emit(message)
        self._list_stale = True
        if self.entry.last_saved_was_edit and self._editing_from_list:
            self._editing_from_list = False  # a correction made from the list: back to it, with the change shown
            self.show_list()

    def change_status(self, status: str) -> None:
        initiative_id = self.selected_id()
        found = queries.detail(initiative_id) if initiative_id is not None else None
        if found is None:
            return
        dialog = InitiativeStatusDialog(self.actor, found, status, self)
        if dialog.exec() == InitiativeStatusDialog.DialogCode.Accepted:
            self.refresh()
            self.status_message.emit(dialog.message)
        dialog.deleteLater()

    def delete_selected(self) -> None:
        initiative_id = self.selected_id()
        found = queries.detail(initiative_id) if initiative_id is not None else None
        if found is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete initiative"), self.tr(
            "Delete “{title}” ({unit})? Only an initiative entered by mistake should be deleted; one that was "
            "not recognised keeps its status instead.").format(title=found.title, unit=found.unit_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            initiative_service.delete_initiative(self.actor, found.id)
        except UserFacingError as error:
            show_user_error(self, error)
            return
        if self.entry.editing is not None and self.entry.editing.id == found.id:
            self.entry.start_new()
        self.refresh()
        self.status_message.emit(self.tr("Deleted “{title}”.").format(title=found.title))

    def campaign_filter(self) -> tuple[int | None, str]:
        combo = self.list_ui.campaign_filter_combo
        return combo.currentData(), combo.currentText()

    def reload_campaigns(self) -> None:
        """Campaigns were added or changed elsewhere: offer them in the filter and the form."""
        combo = self.list_ui.campaign_filter_combo
        chosen = combo.currentData()
        combo.blockSignals(True)
        while combo.count() > 1:
            combo.removeItem(1)
        for row in campaign_queries.campaign_rows():
            combo.addItem(f"{row.code} — {row.name}", row.id)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)
        self.entry.reload_campaigns()

    def showEvent(self, event) -> None:
        # Campaigns may have been created in the Campaigns tab since this one was last shown.
        if not event.spontaneous():
            self.reload_campaigns()
        super().showEvent(event)

    def keyPressEvent(self, event) -> None:
        view = self.list_ui.table_view
        if event.key() == Qt.Key.Key_Delete and view.hasFocus():
            self.delete_selected()
            return
        super().keyPressEvent(event)
