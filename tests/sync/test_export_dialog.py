"""The export dialog driven with qtbot: a bundle for the office above that it accepts, e-mail with a mailto
and the folder opened, encryption for the recipient's key or a passphrase, a setup bundle for a unit
below, and refusals (passphrases that differ, a folder that does not exist, a unit neither above nor
below) shown in the dialog with nothing written."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow
from sync_fixtures import add_initiative, opened, unit

from uniondesk.domain.text import format_int
from uniondesk.services import installation, units
from uniondesk.services.sync import envelope, export, importer, keys, setup
from uniondesk.store.models_sync import SyncSent
from uniondesk.ui.dialogs import bundle_export
from uniondesk.ui.dialogs.bundle_export import BundleExportDialog, format_size


@pytest.fixture
def save_as(monkeypatch):
    """The file chooser answers with ``save_as.target``; ``save_as.asked`` holds the suggested paths."""

    class Chooser:
        target: Path | None = None
        asked: list[str] = []

        def __call__(self, parent, title, suggested, filters):
            self.asked.append(suggested)
            return (str(self.target) if self.target else "", filters)

    chooser = Chooser()
    chooser.asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", chooser)
    monkeypatch.setattr(BundleExportDialog, "_last_folder", None)  # the folder remembered from another test
    return chooser


@pytest.fixture
def opened_urls(monkeypatch) -> list[QUrl]:
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(QUrl(url)) or True)
    return urls


def _dialog(qtbot, actor) -> BundleExportDialog:
    dialog = BundleExportDialog(actor)
    qtbot.addWidget(dialog)
    dialog.show()
    _counted(qtbot, dialog)
    return dialog


def _counted(qtbot, dialog: BundleExportDialog) -> None:
    qtbot.waitUntil(lambda: dialog.preview is not None or dialog.ui.error_label.isVisible(), timeout=10_000)


def _export(qtbot, dialog: BundleExportDialog):
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as exported:
        qtbot.mouseClick(dialog.ui.export_button, Qt.MouseButton.LeftButton)
    _counted(qtbot, dialog)  # the preview is counted again: the last bundle sent is this one
    return exported.args[0]


def test_a_bundle_for_the_office_above_is_accepted_there(federation, qtbot, save_as):
    f = federation
    save_as.target = f.folder / "hh-gui-len-tinh"  # typed without the extension
    with opened(f.district) as actor:
        add_initiative(actor, "XA1", "Máy cắt phôi tự động", benefit=2_500_000)
        dialog = _dialog(qtbot, actor)
        assert dialog.ui.destination_combo.currentText().startswith("LĐLĐ tỉnh Thanh Hóa [TH]")
        assert dialog.preview.initiatives == 1 and "2.500.000" in dialog.ui.preview_label.text()
        assert "never" in dialog.ui.preview_label.text() and not dialog.ui.setup_radio.isEnabled()
        result = _export(qtbot, dialog)
        assert save_as.asked == [str(Path.home() / "HH-to-TH-00001.udbundle")]
        assert result.path == f.folder / "hh-gui-len-tinh.udbundle" and result.path.exists()
        assert result.size == result.path.stat().st_size and not result.sealed
        shown = dialog.ui.result_label.text()
        for expected in (format_size(result.size), str(result.path), f"{format_int(result.records)} records",
                         "1 initiatives", "2.500.000 VND", "not encrypted", "no. 1"):
            assert expected in shown
        assert dialog.ui.result_label.isVisible() and not dialog.ui.error_label.isVisible()
        assert "no. 1 on" in dialog.ui.preview_label.text()  # last bundle sent
    with opened(f.province):
        verified = importer.verify(result.path)
        assert verified.trust.ok and verified.bundle.totals == result.totals
        assert verified.bundle.sequence == 1 and verified.bundle.sender.fingerprint == f.fingerprints["district"]


def test_by_e_mail_the_bundle_goes_to_the_outbox_and_the_mail_program_opens(federation, qtbot, save_as, opened_urls):
    f = federation
    with opened(f.district) as actor:
        add_initiative(actor, "XA1", "Khuôn ép nhựa mới", benefit=1_200_000)
        dialog = _dialog(qtbot, actor)
        dialog.ui.email_radio.setChecked(True)
        assert dialog.ui.email_hint_label.isVisible() and "recommended" in dialog.ui.email_hint_label.text()
        dialog.ui.seal_passphrase_radio.setChecked(True)
        for edit in (dialog.ui.passphrase_edit, dialog.ui.passphrase_again_edit):
            edit.setText("Hoằng Hóa gửi tỉnh tháng ba")
        result = _export(qtbot, dialog)
        assert save_as.asked == []  # no file chooser: the bundle goes to the outbox
        assert result.path == export.outbox() / "HH-to-TH-00001.udbundle" and result.sealed
        assert envelope.is_sealed(result.path.read_bytes())
        assert list(export.outbox().iterdir()) == [result.path]  # the one copy, kept until acknowledged
    mail, folder = opened_urls
    assert mail.scheme() == "mailto" and folder == QUrl.fromLocalFile(str(result.path.parent))
    fields = parse_qs(bytes(mail.toEncoded()).decode("ascii").split("?", 1)[1])
    assert "LĐLĐ tỉnh Thanh Hóa [TH]" in fields["subject"][0] and "no. 1" in fields["subject"][0]
    body = fields["body"][0]
    assert f"Attach the file {result.path}" in body and "1.200.000" in body and "LĐLĐ huyện Hoằng Hóa [HH]" in body
    assert "passphrase comes by phone" in body and "Hoằng Hóa gửi tỉnh" not in body
    shown = dialog.ui.result_label.text()
    assert "attach the file yourself" in shown and "encrypted with a passphrase" in shown and "by phone" in shown
    with opened(f.province):
        assert importer.verify(result.path, "Hoằng Hóa gửi tỉnh tháng ba").bundle.totals == result.totals


def test_passphrases_that_differ_or_are_short_are_refused_and_nothing_is_written(federation, qtbot, save_as):
    f = federation
    save_as.target = f.folder / "khong-duoc-ghi.udbundle"
    with opened(f.district) as actor:
        dialog = _dialog(qtbot, actor)
        sent = SyncSent.select().count()
        dialog.ui.passphrase_edit.setText("ngắn")
        assert dialog.ui.seal_passphrase_radio.isChecked() is False  # setText is not typing
        dialog.ui.seal_passphrase_radio.setChecked(True)
        qtbot.mouseClick(dialog.ui.export_button, Qt.MouseButton.LeftButton)
        assert "at least 10 characters" in dialog.ui.error_label.text() and dialog.ui.error_label.isVisible()
        dialog.ui.passphrase_edit.setText("mật khẩu thứ nhất dài")
        dialog.ui.passphrase_again_edit.setText("mật khẩu thứ hai dài")
        qtbot.mouseClick(dialog.ui.export_button, Qt.MouseButton.LeftButton)
        assert "not the same" in dialog.ui.error_label.text()
        assert dialog.ui.passphrase_again_edit.text() == "" and not dialog.ui.result_label.isVisible()
        assert save_as.asked == [] and not save_as.target.exists() and SyncSent.select().count() == sent


def test_encrypted_for_the_recipients_key_it_opens_only_there(federation, qtbot, save_as, tmp_path):
    f = federation
    save_as.target = f.folder / "xa1-gui.udbundle"
    with opened(f.district):
        keys.export_key(tmp_path / "hh.key")
    with opened(f.commune) as actor:
        add_initiative(actor, "XA1", "Bảng phân ca", benefit=400_000)
        dialog = _dialog(qtbot, actor)
        assert f.fingerprints["district"] in dialog.ui.key_label.text()
        keys.export_key(tmp_path / "xa1.key")
        dialog.use_key_file(tmp_path / "xa1.key")  # the commune's own key is not the district's
        assert "not to LĐLĐ huyện Hoằng Hóa [HH]" in dialog.ui.error_label.text()
        assert not dialog.ui.seal_key_radio.isChecked()
        dialog.use_key_file(tmp_path / "hh.key")
        assert dialog.ui.seal_key_radio.isChecked() and not dialog.ui.error_label.isVisible()
        result = _export(qtbot, dialog)
        assert result.sealed and "encrypted for the recipient's key" in dialog.ui.result_label.text()
    report = f.import_(f.district, result.path)
    assert report.counts["new"] == 3


def test_a_setup_bundle_for_a_unit_below_creates_its_office(federation, qtbot, save_as, tmp_path):
    f = federation
    save_as.target = tmp_path / "thiet-lap-xa2.udbundle"
    with opened(f.district) as actor:
        dialog = _dialog(qtbot, actor)
        combo = dialog.ui.destination_combo
        combo.setCurrentIndex(combo.count() - 1)  # another unit below
        assert dialog.ui.unit_picker.isEnabled() and dialog.preview is None
        assert not dialog.ui.export_button.isEnabled()
        dialog.ui.unit_picker.set_unit(unit("XA2").id)
        _counted(qtbot, dialog)
        assert dialog.preview.destination.code == "XA2" and dialog.ui.setup_radio.isEnabled()
        dialog.ui.seal_key_radio.setChecked(True)
        dialog.ui.setup_radio.setChecked(True)
        _counted(qtbot, dialog)
        assert dialog.ui.seal_none_radio.isChecked() and not dialog.ui.seal_key_radio.isEnabled()
        assert not dialog.ui.full_check.isEnabled() and dialog.preview.full
        result = _export(qtbot, dialog)
        assert save_as.asked[-1].endswith("HH-to-XA2-setup-00001.udbundle")
        assert result.kind == "setup" and f.fingerprints["district"] in dialog.ui.result_label.text()
        assert "Setup bundle no. 1" in dialog.ui.result_label.text()
    with opened(tmp_path / "xa2.sqlite3"):
        setup.init_from_bundle(result.path, "Phạm Thị Dung")
        assert installation.home_unit().code == "XA2"


def test_a_failing_export_shows_why_and_changes_nothing(federation, qtbot, save_as):
    f = federation
    save_as.target = f.folder / "khong-co-thu-muc" / "hh.udbundle"
    with opened(f.district) as actor:
        dialog = _dialog(qtbot, actor)
        sent = SyncSent.select().count()
        qtbot.mouseClick(dialog.ui.export_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(dialog.ui.error_label.isVisible, timeout=10_000)
        assert "Không ghi được gói" in dialog.ui.error_label.text()
        assert not dialog.ui.result_label.isVisible() and dialog.ui.export_button.isEnabled()
        assert SyncSent.select().count() == sent and not save_as.target.parent.exists()


def test_a_unit_neither_above_nor_below_is_refused_before_export(federation, qtbot):
    with opened(federation.district) as actor:
        beside = units.add_unit(actor, code="NS", name="LĐLĐ huyện Nga Sơn", kind="upper", parent_id=unit("TH").id)
        dialog = _dialog(qtbot, actor)
        combo = dialog.ui.destination_combo
        combo.setCurrentIndex(combo.count() - 1)
        dialog.ui.unit_picker.set_unit(beside.id)
        _counted(qtbot, dialog)
        assert "Nga Sơn" in dialog.ui.error_label.text() and not dialog.ui.export_button.isEnabled()


def test_file_menu_export_opens_the_dialog_with_ctrl_e(federation, qtbot):
    with opened(federation.district) as actor:
        window = QMainWindow()
        qtbot.addWidget(window)
        action = bundle_export.install(window, actor, window.menuBar().addMenu("File"))
        assert action.shortcut() == QKeySequence("Ctrl+E")
        action.trigger()
        dialog = window.findChild(BundleExportDialog)
        assert dialog is not None and dialog.isVisible()
        _counted(qtbot, dialog)
        dialog.close()


def test_escape_does_not_close_the_dialog_while_the_bundle_is_written(federation, qtbot, save_as):
    f = federation
    save_as.target = f.folder / "hh-dang-ghi.udbundle"
    with opened(f.district) as actor:
        dialog = _dialog(qtbot, actor)
        with qtbot.waitSignal(dialog.exported, timeout=20_000):
            qtbot.mouseClick(dialog.ui.export_button, Qt.MouseButton.LeftButton)
            assert dialog._busy  # the writer has it now
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
            assert dialog.isVisible()
        assert dialog.ui.result_label.isVisible()
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # done: Escape closes again
        assert not dialog.isVisible()
