"""The "Đơn vị" tab driven with qtbot: what the officer sees after each action on the tree."""

from __future__ import annotations

import datetime as dt
import threading
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from uniondesk.domain.text import format_date
from uniondesk.services import units as unit_service
from uniondesk.store.models import AuditEntry
from uniondesk.store.queries import units as queries
from uniondesk.ui.dialogs.person_dialog import PersonDialog
from uniondesk.ui.dialogs.split_dialog import SplitUnitDialog
from uniondesk.ui.dialogs.unit_dialogs import CloseUnitDialog, MergeUnitDialog, MoveUnitDialog
from uniondesk.ui.models.unit_labels import status_label
from uniondesk.ui.models.unit_tree import MEMBERS, STATUS
from uniondesk.ui.tabs.units_tab import UnitsTab


@pytest.fixture
def tree(office):
    actor, home = office

    def add(code, name, kind, parent, members=0):
        return unit_service.add_unit(actor, code=code, name=name, kind=kind, parent_id=parent.id, members=members)

    qh = add("QH", "LĐLĐ huyện Quan Hóa", "upper", home)
    ns = add("NS", "Công đoàn Khu kinh tế Nghi Sơn", "upper", home)
    school = add("QH01", "Công đoàn Trường THCS Hồi Xuân", "grassroots", qh, 45)
    hospital = add("QH02", "Công đoàn Bệnh viện Đa khoa Quan Hóa", "grassroots", qh, 210)
    return SimpleNamespace(actor=actor, home=home, qh=qh, ns=ns, school=school, hospital=hospital)


@pytest.fixture
def tab(qtbot, tree):
    widget = UnitsTab(tree.actor, home_unit_id=tree.home.id)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    widget.messages = []
    widget.status_message.connect(widget.messages.append)
    yield widget
    # The people list is read on a worker: stop a read still to come and let a running one end before
    # the test database closes under it.
    widget.ui.people_panel.show_unit(None)
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0, timeout=5000)


def shown(tab, parent=QModelIndex(), depth=0) -> list[str]:
    """The rows the tree shows, indented by level, as an officer reads them."""
    lines = []
    for row in range(tab.model.rowCount(parent)):
        index = tab.model.index(row, 0, parent)
        lines.append("  " * depth + index.data())
        if tab.ui.tree_view.isExpanded(index):
            lines.extend(shown(tab, index, depth + 1))
    return lines


def row_text(tab, unit_id, column) -> str:
    return tab.model.index_for_unit(unit_id).siblingAtColumn(column).data()


def selected_name(tab) -> str:
    return tab.ui.tree_view.currentIndex().data()


def tr(context, text) -> str:
    return QCoreApplication.translate(context, text)


def people_listed(qtbot, panel) -> list[str]:
    """The names in the people list once its read (on a worker) has come back."""
    qtbot.waitUntil(lambda: not panel.loading, timeout=5000)
    return [panel.model.index(row, 0).data() for row in range(panel.model.rowCount())]


def drive(qtbot, monkeypatch, dialog_class, steps):
    """Replace the dialog's modal loop by ``steps(dialog)``, wait for the writer thread to answer and
    return what exec() would."""
    def fake_exec(dialog):
        steps(dialog)
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=5000)
        return dialog.result()
    monkeypatch.setattr(dialog_class, "exec", fake_exec)


def pick(qtbot, picker, text, name):
    picker.setFocus()
    qtbot.keyClicks(picker, text)
    qtbot.waitUntil(lambda: any(choice.name == name for choice in picker.choices()), timeout=2000)
    picker.choose(next(row for row, choice in enumerate(picker.choices()) if choice.name == name))


def test_opens_on_the_home_unit_expanded_and_selected(tab):
    assert shown(tab) == ["LĐLĐ tỉnh Thanh Hóa", "  Công đoàn Khu kinh tế Nghi Sơn", "  LĐLĐ huyện Quan Hóa"]
    assert selected_name(tab) == "LĐLĐ tỉnh Thanh Hóa"
    assert tab.ui.detail_panel.ui.name_edit.text() == "LĐLĐ tỉnh Thanh Hóa"
    assert tab.ui.detail_panel.ui.code_edit.text() == "TH"
    assert not tab.ui.tree_view.isSortingEnabled()
    assert tab.ui.filter_edit.placeholderText() == tr("UnitsTab", "Find a unit (accents not needed)…")


