"""The lazy union tree model: Qt's model rules, lazy levels, the filter, closed units, drag and drop."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QModelIndex, Qt

from uniondesk.domain.units import UnitStatus
from uniondesk.services import units as unit_service
from uniondesk.store.queries import units as queries
from uniondesk.ui.models.unit_labels import kind_label, status_label
from uniondesk.ui.models.unit_tree import MEMBERS, NAME, STATUS, UnitIdRole, UnitTreeModel

DAY = dt.date(2025, 7, 1)


@pytest.fixture
def tree(office):
    """LĐLĐ tỉnh Thanh Hóa → LĐLĐ huyện Quan Hóa (2 CĐCS, one with a section) and KKT Nghi Sơn (1 CĐCS)."""
    actor, home = office

    def add(code, name, kind, parent, members=0):
        return unit_service.add_unit(actor, code=code, name=name, kind=kind, parent_id=parent.id, members=members)

    qh = add("QH", "LĐLĐ huyện Quan Hóa", "upper", home)
    ns = add("NS", "Công đoàn Khu kinh tế Nghi Sơn", "upper", home)
    school = add("QH01", "Công đoàn Trường THCS Hồi Xuân", "grassroots", qh, 45)
    hospital = add("QH02", "Công đoàn Bệnh viện Đa khoa Quan Hóa", "grassroots", qh, 210)
    ward = add("QH02.K", "Công đoàn bộ phận Khoa Nội", "section", hospital, 30)
    refinery = add("NS01", "Công đoàn Công ty Lọc hóa dầu Nghi Sơn", "grassroots", ns, 1500)
    return SimpleNamespace(actor=actor, home=home, qh=qh, ns=ns, school=school, hospital=hospital, ward=ward,
                           refinery=refinery)


def names(model, parent=QModelIndex()):
    return [model.index(row, NAME, parent).data() for row in range(model.rowCount(parent))]


def load_all(model, parent=QModelIndex()):
    if model.canFetchMore(parent):
        model.fetchMore(parent)
    for row in range(model.rowCount(parent)):
        load_all(model, model.index(row, 0, parent))


def test_levels_load_lazily(qapp, tree):
    model = UnitTreeModel()
    assert model.rowCount() == 0 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert names(model) == ["LĐLĐ tỉnh Thanh Hóa"]
    province = model.index(0, 0)
    assert model.hasChildren(province) and model.rowCount(province) == 0
    model.fetchMore(province)
    # Vietnamese order: "Công đoàn …" before "LĐLĐ …"
    assert names(model, province) == ["Công đoàn Khu kinh tế Nghi Sơn", "LĐLĐ huyện Quan Hóa"]
    assert not model.canFetchMore(province)


def test_columns_show_kind_subtree_members_grassroots_and_status(qapp, tree):
    model = UnitTreeModel()
    model.fetchMore(QModelIndex())
    province = model.index(0, 0)
    row = [model.index(0, column).data() for column in range(model.columnCount())]
    # The section's 30 members are already counted in its grassroots union's 210.
    assert row == ["LĐLĐ tỉnh Thanh Hóa", kind_label("provincial"), "1.755", "3", status_label("live")]
    assert model.index(0, MEMBERS).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert province.data(UnitIdRole) == tree.home.id
    assert model.unit_id(province) == tree.home.id


def test_model_passes_the_qt_model_tester_with_every_level_loaded(qapp, qtmodeltester, tree):
    model = UnitTreeModel()
    qtmodeltester.check(model)
    load_all(model)
    assert names(model, model.index_for_unit(tree.hospital.id)) == ["Công đoàn bộ phận Khoa Nội"]
    qtmodeltester.check(model)


# The tester is attached after the filter is set: Qt's tester runs its checks from inside the reset
# signal and takes the lazy fetching of its own checks for rows inserted during the reset.
def test_model_passes_the_qt_model_tester_in_filter_mode(qapp, qtmodeltester, tree):
    model = UnitTreeModel()
    model.set_filter("quan hoa")
    assert model.match_count == 2  # the district and its hospital
    qtmodeltester.check(model)


def test_model_passes_the_qt_model_tester_after_the_filter_is_cleared(qapp, qtmodeltester, tree):
    model = UnitTreeModel()
    model.index_for_unit(tree.ward.id)
    model.set_filter("nghi son")
    model.set_filter("")
    qtmodeltester.check(model)


def test_filter_ignores_accents_and_shows_ancestors_with_matches_in_bold(qapp, tree):
    model = UnitTreeModel()
    model.set_filter("hoi xuan")
    province = model.index(0, 0)
    district = model.index(0, 0, province)
    school = model.index(0, 0, district)
    assert names(model) == ["LĐLĐ tỉnh Thanh Hóa"]
    assert names(model, province) == ["LĐLĐ huyện Quan Hóa"]  # Nghi Sơn does not lead to a match
    assert names(model, district) == ["Công đoàn Trường THCS Hồi Xuân"]
    assert school.data(Qt.ItemDataRole.FontRole).bold()
    assert school.siblingAtColumn(STATUS).data(Qt.ItemDataRole.FontRole) is None  # only the name is bold
    assert province.data(Qt.ItemDataRole.FontRole) is None
    assert model.match_count == 1 and not model.truncated


def test_thanh_hoa_typed_without_accents_finds_thanh_hoa(qapp, tree):
    model = UnitTreeModel()
    model.set_filter("  THANH hoa ")
    assert names(model) == ["LĐLĐ tỉnh Thanh Hóa"]
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()


def test_filter_says_when_it_cut_the_list(qapp, tree, monkeypatch):
    monkeypatch.setattr(UnitTreeModel, "FILTER_LIMIT", 2)
    model = UnitTreeModel()
    model.set_filter("cong doan")
    assert model.truncated and model.match_count == 2


def test_clearing_the_filter_brings_back_the_levels_loaded_before(qapp, tree):
    model = UnitTreeModel()
    district = model.index_for_unit(tree.qh.id)
    model.fetchMore(district)
    model.set_filter("nghi son")
    model.set_filter("")
    district = model.index_for_unit(tree.qh.id)
    assert not model.canFetchMore(district)
    assert names(model, district) == ["Công đoàn Bệnh viện Đa khoa Quan Hóa", "Công đoàn Trường THCS Hồi Xuân"]


def test_closed_units_are_hidden_unless_asked_for_and_greyed(qapp, tree):
    unit_service.close_unit(tree.actor, tree.school.id, DAY, "Sáp xếp trường học")
    model = UnitTreeModel()
    assert not model.index_for_unit(tree.school.id).isValid()
    model.set_include_closed(True)
    school = model.index_for_unit(tree.school.id)
    assert school.isValid()
    status = school.siblingAtColumn(STATUS)
    assert status.data() == status_label(UnitStatus.CLOSED, DAY)
    assert "01/07/2025" in status.data()
    assert school.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert not model.flags(school) & Qt.ItemFlag.ItemIsDropEnabled


def test_index_for_unit_loads_the_ancestors_levels(qapp, tree):
    model = UnitTreeModel()
    ward = model.index_for_unit(tree.ward.id)
    assert ward.data() == "Công đoàn bộ phận Khoa Nội"
    assert ward.parent().data() == "Công đoàn Bệnh viện Đa khoa Quan Hóa"
    assert model.index_for_unit(None) == QModelIndex()


def test_refresh_keeps_loaded_levels_and_shows_new_units(qapp, tree):
    model = UnitTreeModel()
    district = model.index_for_unit(tree.qh.id)
    model.fetchMore(district)
    unit_service.add_unit(tree.actor, code="QH03", name="Công đoàn Trạm Y tế xã Phú Nghiêm", kind="grassroots",
                          parent_id=tree.qh.id, members=12)
    model.refresh()
    district = model.index_for_unit(tree.qh.id)
    assert not model.canFetchMore(district)
    assert "Công đoàn Trạm Y tế xã Phú Nghiêm" in names(model, district)
    assert district.siblingAtColumn(MEMBERS).data() == "267"


def test_a_drop_asks_for_a_move_and_writes_nothing(qapp, tree):
    model = UnitTreeModel()
    school = model.index_for_unit(tree.school.id)
    target = model.index_for_unit(tree.ns.id)
    requests = []
    model.move_requested.connect(lambda unit, parent: requests.append((unit, parent)))
    data = model.mimeData([school])
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, target)
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, target) is False
    assert requests == [(tree.school.id, tree.ns.id)]
    assert queries.detail(tree.school.id).parent_id == tree.qh.id


def test_a_unit_cannot_be_dropped_into_its_own_subtree(qapp, tree):
    model = UnitTreeModel()
    district = model.index_for_unit(tree.qh.id)
    school = model.index_for_unit(tree.school.id)
    data = model.mimeData([district])
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, school)
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, district)
    assert not model.canDropMimeData(data, Qt.DropAction.MoveAction, -1, -1, district.parent())  # already there
