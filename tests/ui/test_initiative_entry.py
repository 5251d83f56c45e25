"""The initiative entry form, driven by keyboard alone as an officer types a pile of paper forms.

QTest.keyClicks aborts on characters outside Latin-1, so Vietnamese goes in as an input method would
deliver it (``insert``); everything else (moving, choosing, saving) is keys.
"""

from __future__ import annotations

import datetime as dt

import pytest
from initiative_fixtures import add, build_province
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from uniondesk.store.db import database
from uniondesk.store.queries import initiatives as queries
from uniondesk.store.queries.initiatives import InitiativeFilter
from uniondesk.ui.models.initiative_lookup import wait_idle
from uniondesk.ui.models.initiative_authors import AuthorRow
from uniondesk.ui.widgets.amount_edit import AmountEdit
from uniondesk.ui.widgets.initiative_entry import InitiativeEntry


@pytest.fixture(autouse=True)
def _lookups_finish(db):
    """Lookups read on a worker: let them end before the test's database is closed."""
    yield
    wait_idle()


@pytest.fixture
def province(office):
    return build_province(*office)


@pytest.fixture
def entry(qtbot, province):
    widget = InitiativeEntry()
    qtbot.addWidget(widget)
    widget.set_actor(province.actor, province.home.id)
    widget.resize(1100, 680)
    widget.show()
    widget.activateWindow()
    widget.saved_messages = []
    widget.saved.connect(lambda _id, message: widget.saved_messages.append(message))
    return widget


def focused():
    return QApplication.focusWidget()


def tab(qtbot):
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)


def type_vietnamese(text):
    focused().insert(text)


def dump() -> str:
    return "\n".join(database.connection().iterdump())


def pick_unit(qtbot, entry, typed, code):
    picker = entry.ui.unit_picker
    assert focused() is picker
    qtbot.keyClicks(picker, typed)
    popup = picker._completer.popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    for _ in range(next(i for i, c in enumerate(picker.choices()) if c.code == code) + 1):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert picker.unit_id() is not None


def type_author(qtbot, entry, typed, name, share=""):
    """On the authors table: type part of a name, pick the member with Down + Enter, Tab, the share, Tab."""
    qtbot.keyClick(focused(), typed[0])  # the first key opens the editor on the cell
    editor = focused()
    qtbot.keyClicks(editor, typed[1:])
    popup = editor.popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    row = [member.full_name for member in editor.suggestions()].index(name)
    for _ in range(row + 1):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert editor.text() == name and editor.person_id() is not None
    tab(qtbot)  # to the share
    if share:
        qtbot.keyClicks(focused(), share)
    tab(qtbot)  # to the next author's name


def test_a_paper_form_typed_by_keyboard_alone_keeps_campaign_and_unit_for_the_next(qtbot, entry, province):
    entry.ui.campaign_combo.setFocus()
    qtbot.keyClick(focused(), "1")  # a combo box jumps to the campaign starting with what is typed
    assert entry.campaign_id() == province.campaign.id
    tab(qtbot)
    qtbot.keyClick(focused(), Qt.Key.Key_Down)
    assert entry.ui.phase_combo.currentText().startswith("Đợt 1")
    tab(qtbot)
    pick_unit(qtbot, entry, "hoi xuan", "QH01")
    tab(qtbot)
    assert focused() is entry.ui.title_edit
    type_vietnamese("Cải tiến bảng điện tử theo dõi giờ giảng")
    tab(qtbot)
    qtbot.keyClick(focused(), Qt.Key.Key_Home)  # the field: the first, technical solution
    tab(qtbot)
    assert focused() is entry.ui.summary_edit
    focused().insertPlainText("Thay bảng giấy bằng bảng điện tử.")
    tab(qtbot)
    assert focused() is entry.ui.authors_view
    type_author(qtbot, entry, "nguyen van b", "Nguyễn Văn Bình", "60")
    type_author(qtbot, entry, "hoa", "Lê Thị Hoa")
    tab(qtbot)  # Tab on the empty author row leaves the table
    assert focused() is entry.ui.collective_check
    tab(qtbot)
    qtbot.keyClicks(focused(), "1,5 ty")
    tab(qtbot)
    assert entry.ui.benefit_edit.text() == "1.500.000.000"  # rewritten on leaving the field
    tab(qtbot)  # social benefit left empty
    qtbot.keyClicks(focused(), "15/3/22")
    tab(qtbot)
    assert entry.ui.registered_edit.text() == "15/03/2022"
    qtbot.keyClicks(focused(), "01/02/2022")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)

    assert entry.error_text(None) == "" and entry.saved_messages
    found = queries.page(InitiativeFilter(campaign_id=province.campaign.id), reveal_confidential=True)
    assert len(found) == 1
    saved = queries.detail(found[0].id)
    assert saved.title == "Cải tiến bảng điện tử theo dõi giờ giảng"
    assert saved.field == "technical" and saved.unit_id == province.school.id
    assert saved.phase_id is not None and saved.benefit_vnd == 1_500_000_000
    assert saved.registered_on == dt.date(2022, 3, 15) and saved.applied_on == dt.date(2022, 2, 1)
    assert [(a.name, a.share_bp) for a in saved.authors] == [("Nguyễn Văn Bình", 6000), ("Lê Thị Hoa", 4000)]
    # The next form: empty, the campaign, phase and unit kept, the cursor on the title.
    assert focused() is entry.ui.title_edit and entry.ui.title_edit.text() == ""
    assert entry.campaign_id() == province.campaign.id
    assert entry.ui.phase_combo.currentText().startswith("Đợt 1")
    assert entry.ui.unit_picker.unit_id() == province.school.id
    assert entry.ui.authors_view.authors.authors() == [] and entry.ui.benefit_edit.text() == ""

    type_vietnamese("Sổ tay điện tử cho giáo viên chủ nhiệm")
    tab(qtbot), tab(qtbot), tab(qtbot)  # field, summary: to the authors
    type_author(qtbot, entry, "an", "Nguyễn Văn An")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)  # Enter in the authors table saves too
    qtbot.waitUntil(lambda: queries.count(InitiativeFilter(campaign_id=province.campaign.id)) == 2, timeout=2000)
    # The form's focus (offscreen, the closed name cell's suggestion popup may leave no active window).
    assert entry.focusWidget() is entry.ui.title_edit


