"""The member list of the selected unit ("Đoàn viên / người") with add, edit and delete.

The list is read on a reader worker without a progress dialog (``run_quietly``): a factory union lists
6,000 people, and reading and sorting them in Vietnamese order blocked the GUI thread 60-140 ms on every
click, while an officer clicks through units quickly. Each read carries a request number, so the answer
for a unit the officer has already left is dropped. Every change runs on the writer thread (the person
dialog's, and deleting here): a commit can meet a WAL checkpoint."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from uniondesk.domain.errors import UserFacingError
from uniondesk.domain.text import format_int
from uniondesk.domain.units import Gender
from uniondesk.services import people as people_service
from uniondesk.services.actor import Actor
from uniondesk.ui.dialogs.person_dialog import PersonDialog
from uniondesk.ui.errors import show_user_error
from uniondesk.ui.models.people import PeopleModel, PersonRow, read_people
from uniondesk.ui.tasks import Task, run_quietly, run_task


SETTLE_MS = 60


class PeoplePanel(QWidget):
    status_message = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor: Actor | None = None
        self.unit_id: int | None = None  # the unit selected; while ``loading`` the list may be empty
        self.loading = False  # True from ``show_unit`` until its read has come back
        self._request = 0  # numbers the reads: only the answer to the latest one is shown
        self._task: Task | None = None
        # The read starts once the selection has rested SETTLE_MS: an officer arrowing down the tree
        # starts one read, not one per unit passed, and the tree repaints before the reader competes
        # with it for Python's interpreter lock.
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self._read)
        self._next_read: tuple[int, int, int | None, int] = (0, 0, None, -1)
        self.model = PeopleModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("people_view")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        # One line per person, as dense as the tree beside it: a factory union lists thousands.
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 8)
        self.view.setWordWrap(False)
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
        self.state_label = QLabel(self)  # above the list, where its whole width fits any message
        self.state_label.setObjectName("people_state")
        self.state_label.setWordWrap(True)
        layout.addWidget(self.state_label)
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

    def show_unit(self, unit_id: int | None, *, select_person: int | None = None) -> None:
        """Show the people of ``unit_id`` (None: nobody), read on a worker; ``loading`` until they show.

        Another unit's rows go at once (they must not pass for this unit's). Read again for the same unit,
        the rows stay until the new ones replace them, and the chosen person (else the same row) stays
        chosen: after a delete, that is the next person."""
        chosen = self.view.selectionModel().selectedRows()
        keep_row = chosen[0].row() if chosen else -1
        if unit_id != self.model.unit_id:
            self.model.show(unit_id, [])
            keep_row = -1
        elif select_person is None and keep_row >= 0:
            select_person = self.model.person(keep_row).id
        self.unit_id = unit_id
        self._request += 1
        if self._task is not None:
            self._task.cancel()  # a read still waiting for a thread is skipped
            self._task = None
        self.loading = unit_id is not None
        if self.loading:
            self.state_label.setText(self.tr("Loading the list…"))
            self._next_read = (self._request, unit_id, select_person, keep_row)
            self._settle.start()
        else:
            self._settle.stop()
            self._show_state()
        self._update_buttons()

    def _read(self) -> None:
        request, unit_id, select_person, keep_row = self._next_read
        self._task = run_quietly(lambda _progress, cancel: None if cancel() else read_people(unit_id),
                                 on_done=lambda rows: self._loaded(request, unit_id, rows, select_person, keep_row),
                                 on_error=lambda error: self._read_failed(request, error))

    def _loaded(self, request: int, unit_id: int, rows: list[PersonRow] | None, select_person: int | None,
                keep_row: int) -> None:
        if not shiboken6.isValid(self) or request != self._request or rows is None:
            return  # the officer has gone on to another unit (or the panel is gone)
        self._task, self.loading = None, False
        self.model.show(unit_id, rows)
        row = self.model.row_of(select_person) if select_person is not None else -1
        if row < 0 and keep_row >= 0:
            row = min(keep_row, len(rows) - 1)
        if row >= 0:
            self.view.selectRow(row)
            self.view.scrollTo(self.model.index(row, 0))
        self._show_state()
        self._update_buttons()

    def _read_failed(self, request: int, error: BaseException) -> None:
        if not shiboken6.isValid(self) or request != self._request:
            return
        self._task, self.loading = None, False
        self.state_label.setText(self.tr("The list could not be read."))
        self._failed(error)

    def _show_state(self) -> None:
        count = self.model.rowCount()
        if self.unit_id is None:
            text = ""
        elif count == 0:
            text = self.tr("No one is listed in this unit yet.")
        else:
            text = self.tr("People: {count}").format(count=format_int(count))
        self.state_label.setText(text)

    def selected(self) -> PersonRow | None:
        """The person chosen in the list; None while the list is being read (that row may be gone)."""
        rows = self.view.selectionModel().selectedRows()
        return self.model.person(rows[0].row()) if rows and not self.loading else None

    def _update_buttons(self, *_args) -> None:
        self.add_button.setEnabled(self.unit_id is not None)
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def add_person(self) -> None:
        if self.unit_id is not None:
            self._open(PersonDialog(self.actor, self.unit_id, parent=self))

    def edit_person(self) -> None:
        person = self.selected()
        if person is not None and self.unit_id is not None:
            self._open(PersonDialog(self.actor, self.unit_id, person, parent=self))

    def _open(self, dialog: PersonDialog) -> None:
        if dialog.exec() != PersonDialog.DialogCode.Accepted:
            return
        if self.unit_id == dialog.unit_id:
            self.show_unit(self.unit_id, select_person=dialog.person_id)
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
        actor, unit_id, message = self.actor, self.unit_id, self.tr("Deleted {name}.")
        run_task(self, self.tr("Deleting {name}…").format(name=person.full_name),
                 lambda _progress, _cancel: people_service.delete_person(actor, person.id),
                 on_done=lambda _result: self._deleted(unit_id, message.format(name=person.full_name)),
                 on_error=self._failed, writes=True)

    def _deleted(self, unit_id: int | None, message: str) -> None:
        if not shiboken6.isValid(self):
            return
        if self.unit_id == unit_id:  # the officer may have gone on to another unit meanwhile
            self.show_unit(unit_id)  # the deleted person's row goes to the next person
        self.status_message.emit(message)

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self) or not isinstance(error, UserFacingError):
            raise error  # a bug: the error dialog shows it
        self._update_buttons()
        show_user_error(self, error)
