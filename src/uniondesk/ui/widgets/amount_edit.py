"""A line edit for a sum of money in VND: typed "1234567", "1.234.567" or "1,5 tỷ", shown 1.500.000.000."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from uniondesk.domain.amounts import format_vnd, parse_vnd


class AmountEdit(QLineEdit):
    """``value()`` is the amount in VND (None when empty); unreadable text raises ValueError.

    The text is rewritten in the standard form when the field is left, so the officer sees at once
    whether "1,5 tỷ" was read as intended. Unreadable text is left as typed, to be corrected.
    """

    invalid = Signal(str)  # the Vietnamese message, when the field is left with unreadable text

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.setPlaceholderText(self.tr("e.g. 1.234.567 or 1,5 tỷ"))

    def value(self) -> int | None:
        text = self.text().strip()
        return parse_vnd(text) if text else None

    def set_value(self, value: int | None) -> None:
        self.setText(format_vnd(value) if value is not None else "")

    def normalise(self) -> bool:
        """Rewrite the text in the standard form; False (and ``invalid``) when it cannot be read."""
        try:
            value = self.value()
        except ValueError as exc:
            self.invalid.emit(str(exc))
            return False
        if value is not None:
            self.set_value(value)
        return True

    def focusOutEvent(self, event: QFocusEvent) -> None:
        # Not when a completer or menu pops up over the field: the officer has not left it.
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.normalise()
        super().focusOutEvent(event)
