"""The decision form: number, date, issuing unit, form, campaign, place, signer and the reason text with
its placeholders; Save and Revert.

Input is checked twice, as in the campaign editor: the date is read by the form (dd/mm/yyyy), then the
service checks the rest; the message appears next to its field (``InputError.field``) and nothing is
written. A signed or revoked decision, or one of an office above, is shown read-only with a note.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QWidget

from uniondesk.domain.awards import PLACEHOLDERS, AwardForm, DecisionStatus
from uniondesk.domain.errors import InputError, UserFacingError
from uniondesk.domain.text import format_date, parse_date
from uniondesk.services import awards as award_service
from uniondesk.services.actor import Actor
from uniondesk.store.models_awards import AwardDecision
from uniondesk.store.queries import awards as award_queries
from uniondesk.store.queries import campaigns as campaign_queries
from uniondesk.ui.dialogs.award_repeat_dialog import RepeatDeclined, call_with_repeat_reason
from uniondesk.ui.forms.ui_award_editor import Ui_AwardEditor
from uniondesk.ui.models.award_labels import FORM_SOURCES, form_label, placeholder_label, status_label

FIELDS = ("number", "decided_on", "issuing_unit_id", "signer_title", "signer_name", "form", "form_title",
          "campaign_id", "reason", "place")


def set_read_only(widget, read_only: bool) -> None:
    """Read-only, and looking it: the style sheet's :read-only is only looked at again on a re-polish."""
    if widget.isReadOnly() != read_only:
        widget.setReadOnly(read_only)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def is_ours(home_unit_id: int | None, unit_id: int) -> bool:
    """This office may change what belongs to ``unit_id`` (its own subtree), as the services decide."""
    home_path = campaign_queries.unit_path(home_unit_id)
    path = campaign_queries.unit_path(unit_id)
    return home_path is None or (path is not None and path.startswith(home_path))