def test_add_a_child_unit_with_the_insert_key_and_the_detail_form(qtbot, tab, tree):
    tab.select_unit(tree.qh.id)
    tab.ui.tree_view.setFocus()
    qtbot.keyClick(tab.ui.tree_view, Qt.Key.Key_Insert)
    panel = tab.ui.detail_panel
    assert panel.adding and panel.ui.code_edit.text() == ""
    qtbot.keyClicks(panel.ui.code_edit, "QH03")
    panel.ui.name_edit.setText("Công đoàn Trạm Y tế xã Phú Nghiêm")  # QTest types ASCII only
    panel.ui.members_edit.setText("1.234")
    qtbot.mouseClick(panel.ui.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: selected_name(tab) == "Công đoàn Trạm Y tế xã Phú Nghiêm", timeout=5000)
    assert "    Công đoàn Trạm Y tế xã Phú Nghiêm" in shown(tab)
    new_id = tab.selected_unit_id()
    assert row_text(tab, new_id, MEMBERS) == "1.234"
    assert row_text(tab, tree.qh.id, MEMBERS) == "1.489"  # 45 + 210 + 1.234
    assert tab.messages and "Công đoàn Trạm Y tế xã Phú Nghiêm" in tab.messages[-1]


def test_f2_puts_the_cursor_in_the_name_field(qtbot, tab, tree):
    tab.select_unit(tree.school.id)
    tab.ui.tree_view.setFocus()
    qtbot.keyClick(tab.ui.tree_view, Qt.Key.Key_F2)
    assert QApplication.focusWidget() is tab.ui.detail_panel.ui.name_edit


def test_an_unreadable_member_count_is_shown_next_to_the_field_and_nothing_changes(qtbot, tab, tree):
    tab.select_unit(tree.school.id)
    panel = tab.ui.detail_panel
    before = AuditEntry.select().count()
    panel.ui.members_edit.setText("4x5")
    qtbot.mouseClick(panel.ui.save_button, Qt.MouseButton.LeftButton)
    assert not panel.ui.members_error.isHidden()
    assert "4x5" in panel.ui.members_error.text()
    assert queries.detail(tree.school.id).members == 45
    assert AuditEntry.select().count() == before


