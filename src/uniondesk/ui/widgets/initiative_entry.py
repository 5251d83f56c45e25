"""The initiative entry form, built to type a pile of paper forms quickly, by keyboard alone.

Enter anywhere (Ctrl+Enter inside the summary) saves and starts the next form with the cursor on the
title; the campaign, phase and unit stay as they were, since a pile of forms usually comes from one
unit. Typing errors and the service's refusals appear next to their field (``InputError.field``) and
nothing is written. While the title is typed, similar initiatives of the campaign appear beside the
form; saving a likely duplicate asks first.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QWidget

from uniondesk.domain.campaigns import CampaignKind, CampaignStatus
from uniondesk.domain.errors import InputError, UserFacingError
from uniondesk.domain.initiatives import InitiativeStatus
from uniondesk.domain.text import format_date, parse_date
from uniondesk.services import initiatives as initiative_service
from uniondesk.services.actor import Actor
from uniondesk.services.initiatives import AuthorSpec, DuplicateSuspected, InitiativeInput
from uniondesk.store.queries import campaigns as campaign_queries
from uniondesk.store.queries import initiatives as queries
from uniondesk.store.queries.initiatives import InitiativeDetail
from uniondesk.ui.forms.ui_initiative_entry import Ui_InitiativeEntry
from uniondesk.ui.models.initiative_authors import AuthorRow, format_share, parse_share
from uniondesk.ui.models.initiative_labels import (FIELD_SOURCES, RECOGNISER_SOURCES, field_label, recogniser_label,
                                                   status_label)
from uniondesk.ui.models.initiative_similar import describe
from uniondesk.ui.widgets.initiative_similar_panel import SimilarPanel, SimilarQuery

# Form field → the service's field names whose messages appear under it.
_ERROR_FIELDS = {
    "campaign_error": ("campaign", "campaign_id", "phase", "phase_id"),
    "unit_error": ("unit", "unit_id"),
    "title_error": ("title",),
    "field_error": ("field",),
    "summary_error": ("summary",),
    "authors_error": ("authors", "author", "share", "shares"),
    "benefit_error": ("benefit_vnd", "benefit"),
    "social_error": ("social_benefit",),
    "registered_error": ("registered_on",),
    "applied_error": ("applied_on",),
    "recognition_error": ("status", "recognised_by", "recognised_on", "decision_no", "decision_on"),
}
_DATE_EDITS = (("registered_on", "registered_edit"), ("applied_on", "applied_edit"),
               ("recognised_on", "recognised_on_edit"), ("decision_on", "decision_on_edit"))
# Statuses chosen on the form; a withdrawal needs a reason and is made from the list's menu.
_FORM_STATUSES = (InitiativeStatus.REGISTERED, InitiativeStatus.RECOGNISED, InitiativeStatus.NOT_RECOGNISED,
                  InitiativeStatus.APPLIED)


class InitiativeEntry(QWidget):
    saved = Signal(int, str)  # the initiative saved, and a status message

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_InitiativeEntry()
        self.ui.setupUi(self)
        self.actor: Actor | None = None
        self.home_unit_id: int | None = None
        self.editing: InitiativeDetail | None = None
        self.last_saved_was_edit = False
        self._errors = {field: getattr(self.ui, label) for label, fields in _ERROR_FIELDS.items() for field in fields}
        self.similar_panel = SimilarPanel(self.ui.similar_view, self.ui.similar_hint_label, self._similar_query, self)
        self.similar = self.similar_panel.model
        self._setup_widgets()
        self._connect()
        self._clear_errors()
        self.start_new()

    def _setup_widgets(self) -> None:
        ui = self.ui
        for key in FIELD_SOURCES:
            ui.field_combo.addItem(field_label(key), str(key))
        ui.field_combo.setCurrentIndex(ui.field_combo.findData("other"))
        for key in _FORM_STATUSES:
            ui.status_combo.addItem(status_label(key), str(key))
        ui.recognised_by_combo.addItem("", None)
        for key in RECOGNISER_SOURCES:
            ui.recognised_by_combo.addItem(recogniser_label(key), str(key))
        ui.summary_edit.installEventFilter(self)

    def _connect(self) -> None:
        ui = self.ui
        ui.save_button.clicked.connect(self.save)
        ui.new_button.clicked.connect(self.start_new)
        ui.campaign_combo.currentIndexChanged.connect(self._campaign_changed)
        ui.unit_picker.unit_changed.connect(self._unit_changed)
        ui.title_edit.textEdited.connect(lambda _text: self.similar_panel.schedule())
        ui.status_combo.currentIndexChanged.connect(self._update_recognition)
        ui.collective_check.toggled.connect(self._collective_toggled)
        ui.authors_view.submit_requested.connect(self.save)
        for _, name in _DATE_EDITS:
            edit: QLineEdit = getattr(ui, name)
            edit.editingFinished.connect(lambda e=edit: self._tidy_date(e))
        ui.benefit_edit.invalid.connect(lambda message: self.show_error("benefit_vnd", message))

    def set_actor(self, actor: Actor | None, home_unit_id: int | None = None) -> None:
        self.actor, self.home_unit_id = actor, home_unit_id
        self.reload_campaigns()

    # --- campaign, phase, unit (kept from one form to the next) ----------------------------------

    def reload_campaigns(self) -> None:
        """Fill the campaign list again, keeping the chosen campaign if it is still there."""
        combo, chosen = self.ui.campaign_combo, self.campaign_id()
        combo.blockSignals(True)
        combo.clear()
        rows = campaign_queries.campaign_rows()
        for row in rows:
            combo.addItem(f"{row.code} — {row.name}", row.id)
            combo.setItemData(combo.count() - 1, row.name, Qt.ItemDataRole.ToolTipRole)
        if chosen is None:  # first time: the latest open initiative programme, the usual one to type for
            chosen = next((row.id for row in rows if row.status == CampaignStatus.OPEN
                           and row.kind == CampaignKind.INITIATIVES), None)
        combo.setCurrentIndex(max(0, combo.findData(chosen)) if combo.count() else -1)
        combo.blockSignals(False)
        self._campaign_changed()

    def campaign_id(self) -> int | None:
        return self.ui.campaign_combo.currentData()

    def choose_campaign(self, campaign_id: int | None) -> None:
        index = self.ui.campaign_combo.findData(campaign_id)
        if index >= 0:
            self.ui.campaign_combo.setCurrentIndex(index)

    def _campaign_changed(self, *_args) -> None:
        combo, chosen = self.ui.phase_combo, self.ui.phase_combo.currentData()
        combo.clear()
        combo.addItem(self.tr("(no phase)"), None)
        for phase_id, name, start, end in campaign_queries.phase_choices(self.campaign_id()):
            combo.addItem(f"{name} ({format_date(start)} – {format_date(end)})", phase_id)
        combo.setCurrentIndex(max(0, combo.findData(chosen)))
        combo.setEnabled(combo.count() > 1)
        self.similar_panel.schedule()

    def _unit_changed(self, unit_id: int | None) -> None:
        self.ui.authors_view.set_unit(unit_id)
        self.similar_panel.schedule()

    # --- what the form shows ---------------------------------------------------------------------

    def start_new(self) -> None:
        """An empty form for the next initiative; campaign, phase and unit stay; the cursor on the title."""
        ui = self.ui
        self.editing = None
        self._clear_errors()
        ui.heading_label.setText(self.tr("New initiative"))
        for edit in (ui.title_edit, ui.social_edit, ui.benefit_edit, ui.decision_no_edit,
                     *(getattr(ui, name) for _, name in _DATE_EDITS)):
            edit.clear()
        ui.summary_edit.clear()
        ui.field_combo.setCurrentIndex(ui.field_combo.findData("other"))
        self._set_status(InitiativeStatus.REGISTERED)
        ui.recognised_by_combo.setCurrentIndex(0)
        ui.confidential_check.setChecked(False)
        ui.collective_check.setChecked(False)
        ui.authors_view.authors.clear()
        ui.authors_view.start()
        self.similar_panel.clear()
        ui.campaign_combo.setEnabled(True)
        self.focus_first()

    def focus_first(self) -> None:
        """The title, or the first of campaign and unit still to choose."""
        ui = self.ui
        if self.campaign_id() is None:
            ui.campaign_combo.setFocus()
        elif ui.unit_picker.unit_id() is None:
            ui.unit_picker.setFocus()
        else:
            ui.title_edit.setFocus()

    def edit(self, initiative_id: int) -> bool:
        """Show a saved initiative for correction; False when it no longer exists."""
        found = queries.detail(initiative_id)
        if found is None:
            return False
        self.start_new()
        self.editing = found
        ui = self.ui
        ui.heading_label.setText(self.tr("Editing: {title}").format(title=found.title))
        self.choose_campaign(found.campaign_id)
        ui.phase_combo.setCurrentIndex(max(0, ui.phase_combo.findData(found.phase_id)))
        ui.unit_picker.set_unit(found.unit_id)
        ui.unit_picker.setCursorPosition(0)
        ui.title_edit.setText(found.title)
        ui.field_combo.setCurrentIndex(max(0, ui.field_combo.findData(found.field)))
        ui.summary_edit.setPlainText(found.summary)
        self._fill_authors(found)
        ui.benefit_edit.set_value(found.benefit_vnd)
        ui.social_edit.setText(found.social_benefit)
        for name, edit in _DATE_EDITS:
            getattr(ui, edit).setText(format_date(getattr(found, name)))
        self._set_status(found.status)
        ui.recognised_by_combo.setCurrentIndex(max(0, ui.recognised_by_combo.findData(found.recognised_by)))
        ui.decision_no_edit.setText(found.decision_no)
        ui.confidential_check.setChecked(found.confidential)
        ui.title_edit.setFocus()
        self.similar_panel.refresh(wait=False)
        return True

    def _fill_authors(self, found: InitiativeDetail) -> None:
        collective = [a for a in found.authors if a.author_unit_id is not None]
        self.ui.collective_check.setChecked(bool(collective) and len(found.authors) == 1)
        if not self.ui.collective_check.isChecked():
            self.ui.authors_view.authors.set_authors(
                [AuthorRow(a.name, a.person_id, format_share(a.share_bp)) for a in found.authors])

    def _set_status(self, status: str) -> None:
        combo = self.ui.status_combo
        withdrawn = combo.findData(str(InitiativeStatus.WITHDRAWN))
        if status == InitiativeStatus.WITHDRAWN and withdrawn < 0:
            combo.addItem(status_label(status), str(status))
        elif status != InitiativeStatus.WITHDRAWN and withdrawn >= 0:
            combo.removeItem(withdrawn)
        combo.setCurrentIndex(max(0, combo.findData(str(status))))
        self._update_recognition()

    def _update_recognition(self, *_args) -> None:
        # Recognition details mean nothing for an initiative only registered: skipped by Tab then.
        decided = self.ui.status_combo.currentData() != InitiativeStatus.REGISTERED
        for widget in (self.ui.recognised_by_combo, self.ui.recognised_on_edit, self.ui.decision_no_edit,
                       self.ui.decision_on_edit):
            widget.setEnabled(decided)

    def _collective_toggled(self, collective: bool) -> None:
        self.ui.authors_view.setEnabled(not collective)

    def _tidy_date(self, edit: QLineEdit) -> None:
        try:
            if edit.text().strip():
                edit.setText(format_date(parse_date(edit.text())))
        except ValueError:
            pass  # left as typed: saving says what is wrong, next to the field

    # --- saving ----------------------------------------------------------------------------------

    def save(self) -> bool:
        """Check and save; then an empty form for the next one. False (with the message shown) if refused."""
        if self.actor is None:
            return False
        self._clear_errors()
        try:
            data = self.read_form()
            saved = self._submit(data)
        except InputError as exc:
            self.show_error(exc.field, exc.message)
            return False
        except UserFacingError as exc:
            self.show_error(None, exc.message)
            return False
        if saved is None:
            self.ui.title_edit.setFocus()  # the officer chose to check the duplicate first
            return False
        title = data.title.strip()
        self.last_saved_was_edit = self.editing is not None
        message = (self.tr("Saved the changes to “{title}”.") if self.editing else
                   self.tr("Saved “{title}”. Type the next one.")).format(title=title)
        self.start_new()
        self.saved.emit(saved, message)
        return True

    def read_form(self) -> InitiativeInput:
        """What the form says; a typing error raises InputError naming its field."""
        ui = self.ui
        if self.campaign_id() is None:
            raise InputError(self.tr("Choose the campaign."), "campaign")
        if ui.unit_picker.unit_id() is None:
            raise InputError(self.tr("Choose the unit from the list (type its code or name, then pick it)."),
                             "unit")
        dates = {name: self._date(getattr(ui, edit).text(), name) for name, edit in _DATE_EDITS}
        try:
            benefit = ui.benefit_edit.value() or 0
        except ValueError as exc:
            raise InputError(str(exc), "benefit_vnd") from None
        decided = ui.status_combo.currentData() != InitiativeStatus.REGISTERED
        return InitiativeInput(
            campaign_id=self.campaign_id(), unit_id=ui.unit_picker.unit_id(), title=ui.title_edit.text(),
            field=ui.field_combo.currentData(), summary=ui.summary_edit.toPlainText(), authors=self._authors(),
            benefit_vnd=benefit, social_benefit=ui.social_edit.text(), status=ui.status_combo.currentData(),
            recognised_by=ui.recognised_by_combo.currentData() if decided else None,
            decision_no=ui.decision_no_edit.text() if decided else "",
            registered_on=dates["registered_on"], applied_on=dates["applied_on"],
            recognised_on=dates["recognised_on"] if decided else None,
            decision_on=dates["decision_on"] if decided else None,
            confidential=ui.confidential_check.isChecked(), phase_id=ui.phase_combo.currentData())

    @staticmethod
    def _date(text: str, field: str) -> dt.date | None:
        try:
            return parse_date(text) if text.strip() else None
        except ValueError as exc:
            raise InputError(str(exc), field) from None

    def _authors(self) -> list[AuthorSpec]:
        unit_id = self.ui.unit_picker.unit_id()
        if self.ui.collective_check.isChecked():
            return [AuthorSpec(unit_id=unit_id)]
        # Shares left empty stay None: the service gives them equal parts of what the typed ones leave.
        return [AuthorSpec(person_id=row.person_id, full_name=None if row.person_id else row.name,
                           share_pct=None if bp is None else bp / 100)
                for row, bp in ((row, parse_share(row.share)) for row in self.ui.authors_view.authors.authors())]

    def _submit(self, data: InitiativeInput) -> int | None:
        """Save; a likely duplicate is saved only once the officer confirms. None: not saved."""
        confirm = False
        while True:
            try:
                if self.editing is not None:
                    return initiative_service.edit_initiative(self.actor, self.editing.id, data,
                                                              confirm_duplicate=confirm).id
                return initiative_service.add_initiative(self.actor, data, confirm_duplicate=confirm).id
            except DuplicateSuspected as suspected:
                if confirm or not self.confirm_duplicate(suspected):
                    return None
                confirm = True

    def confirm_duplicate(self, suspected: DuplicateSuspected) -> bool:
        """Ask whether to save an initiative that looks like one entered already."""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Possible duplicate"), suspected.message, parent=self)
        listed = "\n\n".join(describe(candidate) for candidate in suspected.candidates[:5])
        box.setInformativeText(self.tr("Already entered:\n\n{list}\n\nSave it all the same?").format(list=listed))
        save = box.addButton(self.tr("Save all the same"), QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(self.tr("Go back and check"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.exec()
        return box.clickedButton() is save

    # --- similar initiatives ---------------------------------------------------------------------

    def _similar_query(self) -> SimilarQuery | None:
        title, campaign_id = self.ui.title_edit.text().strip(), self.campaign_id()
        if not title or campaign_id is None:
            return None
        names = tuple(row.name for row in self.ui.authors_view.authors.authors())
        return SimilarQuery(campaign_id, title, self.ui.unit_picker.unit_id(), names,
                            self.editing.id if self.editing else None)

    # --- messages and keys -----------------------------------------------------------------------

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

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Line edits, combo boxes and check boxes leave Enter to their parent: here it saves (the authors'
        # cells say so through ``submit_requested``).
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save()
            return
        if event.key() == Qt.Key.Key_Escape and self.editing is not None:
            self.start_new()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Inside the summary Enter starts a new line; Ctrl+Enter saves.
        if (watched is self.ui.summary_edit and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.save()
            return True
        return super().eventFilter(watched, event)
