"""The "Sáng kiến" tab driven with qtbot: list, search, filters, editing, status changes, deletion,
Excel out and in, and the duplicate finder — what the officer sees after each action."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from initiative_fixtures import add, build_province
from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from uniondesk.store.db import database
from uniondesk.store.queries import initiatives as queries
from uniondesk.store.queries.initiatives import InitiativeFilter
from uniondesk.ui.models.initiative_lookup import wait_idle
from uniondesk.ui.dialogs.excel_import_dialog import ExcelImportDialog
from uniondesk.ui.dialogs.initiative_status_dialog import InitiativeStatusDialog
from uniondesk.ui.models.initiative_list import STATUS, TITLE
from uniondesk.ui.tabs.initiatives_tab import ENTRY_PAGE, LIST_PAGE, InitiativesTab


@pytest.fixture(autouse=True)
def _lookups_finish(db):
    """Lookups read on a worker: let them end before the test's database is closed."""
    yield
    wait_idle()


@pytest.fixture
def province(office):
    p = build_province(*office)
    p.meter = add(p, "Cải tiến quy trình kiểm tra công tơ điện", unit=p.power, author="Trần Đức Điện",
                  benefit_vnd=250_000_000, registered_on=dt.date(2022, 3, 1))
    p.garden = add(p, "Vườn rau sạch trong trường học", registered_on=dt.date(2022, 4, 1))
    p.book = add(p, "Sổ tay điện tử cho giáo viên", author="Lê Thị Hoa", registered_on=dt.date(2022, 5, 1),
                 status="recognised", recognised_on=dt.date(2022, 6, 1))
    return p


@pytest.fixture
def tab(qtbot, province):
    widget = InitiativesTab(province.actor, home_unit_id=province.home.id)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    widget.messages = []
    widget.status_message.connect(widget.messages.append)
    return widget


def settle(qtbot, tab) -> None:
    """Filters and searches are read on a worker: wait for the list to show the result."""
    qtbot.waitUntil(lambda: not tab.model.loading, timeout=5000)


def titles(tab) -> list[str]:
    return [tab.model.index(row, TITLE).data() for row in range(tab.model.rowCount())]


def select(tab, initiative_id):
    row = next(r for r in range(tab.model.rowCount()) if tab.model.row(r).id == initiative_id)
    tab.list_ui.table_view.setCurrentIndex(tab.model.index(row, TITLE))
    return row


def dump() -> str:
    return "\n".join(database.connection().iterdump())


def tr(context, text) -> str:
    return QCoreApplication.translate(context, text)


def drive(monkeypatch, dialog_class, steps):
    """Replace the dialog's modal loop by ``steps(dialog)``; exec() returns what the dialog ended with."""
    def fake_exec(dialog):
        steps(dialog)
        return dialog.result()
    monkeypatch.setattr(dialog_class, "exec", fake_exec)


def test_the_list_opens_with_the_latest_registered_first_and_counts_them(tab):
    assert titles(tab) == ["Sổ tay điện tử cho giáo viên", "Vườn rau sạch trong trường học",
                           "Cải tiến quy trình kiểm tra công tơ điện"]
    assert tab.list_ui.count_label.text() == "3 initiatives."
    assert tab.pages.currentIndex() == LIST_PAGE


def test_typing_in_the_search_box_without_accents_narrows_the_list(qtbot, tab):
    qtbot.keyClicks(tab.list_ui.search_edit, "dien")
    qtbot.waitUntil(lambda: tab.model.total == 2, timeout=2000)
    assert titles(tab) == ["Sổ tay điện tử cho giáo viên", "Cải tiến quy trình kiểm tra công tơ điện"]
    assert tab.list_ui.count_label.text() == "2 initiatives match."
    qtbot.keyClicks(tab.list_ui.search_edit, " cong t")  # the last word is a prefix while typing
    qtbot.waitUntil(lambda: tab.model.total == 1, timeout=2000)
    assert titles(tab) == ["Cải tiến quy trình kiểm tra công tơ điện"]


def test_filters_by_status_unit_subtree_and_a_bad_date_is_explained(qtbot, tab, province):
    combo = tab.list_ui.status_filter_combo
    combo.setCurrentIndex(combo.findData("recognised"))
    settle(qtbot, tab)
    assert titles(tab) == ["Sổ tay điện tử cho giáo viên"]
    assert tab.list_ui.count_label.text() == "1 initiatives match."
    combo.setCurrentIndex(0)
    tab.list_ui.unit_filter_picker.set_unit(province.qh.id)  # Quan Hóa with its school
    settle(qtbot, tab)
    assert sorted(titles(tab)) == ["Sổ tay điện tử cho giáo viên", "Vườn rau sạch trong trường học"]
    tab.list_ui.date_from_edit.setText("31/02/2022")
    tab.apply_filters()
    assert not tab.list_ui.filter_error.isHidden() and "31/02/2022" in tab.list_ui.filter_error.text()
    tab.list_ui.date_from_edit.setText("15/04/2022")
    tab.apply_filters()
    settle(qtbot, tab)
    assert tab.list_ui.filter_error.isHidden() and titles(tab) == ["Sổ tay điện tử cho giáo viên"]
    tab.clear_filters()
    settle(qtbot, tab)
    assert len(titles(tab)) == 3


