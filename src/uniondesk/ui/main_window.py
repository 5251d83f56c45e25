"""The main window: composes the four tabs, the menus and the status bar. No business logic here."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QUrl
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QMainWindow, QMessageBox, QTabWidget, QWidget

from uniondesk import __version__
from uniondesk.domain.errors import InputError, UserFacingError
from uniondesk.logs import log_file
from uniondesk.paths import backup_dir, data_dir
from uniondesk.services import installation
from uniondesk.services.actor import Actor
from uniondesk.store.db import OpenDatabase
from uniondesk.ui import i18n, sync_status
from uniondesk.ui.dialogs import bundle_export, bundle_import
from uniondesk.ui.errors import show_user_error
from uniondesk.ui.tabs.awards_tab import AwardsTab
from uniondesk.ui.tabs.campaigns_tab import CampaignsTab
from uniondesk.ui.tabs.initiatives_tab import InitiativesTab
from uniondesk.ui.tabs.units_tab import UnitsTab
from uniondesk.ui.tasks import run_task

TAB_NAMES = ("units", "campaigns", "initiatives", "awards")


class MainWindow(QMainWindow):
    def __init__(self, database: OpenDatabase, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.database = database
        self.actor = actor
        home = installation.home_unit()
        self.setWindowTitle(self.tr("UnionDesk — {office}").format(office=home.name if home else ""))
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("main_tabs")
        self.units_tab = UnitsTab(actor, home_unit_id=home.id if home else None)
        self.units_tab.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.tabs.addTab(self.units_tab, self.tr("Units"))
        self.campaigns_tab = CampaignsTab(actor, home_unit_id=home.id if home else None)
        self.campaigns_tab.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.tabs.addTab(self.campaigns_tab, self.tr("Campaigns"))
        self.initiatives_tab = InitiativesTab(actor, home_unit_id=home.id if home else None)
        self.initiatives_tab.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.tabs.addTab(self.initiatives_tab, self.tr("Initiatives"))
        self.awards_tab = AwardsTab(actor, home_unit_id=home.id if home else None)
        self.awards_tab.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self.tabs.addTab(self.awards_tab, self.tr("Awards"))
        self.setCentralWidget(self.tabs)
        self._build_menus()
        self._office_label = QLabel(self)
        self.statusBar().addPermanentWidget(self._office_label)
        self._show_identity()
        self.resize(1280, 800)
        geometry = i18n.settings().value("ui/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)

    def show_tab(self, name: str) -> None:
        self.tabs.setCurrentIndex(TAB_NAMES.index(name))

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self._action(file_menu, self.tr("&Back up the database…"), self.back_up, QKeySequence("Ctrl+Shift+B"))
        self._action(file_menu, self.tr("Open the &data folder"), self.open_data_folder)
        # File → Import a bundle… (and drop on the window), File → Export a bundle… (Ctrl+E); the offices'
        # status is read again after each.
        bundle_import.install(self, self.actor, file_menu, on_imported=lambda _report: self.office_status.refresh())
        bundle_export.install(self, self.actor, file_menu, on_exported=lambda _result: self.office_status.refresh())
        file_menu.addSeparator()
        self._action(file_menu, self.tr("E&xit"), self.close, QKeySequence.StandardKey.Quit)
        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        self._action(settings_menu, self.tr("Your &name…"), self.change_officer)
        language_menu = settings_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, label in i18n.LANGUAGES.items():
            action = self._action(language_menu, label, lambda _=False, c=code: self.choose_language(c))
            action.setCheckable(True)
            action.setChecked(code == i18n.chosen_language())
            group.addAction(action)
        # Settings → Offices and keys…, markers on the offices in the tree, the status-bar warning.
        self.office_status = sync_status.install(self, self.actor, settings_menu, self.units_tab)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About UnionDesk"), self.about)

    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(shortcut)
        return action

    def _show_identity(self) -> None:
        home = installation.home_unit()
        self._office_label.setText(self.tr("Office: {office} · Officer: {officer}").format(
            office=home.name if home else "—", officer=self.actor.officer))

    def back_up(self) -> None:
        suggested = backup_dir(self.database.path) / f"{self.database.path.stem}-saoluu.sqlite3"
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Back up the database"), str(suggested),
                                                self.tr("UnionDesk database (*.sqlite3)"))
        if not target:
            return
        from uniondesk.services.maintenance import backup

        run_task(self, self.tr("Backing up…"), lambda progress, cancel: backup(Path(target)),
                 on_done=lambda _: self.statusBar().showMessage(self.tr("Backup saved: {path}").format(path=target)),
                 on_error=self._task_failed, writes=False)

    def _task_failed(self, error: BaseException) -> None:
        if isinstance(error, UserFacingError):
            show_user_error(self, error)
        else:
            raise error

    def open_data_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir())))

    def change_officer(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Your name"),
                                        self.tr("Your full name (recorded with every change):"),
                                        text=self.actor.officer)
        if not ok:
            return
        try:
            self.actor.officer = installation.remember_officer(name)
        except InputError as error:
            show_user_error(self, error)
            return
        self._show_identity()

    def choose_language(self, code: str) -> None:
        i18n.choose_language(code)
        QMessageBox.information(self, self.tr("Language"),
                                self.tr("The new language applies the next time UnionDesk starts."))

    def about(self) -> None:
        QMessageBox.about(self, self.tr("About UnionDesk"), self.tr(
            "UnionDesk {version}\nOffline work for trade-union offices.\n\nDatabase: {db}\nLog file: {log}").format(
            version=__version__, db=self.database.path, log=log_file()))

    def closeEvent(self, event: QCloseEvent) -> None:
        i18n.settings().setValue("ui/geometry", self.saveGeometry())
        super().closeEvent(event)
