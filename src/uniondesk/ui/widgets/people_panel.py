"""The member list of the selected unit ("Đoàn viên / người") with add, edit and delete.

Every change runs on the writer thread (the person dialog's, and deleting here): a factory union
lists thousands of people, and a commit can meet a WAL checkpoint."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, Signal
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
from uniondesk.domain.units import Gender
from uniondesk.services import people as people_service
from uniondesk.services.actor import Actor
from uniondesk.ui.dialogs.person_dialog import PersonDialog
from uniondesk.ui.errors import show_user_error
from uniondesk.ui.models.people import PeopleModel, PersonRow
from uniondesk.ui.tasks import run_task


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
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._size_short_columns()
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

    def _size_short_columns(self) -> None:
        """Gender and birth year have short known texts: sized once. ``resizeColumnToContents`` measured
        every row, 63 ms of the 146 ms a factory union of 6,109 people took to show."""
        cells, header = self.view.fontMetrics(), self.view.horizontalHeader().fontMetrics()
        samples = {1: [self.model.gender_label(gender) for gender in Gender], 2: ["0000"]}
        for column, texts in samples.items():
            title = self.model.headerData(column, Qt.Orientation.Horizontal)
            widest = max(header.horizontalAdvance(title), *(cells.horizontalAdvance(text) for text in texts))
            self.view.setColumnWidth(column, widest + 24)  # room for the cell margins and the grid

    def show_unit(self, unit_id: int | None) -> None:
        self.model.load(unit_id)
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
        self.delete_button.setEnabled(False)
        actor, unit_id, message = self.actor, self.model.unit_id, self.tr("Deleted {name}.")
        run_task(self, self.tr("Deleting {name}…").format(name=person.full_name),
                 lambda _progress, _cancel: people_service.delete_person(actor, person.id),
                 on_done=lambda _result: self._deleted(unit_id, message.format(name=person.full_name)),
                 on_error=self._failed, writes=True)

    def _deleted(self, unit_id: int | None, message: str) -> None:
        if not shiboken6.isValid(self):
            return
        if self.model.unit_id == unit_id:  # the officer may have gone on to another unit meanwhile
            self.show_unit(unit_id)
        self.status_message.emit(message)

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self) or not isinstance(error, UserFacingError):
            raise error  # a bug: the error dialog shows it
        self._update_buttons()
        show_user_error(self, error)