def test_a_header_click_sorts_on_a_worker_and_the_latest_typing_wins(qtbot, tab):
    header = tab.list_ui.table_view.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(TITLE) + 10, header.height() // 2))
    assert tab.model.sort_key == "title" and not tab.model.descending
    settle(qtbot, tab)
    assert titles(tab) == sorted(titles(tab))  # "Cải…", "Sổ…", "Vườn…"
    for text in ("v", "vu", "vuon", "so tay"):  # typed faster than the queries: only the last is shown
        tab.list_ui.search_edit.setText(text)
        tab.apply_filters()
    settle(qtbot, tab)
    assert titles(tab) == ["Sổ tay điện tử cho giáo viên"] and tab.model.filter.text == "so tay"


def test_enter_on_a_row_opens_it_in_the_form_and_saving_returns_to_the_updated_list(qtbot, tab, province):
    select(tab, province.garden.id)
    tab.list_ui.table_view.setFocus()
    qtbot.keyClick(tab.list_ui.table_view, Qt.Key.Key_Return)
    assert tab.pages.currentIndex() == ENTRY_PAGE
    entry = tab.entry
    assert entry.ui.title_edit.text() == "Vườn rau sạch trong trường học"
    entry.ui.title_edit.setText("Vườn rau sạch và vườn thuốc nam trong trường học")
    qtbot.keyClick(entry.ui.title_edit, Qt.Key.Key_Return)
    assert tab.pages.currentIndex() == LIST_PAGE
    settle(qtbot, tab)
    assert "Vườn rau sạch và vườn thuốc nam trong trường học" in titles(tab)
    assert tab.messages[-1] == tr("InitiativeEntry", "Saved the changes to “{title}”.").format(
        title="Vườn rau sạch và vườn thuốc nam trong trường học")


def test_ctrl_n_starts_a_new_initiative_for_the_campaign_filtered_on(qtbot, tab, province):
    combo = tab.list_ui.campaign_filter_combo
    combo.setCurrentIndex(combo.findData(province.other.id))
    settle(qtbot, tab)
    assert tab.list_ui.table_view.isColumnHidden(2)  # one campaign: its column says nothing
    tab.list_ui.table_view.setFocus()
    qtbot.keyClick(tab.list_ui.table_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert tab.pages.currentIndex() == ENTRY_PAGE
    assert tab.entry.campaign_id() == province.other.id
    assert QApplication.focusWidget() is tab.entry.ui.unit_picker  # no unit chosen yet


def test_recognising_from_the_context_menu_action_with_a_date_and_decision(qtbot, tab, province, monkeypatch):
    select(tab, province.garden.id)
    assert tab.status_actions["recognised"].isEnabled() and not tab.status_actions["applied"].isEnabled()

    def steps(dialog):
        dialog.ui.on_edit.setText("20/06/2022")
        dialog.ui.recognised_by_combo.setCurrentIndex(dialog.ui.recognised_by_combo.findData("council"))
        dialog.ui.decision_no_edit.setText("15/QĐ-HĐSK")
        dialog.submit()

    drive(monkeypatch, InitiativeStatusDialog, steps)
    tab.status_actions["recognised"].trigger()
    settle(qtbot, tab)
    assert tab.selected_id() == province.garden.id  # still selected after the list is read again
    found = queries.detail(province.garden.id)
    assert (found.status, found.recognised_on, found.recognised_by, found.decision_no) == (
        "recognised", dt.date(2022, 6, 20), "council", "15/QĐ-HĐSK")
    row = select(tab, province.garden.id)
    assert tab.model.index(row, STATUS).data() == "Recognised"
    assert tab.status_actions["applied"].isEnabled()


def test_withdrawing_recognition_needs_a_reason_and_changes_nothing_without_one(tab, province, monkeypatch):
    select(tab, province.book.id)
    seen = {}

    def steps(dialog):
        dialog.submit()  # no reason typed
        seen["error"] = dialog.ui.reason_error.text()
        seen["open"] = dialog.result() != dialog.DialogCode.Accepted
        seen["dump"] = dump()
        dialog.ui.reason_edit.setPlainText("Trùng với sáng kiến đã được công nhận năm 2021.")
        dialog.submit()

    before = dump()
    drive(monkeypatch, InitiativeStatusDialog, steps)
    tab.status_actions["withdrawn"].trigger()
    assert seen["open"] and "lý do" in seen["error"] and seen["dump"] == before
    assert queries.detail(province.book.id).withdrawal_reason == "Trùng với sáng kiến đã được công nhận năm 2021."


def test_delete_asks_first(qtbot, tab, province, monkeypatch):
    select(tab, province.garden.id)
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: next(answers))
    tab.list_ui.table_view.setFocus()
    qtbot.keyClick(tab.list_ui.table_view, Qt.Key.Key_Delete)
    assert queries.detail(province.garden.id) is not None
    tab.delete_selected()
    assert queries.detail(province.garden.id) is None
    settle(qtbot, tab)
    assert "Vườn rau sạch trong trường học" not in titles(tab)


