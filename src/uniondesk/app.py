"""Composition root of the GUI: logging, database, QApplication, translation, first start, main window."""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from uniondesk.domain.errors import UserFacingError
from uniondesk.logs import setup_logging
from uniondesk.paths import default_database
from uniondesk.services import installation
from uniondesk.store.db import OpenDatabase, open_database
from uniondesk.ui import errors, i18n

log = logging.getLogger(__name__)
PROBE_ENV = "UNIONDESK_STARTUP_PROBE"


def application() -> QApplication:
    """The one QApplication, with the chosen interface language installed."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName("UnionDesk")
        app.setOrganizationName("UnionDesk")
        i18n.install_translators(app, i18n.chosen_language())
    return app


def _open(db_path: Path) -> OpenDatabase | None:
    try:
        return open_database(db_path)
    except UserFacingError as error:
        QMessageBox.critical(None, "UnionDesk", error.message)
        return None


def run_gui(db_path: Path | None = None, officer: str | None = None) -> int:
    setup_logging()
    app = application()
    errors.install()
    database = _open(Path(db_path) if db_path else default_database())
    if database is None:
        return 2
    try:
        if installation.home_unit() is None and not _first_start():
            return 0
        window = _main_window(database, officer)
        window.show()
        if os.environ.get(PROBE_ENV):
            _probe_and_quit(app)
        return app.exec()
    finally:
        database.close()


def _first_start() -> bool:
    from uniondesk.ui.dialogs.first_start import FirstStartDialog

    return FirstStartDialog().exec() == QDialog.DialogCode.Accepted


def _main_window(database: OpenDatabase, officer: str | None):
    from uniondesk.ui.main_window import MainWindow

    return MainWindow(database, installation.actor(officer))


def _probe_and_quit(app: QApplication) -> None:
    """For the benchmark: report when the window with its tree is on screen, then leave."""

    def report() -> None:
        print(f"UNIONDESK_SHOWN {time.time():.6f}", flush=True)
        app.quit()

    QTimer.singleShot(0, report)


def screenshot(db_path: Path, out: Path, tab: str = "units", size: tuple[int, int] = (1280, 800)) -> None:
    """Render the main window on ``db_path`` (offscreen is fine) and save it as a PNG."""
    setup_logging()
    application()
    with open_database(db_path) as database:
        if installation.home_unit() is None:
            raise UserFacingError("Cơ sở dữ liệu chưa có đơn vị chủ quản; hãy chạy “uniondesk demo” hoặc mở chương trình.")
        window = _main_window(database, None)
        window.resize(*size)
        window.show_tab(tab)
        window.show()
        _settle()
        if not window.grab().save(str(out)):
            raise UserFacingError(f"Không ghi được tệp ảnh {out}.")
        window.close()


def _settle(limit: float = 5.0) -> None:
    """Let the reads started with the window (people of the selected unit, office markers) arrive, as an
    officer would see the window a moment after it opened."""
    import time

    from PySide6.QtCore import QThreadPool

    deadline = time.monotonic() + limit
    quiet_since = None
    while time.monotonic() < deadline:
        QApplication.processEvents()
        busy = QThreadPool.globalInstance().activeThreadCount() > 0
        quiet_since = None if busy else (quiet_since or time.monotonic())
        if quiet_since and time.monotonic() - quiet_since > 0.2:  # idle long enough for delayed reads to start
            break
        time.sleep(0.01)
    QApplication.processEvents()
