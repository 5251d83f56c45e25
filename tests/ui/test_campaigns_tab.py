"""The "Chương trình" tab driven with qtbot: the campaign list, the editor, quotas and progress, clusters."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QMessageBox

from uniondesk.services import campaigns as campaign_service
from uniondesk.services import installation
from uniondesk.services import units as unit_service
from uniondesk.services.people import add_person
from uniondesk.services.quotas import Allocation, allocate, overview
from uniondesk.store.models import Campaign, Initiative, InitiativeAuthor
from uniondesk.ui import tasks
from uniondesk.ui.models.campaign_list import CODE, STATUS
from uniondesk.ui.models.quota_progress import (
    ACHIEVEMENT,
    BENEFIT,
    GRASSROOTS,
    INITIATIVES,
    MEMBERS,
    QUOTA,
    RANK,
    RECOGNISED,
)
from uniondesk.ui.tabs.campaigns_tab import CampaignsTab

D = dt.date


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
def campaign(tree):
    return campaign_service.create_campaign(
        tree.actor, code="75K", name="75 nghìn sáng kiến, vượt khó, phát triển", kind="initiatives",
        organiser_id=tree.home.id, start_on=D(2021, 3, 10), end_on=D(2021, 4, 20), target_initiatives=100)


def make_tab(qtbot, tree, home=None):
    widget = CampaignsTab(tree.actor, home_unit_id=(home or tree.home).id)
    qtbot.addWidget(widget)
    widget.resize(1280, 760)
    widget.show()
    widget.messages = []
    widget.status_message.connect(widget.messages.append)
    return widget


@pytest.fixture
def tab(qtbot, tree):
    widget = make_tab(qtbot, tree)
    yield widget
    wait_for_workers()


def wait_for_workers():
    """No worker may touch a database the test has closed."""
    tasks._writers.waitForDone(5000)
    QThreadPool.globalInstance().waitForDone(5000)


def dump(db) -> str:
    return "\n".join(db.db.connection().iterdump())


def listed(tab) -> list[str]:
    return [tab.model.index(row, CODE).data() for row in range(tab.model.rowCount())]


def open_quota_page(qtbot, tab):
    with qtbot.waitSignal(tab.quota_panel.loaded, timeout=5000):
        tab.ui.detail_tabs.setCurrentWidget(tab.ui.quota_page)
    return tab.quota_panel


def cell(panel, unit_name, column):
    return panel.find_row(unit_name).siblingAtColumn(column).data()


def pick(qtbot, picker, text, name):
    picker.setFocus()
    qtbot.keyClicks(picker, text)
    qtbot.waitUntil(lambda: any(choice.name == name for choice in picker.choices()), timeout=2000)
    picker.choose(next(row for row, choice in enumerate(picker.choices()) if choice.name == name))


# --- campaign editor ----------------------------------------------------------------------------


def test_create_a_campaign_by_keyboard_and_see_it_in_the_list(qtbot, tab, tree):
    assert listed(tab) == []
    qtbot.keyClick(tab.ui.list_view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = tab.editor
    assert editor.adding and QApplication.focusWidget() is editor.ui.code_edit
    assert editor.ui.organiser_picker.unit_id() == tree.home.id  # this office organises by default
    qtbot.keyClicks(editor.ui.code_edit, "ldg-2024")
    editor.ui.name_edit.setText("Lao động giỏi, Lao động sáng tạo")  # QTest types Latin-1 only
    editor.ui.kind_combo.setCurrentIndex(editor.ui.kind_combo.findData("emulation"))
    qtbot.keyClicks(editor.ui.start_edit, "1/3/2024")
    qtbot.keyClicks(editor.ui.end_edit, "30/11/2024")
    qtbot.keyClicks(editor.ui.target_initiatives_edit, "1.500")
    qtbot.keyClick(editor.ui.target_initiatives_edit, Qt.Key.Key_Return)
    saved = Campaign.get(Campaign.code == "LDG-2024")
    assert (saved.name, saved.kind, saved.status) == ("Lao động giỏi, Lao động sáng tạo", "emulation", "draft")
    assert (saved.start_on, saved.end_on, saved.target_initiatives) == (D(2024, 3, 1), D(2024, 11, 30), 1500)
    assert listed(tab) == ["LDG-2024"] and tab.ui.list_view.currentIndex().row() == 0
    assert editor.campaign_id == saved.id and not editor.adding
    assert editor.ui.target_initiatives_edit.text() == "1.500"
    assert [tab.ui.year_combo.itemText(i) for i in range(tab.ui.year_combo.count())] == ["All years", "2024"]
    assert "Lao động giỏi" in tab.messages[-1]


def test_end_before_start_shows_the_message_next_to_the_period_and_writes_nothing(qtbot, db, tab):
    before = dump(db)
    tab.new_campaign()
    editor = tab.editor
    qtbot.keyClicks(editor.ui.code_edit, "X1")
    qtbot.keyClicks(editor.ui.name_edit, "Thu nghiem")
    qtbot.keyClicks(editor.ui.start_edit, "20/04/2021")
    qtbot.keyClicks(editor.ui.end_edit, "10/03/2021")
    qtbot.mouseClick(editor.ui.save_button, Qt.MouseButton.LeftButton)
    assert editor.error_text("end_on") == "Ngày kết thúc 10/03/2021 trước ngày bắt đầu 20/04/2021."
    assert editor.ui.period_error.isVisible()
    assert editor.adding and dump(db) == before
    editor.ui.end_edit.setText("31/02/2021")
    editor.save()
    assert "Ngày không tồn tại" in editor.error_text("end_on") and dump(db) == before
    editor.ui.end_edit.setText("")
    editor.ui.target_initiatives_edit.setText("12a")
    editor.save()
    assert editor.error_text("target_initiatives") and not editor.error_text("end_on") and dump(db) == before


def test_edit_phases_and_dates_together(qtbot, tab, campaign):
    tab.refresh(campaign.id)
    editor = tab.editor
    editor.ui.end_edit.setText("30/06/2021")
    for name, start, end in (("Giai đoạn 1", "10/03/2021", "20/04/2021"), ("Giai đoạn 2", "21/04/2021", "30/06/2021")):
        editor.add_phase()
        row = editor.phases.rowCount() - 1
        for column, text in enumerate((name, start, end)):
            editor.phases.setData(editor.phases.index(row, column), text)
    assert editor.is_dirty()
    assert editor.save()
    assert campaign_service.phases_of(campaign.id)[1].end_on == D(2021, 6, 30)
    assert Campaign.get_by_id(campaign.id).end_on == D(2021, 6, 30)
    editor.phases.setData(editor.phases.index(1, 1), "15/04/2021")  # overlaps phase 1
    assert not editor.save()
    assert editor.error_text("phases").startswith("Giai đoạn 2") and "chồng lên" in editor.error_text("phases")
    editor.revert()
    assert editor.phases.index(1, 1).data() == "21/04/2021" and not editor.error_text("phases")


def test_status_buttons_open_end_and_reopen(qtbot, tab, campaign):
    tab.refresh(campaign.id)
    ui = tab.editor.ui
    assert ui.open_button.isVisible() and not ui.close_button.isVisible() and ui.delete_button.isEnabled()
    qtbot.mouseClick(ui.open_button, Qt.MouseButton.LeftButton)
    assert Campaign.get_by_id(campaign.id).status == "open"
    assert tab.model.index(0, STATUS).data() == "Open" and ui.close_button.isVisible()
    assert not ui.delete_button.isEnabled()  # only a draft can be deleted
    qtbot.mouseClick(ui.close_button, Qt.MouseButton.LeftButton)
    assert Campaign.get_by_id(campaign.id).status == "closed" and ui.reopen_button.isVisible()
    qtbot.mouseClick(ui.reopen_button, Qt.MouseButton.LeftButton)
    assert Campaign.get_by_id(campaign.id).status == "open"


def test_delete_a_draft(qtbot, monkeypatch, tab, campaign):
    tab.refresh(campaign.id)
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(tab.editor.ui.delete_button, Qt.MouseButton.LeftButton)
    assert Campaign.get_by_id(campaign.id).deleted and listed(tab) == []
    assert tab.editor.campaign_id is None


def test_status_and_year_filters(qtbot, tab, tree, campaign):
    actor = tree.actor
    for code, start, end in (("1TR", D(2022, 1, 8), D(2023, 9, 1)), ("LDG", D(2022, 1, 1), D(2022, 12, 31))):
        made = campaign_service.create_campaign(actor, code=code, name=f"Chương trình {code}", kind="initiatives",
                                                organiser_id=tree.home.id, start_on=start, end_on=end)
    campaign_service.set_status(actor, made.id, "open")
    tab.refresh()
    years = tab.ui.year_combo
    assert [years.itemText(i) for i in range(years.count())] == ["All years", "2023", "2022", "2021"]
    years.setCurrentIndex(years.findData(2022))
    assert listed(tab) == ["1TR", "LDG"] and tab.ui.count_label.text() == "2 campaigns"
    tab.ui.status_combo.setCurrentIndex(tab.ui.status_combo.findData("open"))
    assert listed(tab) == ["LDG"] and tab.editor.ui.code_edit.text() == "LDG"
    years.setCurrentIndex(years.findData(2021))
    assert listed(tab) == [] and tab.editor.campaign_id is None
    years.setCurrentIndex(0)
    tab.ui.status_combo.setCurrentIndex(0)
    assert listed(tab) == ["1TR", "LDG", "75K"]


def test_a_campaign_of_an_office_above_is_read_only(qtbot, tree, campaign):
    allocate(tree.actor, campaign.id, tree.home.id, [Allocation(tree.qh.id, 40)])  # as the province sent it
    installation.set_home_unit(tree.qh)  # this database now serves the district federation below
    below = make_tab(qtbot, tree, home=tree.qh)
    editor = below.editor
    assert editor.campaign_id == campaign.id and editor.read_only
    assert editor.ui.read_only_label.isVisible()
    assert editor.ui.read_only_label.text() == "Campaign of an office above: view only."
    assert not editor.ui.save_button.isEnabled() and not editor.ui.name_edit.isEnabled()
    assert not editor.ui.open_button.isVisible() and not editor.ui.delete_button.isEnabled()
    assert not editor.save()
    # Its own quota it allocates further down: the quota table opens on this office, editable.
    panel = open_quota_page(qtbot, below)
    assert panel.unit_id == tree.qh.id and panel.model.quota_editable
    assert panel.ui.summary_label.text().startswith("Quota of LĐLĐ huyện Quan Hóa: 40")
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        assert panel.allocate(tree.school.id, "25")
    assert "thấp hơn" in panel.warning_text()
    # Up at the province, the quotas are the province's: shown, not editable here.
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        panel.go_up()
    assert panel.unit_id == tree.home.id and not panel.model.quota_editable
    assert not panel.ui.import_button.isEnabled()
    wait_for_workers()


# --- quotas and progress ------------------------------------------------------------------------


def test_allocate_in_the_table_and_watch_the_warning(qtbot, db, tab, tree, campaign):
    tab.refresh(campaign.id)
    panel = open_quota_page(qtbot, tab)
    assert panel.warning_text() == "Tổng chỉ tiêu đã giao (0) thấp hơn chỉ tiêu được giao (100) 100 sáng kiến."
    view = panel.ui.table_view
    index = panel.find_row("LĐLĐ huyện Quan Hóa").siblingAtColumn(QUOTA)
    view.setCurrentIndex(index)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_6)  # typing starts the editor
    editor = QApplication.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_0)
    assert editor is not view and editor.text() == "60"
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert overview(campaign.id, tree.home.id).allocated == 60
    assert "thấp hơn" in panel.warning_text() and "40 sáng kiến" in panel.warning_text()
    assert cell(panel, "LĐLĐ huyện Quan Hóa", QUOTA) == "60"
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        panel.allocate(tree.ns.id, "50")
    assert "vượt" in panel.warning_text() and "10 sáng kiến" in panel.warning_text()
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        panel.allocate(tree.ns.id, "40")
    assert panel.warning_text() == "" and not panel.ui.warning_label.isVisible()
    assert "allocated: 100 · left: 0" in panel.ui.summary_label.text()
    before = dump(db)
    assert not panel.allocate(tree.ns.id, "-5") and "không được âm" in panel.error_text()
    assert not panel.allocate(tree.ns.id, "4,5") and dump(db) == before
    with qtbot.waitSignal(panel.allocation_done, timeout=5000) as refused:
        panel.allocate(tree.ns.id, "200.000.000")  # the service's own limit
    assert refused.args == [False] and "quá lớn" in panel.error_text() and dump(db) == before
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        panel.allocate(tree.ns.id, "")  # empty removes the quota
    assert cell(panel, "Công đoàn Khu kinh tế Nghi Sơn", QUOTA) == "" and "thấp hơn" in panel.warning_text()


@pytest.fixture
def initiatives(tree, campaign):
    """Three initiatives of a school under Quan Hóa by two authors, one of the hospital; none in Nghi Sơn."""
    actor = tree.actor
    allocate(actor, campaign.id, tree.home.id, [Allocation(tree.qh.id, 8), Allocation(tree.ns.id, 2)])
    allocate(actor, campaign.id, tree.qh.id, [Allocation(tree.school.id, 5)])
    lan = add_person(actor, tree.school.id, full_name="Lê Thị Lan")
    minh = add_person(actor, tree.school.id, full_name="Phạm Văn Minh")
    hung = add_person(actor, tree.hospital.id, full_name="Trần Văn Hùng")
    entries = [(tree.school, "recognised", 1_500_000, lan), (tree.school, "applied", 2_000_000, lan),
               (tree.school, "registered", 0, minh), (tree.hospital, "recognised", 500_000, hung)]
    for number, (unit, status, benefit, author) in enumerate(entries):
        initiative = Initiative.create(campaign=campaign, unit=unit, title=f"Sáng kiến {number}",
                                       title_folded=f"sang kien {number}", status=status, benefit_vnd=benefit,
                                       **actor.new_record())
        InitiativeAuthor.create(initiative=initiative, person=author, share_bp=10_000, campaign=campaign, unit=unit,
                                **actor.new_record())
    return entries


def test_progress_figures_go_down_and_up_the_tree(qtbot, tab, tree, campaign, initiatives):
    tab.refresh(campaign.id)
    panel = open_quota_page(qtbot, tab)
    qh = "LĐLĐ huyện Quan Hóa"
    assert [cell(panel, qh, c) for c in (QUOTA, INITIATIVES, RECOGNISED, GRASSROOTS, MEMBERS, BENEFIT)] == [
        "8", "4", "3", "2", "3", "4.000.000"]
    assert cell(panel, qh, ACHIEVEMENT) == "50,0 %" and cell(panel, qh, RANK) == "1"
    assert cell(panel, "Công đoàn Khu kinh tế Nghi Sơn", ACHIEVEMENT) == "0,0 %"
    assert "entered: 4 initiatives (4,0 %)" in panel.ui.summary_label.text()
    assert "ended on 20/04/2021" in panel.ui.summary_label.text()
    # Enter on a unit shows the units below it.
    view = panel.ui.table_view
    view.setCurrentIndex(panel.find_row(qh))
    view.setFocus()
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        qtbot.keyClick(view, Qt.Key.Key_Return)
    assert panel.unit_id == tree.qh.id and panel.ui.trail_label.text() == "LĐLĐ tỉnh Thanh Hóa › LĐLĐ huyện Quan Hóa"
    school = "Công đoàn Trường THCS Hồi Xuân"
    assert [cell(panel, school, c) for c in (QUOTA, INITIATIVES, RECOGNISED, MEMBERS, ACHIEVEMENT)] == [
        "5", "3", "2", "2", "60,0 %"]
    assert cell(panel, "Công đoàn Bệnh viện Đa khoa Quan Hóa", QUOTA) == ""
    assert "thấp hơn" in panel.warning_text()  # 5 of Quan Hóa's 8 allocated
    # Sorting by a column orders by figures.
    view.sortByColumn(INITIATIVES, Qt.SortOrder.AscendingOrder)
    assert panel.proxy.index(0, 0).data() == "Công đoàn Bệnh viện Đa khoa Quan Hóa"
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        qtbot.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert panel.unit_id == tree.home.id and view.currentIndex().data() == qh
    assert not panel.ui.up_button.isEnabled()  # the organiser is the top of a campaign


# --- clusters -----------------------------------------------------------------------------------


def test_clusters_grouping_clusters_members_and_the_one_cluster_rule(qtbot, db, tab, tree):
    tab.ui.detail_tabs.setCurrentWidget(tab.ui.cluster_page)
    panel = tab.cluster_panel
    assert panel.grouping_id() is None and not panel.ui.add_cluster_button.isEnabled()
    panel.ui.grouping_name_edit.setText("Cụm thi đua 2022")
    qtbot.keyClicks(panel.ui.grouping_year_edit, "2022")
    qtbot.keyClick(panel.ui.grouping_year_edit, Qt.Key.Key_Return)
    assert panel.ui.grouping_combo.currentText() == "Cụm thi đua 2022" and panel.grouping_id() is not None
    panel.ui.cluster_name_edit.setText("Cụm miền núi")
    qtbot.keyClick(panel.ui.cluster_name_edit, Qt.Key.Key_Return)
    assert panel.clusters.rowCount() == 1 and panel.ui.members_label.text() == "Members of “Cụm miền núi”"
    pick(qtbot, panel.ui.member_picker, "quan hoa", "LĐLĐ huyện Quan Hóa")
    qtbot.mouseClick(panel.ui.add_member_button, Qt.MouseButton.LeftButton)
    pick(qtbot, panel.ui.member_picker, "NS", "Công đoàn Khu kinh tế Nghi Sơn")
    qtbot.mouseClick(panel.ui.add_member_button, Qt.MouseButton.LeftButton)
    assert [panel.members.index(r, 1).data() for r in range(panel.members.rowCount())] == [
        "Công đoàn Khu kinh tế Nghi Sơn", "LĐLĐ huyện Quan Hóa"]
    panel.ui.members_view.setCurrentIndex(panel.members.index(1, 0))
    qtbot.mouseClick(panel.ui.leader_button, Qt.MouseButton.LeftButton)
    assert panel.clusters.index(0, 1).data() == "LĐLĐ huyện Quan Hóa"
    qtbot.keyClicks(panel.ui.covenant_date_edit, "15/02/2022")
    qtbot.keyClicks(panel.ui.covenant_ref_edit, "12/GU")
    qtbot.keyClick(panel.ui.covenant_ref_edit, Qt.Key.Key_Return)
    assert panel.covenants.index(0, 0).data() == "15/02/2022" and panel.covenants.index(0, 1).data() == "12/GU"
    # A second cluster may not take Quan Hóa: the service says which cluster already has it.
    panel.ui.cluster_name_edit.setText("Cụm đồng bằng")
    qtbot.mouseClick(panel.ui.add_cluster_button, Qt.MouseButton.LeftButton)
    assert panel.ui.members_label.text() == "Members of “Cụm đồng bằng”"
    before = dump(db)
    pick(qtbot, panel.ui.member_picker, "quan hoa", "LĐLĐ huyện Quan Hóa")
    qtbot.mouseClick(panel.ui.add_member_button, Qt.MouseButton.LeftButton)
    assert panel.error_text() == ("“LĐLĐ huyện Quan Hóa” đã thuộc cụm “Cụm miền núi” của cùng bảng cụm thi đua; "
                                  "mỗi đơn vị chỉ thuộc một cụm.")
    assert panel.ui.error_label.isVisible() and panel.members.rowCount() == 0 and dump(db) == before


def test_cluster_shows_in_the_progress_table(qtbot, tab, tree, campaign):
    from uniondesk.services import clusters as cluster_service
    from uniondesk.ui.models.quota_progress import CLUSTER, CLUSTER_RANK

    grouping = cluster_service.create_grouping(tree.actor, name="Cụm thi đua 2021", owner_id=tree.home.id, year=2021)
    cluster = cluster_service.add_cluster(tree.actor, grouping.id, "Cụm miền núi")
    cluster_service.set_members(tree.actor, cluster.id, [tree.qh.id])
    tab.refresh(campaign.id)
    panel = open_quota_page(qtbot, tab)
    assert cell(panel, "LĐLĐ huyện Quan Hóa", CLUSTER) == "Cụm miền núi"
    assert cell(panel, "LĐLĐ huyện Quan Hóa", CLUSTER_RANK) == "1"
    assert cell(panel, "Công đoàn Khu kinh tế Nghi Sơn", CLUSTER) == ""


def test_export_and_import_the_quota_sheet_from_the_panel(qtbot, db, tmp_path, tab, tree, campaign):
    import openpyxl

    tab.refresh(campaign.id)
    panel = open_quota_page(qtbot, tab)
    path = tmp_path / "chi-tieu.xlsx"
    messages = tab.messages
    panel.write_sheet(path)
    qtbot.waitUntil(lambda: bool(messages) and "chi-tieu.xlsx" in messages[-1], timeout=5000)

    def fill(value):
        book = openpyxl.load_workbook(path)
        sheet = book.active
        row = next(r for r in range(1, sheet.max_row + 1) if sheet.cell(r, 2).value == "QH")
        sheet.cell(row, 4).value = value
        book.save(path)
        return row

    fill(70)
    with qtbot.waitSignal(panel.loaded, timeout=5000):
        panel.read_sheet(path)
    assert cell(panel, "LĐLĐ huyện Quan Hóa", QUOTA) == "70" and "thấp hơn" in panel.warning_text()
    row = fill("bảy mươi")
    before = dump(db)
    panel.read_sheet(path)
    qtbot.waitUntil(lambda: bool(panel.error_text()), timeout=5000)
    box = panel.findChild(QMessageBox)
    assert box is not None and f"{row}" in box.detailedText()
    assert dump(db) == before
    box.close()


def test_rename_remove_member_and_delete_a_cluster(qtbot, monkeypatch, tab, tree):
    from uniondesk.services import clusters as cluster_service
    from uniondesk.store.models import Cluster

    grouping = cluster_service.create_grouping(tree.actor, name="Cụm thi đua 2022", owner_id=tree.home.id, year=2022)
    cluster = cluster_service.add_cluster(tree.actor, grouping.id, "Cụm miền núi")
    cluster_service.set_members(tree.actor, cluster.id, [tree.qh.id, tree.ns.id])
    panel = tab.cluster_panel
    panel.refresh(grouping.id)
    assert panel.ui.grouping_info_label.text() == "Set up by LĐLĐ tỉnh Thanh Hóa."
    panel.ui.cluster_name_edit.setText("Cụm vùng cao")
    qtbot.mouseClick(panel.ui.rename_cluster_button, Qt.MouseButton.LeftButton)
    assert panel.clusters.index(0, 0).data() == "Cụm vùng cao"
    panel.ui.members_view.setCurrentIndex(panel.members.index(0, 0))
    qtbot.mouseClick(panel.ui.remove_member_button, Qt.MouseButton.LeftButton)
    assert [panel.members.index(r, 0).data() for r in range(panel.members.rowCount())] == ["QH"]
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(panel.ui.delete_cluster_button, Qt.MouseButton.LeftButton)
    assert panel.clusters.rowCount() == 0 and Cluster.get_by_id(cluster.id).deleted
    assert not panel.ui.add_member_button.isEnabled()