def test_a_code_already_used_is_refused_by_the_service_next_to_the_code(qtbot, tab, tree):
    tab.select_unit(tree.school.id)
    panel = tab.ui.detail_panel
    panel.ui.code_edit.setText("QH02")
    qtbot.mouseClick(panel.ui.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Bệnh viện Đa khoa Quan Hóa" in panel.error_text("code"), timeout=5000)
    assert panel.ui.code_edit.isEnabled() and panel.ui.code_edit.text() == "QH02"  # still there to correct
    assert queries.detail(tree.school.id).code == "QH01"


def test_edit_members_typed_with_dots_is_saved_and_shown(qtbot, tab, tree):
    tab.select_unit(tree.hospital.id)
    panel = tab.ui.detail_panel
    panel.ui.members_edit.setText("1.210")
    qtbot.mouseClick(panel.ui.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: row_text(tab, tree.hospital.id, MEMBERS) == "1.210", timeout=5000)
    assert panel.ui.members_edit.text() == "1.210"
    assert selected_name(tab) == "Công đoàn Bệnh viện Đa khoa Quan Hóa"


def test_move_with_the_dialog_shows_the_new_place_and_the_history(qtbot, tab, tree, monkeypatch):
    def steps(dialog):
        pick(qtbot, dialog.ui.parent_picker, "nghi son", "Công đoàn Khu kinh tế Nghi Sơn")
        dialog.submit()
    drive(qtbot, monkeypatch, MoveUnitDialog, steps)
    tab.select_unit(tree.school.id)
    tab.ui.tree_view.setFocus()
    qtbot.keyClick(tab.ui.tree_view, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert selected_name(tab) == "Công đoàn Trường THCS Hồi Xuân"
    assert tab.ui.tree_view.currentIndex().parent().data() == "Công đoàn Khu kinh tế Nghi Sơn"
    assert "  LĐLĐ huyện Quan Hóa" in shown(tab)  # the branch the officer had opened stays open
    moved = tr("UnitHistory", "Moved under {unit}").format(unit="Công đoàn Khu kinh tế Nghi Sơn")
    assert f"{format_date(dt.date.today())} — {moved}" in tab.history.texts()
    assert "Công đoàn Khu kinh tế Nghi Sơn" in tab.messages[-1]


def test_drag_and_drop_asks_first_then_moves_today(qtbot, tab, tree):
    tab.select_unit(tree.school.id)
    school = tab.model.index_for_unit(tree.school.id)
    target = tab.model.index_for_unit(tree.ns.id)

    def answer():
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            timer.stop()
            assert "Công đoàn Khu kinh tế Nghi Sơn" in box.text()
            next(b for b in box.buttons() if b.text() == tr("UnitsTab", "Move today")).click()
    timer = QTimer()
    timer.timeout.connect(answer)
    timer.start(20)
    tab.model.dropMimeData(tab.model.mimeData([school]), Qt.DropAction.MoveAction, -1, -1, target)
    qtbot.waitUntil(lambda: queries.detail(tree.school.id).parent_id == tree.ns.id, timeout=3000)
    qtbot.waitUntil(lambda: tab.ui.tree_view.currentIndex().parent().data() == "Công đoàn Khu kinh tế Nghi Sơn")
    assert selected_name(tab) == "Công đoàn Trường THCS Hồi Xuân"


def test_merge_hides_the_merged_unit_and_selects_the_target(qtbot, tab, tree, monkeypatch):
    def steps(dialog):
        pick(qtbot, dialog.ui.target_picker, "khu kinh te", "Công đoàn Khu kinh tế Nghi Sơn")
        dialog.submit()
    drive(qtbot, monkeypatch, MergeUnitDialog, steps)
    tab.select_unit(tree.qh.id)
    tab.merge_action.trigger()
    assert selected_name(tab) == "Công đoàn Khu kinh tế Nghi Sơn"
    assert "  LĐLĐ huyện Quan Hóa" not in shown(tab)
    assert row_text(tab, tree.ns.id, MEMBERS) == "255"
    tab.ui.tree_view.expand(tab.model.index_for_unit(tree.ns.id))
    assert "    Công đoàn Trường THCS Hồi Xuân" in shown(tab)


def test_split_creates_the_new_units_in_the_tree(qtbot, tab, tree, monkeypatch):
    def steps(dialog):
        dialog.set_part(0, "QH02A", "Công đoàn Bệnh viện Quan Hóa cơ sở 1", "110")
        dialog.set_part(1, "QH02B", "Công đoàn Bệnh viện Quan Hóa cơ sở 2", "100")
        dialog.submit()
    drive(qtbot, monkeypatch, SplitUnitDialog, steps)
    tab.select_unit(tree.hospital.id)
    tab.split_action.trigger()
    assert selected_name(tab) == "Công đoàn Bệnh viện Quan Hóa cơ sở 1"
    rows = shown(tab)
    assert "    Công đoàn Bệnh viện Quan Hóa cơ sở 2" in rows
    assert "    Công đoàn Bệnh viện Đa khoa Quan Hóa" not in rows
    assert row_text(tab, tree.qh.id, MEMBERS) == "255"


def test_close_hides_the_unit_until_closed_units_are_shown(qtbot, tab, tree, monkeypatch):
    drive(qtbot, monkeypatch, CloseUnitDialog, lambda dialog: dialog.submit())
    tab.select_unit(tree.school.id)
    tab.close_action.trigger()
    assert "    Công đoàn Trường THCS Hồi Xuân" not in shown(tab)
    tab.ui.closed_check.setChecked(True)
    assert "    Công đoàn Trường THCS Hồi Xuân" in shown(tab)
    assert row_text(tab, tree.school.id, STATUS) == status_label("closed", dt.date.today())
    tab.select_unit(tree.school.id)
    assert tab.reopen_action.isEnabled() and not tab.move_action.isEnabled()


def test_filter_finds_without_accents_shows_ancestors_and_clears(qtbot, tab, tree):
    qtbot.keyClicks(tab.ui.filter_edit, "hoi xuan")
    qtbot.waitUntil(lambda: tab.model.filter_text == "hoi xuan", timeout=2000)
    assert shown(tab) == ["LĐLĐ tỉnh Thanh Hóa", "  LĐLĐ huyện Quan Hóa", "    Công đoàn Trường THCS Hồi Xuân"]
    assert not tab.ui.filter_info_label.isHidden()
    assert tab.ui.filter_info_label.text() == tr("UnitsTab", "{count} units found.").format(count=1)
    tab.ui.filter_edit.clear()
    qtbot.waitUntil(lambda: tab.model.filter_text == "", timeout=2000)
    assert "  Công đoàn Khu kinh tế Nghi Sơn" in shown(tab)
    assert tab.ui.filter_info_label.isHidden()


def test_filter_says_when_the_list_is_cut(qtbot, tab, tree, monkeypatch):
    monkeypatch.setattr(type(tab.model), "FILTER_LIMIT", 1)
    tab.ui.filter_edit.setText("quan hoa")
    tab.apply_filter()
    assert tab.ui.filter_info_label.text() == tr(
        "UnitsTab", "Showing the first {count} units found; type more to narrow the search.").format(count=1)


def test_deleting_a_unit_with_records_is_refused_with_a_message(qtbot, tab, tree, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *rest: warnings.append(text))
    unit_service.close_unit(tree.actor, tree.school.id, dt.date.today())
    tab.select_unit(tree.home.id)
    tab.delete_action.trigger()
    qtbot.waitUntil(lambda: bool(warnings), timeout=5000)
    assert "LĐLĐ tỉnh Thanh Hóa" in warnings[0]
    assert queries.detail(tree.home.id) is not None


def test_deleting_a_unit_typed_by_mistake(qtbot, tab, tree, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    tab.select_unit(tree.school.id)
    tab.ui.tree_view.setFocus()
    qtbot.keyClick(tab.ui.tree_view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: selected_name(tab) == "LĐLĐ huyện Quan Hóa", timeout=5000)
    assert queries.detail(tree.school.id) is None
    assert "    Công đoàn Trường THCS Hồi Xuân" not in shown(tab)
    assert selected_name(tab) == "LĐLĐ huyện Quan Hóa"


def test_people_of_the_unit_can_be_added(qtbot, tab, tree, monkeypatch):
    def steps(dialog):
        dialog.ui.full_name_edit.setText("Hà Văn Khánh")
        dialog.ui.position_edit.setText("Chủ tịch công đoàn")
        dialog.submit()
    drive(qtbot, monkeypatch, PersonDialog, steps)
    tab.select_unit(tree.school.id)
    panel = tab.ui.people_panel
    assert people_listed(qtbot, panel) == []
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert people_listed(qtbot, panel) == ["Hà Văn Khánh"]
    assert panel.model.index(0, 3).data() == "Chủ tịch công đoàn"
    assert panel.selected().full_name == "Hà Văn Khánh"
    assert panel.state_label.text() == tr("PeoplePanel", "People: {count}").format(count="1")
    tab.select_unit(tree.qh.id)
    assert panel.model.rowCount() == 0  # the school's people go at once, not after the read
    assert people_listed(qtbot, panel) == []
    assert panel.state_label.text() == tr("PeoplePanel", "No one is listed in this unit yet.")


def test_the_context_menu_lists_the_actions_with_their_shortcuts(qtbot, tab, tree):
    seen = []

    def read_menu():
        menu = QApplication.activePopupWidget()
        if menu is not None:
            timer.stop()
            seen.extend((a.text(), a.shortcut().toString()) for a in menu.actions() if not a.isSeparator())
            menu.close()
    timer = QTimer()
    timer.timeout.connect(read_menu)
    timer.start(20)
    position = tab.ui.tree_view.visualRect(tab.model.index_for_unit(tree.qh.id)).center()
    tab.ui.tree_view.customContextMenuRequested.emit(position)
    assert (tab.move_action.text(), "Ctrl+M") in seen
    assert (tab.add_action.text(), "Ins") in seen
    assert (tab.delete_action.text(), "Del") in seen
    assert selected_name(tab) == "LĐLĐ huyện Quan Hóa"


def test_unsaved_edits_are_not_lost_by_a_stray_click(qtbot, tab, tree, monkeypatch):
    answers = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: answers.pop(0))
    tab.select_unit(tree.school.id)
    panel = tab.ui.detail_panel
    panel.ui.name_edit.setText("Công đoàn Trường THCS Hồi Xuân (đang sửa)")
    tab.ui.tree_view.setCurrentIndex(tab.model.index_for_unit(tree.hospital.id))
    assert selected_name(tab) == "Công đoàn Trường THCS Hồi Xuân"
    assert panel.ui.name_edit.text() == "Công đoàn Trường THCS Hồi Xuân (đang sửa)"
    answers.append(QMessageBox.StandardButton.Discard)
    tab.ui.tree_view.setCurrentIndex(tab.model.index_for_unit(tree.hospital.id))
    assert panel.ui.name_edit.text() == "Công đoàn Bệnh viện Đa khoa Quan Hóa"
    assert queries.detail(tree.school.id).name == "Công đoàn Trường THCS Hồi Xuân"


def test_a_save_in_progress_disables_the_form_and_does_not_count_as_unsaved_edits(qtbot, tab, tree, monkeypatch):
    gate, calls, real = threading.Event(), [], unit_service.edit_unit

    def held(*args, **kwargs):
        calls.append(kwargs)
        gate.wait(5)
        return real(*args, **kwargs)
    monkeypatch.setattr(unit_service, "edit_unit", held)
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: pytest.fail("asked to discard a save"))
    tab.select_unit(tree.school.id)
    panel = tab.ui.detail_panel
    try:
        panel.ui.name_edit.setText("Công đoàn Trường THCS Hồi Xuân 2")
        qtbot.mouseClick(panel.ui.save_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: bool(calls), timeout=2000)
        assert not panel.ui.name_edit.isEnabled() and not panel.ui.save_button.isEnabled()
        assert not panel.save()  # Enter pressed again: nothing sent twice
        tab.ui.tree_view.setCurrentIndex(tab.model.index_for_unit(tree.hospital.id))
    finally:
        gate.set()
    qtbot.waitUntil(lambda: selected_name(tab) == "Công đoàn Trường THCS Hồi Xuân 2", timeout=5000)
    assert len(calls) == 1 and panel.ui.name_edit.isEnabled()
    saved = tr("UnitDetailPanel", "Saved “{name}”.").format(name="Công đoàn Trường THCS Hồi Xuân 2")
    assert tab.messages[-1] == saved


def test_deleting_a_person_runs_on_the_writer_thread_and_updates_the_list(qtbot, tab, tree, monkeypatch):
    from uniondesk.services import people as people_service

    people_service.add_person(tree.actor, tree.school.id, full_name="Lò Văn Pâng", birth_year=1979)
    people_service.add_person(tree.actor, tree.school.id, full_name="Hà Thị Xuân", gender="female")
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    tab.select_unit(tree.school.id)
    panel = tab.ui.people_panel
    assert people_listed(qtbot, panel) == ["Hà Thị Xuân", "Lò Văn Pâng"]
    panel.view.selectRow(1)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1, timeout=5000)
    assert people_listed(qtbot, panel) == ["Hà Thị Xuân"]
    assert panel.selected().full_name == "Hà Thị Xuân"  # the row after the deleted one (here: the last)
    assert tab.messages[-1] == tr("PeoplePanel", "Deleted {name}.").format(name="Lò Văn Pâng")


def test_the_gender_and_birth_year_columns_show_their_texts_whole(tab):
    view = tab.ui.people_panel.view
    header, cells = view.horizontalHeader().fontMetrics(), view.fontMetrics()
    for column, text in ((1, tr("PeopleModel", "Female")), (1, tr("PeopleModel", "Gender")), (2, "1985"),
                         (2, tr("PeopleModel", "Born"))):
        assert view.columnWidth(column) > max(header.horizontalAdvance(text), cells.horizontalAdvance(text))


def test_the_detail_tells_the_subtree_s_members_from_the_unit_s_own(tab, tree):
    tab.select_unit(tree.qh.id)
    panel = tab.ui.detail_panel
    assert panel.ui.members_edit.text() == "0"  # an upper unit's own members
    assert "255" in panel.ui.info_label.text() and "(the tree's figure)" in panel.ui.info_label.text()
    tab.select_unit(tree.school.id)  # a grassroots union: its own members are the tree's figure
    assert panel.ui.members_edit.text() == "45" and "tree's figure" not in panel.ui.info_label.text()
