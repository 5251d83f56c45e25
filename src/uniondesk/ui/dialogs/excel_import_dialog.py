"""Importing a workbook a unit sent: check every row first, show what was found, then let the officer
decide — import the valid rows, import nothing, or save the error report to send back to the unit.

Reading and importing run on a worker with progress (a 10,000-row workbook takes seconds); nothing is
written until "Import the valid rows", and the import is then one transaction.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QWidget

from uniondesk.domain.errors import Cancelled, UserFacingError
from uniondesk.domain.text import format_int
from uniondesk.services.actor import Actor
from uniondesk.services.excel import ImportPlan, ImportResult, import_workbook, read_workbook, write_report
from uniondesk.ui.forms.ui_excel_import_dialog import Ui_ExcelImportDialog
from uniondesk.ui.models.initiative_import_errors import ImportErrorsModel
from uniondesk.ui.tasks import run_task



class ExcelImportDialog(QDialog):
    """After ``exec()``: ``result`` is the import's outcome (None when nothing was imported)."""

    def __init__(self, actor: Actor, campaign_id: int, campaign_name: str, parent: QWidget | None = None,
                 start_folder: str = ""):
        super().__init__(parent)
        self.ui = Ui_ExcelImportDialog()
        self.ui.setupUi(self)
        self.actor, self.campaign_id = actor, campaign_id
        self.path: Path | None = None
        self.plan: ImportPlan | None = None
        self.import_result: ImportResult | None = None
        self.report_path: Path | None = None
        self.busy = False
        self._start_folder = start_folder
        self.errors = ImportErrorsModel(self)
        self.ui.errors_view.setModel(self.errors)
        self.ui.errors_view.verticalHeader().hide()  # the worksheet's row is the first column
        header = self.ui.errors_view.horizontalHeader()
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, sample in ((0, "100.000"), (1, "AA100000"), (2, "Giá trị làm lợi (đồng)")):
            header.resizeSection(column, self.fontMetrics().horizontalAdvance(sample) + 20)
        self.ui.heading_label.setText(self.tr("Import initiatives into “{campaign}”").format(campaign=campaign_name))
        self.ui.browse_button.clicked.connect(self.choose_file)
        self.ui.import_valid_button.clicked.connect(self.import_valid)
        self.ui.import_nothing_button.clicked.connect(self.reject)
        self.ui.save_report_button.clicked.connect(self.save_report)
        self.ui.general_error.hide()
        self._update_buttons()

    # --- reading ---------------------------------------------------------------------------------

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the workbook"), self._start_folder,
                                              self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.read(Path(path))

    def read(self, path: Path) -> None:
        """Check every row of ``path`` on a worker; nothing is written."""
        self.path, self.plan = path, None
        self.ui.file_edit.setText(str(path))
        self.errors.set_errors([])
        self._show_message("")
        self.ui.summary_label.setText(self.tr("Checking every row of “{name}”…").format(name=path.name))
        self._start(self.tr("Checking the workbook…"),
                    lambda progress, cancel: read_workbook(path, self.campaign_id, progress=progress, cancel=cancel),
                    self._read_done, writes=False)

    def _read_done(self, plan: ImportPlan) -> None:
        self.plan = plan
        self.errors.set_errors(plan.errors)
        if len(plan.errors) <= 500:  # long messages wrapped in full; a huge list keeps one line per row
            self.ui.errors_view.resizeRowsToContents()
        parts = [self.tr("{rows} rows read: {valid} valid, {invalid} with errors, {unchanged} already imported "
                         "before (not imported again).").format(
            rows=format_int(len(plan.rows)), valid=format_int(len(plan.valid)),
            invalid=format_int(len(plan.invalid)), unchanged=format_int(len(plan.unchanged)))]
        if plan.invalid:
            parts.append(self.tr("Import the valid rows now and send the error report back to the unit, or "
                                 "import nothing until the file is corrected."))
        elif not plan.valid:
            parts.append(self.tr("There is nothing new to import."))
        self.ui.summary_label.setText("\n".join(parts))
        self._update_buttons()

    # --- deciding --------------------------------------------------------------------------------

    def import_valid(self) -> None:
        if self.plan is None or not self.plan.valid or self.path is None:
            return
        path = self.path
        self._start(self.tr("Importing…"),
                    lambda progress, cancel: import_workbook(self.actor, self.campaign_id, path, valid_only=True,
                                                             progress=progress, cancel=cancel),
                    self._imported, writes=True)

    def _imported(self, result: ImportResult) -> None:
        self.import_result = result
        self.accept()

    def summary(self) -> str:
        """What the import did, for the status bar."""
        result = self.import_result
        if result is None:
            return ""
        return self.tr("Imported {imported} initiatives from “{name}”; {unchanged} were already there, {invalid} "
                       "rows with errors were left out.").format(
            imported=format_int(result.imported), unchanged=format_int(result.unchanged),
            invalid=format_int(result.invalid), name=self.path.name if self.path else "")

    def save_report(self) -> None:
        if self.plan is None or self.path is None:
            return
        suggested = self.path.with_name(f"{self.path.stem}-baocao.xlsx")
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save the error report"), str(suggested),
                                                self.tr("Excel workbook (*.xlsx)"))
        if target:
            self.write_report_to(Path(target))

    def write_report_to(self, target: Path) -> None:
        plan, source = self.plan, self.path
        self._start(self.tr("Writing the report…"),
                    lambda progress, cancel: write_report(plan, source, target), self._report_written, writes=False)

    def _report_written(self, path: Path) -> None:
        self.report_path = Path(path)
        self._show_message(self.tr("Report saved: {path}").format(path=path), error=False)

    # --- plumbing --------------------------------------------------------------------------------

    def _start(self, title: str, work, on_done, writes: bool) -> None:
        self.busy = True
        self._update_buttons()

        def done(value) -> None:
            self.busy = False
            self._update_buttons()
            on_done(value)

        run_task(self, title, work, on_done=done, on_error=self._failed, writes=writes)

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        if isinstance(error, Cancelled):
            self._show_message(self.tr("Stopped: nothing was imported."))
        elif isinstance(error, UserFacingError):
            self._show_message(error.message)
            if self.plan is None:
                self.ui.summary_label.setText(self.tr("The file could not be read; nothing was imported."))
        else:
            raise error
        self._update_buttons()

    def _show_message(self, text: str, error: bool = True) -> None:
        label = self.ui.general_error
        label.setStyleSheet("color: #c62828;" if error else "color: #1b5e20;")
        label.setText(text)
        label.setVisible(bool(text))

    def _update_buttons(self) -> None:
        plan = self.plan
        self.ui.browse_button.setEnabled(not self.busy)
        self.ui.import_valid_button.setEnabled(not self.busy and plan is not None and bool(plan.valid))
        self.ui.save_report_button.setEnabled(not self.busy and plan is not None and bool(plan.rows))
        if plan is not None and not plan.invalid and plan.valid:
            self.ui.import_valid_button.setText(self.tr("&Import all {count} rows").format(
                count=format_int(len(plan.valid))))
        else:
            self.ui.import_valid_button.setText(self.tr("&Import the valid rows"))

    def reject(self) -> None:
        if not self.busy:  # a running import finishes (or is cancelled from its progress dialog) first
            super().reject()
