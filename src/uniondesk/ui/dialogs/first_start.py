"""First start: who the officer is, and which office this installation serves: a new office, one created
from the upper office's setup bundle ("Tạo từ gói của cấp trên"), or the demonstration data.

A setup bundle is checked on a worker before anything is written, and the officer must confirm, after
phoning the upper office, that the fingerprint of its key is the one shown: from then on this office
trusts whoever holds that key. The office is then created on the database writer in one transaction
(Cancel leaves the database empty), and the new office's own fingerprint is shown, to be read to the
upper office when its first bundle is sent.
"""

from __future__ import annotations

import html
from pathlib import Path

import shiboken6
from PySide6.QtWidgets import QDialog, QFileDialog, QLineEdit, QMessageBox, QWidget

from uniondesk.domain.errors import Cancelled, InputError, UserFacingError
from uniondesk.domain.text import format_int
from uniondesk.domain.units import UnitKind
from uniondesk.services import installation
from uniondesk.services.sync import envelope, keys, setup
from uniondesk.services.sync.setup import CheckedBundle, check_bundle_file
from uniondesk.ui.dialogs.bundle_import import BundleDrop, _needs_passphrase
from uniondesk.ui.errors import show_user_error
from uniondesk.ui.forms.ui_first_start_dialog import Ui_FirstStartDialog
from uniondesk.ui.models.unit_labels import kind_label
from uniondesk.ui.tasks import run_task

# Demo sizes offered on first start; "national" (130,000 units) is for the command line.
DEMO_SCALES = ("small", "province")
# Large and monospaced: it is read aloud over the phone, group by group.
_FINGERPRINT = "<span style='font-family: monospace; font-size: 13pt; font-weight: bold'>{}</span>"


class FirstStartDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_FirstStartDialog()
        self.ui.setupUi(self)
        for kind in (UnitKind.PROVINCIAL, UnitKind.SECTOR, UnitKind.UPPER, UnitKind.GRASSROOTS, UnitKind.NATIONAL):
            self.ui.kind_combo.addItem(kind_label(kind), str(kind))
        self.ui.scale_combo.addItem(self.tr("Small: one province, 3 upper units, about 20 grassroots unions"), "small")
        self.ui.scale_combo.addItem(
            self.tr("Province: 3,655 grassroots unions, 170,324 initiatives (takes about a minute)"), "province")
        self.busy = False  # a worker is checking a bundle or building the office: OK waits
        self.bundle_path: Path | None = None
        self.checked: CheckedBundle | None = None  # the setup bundle, once checked
        self._passphrase: str | None = None  # the one that opened it
        self._connect()
        self._show_passphrase(False)
        self._forget_check()
        self._sync_enabled()
        self.ui.officer_edit.setText(installation.officer_name() or "")
        self.ui.officer_edit.setFocus()
        BundleDrop(self, self.open_bundle)

    def _connect(self) -> None:
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        for radio in (self.ui.new_office_radio, self.ui.bundle_radio, self.ui.demo_radio):
            radio.toggled.connect(self._sync_enabled)
        self.ui.choose_button.clicked.connect(self.choose_bundle)
        self.ui.check_button.clicked.connect(self.check_bundle)
        # Enter in the passphrase checks it (the dialog's OK then finds the worker busy and waits).
        self.ui.passphrase_edit.returnPressed.connect(self.check_bundle)
        self.ui.passphrase_edit.textEdited.connect(lambda _text: self._forget_check())

    def _sync_enabled(self) -> None:
        self.ui.office_group.setEnabled(self.ui.new_office_radio.isChecked())
        self.ui.bundle_group.setEnabled(self.ui.bundle_radio.isChecked())
        self.ui.scale_combo.setEnabled(self.ui.demo_radio.isChecked())

    def _show_error(self, message: str, field: QWidget | None = None) -> None:
        self.ui.error_label.setText(message)
        self._fit_height()
        if field is not None:
            field.setFocus()
            if isinstance(field, QLineEdit):
                field.selectAll()

    def accept(self) -> None:
        if self.busy:
            return
        try:
            officer = installation.remember_officer(self.ui.officer_edit.text())
        except InputError as error:
            self._show_error(error.message, self.ui.officer_edit)
            return
        if self.ui.new_office_radio.isChecked():
            self._create_office(officer)
        elif self.ui.bundle_radio.isChecked():
            self._create_from_bundle(officer)
        else:
            self._build_demo(officer, self.ui.scale_combo.currentData())

    def reject(self) -> None:
        # Escape while a worker writes the office must not leave the program with a half-made database.
        if not self.busy:
            super().reject()

    def _create_office(self, officer: str) -> None:
        fields = {"code": self.ui.code_edit, "name": self.ui.name_edit}
        try:
            installation.create_office(officer, code=self.ui.code_edit.text(), name=self.ui.name_edit.text(),
                                       kind=self.ui.kind_combo.currentData())
        except InputError as error:
            self._show_error(error.message, fields.get(error.field or ""))
            return
        super().accept()

    # --- demonstration data ------------------------------------------------------------------------------

    def _build_demo(self, officer: str, scale: str) -> None:
        from uniondesk.services.demo import build_demo

        self._start_work()

        def work(progress, cancel):
            build_demo(scale, officer=officer, progress=progress, cancel=cancel)

        run_task(self, self.tr("Building the demonstration data…"), work,
                 on_done=self._finished, on_error=self._work_failed)

    def _start_work(self) -> None:
        self.busy = True
        self.ui.button_box.setEnabled(False)
        self._show_error("")

    def _finished(self, _result: object) -> None:
        if shiboken6.isValid(self):
            self.busy = False
            super().accept()

    def _work_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.busy = False
        self.ui.button_box.setEnabled(True)
        if isinstance(error, Cancelled):
            self._show_error(self.tr("Cancelled: nothing was written."))
        elif isinstance(error, UserFacingError) and self.ui.bundle_radio.isChecked():
            self._show_error(error.message)
        elif isinstance(error, UserFacingError):
            show_user_error(self, error)
        else:
            raise error

    # --- from the upper office's setup bundle ------------------------------------------------------------

    def choose_bundle(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the setup bundle"), "",
                                                self.tr("UnionDesk bundle (*.udbundle)"))
        if chosen:
            self.open_bundle(Path(chosen))

    def open_bundle(self, path: Path) -> None:
        """A bundle chosen or dropped: check it at once, or first ask for its passphrase."""
        if self.busy:
            return
        self.ui.bundle_radio.setChecked(True)
        self.bundle_path = Path(path)
        self.ui.bundle_path_edit.setText(str(self.bundle_path))
        self.ui.passphrase_edit.clear()
        self._forget_check()
        self._show_error("")
        sealed = _needs_passphrase(self.bundle_path)
        self._show_passphrase(sealed)
        if sealed:
            self.ui.bundle_summary_label.setText(html.escape(self.tr(
                "This bundle is sealed with a passphrase: type the passphrase the upper office told you, then "
                "press Check.")))
            self.ui.passphrase_edit.setFocus()
            self._fit_height()
        else:
            self.check_bundle()

    def check_bundle(self) -> None:
        """Read and check the bundle on a worker; nothing is written."""
        if self.busy or self.bundle_path is None:
            return
        path, passphrase = self.bundle_path, self.ui.passphrase_edit.text() or None
        self._forget_check()
        self._start_work()
        self.ui.bundle_summary_label.setText(html.escape(self.tr("Checking {name}…").format(name=path.name)))
        run_task(self, self.tr("Checking the bundle…"), lambda progress, cancel: check_bundle_file(path, passphrase),
                 on_done=lambda b: self._bundle_checked(b, passphrase), on_error=self._bundle_refused, writes=False)

    def _bundle_checked(self, b: CheckedBundle, passphrase: str | None) -> None:
        if not shiboken6.isValid(self):
            return
        self.busy = False
        self.ui.button_box.setEnabled(True)
        if b.kind != "setup":
            self.ui.bundle_summary_label.clear()
            self._show_error(self.tr("This file is an ordinary data bundle, not a setup bundle: ask the upper "
                                     "office for the “setup bundle” of your unit."), self.ui.choose_button)
            return
        self.checked, self._passphrase = b, passphrase
        self.ui.bundle_summary_label.setText(self._summary(b))
        self.ui.fingerprint_check.setChecked(False)
        self.ui.fingerprint_check.show()
        self.ui.fingerprint_check.setFocus()
        self._fit_height()

    def _fit_height(self) -> None:
        # A window's layout ignores the height a word-wrapped label needs at its width: grow to show it all.
        self.layout().activate()
        self.resize(self.width(), max(self.height(), self.heightForWidth(self.width())))

    def _summary(self, b: CheckedBundle) -> str:
        lines = [
            self.tr("This office will serve: {office}").format(office=f"<b>{html.escape(b.office)}</b>"),
            self.tr("Sent by the upper office {sender} on {date}.").format(
                sender=f"<b>{html.escape(b.sender)}</b>", date=b.created_on),
            self.tr("Fingerprint of the upper office's key:"),
            _FINGERPRINT.format(b.fingerprint),
            html.escape(self.tr("Phone the upper office and ask them to read out their own fingerprint: every group "
                                "must be the same. If it is not, this file did not come from them; do not go on.")),
        ]
        return "<br>".join(lines)

    def _bundle_refused(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self.busy = False
        self.ui.button_box.setEnabled(True)
        if not isinstance(error, UserFacingError):
            raise error
        self.ui.bundle_summary_label.clear()
        sealed = isinstance(error, envelope.SealError) and _needs_passphrase(self.bundle_path)
        if sealed:
            self._show_passphrase(True)
        self._show_error(error.message, self.ui.passphrase_edit if sealed else self.ui.choose_button)

    def _create_from_bundle(self, officer: str) -> None:
        if self.bundle_path is None:
            self._show_error(self.tr("Choose the setup bundle the upper office sent you."), self.ui.choose_button)
        elif self.checked is None:
            self.check_bundle()  # OK on a bundle not checked yet (a passphrase just typed) checks it first
        elif not self.ui.fingerprint_check.isChecked():
            self._show_error(self.tr("Phone the upper office and compare the fingerprint first, then tick “I "
                                     "compared the fingerprint with the upper office”."), self.ui.fingerprint_check)
        else:
            self._start_creation(officer)

    def _start_creation(self, officer: str) -> None:
        path, passphrase, fingerprint = self.bundle_path, self._passphrase, self.checked.fingerprint
        self._start_work()

        def work(progress, cancel):
            report = setup.init_from_bundle(path, officer, passphrase, progress=progress, cancel=cancel,
                                            expected_fingerprint=fingerprint)
            return report, keys.own_key()

        run_task(self, self.tr("Creating the office from the setup bundle…"), work,
                 on_done=self._created, on_error=self._work_failed)

    def _created(self, result: tuple) -> None:
        if not shiboken6.isValid(self):
            return
        report, own = result
        template = html.escape(self.tr(
            "This installation now serves {office} and trusts the upper office {upper} ({records} records "
            "received).\n\nThe fingerprint of this office's own key is:\n\n{fingerprint}\n\nWrite it down: when "
            "you send your first bundle, the upper office will phone you and compare it; read it to them group "
            "by group.")).replace("\n", "<br>")
        QMessageBox.information(self, self.tr("Office created"), template.format(
            office=html.escape(own.label), upper=html.escape(report.sender), records=format_int(report.counts["new"]),
            fingerprint=_FINGERPRINT.format(own.fingerprint)))
        self._finished(result)

    # --- state -------------------------------------------------------------------------------------------

    def _show_passphrase(self, shown: bool) -> None:
        for widget in (self.ui.passphrase_label, self.ui.passphrase_edit, self.ui.check_button):
            widget.setVisible(shown)

    def _forget_check(self) -> None:
        self.checked = None
        self.ui.bundle_summary_label.clear()
        self.ui.fingerprint_check.setChecked(False)
        self.ui.fingerprint_check.hide()
