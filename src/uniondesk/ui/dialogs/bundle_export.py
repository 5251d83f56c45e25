"""Exporting a bundle: File → Export a bundle… (Ctrl+E).

The officer picks the destination office (the one above first, then the offices below this one has
exchanged with, or any unit below), sees on a worker what a bundle would hold and when bundles last went
each way, picks a data bundle (incremental or full) or a setup bundle for a new office below, how it
travels (a folder or USB stick, or e-mail) and an optional encryption. The export runs on the database
writer with progress and Cancel; the dialog then shows the file, its size and control totals. E-mail
saves into the outbox folder and opens the mail program and that folder: a ``mailto:`` link cannot
attach a file, so the e-mail's text and the dialog both say to attach it.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QWidget

from uniondesk.domain.errors import Cancelled, UserFacingError
from uniondesk.domain.text import format_date, format_int
from uniondesk.services.actor import Actor
from uniondesk.services.sync import destinations, export, keys, setup
from uniondesk.services.sync.bundle import EXTENSION
from uniondesk.services.sync.export import ExportResult
from uniondesk.ui.forms.ui_bundle_export_dialog import Ui_BundleExportDialog
from uniondesk.ui.tasks import run_task

MIN_PASSPHRASE = 10  # long enough not to be guessed; a short sentence is still easy to say by phone
EMAIL_LIMIT = 20 * 1024**2  # most mail services refuse larger attachments


def format_size(size: int) -> str:
    """812 KB, 1,4 MB (Vietnamese decimal comma and thousands dot)."""
    if size < 1024:
        return f"{format_int(size)} byte"
    if size < 1024**2:
        return f"{format_int(-(-size // 1024))} KB"
    whole, tenth = divmod(round(size * 10 / 1024**2), 10)
    return f"{format_int(whole)},{tenth} MB"


def _numbers(records: int, initiatives: int, benefit: int) -> dict[str, str]:
    return {"records": format_int(records), "initiatives": format_int(initiatives), "benefit": format_int(benefit)}


@dataclass(frozen=True)
class ExportRequest:
    code: str
    kind: str  # "data" or "setup"
    full: bool
    email: bool
    target: Path | None  # None: the outbox folder, under ``file_name``
    file_name: str
    seal: export.Seal | None


@dataclass(frozen=True)
class Outcome:
    result: ExportResult
    sender: str  # this office, "name [code]"
    fingerprint: str  # this office's key, read by phone to a new office


def run_export(actor: Actor, request: ExportRequest, progress, cancel) -> Outcome:
    """The worker's side: nothing here touches a widget."""
    target = request.target or export.outbox() / request.file_name
    if request.kind == "setup":
        result = setup.setup_bundle(actor, request.code, target, seal=request.seal, progress=progress, cancel=cancel)
    else:
        result = export.export_bundle(actor, request.code, target, full=request.full, seal=request.seal,
                                      progress=progress, cancel=cancel)
    own = keys.own_key()
    return Outcome(result, own.label, own.fingerprint)


class _Invalid(Exception):
    """What the officer chose cannot be exported as it is; ``widget`` gets the focus."""

    def __init__(self, message: str, widget: QWidget | None = None):
        super().__init__(message)
        self.widget = widget


