"""Add or edit one person of a unit (full name, gender, birth year, position)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from uniondesk.domain.errors import InputError
from uniondesk.domain.units import Gender
from uniondesk.services import people as people_service
from uniondesk.services.actor import Actor
from uniondesk.ui.dialogs.service_dialog import ServiceDialog, existing_unit
from uniondesk.ui.forms.ui_person_dialog import Ui_PersonDialog
from uniondesk.ui.models.people import PersonRow


class PersonDialog(ServiceDialog):
    """``person`` None adds a person to ``unit_id``; otherwise edits that person. After OK,
    ``person_id`` is the person saved."""

    def __init__(self, actor: Actor, unit_id: int, person: PersonRow | None = None,
                 parent: QWidget | None = None):
        super().__init__(actor, parent)
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        self.connect_form(self.ui.error_label, self.ui.button_box)
        self.unit = existing_unit(unit_id)
        self.person = person
        self.person_id: int | None = None
        self._field_errors = {"full_name": self.ui.full_name_error, "birth_year": self.ui.birth_year_error}
        for label in self._field_errors.values():
            label.hide()
        self.ui.gender_combo.addItem("—", "")
        self.ui.gender_combo.addItem(self.tr("Male"), str(Gender.MALE))
        self.ui.gender_combo.addItem(self.tr("Female"), str(Gender.FEMALE))
        self.setWindowTitle(self.tr("Edit person") if person else self.tr("Add a person"))
        self.ui.unit_label.setText(self.tr("Unit: {unit}").format(unit=self.unit.name))
        if person:
            self.ui.full_name_edit.setText(person.full_name)
            self.ui.gender_combo.setCurrentIndex(max(0, self.ui.gender_combo.findData(person.gender or "")))
            self.ui.birth_year_edit.setText(str(person.birth_year or ""))
            self.ui.position_edit.setText(person.position)

    def _birth_year(self) -> int | None:
        text = self.ui.birth_year_edit.text().strip()
        if not text:
            return None
        if not text.isdigit():
            raise InputError(self.tr("The birth year must be a number such as 1985."), "birth_year")
        return int(text)

    def working_text(self) -> str:
        return self.tr("Saving {name}…").format(name=self.ui.full_name_edit.text().strip())

    def request(self) -> Callable[[], tuple[int, int, str]]:
        for label in self._field_errors.values():
            label.hide()
        fields = {"full_name": self.ui.full_name_edit.text(), "gender": self.ui.gender_combo.currentData() or None,
                  "birth_year": self._birth_year(), "position": self.ui.position_edit.text()}
        actor, unit, person = self.actor, self.unit, self.person
        done = self.tr("Added {name} to “{unit}”.") if person is None else self.tr("Saved {name}.")

        def work() -> tuple[int, int, str]:
            if person is None:
                saved = people_service.add_person(actor, unit.id, **fields)
            else:
                saved = people_service.edit_person(actor, person.id, **fields)
            return saved.id, unit.id, done.format(name=saved.full_name, unit=unit.name)
        return work

    def finish(self, result: tuple[int, int, str]) -> None:
        self.person_id, self.unit_id, self.message = result

    def show_error(self, message: str, field: str | None = None) -> None:
        label = self._field_errors.get(field or "")
        if label is None:
            super().show_error(message, field)
            return
        label.setText(message)
        label.show()
