"""The campaign form: fields, phases, status buttons, and New / Save / Revert / Delete.

Input is checked twice, as in the unit panel: what the form can read itself (dates typed as
dd/mm/yyyy, whole numbers) and then the service's rules; either way the message appears next to the
field it is about (``InputError.field``) and nothing is written. A campaign of an office above this
one is shown read-only: the service would refuse any change anyway (``check_office_may_change``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QMessageBox, QWidget

from uniondesk.domain.campaigns import CampaignKind, CampaignStatus
from uniondesk.domain.errors import InputError, UserFacingError
from uniondesk.domain.text import format_date, format_int, parse_count, parse_date
from uniondesk.services import campaigns as campaign_service
from uniondesk.services.actor import Actor
from uniondesk.store.queries import campaigns as queries
from uniondesk.store.queries.campaigns import CampaignDetail
from uniondesk.ui.forms.ui_campaign_editor import Ui_CampaignEditor
from uniondesk.ui.models.campaign_labels import KIND_SOURCES, campaign_kind_label, campaign_status_label
from uniondesk.ui.models.campaign_phases import PhasesModel

_DATES = (("start_on", "start_edit"), ("end_on", "end_edit"), ("eligible_from", "eligible_from_edit"),
          ("eligible_to", "eligible_to_edit"))
_COUNTS = (("target_initiatives", "target_initiatives_edit"), ("target_members", "target_members_edit"))


class CampaignEditor(QWidget):
    saved = Signal(object, str)  # the campaign saved (None after a deletion), and a status message

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CampaignEditor()
        self.ui.setupUi(self)
        self.actor: Actor | None = None
        self.home_unit_id: int | None = None
        self._detail: CampaignDetail | None = None
        self._adding = False
        self._before_new: int | None = None  # shown again when a new campaign is given up
        self._loaded: dict[str, Any] = {}
        self.phases = PhasesModel(self)
        self._setup_widgets()
        self._errors = {
            "code": self.ui.code_error, "name": self.ui.name_error, "kind": self.ui.kind_error,
            "organiser_id": self.ui.organiser_error, "organiser": self.ui.organiser_error,
            "start_on": self.ui.period_error, "end_on": self.ui.period_error,
            "eligible_from": self.ui.eligible_error, "eligible_to": self.ui.eligible_error,
            "target_initiatives": self.ui.target_initiatives_error, "target_members": self.ui.target_members_error,
            "phases": self.ui.phases_error, "status": self.ui.status_error}
        self._connect()
        self.show_campaign(None)

    def _setup_widgets(self) -> None:
        for kind in KIND_SOURCES:
            self.ui.kind_combo.addItem(campaign_kind_label(kind), str(kind))
        view = self.ui.phases_view
        view.setModel(self.phases)
        header = view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        width = view.fontMetrics().horizontalAdvance("00/00/00000") + 24
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)
            header.resizeSection(column, width)
        view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)

    def _connect(self) -> None:
        ui = self.ui
        ui.save_button.clicked.connect(self.save)
        ui.revert_button.clicked.connect(self.revert)
        ui.new_button.clicked.connect(self.start_new)
        ui.delete_button.clicked.connect(self.delete)
        ui.add_phase_button.clicked.connect(self.add_phase)
        ui.remove_phase_button.clicked.connect(self.remove_phase)
        ui.open_button.clicked.connect(lambda: self.change_status(CampaignStatus.OPEN))
        ui.close_button.clicked.connect(lambda: self.change_status(CampaignStatus.CLOSED))
        ui.reopen_button.clicked.connect(lambda: self.change_status(CampaignStatus.OPEN))
        # Not the organiser picker: there Enter picks a unit from its list.
        for edit in (ui.code_edit, ui.name_edit, ui.start_edit, ui.end_edit,
                     ui.eligible_from_edit, ui.eligible_to_edit, ui.target_initiatives_edit,
                     ui.target_members_edit):
            edit.returnPressed.connect(self.save)

    # --- what is shown ---------------------------------------------------------------------------

    @property
    def campaign_id(self) -> int | None:
        return self._detail.row.id if self._detail else None

    @property
    def adding(self) -> bool:
        return self._adding

    @property
    def read_only(self) -> bool:
        return self._detail is not None and not self._is_ours(self._detail.row.organiser_path)

    def _is_ours(self, organiser_path: str) -> bool:
        home_path = queries.unit_path(self.home_unit_id)
        return home_path is None or organiser_path.startswith(home_path)

    def show_campaign(self, campaign_id: int | None) -> None:
        """Show ``campaign_id`` (None: nothing selected), dropping unsaved edits."""
        self._adding = False
        self._detail = queries.campaign_detail(campaign_id) if campaign_id is not None else None
        self._clear_errors()
        detail = self._detail
        if detail is None:
            self.ui.title_label.setText(self.tr("No campaign selected"))
            self._fill_empty()
        else:
            self.ui.title_label.setText(detail.row.name)
            self._fill(detail)
        self._update_state()

    def start_new(self) -> None:
        """An empty form for a new campaign of this office; Save creates it, Revert gives up."""
        if self.actor is None:
            return
        if not self._adding:
            self._before_new = self.campaign_id
        self._detail, self._adding = None, True
        self._clear_errors()
        self.ui.title_label.setText(self.tr("New campaign"))
        self._fill_empty()
        self.ui.organiser_picker.set_unit(self.home_unit_id)
        self._loaded = self._current()
        self._update_state()
        self.ui.code_edit.setFocus()

    def _fill_empty(self) -> None:
        ui = self.ui
        for edit in (ui.code_edit, ui.name_edit, ui.start_edit, ui.end_edit, ui.eligible_from_edit,
                     ui.eligible_to_edit, ui.target_initiatives_edit, ui.target_members_edit):
            edit.clear()
        ui.description_edit.clear()
        ui.kind_combo.setCurrentIndex(0)
        ui.organiser_picker.set_unit(None)
        self.phases.load([])
        self._loaded = self._current()

    def _fill(self, detail: CampaignDetail) -> None:
        ui, row = self.ui, detail.row
        ui.code_edit.setText(row.code)
        ui.name_edit.setText(row.name)
        ui.name_edit.setCursorPosition(0)
        ui.kind_combo.setCurrentIndex(max(0, ui.kind_combo.findData(row.kind)))
        ui.organiser_picker.set_unit(row.organiser_id)
        ui.organiser_picker.setCursorPosition(0)
        ui.start_edit.setText(format_date(row.start_on))
        ui.end_edit.setText(format_date(row.end_on))
        ui.eligible_from_edit.setText(format_date(detail.eligible_from))
        ui.eligible_to_edit.setText(format_date(detail.eligible_to))
        ui.target_initiatives_edit.setText(format_int(detail.target_initiatives))
        ui.target_members_edit.setText(format_int(detail.target_members))
        ui.description_edit.setPlainText(detail.description)
        self.phases.load(detail.phases)
        self._loaded = self._current()

    def _current(self) -> dict[str, Any]:
        ui = self.ui
        texts = {name: getattr(ui, edit).text() for name, edit in (*_DATES, *_COUNTS)}
        return {"code": ui.code_edit.text(), "name": ui.name_edit.text(), "kind": ui.kind_combo.currentData(),
                "organiser": ui.organiser_picker.unit_id(), "description": ui.description_edit.toPlainText(),
                "phases": self.phases.texts(), **texts}

    def is_dirty(self) -> bool:
        return (self._detail is not None or self._adding) and self._current() != self._loaded

    def _update_state(self) -> None:
        ui, detail = self.ui, self._detail
        editable = self.actor is not None and (self._adding or (detail is not None and not self.read_only))
        for widget in (ui.code_edit, ui.name_edit, ui.kind_combo, ui.organiser_picker, ui.start_edit, ui.end_edit,
                       ui.eligible_from_edit, ui.eligible_to_edit, ui.target_initiatives_edit,
                       ui.target_members_edit, ui.add_phase_button, ui.remove_phase_button, ui.save_button,
                       ui.revert_button):
            widget.setEnabled(editable)
        ui.description_edit.setReadOnly(not editable)
        self.phases.read_only = not editable
        ui.read_only_label.setVisible(detail is not None and self.read_only)
        status = detail.row.status if detail else None
        ui.status_label.setText(self.tr("Status: {status}").format(status=campaign_status_label(status))
                                if status else "")
        ui.open_button.setVisible(editable and status == CampaignStatus.DRAFT)
        ui.close_button.setVisible(editable and status == CampaignStatus.OPEN)
        ui.reopen_button.setVisible(editable and status == CampaignStatus.CLOSED)
        ui.delete_button.setEnabled(editable and status == CampaignStatus.DRAFT)
        ui.new_button.setEnabled(self.actor is not None)

    # --- phases ----------------------------------------------------------------------------------

    def add_phase(self) -> None:
        row = self.phases.add_row()
        index = self.phases.index(row, 0)
        self.ui.phases_view.setCurrentIndex(index)
        self.ui.phases_view.setFocus()
        self.ui.phases_view.edit(index)

    def remove_phase(self) -> None:
        index = self.ui.phases_view.currentIndex()
        if index.isValid():
            self.phases.remove_row(index.row())

    # --- saving ----------------------------------------------------------------------------------

    def revert(self) -> None:
        self.show_campaign(self._before_new if self._adding else self.campaign_id)

    def save(self) -> bool:
        """Check and save the form; True when saved (or there was nothing to save)."""
        if self.actor is None or not (self._adding or (self._detail and not self.read_only)):
            return False
        self._clear_errors()
        try:
            fields = self._parsed_fields()
            campaign_id, message = self._apply(fields)
        except InputError as exc:
            self.show_error(exc.field, exc.message)
            return False
        except UserFacingError as exc:
            self.show_error(None, exc.message)
            return False
        self.show_campaign(campaign_id)
        self.saved.emit(campaign_id, message)
        return True

    def _parsed_fields(self) -> dict[str, Any]:
        """The form's values; a typing error raises InputError naming its field."""
        ui = self.ui
        fields: dict[str, Any] = {"code": ui.code_edit.text(), "name": ui.name_edit.text(),
                                  "kind": ui.kind_combo.currentData() or str(CampaignKind.INITIATIVES),
                                  "organiser_id": ui.organiser_picker.unit_id(),
                                  "description": ui.description_edit.toPlainText()}
        if fields["organiser_id"] is None:
            raise InputError(self.tr("Choose the organising unit from the list."), "organiser_id")
        for name, edit in _DATES:
            text = getattr(ui, edit).text()
            try:
                fields[name] = parse_date(text) if text.strip() else None
            except ValueError as exc:
                raise InputError(str(exc), name) from None
        for name, edit in _COUNTS:
            text = getattr(ui, edit).text()
            try:
                fields[name] = parse_count(text) if text.strip() else None
            except ValueError as exc:
                raise InputError(str(exc), name) from None
        return fields

    def _apply(self, fields: dict[str, Any]) -> tuple[int, str]:
        phases = self.phases.phases()
        if self._adding:
            campaign = campaign_service.create_campaign(self.actor, phases=phases, **fields)
            return campaign.id, self.tr("Created the campaign “{name}”.").format(name=campaign.name)
        detail = self._detail
        old = {"code": detail.row.code, "name": detail.row.name, "kind": detail.row.kind,
               "organiser_id": detail.row.organiser_id, "start_on": detail.row.start_on,
               "end_on": detail.row.end_on, "eligible_from": detail.eligible_from, "eligible_to": detail.eligible_to,
               "target_initiatives": detail.target_initiatives, "target_members": detail.target_members,
               "description": detail.description}
        changed = {name: value for name, value in fields.items() if old[name] != value}
        new_phases = phases if self.phases.texts() != self._loaded["phases"] else None
        if not changed and new_phases is None:
            return detail.row.id, self.tr("Nothing to save: “{name}” is unchanged.").format(name=detail.row.name)
        campaign = campaign_service.edit_campaign(self.actor, detail.row.id, phases=new_phases, **changed)
        return campaign.id, self.tr("Saved “{name}”.").format(name=campaign.name)

    def change_status(self, status: str) -> None:
        if self._detail is None or self.actor is None:
            return
        if self.is_dirty() and not self.save():
            return  # the edits are refused: their message is shown, the status stays
        self._clear_errors()
        try:
            campaign = campaign_service.set_status(self.actor, self.campaign_id, status)
        except UserFacingError as exc:
            self.show_error(getattr(exc, "field", None) or "status", exc.message)
            return
        self.show_campaign(campaign.id)
        self.saved.emit(campaign.id, self.tr("“{name}” is now: {status}.").format(
            name=campaign.name, status=campaign_status_label(campaign.status)))

    def delete(self) -> None:
        detail = self._detail
        if detail is None or self.actor is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete campaign"), self.tr(
            "Delete the draft campaign “{name}”? Only a campaign without quotas or initiatives can be deleted.")
            .format(name=detail.row.name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            campaign_service.delete_campaign(self.actor, detail.row.id)
        except UserFacingError as exc:
            self.show_error(None, exc.message)
            return
        self.show_campaign(None)
        self.saved.emit(None, self.tr("Deleted the campaign “{name}”.").format(name=detail.row.name))

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