def test_ctrl_enter_saves_from_the_summary_where_enter_starts_a_new_line(qtbot, entry, province):
    entry.choose_campaign(province.campaign.id)
    entry.ui.unit_picker.set_unit(province.school.id)
    entry.ui.authors_view.authors.set_authors([])
    entry.ui.title_edit.setText("Phần mềm xếp thời khóa biểu")
    entry.ui.collective_check.setChecked(True)
    entry.ui.summary_edit.setFocus()
    qtbot.keyClicks(entry.ui.summary_edit, "Dong 1")
    qtbot.keyClick(entry.ui.summary_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(entry.ui.summary_edit, "Dong 2")
    assert entry.ui.summary_edit.toPlainText() == "Dong 1\nDong 2" and not entry.saved_messages
    qtbot.keyClick(entry.ui.summary_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert entry.saved_messages
    row = queries.page(InitiativeFilter(campaign_id=province.campaign.id), reveal_confidential=True)[0]
    saved = queries.detail(row.id)
    assert saved.summary == "Dong 1\nDong 2"
    assert [(a.author_unit_id, a.share_bp) for a in saved.authors] == [(province.school.id, 10_000)]


def _fill_minimal(entry, province, title="Máy bóc vỏ lạc cải tiến"):
    entry.choose_campaign(province.campaign.id)
    entry.ui.unit_picker.set_unit(province.school.id)
    entry.ui.title_edit.setText(title)


def test_shares_that_do_not_add_up_to_100_are_shown_next_to_the_authors_and_nothing_is_saved(qtbot, entry, province):
    _fill_minimal(entry, province)
    entry.ui.authors_view.authors.set_authors([])
    model = entry.ui.authors_view.authors
    model.set_authors([AuthorRow("Nguyễn Văn An", province.people["Nguyễn Văn An"], "70"),
                       AuthorRow("Nguyễn Văn Bình", province.people["Nguyễn Văn Bình"], "50")])
    before = dump()
    entry.ui.title_edit.setFocus()
    qtbot.keyClick(entry.ui.title_edit, Qt.Key.Key_Return)
    assert "120%" in entry.error_text("authors") and "100%" in entry.error_text("authors")
    assert entry.error_text("title") == ""
    assert dump() == before
    assert entry.ui.title_edit.text() == "Máy bóc vỏ lạc cải tiến"  # the form is kept for correcting


def test_an_unreadable_share_is_refused_by_the_form_itself(qtbot, entry, province):
    _fill_minimal(entry, province)
    entry.ui.authors_view.authors.set_authors([AuthorRow("Nguyễn Văn An", province.people["Nguyễn Văn An"], "50x")])
    before = dump()
    assert not entry.save()
    assert "50x" in entry.error_text("authors")
    assert dump() == before


def test_a_bad_amount_is_shown_next_to_the_benefit_on_leaving_it_and_on_saving(qtbot, entry, province):
    _fill_minimal(entry, province)
    entry.ui.authors_view.authors.set_authors([AuthorRow("Nguyễn Văn An", province.people["Nguyễn Văn An"])])
    entry.ui.benefit_edit.setFocus()
    qtbot.keyClicks(entry.ui.benefit_edit, "1,5 abc")
    qtbot.keyClick(entry.ui.benefit_edit, Qt.Key.Key_Tab)
    assert "1,5 abc" in entry.error_text("benefit_vnd")
    assert entry.ui.benefit_edit.text() == "1,5 abc"  # left as typed, to be corrected
    before = dump()
    entry.ui.benefit_edit.setFocus()
    qtbot.keyClick(entry.ui.benefit_edit, Qt.Key.Key_Return)
    assert "1,5 abc" in entry.error_text("benefit_vnd")
    assert dump() == before
    entry.ui.benefit_edit.setText("-5")
    assert not entry.save()
    assert "âm" in entry.error_text("benefit_vnd")
    assert dump() == before


@pytest.mark.parametrize(("typed", "shown"), [("1234567", "1.234.567"), ("1.234.567", "1.234.567"),
                                              ("1,5 tỷ", "1.500.000.000"), ("250 triệu", "250.000.000")])
def test_the_amount_field_reads_the_ways_officers_write_money(qtbot, typed, shown):
    edit = AmountEdit()
    qtbot.addWidget(edit)
    edit.setText(typed)
    assert edit.normalise()
    assert edit.text() == shown


def test_a_likely_duplicate_asks_first_and_is_saved_only_when_confirmed(qtbot, entry, province, monkeypatch):
    add(province, "Cải tiến quy trình kiểm tra công tơ điện", author="Nguyễn Văn An")
    asked = []
    answers = iter(["Go back and check", "Save all the same"])

    def answer(box):
        asked.append((box.text(), box.informativeText()))
        wanted = next(answers)
        box.clickedButton = lambda: next(b for b in box.buttons() if b.text() == wanted)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    _fill_minimal(entry, province, "Cải tiến quy trình kiểm tra công tơ điện")
    entry.ui.authors_view.authors.set_authors([AuthorRow("Nguyễn Văn An", province.people["Nguyễn Văn An"])])
    count = queries.count(InitiativeFilter(campaign_id=province.campaign.id))
    assert not entry.save()
    assert "Cải tiến quy trình kiểm tra công tơ điện" in asked[0][0]
    assert "Công đoàn Trường THCS Hồi Xuân" in asked[0][1]
    assert queries.count(InitiativeFilter(campaign_id=province.campaign.id)) == count
    assert entry.ui.title_edit.text() == "Cải tiến quy trình kiểm tra công tơ điện"  # kept to check
    assert entry.save()
    assert len(asked) == 2
    assert queries.count(InitiativeFilter(campaign_id=province.campaign.id)) == count + 1


def test_similar_initiatives_appear_beside_the_form_while_the_title_is_typed(qtbot, entry, province):
    add(province, "Cải tiến quy trình kiểm tra công tơ điện", unit=province.power, author="Trần Đức Điện")
    add(province, "Sáng kiến trồng rau sạch trong trường học")
    entry.choose_campaign(province.campaign.id)
    entry.ui.title_edit.setFocus()
    qtbot.keyClicks(entry.ui.title_edit, "kiem tra cong to dien")
    qtbot.waitUntil(lambda: entry.similar.rowCount() > 0, timeout=2000)
    texts = [entry.similar.index(row).data() for row in range(entry.similar.rowCount())]
    assert texts[0].startswith("Cải tiến quy trình kiểm tra công tơ điện\nCông đoàn Điện lực Nghi Sơn")
    assert not any("rau sạch" in text for text in texts)


def test_a_saved_initiative_is_opened_corrected_and_saved_again(qtbot, entry, province):
    saved = add(province, "Bàn chải vệ sinh sứ cách điện", author="Nguyễn Văn An", benefit_vnd=12_000_000)
    assert entry.edit(saved.id)
    assert entry.ui.title_edit.text() == "Bàn chải vệ sinh sứ cách điện"
    assert entry.ui.benefit_edit.text() == "12.000.000"
    assert entry.ui.unit_picker.unit_id() == province.school.id
    assert entry.ui.authors_view.authors.authors()[0].name == "Nguyễn Văn An"
    entry.ui.benefit_edit.setText("15 triệu")
    entry.ui.title_edit.setFocus()
    qtbot.keyClick(entry.ui.title_edit, Qt.Key.Key_Return)
    assert entry.saved_messages
    assert queries.detail(saved.id).benefit_vnd == 15_000_000
    assert entry.editing is None and entry.ui.title_edit.text() == ""
