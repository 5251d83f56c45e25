"""First start: who the officer is, and which office this installation serves (new, or demo data)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QLineEdit, QWidget

from uniondesk.domain.errors import Cancelled, InputError, UserFacingError
from uniondesk.domain.units import UnitKind
from uniondesk.services import installation
from uniondesk.ui.errors import show_user_error
from uniondesk.ui.forms.ui_first_start_dialog import Ui_FirstStartDialog
from uniondesk.ui.models.unit_labels import kind_label
from uniondesk.ui.tasks import run_task

# Demo sizes offered on first start; "national" (130,000 units) is for the command line.
DEMO_SCALES = ("small", "province")


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
        self.ui.button_box.accepted.connect(self.accept)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.new_office_radio.toggled.connect(self._sync_enabled)
        self._sync_enabled()
        self.ui.officer_edit.setText(installation.officer_name() or "")
        self.ui.officer_edit.setFocus()
        self.demo_running = False

    def _sync_enabled(self) -> None:
        new_office = self.ui.new_office_radio.isChecked()
        self.ui.office_group.setEnabled(new_office)
        self.ui.scale_combo.setEnabled(not new_office)

    def _show_error(self, message: str, field: QLineEdit | None = None) -> None:
        self.ui.error_label.setText(message)
        if field is not None:
            field.setFocus()
            field.selectAll()

    def accept(self) -> None:
        if self.demo_running:
            return
        try:
            officer = installation.remember_officer(self.ui.officer_edit.text())
        except InputError as error:
            self._show_error(error.message, self.ui.officer_edit)
            return
        if self.ui.new_office_radio.isChecked():
            self._create_office(officer)
        else:
            self._build_demo(officer, self.ui.scale_combo.currentData())

    def _create_office(self, officer: str) -> None:
        fields = {"code": self.ui.code_edit, "name": self.ui.name_edit}
        try:
            installation.create_office(officer, code=self.ui.code_edit.text(), name=self.ui.name_edit.text(),
                                       kind=self.ui.kind_combo.currentData())
        except InputError as error:
            self._show_error(error.message, fields.get(error.field or ""))
            return
        super().accept()

    def _build_demo(self, officer: str, scale: str) -> None:
        from uniondesk.services.demo import build_demo

        self.demo_running = True
        self.ui.button_box.setEnabled(False)
        self._show_error("")

        def work(progress, cancel):
            build_demo(scale, officer=officer, progress=progress, cancel=cancel)

        run_task(self, self.tr("Building the demonstration data…"), work,
                 on_done=self._demo_built, on_error=self._demo_failed)

    def _demo_built(self, _result: object) -> None:
        self.demo_running = False
        super().accept()

    def _demo_failed(self, error: BaseException) -> None:
        self.demo_running = False
        self.ui.button_box.setEnabled(True)
        if isinstance(error, UserFacingError):
            show_user_error(self, error)
        elif isinstance(error, Cancelled):
            self._show_error(self.tr("Cancelled: nothing was written."))
        else:
            raise error
