"""Printing a decision's certificates: template, mode (full design or text only for pre-printed blanks)
and printer (whose calibration is used), a preview of the selected recipient's page, and the batch as
PDF, on a printer, and the recipient list as PDF or Excel.

The preview is rendered on a worker after a short pause (flipping through recipients with the arrow
keys renders only where the officer stops); a result that no longer matches the selection is dropped
and the current one rendered instead.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

from PySide6.QtCore import QThreadPool, QTimer, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QWidget

from uniondesk.domain.awards import DecisionStatus
from uniondesk.domain.errors import Cancelled, UserFacingError
from uniondesk.domain.text import fold, format_int
from uniondesk.paths import data_dir
from uniondesk.services.certificates import batch, recipient_list
from uniondesk.services.certificates.templates import default_template, load_template, template_label, template_names
from uniondesk.ui import i18n
from uniondesk.ui.dialogs.calibration_dialog import CalibrationDialog
from uniondesk.ui.errors import show_user_error
from uniondesk.ui.forms.ui_award_print_panel import Ui_AwardPrintPanel
from uniondesk.ui.tabs.awards.printing import prepare_printer, print_certificates
from uniondesk.ui.tasks import Task, run_task
from uniondesk.ui.widgets.certificate_preview import fit_dpi, render_page


def file_stem(number: str) -> str:
    """"125/QĐ-LĐLĐ" → "qd-125-qd-ldld": a file name any system accepts."""
    return "qd-" + (re.sub(r"[^0-9a-z]+", "-", fold(number)).strip("-") or "khen-thuong")


class AwardPrintPanel(QWidget):
    status_message = Signal(str)
    preview_shown = Signal()  # a page or a message is now shown for the current selection
    printed = Signal(object)  # the pages printed, or the file written

    RENDER_DELAY_MS = 60

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_AwardPrintPanel()
        self.ui.setupUi(self)
        self.decision_id: int | None = None
        self.decision_number = ""
        self.decision_form = ""
        self.decision_status = ""
        self.recipient_id: int | None = None
        self.recipient_count = 0
        self.last_render_seconds: float | None = None
        self._render: Task | None = None
        self._render_request: tuple | None = None
        self._printer: QPrinter | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(self.RENDER_DELAY_MS)
        self._timer.timeout.connect(self._start_render)
        self._setup_choices()
        self._connect()
        self._update_state()

    def _setup_choices(self) -> None:
        ui = self.ui
        for combo in (ui.template_combo, ui.mode_combo, ui.printer_combo):
            # Long choices ("In đầy đủ hoa văn trên giấy trắng") must not widen the window.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(12)
        for column, stretch in ((0, 0), (1, 1), (2, 0), (3, 1)):
            ui.settings_layout.setColumnStretch(column, stretch)
        for name in template_names():
            ui.template_combo.addItem(template_label(name), name)
        ui.mode_combo.addItem(self.tr("Full design (plain paper)"), False)
        ui.mode_combo.addItem(self.tr("Text only (pre-printed blank)"), True)
        ui.mode_combo.setCurrentIndex(1 if i18n.settings().value("awards/blank", "false") == "true" else 0)
        printers = QPrinterInfo.availablePrinterNames()
        ui.printer_combo.addItems(printers)
        remembered = i18n.settings().value("awards/printer", QPrinterInfo.defaultPrinterName())
        ui.printer_combo.setCurrentText(str(remembered or ""))
        ui.printer_combo.lineEdit().setPlaceholderText(self.tr("default printer"))

    def _connect(self) -> None:
        ui = self.ui
        ui.template_combo.currentIndexChanged.connect(lambda _i: self._choice_changed())
        ui.mode_combo.currentIndexChanged.connect(lambda _i: self._choice_changed())
        ui.printer_combo.currentTextChanged.connect(lambda _t: self._choice_changed())
        ui.calibration_button.clicked.connect(self.calibrate)
        ui.export_button.clicked.connect(self.export_pdf)
        ui.print_button.clicked.connect(self.print_all)
        ui.list_button.clicked.connect(self.export_list)

    # --- choices ---------------------------------------------------------------------------------

    def template(self) -> str:
        return self.ui.template_combo.currentData() or default_template(self.decision_form)

    def blank(self) -> bool:
        return bool(self.ui.mode_combo.currentData())

    def printer_name(self) -> str:
        return self.ui.printer_combo.currentText().strip()

    def set_choices(self, template: str | None = None, blank: bool | None = None, printer: str | None = None) -> None:
        ui = self.ui
        if template is not None:
            ui.template_combo.setCurrentIndex(max(0, ui.template_combo.findData(template)))
        if blank is not None:
            ui.mode_combo.setCurrentIndex(1 if blank else 0)
        if printer is not None:
            ui.printer_combo.setCurrentText(printer)

    def _choice_changed(self) -> None:
        settings = i18n.settings()
        if self.decision_form:
            settings.setValue(f"awards/template/{self.decision_form}", self.template())
        settings.setValue("awards/blank", "true" if self.blank() else "false")
        settings.setValue("awards/printer", self.printer_name())
        self.refresh_preview()

    # --- what is shown ---------------------------------------------------------------------------

    def show_decision(self, decision_id: int | None, number: str = "", form: str = "", status: str = "",
                      recipients: int = 0) -> None:
        self.decision_id, self.decision_number, self.decision_form = decision_id, number, form
        self.decision_status, self.recipient_count = status, recipients
        if form:
            chosen = i18n.settings().value(f"awards/template/{form}", default_template(form))
            combo = self.ui.template_combo
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(chosen)))
            combo.blockSignals(False)
        self.recipient_id = None
        self._update_state()
        self.refresh_preview()

    def show_recipient(self, recipient_id: int | None, caption: str = "") -> None:
        self.recipient_id = recipient_id
        self.ui.preview_note.setText(caption)
        self.refresh_preview()

    def _update_state(self) -> None:
        printable = self.decision_id is not None and self.recipient_count > 0 \
            and self.decision_status != DecisionStatus.REVOKED
        self.ui.export_button.setEnabled(printable)
        self.ui.print_button.setEnabled(printable)
        self.ui.list_button.setEnabled(self.decision_id is not None and self.recipient_count > 0)

    # --- preview ---------------------------------------------------------------------------------

    def refresh_preview(self) -> None:
        self._timer.start()

    def _request(self) -> tuple | None:
        if self.decision_id is None or self.recipient_id is None:
            return None
        return (self.decision_id, self.recipient_id, self.template(), self.blank(), self.printer_name(),
                self.ui.preview.target_size())

    def _start_render(self) -> None:
        if self._render is not None:
            return  # the running one sees, when done, that the selection moved on
        if not self.isVisible():
            return  # rendered when shown (showEvent): a hidden tab costs nothing at start
        request = self._request()
        if request is None:
            self.ui.preview.show_message(self.tr("Select a recipient to see their certificate.")
                                         if self.decision_id is not None else self.tr("No decision selected."))
            self.preview_shown.emit()
            return
        decision_id, recipient_id, template, blank, printer, box = request

        def work(_progress, _cancel):
            started = time.perf_counter()
            certificates = batch.load(decision_id, template, [recipient_id])
            page = batch.page_for(certificates, 0, blank, printer)
            return render_page(page, fit_dpi((page.width, page.height), box)), time.perf_counter() - started

        self._render, self._render_request = Task(work), request
        # Bound methods, not lambdas: Qt drops the connection if the panel is gone before the worker ends.
        self._render.signals.finished.connect(self._render_finished)
        self._render.signals.failed.connect(self._render_failed)
        QThreadPool.globalInstance().start(self._render)

    def _render_finished(self, result) -> None:
        image, seconds = result
        if self._render_done():
            self.last_render_seconds = seconds
            self.ui.preview.show_image(image)
            self.preview_shown.emit()

    def _render_failed(self, error: BaseException) -> None:
        if self._render_done():
            if not isinstance(error, UserFacingError):
                raise error
            self.ui.preview.show_message(error.message)
            self.preview_shown.emit()

    def _render_done(self) -> bool:
        """True when the result is for what is selected now; else render that instead."""
        self._render = None
        if self._render_request != self._request():
            self._start_render()
            return False
        return True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh_preview()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.recipient_id is not None:
            self._timer.start(150)

    # --- calibration -----------------------------------------------------------------------------

    def calibrate(self) -> None:
        dialog = CalibrationDialog(self.template(), self.printer_name(), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.status_message.emit(self.tr("Calibration saved for {template} on {printer}.").format(
                template=dialog.template.label, printer=self.printer_name() or self.tr("the default printer")))
        self.refresh_preview()

    # --- output ----------------------------------------------------------------------------------

    def _ask_file(self, title: str, suffix: str, filters: str) -> str:
        suggested = data_dir() / f"{file_stem(self.decision_number)}{suffix}"
        target, _ = QFileDialog.getSaveFileName(self, title, str(suggested), filters)
        return target

    def export_pdf(self) -> None:
        if self.decision_id is None:
            return
        suffix = "-phoi.pdf" if self.blank() else ".pdf"
        target = self._ask_file(self.tr("Export certificates"), suffix, self.tr("PDF document (*.pdf)"))
        if target:
            self.write_pdf(target)

    def write_pdf(self, target: str | Path) -> Task:
        decision_id, template, blank, printer = self.decision_id, self.template(), self.blank(), self.printer_name()

        def work(progress, cancel):
            return batch.write_certificates(decision_id, target, template=template, blank=blank, printer=printer,
                                            progress=progress, cancel=cancel)

        def done(result: batch.BatchResult) -> None:
            seconds = f"{result.seconds:.1f}".replace(".", ",")
            self.status_message.emit(self.tr("Wrote {pages} certificates to {path} in {seconds} s.").format(
                pages=format_int(result.pages), path=result.path, seconds=seconds))
            self.printed.emit(result)

        return run_task(self, self.tr("Writing certificates…"), work, on_done=done, on_error=self._failed,
                        writes=False)

    def print_all(self) -> None:
        if self.decision_id is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if self.printer_name() in QPrinterInfo.availablePrinterNames():
            printer.setPrinterName(self.printer_name())
        prepare_printer(printer, load_template(self.template()), self.decision_number)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.start_printing(printer)

    def start_printing(self, printer: QPrinter) -> Task:
        """Print every certificate on ``printer`` (already set up), with the calibration of its name."""
        self._printer = printer  # alive until the worker is done with it
        decision_id, template, blank = self.decision_id, self.template(), self.blank()
        name = printer.printerName() if printer.outputFormat() == QPrinter.OutputFormat.NativeFormat else ""
        name = name or self.printer_name()

        def work(progress, cancel):
            return print_certificates(printer, decision_id, template=template, blank=blank, printer_name=name,
                                      progress=progress, cancel=cancel)

        def done(pages: int) -> None:
            self.status_message.emit(self.tr("Sent {pages} certificates to the printer.").format(
                pages=format_int(pages)))
            self.printed.emit(pages)

        return run_task(self, self.tr("Printing certificates…"), work, on_done=done, on_error=self._failed,
                        writes=False)

    def export_list(self) -> None:
        if self.decision_id is None:
            return
        pdf_filter, xlsx_filter = self.tr("PDF document (*.pdf)"), self.tr("Excel workbook (*.xlsx)")
        suggested = data_dir() / f"{file_stem(self.decision_number)}-danh-sach.pdf"
        target, chosen = QFileDialog.getSaveFileName(self, self.tr("Recipient list"), str(suggested),
                                                     f"{pdf_filter};;{xlsx_filter}")
        if target:
            if Path(target).suffix.lower() not in (".pdf", ".xlsx"):
                target += ".xlsx" if chosen == xlsx_filter else ".pdf"
            self.write_list(target)

    def write_list(self, target: str | Path) -> Task:
        decision_id = self.decision_id
        write = recipient_list.write_xlsx if str(target).lower().endswith(".xlsx") else recipient_list.write_pdf

        def done(path: Path) -> None:
            self.status_message.emit(self.tr("Wrote the recipient list to {path}.").format(path=path))
            self.printed.emit(path)

        return run_task(self, self.tr("Writing the recipient list…"),
                        lambda _progress, _cancel: write(decision_id, target), on_done=done,
                        on_error=self._failed, writes=False)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, Cancelled):
            self.status_message.emit(str(error) or self.tr("Cancelled: nothing was written."))
        elif isinstance(error, UserFacingError):
            show_user_error(self, error)
        else:
            raise error
