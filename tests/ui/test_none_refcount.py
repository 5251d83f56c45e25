"""Guard against PySide6 6.12.0 on CPython 3.11, which loses a reference to None on every Qt call
that returns nothing and whenever a view reads None from a model; after a few thousand calls the
interpreter aborts ("none_dealloc"). Any PySide6 upgrade must keep this test green."""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QTableView

ROWS = 20_000


class _NoneModel(QAbstractTableModel):
    """Answers None for every role but display, as most models do."""

    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else ROWS

    def columnCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else 3

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
            return f"Dòng {index.row()}"
        return None


def test_setText_loop_keeps_none_refcount(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for i in range(ROWS):
        label.setText(f"Sáng kiến {i}")
    assert sys.getrefcount(None) >= before


def test_scrolling_a_20000_row_view_keeps_none_refcount(qtbot):
    model = _NoneModel()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(600, 400)
    view.show()
    qtbot.waitExposed(view)
    before = sys.getrefcount(None)
    bar = view.verticalScrollBar()
    for value in [*range(0, bar.maximum(), max(1, bar.pageStep())), bar.maximum()]:
        bar.setValue(value)
        view.viewport().repaint()
    assert view.rowAt(view.viewport().height() - 1) == ROWS - 1  # scrolled to the very end
    assert sys.getrefcount(None) >= before