class BundleExportDialog(QDialog):
    exported = Signal(object)  # the ExportResult, once the file is written
    _last_folder: Path | None = None  # where the officer saved the last bundle (a USB stick, usually)

    def __init__(self, actor: Actor, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_BundleExportDialog()
        self.ui.setupUi(self)
        self.actor = actor
        self.preview: destinations.Preview | None = None
        self.outcome: Outcome | None = None
        self._key_file: keys.OfficeKey | None = None
        self._asked = 0  # the preview being counted: a later one makes an earlier answer stale
        self._asked_full: bool | None = None
        self._busy = False
        for widget in (self.ui.error_label, self.ui.result_label, self.ui.open_folder_button):
            widget.hide()
        self._fill_destinations()
        self._connect()
        self._destination_changed()

    def _connect(self) -> None:
        ui = self.ui
        ui.destination_combo.currentIndexChanged.connect(self._destination_changed)
        ui.unit_picker.unit_changed.connect(lambda _unit: self._destination_changed())
        for toggle in (ui.full_check, ui.setup_radio):
            toggle.toggled.connect(self._kind_changed)
        for toggle in (ui.email_radio, ui.seal_none_radio, ui.seal_key_radio, ui.seal_passphrase_radio):
            toggle.toggled.connect(self._update_state)
        for edit in (ui.passphrase_edit, ui.passphrase_again_edit):
            edit.textEdited.connect(lambda _text: ui.seal_passphrase_radio.setChecked(True))
        ui.key_file_button.clicked.connect(self.choose_key_file)
        ui.export_button.clicked.connect(self.start_export)
        ui.open_folder_button.clicked.connect(self.open_folder)
        ui.close_button.clicked.connect(self.reject)

    # --- destination and what a bundle would hold --------------------------------------------------------

    def _fill_destinations(self) -> None:
        combo = self.ui.destination_combo
        for found in destinations.candidates():
            where = self.tr("the office above") if found.relation == "upper" else self.tr("an office below")
            combo.addItem(f"{found.label} — {where}", found.unit_id)
        combo.addItem(self.tr("Another unit below…"), None)

    def chosen_unit(self) -> int | None:
        unit_id = self.ui.destination_combo.currentData()
        return unit_id if unit_id is not None else self.ui.unit_picker.unit_id()

    def _full(self) -> bool:
        return self.ui.setup_radio.isChecked() or self.ui.full_check.isChecked()

    def _destination_changed(self) -> None:
        self._key_file = None
        picking = self.ui.destination_combo.currentData() is None
        self.ui.unit_picker.setEnabled(picking)
        if picking and self.isVisible() and not self.ui.unit_picker.hasFocus():
            self.ui.unit_picker.setFocus()  # "another unit below" was chosen: type it now
        self.refresh_preview()

    def _kind_changed(self) -> None:
        if self.ui.setup_radio.isChecked() and self.ui.seal_key_radio.isChecked():
            self.ui.seal_none_radio.setChecked(True)  # a new office has no key yet
        if self._asked_full != self._full():
            self.refresh_preview()
        self._update_state()

    def refresh_preview(self) -> None:
        """Count, on a worker and reading only, what a bundle for the chosen office would hold."""
        unit_id, full = self.chosen_unit(), self._full()
        self._asked += 1
        self.preview, self._asked_full, asked = None, full, self._asked
        self._error("")
        self._update_state()
        if unit_id is None:
            self.ui.preview_label.setText(self.tr("Type the code or the name of a unit below this office."))
            return
        self.ui.preview_label.setText(self.tr("Counting what a bundle would hold…"))
        run_task(self, self.tr("Counting what a bundle would hold…"),
                 lambda progress, cancel: destinations.preview(unit_id, full=full, cancel=cancel),
                 on_done=lambda preview: self._previewed(asked, preview),
                 on_error=lambda error: self._preview_failed(asked, error), writes=False)

    def _previewed(self, asked: int, preview: destinations.Preview) -> None:
        if not shiboken6.isValid(self) or asked != self._asked:
            return  # the dialog closed, or the officer chose another office meanwhile
        if preview.destination.relation != "lower" and self.ui.setup_radio.isChecked():
            self.ui.data_radio.setChecked(True)  # a setup bundle is only for a unit below
            if asked != self._asked:
                return  # counting again, as a data bundle
        self.preview = preview
        self.ui.preview_label.setText(self._preview_text(preview))
        self._update_state()

    def _preview_failed(self, asked: int, error: BaseException) -> None:
        if not shiboken6.isValid(self) or asked != self._asked:
            return
        if not isinstance(error, (UserFacingError, Cancelled)):
            raise error
        self.ui.preview_label.setText("")
        self._error(str(error))

    def _preview_text(self, p: destinations.Preview) -> str:
        where = self.tr("the office above") if p.destination.relation == "upper" else self.tr("an office below")
        numbers = _numbers(p.records, p.initiatives, p.benefit_vnd)
        if p.full:
            holds = self.tr("A full bundle would hold {records} records: {initiatives} initiatives, benefit "
                            "{benefit} VND.").format(**numbers)
        elif p.records:
            holds = self.tr("A bundle now would hold the {records} records it has not acknowledged: {initiatives} "
                            "initiatives, benefit {benefit} VND.").format(**numbers)
        else:
            holds = self.tr("It has acknowledged everything: a bundle now would hold no records, only receipts.")
        history = self.tr("Last sent: {sent}. Acknowledged: {acked}.<br>Last received from them: {received}.").format(
            sent=self._when(p.last_sent), received=self._when(p.last_received), acked=self._when(p.last_acknowledged))
        return f"<b>{html.escape(p.destination.label)}</b> — {where}.<br>{holds}<br>{history}"

    def _when(self, event: destinations.Exchange | None) -> str:
        if event is None:
            return self.tr("never")
        ago = self.tr("today") if event.days == 0 else self.tr("{n} days ago").format(n=event.days)
        return self.tr("no. {seq} on {date} ({ago})").format(seq=event.seq, date=format_date(event.on), ago=ago)

    # --- encryption -------------------------------------------------------------------------------------

    def recipient(self) -> keys.OfficeKey | None:
        return self._key_file or (self.preview.recipient if self.preview else None)

    def choose_key_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("The key file of the destination office"), "",
                                                self.tr("UnionDesk key (*.key *.json);;All files (*)"))
        if chosen:
            self.use_key_file(Path(chosen))

    def use_key_file(self, path: Path) -> None:
        self._error("")
        try:
            key = keys.read_key_file(path)
        except UserFacingError as error:
            self._error(error.message)
            return
        dest = self.preview.destination if self.preview else None
        if dest is not None and key.unit_uuid and key.unit_uuid != dest.unit_uuid:
            self._error(self.tr("This key file belongs to {office}, not to {destination}.").format(
                office=key.label or key.installation_id, destination=dest.label))
            return
        self._key_file = key
        self.ui.seal_key_radio.setChecked(True)
        self._update_state()

    def _seal(self) -> export.Seal | None:
        ui = self.ui
        if ui.seal_key_radio.isChecked():
            if self.recipient() is None:
                raise _Invalid(self.tr("The key of this office is not known here yet: choose its key file, or "
                                       "encrypt with a passphrase."), ui.key_file_button)
            return export.Seal(recipient=self.recipient())
        if not ui.seal_passphrase_radio.isChecked():
            return None
        passphrase = ui.passphrase_edit.text()
        if len(passphrase.strip()) < MIN_PASSPHRASE:
            raise _Invalid(self.tr("The passphrase must have at least {n} characters: a short sentence is easy to "
                                   "say by phone and hard to guess.").format(n=MIN_PASSPHRASE), ui.passphrase_edit)
        if ui.passphrase_again_edit.text() != passphrase:
            ui.passphrase_again_edit.clear()
            raise _Invalid(self.tr("The two passphrases are not the same: type it again."), ui.passphrase_again_edit)
        return export.Seal(passphrase=passphrase)

    # --- export -----------------------------------------------------------------------------------------

    def _request(self) -> ExportRequest | None:
        """What to export, checked; None when the officer cancelled the file chooser."""
        if self.preview is None:
            raise _Invalid(self.tr("Choose the destination office first."), self.ui.destination_combo)
        kind = "setup" if self.ui.setup_radio.isChecked() else "data"
        seal, name, target = self._seal(), self.preview.file_name(kind), None
        if not self.ui.email_radio.isChecked():
            target = self._ask_target(name)
            if target is None:
                return None
        return ExportRequest(self.preview.destination.code, kind, self._full(), self.ui.email_radio.isChecked(),
                             target, name, seal)

    def _ask_target(self, name: str) -> Path | None:
        folder = BundleExportDialog._last_folder or Path.home()
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the bundle"), str(folder / name),
                                                self.tr("UnionDesk bundle (*.udbundle)"))
        if not chosen:
            return None
        target = Path(chosen)
        BundleExportDialog._last_folder = target.parent
        return target if target.suffix.lower() == EXTENSION else target.with_name(target.name + EXTENSION)

    def reject(self) -> None:
        """Escape, Close or the window's ✕: not while the bundle is being written (its result shows here)."""
        if not self._busy:
            super().reject()

    def start_export(self) -> None:
        if self._busy:
            return
        self._error("")
        try:
            request = self._request()
        except _Invalid as invalid:
            self._error(str(invalid))
            if invalid.widget is not None:
                invalid.widget.setFocus()
            return
        if request is None:
            return
        self._busy = True
        self._update_state()
        run_task(self, self.tr("Exporting the bundle…"),
                 lambda progress, cancel: run_export(self.actor, request, progress, cancel),
                 on_done=lambda outcome: self._exported(request, outcome), on_error=self._failed)

    def _exported(self, request: ExportRequest, outcome: Outcome) -> None:
        if not shiboken6.isValid(self):
            return
        self._busy, self.outcome = False, outcome
        text = self._result_text(request, outcome)
        if request.email:
            text += "<br>" + self._send_by_mail(request, outcome)
        self.ui.result_label.setText(text)
        self.ui.result_label.show()
        self.ui.open_folder_button.show()
        self.ui.close_button.setDefault(True)
        self.refresh_preview()  # the last bundle sent is this one now
        self.exported.emit(outcome.result)

    def _failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._busy = False
        if not isinstance(error, (UserFacingError, Cancelled)):
            raise error
        self._error(str(error))
        self._update_state()

    def _result_text(self, request: ExportRequest, outcome: Outcome) -> str:
        r, size = outcome.result, format_size(outcome.result.size)
        kind = (self.tr("Setup bundle") if r.kind == "setup" else self.tr("Full data bundle") if r.full
                else self.tr("Data bundle"))
        sealed = (self.tr("not encrypted") if request.seal is None else self.tr("encrypted for the recipient's key")
                  if request.seal.recipient else self.tr("encrypted with a passphrase"))
        lines = [self.tr("<b>{kind} no. {seq} for {destination} is written</b> ({size}, {sealed}):").format(
                     kind=kind, seq=r.sequence, destination=html.escape(r.destination), size=size, sealed=sealed),
                 html.escape(str(r.path)),
                 self.tr("{records} records: {initiatives} initiatives, benefit {benefit} VND.").format(
                     **_numbers(r.records, r.totals["initiatives"], r.totals["benefit_vnd"]))]
        if r.kind == "setup":
            lines.append(self.tr("Read this office's fingerprint to the new office by phone: <b>{fingerprint}</b>.<br>"
                                 "They compare it when they create their office from this bundle.").format(
                                     fingerprint=outcome.fingerprint))
        if request.seal is not None and request.seal.passphrase:
            lines.append(self.tr("Give the passphrase to the other office by phone, never in the e-mail."))
        return "<br>".join(lines)

    # --- e-mail and the folder ----------------------------------------------------------------------------

    def _send_by_mail(self, request: ExportRequest, outcome: Outcome) -> str:
        r = outcome.result
        subject = self.tr("UnionDesk bundle no. {seq} from {sender} to {destination}").format(
            seq=r.sequence, sender=outcome.sender, destination=r.destination)
        body = self.tr(
            "[Attach the file {path} to this e-mail, then delete this line.]\n\nTo {destination},\n\n"
            "{sender} sends bundle no. {seq}: {records} records, {initiatives} initiatives, benefit {benefit} VND.\n"
            "{sealed}Import it in UnionDesk: File → Import a bundle.\n"
        ).format(path=r.path, destination=r.destination, sender=outcome.sender, seq=r.sequence,
                 **_numbers(r.records, r.totals["initiatives"], r.totals["benefit_vnd"]),
                 sealed=self.tr("The bundle is encrypted; the passphrase comes by phone.\n")
                 if request.seal is not None and request.seal.passphrase else "")
        query = f"subject={quote(subject, safe='')}&body={quote(body.replace(chr(10), chr(13) + chr(10)), safe='')}"
        mailed = QDesktopServices.openUrl(QUrl.fromEncoded(f"mailto:?{query}".encode("ascii")))
        self.open_folder()
        notes = [self.tr("Your mail program was opened with the e-mail written: <b>attach the file yourself</b><br>"
                         "(a mail link cannot attach it); its folder is open.") if mailed else
                 self.tr("No mail program could be opened: write the e-mail yourself and attach the file.")]
        if r.size > EMAIL_LIMIT:
            notes.append(self.tr("The file is {size}: most mail services refuse attachments over 20 MB;<br>carry it "
                                 "on a USB stick instead.").format(size=format_size(r.size)))
        return "<br>".join(notes)

    def open_folder(self) -> None:
        if self.outcome is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.outcome.result.path.parent)))

    # --- state --------------------------------------------------------------------------------------------

    def _error(self, message: str) -> None:
        self.ui.error_label.setText(message)
        self.ui.error_label.setVisible(bool(message))

    def _update_state(self) -> None:
        ui, ready = self.ui, self.preview is not None and not self._busy
        lower = self.preview is not None and self.preview.destination.relation == "lower"
        ui.setup_radio.setEnabled(lower and not self._busy)
        ui.full_check.setEnabled(not ui.setup_radio.isChecked())
        ui.seal_key_radio.setEnabled(not ui.setup_radio.isChecked())  # a new office has no key yet
        ui.key_file_button.setEnabled(not ui.setup_radio.isChecked())
        ui.key_label.setText(self._key_text())
        ui.email_hint_label.setText(self._email_hint())
        ui.email_hint_label.setVisible(ui.email_radio.isChecked())
        ui.export_button.setEnabled(ready)

    def _key_text(self) -> str:
        key = self.recipient()
        if self.ui.setup_radio.isChecked():
            return self.tr("A new office has no key yet:<br>use a passphrase.")
        if key is None:
            return self.tr("Not known here yet:<br>choose its key file.")
        return self.tr("{office}<br>fingerprint {fingerprint}").format(office=html.escape(key.label),
                                                                     fingerprint=key.fingerprint)

    def _email_hint(self) -> str:
        hint = self.tr("Saved in the outbox folder; the mail program<br>opens with the e-mail written, and you<br>"
                       "attach the file.")
        if self.ui.seal_none_radio.isChecked():
            hint += "<br>" + self.tr("<b>Encrypting it is recommended.</b>")
        return hint


def open_export(parent: QWidget, actor: Actor, on_exported=None) -> BundleExportDialog:
    dialog = BundleExportDialog(actor, parent)
    if on_exported is not None:
        dialog.exported.connect(on_exported)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog


def install(window: QWidget, actor: Actor, file_menu: QMenu, on_exported=None) -> QAction:
    """File → Export a bundle… (Ctrl+E); ``on_exported(result)`` after each bundle written."""
    action = file_menu.addAction(QCoreApplication.translate("BundleExportDialog", "&Export a bundle…"))
    action.setShortcut(QKeySequence("Ctrl+E"))
    action.triggered.connect(lambda: open_export(window, actor, on_exported))
    return action
