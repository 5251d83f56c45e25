"""First start from the upper office's setup bundle ("Tạo từ gói của cấp trên"), driven with qtbot: the
province of the federation writes a setup bundle for its district Nga Sơn (NS); a new, empty database
becomes that district's office and trusts the province."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from sync_fixtures import opened

from uniondesk.services import installation
from uniondesk.services.sync import export, keys, setup
from uniondesk.store.models import Unit
from uniondesk.ui.dialogs.first_start import FirstStartDialog

PASSPHRASE = "mật khẩu Nga Sơn"


@pytest.fixture
def messages(monkeypatch) -> list[str]:
    """What the dialog told the officer in message boxes (none may wait in a test)."""
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text, *rest: shown.append(text))
    return shown


def _setup_bundle(federation, **options) -> Path:
    out = federation.bundle("setup-ns")
    with opened(federation.province) as actor:
        setup.setup_bundle(actor, "NS", out, **options)
    return out


def _dialog(qtbot, monkeypatch, path: Path) -> FirstStartDialog:
    """The dialog with the officer's name typed and ``path`` chosen with Choose…"""
    dialog = FirstStartDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.officer_edit.setText("Hà Văn Nam")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))
    dialog.ui.bundle_radio.setChecked(True)
    assert dialog.ui.bundle_group.isEnabled() and not dialog.ui.scale_combo.isEnabled()
    qtbot.mouseClick(dialog.ui.choose_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
    return dialog


def _empty() -> bool:
    return installation.home_unit() is None and not Unit.select().exists()


def test_a_setup_bundle_creates_the_office_once_the_fingerprint_is_confirmed(federation, qtbot, monkeypatch,
                                                                           tmp_path, messages):
    bundle = _setup_bundle(federation)
    with opened(tmp_path / "nga-son.sqlite3"):
        dialog = _dialog(qtbot, monkeypatch, bundle)
        summary = dialog.ui.bundle_summary_label.text()
        assert "LĐLĐ huyện Nga Sơn [NS]" in summary and "LĐLĐ tỉnh Thanh Hóa [TH]" in summary
        assert federation.fingerprints["province"] in summary and "Phone the upper office" in summary
        assert dialog.ui.bundle_path_edit.text() == str(bundle) and not dialog.ui.passphrase_edit.isVisible()
        assert dialog.ui.fingerprint_check.isVisible() and not dialog.ui.fingerprint_check.isChecked()

        dialog.accept()  # the fingerprint has not been compared yet
        assert dialog.isVisible() and "compare the fingerprint first" in dialog.ui.error_label.text()
        assert dialog.focusWidget() is dialog.ui.fingerprint_check and _empty()

        qtbot.keyClick(dialog.ui.fingerprint_check, Qt.Key.Key_Space)
        assert dialog.ui.fingerprint_check.isChecked()
        with qtbot.waitSignal(dialog.accepted, timeout=20_000):
            qtbot.keyClick(dialog.ui.fingerprint_check, Qt.Key.Key_Return)  # the default button: OK
            assert dialog.busy and not dialog.ui.button_box.isEnabled()
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # ignored while the office is being written
            assert dialog.isVisible()
        home = installation.home_unit()
        assert (home.code, home.name) == ("NS", "LĐLĐ huyện Nga Sơn")
        assert Unit.get(Unit.code == "XB1").name == "CĐCS xã Nga Thủy"
        assert [o.fingerprint for o in keys.trusted_offices()] == [federation.fingerprints["province"]]
        assert installation.officer_name() == "Hà Văn Nam"
        own = keys.own_key().fingerprint
        assert len(messages) == 1 and own in messages[0] and "LĐLĐ huyện Nga Sơn [NS]" in messages[0]
        assert own != federation.fingerprints["province"]


def test_a_data_bundle_is_refused_and_nothing_is_written(federation, qtbot, monkeypatch, tmp_path):
    data = federation.export(federation.district, "TH", "hh-data")
    with opened(tmp_path / "new.sqlite3"):
        dialog = _dialog(qtbot, monkeypatch, data)
        assert "not a setup bundle" in dialog.ui.error_label.text()
        assert dialog.checked is None and not dialog.ui.fingerprint_check.isVisible()
        dialog.accept()  # OK checks it again, and refuses again
        qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
        assert dialog.isVisible() and "not a setup bundle" in dialog.ui.error_label.text()
        assert _empty()


def test_a_broken_file_shows_the_reason(qtbot, monkeypatch, tmp_path, db):
    broken = tmp_path / "hong.udbundle"
    broken.write_bytes(b"PK\x03\x04 cut short on the USB stick")
    dialog = _dialog(qtbot, monkeypatch, broken)
    assert "không phải gói UnionDesk" in dialog.ui.error_label.text() and dialog.checked is None
    assert _empty()


def test_a_sealed_setup_bundle_asks_for_its_passphrase(federation, qtbot, monkeypatch, tmp_path, messages):
    bundle = _setup_bundle(federation, seal=export.Seal(passphrase=PASSPHRASE))
    with opened(tmp_path / "nga-son.sqlite3"):
        dialog = _dialog(qtbot, monkeypatch, bundle)
        assert dialog.ui.passphrase_edit.isVisible() and dialog.focusWidget() is dialog.ui.passphrase_edit
        assert "sealed with a passphrase" in dialog.ui.bundle_summary_label.text()

        dialog.ui.passphrase_edit.setText("sai mật khẩu")
        qtbot.mouseClick(dialog.ui.check_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
        assert "mật khẩu không đúng" in dialog.ui.error_label.text() and dialog.checked is None

        dialog.ui.passphrase_edit.setText(PASSPHRASE)
        qtbot.keyClick(dialog.ui.passphrase_edit, Qt.Key.Key_Return)  # Enter checks the passphrase
        qtbot.waitUntil(lambda: dialog.checked is not None, timeout=10_000)
        assert dialog.ui.error_label.text() == "" and federation.fingerprints["province"] in (
            dialog.ui.bundle_summary_label.text())
        dialog.ui.fingerprint_check.setChecked(True)
        with qtbot.waitSignal(dialog.accepted, timeout=20_000):
            dialog.accept()
        assert installation.home_unit().code == "NS" and len(messages) == 1


def test_cancelling_the_creation_leaves_the_database_empty(federation, qtbot, monkeypatch, tmp_path):
    bundle = _setup_bundle(federation)
    real = setup.init_from_bundle
    # The officer presses Cancel in the progress dialog: the service sees cancel() become true.
    monkeypatch.setattr(setup, "init_from_bundle",
                        lambda *args, cancel=None, **kwargs: real(*args, cancel=lambda: True, **kwargs))
    with opened(tmp_path / "nga-son.sqlite3"):
        dialog = _dialog(qtbot, monkeypatch, bundle)
        dialog.ui.fingerprint_check.setChecked(True)
        dialog.accept()
        qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
        assert dialog.isVisible() and "Cancelled" in dialog.ui.error_label.text()
        assert _empty() and dialog.ui.button_box.isEnabled()


def test_the_officer_name_is_required(federation, qtbot, monkeypatch, tmp_path):
    bundle = _setup_bundle(federation)
    with opened(tmp_path / "nga-son.sqlite3"):
        dialog = _dialog(qtbot, monkeypatch, bundle)
        dialog.ui.officer_edit.clear()
        dialog.ui.fingerprint_check.setChecked(True)
        dialog.accept()
        assert "họ tên" in dialog.ui.error_label.text() and not dialog.busy and _empty()


def test_a_bundle_dropped_on_the_dialog_is_checked(federation, qtbot, tmp_path):
    bundle = _setup_bundle(federation)
    with opened(tmp_path / "nga-son.sqlite3"):
        dialog = FirstStartDialog()
        qtbot.addWidget(dialog)
        dialog.show()
        mime = QMimeData()
        mime.setUrls([QUrl.fromLocalFile(str(bundle))])
        enter = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                                Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(dialog, enter)
        assert enter.isAccepted()
        drop = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                          Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(dialog, drop)
        assert dialog.ui.bundle_radio.isChecked() and dialog.ui.bundle_group.isEnabled()
        assert not dialog.ui.office_group.isEnabled()
        qtbot.waitUntil(lambda: dialog.checked is not None, timeout=10_000)
        assert "LĐLĐ huyện Nga Sơn [NS]" in dialog.ui.bundle_summary_label.text()


def test_a_bundle_replaced_after_its_fingerprint_was_compared_is_refused(federation, tmp_path):
    bundle = _setup_bundle(federation)
    with opened(tmp_path / "nga-son.sqlite3"):
        checked = setup.check_bundle_file(bundle, None)
        assert checked.fingerprint == federation.fingerprints["province"]
        with pytest.raises(setup.BundleRefused, match="đã thay đổi từ khi được kiểm tra"):
            setup.init_from_bundle(bundle, "Hà Văn Nam", expected_fingerprint=federation.fingerprints["district"])
        assert _empty() and not keys.trusted_offices()
