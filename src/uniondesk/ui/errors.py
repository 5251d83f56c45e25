"""Bugs end in one error dialog (installed as ``sys.excepthook``); users' and environment errors don't.

Errors meant for the user (``UserFacingError``) reaching the hook are shown as a plain warning: a
service refused something and nothing was changed. Anything else is logged with its traceback.
"""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from uniondesk.domain.errors import UserFacingError
from uniondesk.logs import log_file

log = logging.getLogger(__name__)
_showing = False


def show_user_error(parent: QWidget | None, error: UserFacingError, title: str | None = None) -> None:
    QMessageBox.warning(parent, title or QCoreApplication.translate("ErrorDialog", "UnionDesk"), error.message)


def _show_bug(exc_type, exc, tb) -> None:
    global _showing
    if _showing or QApplication.instance() is None:
        return
    _showing = True
    try:
        box = QMessageBox(QApplication.activeWindow())
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(QCoreApplication.translate("ErrorDialog", "UnionDesk: unexpected error"))
        box.setText(QCoreApplication.translate(
            "ErrorDialog", "UnionDesk met an unexpected error. Your data saved so far is safe.\n\n"
            "Please send the log file to your support contact:\n{path}").format(path=log_file()))
        box.setDetailedText("".join(traceback.format_exception(exc_type, exc, tb)))
        box.exec()
    finally:
        _showing = False


def excepthook(exc_type, exc, tb) -> None:
    if isinstance(exc, UserFacingError):
        log.info("refused: %s", exc.message)
        if QApplication.instance() is not None:
            show_user_error(QApplication.activeWindow(), exc)
        return
    log.error("unexpected error", exc_info=(exc_type, exc, tb))
    _show_bug(exc_type, exc, tb)


def install() -> None:
    sys.excepthook = excepthook
