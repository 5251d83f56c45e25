"""The list-and-editor pattern of the campaigns and awards tabs: the list's current row is shown in the
editor; moving away from unsaved edits asks first (and, kept, goes back to the row being edited); a row
selected by the program (after a refresh or a save) does not ask."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelection
from PySide6.QtWidgets import QMessageBox


class ListEditorMixin:
    """For a QWidget with ``self.ui.list_view`` over ``self.model`` (``row_of(id)``), ``self.editor``
    (``is_dirty()``, ``adding``), ``_shown`` (the id shown), ``_reselecting`` and these hooks."""

    LIST_COLUMN = 0  # the column the current index is set on

    def _row_id(self, row: int) -> int | None:
        raise NotImplementedError

    def _show(self, record_id: int | None) -> None:
        raise NotImplementedError

    def _unsaved_question(self) -> str:
        """"The … you were editing has unsaved changes. Discard them?" in the tab's own words."""
        raise NotImplementedError

    def _select_row(self, row: int) -> None:
        view = self.ui.list_view
        self._reselecting = True
        try:
            if row >= 0:
                view.setCurrentIndex(self.model.index(row, self.LIST_COLUMN))
                view.scrollTo(self.model.index(row, self.LIST_COLUMN))
            else:
                view.clearSelection()
        finally:
            self._reselecting = False
        self._show(self._row_id(row))

    def _select_id(self, record_id: int) -> bool:
        row = self.model.row_of(record_id)
        if row >= 0:
            self._select_row(row)
        return row >= 0

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._reselecting:
            return
        record_id = self._row_id(self.ui.list_view.currentIndex().row())
        if record_id == self._shown and not self.editor.adding:
            return
        if self._keeps_editing():
            if self._shown is not None:
                self._select_id(self._shown)
            return
        self._show(record_id)

    def _keeps_editing(self) -> bool:
        """True when the officer wants to go on with the unsaved edits of the editor."""
        if not self.editor.is_dirty():
            return False
        answer = QMessageBox.question(
            self, QCoreApplication.translate("ListEditorMixin", "Unsaved changes"), self._unsaved_question(),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        return answer != QMessageBox.StandardButton.Discard