def test_export_writes_the_campaign_of_the_unit_filtered_on(qtbot, tab, province, tmp_path):
    tab.list_ui.unit_filter_picker.set_unit(province.qh.id)
    target = tmp_path / "xuat.xlsx"
    tab.excel.export_to(target, province.campaign.id)
    qtbot.waitUntil(lambda: bool(tab.messages) and "xuat.xlsx" in tab.messages[-1], timeout=10000)
    sheet = openpyxl.load_workbook(target, read_only=True).worksheets[0]
    cells = [value for row in sheet.iter_rows(values_only=True) for value in row if isinstance(value, str)]
    assert "Vườn rau sạch trong trường học" in cells and "Cải tiến quy trình kiểm tra công tơ điện" not in cells


def _workbook(path, rows):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["STT", "Đơn vị", "Tên sáng kiến", "Tác giả", "Giá trị làm lợi (đồng)"])
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_import_checks_first_lists_errors_saves_a_report_and_imports_only_the_valid_rows(qtbot, tab, province,
                                                                                          tmp_path):
    source = _workbook(tmp_path / "cdcs.xlsx", [
        [1, "QH01", "Bảng tin điện tử cho phòng giáo viên", "Nguyễn Văn An", "12.000.000"],
        [2, "QH01", "Máy chiếu tự chế", "Lê Thị Hoa", "1,5 abc"],
        [3, "Công đoàn không có thật", "Thùng rác phân loại", "Nguyễn Văn Bình", ""]])
    dialog = ExcelImportDialog(province.actor, province.campaign.id, province.campaign.name, tab)
    qtbot.addWidget(dialog)
    before = dump()
    dialog.read(source)
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=10000)
    assert dump() == before  # checking writes nothing
    assert "3" in dialog.ui.summary_label.text() and dialog.errors.rowCount() == 2
    problems = [dialog.errors.index(row, 3).data() for row in range(2)]
    assert any("1,5 abc" in problem for problem in problems)
    assert any("Công đoàn không có thật" in problem for problem in problems)
    assert dialog.ui.import_valid_button.isEnabled()
    dialog.write_report_to(tmp_path / "baocao.xlsx")
    qtbot.waitUntil(lambda: dialog.report_path is not None, timeout=10000)
    assert (tmp_path / "baocao.xlsx").exists() and dump() == before
    dialog.import_valid()
    qtbot.waitUntil(lambda: dialog.import_result is not None, timeout=10000)
    assert dialog.import_result.imported == 1 and dialog.import_result.invalid == 2
    assert dialog.result() == dialog.DialogCode.Accepted
    assert "1" in dialog.summary()
    assert queries.count(InitiativeFilter(text="bang tin dien tu")) == 1


def test_an_import_refused_whole_changes_nothing_and_says_why(qtbot, tab, province, tmp_path):
    source = tmp_path / "not-a-workbook.xlsx"
    source.write_text("Đây không phải là tệp Excel", encoding="utf-8")
    dialog = ExcelImportDialog(province.actor, province.campaign.id, province.campaign.name, tab)
    qtbot.addWidget(dialog)
    before = dump()
    dialog.read(source)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=10000)
    assert dialog.plan is None and not dialog.ui.general_error.isHidden()
    assert "not-a-workbook.xlsx" in dialog.ui.general_error.text()
    assert not dialog.ui.import_valid_button.isEnabled() and dump() == before


def test_find_duplicates_groups_the_same_initiative_entered_twice_and_opens_one(qtbot, tab, province):
    twin = add(province, "Cải tiến quy trình kiểm tra công tơ điện.", unit=province.power, author="Trần Đức Điện")
    combo = tab.list_ui.campaign_filter_combo
    combo.setCurrentIndex(combo.findData(province.campaign.id))
    settle(qtbot, tab)
    tab.excel.find_duplicates()
    dialog = tab.excel.duplicates_dialog
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.searched, timeout=10000):
        pass
    model = dialog.groups
    assert model.group_count == 1 and {model.line(row)[1].id for row in range(2)} == {province.meter.id, twin.id}
    dialog.ui.groups_view.setCurrentIndex(model.index(1, 1))
    dialog.ui.open_button.click()
    assert tab.pages.currentIndex() == ENTRY_PAGE
    assert tab.entry.editing is not None and tab.entry.editing.id in (province.meter.id, twin.id)


def test_the_template_is_written_for_the_campaign(qtbot, tab, province, tmp_path):
    target = tmp_path / "mau.xlsx"
    tab.excel.template_to(target, province.campaign.id)
    qtbot.waitUntil(lambda: bool(tab.messages) and "mau.xlsx" in tab.messages[-1], timeout=10000)
    assert openpyxl.load_workbook(target).sheetnames
