"""The main window in Vietnamese: four tabs, menus, status bar; startup errors get a plain message."""

from __future__ import annotations

import sqlite3

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


def _window(qtbot, office, tmp_path):
    from uniondesk.store.db import database
    from uniondesk.ui.main_window import MainWindow

    actor, _ = office
    handle = type("Handle", (), {"path": tmp_path / "test.sqlite3", "db": database})()
    window = MainWindow(handle, actor)
    qtbot.addWidget(window)
    return window


def test_file_back_up_writes_a_copy_that_opens(qtbot, office, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from uniondesk.store.models import Unit

    window = _window(qtbot, office, tmp_path)
    target = tmp_path / "copies" / "sao lưu.sqlite3"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    window.back_up()
    qtbot.waitUntil(lambda: "Đã lưu" in window.statusBar().currentMessage()
                    or "Backup saved" in window.statusBar().currentMessage(), timeout=10_000)
    copy = sqlite3.connect(target)
    try:
        assert copy.execute("SELECT count(*) FROM unit").fetchone()[0] == Unit.select().count()
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        copy.close()


def test_changing_the_officer_name_is_remembered_and_shown(qtbot, office, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from uniondesk.services import installation

    window = _window(qtbot, office, tmp_path)
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: ("Hà Thị Lụa", True))
    window.change_officer()
    assert installation.officer_name() == "Hà Thị Lụa"
    assert window.actor.officer == "Hà Thị Lụa"
    assert "Hà Thị Lụa" in window._office_label.text()


def test_choosing_english_is_saved_for_the_next_start(qtbot, office, tmp_path, monkeypatch):
    from uniondesk.ui import i18n

    window = _window(qtbot, office, tmp_path)
    monkeypatch.setattr(QMessageBox, "information", lambda *args: None)
    window.choose_language("en")
    assert i18n.chosen_language() == "en"
