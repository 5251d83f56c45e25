"""Settings → Offices and keys driven with qtbot: the offices as the officer sees them, revoking (then that
office's bundles are refused), trusting a key file or a fingerprint, the warning limit, the key file."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
from sync_fixtures import add_initiative, opened, unit

from uniondesk.domain.text import format_date
from uniondesk.services.sync import importer, keys, office_markers, status
from uniondesk.services.sync.bundle import BundleRefused
from uniondesk.store.models_sync import SyncOffice
from uniondesk.ui.dialogs.offices_dialog import OfficesDialog
from uniondesk.ui.models import sync_offices as columns

TODAY = format_date(dt.date.today())


def _dialog(qtbot, actor, today: dt.date | None = None, counted: bool = False) -> OfficesDialog:
    dialog = OfficesDialog(actor, today=today)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load()
    qtbot.waitUntil(lambda: dialog.loads >= 1, timeout=10_000)
    if counted:
        qtbot.waitUntil(lambda: dialog.counts >= 1, timeout=10_000)
    return dialog


def _rows(dialog: OfficesDialog) -> dict[str, list[str]]:
    """Every line of the table as the officer reads it, keyed by the office column."""
    model = dialog.model
    return {model.index(r, 0).data(): [model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())}


def _select(dialog: OfficesDialog, label: str) -> None:
    for row in range(dialog.model.rowCount()):
        if dialog.model.index(row, 0).data() == label:
            dialog.ui.offices_view.setCurrentIndex(dialog.model.index(row, 0))
            return
    raise AssertionError(f"{label} is not listed")


def _wait_message(qtbot, dialog: OfficesDialog, loads: int) -> None:
    qtbot.waitUntil(lambda: dialog.loads > loads or dialog.ui.error_label.isVisible(), timeout=10_000)


def test_the_offices_are_listed_with_their_fingerprints_and_dates(district_heard_from_commune, qtbot, tmp_path):
    f = district_heard_from_commune
    with opened(f.district) as actor:
        dialog = _dialog(qtbot, actor, counted=True)
        assert dialog.ui.own_office_label.text() == "LĐLĐ huyện Hoằng Hóa [HH]"
        assert dialog.ui.fingerprint_edit.text() == f.fingerprints["district"]
        rows = _rows(dialog)
        assert list(rows) == ["LĐLĐ tỉnh Thanh Hóa [TH]", "CĐCS xã Hoằng Lộc [XA1]"]  # the one above first
        province, commune = rows.values()
        assert province[columns.RELATION] == "above" and commune[columns.RELATION] == "below"
        assert province[columns.FINGERPRINT] == f.fingerprints["province"]
        assert commune[columns.FINGERPRINT] == f.fingerprints["commune"]
        assert commune[columns.TRUSTED] == TODAY
        assert commune[columns.SENT] == f"{TODAY}\ntoday"  # its setup bundle
        assert commune[columns.RECEIVED] == f"{TODAY}\ntoday"
        assert commune[columns.ACKNOWLEDGED] == f"{TODAY}\ntoday"  # its bundle carried a receipt for it
        assert commune[columns.PENDING] == "0"
        assert commune[columns.WARNING] == ""
        dialog.resize(1180, 480)
        assert dialog.grab().save(str(tmp_path / "offices_dialog.png"))
        saved = dialog.write_key_file(tmp_path / "khoa-HH.udkey")
        assert keys.read_key_file(saved).fingerprint == f.fingerprints["district"]
        assert str(saved) in dialog.ui.message_label.text()


def test_an_office_quiet_for_longer_than_the_limit_is_flagged(district_heard_from_commune, qtbot):
    later = dt.date.today() + dt.timedelta(days=45)
    with opened(district_heard_from_commune.district) as actor:
        dialog = _dialog(qtbot, actor, today=later)
        commune = _rows(dialog)["CĐCS xã Hoằng Lộc [XA1]"]
        assert commune[columns.RECEIVED] == f"{TODAY}\n45 days ago"
        assert commune[columns.WARNING] == "⚠ No news for 45 days"


def test_revoking_after_confirmation_refuses_that_office_s_bundles(district_heard_from_commune, qtbot,
                                                                   monkeypatch):
    f = district_heard_from_commune
    with opened(f.commune) as actor:
        add_initiative(actor, "XA1", "Cải tiến lò sấy", benefit=800_000)
    second = f.export(f.commune, "HH", "c2")
    asked = []
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[2]) or next(answers))
    with opened(f.district) as actor:
        dialog = _dialog(qtbot, actor)
        assert not dialog.ui.revoke_button.isEnabled()  # nothing selected yet
        _select(dialog, "CĐCS xã Hoằng Lộc [XA1]")
        qtbot.mouseClick(dialog.ui.revoke_button, Qt.MouseButton.LeftButton)  # answered No
        assert SyncOffice.get(SyncOffice.fingerprint == f.fingerprints["commune"]).revoked_at is None
        importer.verify(second)  # still trusted
        loads = dialog.loads
        qtbot.mouseClick(dialog.ui.revoke_button, Qt.MouseButton.LeftButton)  # answered Yes
        _wait_message(qtbot, dialog, loads)
        assert "“CĐCS xã Hoằng Lộc [XA1]”" in asked[1] and f.fingerprints["commune"] in asked[1]
        assert dialog.ui.message_label.text() == (
            "Revoked “CĐCS xã Hoằng Lộc [XA1]”: its bundles are refused from now on.")
        assert _rows(dialog)["CĐCS xã Hoằng Lộc [XA1]"][columns.TRUSTED] == f"revoked\n{TODAY}"
        _select(dialog, "CĐCS xã Hoằng Lộc [XA1]")
        assert not dialog.ui.revoke_button.isEnabled()
        with pytest.raises(BundleRefused, match="thu hồi"):
            importer.verify(second)


def test_a_key_file_is_trusted_after_its_fingerprint_was_shown(federation, qtbot, monkeypatch, tmp_path):
    f = federation
    with opened(f.commune):
        key_file = keys.export_key(tmp_path / "khoa-XA1.udkey")
    with opened(f.province):
        own_file = keys.export_key(tmp_path / "khoa-TH.udkey")
    chosen = iter([str(key_file), str(own_file)])
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (next(chosen), ""))
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *args: asked.append(args[2]) or QMessageBox.StandardButton.Yes)
    with opened(f.province) as actor:
        dialog = _dialog(qtbot, actor)
        loads = dialog.loads
        qtbot.mouseClick(dialog.ui.trust_file_button, Qt.MouseButton.LeftButton)
        _wait_message(qtbot, dialog, loads)
        assert "“CĐCS xã Hoằng Lộc [XA1]”" in asked[0] and f.fingerprints["commune"] in asked[0]
        commune = _rows(dialog)["CĐCS xã Hoằng Lộc [XA1]"]
        assert commune[columns.FINGERPRINT] == f.fingerprints["commune"]
        assert commune[columns.TRUSTED] == TODAY and commune[columns.RELATION] == "below"
        before = SyncOffice.select().count()
        qtbot.mouseClick(dialog.ui.trust_file_button, Qt.MouseButton.LeftButton)  # this office's own key
        qtbot.waitUntil(dialog.ui.error_label.isVisible, timeout=10_000)
        assert dialog.ui.error_label.text() == "Đây là khóa của chính văn phòng này."
        assert SyncOffice.select().count() == before


def test_a_fingerprint_read_over_the_phone_is_trusted(federation, qtbot, monkeypatch):
    f = federation
    typed = iter([("7K2Q 8HD0", True), (f.fingerprints["commune"].lower().replace("-", " "), True)])
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kwargs: next(typed))
    with opened(f.province) as actor:
        dialog = _dialog(qtbot, actor)
        count = SyncOffice.select().count()
        qtbot.mouseClick(dialog.ui.trust_fingerprint_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(dialog.ui.error_label.isVisible, timeout=10_000)
        assert "không phải là dấu vân tay khóa" in dialog.ui.error_label.text()
        assert SyncOffice.select().count() == count
        loads = dialog.loads
        qtbot.mouseClick(dialog.ui.trust_fingerprint_button, Qt.MouseButton.LeftButton)
        _wait_message(qtbot, dialog, loads)
        assert not dialog.ui.error_label.isVisible()
        waiting = _rows(dialog)["(an office whose first bundle has not arrived yet)"]
        assert waiting[columns.FINGERPRINT] == f.fingerprints["commune"]
        assert waiting[columns.TRUSTED] == f"{TODAY}\nfingerprint only"


def test_the_warning_limit_is_saved_and_shown_again(federation, qtbot):
    with opened(federation.district) as actor:
        dialog = _dialog(qtbot, actor)
        assert dialog.ui.warning_days_spin.value() == status.DEFAULT_WARNING_DAYS
        changed = []
        dialog.changed.connect(lambda: changed.append(True))
        dialog.ui.warning_days_spin.setValue(45)
        qtbot.waitUntil(lambda: bool(changed), timeout=10_000)
        assert status.warning_days() == 45
        dialog.ui.warning_days_spin.setValue(60)
        dialog.close()  # before the pause that saves it: closing saves it too
        qtbot.waitUntil(lambda: len(changed) == 2, timeout=10_000)
        again = _dialog(qtbot, actor)
        assert again.ui.warning_days_spin.value() == 60 == status.warning_days()


def test_closing_the_dialog_stops_counting(district_heard_from_commune, qtbot, monkeypatch):
    """Counting a province takes seconds per office: the count shows office by office and stops on close."""
    stopped, first = [], []

    def slow(today, cancel):
        yield first[0], 12_345
        while not cancel():
            time.sleep(0.01)
        stopped.append(True)

    monkeypatch.setattr(office_markers, "unacknowledged", slow)
    with opened(district_heard_from_commune.district) as actor:
        first.append(unit("XA1").uuid)
        dialog = _dialog(qtbot, actor)
        qtbot.waitUntil(lambda: _rows(dialog)["CĐCS xã Hoằng Lộc [XA1]"][columns.PENDING] == "12.345",
                        timeout=10_000)
        assert _rows(dialog)["LĐLĐ tỉnh Thanh Hóa [TH]"][columns.PENDING] == "counting…"
        dialog.close()
        qtbot.waitUntil(lambda: bool(stopped), timeout=10_000)
        assert _rows(dialog)["LĐLĐ tỉnh Thanh Hóa [TH]"][columns.PENDING] == "—"
