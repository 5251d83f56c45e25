"""The "Khen thưởng" tab: the award decisions (filtered by status) above two pages: the decision's form,
and its recipients beside the certificate preview and printing.

New / Delete (a draft) / Sign / Revoke act on the selected decision. Lists and forms are read on the
GUI thread (dozens of decisions, a few hundred recipients); proposals, previews, batches and printing
run on workers.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from uniondesk.domain.awards import DecisionStatus
from uniondesk.domain.errors import UserFacingError
from uniondesk.domain.text import format_int
from uniondesk.services import awards as award_service
from uniondesk.services.actor import Actor
from uniondesk.store.queries import awards as queries
from uniondesk.store.queries.awards import DecisionRow
from uniondesk.ui.dialogs.award_repeat_dialog import RepeatDeclined, write_with_repeat_reason
from uniondesk.ui.dialogs.award_revoke_dialog import AwardRevokeDialog
from uniondesk.ui.errors import show_user_error
from uniondesk.ui.forms.ui_awards_tab import Ui_AwardsTab
from uniondesk.ui.models.award_decisions import (
    CAMPAIGN,
    DATE,
    FORM,
    ISSUER,
    NUMBER,
    RECIPIENTS,
    STATUS,
    DecisionListModel,
)
from uniondesk.ui.models.award_labels import STATUS_SOURCES, status_label
from uniondesk.ui.tabs.list_editor import ListEditorMixin
from uniondesk.ui.tasks import run_task
from uniondesk.ui.widgets.award_editor import is_ours


class AwardsTab(ListEditorMixin, QWidget):
    status_message = Signal(str)

    def __init__(self, actor: Actor | None, parent: QWidget | None = None, home_unit_id: int | None = None):
        super().__init__(parent)
        self.actor = actor
        self.home_unit_id = home_unit_id
        self.ui = Ui_AwardsTab()
        self.ui.setupUi(self)
        self.model = DecisionListModel(self)
        self._shown: int | None = None
        self._reselecting = False
        for panel in (self.editor, self.recipients):
            panel.actor, panel.home_unit_id = actor, home_unit_id
        self.editor.saved.connect(self.after_save)
        self.recipients.changed.connect(self._recipients_changed)
        self.recipients.current_changed.connect(self.print_panel.show_recipient)
        self.print_panel.status_message.connect(self.status_message)
        self._setup_list()
        self._setup_actions()
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 3)
        self.ui.splitter.setSizes([170, 590])
        self.ui.page_splitter.setSizes([640, 600])
        self.refresh()

    @property
    def editor(self):
        return self.ui.editor

    @property
    def recipients(self):
        return self.ui.recipients

    @property
    def print_panel(self):
        return self.ui.print_panel

    # --- set-up ----------------------------------------------------------------------------------

    def _setup_list(self) -> None:
        view = self.ui.list_view
        view.setModel(self.model)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = view.horizontalHeader()
        metrics = view.fontMetrics()
        widths = {NUMBER: "000/QĐ-LĐLĐ-TL", DATE: "00/00/00000", ISSUER: "Liên đoàn Lao động tỉnh Thanh Hóa",
                  FORM: "Creative Labour certificate", RECIPIENTS: self.tr("Recipients"),
                  STATUS: max((status_label(s) for s in STATUS_SOURCES), key=len) + "00"}
        for column, sample in widths.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, metrics.horizontalAdvance(sample) + 20)
        header.setSectionResizeMode(CAMPAIGN, QHeaderView.ResizeMode.Stretch)
        view.selectionModel().selectionChanged.connect(self._selection_changed)
        combo = self.ui.status_combo
        combo.addItem(self.tr("All statuses"), "")
        for status in STATUS_SOURCES:
            combo.addItem(status_label(status), str(status))
        combo.currentIndexChanged.connect(lambda _index: self.apply_filter())

    def _setup_actions(self) -> None:
        ui = self.ui
        ui.new_button.clicked.connect(self.new_decision)
        ui.delete_button.clicked.connect(self.delete_decision)
        ui.sign_button.clicked.connect(self.sign_decision)
        ui.revoke_button.clicked.connect(self.revoke_decision)
        for keys, slot in ((QKeySequence("Ctrl+N"), self.new_decision),
                           (QKeySequence(Qt.Key.Key_F5), lambda: self.refresh(self._shown))):
            action = QAction(self)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        delete = QAction(self)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete.triggered.connect(self.delete_decision)
        ui.list_view.addAction(delete)

    # --- list and selection ----------------------------------------------------------------------

    def refresh(self, decision_id: int | None = None) -> None:
        self.editor.fill_campaigns()
        self.apply_filter(decision_id)

    def apply_filter(self, decision_id: int | None = None) -> None:
        selected = decision_id if decision_id is not None else self._shown
        self.model.set_filter(self.ui.status_combo.currentData())
        self.ui.count_label.setText(self.tr("{count} decisions").format(count=format_int(self.model.rowCount())))
        row = self.model.row_of(selected)
        self._select_row(row if row >= 0 else (0 if self.model.rowCount() else -1))

    LIST_COLUMN = NUMBER

    def select_decision(self, decision_id: int) -> bool:
        return self._select_id(decision_id)

    def _row_id(self, row: int) -> int | None:
        decision = self.model.decision(row)
        return decision.id if decision else None

    def _unsaved_question(self) -> str:
        return self.tr("The decision you were editing has unsaved changes. Discard them?")

    def _show(self, decision_id: int | None) -> None:
        if decision_id == self._shown and not self.editor.adding \
                and self.editor.decision_id == decision_id:
            return
        self._shown = decision_id
        self.editor.show_decision(decision_id)
        self._show_row(queries.decision_row(decision_id) if decision_id is not None else None)

    def _show_row(self, row: DecisionRow | None, select: int | None = None) -> None:
        """The recipients page and the buttons for ``row`` (read again after every change)."""
        self.print_panel.show_decision(row.id if row else None, row.number if row else "", row.form if row else "",
                                       row.status if row else "",
                                       (row.individuals + row.collectives) if row else 0)
        self.recipients.show_decision(row, select)  # selects a recipient: the preview follows
        ui = self.ui
        ours = row is not None and self.actor is not None and is_ours(self.home_unit_id, row.issuing_unit_id)
        ui.new_button.setEnabled(self.actor is not None)
        ui.delete_button.setEnabled(ours and row.status == DecisionStatus.DRAFT)
        ui.sign_button.setEnabled(ours and row.status == DecisionStatus.DRAFT)
        ui.revoke_button.setEnabled(ours and row.status == DecisionStatus.SIGNED)

    def _reload(self, message: str = "", select: int | None = None, editor: bool = False) -> None:
        """Read the list (counts, status) and the shown decision again after a change."""
        self.model.refresh()
        row = self.model.row_of(self._shown)
        self._reselecting = True
        try:
            if row >= 0:
                self.ui.list_view.setCurrentIndex(self.model.index(row, NUMBER))
        finally:
            self._reselecting = False
        if editor:
            self.editor.show_decision(self._shown)
        self._show_row(self.shown_row(), select)
        if message:
            self.status_message.emit(message)

    def shown_row(self) -> DecisionRow | None:
        return queries.decision_row(self._shown) if self._shown is not None else None

    # --- actions ---------------------------------------------------------------------------------

    def new_decision(self) -> None:
        if self.actor is None or self._keeps_editing():
            return
        self.ui.detail_tabs.setCurrentWidget(self.ui.editor_page)
        self.editor.start_new()

    def after_save(self, decision_id: int | None, message: str) -> None:
        """The editor saved a decision: show it in the list, even if the filter hid it."""
        self._shown = None
        self.apply_filter(decision_id)
        if decision_id is not None and self.model.row_of(decision_id) < 0:
            self.ui.status_combo.blockSignals(True)
            self.ui.status_combo.setCurrentIndex(0)
            self.ui.status_combo.blockSignals(False)
            self.apply_filter(decision_id)
        if message:
            self.status_message.emit(message)

    def _recipients_changed(self, message: str, select: int | None) -> None:
        self._reload(message, select)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, RepeatDeclined):
            self.status_message.emit(error.message)
        elif isinstance(error, UserFacingError):
            show_user_error(self, error)
        else:
            raise error

    def delete_decision(self) -> None:
        row = self.shown_row()
        if row is None or not self.ui.delete_button.isEnabled():
            return
        answer = QMessageBox.question(self, self.tr("Delete draft"), self.tr(
            "Delete the draft decision no. {number} and its {count} recipients?").format(
            number=row.number, count=format_int(row.individuals + row.collectives)))
        if answer != QMessageBox.StandardButton.Yes:
            return

        def deleted(_result) -> None:
            self._shown = None
            self.apply_filter()
            self.status_message.emit(self.tr("Deleted the draft decision no. {number}.").format(number=row.number))

        # A draft of a few hundred recipients is that many tombstones: written on the worker.
        run_task(self, self.tr("Deleting…"), lambda _p, _c: award_service.delete_decision(self.actor, row.id),
                 on_done=deleted, on_error=self._failed, writes=True)

    def sign_decision(self) -> None:
        row = self.shown_row()
        if row is None or not self.ui.sign_button.isEnabled() or self._keeps_editing():
            return
        answer = QMessageBox.question(self, self.tr("Sign decision"), self.tr(
            "Sign decision no. {number} for {count} recipients? It can no longer be changed afterwards, and "
            "each recipient gets the next register number of {unit} for {year}.").format(
            number=row.number, count=format_int(row.individuals + row.collectives), unit=row.issuing_unit_name,
            year=row.decided_on.year))
        if answer != QMessageBox.StandardButton.Yes:
            return

        def signed(_decision) -> None:
            self._reload(self.tr("Signed decision no. {number}: register numbers are given.").format(
                number=row.number), editor=True)
            self.ui.detail_tabs.setCurrentWidget(self.ui.recipients_page)

        write_with_repeat_reason(self, self.tr("Signing…"), lambda reason: award_service.sign_decision(
            self.actor, row.id, reason_for_repeat=reason), on_done=signed, on_error=self._failed)

    def revoke_decision(self) -> None:
        row = self.shown_row()
        if row is None or not self.ui.revoke_button.isEnabled():
            return

        def revoke(reason: str, number: str, day: dt.date):
            return award_service.revoke_decision(self.actor, row.id, reason=reason, revoking_number=number,
                                                 revoked_on=day)

        dialog = AwardRevokeDialog(self.tr("Revoke decision"), self.tr(
            "Revoke decision no. {number}: every award it gave is withdrawn. Its register numbers stay taken.")
            .format(number=row.number), revoke, self)
        if dialog.exec() == AwardRevokeDialog.DialogCode.Accepted:
            self._reload(self.tr("Revoked decision no. {number}.").format(number=row.number), editor=True)
