"""The import dialog driven with qtbot: verify, trust an unknown sender, passphrase, import on the writer,
save and print the report; and a bundle dropped on the window opens it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QMainWindow
from sync_fixtures import add_initiative, opened

from uniondesk.services.sync import export
from uniondesk.store.models import Initiative
from uniondesk.store.models_sync import SyncOffice
from uniondesk.ui.dialogs.bundle_import import BundleDrop, BundleImportDialog


def _dialog(qtbot, actor, path) -> BundleImportDialog:
    dialog = BundleImportDialog(actor, path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.check()
    qtbot.waitUntil(lambda: dialog.verification is not None or dialog.ui.error_label.isVisible(), timeout=10_000)
    return dialog


def test_verify_then_import_then_save_and_print_the_report(federation, qtbot, tmp_path):
    f = federation
    with opened(f.commune) as actor:
        add_initiative(actor, "XA1", "Khuôn đúc cải tiến", benefit=2_500_000)
    bundle = f.export(f.commune, "HH", "c1")
    with opened(f.district) as actor:
        dialog = _dialog(qtbot, actor, bundle)
        assert f.fingerprints["commune"] in dialog.ui.summary_label.text()
        assert not dialog.ui.trust_check.isVisible() and dialog.ui.import_button.isEnabled()
        assert not dialog.ui.passphrase_edit.isVisible()
        with qtbot.waitSignal(dialog.imported, timeout=10_000) as imported:
            qtbot.mouseClick(dialog.ui.import_button, Qt.MouseButton.LeftButton)
        assert imported.args[0].counts["new"] == 3
        assert Initiative.get().title == "Khuôn đúc cải tiến"
        assert "2.500.000" in dialog.ui.report_view.toPlainText() and dialog.ui.report_view.isVisible()
        assert dialog.ui.save_button.isEnabled() and not dialog.ui.import_button.isEnabled()
        saved = dialog.write_report(tmp_path / "bao-cao.txt")
        assert "Khuôn đúc cải tiến" in saved.read_text(encoding="utf-8")
        printer = QPrinter()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "bao-cao.pdf"))
        dialog.print_to(printer)
        assert (tmp_path / "bao-cao.pdf").read_bytes().startswith(b"%PDF")


def test_an_unknown_sender_is_imported_only_once_its_fingerprint_is_confirmed(federation, qtbot):
    f = federation
    bundle = f.export(f.district, "TH", "d1")
    with opened(f.province) as actor:
        SyncOffice.delete().execute()  # the province has not trusted the district yet
        dialog = _dialog(qtbot, actor, bundle)
        assert dialog.verification.trust.status == "untrusted"
        assert dialog.ui.trust_check.isVisible() and not dialog.ui.import_button.isEnabled()
        dialog.ui.trust_check.setChecked(True)
        assert dialog.ui.import_button.isEnabled()
        with qtbot.waitSignal(dialog.imported, timeout=10_000):
            qtbot.mouseClick(dialog.ui.import_button, Qt.MouseButton.LeftButton)
        assert SyncOffice.get().fingerprint == f.fingerprints["district"]


def test_a_bundle_sealed_with_a_passphrase_asks_for_it(federation, qtbot):
    f = federation
    with opened(f.commune) as actor:
        sealed = f.bundle("sealed")
        export.export_bundle(actor, "HH", sealed, seal=export.Seal(passphrase="mật khẩu của xã"))
    with opened(f.district) as actor:
        dialog = _dialog(qtbot, actor, sealed)
        assert dialog.ui.passphrase_edit.isVisible() and dialog.ui.error_label.isVisible()
        assert "mật khẩu" in dialog.ui.error_label.text() and not dialog.ui.import_button.isEnabled()
        dialog.ui.passphrase_edit.setText("mật khẩu của xã")
        qtbot.mouseClick(dialog.ui.check_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.verification is not None, timeout=10_000)
        assert dialog.ui.import_button.isEnabled() and not dialog.ui.error_label.isVisible()


def test_a_refused_bundle_shows_why_and_cannot_be_imported(federation, qtbot, tmp_path):
    broken = tmp_path / "hong.udbundle"
    broken.write_bytes(b"not a bundle at all")
    with opened(federation.district) as actor:
        dialog = _dialog(qtbot, actor, broken)
        assert "không phải gói UnionDesk" in dialog.ui.error_label.text()
        assert not dialog.ui.import_button.isEnabled()


def test_dropping_a_bundle_on_the_window_opens_it(qtbot, tmp_path):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    opened_paths: list[Path] = []
    BundleDrop(window, opened_paths.append)
    mime = QMimeData()
    accepted = []
    for name in ("ghi-chu.txt", "xa1.udbundle"):
        mime.setUrls([QUrl.fromLocalFile(str(tmp_path / name))])
        enter = QDragEnterEvent(QPoint(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(window, enter)
        accepted.append(enter.isAccepted())
        drop = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                          Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(window, drop)
    assert accepted == [False, True]
    assert opened_paths == [tmp_path / "xa1.udbundle"]
