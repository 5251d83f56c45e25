"""The common shape of the tree's action dialogs: OK runs one service call.

A refused input keeps the dialog open with the service's message (the service has changed nothing),
so the officer can correct the date or the target instead of starting again.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QLabel, QWidget

from uniondesk.domain.errors import InputError, UserFacingError
from uniondesk.domain.units import EARLIEST_DATE
from uniondesk.services.actor import Actor
from uniondesk.store.queries import units as queries
from uniondesk.store.queries.units import UnitDetail


def existing_unit(unit_id: int) -> UnitDetail:
    unit = queries.detail(unit_id)
    if unit is None:
        raise InputError(QCoreApplication.translate(
            "ServiceDialog", "This unit no longer exists (it may have been deleted)."))
    return unit


def prepare_date_edit(edit: QDateEdit, earliest: dt.date | None = None) -> None:
    """Today by default; no future dates and nothing before ``earliest`` (the founding of the unions)."""
    today = QDate.currentDate()
    earliest = earliest or EARLIEST_DATE
    edit.setMinimumDate(QDate(earliest.year, earliest.month, earliest.day))
    edit.setMaximumDate(today)
    edit.setDate(today)


class ServiceDialog(QDialog):
    """Subclasses set up ``self.ui`` and implement ``run()``; after OK, ``unit_id`` and ``message`` tell
    the tab which unit to select and what to say in the status bar."""

    def __init__(self, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.unit_id: int | None = None
        self.message = ""

    def connect_form(self, error_label: QLabel, button_box: QDialogButtonBox) -> None:
        self._error_label = error_label
        self._button_box = button_box
        error_label.hide()
        button_box.accepted.connect(self.submit)

    def set_ok_enabled(self, enabled: bool) -> None:
        self._button_box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(enabled)

    def ok_enabled(self) -> bool:
        return self._button_box.button(QDialogButtonBox.StandardButton.Ok).isEnabled()

    def run(self) -> tuple[int, str]:
        """Call the service; return (unit to select, status message). Raise UserFacingError to refuse."""
        raise NotImplementedError

    def submit(self) -> None:
        if not self.ok_enabled():
            return
        self._error_label.hide()
        try:
            self.unit_id, self.message = self.run()
        except InputError as exc:
            self.show_error(exc.message, exc.field)
            return
        except UserFacingError as exc:
            self.show_error(exc.message)
            return
        self.accept()

    def show_error(self, message: str, field: str | None = None) -> None:
        """Subclasses with per-field labels override this; the default shows it under the form."""
        self._error_label.setText(message)
        self._error_label.show()

    def error_text(self) -> str:
        return self._error_label.text() if not self._error_label.isHidden() else ""
