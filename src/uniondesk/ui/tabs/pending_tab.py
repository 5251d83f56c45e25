"""A tab whose feature has not been built yet: it says so plainly instead of pretending."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PendingTab(QWidget):
    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(parent)
        label = QLabel(text, self)
        label.setObjectName("pending_label")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        self.label = label
