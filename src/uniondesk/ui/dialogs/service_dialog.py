"""The common shape of the tree's action dialogs: OK runs one service call.

The call runs on the writer thread (``request``): merging an upper unit hands over hundreds of child
units and thousands of people, and any commit can meet a WAL checkpoint of a few hundred milliseconds,
so the window must not wait for it. While it runs the buttons and fields are disabled and Escape does
nothing, so it cannot be sent twice or abandoned half-way.

A refused input keeps the dialog open with the service's message (the service has changed nothing),
so the officer can correct the date or the target instead of starting again. Anything else is a bug
and is raised again on the GUI thread, where the error dialog shows it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QLabel, QWidget

from uniondesk.domain.errors import InputError, UserFacingError
from uniondesk.domain.units import EARLIEST_DATE
from uniondesk.services.actor import Actor
from uniondesk.store.queries import units as queries
from uniondesk.store.queries.units import UnitDetail
from uniondesk.ui.tasks import run_task


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
    """Subclasses set up ``self.ui`` and implement ``request()`` (or, for a call known to be quick,
    ``run()``); after OK, ``unit_id`` and ``message`` tell the tab which unit to select and what to say
    in the status bar."""

    def __init__(self, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.actor = actor
        self.unit_id: int | None = None
        self.message = ""
        self._disabled_while_busy: list[QWidget] = []
        self._busy = False
        self._error_style = ""

    def connect_form(self, error_label: QLabel, button_box: QDialogButtonBox) -> None:
        self._error_label = error_label
        self._button_box = button_box
        error_label.hide()
        button_box.accepted.connect(self.submit)

    def set_ok_enabled(self, enabled: bool) -> None:
        self._button_box.button(QDialogButtonBox.StandardButton.Ok).setEnabled(enabled)

    def ok_enabled(self) -> bool:
        return self._button_box.button(QDialogButtonBox.StandardButton.Ok).isEnabled()

    def is_busy(self) -> bool:
        """True while the service call runs on the writer thread."""
        return self._busy

    def request(self) -> Callable[[], Any] | None:
        """Read the form here, on the GUI thread, and return the call to run on the writer thread.

        The call must touch no widget (capture plain values) and returns what ``finish`` expects.
        Raise ``InputError`` to refuse before anything runs. None: ``run()`` does it all here."""
        return None

    def run(self) -> tuple[int, str]:
        """The synchronous form: call the service here; return (unit to select, status message)."""
        raise NotImplementedError

    def working_text(self) -> str:
        """Shown under the form while the call runs (and by a progress window if one appears)."""
        return QCoreApplication.translate("ServiceDialog", "Saving…")  # self.tr would look in the subclass

    def finish(self, result: Any) -> None:
        """Back on the GUI thread after the call succeeded: by default ``result`` is (unit, message)."""
        self.unit_id, self.message = result

    def submit(self) -> None:
        if self._busy or not self.ok_enabled():
            return
        self._error_label.hide()
        try:
            work = self.request()
            if work is None:
                self.finish(self.run())
        except UserFacingError as exc:
            self._refused(exc)
            return
        if work is None:
            self.accept()
            return
        self._set_busy(True)
        run_task(self, self.working_text(), lambda _progress, _cancel: work(),
                 on_done=self._done, on_error=self._failed, writes=True)

    def _done(self, result: Any) -> None:
        if not shiboken6.isValid(self):
            return
        self._set_busy(False)
        self.finish(result)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            raise error  # the dialog is gone: the error dialog (or a plain warning) says it
        self._set_busy(False)  # usable again: the officer can at least cancel
        if not isinstance(error, UserFacingError):
            raise error  # a bug: the error dialog shows it
        self._refused(error)

    def _refused(self, error: UserFacingError) -> None:
        self.show_error(error.message, error.field if isinstance(error, InputError) else None)
        self._fit_height()  # a long refusal must not push the explanation out of sight

    def _set_busy(self, busy: bool) -> None:
        """Disable the buttons and the fields (not the labels: they stay readable) while the call runs,
        and say under the form what is being done (a split of a large union takes seconds)."""
        self._busy = busy
        self._button_box.setEnabled(not busy)
        if busy:
            self._disabled_while_busy = [
                child for child in self.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                if child.isEnabled() and not child.isWindow() and not isinstance(child, (QLabel, QDialogButtonBox))]
            self._error_style = self._error_label.styleSheet()
            self._error_label.setStyleSheet("")  # the error label's red is for refusals, not for progress
            self._error_label.setText(self.working_text())
            self._error_label.show()
            self._fit_height()
            self.setCursor(Qt.CursorShape.BusyCursor)
        else:
            self._error_label.hide()
            self._error_label.setStyleSheet(self._error_style)
            self.unsetCursor()
        for child in self._disabled_while_busy:
            child.setEnabled(not busy)
        if not busy:
            self._disabled_while_busy = []

    def showEvent(self, event: QShowEvent) -> None:
        self._fit_height()
        super().showEvent(event)

    def _fit_height(self) -> None:
        """A window's minimum size ignores height-for-width: word-wrapped explanations naming long units
        ("Công đoàn Khu kinh tế Nghi Sơn và các KCN") were cut off. Give them the height they need."""
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            layout.activate()
            needed = layout.totalHeightForWidth(self.width())
            if needed > self.height():
                self.resize(self.width(), needed)

    def reject(self) -> None:
        if not self._busy:  # Escape or Cancel while the call runs would leave its outcome unseen
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._busy:
            event.ignore()
            return
        super().closeEvent(event)

    def show_error(self, message: str, field: str | None = None) -> None:
        """Subclasses with per-field labels override this; the default shows it under the form."""
        self._error_label.setText(message)
        self._error_label.show()

    def error_text(self) -> str:
        return self._error_label.text() if not (self._busy or self._error_label.isHidden()) else ""
