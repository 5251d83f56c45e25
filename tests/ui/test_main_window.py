"""The main window in Vietnamese: four tabs, menus, status bar; startup errors get a plain message."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from uniondesk.ui import i18n


@pytest.fixture
def vietnamese(qapp):
    translators = i18n.install_translators(qapp, "vi")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def test_main_window_shows_four_vietnamese_tabs_and_the_office(qtbot, office, vietnamese, tmp_path):
    from uniondesk.store.db import database
    from uniondesk.ui.main_window import MainWindow

    actor, home = office
    handle = type("Handle", (), {"path": tmp_path / "test.sqlite3", "db": database})()
    window = MainWindow(handle, actor)
    qtbot.addWidget(window)
    window.show()
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Đơn vị", "Chương trình", "Sáng kiến", "Khen thưởng"]
    assert "LĐLĐ tỉnh Thanh Hóa" in window.windowTitle()
    assert "Nguyễn Văn An" in window._office_label.text()
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus == ["&Tệp", "&Cài đặt", "&Trợ giúp"]
    window.show_tab("awards")
    assert window.tabs.currentIndex() == 3
    assert window.grab().save(str(tmp_path / "main_window.png"))


def test_a_file_that_is_not_a_database_gets_a_plain_message(qtbot, tmp_path, monkeypatch):
    from uniondesk import app

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    bogus = tmp_path / "thu.sqlite3"
    bogus.write_text("đây không phải cơ sở dữ liệu", encoding="utf-8")
    before = bogus.read_bytes()
    assert app.run_gui(bogus) == 2
    assert shown and "không phải là cơ sở dữ liệu UnionDesk" in shown[0]
    assert bogus.read_bytes() == before


def test_a_second_window_on_the_same_file_is_refused(qtbot, db, monkeypatch):
    from uniondesk import app

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert app.run_gui(db.path) == 2
    assert "đang được mở trong một cửa sổ UnionDesk khác" in shown[0]


def test_bugs_reach_one_error_dialog_with_the_log_location(qtbot, monkeypatch):
    from uniondesk.logs import log_file
    from uniondesk.ui import errors

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.text(), box.detailedText())))
    try:
        raise ZeroDivisionError("chia cho 0")
    except ZeroDivisionError as exc:
        errors.excepthook(type(exc), exc, exc.__traceback__)
    assert len(shown) == 1
    text, details = shown[0]
    assert str(log_file()) in text
    assert "ZeroDivisionError" in details


def test_user_errors_reaching_the_hook_are_plain_warnings(qtbot, monkeypatch):
    from uniondesk.domain.errors import InputError
    from uniondesk.ui import errors

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    error = InputError("Tên không được để trống.")
    errors.excepthook(InputError, error, None)
    assert shown == ["Tên không được để trống."]
