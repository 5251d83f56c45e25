"""The people list of a unit is read on a worker: what the officer sees while it is read, when units are
passed over quickly, and after adding, editing or deleting a person."""

from __future__ import annotations

import threading
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from uniondesk.domain.errors import EnvironmentFault
from uniondesk.services import people as people_service
from uniondesk.services import units as unit_service
from uniondesk.store.queries import units as queries
from uniondesk.ui.dialogs.person_dialog import PersonDialog
from uniondesk.ui.widgets import people_panel as panel_module
from uniondesk.ui.widgets.people_panel import PeoplePanel

# Entered out of order; Vietnamese order puts Â after A, Đ after D, and tones only break ties.
SCHOOL_PEOPLE = ["Đỗ Văn Hùng", "Hà Thị Hòa", "Dương Thị Lan", "Âu Văn Minh", "Hà Thị Hoa",
                 "An Văn Nam"]
IN_ORDER = ["An Văn Nam", "Âu Văn Minh", "Dương Thị Lan", "Đỗ Văn Hùng", "Hà Thị Hoa", "Hà Thị Hòa"]


@pytest.fixture
def units(office):
    actor, home = office
    qh = unit_service.add_unit(actor, code="QH", name="LĐLĐ huyện Quan Hóa", kind="upper", parent_id=home.id)
    school, hospital = (unit_service.add_unit(actor, code=code, name=name, kind="grassroots", parent_id=qh.id)
                        for code, name in (("QH01", "Công đoàn Trường THCS Hồi Xuân"),
                                           ("QH02", "Công đoàn Bệnh viện Đa khoa Quan Hóa")))
    people = {name: people_service.add_person(actor, school.id, full_name=name).id for name in SCHOOL_PEOPLE}
    people_service.add_person(actor, hospital.id, full_name="Lò Thị Mai", gender="female", position="Bác sĩ")
    return SimpleNamespace(actor=actor, qh=qh, school=school, hospital=hospital, people=people)


@pytest.fixture
def panel(qtbot, units):
    widget = PeoplePanel()
    widget.actor = units.actor
    qtbot.addWidget(widget)
    widget.resize(720, 360)
    widget.show()
    yield widget
    widget.show_unit(None)  # no read still to come; a running one ends before the database closes
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0, timeout=5000)


@pytest.fixture
def reads(monkeypatch, panel):
    """Records each read of a unit's people (unit, thread) and holds it while ``gates[unit]`` is unset."""
    real, state = queries.people_of, SimpleNamespace(calls=[], gates={}, returned=[])

    def held(unit_id):
        state.calls.append((unit_id, threading.get_ident()))
        if unit_id in state.gates:
            state.gates[unit_id].wait(5)
        rows = real(unit_id)
        state.returned.append(unit_id)
        return rows
    monkeypatch.setattr(queries, "people_of", held)
    yield state
    for gate in state.gates.values():  # set up after ``panel``, so released before it waits for the worker
        gate.set()


def listed(qtbot, panel) -> list[str]:
    qtbot.waitUntil(lambda: not panel.loading, timeout=5000)
    return [panel.model.index(row, 0).data() for row in range(panel.model.rowCount())]


def tr(text: str) -> str:
    return QCoreApplication.translate("PeoplePanel", text)


def test_the_list_is_read_on_a_worker_and_says_so_meanwhile(qtbot, panel, units, reads):
    reads.gates[units.school.id] = threading.Event()
    panel.show_unit(units.school.id)
    assert panel.state_label.text() == tr("Loading the list…")
    assert panel.model.rowCount() == 0
    assert panel.add_button.isEnabled() and not panel.edit_button.isEnabled()
    qtbot.waitUntil(lambda: bool(reads.calls), timeout=2000)
    assert reads.calls == [(units.school.id, reads.calls[0][1])]
    assert reads.calls[0][1] != threading.get_ident()  # not the GUI thread
    assert not any(isinstance(w, QProgressDialog) for w in QApplication.topLevelWidgets())  # nothing pops up
    assert panel.loading and panel.state_label.text() == tr("Loading the list…")
    reads.gates[units.school.id].set()
    assert listed(qtbot, panel) == IN_ORDER
    assert panel.state_label.text() == tr("People: {count}").format(count="6")


