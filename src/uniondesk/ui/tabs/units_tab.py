"""The "Đơn vị" tab: the union tree, a filter, the selected unit's details, people and history.

Every change goes through a service (directly, or through a dialog that calls one) run on the writer
thread; afterwards the tree is read again, the open branches stay open and the affected unit is selected.
"""

from __future__ import annotations

import datetime as dt

import shiboken6
from PySide6.QtCore import QItemSelection, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHeaderView, QMenu, QMessageBox, QToolBar, QWidget

from uniondesk.domain.errors import UserFacingError
from uniondesk.domain.text import format_date
from uniondesk.domain.units import UnitStatus
from uniondesk.services import units as unit_service
from uniondesk.services.actor import Actor
from uniondesk.store.queries import units as queries
from uniondesk.ui.dialogs.service_dialog import ServiceDialog
from uniondesk.ui.dialogs.split_dialog import SplitUnitDialog
from uniondesk.ui.dialogs.unit_dialogs import CloseUnitDialog, MergeUnitDialog, MoveUnitDialog
from uniondesk.ui.errors import show_user_error
from uniondesk.ui.forms.ui_units_tab import Ui_UnitsTab
from uniondesk.ui.models.unit_history import UnitHistoryModel
from uniondesk.ui.models.unit_labels import KIND_SOURCES, kind_label, status_label
from uniondesk.ui.models.unit_tree import GRASSROOTS, KIND, MEMBERS, NAME, STATUS, UnitTreeModel
from uniondesk.ui.tasks import run_task


