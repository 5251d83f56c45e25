"""The 2022 Law forbids rewarding one achievement twice: when a service raises ``DoubleAwardWarning``,
this dialog shows the earlier awards and asks for a written reason; the same call is then made again
with ``reason_for_repeat``, which stores the reason with the award.

``call_with_repeat_reason`` does this for a quick call on the GUI thread; ``write_with_repeat_reason``
for a write that may take longer (a few hundred recipients added or numbered), on the writer worker.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from uniondesk.domain.awards import DoubleAwardWarning
from uniondesk.domain.errors import InputError
from uniondesk.ui.forms.ui_award_repeat_dialog import Ui_AwardRepeatDialog
from uniondesk.ui.tasks import Task, run_task

Call = Callable[[str | None], Any]


class AwardRepeatDialog(QDialog):
    """Shows the warning; OK only with a reason, which ``reason()`` returns."""

    def __init__(self, warning: DoubleAwardWarning, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AwardRepeatDialog()
        self.ui.setupUi(self)
        self.ui.message_label.setText(warning.message)
        # The earlier awards get the room; a reason is a line or two.
        self.ui.reason_edit.setMaximumHeight(self.ui.reason_edit.fontMetrics().lineSpacing() * 4 + 14)
        self.ui.error_label.hide()
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Award again"))
        self.ui.button_box.accepted.connect(self.submit)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.reason_edit.setFocus()

    def reason(self) -> str:
        return self.ui.reason_edit.toPlainText().strip()

    def submit(self) -> None:
        if not self.reason():
            self.ui.error_label.setText(self.tr("Write why the award is given again; without a reason nothing is "
                                                "added."))
            self.ui.error_label.show()
            return
        self.accept()

    def error_text(self) -> str:
        return self.ui.error_label.text() if not self.ui.error_label.isHidden() else ""


class RepeatDeclined(InputError):
    """The officer closed the double-award dialog: nothing was changed."""

    def __init__(self) -> None:
        super().__init__(QCoreApplication.translate(
            "AwardRepeatDialog", "Nothing was changed: the award would repeat an earlier one."), "reason_for_repeat")


def ask_repeat_reason(parent: QWidget | None, warning: DoubleAwardWarning) -> str:
    """The officer's written reason; raises ``RepeatDeclined`` when they give up."""
    dialog = AwardRepeatDialog(warning, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        raise RepeatDeclined()
    return dialog.reason()


def call_with_repeat_reason(parent: QWidget | None, call: Call) -> Any:
    """``call(None)``; on a double-award warning, ask for a reason and ``call(reason)``."""
    try:
        return call(None)
    except DoubleAwardWarning as warning:
        return call(ask_repeat_reason(parent, warning))


def write_with_repeat_reason(parent: QWidget | None, title: str, call: Call, *,
                             on_done: Callable[[Any], None], on_error: Callable[[BaseException], None]) -> Task:
    """``call(None)`` on the writer worker; on a double-award warning, ask for a reason and run
    ``call(reason)`` there. ``on_error`` gets any refusal, ``RepeatDeclined`` included."""

    def attempt(reason: str | None) -> Task:
        return run_task(parent, title, lambda _progress, _cancel: call(reason), on_done=on_done,
                        on_error=lambda error: failed(error, reason), writes=True)

    def failed(error: BaseException, reason: str | None) -> None:
        if isinstance(error, DoubleAwardWarning) and reason is None:
            try:
                reason = ask_repeat_reason(parent, error)
            except RepeatDeclined as declined:
                on_error(declined)
                return
            attempt(reason)
        else:
            on_error(error)

    return attempt(None)
