"""The unit picker and the tree's dialogs, driven like an officer would; refusals stay in the dialog."""

from __future__ import annotations

import datetime as dt
import threading
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication, QDate, Qt

from uniondesk.domain.text import format_date
from uniondesk.services import units as unit_service
from uniondesk.store.queries import units as queries
from uniondesk.ui.dialogs.person_dialog import PersonDialog
from uniondesk.ui.dialogs.split_dialog import SplitUnitDialog
from uniondesk.ui.dialogs.unit_dialogs import CloseUnitDialog, MergeUnitDialog, MoveUnitDialog
from uniondesk.ui.models.unit_history import UnitHistoryModel
from uniondesk.ui.widgets.unit_picker import UnitPicker


@pytest.fixture
def tree(office):
    actor, home = office

    def add(code, name, kind, parent, members=0):
        return unit_service.add_unit(actor, code=code, name=name, kind=kind, parent_id=parent.id, members=members)

    qh = add("QH", "LĐLĐ huyện Quan Hóa", "upper", home)
    ml = add("ML", "LĐLĐ huyện Mường Lát", "upper", home)
    school = add("QH01", "Công đoàn Trường THCS Hồi Xuân", "grassroots", qh, 45)
    return SimpleNamespace(actor=actor, home=home, qh=qh, ml=ml, school=school)


def pick(qtbot, picker: UnitPicker, text: str, name: str) -> None:
    """Type like an officer, wait for the suggestions, choose the one named ``name``."""
    picker.setFocus()
    qtbot.keyClicks(picker, text)
    qtbot.waitUntil(lambda: any(choice.name == name for choice in picker.choices()), timeout=2000)
    picker.choose(next(row for row, choice in enumerate(picker.choices()) if choice.name == name))


def submit(qtbot, dialog) -> None:
    """Press OK and wait for the writer thread to answer (accepted, or refused inside the dialog)."""
    dialog.submit()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=5000)


def audit_rows() -> int:
    from uniondesk.store.models import AuditEntry

    return AuditEntry.select().count()


def test_picker_finds_units_without_accents_and_forgets_the_choice_when_edited(qtbot, tree):
    picker = UnitPicker()
    qtbot.addWidget(picker)
    picker.show()
    with qtbot.waitSignal(picker.unit_changed) as chosen:
        pick(qtbot, picker, "muong lat", "LĐLĐ huyện Mường Lát")
    assert chosen.args == [tree.ml.id]
    assert picker.text() == "LĐLĐ huyện Mường Lát (ML)"
    qtbot.keyClick(picker, Qt.Key.Key_Backspace)
    assert picker.unit_id() is None


def test_picker_finds_by_code_and_leaves_out_a_subtree(qtbot, tree):
    picker = UnitPicker()
    qtbot.addWidget(picker)
    picker.exclude_subtree_of(tree.qh.id)
    picker.setText("qh")
    picker.search_now()
    assert picker.choices() == []
    picker.exclude_subtree_of(None)
    picker.search_now()
    assert [choice.code for choice in picker.choices()] == ["QH", "QH01"]  # the exact code first


