"""Importing a bundle: File → Import, or a ``.udbundle`` dropped on the main window.

The dialog first verifies the bundle on a worker (nothing is changed) and shows who sent it, its
fingerprint and what importing would do; an unknown sender can be trusted here after the officer has
compared the fingerprint by phone, and a bundle sealed with a passphrase asks for it. Import runs on the
database writer with a progress dialog and Cancel (the database then stays as it was); the report can
be saved and printed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QMimeData, QObject, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QWidget

from uniondesk.domain.errors import Cancelled, UserFacingError
from uniondesk.domain.text import format_int
from uniondesk.services.actor import Actor
from uniondesk.services.sync import envelope, importer
from uniondesk.services.sync.bundle import EXTENSION
from uniondesk.services.sync.report import ImportReport
from uniondesk.ui.forms.ui_bundle_import_dialog import Ui_BundleImportDialog
from uniondesk.ui.tasks import run_task


def _needs_passphrase(path: Path) -> bool:
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
        return envelope.is_sealed(head) and envelope.header_of(head)[0]["mode"] == "passphrase"
    except (OSError, UserFacingError):
        return False


class BundleImportDialog(QDialog):
    imported = Signal(object)  # the ImportReport, once the bundle is in the database

    def __init__(self, actor: Actor, path: Path | str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_BundleImportDialog()
        self.ui.setupUi(self)
        self.actor, self.path = actor, Path(path)
        self.verification: importer.Verification | None = None
        self.report: ImportReport | None = None
        self.setWindowTitle(self.tr("Import a bundle — {name}").format(name=self.path.name))
        self.ui.check_button.clicked.connect(self.check)
        self.ui.import_button.clicked.connect(self.start_import)
        self.ui.save_button.clicked.connect(self.save_report)
        self.ui.print_button.clicked.connect(self.print_report)
        self.ui.close_button.clicked.connect(self.accept)
        self.ui.trust_check.toggled.connect(self._update_buttons)
        self._show_passphrase(_needs_passphrase(self.path))
        for widget in (self.ui.trust_check, self.ui.error_label, self.ui.report_view):
            widget.hide()
        self._update_buttons()

    # --- verification --------------------------------------------------------------------------------

    def check(self) -> None:
        """Verify the bundle (on a worker, reading only) and show what it holds."""
        passphrase = self.ui.passphrase_edit.text() or None
        self.verification = None
        self._error("")
        self.ui.summary_label.setText(self.tr("Checking {name}…").format(name=self.path.name))
        self._update_buttons()
        run_task(self, self.tr("Checking the bundle…"),
                 lambda progress, cancel: importer.verify(self.path, passphrase, allow_untrusted=True),
                 on_done=self._verified, on_error=self._failed, writes=False)

    def _verified(self, verification: importer.Verification) -> None:
        self.verification = verification
        self.ui.summary_label.setText(self._summary(verification))
        untrusted = verification.trust.status == "untrusted"
        self.ui.trust_check.setVisible(untrusted)
        self.ui.trust_check.setChecked(False)
        self._update_buttons()

    def _summary(self, verification: importer.Verification) -> str:
        b, preview = verification.bundle, verification.preview
        day, _, clock = b.manifest["created_at"].partition("T")
        year, month, date = day.split("-")
        trust = {"trusted": self.tr("trusted"), "pending": self.tr("trusted by its fingerprint, first bundle"),
                 "untrusted": self.tr("NOT trusted yet: compare the fingerprint by phone")}[verification.trust.status]
        return self.tr(
            "Bundle no. {seq} from {sender}, written {date} {time}.\nFingerprint of the sender's key: {fingerprint}"
            " ({trust}).\n{records} records: {initiatives} initiatives, benefit {benefit} VND.\n"
            "Importing it would add {new}, update {newer}, leave {same} unchanged and ignore {older} older ones."
        ).format(seq=b.sequence, sender=b.sender.label, date=f"{date}/{month}/{year}", time=clock[:5],
                 fingerprint=b.sender.fingerprint, trust=trust, records=format_int(b.totals["records"]),
                 initiatives=format_int(b.totals["initiatives"]), benefit=format_int(b.totals["benefit_vnd"]),
                 new=format_int(preview["new"]), newer=format_int(preview["newer"]),
                 same=format_int(preview["unchanged"]), older=format_int(preview["older"]))

    # --- import ----------------------------------------------------------------------------------------

    def start_import(self) -> None:
        if not self._can_import():
            return
        passphrase = self.ui.passphrase_edit.text() or None
        trust = self.ui.trust_check.isVisible() and self.ui.trust_check.isChecked()
        self.ui.import_button.setEnabled(False)
        run_task(self, self.tr("Importing the bundle…"),
                 lambda progress, cancel: importer.import_bundle(
                     self.actor, self.path, passphrase=passphrase, trust_new=trust, progress=progress, cancel=cancel),
                 on_done=self._imported, on_error=self._failed)

    def _imported(self, report: ImportReport) -> None:
        self.report = report
        self.verification = None
        self.ui.trust_check.hide()
        self.ui.report_view.setPlainText(report.as_text(every_record=False))
        self.ui.report_view.show()
        self.ui.summary_label.setText(self.tr("Imported: {summary}").format(summary=report.summary()))
        self._update_buttons()
        self.imported.emit(report)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, (UserFacingError, Cancelled)):
            raise error
        self._error(str(error))
        if isinstance(error, envelope.SealError) and _needs_passphrase(self.path):
            self._show_passphrase(True)
        self._update_buttons()

    # --- the report --------------------------------------------------------------------------------------

    def save_report(self) -> None:
        if self.report is None:
            return
        suggested = self.path.with_name(f"{self.path.stem}-bao-cao.txt")
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save the import report"), str(suggested),
                                                self.tr("Text (*.txt);;JSON (*.json)"))
        if target:
            self.write_report(Path(target))

    def write_report(self, target: Path) -> Path:
        try:
            return self.report.save(target)
        except UserFacingError as error:
            self._error(error.message)
            raise

    def print_report(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> None:
        document = QTextDocument(self)
        document.setPlainText(self.report.as_text() if self.report else "")
        document.print_(printer)

    # --- state -------------------------------------------------------------------------------------------

    def _show_passphrase(self, shown: bool) -> None:
        for widget in (self.ui.passphrase_label, self.ui.passphrase_edit, self.ui.check_button):
            widget.setVisible(shown)

    def _error(self, message: str) -> None:
        self.ui.error_label.setText(message)
        self.ui.error_label.setVisible(bool(message))

    def _can_import(self) -> bool:
        if self.verification is None or self.report is not None:
            return False
        return self.verification.trust.status != "untrusted" or self.ui.trust_check.isChecked()

    def _update_buttons(self) -> None:
        self.ui.import_button.setEnabled(self._can_import())
        self.ui.save_button.setEnabled(self.report is not None)
        self.ui.print_button.setEnabled(self.report is not None)


def bundle_path(mime: QMimeData) -> Path | None:
    """The one bundle file being dragged, if that is what is being dragged."""
    urls = mime.urls() if mime.hasUrls() else []
    paths = [Path(url.toLocalFile()) for url in urls if url.isLocalFile()]
    return paths[0] if len(paths) == 1 and paths[0].suffix.lower() == EXTENSION else None


class BundleDrop(QObject):
    """Lets a bundle be dropped anywhere on ``window`` (an event filter: the window's code is untouched)."""

    def __init__(self, window: QWidget, open_bundle):
        super().__init__(window)
        self._open = open_bundle
        window.setAcceptDrops(True)
        window.installEventFilter(self)
        window._bundle_drop = self  # the Python side must live as long as the window, or Qt loses the filter

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind in (QEvent.Type.DragEnter, QEvent.Type.DragMove) and bundle_path(event.mimeData()):
            event.acceptProposedAction()
            return True
        if kind == QEvent.Type.Drop and (path := bundle_path(event.mimeData())):
            event.acceptProposedAction()
            self._open(path)
            return True
        return super().eventFilter(watched, event)


def open_import(parent: QWidget, actor: Actor, path: Path | str | None = None,
                on_imported=None) -> BundleImportDialog | None:
    """Ask for a bundle (unless given), then show the import dialog, already verifying it."""
    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("BundleImportDialog",
                                                                                   "Import a bundle"), "",
                                                QCoreApplication.translate("BundleImportDialog",
                                                                           "UnionDesk bundle (*.udbundle)"))
        if not chosen:
            return None
        path = chosen
    dialog = BundleImportDialog(actor, path, parent)
    if on_imported is not None:
        dialog.imported.connect(on_imported)
    dialog.show()
    dialog.check()
    return dialog


def install(window: QWidget, actor: Actor, file_menu: QMenu, on_imported=None) -> BundleDrop:
    """File → Import a bundle…, and dropping a bundle on the window; ``on_imported(report)`` after each import."""
    action = file_menu.addAction(QCoreApplication.translate("BundleImportDialog", "&Import a bundle…"))
    action.triggered.connect(lambda: open_import(window, actor, on_imported=on_imported))
    return BundleDrop(window, lambda path: open_import(window, actor, path, on_imported))
