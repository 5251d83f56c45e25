"""Settings → Offices and keys: this office's fingerprint and key file, the offices it trusts or exchanges
bundles with (when each was last sent to, heard from and acknowledged), trusting and revoking keys, and
the number of days after which a quiet office is flagged.

Everything is read on workers: the table comes first (about 0.1 s for a province), the records not yet
acknowledged follow office by office (counting them selects each office's subtree: 11 s or more for a
province's 34 upper units), "counting…" until then, without a progress dialog; closing stops the count.
Every change is a service call on the database writer; a refused one is explained in the dialog and
changes nothing.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import shiboken6
from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QHeaderView, QInputDialog, QMessageBox,
                               QWidget)

from uniondesk.domain.errors import UserFacingError
from uniondesk.services.actor import Actor
from uniondesk.services.sync import keys, office_markers, status
from uniondesk.ui.forms.ui_offices_dialog import Ui_OfficesDialog
from uniondesk.ui.models.sync_offices import OFFICE, OfficeRow, OfficesModel, build_rows
from uniondesk.ui.tasks import Task, run_quietly, run_task

KEY_SUFFIX = ".udkey"


def _read(today: dt.date | None):
    return keys.own_key(), keys.trusted_offices(), office_markers.markers(today), status.warning_days()


def _count(today: dt.date | None, found: dict[str, int | None], progress, cancel) -> bool:
    """Count per office into ``found``, announcing each (its uuid) with ``progress``; False if cancelled."""
    for uuid, count in office_markers.unacknowledged(today, cancel):
        found[uuid] = count  # read by the GUI thread only after the progress signal below
        progress(len(found), 0, uuid)
    return not cancel()


class OfficesDialog(QDialog):
    changed = Signal()  # an office was trusted or revoked, or the warning limit changed

    SAVE_DELAY_MS = 600  # the spin box is saved once the officer stops clicking its arrows
    OFFICE_WIDTH = 300  # at most, for the office column: the dates must stay in view

    def __init__(self, actor: Actor, parent: QWidget | None = None, today: dt.date | None = None):
        super().__init__(parent)
        self.ui = Ui_OfficesDialog()
        self.ui.setupUi(self)
        self.actor, self.today = actor, today
        self.own: keys.OfficeKey | None = None
        self.model = OfficesModel(self)
        self.loads = self.counts = 0  # finished reads, for whoever waits on them (tests)
        self._count_task: Task | None = None
        self._counting_into: dict[str, int | None] | None = None
        self._saving = False
        self._saved_days: int | None = None
        self._save_timer = QTimer(self, singleShot=True, interval=self.SAVE_DELAY_MS)
        self._setup_view()
        self._connect()
        self._show_message("")
        self._error("")

    def _setup_view(self) -> None:
        view = self.ui.offices_view
        view.setModel(self.model)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(OFFICE, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # dates: two lines
        view.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # long grassroots names differ at their ends
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(max(font.pointSizeF(), 10) * 1.4)
        font.setBold(True)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 1.5)
        self.ui.fingerprint_edit.setFont(font)
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Close).setDefault(True)

    def _connect(self) -> None:
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.save_key_button.clicked.connect(self.save_key_file)
        self.ui.trust_file_button.clicked.connect(self.trust_key_file)
        self.ui.trust_fingerprint_button.clicked.connect(self.trust_fingerprint)
        self.ui.revoke_button.clicked.connect(self.revoke)
        self.ui.offices_view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.modelReset.connect(self._update_buttons)
        self.ui.warning_days_spin.valueChanged.connect(lambda _days: self._save_timer.start())
        self.ui.warning_days_spin.editingFinished.connect(self.save_warning_days)
        self._save_timer.timeout.connect(self.save_warning_days)

    # --- reading -----------------------------------------------------------------------------------

    def load(self, count: bool = True) -> None:
        """Read the offices (on a worker); ``count``: count the records not yet acknowledged again too."""
        today = self.today
        run_task(self, self.tr("Reading the offices…"), lambda progress, cancel: _read(today),
                 on_done=lambda result: self._loaded(result, count), on_error=self._failed, writes=False)

    def _loaded(self, result, count: bool) -> None:
        if not shiboken6.isValid(self):
            return
        self.own, offices, markers, days = result
        self.ui.own_office_label.setText(self.own.label or self.tr("(this installation serves no unit yet)"))
        self.ui.fingerprint_edit.setText(self.own.fingerprint)
        if not (self._save_timer.isActive() or self._saving):  # never undo what the officer is typing
            self.ui.warning_days_spin.blockSignals(True)
            self.ui.warning_days_spin.setValue(days)
            self.ui.warning_days_spin.blockSignals(False)
            self._saved_days = days
        self.model.set_rows(build_rows(offices, markers))
        widest = max([self.ui.offices_view.sizeHintForColumn(OFFICE), 120])
        self.ui.offices_view.setColumnWidth(OFFICE, min(widest, self.OFFICE_WIDTH))
        self.loads += 1
        if count:
            self._start_count()

    def _start_count(self) -> None:
        """Count the records not yet acknowledged, quietly and office by office: nobody waits for them."""
        if self._count_task is not None:
            self._count_task.cancel()  # its results are for the table as it was
        self.model.start_counting()
        today, found = self.today, {}
        self._counting_into = found  # tells this count's reports from those of a cancelled one
        self._count_task = run_quietly(lambda progress, cancel: _count(today, found, progress, cancel),
                                       on_progress=lambda _done, _total, uuid: self._counted_one(found, uuid),
                                       on_done=lambda _complete: self._counted_all(found),
                                       on_error=lambda error: self._counted_all(found, error))

    def _counted_one(self, found: dict[str, int | None], uuid: str) -> None:
        if shiboken6.isValid(self) and found is self._counting_into:
            self.model.set_count(uuid, found[uuid])

    def _counted_all(self, found: dict[str, int | None], error: BaseException | None = None) -> None:
        if not shiboken6.isValid(self) or found is not self._counting_into:
            return
        self._count_task = None
        self.model.stop_counting()  # "—" rather than "counting…" for ever, whatever happened
        self.counts += 1
        if error is not None:
            self._failed(error)

    # --- changes -----------------------------------------------------------------------------------

    def _write(self, title: str, work, done_message) -> None:
        """Run a service call on the database writer, then say what happened and read the table again."""
        self._error("")
        self._show_message("")

        def done(result) -> None:
            if not shiboken6.isValid(self):
                return
            self._show_message(done_message(result))
            self.changed.emit()
            self.load()

        run_task(self, title, lambda progress, cancel: work(), on_done=done, on_error=self._failed)

    def trust_key_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Trust a key file"), str(Path.home()),
                                                self.tr("UnionDesk key file (*.udkey *.json);;All files (*)"))
        if not chosen:
            return
        try:
            key = keys.read_key_file(Path(chosen))
        except UserFacingError as error:
            self._error(error.message)
            return
        question = self.tr("Trust “{office}”?\n\nFingerprint of its key: {fingerprint}\n\nCall that office and ask "
                           "them to read their fingerprint to you: trust the key only if every group matches.")
        if not self._confirm(self.tr("Trust a key file"), question.format(
                office=key.label or key.installation_id, fingerprint=key.fingerprint)):
            return
        self._write(self.tr("Trusting the office…"), lambda: keys.trust_key(self.actor, key),
                    lambda office: self.tr("Trusted “{office}” (fingerprint {fingerprint}).").format(
                        office=office.label or key.installation_id, fingerprint=office.fingerprint))

    def trust_fingerprint(self) -> None:
        text, ok = QInputDialog.getText(self, self.tr("Trust by fingerprint"), self.tr(
            "The fingerprint the office read to you over the phone (20 characters, e.g. 7K2Q-8HD0-…).\n"
            "Its first bundle signed with this key will be accepted."))
        if not ok or not text.strip():
            return
        self._write(self.tr("Trusting the fingerprint…"), lambda: keys.trust_fingerprint(self.actor, text),
                    lambda office: self.tr("Trusted the fingerprint {fingerprint}: the first bundle signed with "
                                           "this key will be accepted.").format(fingerprint=office.fingerprint))

    def revoke(self) -> None:
        row = self.selected_row()
        if row is None or row.office is None or row.revoked:
            return
        fingerprint = row.office.fingerprint
        question = self.tr("Stop trusting “{office}”?\n\nKey fingerprint: {fingerprint}\n\nFrom now on its bundles "
                           "are refused. It can be trusted again later from its key file or fingerprint.")
        if not self._confirm(self.tr("Revoke an office"), question.format(office=row.label, fingerprint=fingerprint),
                             default_yes=False):
            return
        self._write(self.tr("Revoking…"), lambda: keys.revoke(self.actor, fingerprint),
                    lambda _office: self.tr("Revoked “{office}”: its bundles are refused from now on.").format(
                        office=row.label))

    def save_warning_days(self) -> None:
        self._save_timer.stop()
        days = self.ui.warning_days_spin.value()
        if self._saved_days is None or days == self._saved_days:
            return
        self._saved_days, self._saving = days, True

        def finished(error: BaseException | None) -> None:
            if not shiboken6.isValid(self):
                return
            self._saving = False
            if error is not None:
                self._failed(error)
                return
            self.changed.emit()
            self.load(count=False)  # the limit changes the warnings, not the counts

        run_task(self, self.tr("Saving…"), lambda progress, cancel: status.set_warning_days(days),
                 on_done=lambda _result: finished(None), on_error=finished)

    def save_key_file(self) -> None:
        code = self.own.unit_code if self.own and self.own.unit_code else "uniondesk"
        suggested = Path.home() / f"khoa-{code}{KEY_SUFFIX}"
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save this office's key file"), str(suggested),
                                                self.tr("UnionDesk key file (*.udkey)"))
        if not target:
            return
        self.write_key_file(Path(target))

    def write_key_file(self, target: Path) -> Path | None:
        self._error("")
        try:
            written = keys.export_key(target)
        except UserFacingError as error:
            self._error(error.message)
            return None
        self._show_message(self.tr("Saved the key file {path}. Its fingerprint: {fingerprint}.").format(
            path=written, fingerprint=self.own.fingerprint if self.own else keys.own_key().fingerprint))
        return written

    # --- state ---------------------------------------------------------------------------------------

    def selected_row(self) -> OfficeRow | None:
        return self.model.row_at(self.ui.offices_view.currentIndex())

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.selected_row()
        self.ui.revoke_button.setEnabled(row is not None and row.office is not None and not row.revoked)

    def _confirm(self, title: str, text: str, default_yes: bool = True) -> bool:
        yes, no = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
        return QMessageBox.question(self, title, text, yes | no, yes if default_yes else no) == yes

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, UserFacingError):
            raise error
        if shiboken6.isValid(self):
            self._error(error.message)

    def _show_message(self, text: str) -> None:
        self.ui.message_label.setText(text)
        self.ui.message_label.setVisible(bool(text))

    def _error(self, text: str) -> None:
        self.ui.error_label.setText(text)
        self.ui.error_label.setVisible(bool(text))

    def done(self, result: int) -> None:
        if self._save_timer.isActive():
            self.save_warning_days()  # closing right after changing the limit must not lose it
        if self._count_task is not None:
            self._count_task.cancel()  # a province takes seconds to count: not for a closed window
            self._count_task = self._counting_into = None
            self.model.stop_counting()
        super().done(result)


def open_offices(window: QWidget, actor: Actor, on_change=None) -> OfficesDialog:
    """Show the window's one offices dialog (made the first time), reading its data afresh."""
    dialog = getattr(window, "_offices_dialog", None)
    if dialog is None or not shiboken6.isValid(dialog):
        dialog = OfficesDialog(actor, window)
        if on_change is not None:
            dialog.changed.connect(on_change)
        window._offices_dialog = dialog
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    dialog.load()
    return dialog