def test_move_dialog_moves_from_the_chosen_date(qtbot, tree):
    dialog = MoveUnitDialog(tree.actor, tree.school.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ok_enabled()
    pick(qtbot, dialog.ui.parent_picker, "muong", "LĐLĐ huyện Mường Lát")
    assert dialog.ok_enabled()
    dialog.ui.date_edit.setDate(QDate(2025, 7, 1))
    submit(qtbot, dialog)
    assert dialog.result() == MoveUnitDialog.DialogCode.Accepted
    assert queries.detail(tree.school.id).parent_name == "LĐLĐ huyện Mường Lát"
    assert "01/07/2025" in dialog.message
    assert queries.tree_on(dt.date(2025, 6, 30))[tree.school.id] == tree.qh.id


def test_a_refused_move_stays_in_the_dialog_and_changes_nothing(qtbot, tree):
    dialog = MoveUnitDialog(tree.actor, tree.school.id, new_parent_id=tree.qh.id)  # already its parent
    qtbot.addWidget(dialog)
    before = audit_rows()
    submit(qtbot, dialog)
    assert dialog.result() != MoveUnitDialog.DialogCode.Accepted
    assert "LĐLĐ huyện Quan Hóa" in dialog.error_text()
    assert audit_rows() == before
    assert dialog.ok_enabled() and dialog.ui.date_edit.isEnabled()  # open again for a correction


def test_merge_dialog_explains_and_merges(qtbot, tree):
    dialog = MergeUnitDialog(tree.actor, tree.qh.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "45" in dialog.ui.explanation_label.text()  # the members of its whole subtree go along
    assert not dialog.ok_enabled()
    pick(qtbot, dialog.ui.target_picker, "lat", "LĐLĐ huyện Mường Lát")
    submit(qtbot, dialog)
    assert dialog.result() == MergeUnitDialog.DialogCode.Accepted
    assert dialog.unit_id == tree.ml.id
    assert queries.detail(tree.qh.id).status == "merged"
    assert queries.detail(tree.school.id).parent_id == tree.ml.id


def test_split_dialog_enables_ok_only_when_members_add_up(qtbot, tree):
    dialog = SplitUnitDialog(tree.actor, tree.school.id)
    qtbot.addWidget(dialog)
    assert dialog.ui.parts_table.rowCount() == 2 and not dialog.ok_enabled()
    dialog.set_part(0, "QH01A", "Công đoàn Trường Tiểu học Hồi Xuân", "20")
    dialog.set_part(1, "QH01B", "Công đoàn Trường Mầm non Hồi Xuân", "20")
    assert not dialog.ok_enabled()
    assert "40 / 45" in dialog.ui.sum_label.text()
    dialog.set_part(1, "QH01B", "Công đoàn Trường Mầm non Hồi Xuân", "25")
    assert dialog.ok_enabled()
    submit(qtbot, dialog)
    new = queries.detail(dialog.unit_id)
    assert new.name == "Công đoàn Trường Tiểu học Hồi Xuân" and new.parent_id == tree.qh.id
    assert queries.detail(tree.school.id).status == "split"


def test_closing_a_unit_with_live_children_is_refused_inside_the_dialog(qtbot, tree):
    dialog = CloseUnitDialog(tree.actor, tree.qh.id)
    qtbot.addWidget(dialog)
    submit(qtbot, dialog)
    assert "còn 1 đơn vị trực thuộc" in dialog.error_text()
    assert dialog.result() != CloseUnitDialog.DialogCode.Accepted
    assert queries.detail(tree.qh.id).status == "live"


def test_close_then_reopen(qtbot, tree):
    closing = CloseUnitDialog(tree.actor, tree.school.id)
    qtbot.addWidget(closing)
    closing.ui.reason_edit.setText("Sáp nhập trường")
    submit(qtbot, closing)
    assert queries.detail(tree.school.id).status == "closed"
    reopening = CloseUnitDialog(tree.actor, tree.school.id, reopen=True)
    qtbot.addWidget(reopening)
    assert reopening.ui.reason_edit.isHidden()
    submit(qtbot, reopening)
    assert queries.detail(tree.school.id).status == "live"
    assert "Hồi Xuân" in reopening.message


def test_person_dialog_shows_a_bad_birth_year_next_to_the_field(qtbot, tree):
    dialog = PersonDialog(tree.actor, tree.school.id)
    qtbot.addWidget(dialog)
    dialog.ui.full_name_edit.setText("Lò Thị Mai")
    dialog.ui.birth_year_edit.setText("19a5")
    submit(qtbot, dialog)
    assert not dialog.ui.birth_year_error.isHidden()
    assert queries.people_of(tree.school.id) == []
    dialog.ui.birth_year_edit.setText("1985")
    dialog.ui.gender_combo.setCurrentIndex(dialog.ui.gender_combo.findData("female"))
    dialog.ui.position_edit.setText("Chủ tịch công đoàn")
    submit(qtbot, dialog)
    assert dialog.result() == PersonDialog.DialogCode.Accepted
    assert queries.people_of(tree.school.id) == [(dialog.person_id, "Lò Thị Mai", "female", 1985, "Chủ tịch công đoàn")]


def test_history_reads_as_sentences(qtbot, tree):
    unit_service.move_unit(tree.actor, tree.school.id, tree.ml.id, dt.date(2025, 7, 1))
    unit_service.edit_unit(tree.actor, tree.school.id, name="Công đoàn Trường THCS Hồi Xuân mới", members=50)
    model = UnitHistoryModel()
    model.load(tree.school.id)
    texts = model.texts()
    moved = QCoreApplication.translate("UnitHistory", "Moved under {unit}").format(unit="LĐLĐ huyện Mường Lát")
    assert f"01/07/2025 — {moved}" in texts
    edited = QCoreApplication.translate("UnitHistory", "Edited: {fields}").format(fields=", ".join(
        QCoreApplication.translate("UnitHistory", field) for field in ("name", "members")))
    assert any(text.startswith(edited) and " — Nguyễn Văn An, " in text for text in texts), texts


def test_picker_suggestions_pop_up_and_are_chosen_with_the_keyboard(qtbot, tree):
    picker = UnitPicker()
    qtbot.addWidget(picker)
    picker.show()
    picker.activateWindow()
    picker.setFocus()
    qtbot.keyClicks(picker, "huyen")
    popup = picker._completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    # same rank (neither starts with "huyen"): Vietnamese order, "Mường" before "Quan"
    assert [choice.name for choice in picker.choices()] == ["LĐLĐ huyện Mường Lát", "LĐLĐ huyện Quan Hóa"]
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.unit_id() == tree.ml.id
    assert picker.text() == "LĐLĐ huyện Mường Lát (ML)"


@pytest.fixture
def held_merge(monkeypatch):
    """``merge_unit`` waits on the writer thread until the test releases it; counts its calls."""
    gate, calls, real = threading.Event(), [], unit_service.merge_unit

    def held(*args):
        calls.append(args)
        gate.wait(5)
        return real(*args)
    monkeypatch.setattr(unit_service, "merge_unit", held)
    yield SimpleNamespace(calls=calls, release=gate.set)
    gate.set()  # never leave the writer thread waiting for the next test


def test_while_the_merge_runs_the_dialog_can_neither_be_sent_twice_nor_closed(qtbot, tree, held_merge):
    dialog = MergeUnitDialog(tree.actor, tree.qh.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.target_picker.set_unit(tree.ml.id)
    dialog.submit()
    qtbot.waitUntil(lambda: bool(held_merge.calls), timeout=2000)
    assert dialog.is_busy()
    assert not dialog.ui.button_box.isEnabled() and not dialog.ok_enabled()
    assert not dialog.ui.target_picker.isEnabled() and not dialog.ui.date_edit.isEnabled()
    assert not dialog.ui.error_label.isHidden() and dialog.ui.error_label.text() == QCoreApplication.translate(
        "MergeUnitDialog", "Merging “{unit}”…").format(unit="LĐLĐ huyện Quan Hóa")  # says what it does
    assert dialog.error_text() == ""  # ... which is no error
    dialog.submit()  # Enter pressed again
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    held_merge.release()
    qtbot.waitUntil(lambda: dialog.result() == MergeUnitDialog.DialogCode.Accepted, timeout=5000)
    assert len(held_merge.calls) == 1
    assert queries.detail(tree.qh.id).status == "merged"
    assert dialog.message == QCoreApplication.translate(
        "MergeUnitDialog", "Merged “{unit}” into “{target}” from {date}.").format(
        unit="LĐLĐ huyện Quan Hóa", target="LĐLĐ huyện Mường Lát", date=format_date(dt.date.today()))


def test_a_refusal_from_the_writer_thread_shows_next_to_its_field(qtbot, tree):
    dialog = PersonDialog(tree.actor, tree.school.id)
    qtbot.addWidget(dialog)
    dialog.ui.full_name_edit.setText("   ")
    submit(qtbot, dialog)  # the service refuses an empty name
    assert not dialog.ui.full_name_error.isHidden() and dialog.ui.full_name_error.text()
    assert dialog.result() != PersonDialog.DialogCode.Accepted
    assert dialog.ui.full_name_edit.isEnabled() and dialog.ok_enabled()


def test_an_unexpected_error_reaches_the_error_dialog_and_the_dialog_stays_usable(qtbot, tree, monkeypatch):
    def broken(*args):
        raise RuntimeError("disk on fire")
    monkeypatch.setattr(unit_service, "merge_unit", broken)
    dialog = MergeUnitDialog(tree.actor, tree.qh.id)
    qtbot.addWidget(dialog)
    dialog.ui.target_picker.set_unit(tree.ml.id)
    with qtbot.captureExceptions() as raised:
        dialog.submit()
        qtbot.waitUntil(lambda: bool(raised), timeout=5000)
    assert isinstance(raised[0][1], RuntimeError) and "disk on fire" in str(raised[0][1])
    assert not dialog.is_busy() and dialog.ok_enabled()
    assert dialog.result() != MergeUnitDialog.DialogCode.Accepted
    assert queries.detail(tree.qh.id).status == "live"
