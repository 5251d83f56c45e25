"""The "Khen thưởng" tab driven with qtbot: the decision editor, recipients (by hand, from proposals,
the double-award reason), signing and revoking, the preview, calibration, PDF batches and printing."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from award_fixtures import DAY, LONG_NAME, add_figures, build_world, decision, dump, person, unit
from pypdf import PdfReader
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QTextCursor
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from uniondesk.services import awards
from uniondesk.services.certificates import batch, calibration
from uniondesk.services.certificates.templates import load_template
from uniondesk.store.models_awards import AwardDecision, AwardRecipient
from uniondesk.ui import tasks
from uniondesk.ui.dialogs.award_proposals_dialog import AwardProposalsDialog
from uniondesk.ui.dialogs.award_recipient_dialog import AwardRecipientDialog
from uniondesk.ui.dialogs.award_repeat_dialog import AwardRepeatDialog
from uniondesk.ui.dialogs.award_revoke_dialog import AwardRevokeDialog
from uniondesk.ui.dialogs.calibration_dialog import CalibrationDialog
from uniondesk.ui.models.award_decisions import NUMBER, RECIPIENTS, STATUS
from uniondesk.ui.models.award_recipients import RECIPIENT, REGISTER
from uniondesk.ui.tabs.awards.printing import prepare_printer
from uniondesk.ui.tabs.awards_tab import AwardsTab


@pytest.fixture
def world(office):
    return build_world(office)


@pytest.fixture
def tab(qtbot, world):
    widget = AwardsTab(world.actor, home_unit_id=world.home.id)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    widget.messages = []
    widget.status_message.connect(widget.messages.append)
    yield widget
    wait_for_workers()


def wait_for_workers():
    """No worker may touch a database the test has closed."""
    tasks._writers.waitForDone(5000)
    QThreadPool.globalInstance().waitForDone(5000)


def drive(monkeypatch, dialog_class, steps):
    """Replace the dialog's modal loop by ``steps(dialog)`` and return what exec() would."""
    def fake_exec(dialog):
        steps(dialog)
        return dialog.result()
    monkeypatch.setattr(dialog_class, "exec", fake_exec)


def settle(qtbot, dialog):
    """Wait for a dialog's write on the worker: accepted, or refused (OK usable again)."""
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted or dialog.ui.button_box.isEnabled(),
                    timeout=5000)


def answer_yes(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)


def pick(qtbot, picker, text, name):
    picker.setFocus()
    qtbot.keyClicks(picker, text)
    qtbot.waitUntil(lambda: any(choice.name == name for choice in picker.choices()), timeout=2000)
    picker.choose(next(row for row, choice in enumerate(picker.choices()) if choice.name == name))


def shown_recipients(tab) -> list[str]:
    model = tab.recipients.model
    return [model.index(row, RECIPIENT).data() for row in range(model.rowCount())]


def with_recipients(tab, world, specs, **extra):
    made = decision(world, **extra)
    awards.add_recipients(world.actor, made.id, specs)
    tab.refresh(made.id)
    return made


# --- the decision editor ------------------------------------------------------------------------


