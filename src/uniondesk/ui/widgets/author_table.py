"""The authors table of the entry form: type a name (members are suggested), Tab, a share, Tab.

Typing on a cell starts editing it, so the officer never reaches for the mouse; Delete removes the
author on the current row.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QAbstractItemDelegate, QAbstractItemView, QHeaderView, QLineEdit, QStyledItemDelegate,
                               QStyleOptionViewItem, QTableView, QWidget)

from uniondesk.ui.models.initiative_authors import NAME, SHARE, AuthorsModel, PersonIdRole
from uniondesk.ui.widgets.author_name_edit import AuthorNameEdit


class AuthorDelegate(QStyledItemDelegate):
    """Names are edited with member suggestions; shares in a plain right-aligned field."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.unit_id: int | None = None  # whose people are suggested

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        if index.column() == NAME:
            return AuthorNameEdit(self.unit_id, parent)
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.setPlaceholderText("%")
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        text = index.data(Qt.ItemDataRole.EditRole) or ""
        if isinstance(editor, AuthorNameEdit):
            editor.set_person(index.data(PersonIdRole), text)
        elif isinstance(editor, QLineEdit):
            editor.setText(text)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        # Read both first: each setData repaints, and an open editor is refilled from the model.
        text = editor.text()
        if isinstance(editor, AuthorNameEdit):
            model.setData(index, editor.person_id(), PersonIdRole)
        model.setData(index, text, Qt.ItemDataRole.EditRole)


class AuthorTable(QTableView):
    submit_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.authors = AuthorsModel(self)
        self.delegate = AuthorDelegate(self)
        self.unit_id: int | None = None
        self.setModel(self.authors)
        self.setItemDelegate(self.delegate)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)  # Tab leaves the table; inside an editor it moves to the next cell
        header = self.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SHARE, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(SHARE, self.fontMetrics().horizontalAdvance("100,00 %") + 24)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)

    def set_unit(self, unit_id: int | None) -> None:
        """Suggest the people of this unit for the names typed from now on."""
        self.unit_id = self.delegate.unit_id = unit_id

    def start(self) -> None:
        """Put the cursor on the first author's name (the empty row of a new form)."""
        # Current without being selected: a new form shows no highlighted row.
        self.selectionModel().setCurrentIndex(self.authors.index(0, NAME),
                                              self.selectionModel().SelectionFlag.NoUpdate)

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if not self.currentIndex().isValid():
            self.start()

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        # Tab on the empty row at the end (no name typed) leaves the table for the next field: the
        # authors are done, and the officer goes on without touching the mouse.
        index = self.currentIndex()
        done = (hint == QAbstractItemDelegate.EndEditHint.EditNextItem and index.column() == NAME
                and index.row() == self.authors.rowCount() - 1 and not (index.data() or ""))
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint if done else hint)
        if done:
            self.focusNextChild()
        elif hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:
            # Enter in a cell: the author is kept and, as everywhere in the form, the form is saved; once
            # the editor is gone, so that the next form starts clean.
            QTimer.singleShot(0, self.submit_requested.emit)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if event.key() == Qt.Key.Key_Delete and index.isValid() and self.state() != self.State.EditingState:
            self.authors.remove_row(index.row())
            return
        super().keyPressEvent(event)