def test_an_answer_for_a_unit_already_left_is_dropped(qtbot, panel, units, reads):
    reads.gates[units.school.id] = threading.Event()
    panel.show_unit(units.school.id)
    qtbot.waitUntil(lambda: bool(reads.calls), timeout=2000)  # the school's read is under way
    panel.show_unit(units.hospital.id)
    assert panel.model.rowCount() == 0 and panel.state_label.text() == tr("Loading the list…")
    assert listed(qtbot, panel) == ["Lò Thị Mai"]
    reads.gates[units.school.id].set()
    qtbot.waitUntil(lambda: units.school.id in reads.returned, timeout=5000)
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0, timeout=5000)
    qtbot.wait(30)  # the late answer reaches the GUI thread
    assert listed(qtbot, panel) == ["Lò Thị Mai"]
    assert panel.model.index(0, 3).data() == "Bác sĩ"
    assert panel.state_label.text() == tr("People: {count}").format(count="1")


def test_passing_over_units_quickly_reads_only_the_one_stopped_at(qtbot, panel, units, reads):
    for unit in (units.school, units.hospital, units.qh, units.school, units.hospital):
        panel.show_unit(unit.id)
        qtbot.wait(5)  # arrowing down the tree: well under the settle time
    assert listed(qtbot, panel) == ["Lò Thị Mai"]
    assert [unit_id for unit_id, _thread in reads.calls] == [units.hospital.id]


def test_a_unit_without_people_says_so(qtbot, panel, units):
    panel.show_unit(units.qh.id)
    assert listed(qtbot, panel) == []
    assert panel.state_label.text() == tr("No one is listed in this unit yet.")
    panel.show_unit(None)
    assert not panel.loading and panel.state_label.text() == "" and not panel.add_button.isEnabled()


def test_a_big_list_is_counted_with_thousands_dots(qtbot, panel, units, monkeypatch):
    rows = [(n, f"Người số {n}", None, None, "") for n in range(1, 1235)]
    monkeypatch.setattr(queries, "people_of", lambda unit_id: rows)
    panel.show_unit(units.school.id)
    assert len(listed(qtbot, panel)) == 1234
    assert panel.state_label.text() == tr("People: {count}").format(count="1.234")


def _drive(qtbot, monkeypatch, steps):
    def fake_exec(dialog):
        steps(dialog)
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=5000)
        return dialog.result()
    monkeypatch.setattr(PersonDialog, "exec", fake_exec)


def test_an_edited_person_stays_chosen_with_the_new_details(qtbot, panel, units, monkeypatch):
    def steps(dialog):
        dialog.ui.position_edit.setText("Phó chủ tịch công đoàn")
        dialog.submit()
    _drive(qtbot, monkeypatch, steps)
    panel.show_unit(units.school.id)
    listed(qtbot, panel)
    panel.view.selectRow(IN_ORDER.index("Dương Thị Lan"))
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    assert panel.loading and panel.model.rowCount() == len(IN_ORDER)  # the rows stay while read again…
    assert not panel.edit_button.isEnabled()  # …but are not to be edited stale
    assert listed(qtbot, panel) == IN_ORDER
    assert panel.selected().full_name == "Dương Thị Lan"
    assert panel.selected().position == "Phó chủ tịch công đoàn"


def test_deleting_a_person_chooses_the_next_one(qtbot, panel, units, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    panel.show_unit(units.school.id)
    listed(qtbot, panel)
    panel.view.selectRow(IN_ORDER.index("Dương Thị Lan"))
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.model.rowCount() == len(IN_ORDER) - 1, timeout=5000)
    assert listed(qtbot, panel) == [name for name in IN_ORDER if name != "Dương Thị Lan"]
    assert panel.selected().full_name == "Đỗ Văn Hùng"
    assert panel.delete_button.isEnabled()  # Delete again at once, from the keyboard flow


def test_a_read_that_meets_a_locked_file_says_so(qtbot, panel, units, monkeypatch):
    shown = []
    monkeypatch.setattr(panel_module, "show_user_error", lambda parent, error: shown.append(error.message))

    def locked(unit_id):
        raise EnvironmentFault("Tệp dữ liệu đang bị khóa.")
    monkeypatch.setattr(queries, "people_of", locked)
    panel.show_unit(units.school.id)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert shown == ["Tệp dữ liệu đang bị khóa."]
    assert not panel.loading and panel.state_label.text() == tr("The list could not be read.")