def test_create_a_decision_by_keyboard_with_a_placeholder(qtbot, tab, world):
    qtbot.keyClick(tab.ui.list_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = tab.editor
    assert editor.adding and QApplication.focusWidget() is editor.ui.number_edit
    assert editor.ui.issuing_picker.unit_id() == world.home.id  # this office issues by default
    editor.ui.number_edit.setText("125/QĐ-LĐLĐ")  # QTest types Latin-1 only
    editor.ui.date_edit.setText("")
    qtbot.keyClicks(editor.ui.date_edit, "27/6/2022")
    editor.ui.campaign_combo.setCurrentIndex(editor.ui.campaign_combo.findData(world.campaign.id))
    editor.ui.signer_title_edit.setPlainText("TM. BAN THƯỜNG VỤ\nCHỦ TỊCH")
    editor.ui.signer_name_edit.setText("Lê Văn Minh")
    editor.ui.place_edit.setText("Thanh Hóa")
    editor.ui.reason_edit.setPlainText("Đã có thành tích xuất sắc trong chương trình “")
    editor.ui.reason_edit.moveCursor(QTextCursor.MoveOperation.End)
    editor.insert_placeholder("campaign")  # what a click on the "{campaign}" link does
    editor.ui.reason_edit.insertPlainText("”.")
    assert "{recipient}" in editor.ui.placeholders_label.text()
    qtbot.keyClick(editor.ui.number_edit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = AwardDecision.get(AwardDecision.number == "125/QĐ-LĐLĐ")
    assert (saved.decided_on, saved.signer_title, saved.campaign_id, saved.status) == (
        DAY, "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH", world.campaign.id, "draft")
    assert saved.reason == "Đã có thành tích xuất sắc trong chương trình “{campaign}”."
    assert tab.model.index(0, NUMBER).data() == "125/QĐ-LĐLĐ" and tab.model.index(0, STATUS).data() == "Draft"
    assert editor.decision_id == saved.id and not editor.adding and "125/QĐ-LĐLĐ" in tab.messages[-1]
    # A second decision takes the signer and the place of this office's latest one.
    tab.new_decision()
    assert editor.ui.signer_name_edit.text() == "Lê Văn Minh" and editor.ui.place_edit.text() == "Thanh Hóa"


def test_refused_input_shows_next_to_its_field_and_writes_nothing(qtbot, db, tab, world):
    decision(world)
    tab.refresh()
    before = dump()
    editor = tab.editor
    tab.new_decision()
    editor.ui.signer_title_edit.setPlainText("CHỦ TỊCH")
    editor.ui.signer_name_edit.setText("Lê Văn Minh")
    qtbot.mouseClick(editor.ui.save_button, Qt.MouseButton.LeftButton)
    assert editor.error_text("number") == "Hãy nhập số quyết định (ví dụ 125/QĐ-LĐLĐ)."
    assert editor.ui.number_error.isVisible() and dump() == before
    editor.ui.number_edit.setText("125/qd-ldld")  # the same number as the existing one, typed plainly
    editor.ui.date_edit.setText("30/06/2022")
    assert not editor.save()
    assert "đã được dùng" in editor.error_text("number") and not editor.error_text("decided_on")
    editor.ui.number_edit.setText("126/QĐ-LĐLĐ")
    editor.ui.date_edit.setText("31/02/2022")
    assert not editor.save() and "Ngày không tồn tại" in editor.error_text("decided_on")
    editor.ui.date_edit.setText("30/06/2022")
    editor.ui.reason_edit.setPlainText("Tặng {ten}")
    assert not editor.save() and "{ten}" in editor.error_text("reason")
    assert editor.adding and dump() == before
    editor.revert()
    assert not editor.adding and editor.decision_id is not None


# --- recipients ---------------------------------------------------------------------------------


def test_add_a_unit_and_people_with_the_dialog(qtbot, monkeypatch, tab, world):
    made = decision(world)
    tab.refresh(made.id)
    tab.ui.detail_tabs.setCurrentWidget(tab.ui.recipients_page)

    def add_unit(dialog):
        assert not dialog.ui.people_view.isVisible()
        pick(qtbot, dialog.ui.unit_picker, "Quan Hoa", "LĐLĐ huyện Quan Hóa")
        dialog.submit()
        settle(qtbot, dialog)

    drive(monkeypatch, AwardRecipientDialog, add_unit)
    qtbot.mouseClick(tab.recipients.ui.add_unit_button, Qt.MouseButton.LeftButton)
    assert shown_recipients(tab) == ["Tập thể LĐLĐ huyện Quan Hóa"]

    def add_people(dialog):
        pick(qtbot, dialog.ui.unit_picker, "pu nhi", "Công đoàn Trường THCS Pù Nhi")
        view = dialog.ui.people_view
        assert view.selectionModel().selectedRows()  # the first is selected: Enter adds them
        view.clearSelection()
        dialog.submit()
        assert "Select one or more people" in dialog.error_text()
        names = [dialog.people.person(row).full_name for row in range(dialog.people.rowCount())]
        for name in (LONG_NAME, "Lò Văn Pằn"):
            view.selectionModel().select(dialog.people.index(names.index(name), 0),
                                         view.selectionModel().SelectionFlag.Select
                                         | view.selectionModel().SelectionFlag.Rows)
        dialog.submit()
        settle(qtbot, dialog)

    drive(monkeypatch, AwardRecipientDialog, add_people)
    qtbot.mouseClick(tab.recipients.ui.add_person_button, Qt.MouseButton.LeftButton)
    assert shown_recipients(tab) == ["Tập thể LĐLĐ huyện Quan Hóa", "Ông Lò Văn Pằn", f"Bà {LONG_NAME}"]
    assert tab.model.index(tab.model.row_of(made.id), RECIPIENTS).data() == "3"
    assert tab.recipients.ui.count_label.text() == "1 collectives, 2 individuals"
    assert "Added 2" in tab.messages[-1]


def test_edit_remove_and_reorder_recipients(qtbot, monkeypatch, tab, world):
    made = with_recipients(tab, world, [person(world.people[0]), person(world.people[1]), unit(world.school)])
    tab.ui.detail_tabs.setCurrentWidget(tab.ui.recipients_page)
    panel = tab.recipients
    panel.select_recipient(AwardRecipient.get(AwardRecipient.seq == 2).id)
    panel.ui.position_edit.setText("Chủ tịch Công đoàn cơ sở")
    panel.ui.nudge_x_spin.setValue(1.5)
    qtbot.keyClick(panel.ui.position_edit, Qt.Key.Key_Return)
    moved = AwardRecipient.get(AwardRecipient.seq == 2)
    assert moved.position == "Chủ tịch Công đoàn cơ sở"
    assert calibration.nudges([moved.uuid]) == {moved.uuid: (1.5, 0.0)}
    assert panel.current().id == moved.id and panel.model.index(1, 5).data() == "+1,5; 0"
    panel.ui.table_view.setFocus()
    qtbot.keyClick(panel.ui.table_view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert shown_recipients(tab)[0] == "Ông Lò Văn Pằn" and panel.current().id == moved.id
    answer_yes(monkeypatch)
    qtbot.keyClick(panel.ui.table_view, Qt.Key.Key_Delete)
    assert shown_recipients(tab) == [f"Bà {LONG_NAME}", "Tập thể Công đoàn Trường THCS Pù Nhi"]
    assert AwardRecipient.get_by_id(moved.id).deleted and made.id == tab.editor.decision_id


def test_proposals_are_ticked_and_added(qtbot, monkeypatch, tab, world):
    add_figures(world)
    made = with_recipients(tab, world, [person(world.people[1])])

    def tick(dialog):
        qtbot.waitUntil(lambda: dialog.model.total() > 0, timeout=5000)
        names = [dialog.model.proposal(row).name for row in range(dialog.model.rowCount())]
        assert "Lò Văn Pằn" not in names  # already in this decision
        assert names[:2] == ["LĐLĐ huyện Mường Lát", "LĐLĐ huyện Quan Hóa"] and LONG_NAME in names
        dialog.submit()
        assert dialog.error_text() == "Tick at least one proposal, or Cancel."
        dialog.ui.kind_combo.setCurrentIndex(dialog.ui.kind_combo.findData("individual"))
        dialog.model.set_all_shown(True)
        dialog.ui.kind_combo.setCurrentIndex(0)
        view = dialog.ui.table_view
        view.setCurrentIndex(dialog.model.index(0, 0))
        qtbot.keyClick(view, Qt.Key.Key_Space)  # ticks Mường Lát
        assert dialog.ui.count_label.text() == "2 of 3 ticked"
        dialog.submit()
        settle(qtbot, dialog)

    drive(monkeypatch, AwardProposalsDialog, tick)
    qtbot.mouseClick(tab.recipients.ui.propose_button, Qt.MouseButton.LeftButton)
    assert shown_recipients(tab) == ["Ông Lò Văn Pằn", "Tập thể LĐLĐ huyện Mường Lát", f"Bà {LONG_NAME}"]
    added = AwardRecipient.get((AwardRecipient.decision == made.id) & (AwardRecipient.name == LONG_NAME))
    assert added.achievement == "sáng kiến “Bảng tính điểm tự động”, làm lợi 90.000.000 đồng"


def test_a_double_award_needs_a_written_reason(qtbot, monkeypatch, db, tab, world):
    earlier = decision(world, number="90/QĐ-LĐLĐ", day=dt.date(2022, 5, 2))
    awards.add_recipients(world.actor, earlier.id, [unit(world.qh)])
    awards.sign_decision(world.actor, earlier.id)
    made = decision(world)
    tab.refresh(made.id)

    def add_unit(dialog):
        pick(qtbot, dialog.ui.unit_picker, "TH.QH", "LĐLĐ huyện Quan Hóa")
        dialog.submit()
        settle(qtbot, dialog)

    def give_up(dialog):
        assert "90/QĐ-LĐLĐ" in dialog.ui.message_label.text() and "Luật Thi đua" in dialog.ui.message_label.text()
        dialog.reject()

    before = dump()
    drive(monkeypatch, AwardRecipientDialog, add_unit)
    drive(monkeypatch, AwardRepeatDialog, give_up)
    tab.recipients.add("collective")
    assert shown_recipients(tab) == [] and dump() == before

    def explain(dialog):
        dialog.submit()
        assert dialog.error_text().startswith("Write why the award is given again")
        dialog.ui.reason_edit.setPlainText("Thành tích mới, khác với đợt trước.")
        dialog.submit()

    drive(monkeypatch, AwardRepeatDialog, explain)
    tab.recipients.add("collective")
    row = AwardRecipient.get((AwardRecipient.decision == made.id) & ~AwardRecipient.deleted)
    assert row.repeat_reason == "Thành tích mới, khác với đợt trước."
    assert shown_recipients(tab) == ["Tập thể LĐLĐ huyện Quan Hóa"]
    assert tab.recipients.ui.repeat_label.text().endswith("Thành tích mới, khác với đợt trước.")


# --- signing and revoking -----------------------------------------------------------------------


def test_sign_makes_the_editor_read_only_and_shows_register_numbers(qtbot, monkeypatch, tab, world):
    made = with_recipients(tab, world, [unit(world.school), person(world.people[0])])
    assert tab.ui.sign_button.isEnabled() and not tab.ui.revoke_button.isEnabled()
    answer_yes(monkeypatch)
    qtbot.mouseClick(tab.ui.sign_button, Qt.MouseButton.LeftButton)  # signed on the writer worker
    qtbot.waitUntil(tab.ui.revoke_button.isEnabled, timeout=5000)
    assert AwardDecision.get_by_id(made.id).status == "signed"
    model = tab.recipients.model
    assert [model.index(row, REGISTER).data() for row in range(model.rowCount())] == ["1", "2"]
    editor = tab.editor
    assert editor.ui.number_edit.isReadOnly() and editor.ui.reason_edit.isReadOnly()
    assert not editor.ui.save_button.isEnabled() and not editor.ui.read_only_label.isHidden()
    assert "can no longer be changed" in editor.ui.read_only_label.text()
    assert not tab.recipients.ui.add_person_button.isEnabled() and tab.recipients.ui.name_edit.isReadOnly()
    assert tab.ui.revoke_button.isEnabled() and not tab.ui.sign_button.isEnabled()
    assert tab.model.index(tab.model.row_of(made.id), STATUS).data() == "Signed"
    assert tab.ui.detail_tabs.currentWidget() is tab.ui.recipients_page


def test_revoke_one_award_then_the_whole_decision(qtbot, monkeypatch, tab, world):
    made = decision(world)
    awards.add_recipients(world.actor, made.id, [unit(world.school), person(world.people[0])])
    awards.sign_decision(world.actor, made.id)
    tab.refresh(made.id)
    tab.ui.detail_tabs.setCurrentWidget(tab.ui.recipients_page)

    def revoke_one(dialog):
        dialog.ui.number_edit.setText("131/QĐ-LĐLĐ")
        dialog.ui.date_edit.setText("01/08/2022")
        dialog.ui.reason_edit.setPlainText("Thành tích không đúng.")
        dialog.submit()

    drive(monkeypatch, AwardRevokeDialog, revoke_one)
    panel = tab.recipients
    assert panel.ui.revoke_award_button.isVisible() and not panel.ui.propose_button.isVisible()
    one = panel.current()
    qtbot.mouseClick(panel.ui.revoke_award_button, Qt.MouseButton.LeftButton)
    assert AwardRecipient.get_by_id(one.id).revoked_on == dt.date(2022, 8, 1)
    assert panel.model.index(0, RECIPIENT).data(Qt.ItemDataRole.FontRole).strikeOut()

    def revoke(dialog):
        dialog.submit()
        assert dialog.error_text() == "Hãy ghi lý do thu hồi."
        dialog.ui.number_edit.setText("140/QĐ-LĐLĐ")
        dialog.ui.reason_edit.setPlainText("Quyết định ban hành nhầm đối tượng.")
        dialog.submit()

    drive(monkeypatch, AwardRevokeDialog, revoke)
    qtbot.mouseClick(tab.ui.revoke_button, Qt.MouseButton.LeftButton)
    revoked = AwardDecision.get_by_id(made.id)
    assert (revoked.status, revoked.revoking_number) == ("revoked", "140/QĐ-LĐLĐ")
    assert "140/QĐ-LĐLĐ" in tab.editor.ui.read_only_label.text()
    assert not tab.print_panel.ui.export_button.isEnabled() and not tab.ui.revoke_button.isEnabled()


def test_delete_a_draft(qtbot, monkeypatch, tab, world):
    made = with_recipients(tab, world, [unit(world.school)])
    answer_yes(monkeypatch)
    tab.ui.list_view.setFocus()
    qtbot.keyClick(tab.ui.list_view, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 0, timeout=5000)
    assert AwardDecision.get_by_id(made.id).deleted and tab.model.rowCount() == 0
    assert tab.editor.decision_id is None and shown_recipients(tab) == []


# --- preview, calibration, PDF and printing -----------------------------------------------------


def test_preview_shows_the_selected_recipients_page(qtbot, tab, world):
    with_recipients(tab, world, [person(world.people[0]), unit(world.school)])
    tab.ui.detail_tabs.setCurrentWidget(tab.ui.recipients_page)
    panel = tab.print_panel
    qtbot.waitUntil(lambda: not panel.ui.preview.pixmap().isNull(), timeout=5000)
    pixmap = panel.ui.preview.pixmap()
    template = load_template(panel.template())
    assert pixmap.width() / pixmap.height() == pytest.approx(template.width_mm / template.height_mm, rel=0.01)
    assert panel.ui.preview_note.text() == f"Certificate 1 of 2: Bà {LONG_NAME}"
    assert panel.last_render_seconds < 3
    first = pixmap.toImage()
    with qtbot.waitSignal(panel.preview_shown, timeout=5000):
        tab.recipients.select_recipient(AwardRecipient.get(AwardRecipient.seq == 2).id)
    assert panel.ui.preview_note.text().startswith("Certificate 2 of 2: Tập thể")
    assert panel.ui.preview.pixmap().toImage() != first


def test_calibration_off_the_paper_is_refused_and_nothing_saved(qtbot, db, world):
    dialog = CalibrationDialog("bang_khen_a4_landscape", "HP LaserJet")
    qtbot.addWidget(dialog)
    before = dump()
    dialog.ui.dx_spin.setValue(30)
    dialog.submit()
    assert "ra ngoài khổ giấy" in dialog.error_text() and dialog.result() != dialog.DialogCode.Accepted
    assert dump() == before
    dialog.ui.dx_spin.setValue(1.5)
    dialog.ui.sy_spin.setValue(1.01)
    dialog.submit()
    assert dialog.result() == dialog.DialogCode.Accepted
    stored = calibration.get_calibration("bang_khen_a4_landscape", "HP LaserJet")
    assert (stored.dx_mm, stored.dy_mm, stored.scale_y) == (1.5, 0.0, 1.01)
    assert calibration.get_calibration("bang_khen_a4_landscape", "").dx_mm == 0  # another printer


def test_the_calibration_page_is_written(qtbot, monkeypatch, tmp_path, world):
    out = tmp_path / "can-chinh.pdf"
    monkeypatch.setattr("uniondesk.ui.dialogs.calibration_dialog.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(out), ""))
    dialog = CalibrationDialog("giay_khen_a3_landscape", "")
    qtbot.addWidget(dialog)
    dialog.ui.dy_spin.setValue(-2)
    qtbot.mouseClick(dialog.ui.page_button, Qt.MouseButton.LeftButton)
    assert dialog.written == out and "TRANG CĂN CHỈNH" in PdfReader(out).pages[0].extract_text()
    assert calibration.get_calibration("giay_khen_a3_landscape", "").dy_mm == -2  # saved before writing


def test_export_the_batch_to_pdf(qtbot, tmp_path, tab, world):
    with_recipients(tab, world, [person(world.people[0]), unit(world.school), person(world.people[3])])
    out = tmp_path / "bang-khen.pdf"
    with qtbot.waitSignal(tab.print_panel.printed, timeout=10000):
        tab.print_panel.write_pdf(out)
    reader = PdfReader(out)
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert len(reader.pages) == 3 and LONG_NAME in text and "Vi Văn Sình" in text
    assert "Wrote 3 certificates" in tab.messages[-1]
    listing = tmp_path / "danh-sach.xlsx"
    with qtbot.waitSignal(tab.print_panel.printed, timeout=10000):
        tab.print_panel.write_list(listing)
    assert listing.stat().st_size > 0


def test_cancelling_the_batch_writes_no_file(qtbot, monkeypatch, tmp_path, tab, world):
    with_recipients(tab, world, [person(world.people[0]), unit(world.school)])
    load = batch.load

    def slow_load(*args, **kwargs):
        time.sleep(0.3)  # long enough for the Cancel below to come first
        return load(*args, **kwargs)

    monkeypatch.setattr(batch, "load", slow_load)
    out = tmp_path / "bang-khen.pdf"
    task = tab.print_panel.write_pdf(out)
    task.cancel()  # what the progress dialog's Cancel button does
    qtbot.waitUntil(lambda: bool(tab.messages) and "hủy" in tab.messages[-1], timeout=5000)
    assert not out.exists() and not list(tmp_path.glob("*.pdf*"))


def test_print_to_a_pdf_printer_paints_every_page(qtbot, tmp_path, tab, world):
    with_recipients(tab, world, [person(world.people[0]), unit(world.school), person(world.people[3])])
    panel = tab.print_panel
    panel.set_choices(blank=True)
    out = tmp_path / "printed.pdf"
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(out))
    printer.setResolution(96)
    prepare_printer(printer, load_template(panel.template()), "125/QĐ-LĐLĐ")
    with qtbot.waitSignal(panel.printed, timeout=20000) as printed:
        panel.start_printing(printer)
    assert printed.args == [3]
    reader = PdfReader(out)
    assert len(reader.pages) == 3
    box = reader.pages[0].mediabox
    assert float(box.width) / float(box.height) == pytest.approx(297 / 210, rel=0.01)  # A4 landscape
    assert "Sent 3 certificates" in tab.messages[-1]
