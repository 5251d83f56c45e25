"""The member list of the selected unit ("Đoàn viên / người") with add, edit and delete."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from uniondesk.domain.errors import UserFacingError
from uniondesk.services import people as people_service
from uniondesk.services.actor import Actor
from uniondesk.ui.dialogs.person_dialog import PersonDialog
from uniondesk.ui.errors import show_user_error
from uniondesk.ui.models.people import PeopleModel, PersonRow


class PeoplePanel(QWidget):
    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor: Actor | None = None
        self.model = PeopleModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("people_view")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _index: self.edit_person())
        self.add_button = QPushButton(self.tr("&Add person…"), self)
        self.edit_button = QPushButton(self.tr("Edit person…"), self)
        self.delete_button = QPushButton(self.tr("Delete person"), self)
        self.add_button.clicked.connect(self.add_person)
        self.edit_button.clicked.connect(self.edit_person)
        self.delete_button.clicked.connect(self.delete_person)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.show_unit(None)

    def show_unit(self, unit_id: int | None) -> None:
        self.model.load(unit_id)
        self.view.resizeColumnToContents(1)
        self.view.resizeColumnToContents(2)
        self._update_buttons()

    def selected(self) -> PersonRow | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.person(rows[0].row()) if rows else None

    def _update_buttons(self, *_args) -> None:
        self.add_button.setEnabled(self.model.unit_id is not None)
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def add_person(self) -> None:
        if self.model.unit_id is not None:
            self._open(PersonDialog(self.actor, self.model.unit_id, parent=self))

    def edit_person(self) -> None:
        person = self.selected()
        if person is not None and self.model.unit_id is not None:
            self._open(PersonDialog(self.actor, self.model.unit_id, person, parent=self))

    def _open(self, dialog: PersonDialog) -> None:
        if dialog.exec() != PersonDialog.DialogCode.Accepted:
            return
        self.show_unit(self.model.unit_id)
        self.view.selectRow(self.model.row_of(dialog.person_id))
        self.status_message.emit(dialog.message)

    def delete_person(self) -> None:
        person = self.selected()
        if person is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete person"), self.tr(
            "Delete {name} from this unit's list? Only a person entered by mistake should be deleted.")
            .format(name=person.full_name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            people_service.delete_person(self.actor, person.id)
        except UserFacingError as error:
            show_user_error(self, error)
            return
        self.show_unit(self.model.unit_id)
        self.status_message.emit(self.tr("Deleted {name}.").format(name=person.full_name))
