"""A line edit for an author's name: suggests the people of the unit, found without accents.

Typing "nguyen van" offers "Nguyễn Văn An", "Nguyễn Văn Bình", … of the unit; choosing one links the
author to that person. A name that is not in the list is a new author, typed in place. The unit's people
are searched on each key (``store.queries.initiatives.people_search``, a few milliseconds even for a
factory union of thousands), never loaded whole.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from uniondesk.domain.text import fold
from uniondesk.store.queries import initiatives as queries

PersonIdRole = Qt.ItemDataRole.UserRole + 1
MAX_SUGGESTIONS = 12


@dataclass(frozen=True)
class Member:
    id: int
    full_name: str
    position: str


def members_matching(unit_id: int | None, text: str, limit: int = MAX_SUGGESTIONS) -> list[Member]:
    """The unit's people whose name (without accents) contains what was typed, those starting with it first."""
    if unit_id is None or not fold(text):
        return []
    return [Member(id_, name, position or "") for id_, name, position in queries.people_search(unit_id, text, limit)]


class MemberModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.members: list[Member] = []

    def set_members(self, members: list[Member]) -> None:
        self.beginResetModel()
        self.members = members
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.members)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.members):
            return None
        member = self.members[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{member.full_name} — {member.position}" if member.position else member.full_name
        if role == Qt.ItemDataRole.EditRole:
            return member.full_name
        if role == PersonIdRole:
            return member.id
        return None


class AuthorNameEdit(QLineEdit):
    """``person_id()`` is the chosen member, or None for a name typed in place."""

    person_chosen = Signal(object)

    def __init__(self, unit_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.unit_id = unit_id
        self._person_id: int | None = None
        self._model = MemberModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setWidget(self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCompletionRole(Qt.ItemDataRole.EditRole)
        self._completer.activated[QModelIndex].connect(self._activated)
        self.textEdited.connect(self._edited)
        self.setPlaceholderText(self.tr("Name of a member, or a new name"))

    def person_id(self) -> int | None:
        return self._person_id

    def set_person(self, person_id: int | None, name: str) -> None:
        self.setText(name)
        self._person_id = person_id

    def suggestions(self) -> list[Member]:
        return list(self._model.members)

    def popup(self):
        return self._completer.popup()

    def choose(self, row: int) -> None:
        if 0 <= row < len(self._model.members):
            member = self._model.members[row]
            self.setText(member.full_name)
            self._person_id = member.id
            self._completer.popup().hide()
            self.person_chosen.emit(member.id)

    def _edited(self, text: str) -> None:
        found = members_matching(self.unit_id, text)
        exact = [member for member in found if fold(member.full_name) == fold(text)]
        # Typed out in full, the name of one member: the same as picking it (namesakes must be picked).
        self._person_id = exact[0].id if len(exact) == 1 else None
        self._model.set_members(found)
        if self._model.members and self.hasFocus():
            self._completer.complete()
        else:
            self._completer.popup().hide()

    def _activated(self, index: QModelIndex) -> None:
        self.choose(index.row())
