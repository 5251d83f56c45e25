"""A line edit that finds a live unit by code or by name typed without accents."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from uniondesk.store.queries import units as queries
from uniondesk.store.queries.units import UnitChoice
from uniondesk.ui.models.unit_labels import kind_label

ChoiceIdRole = Qt.ItemDataRole.UserRole + 1


def choice_text(choice: UnitChoice) -> str:
    return f"{choice.name} ({choice.code})"


class UnitChoiceModel(QAbstractListModel):
    """The units offered for what was typed; refilled on each search, a few dozen rows at most."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._choices: list[UnitChoice] = []

    def set_choices(self, choices: list[UnitChoice]) -> None:
        self.beginResetModel()
        self._choices = list(choices)
        self.endResetModel()

    def choice(self, row: int) -> UnitChoice | None:
        return self._choices[row] if 0 <= row < len(self._choices) else None

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._choices)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        choice = self.choice(index.row()) if index.isValid() else None
        if choice is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            under = f" — {choice.parent_name}" if choice.parent_name else ""
            return f"{choice_text(choice)}{under}"
        if role == Qt.ItemDataRole.EditRole:
            return choice_text(choice)
        if role == Qt.ItemDataRole.ToolTipRole:
            return kind_label(choice.kind)
        if role == ChoiceIdRole:
            return choice.id
        return None


class UnitPicker(QLineEdit):
    """Type "quan hoa" or a code, pick a unit from the list; ``unit_id()`` is the chosen unit or None.

    Searching waits for a short pause in typing, so a national tree is not searched on every key.
    """

    unit_changed = Signal(object)  # the chosen unit id, or None when the text no longer names one
    SEARCH_DELAY_MS = 150

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._unit_id: int | None = None
        self._excluded: int | None = None
        self._model = UnitChoiceModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setWidget(self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setMaxVisibleItems(12)
        self._completer.activated[QModelIndex].connect(self._activated)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)
        self.textEdited.connect(self._edited)
        self.setPlaceholderText(self.tr("Type a code or a name (accents not needed)…"))
        self.setClearButtonEnabled(True)

    def unit_id(self) -> int | None:
        return self._unit_id

    def exclude_subtree_of(self, unit_id: int | None) -> None:
        """Never offer this unit nor its descendants (a unit cannot move or merge into its own subtree)."""
        self._excluded = unit_id

    def set_unit(self, unit_id: int | None) -> None:
        detail = queries.detail(unit_id) if unit_id is not None else None
        self.setText(f"{detail.name} ({detail.code})" if detail else "")
        self._set_chosen(detail.id if detail else None)

    def choices(self) -> list[UnitChoice]:
        return [self._model.choice(row) for row in range(self._model.rowCount())]

    def choose(self, row: int) -> None:
        choice = self._model.choice(row)
        if choice is not None:
            self.setText(choice_text(choice))
            self._completer.popup().hide()
            self._set_chosen(choice.id)

    def search_now(self) -> None:
        self._timer.stop()
        self._model.set_choices(queries.search_live(self.text(), exclude_subtree_of=self._excluded))
        if self._model.rowCount() and self.hasFocus():
            self._completer.complete()
        else:
            self._completer.popup().hide()

    def _edited(self, _text: str) -> None:
        self._set_chosen(None)
        self._timer.start()

    def _activated(self, index: QModelIndex) -> None:
        unit_id = index.data(ChoiceIdRole)
        rows = [row for row, choice in enumerate(self.choices()) if choice.id == unit_id]
        if rows:
            self.choose(rows[0])

    def _set_chosen(self, unit_id: int | None) -> None:
        if unit_id != self._unit_id:
            self._unit_id = unit_id
            self.unit_changed.emit(unit_id)