class AwardEditor(QWidget):
    saved = Signal(object, str)  # the decision saved, and a status message

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AwardEditor()
        self.ui.setupUi(self)
        self.actor: Actor | None = None
        self.home_unit_id: int | None = None
        self._decision: AwardDecision | None = None
        self._adding = False
        self._before_new: int | None = None
        self._loaded: dict[str, Any] = {}
        self._errors = {
            "number": self.ui.number_error, "decided_on": self.ui.date_error, "issuing_unit_id": self.ui.issuing_error,
            "issuing_unit": self.ui.issuing_error, "form": self.ui.form_error, "form_title": self.ui.form_error,
            "campaign_id": self.ui.campaign_error, "campaign": self.ui.campaign_error,
            "signer_title": self.ui.signer_error, "signer_name": self.ui.signer_error, "reason": self.ui.reason_error}
        self._setup_widgets()
        # Read-only fields (a signed decision) look it, not just refuse typing.
        self.setStyleSheet("QLineEdit:read-only, QPlainTextEdit:read-only { background: #f2f2f2; }")
        self._connect()
        self.show_decision(None)

    def _setup_widgets(self) -> None:
        ui = self.ui
        for form in FORM_SOURCES:
            ui.form_combo.addItem(form_label(form), str(form))
        lines = ui.signer_title_edit.fontMetrics().lineSpacing()
        ui.signer_title_edit.setFixedHeight(lines * 2 + 14)
        ui.reason_edit.setMinimumHeight(lines * 4 + 14)
        ui.reason_edit.setPlaceholderText(self.tr("e.g. Đã có thành tích xuất sắc trong phong trào “{campaign}”."))
        links = "".join(f'<br><a href="{name}">{{{name}}}</a> – {escape(placeholder_label(name))}'
                        for name in PLACEHOLDERS)
        ui.placeholders_label.setText(self.tr("Placeholders (click to insert): {links}").format(links=links))
        save = QAction(self.tr("Save decision"), self)
        save.setShortcut(QKeySequence.StandardKey.Save)
        save.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.triggered.connect(self.save)
        self.addAction(save)

    def _connect(self) -> None:
        ui = self.ui
        ui.save_button.clicked.connect(self.save)
        ui.revert_button.clicked.connect(self.revert)
        ui.form_combo.currentIndexChanged.connect(lambda _index: self._show_form_title())
        ui.placeholders_label.linkActivated.connect(self.insert_placeholder)
        # Not the unit picker: there Enter picks a unit from its list.
        for edit in (ui.number_edit, ui.date_edit, ui.form_title_edit, ui.place_edit, ui.signer_name_edit):
            edit.returnPressed.connect(self.save)

    def fill_campaigns(self) -> None:
        combo = self.ui.campaign_combo
        chosen = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("(no campaign)"), None)
        for row in campaign_queries.campaign_rows():
            combo.addItem(f"{row.name} ({row.code})", row.id)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.blockSignals(False)

    # --- what is shown ---------------------------------------------------------------------------

    @property
    def decision_id(self) -> int | None:
        return self._decision.id if self._decision else None

    @property
    def adding(self) -> bool:
        return self._adding

    @property
    def editable(self) -> bool:
        if self.actor is None:
            return False
        if self._adding:
            return True
        decision = self._decision
        return decision is not None and decision.status == DecisionStatus.DRAFT \
            and is_ours(self.home_unit_id, decision.issuing_unit_id)

    def show_decision(self, decision_id: int | None) -> None:
        """Show ``decision_id`` (None: nothing selected), dropping unsaved edits."""
        self._adding = False
        self._decision = award_service.get_decision(decision_id) if decision_id is not None else None
        self._clear_errors()
        self.fill_campaigns()
        if self._decision is None:
            self.ui.title_label.setText(self.tr("No decision selected"))
            self._fill_empty()
        else:
            self._fill(self._decision)
        self._update_state()

    def start_new(self) -> None:
        """An empty form for a new decision of this office; Save creates it, Revert gives up."""
        if self.actor is None:
            return
        if not self._adding:
            self._before_new = self.decision_id
        self._decision, self._adding = None, True
        self._clear_errors()
        self.fill_campaigns()
        self.ui.title_label.setText(self.tr("New award decision"))
        self._fill_empty()
        self._fill_from_previous()
        self._loaded = self._current()
        self._update_state()
        self.ui.number_edit.setFocus()

    def _fill_empty(self) -> None:
        ui = self.ui
        for edit in (ui.number_edit, ui.date_edit, ui.form_title_edit, ui.place_edit, ui.signer_name_edit):
            edit.clear()
        ui.signer_title_edit.clear()
        ui.reason_edit.clear()
        ui.issuing_picker.set_unit(None)
        ui.form_combo.setCurrentIndex(0)
        ui.campaign_combo.setCurrentIndex(0)
        self._show_form_title()
        self._loaded = self._current()

    def _fill_from_previous(self) -> None:
        """Today, this office, and the signer and place of its latest decision: they rarely change."""
        ui = self.ui
        ui.date_edit.setText(format_date(dt.date.today()))
        ui.issuing_picker.set_unit(self.home_unit_id)
        previous = next((row for row in award_queries.decision_rows() if row.issuing_unit_id == self.home_unit_id),
                        None)
        if previous is not None:
            decision = award_service.get_decision(previous.id)
            ui.signer_title_edit.setPlainText(decision.signer_title)
            ui.signer_name_edit.setText(decision.signer_name)
            ui.place_edit.setText(decision.place)

    def _fill(self, decision: AwardDecision) -> None:
        ui = self.ui
        ui.title_label.setText(self.tr("Decision no. {number} of {date} — {status}").format(
            number=decision.number, date=format_date(decision.decided_on), status=status_label(decision.status)))
        ui.number_edit.setText(decision.number)
        ui.date_edit.setText(format_date(decision.decided_on))
        ui.issuing_picker.set_unit(decision.issuing_unit_id)
        ui.issuing_picker.setCursorPosition(0)
        ui.form_combo.setCurrentIndex(max(0, ui.form_combo.findData(decision.form)))
        ui.form_title_edit.setText(decision.form_title)
        ui.campaign_combo.setCurrentIndex(max(0, ui.campaign_combo.findData(decision.campaign_id)))
        ui.place_edit.setText(decision.place)
        ui.signer_title_edit.setPlainText(decision.signer_title)
        ui.signer_name_edit.setText(decision.signer_name)
        ui.reason_edit.setPlainText(decision.reason)
        self._show_form_title()
        self._loaded = self._current()

    def _show_form_title(self) -> None:
        self.ui.form_title_edit.setVisible(self.ui.form_combo.currentData() == AwardForm.CUSTOM)

    def _current(self) -> dict[str, Any]:
        ui = self.ui
        return {"number": ui.number_edit.text(), "date": ui.date_edit.text(), "issuer": ui.issuing_picker.unit_id(),
                "form": ui.form_combo.currentData(), "form_title": ui.form_title_edit.text(),
                "campaign": ui.campaign_combo.currentData(), "place": ui.place_edit.text(),
                "signer_title": ui.signer_title_edit.toPlainText(), "signer_name": ui.signer_name_edit.text(),
                "reason": ui.reason_edit.toPlainText()}

    def is_dirty(self) -> bool:
        return (self._decision is not None or self._adding) and self._current() != self._loaded

    def _update_state(self) -> None:
        ui, editable = self.ui, self.editable
        for widget in (ui.number_edit, ui.date_edit, ui.issuing_picker, ui.form_title_edit, ui.place_edit,
                       ui.signer_name_edit, ui.signer_title_edit, ui.reason_edit):
            set_read_only(widget, not editable)
        ui.issuing_picker.setClearButtonEnabled(editable)
        for widget in (ui.form_combo, ui.campaign_combo, ui.save_button, ui.revert_button):
            widget.setEnabled(editable)
        note = self._read_only_note()
        ui.read_only_label.setText(note)
        ui.read_only_label.setVisible(bool(note))
        ui.placeholders_label.setVisible(editable)

    def _read_only_note(self) -> str:
        decision = self._decision
        if decision is None or self._adding:
            return ""
        if decision.status == DecisionStatus.SIGNED:
            return self.tr("Signed decision: it can no longer be changed, and its register numbers are given. "
                           "To correct a mistake, revoke it by another decision.")
        if decision.status == DecisionStatus.REVOKED:
            return self.tr("Revoked on {date} by decision no. {number}: {reason}").format(
                date=format_date(decision.revoked_on), number=decision.revoking_number,
                reason=decision.revocation_reason)
        if not is_ours(self.home_unit_id, decision.issuing_unit_id):
            return self.tr("Decision of an office above: view only.")
        return ""

    def insert_placeholder(self, name: str) -> None:
        if self.editable and name in PLACEHOLDERS:
            self.ui.reason_edit.insertPlainText("{" + name + "}")
            self.ui.reason_edit.setFocus()

    # --- saving ----------------------------------------------------------------------------------

    def revert(self) -> None:
        self.show_decision(self._before_new if self._adding else self.decision_id)

    def save(self) -> bool:
        """Check and save the form; True when saved (or there was nothing to save)."""
        if not self.editable:
            return False
        self._clear_errors()
        try:
            decision_id, message = self._apply(self._parsed_fields())
        except RepeatDeclined as exc:
            self.show_error(None, exc.message)
            return False
        except InputError as exc:
            self.show_error(exc.field, exc.message)
            return False
        except UserFacingError as exc:
            self.show_error(None, exc.message)
            return False
        self.show_decision(decision_id)
        self.saved.emit(decision_id, message)
        return True

    def _parsed_fields(self) -> dict[str, Any]:
        ui = self.ui
        fields: dict[str, Any] = {
            "number": ui.number_edit.text(), "issuing_unit_id": ui.issuing_picker.unit_id(),
            "signer_title": ui.signer_title_edit.toPlainText(), "signer_name": ui.signer_name_edit.text(),
            "form": ui.form_combo.currentData(), "form_title": ui.form_title_edit.text(),
            "campaign_id": ui.campaign_combo.currentData(), "reason": ui.reason_edit.toPlainText(),
            "place": ui.place_edit.text()}
        if fields["issuing_unit_id"] is None:
            raise InputError(self.tr("Choose the issuing unit from the list."), "issuing_unit_id")
        text = ui.date_edit.text()
        if not text.strip():
            raise InputError(self.tr("Enter the date of the decision (dd/mm/yyyy)."), "decided_on")
        try:
            fields["decided_on"] = parse_date(text)
        except ValueError as exc:
            raise InputError(str(exc), "decided_on") from None
        return fields

    def _apply(self, fields: dict[str, Any]) -> tuple[int, str]:
        if self._adding:
            decision = award_service.create_decision(self.actor, **fields)
            return decision.id, self.tr("Created decision no. {number}.").format(number=decision.number)
        decision = self._decision
        changed = {name: value for name, value in fields.items() if getattr(decision, name) != value}
        if not changed:
            return decision.id, self.tr("Nothing to save: decision no. {number} is unchanged.").format(
                number=decision.number)
        saved = call_with_repeat_reason(self, lambda reason: award_service.edit_decision(
            self.actor, decision.id, reason_for_repeat=reason, **changed))
        return saved.id, self.tr("Saved decision no. {number}.").format(number=saved.number)

    # --- messages --------------------------------------------------------------------------------

    def show_error(self, field: str | None, message: str) -> None:
        label: QLabel = self._errors.get(field or "", self.ui.general_error)
        label.setText(message)
        label.show()

    def error_text(self, field: str | None) -> str:
        """The message shown for ``field`` (None: the general one), "" when there is none."""
        label = self._errors.get(field or "", self.ui.general_error)
        return label.text() if not label.isHidden() else ""

    def _clear_errors(self) -> None:
        for label in (*self._errors.values(), self.ui.general_error):
            label.clear()
            label.hide()

    def keyPressEvent(self, event) -> None:
        # Escape inside the form gives up the edits, as Revert does.
        if event.key() == Qt.Key.Key_Escape and self.is_dirty():
            self.revert()
            return
        super().keyPressEvent(event)
