"""First start: the officer's name, then a new office or the demonstration data."""

from __future__ import annotations

from PySide6.QtCore import Qt

from uniondesk.services import installation


def _type(widget, text):
    # QTest.keyClicks aborts on characters outside Latin-1 (ằ, ạ, …): Vietnamese goes in as an input
    # method would deliver it.
    widget.setFocus()
    widget.insert(text)


def _dialog(qtbot):
    from uniondesk.ui.dialogs.first_start import FirstStartDialog

    dialog = FirstStartDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_creating_a_new_office_by_keyboard(qtbot, db):
    dialog = _dialog(qtbot)
    _type(dialog.ui.officer_edit, "Lò Văn Pằn")
    _type(dialog.ui.name_edit, "Liên đoàn Lao động huyện Mường Lát")
    qtbot.keyClicks(dialog.ui.code_edit, "th.ml")
    dialog.ui.kind_combo.setCurrentIndex(dialog.ui.kind_combo.findData("upper"))
    with qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.ui.code_edit, Qt.Key.Key_Return)
    home = installation.home_unit()
    assert (home.code, home.name, home.kind) == ("TH.ML", "Liên đoàn Lao động huyện Mường Lát", "upper")
    assert installation.officer_name() == "Lò Văn Pằn"


def test_missing_name_is_shown_in_the_dialog_and_nothing_is_created(qtbot, db):
    dialog = _dialog(qtbot)
    _type(dialog.ui.officer_edit, "Lò Văn Pằn")
    qtbot.keyClicks(dialog.ui.code_edit, "ML")
    dialog.accept()
    assert dialog.isVisible()
    assert "không được để trống" in dialog.ui.error_label.text()
    assert installation.home_unit() is None


def test_officer_name_is_required(qtbot, db):
    dialog = _dialog(qtbot)
    dialog.accept()
    assert "họ tên" in dialog.ui.error_label.text()
    assert dialog.ui.officer_edit.hasFocus() or not dialog.isActiveWindow()


def test_demo_data_is_built_on_a_worker(qtbot, db):
    dialog = _dialog(qtbot)
    _type(dialog.ui.officer_edit, "Cán bộ thử")
    dialog.ui.demo_radio.setChecked(True)
    assert dialog.ui.scale_combo.currentData() == "small"
    with qtbot.waitSignal(dialog.accepted, timeout=60_000):
        dialog.accept()
    home = installation.home_unit()
    assert home is not None and "Thanh Hóa" in home.name
