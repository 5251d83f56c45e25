"""The recipients of a decision: the table, adding people or units by hand or from the campaign's
proposals, removing and reordering them (the order of the list and of the register numbers), and the
selected recipient's details: what their certificate prints and how far its text is moved.

A draft can be changed; a signed decision only lets the text be moved (a printing setting of this PC)
and one recipient's award be revoked.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from uniondesk.domain.awards import DecisionStatus, RecipientKind, display_name
from uniondesk.domain.errors import UserFacingError
from uniondesk.domain.text import format_int
from uniondesk.services import awards as award_service
from uniondesk.services.actor import Actor
from uniondesk.services.certificates import calibration as calibrations
from uniondesk.store.queries.awards import DecisionRow, RecipientRow
from uniondesk.ui.dialogs.award_proposals_dialog import AwardProposalsDialog
from uniondesk.ui.dialogs.award_recipient_dialog import AwardRecipientDialog
from uniondesk.ui.dialogs.award_revoke_dialog import AwardRevokeDialog
from uniondesk.ui.dialogs.calibration_dialog import prepare_mm_spin
from uniondesk.ui.forms.ui_award_recipients import Ui_AwardRecipients
from uniondesk.ui.models.award_recipients import DETAIL, NUDGE, REASON, RECIPIENT, REGISTER, SEQ, RecipientsModel
from uniondesk.ui.widgets.award_editor import is_ours, set_read_only


class AwardRecipients(QWidget):
    current_changed = Signal(object, str)  # the selected recipient id (or None) and a caption for the preview
    changed = Signal(str, object)  # the recipients changed: a status message, the recipient to select

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AwardRecipients()
        self.ui.setupUi(self)
        self.actor: Actor | None = None
        self.home_unit_id: int | None = None
        self.decision: DecisionRow | None = None
        self.model = RecipientsModel(self)
        for spin in (self.ui.nudge_x_spin, self.ui.nudge_y_spin):
            prepare_mm_spin(spin, calibrations.MAX_NUDGE_MM)
        self._setup_view()
        # Read-only fields (a signed decision) look it, not just refuse typing.
        self.setStyleSheet("QLineEdit:read-only, QPlainTextEdit:read-only { background: #f2f2f2; }")
        self._connect()
        self.show_decision(None)

    def _setup_view(self) -> None:
        view = self.ui.table_view
        view.setModel(self.model)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = view.horizontalHeader()
        metrics = view.fontMetrics()
        for column, sample in ((SEQ, "000"), (RECIPIENT, "Tập thể LĐLĐ huyện Thường Xuân"), (REASON, "Thành tích xuất"),
                               (REGISTER, "0.000"), (NUDGE, "+0,0; +0,0")):
            heading = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(heading))
            header.resizeSection(column, width + 20)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(DETAIL, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(metrics.horizontalAdvance("000") + 12)
        view.selectionModel().selectionChanged.connect(self._selection_changed)

    def _connect(self) -> None:
        ui = self.ui
        ui.add_person_button.clicked.connect(lambda: self.add(RecipientKind.INDIVIDUAL))
        ui.add_unit_button.clicked.connect(lambda: self.add(RecipientKind.COLLECTIVE))
        ui.propose_button.clicked.connect(self.propose)
        ui.remove_button.clicked.connect(self.remove)
        ui.up_button.clicked.connect(lambda: self.move(-1))
        ui.down_button.clicked.connect(lambda: self.move(1))
        ui.revoke_award_button.clicked.connect(self.revoke_award)
        ui.save_recipient_button.clicked.connect(self.save_recipient)
        for edit in (ui.name_edit, ui.position_edit, ui.unit_name_edit, ui.own_reason_edit, ui.achievement_edit):
            edit.returnPressed.connect(self.save_recipient)
        for keys, slot in ((QKeySequence(QKeySequence.StandardKey.Delete), self.remove),
                           (QKeySequence("Ctrl+Up"), lambda: self.move(-1)),
                           (QKeySequence("Ctrl+Down"), lambda: self.move(1))):
            action = QAction(self)
            action.setShortcut(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            action.triggered.connect(slot)
            ui.table_view.addAction(action)

    # --- state -----------------------------------------------------------------------------------

    @property
    def editable(self) -> bool:
        decision = self.decision
        return self.actor is not None and decision is not None and decision.status == DecisionStatus.DRAFT \
            and is_ours(self.home_unit_id, decision.issuing_unit_id)

    def show_decision(self, decision: DecisionRow | None, select: int | None = None) -> None:
        """Show the recipients of ``decision`` and select ``select`` (default: the first)."""
        self.decision = decision
        self.model.load(decision.id if decision else None)
        collectives, individuals = self.model.counts()
        self.ui.count_label.setText(self.tr("{collectives} collectives, {individuals} individuals").format(
            collectives=format_int(collectives), individuals=format_int(individuals)) if decision else "")
        self._update_state()
        row = self.model.row_of(select)
        self._select_row(row if row >= 0 else (0 if self.model.rowCount() else -1))

    def _update_state(self) -> None:
        ui, editable = self.ui, self.editable
        # A signed decision's list is final: its editing buttons go away rather than sit greyed out.
        draft = self.decision is None or self.decision.status == DecisionStatus.DRAFT
        for widget in (ui.add_person_button, ui.add_unit_button, ui.propose_button, ui.remove_button, ui.up_button,
                       ui.down_button):
            widget.setVisible(draft)
            widget.setEnabled(editable)
        has_campaign = self.decision is not None and self.decision.campaign_id is not None
        ui.propose_button.setEnabled(editable and has_campaign)
        ui.propose_button.setToolTip("" if has_campaign else self.tr("Choose the decision's campaign first."))
        signed = self.decision is not None and self.decision.status == DecisionStatus.SIGNED
        ui.revoke_award_button.setVisible(signed)
        ui.revoke_award_button.setEnabled(signed and self.actor is not None)
        self._show_detail(self.current())

    def current(self) -> RecipientRow | None:
        return self.model.recipient(self.ui.table_view.currentIndex().row())

    def _select_row(self, row: int) -> None:
        view = self.ui.table_view
        if row >= 0:
            view.setCurrentIndex(self.model.index(row, RECIPIENT))
            view.scrollTo(self.model.index(row, RECIPIENT))
        else:
            view.clearSelection()
        self._selection_changed()

    def select_recipient(self, recipient_id: int) -> bool:
        row = self.model.row_of(recipient_id)
        if row >= 0:
            self._select_row(row)
        return row >= 0

    def _selection_changed(self, _selected: QItemSelection | None = None, _deselected=None) -> None:
        row = self.current()
        self._show_detail(row)
        caption = ""
        if row is not None:
            caption = self.tr("Certificate {number} of {total}: {name}").format(
                number=self.model.row_of(row.id) + 1, total=self.model.rowCount(),
                name=display_name(row.kind, row.gender, row.name))
        self.current_changed.emit(row.id if row else None, caption)

    def _show_detail(self, row: RecipientRow | None) -> None:
        ui = self.ui
        ui.recipient_error.hide()
        values = (row.name, row.position, row.unit_name, row.reason, row.achievement) if row else ("",) * 5
        edits = (ui.name_edit, ui.position_edit, ui.unit_name_edit, ui.own_reason_edit, ui.achievement_edit)
        for edit, value in zip(edits, values):
            edit.setText(value)
            edit.setCursorPosition(0)
            set_read_only(edit, not self.editable or row is None)
        ui.position_edit.setEnabled(row is None or row.kind == RecipientKind.INDIVIDUAL)
        dx, dy = self.model.nudge(row.id) if row else (0.0, 0.0)
        ui.nudge_x_spin.setValue(dx)
        ui.nudge_y_spin.setValue(dy)
        for widget in (ui.nudge_x_spin, ui.nudge_y_spin, ui.save_recipient_button):
            widget.setEnabled(row is not None and self.actor is not None)
        repeat = row.repeat_reason if row else ""
        ui.repeat_label.setText(self.tr("Rewarded again for this campaign. Reason: {reason}").format(reason=repeat))
        ui.repeat_label.setVisible(bool(repeat))
        ui.detail_box.setTitle(display_name(row.kind, row.gender, row.name) if row else self.tr("Selected recipient"))

    # --- changes ---------------------------------------------------------------------------------

    def _after(self, message: str, select: int | None) -> None:
        """The tab reads the decision again (its counts changed too) and shows it here."""
        self.changed.emit(message, select)

    def add(self, kind: str) -> None:
        if not self.editable:
            return
        dialog = AwardRecipientDialog(self.actor, self.decision.id, kind, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.added:
            self._after(self.tr("Added {count} to decision no. {number}.").format(
                count=format_int(len(dialog.added)), number=self.decision.number), dialog.added[0].id)

    def propose(self) -> None:
        if not self.editable or self.decision.campaign_id is None:
            return
        dialog = AwardProposalsDialog(self.actor, self.decision.id, self.decision.campaign_name, self.model.keys(),
                                      self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.added:
            self._after(self.tr("Added {count} proposed recipients to decision no. {number}.").format(
                count=format_int(len(dialog.added)), number=self.decision.number), dialog.added[0].id)

    def remove(self) -> None:
        row = self.current()
        if not self.editable or row is None:
            return
        name = display_name(row.kind, row.gender, row.name)
        answer = QMessageBox.question(self, self.tr("Remove recipient"),
                                      self.tr("Remove {name} from decision no. {number}?").format(
                                          name=name, number=self.decision.number))
        if answer != QMessageBox.StandardButton.Yes:
            return
        position = self.model.row_of(row.id)
        if self._run(lambda: award_service.remove_recipient(self.actor, row.id)):
            following = self.model.recipient(position + 1) or self.model.recipient(position - 1)
            self._after(self.tr("Removed {name}.").format(name=name), following.id if following else None)

    def move(self, step: int) -> None:
        row = self.current()
        if not self.editable or row is None:
            return
        ids = self.model.ids()
        position = ids.index(row.id)
        target = position + step
        if not 0 <= target < len(ids):
            return
        ids[position], ids[target] = ids[target], ids[position]
        if self._run(lambda: award_service.reorder_recipients(self.actor, self.decision.id, ids)):
            self._after("", row.id)
            self.ui.table_view.setFocus()

    def save_recipient(self) -> None:
        row = self.current()
        if row is None or self.actor is None:
            return
        ui = self.ui
        fields = {"name": ui.name_edit.text(), "position": ui.position_edit.text(),
                  "unit_name": ui.unit_name_edit.text(), "reason": ui.own_reason_edit.text(),
                  "achievement": ui.achievement_edit.text()}
        changed = {k: v for k, v in fields.items() if v != getattr(row, k)}
        nudge = (round(ui.nudge_x_spin.value(), 1), round(ui.nudge_y_spin.value(), 1))

        def apply() -> None:
            if changed and self.editable:
                award_service.edit_recipient(self.actor, row.id, **changed)
            if nudge != self.model.nudge(row.id):
                calibrations.set_nudge(row.id, *nudge)

        if self._run(apply, detail=True):
            self._after(self.tr("Saved {name}.").format(name=display_name(row.kind, row.gender, fields["name"])),
                        row.id)

    def revoke_award(self) -> None:
        row = self.current()
        if row is None or self.actor is None or self.decision is None:
            return
        name = display_name(row.kind, row.gender, row.name)

        def revoke(reason: str, number: str, day: dt.date):
            return award_service.revoke_award(self.actor, row.id, reason=reason, revoking_number=number,
                                              revoked_on=day)

        dialog = AwardRevokeDialog(self.tr("Revoke one award"), self.tr(
            "Revoke the award of {name} given by decision no. {number}. The rest of the decision stands; the "
            "register number stays taken.").format(name=name, number=self.decision.number), revoke, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._after(self.tr("Revoked the award of {name}.").format(name=name), row.id)

    def _run(self, call, detail: bool = False) -> bool:
        """Run a service call; show its refusal (under the details, or under the table)."""
        label = self.ui.recipient_error if detail else self.ui.general_error
        self.ui.general_error.hide()
        self.ui.recipient_error.hide()
        try:
            call()
        except UserFacingError as exc:
            label.setText(exc.message)
            label.show()
            return False
        return True

    def error_text(self, detail: bool = False) -> str:
        label = self.ui.recipient_error if detail else self.ui.general_error
        return label.text() if not label.isHidden() else ""