class UnitsTab(QWidget):
    status_message = Signal(str)

    FILTER_DELAY_MS = 120  # typing pauses shorter than this are one search

    def __init__(self, actor: Actor, parent: QWidget | None = None, home_unit_id: int | None = None):
        super().__init__(parent)
        self.actor = actor
        self.ui = Ui_UnitsTab()
        self.ui.setupUi(self)
        self.ui.detail_panel.actor = actor
        self.ui.people_panel.actor = actor
        self.model = UnitTreeModel(self)
        self.history = UnitHistoryModel(self)
        self._shown_unit: int | None = None
        self._reselecting = False
        self._expanded_before_filter: list[int] = []
        self._setup_tree()
        self._setup_actions()
        self._setup_filter()
        self.ui.history_view.setModel(self.history)
        self.ui.detail_panel.saved.connect(self.after_change)
        self.ui.detail_panel.cancelled.connect(self.select_unit)
        self.ui.people_panel.status_message.connect(self.status_message)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.ui.splitter.setSizes([860, 420])
        self.ui.filter_info_label.hide()
        self._start_at(home_unit_id)

    # --- set-up ----------------------------------------------------------------------------------

    def _setup_tree(self) -> None:
        view = self.ui.tree_view
        view.setModel(self.model)
        view.setDragEnabled(True)
        view.setAcceptDrops(True)
        view.setDropIndicatorShown(True)
        # Grassroots names share long prefixes ("Công đoàn Công ty CP …"): their ends tell them apart.
        view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        metrics = view.fontMetrics()
        widest_kind = max(metrics.horizontalAdvance(kind_label(kind)) for kind in KIND_SOURCES)
        widths = {KIND: widest_kind + 16, MEMBERS: metrics.horizontalAdvance("12.345.678") + 16,
                  GRASSROOTS: metrics.horizontalAdvance(self.model.headerData(GRASSROOTS, Qt.Orientation.Horizontal))
                  + 16,
                  STATUS: metrics.horizontalAdvance(status_label(UnitStatus.CLOSED, dt.date(2025, 7, 1))) + 16}
        for column, width in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        view.setMinimumWidth(560)
        view.selectionModel().selectionChanged.connect(self._selection_changed)
        view.customContextMenuRequested.connect(self._context_menu)
        # Queued: the confirmation must not open inside the view's drop event.
        self.model.move_requested.connect(self._move_dropped, Qt.ConnectionType.QueuedConnection)

    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text.rstrip('…')} ({keys})")
        # Shortcuts work while the tree (or the toolbar) has the focus, not while typing in a field.
        self.ui.tree_view.addAction(action)
        return action

    def _setup_actions(self) -> None:
        self.add_action = self._action(self.tr("Add child unit"), self.add_child, QKeySequence(Qt.Key.Key_Insert))
        self.edit_action = self._action(self.tr("Edit"), self.edit_unit, QKeySequence(Qt.Key.Key_F2))
        self.move_action = self._action(self.tr("Move…"), self.move_unit, "Ctrl+M")
        self.merge_action = self._action(self.tr("Merge…"), self.merge_unit)
        self.split_action = self._action(self.tr("Split…"), self.split_unit)
        self.close_action = self._action(self.tr("Dissolve…"), self.close_unit)
        self.reopen_action = self._action(self.tr("Reopen…"), self.reopen_unit)
        self.delete_action = self._action(self.tr("Delete"), self.delete_unit, QKeySequence(Qt.Key.Key_Delete))
        self.refresh_action = self._action(self.tr("Refresh"), self.refresh, QKeySequence(Qt.Key.Key_F5))
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("units_toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in self._unit_actions():
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.refresh_action)
        self.ui.main_layout.insertWidget(0, self.toolbar)
        self._update_actions()

    def _unit_actions(self) -> list[QAction]:
        return [self.add_action, self.edit_action, self.move_action, self.merge_action, self.split_action,
                self.close_action, self.reopen_action, self.delete_action]

    def _setup_filter(self) -> None:
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(self.FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.ui.filter_edit.textChanged.connect(lambda _text: self._filter_timer.start())
        self.ui.closed_check.toggled.connect(self._toggle_closed)

    def _start_at(self, home_unit_id: int | None) -> None:
        if self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
        unit_id = home_unit_id
        if unit_id is None and self.model.rowCount():
            unit_id = self.model.unit_id(self.model.index(0, 0))
        index = self.model.index_for_unit(unit_id)
        if index.isValid():
            self.ui.tree_view.expand(index)
            self.select_unit(unit_id)

    # --- selection -------------------------------------------------------------------------------

    def selected_unit_id(self) -> int | None:
        return self.model.unit_id(self.ui.tree_view.currentIndex())

    def select_unit(self, unit_id: int | None, reload: bool = True) -> bool:
        """Select (and reveal) the unit; False when it is not shown (closed units hidden, or filtered).

        ``reload`` shows it again in the detail panel even if it was shown already (its data changed).
        """
        index = self.model.index_for_unit(unit_id)
        if not index.isValid():
            return False
        parent = index.parent()
        while parent.isValid():
            self.ui.tree_view.expand(parent)
            parent = parent.parent()
        self._reselecting = True
        try:
            self.ui.tree_view.setCurrentIndex(index)
        finally:
            self._reselecting = False
        self.ui.tree_view.scrollTo(index)
        if reload or unit_id != self._shown_unit:
            self._show_unit(unit_id)
        else:
            self._update_actions()
        return True

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._reselecting:
            return
        unit_id = self.selected_unit_id()
        if unit_id == self._shown_unit and not self.ui.detail_panel.adding:
            self._update_actions()
            return
        if self._leaving_unsaved_edits():
            self.select_unit(self._shown_unit, reload=False)
            return
        self._show_unit(unit_id)

    def _leaving_unsaved_edits(self) -> bool:
        """True when the officer wants to keep editing the unit shown in the detail panel."""
        panel = self.ui.detail_panel
        if panel.busy or not (panel.is_dirty() or panel.adding):  # busy: being saved, not abandoned
            return False
        answer = QMessageBox.question(
            self, self.tr("Unsaved changes"), self.tr("The unit you were editing has unsaved changes. Discard them?"),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        return answer != QMessageBox.StandardButton.Discard

    def _show_unit(self, unit_id: int | None) -> None:
        self._shown_unit = unit_id
        self.ui.detail_panel.show_unit(unit_id)
        self.ui.people_panel.show_unit(unit_id)
        self.history.load(unit_id)
        self._update_actions()

    def _update_actions(self) -> None:
        row = self.model.unit_row(self.ui.tree_view.currentIndex())
        live = row is not None and row.status == UnitStatus.LIVE
        for action in self._unit_actions():
            action.setEnabled(live)
        self.edit_action.setEnabled(row is not None)
        self.reopen_action.setEnabled(row is not None and not live)
        self.delete_action.setEnabled(row is not None)

    def _context_menu(self, position: QPoint) -> None:
        index = self.ui.tree_view.indexAt(position)
        if index.isValid():
            self.ui.tree_view.setCurrentIndex(index)
        menu = QMenu(self)
        for action in self._unit_actions():
            menu.addAction(action)
            if action in (self.edit_action, self.split_action, self.reopen_action):
                menu.addSeparator()
        menu.exec(self.ui.tree_view.viewport().mapToGlobal(position))

    # --- filter and refresh ----------------------------------------------------------------------

    def apply_filter(self) -> None:
        self._filter_timer.stop()
        selected = self._shown_unit
        if not self.model.filter_text:  # leaving the normal tree: remember its open branches
            self._expanded_before_filter = self._expanded_ids()
        self.model.set_filter(self.ui.filter_edit.text())
        if self.model.filter_text:
            self.ui.tree_view.expandAll()
        else:
            self._expand(self._expanded_before_filter)
        self._show_filter_info()
        if not self.select_unit(selected, reload=False):
            self._update_actions()  # the unit stays in the detail panel, though the tree does not show it

    def _show_filter_info(self) -> None:
        label = self.ui.filter_info_label
        if not self.model.filter_text:
            label.hide()
            return
        if self.model.truncated:
            label.setText(self.tr("Showing the first {count} units found; type more to narrow the search.")
                          .format(count=self.model.match_count))
        elif self.model.match_count:
            label.setText(self.tr("{count} units found.").format(count=self.model.match_count))
        else:
            label.setText(self.tr("No unit matches “{text}”.").format(text=self.model.filter_text))
        label.show()

    def _toggle_closed(self, include: bool) -> None:
        selected = self._shown_unit
        expanded = self._expanded_ids()
        self.model.set_include_closed(include)
        self._restore(expanded, selected)

    def refresh(self) -> None:
        self.after_change(self._shown_unit, "")

    def show_office_markers(self, markers: dict) -> None:
        """Mark the offices this one exchanges bundles with (unit id → (icon, tooltip); ui.sync_status)."""
        self.model.set_markers(markers)

    def _expanded_ids(self, parent: QModelIndex = QModelIndex()) -> list[int]:
        found = []
        for row in range(self.model.rowCount(parent)):
            index = self.model.index(row, 0, parent)
            if self.ui.tree_view.isExpanded(index):
                found.append(self.model.unit_id(index))
                found.extend(self._expanded_ids(index))
        return found

    def _expand(self, unit_ids: list[int]) -> None:
        for unit_id in unit_ids:
            index = self.model.index_for_unit(unit_id)
            if index.isValid():
                self.ui.tree_view.expand(index)

    def _restore(self, expanded: list[int], selected: int | None) -> None:
        if self.model.filter_text:
            self.ui.tree_view.expandAll()
        else:
            self._expand(expanded)
        if not self.select_unit(selected):
            self._show_unit(None)

    def after_change(self, unit_id: int | None, message: str) -> None:
        """Read the tree again, keep the open branches, select ``unit_id`` and say what happened."""
        expanded = self._expanded_ids()
        self.model.refresh()
        if self.model.filter_text and not self.model.index_for_unit(unit_id).isValid():
            self.ui.filter_edit.clear()  # the changed unit must be seen, even if it no longer matches
            self.model.set_filter("")
        self._show_filter_info()
        self._restore(expanded, unit_id)
        if message:
            self.status_message.emit(message)

    # --- actions ---------------------------------------------------------------------------------

    def add_child(self) -> None:
        unit_id = self.selected_unit_id()
        if unit_id is not None:
            self.ui.detail_panel.start_new_child(unit_id)

    def edit_unit(self) -> None:
        if self.selected_unit_id() is not None:
            self.ui.detail_panel.focus_name()

    def _run_dialog(self, dialog: ServiceDialog) -> bool:
        accepted = dialog.exec() == ServiceDialog.DialogCode.Accepted
        if accepted:
            self.after_change(dialog.unit_id, dialog.message)
        dialog.deleteLater()
        return accepted

    def _open(self, make_dialog) -> None:
        unit_id = self.selected_unit_id()
        if unit_id is None:
            return
        try:
            dialog = make_dialog(unit_id)
        except UserFacingError as error:
            show_user_error(self, error)
            self.refresh()
            return
        self._run_dialog(dialog)

    def move_unit(self) -> None:
        self._open(lambda unit_id: MoveUnitDialog(self.actor, unit_id, self))

    def merge_unit(self) -> None:
        self._open(lambda unit_id: MergeUnitDialog(self.actor, unit_id, self))

    def split_unit(self) -> None:
        self._open(lambda unit_id: SplitUnitDialog(self.actor, unit_id, self))

    def close_unit(self) -> None:
        self._open(lambda unit_id: CloseUnitDialog(self.actor, unit_id, self))

    def reopen_unit(self) -> None:
        self._open(lambda unit_id: CloseUnitDialog(self.actor, unit_id, self, reopen=True))

    def delete_unit(self) -> None:
        unit = queries.detail(self.selected_unit_id()) if self.selected_unit_id() is not None else None
        if unit is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete unit"), self.tr(
            "Delete “{unit}”? Only a unit entered by mistake, with no records, can be deleted; "
            "a unit that has stopped working should be dissolved instead.").format(unit=unit.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        actor = self.actor
        self._write(self.tr("Deleting “{unit}”…").format(unit=unit.name),
                    lambda: unit_service.delete_unit(actor, unit.id),
                    unit.parent_id, self.tr("Deleted “{unit}”.").format(unit=unit.name))

    def _write(self, title: str, call, select: int | None, message: str) -> None:
        """Run the service ``call`` on the writer thread; then show the tree again with ``select`` chosen.

        Even a one-row write can meet a WAL checkpoint (hundreds of milliseconds on a province)."""
        def done(_result) -> None:
            if shiboken6.isValid(self):
                self.after_change(select, message)

        def failed(error: BaseException) -> None:
            if not shiboken6.isValid(self) or not isinstance(error, UserFacingError):
                raise error  # a bug: the error dialog shows it
            show_user_error(self, error)
        run_task(self, title, lambda _progress, _cancel: call(), on_done=done, on_error=failed, writes=True)

    def _move_dropped(self, unit_id: int, new_parent_id: int) -> None:
        """A unit was dragged onto another: confirm, then move today or choose the date in the dialog."""
        unit, parent = queries.detail(unit_id), queries.detail(new_parent_id)
        if unit is None or parent is None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Move unit"),
                          self.tr("Move “{unit}” with all its child units under “{parent}”?").format(
                              unit=unit.name, parent=parent.name), parent=self)
        box.setInformativeText(self.tr("“Move today” dates the move {date}; “Choose date…” lets you date it.")
                               .format(date=format_date(dt.date.today())))
        today = box.addButton(self.tr("Move today"), QMessageBox.ButtonRole.AcceptRole)
        choose = box.addButton(self.tr("Choose date…"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is choose:
            self._run_dialog(MoveUnitDialog(self.actor, unit_id, self, new_parent_id=new_parent_id))
        elif box.clickedButton() is today:
            actor, today_date = self.actor, dt.date.today()
            self._write(self.tr("Moving “{unit}”…").format(unit=unit.name),
                        lambda: unit_service.move_unit(actor, unit_id, new_parent_id, today_date), unit_id,
                        self.tr("Moved “{unit}” under “{parent}” from {date}.").format(
                            unit=unit.name, parent=parent.name, date=format_date(today_date)))
