"""Adding recipients by hand: a unit (a collective: "Tập thể …") or some of a unit's people (individuals).

The unit is found with the unit picker (code or name without accents); in people mode its people are
listed and one or more are selected. OK adds them all in one service call on the writer worker, through the
double-award check; a refusal keeps the dialog open with the message.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QWidget

from uniondesk.domain.awards import RecipientKind
from uniondesk.domain.errors import InputError, UserFacingError
from uniondesk.services import awards as award_service
from uniondesk.services.actor import Actor
from uniondesk.services.awards import RecipientSpec
from uniondesk.ui.dialogs.award_repeat_dialog import RepeatDeclined, write_with_repeat_reason
from uniondesk.ui.forms.ui_award_recipient_dialog import Ui_AwardRecipientDialog
from uniondesk.ui.models.people import PeopleModel, read_people


class AwardRecipientDialog(QDialog):
    def __init__(self, actor: Actor, decision_id: int, kind: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AwardRecipientDialog()
        self.ui.setupUi(self)
        self.actor, self.decision_id, self.kind = actor, decision_id, kind
        self.added: list = []
        self.people = PeopleModel(self)
        people_mode = kind == RecipientKind.INDIVIDUAL
        self.setWindowTitle(self.tr("Add people") if people_mode else self.tr("Add a unit (collective)"))
        self.ui.intro_label.setText(
            self.tr("Find their unit by code or name (accents not needed), then select the people to reward.")
            if people_mode else self.tr("Find the unit to reward as a collective, by code or name (accents not "
                                        "needed)."))
        self.ui.people_label.setVisible(people_mode)
        self.ui.people_view.setVisible(people_mode)
        view = self.ui.people_view
        view.setModel(self.people)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        if not people_mode:
            self.resize(self.width(), 200)
        self.ui.error_label.hide()
        self.ui.unit_picker.unit_changed.connect(self._unit_chosen)
        self.ui.button_box.accepted.connect(self.submit)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add"))
        self.ui.unit_picker.setFocus()

    def _unit_chosen(self, unit_id: int | None) -> None:
        if self.kind == RecipientKind.INDIVIDUAL:
            # ~30 ms for the largest union (6,109 people): read here, the dialog waits for the choice anyway
            self.people.show(unit_id, read_people(unit_id) if unit_id is not None else [])
            if self.people.rowCount():
                self.ui.people_view.selectRow(0)
                self.ui.people_view.setFocus()

    def specs(self) -> list[RecipientSpec]:
        unit_id = self.ui.unit_picker.unit_id()
        if unit_id is None:
            raise InputError(self.tr("Choose a unit from the list."), "unit")
        reason = self.ui.reason_edit.text()
        if self.kind == RecipientKind.COLLECTIVE:
            return [RecipientSpec(str(RecipientKind.COLLECTIVE), unit_id=unit_id, reason=reason)]
        rows = sorted(index.row() for index in self.ui.people_view.selectionModel().selectedRows())
        people = [self.people.person(row) for row in rows]
        if not people:
            raise InputError(self.tr("Select one or more people of the unit (this unit has {count}).").format(
                count=self.people.rowCount()), "people")
        return [RecipientSpec(str(RecipientKind.INDIVIDUAL), person_id=person.id, reason=reason) for person in people]

    def submit(self) -> None:
        """Add on the writer worker (a unit may have a few hundred people); the dialog closes when done."""
        if not self.ui.button_box.isEnabled():
            return
        self.ui.error_label.hide()
        try:
            specs = self.specs()
        except UserFacingError as exc:
            self.show_error(exc.message)
            return
        self.ui.button_box.setEnabled(False)
        write_with_repeat_reason(self, self.tr("Adding recipients…"), lambda reason: award_service.add_recipients(
            self.actor, self.decision_id, specs, reason_for_repeat=reason), on_done=self._added, on_error=self._failed)

    def _added(self, rows: list) -> None:
        self.added = rows
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.ui.button_box.setEnabled(True)
        if isinstance(error, RepeatDeclined):
            return  # the officer chose not to repeat the award: the dialog stays, nothing was added
        if not isinstance(error, UserFacingError):
            raise error
        self.show_error(error.message)

    def show_error(self, message: str) -> None:
        self.ui.error_label.setText(message)
        self.ui.error_label.show()

    def error_text(self) -> str:
        return self.ui.error_label.text() if not self.ui.error_label.isHidden() else ""
