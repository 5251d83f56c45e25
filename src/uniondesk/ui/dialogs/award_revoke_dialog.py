"""Revoking a signed decision, or one recipient's award: the reason, the number of the revoking decision
and its date. OK runs the service; a refusal keeps the dialog open with the message."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QDialog, QLabel, QWidget

from uniondesk.domain.errors import InputError, UserFacingError
from uniondesk.domain.text import format_date, parse_date
from uniondesk.ui.forms.ui_award_revoke_dialog import Ui_AwardRevokeDialog

# call(reason, revoking_number, revoked_on)
Revoke = Callable[[str, str, dt.date], Any]


class AwardRevokeDialog(QDialog):
    def __init__(self, title: str, intro: str, revoke: Revoke, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AwardRevokeDialog()
        self.ui.setupUi(self)
        self.setWindowTitle(title)
        self.ui.intro_label.setText(intro)
        self.revoke = revoke
        self.result_value: Any = None
        self.ui.date_edit.setText(format_date(dt.date.today()))
        self.ui.error_label.hide()
        self.ui.button_box.accepted.connect(self.submit)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.number_edit.setFocus()

    def submit(self) -> None:
        self.ui.error_label.hide()
        try:
            try:
                day = parse_date(self.ui.date_edit.text())
            except ValueError as exc:
                raise InputError(str(exc), "revoked_on") from None
            self.result_value = self.revoke(self.ui.reason_edit.toPlainText(), self.ui.number_edit.text(), day)
        except UserFacingError as exc:
            self.show_error(exc.message, getattr(exc, "field", None))
            return
        self.accept()

    def show_error(self, message: str, field: str | None = None) -> None:
        label: QLabel = self.ui.error_label
        label.setText(message)
        label.show()
        focus = {"revoking_number": self.ui.number_edit, "revoked_on": self.ui.date_edit,
                 "revocation_reason": self.ui.reason_edit}.get(field or "")
        if focus is not None:
            focus.setFocus()

    def error_text(self) -> str:
        return self.ui.error_label.text() if not self.ui.error_label.isHidden() else ""
