"""Status of exchanges where the officer looks anyway: a marker on those offices in the union tree (a
warning one past the limit) and a warning in the status bar; both read on a worker and refreshed after an
import."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from sync_fixtures import add_initiative, opened, unit

from uniondesk.domain.text import format_date
from uniondesk.services.sync import office_markers, status
from uniondesk.store.db import database
from uniondesk.ui.dialogs.offices_dialog import OfficesDialog
from uniondesk.ui.sync_status import OfficeStatusWatcher, marker_icon, tree_markers
from uniondesk.ui.tabs.units_tab import UnitsTab

TODAY = format_date(dt.date.today())
LATER = dt.date.today() + dt.timedelta(days=45)


def _watch(qtbot, today: dt.date | None, parent=None) -> OfficeStatusWatcher:
    watcher = OfficeStatusWatcher(parent, today=today)
    with qtbot.waitSignal(watcher.changed, timeout=10_000):
        watcher.refresh()
    return watcher


def test_markers_name_each_office_with_its_dates_and_warning(district_heard_from_commune):
    with opened(district_heard_from_commune.district):
        now = office_markers.markers()
        commune, province = now[unit("XA1").uuid], now[unit("TH").uuid]
        assert set(now) == {commune.status.unit_uuid, province.status.unit_uuid}
        assert (commune.unit_id, commune.status.relation, province.status.relation) == (unit("XA1").id, "lower",
                                                                                       "upper")
        assert commune.status.last_received["days"] == 0 and not commune.warning
        assert commune.status.unacknowledged_records is None  # left to the offices dialog: it is slow
        assert office_markers.markers(LATER)[commune.status.unit_uuid].warning
        assert office_markers.markers(LATER)[commune.status.unit_uuid].quiet_days == 45
        status.set_warning_days(60)
        assert not office_markers.markers(LATER)[commune.status.unit_uuid].warning
        # The same warning as the full status, which also counts the records not yet acknowledged.
        assert {row.unit_uuid: row.warning for row in status.status(LATER + dt.timedelta(days=30))} == {
            uuid: marker.warning for uuid, marker in office_markers.markers(LATER + dt.timedelta(days=30)).items()}


@pytest.mark.parametrize(("today", "kind"), [(None, "exchange"), (LATER, "warning")])
def test_the_tree_marks_the_offices_this_one_exchanges_with(district_heard_from_commune, qtbot, tmp_path, today,
                                                            kind):
    with opened(district_heard_from_commune.district) as actor:
        tab = UnitsTab(actor, home_unit_id=unit("HH").id)
        qtbot.addWidget(tab)
        watcher = _watch(qtbot, today, tab)
        tab.show_office_markers(tree_markers(watcher.markers, watcher.warning_days))
        tab.resize(1100, 360)
        tab.show()
        commune = tab.model.index_for_unit(unit("XA1").id)
        icon = commune.data(Qt.ItemDataRole.DecorationRole)
        assert icon.cacheKey() == marker_icon(kind).cacheKey()
        tip = commune.data(Qt.ItemDataRole.ToolTipRole)
        ago = "today" if today is None else "45 days ago"
        assert f"Last received: {TODAY} ({ago})" in tip and "(below)" in tip
        assert ("⚠ Not heard from for 45 days (the limit is 30 days)." in tip) == (kind == "warning")
        assert tab.model.index_for_unit(unit("XA2").id).data(Qt.ItemDataRole.DecorationRole) is None
        assert tab.grab().save(str(tmp_path / f"tree_{kind}.png"))


def _main_window(qtbot, actor, path):
    from uniondesk.ui.main_window import MainWindow

    handle = type("Handle", (), {"path": path, "db": database})()
    window = MainWindow(handle, actor)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: not window.office_status.busy, timeout=10_000)
    return window


def test_the_status_bar_warns_of_quiet_offices_and_leads_to_them(district_heard_from_commune, qtbot):
    f = district_heard_from_commune
    with opened(f.district) as actor:
        window = _main_window(qtbot, actor, f.district)
        window.show()
        label = window.office_warning_label
        assert not label.isVisible()  # all heard from today
        actions = [a.text() for a in window.menuBar().actions()[1].menu().actions()]
        assert "&Offices and keys…" in actions
        window.office_status.today = LATER
        with qtbot.waitSignal(window.office_status.changed, timeout=10_000):
            window.office_status.refresh()
        assert label.isVisible()
        assert label.plain_text() == "⚠ 2 offices not heard from for over 30 days"
        assert "CĐCS xã Hoằng Lộc [XA1]" in label.toolTip() and "Offices and keys" in label.toolTip()
        commune = window.units_tab.model.index_for_unit(unit("XA1").id)
        assert commune.data(Qt.ItemDataRole.DecorationRole).cacheKey() == marker_icon("warning").cacheKey()
        label.linkActivated.emit("offices")
        dialog = window.findChild(OfficesDialog)
        assert dialog is not None and dialog.isVisible()
        qtbot.waitUntil(lambda: dialog.loads >= 1, timeout=10_000)
        with qtbot.waitSignal(window.office_status.changed, timeout=10_000):
            dialog.ui.warning_days_spin.setValue(90)  # the limit moves: the warning goes
        assert not label.isVisible()


def test_an_import_refreshes_the_markers(district_heard_from_commune, qtbot):
    f = district_heard_from_commune
    with opened(f.district) as actor:
        add_initiative(actor, "XA2", "Sáng kiến của xã Hoằng Đạo")
        from uniondesk.services.sync import setup

        setup.setup_bundle(actor, "XA2", f.bundle("setup-xa2"))
    with opened(f.commune) as actor:
        add_initiative(actor, "XA1", "Cải tiến lò sấy")
    second = f.export(f.commune, "HH", "c2")
    with opened(f.district) as actor:
        window = _main_window(qtbot, actor, f.district)
        assert window.units_tab.model.marker(unit("XA2").id) is not None  # its setup bundle was sent
        before = window.office_status.markers[unit("XA1").uuid].status.last_received["seq"]
        dialog = window._bundle_drop._open(second)  # as when the file is dropped on the window
        qtbot.waitUntil(lambda: dialog.verification is not None, timeout=10_000)
        with qtbot.waitSignal(window.office_status.changed, timeout=10_000):
            qtbot.mouseClick(dialog.ui.import_button, Qt.MouseButton.LeftButton)
        assert window.office_status.markers[unit("XA1").uuid].status.last_received["seq"] == before + 1
