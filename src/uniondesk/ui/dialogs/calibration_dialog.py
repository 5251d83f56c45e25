"""Calibration of one template on one printer: offsets and scale in millimetres, stored on this PC.

The officer prints the calibration page (a ruler grid with + marks, printed through the current
calibration), measures where the marks landed and adds the differences here. Values that would put a
printed box beyond the paper are refused by the service with a message; nothing is saved then.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QDoubleSpinBox, QFileDialog, QWidget

from uniondesk.domain.errors import UserFacingError
from uniondesk.paths import data_dir
from uniondesk.services.certificates import calibration as calibrations
from uniondesk.services.certificates.page import Calibration
from uniondesk.services.certificates.templates import load_template
from uniondesk.ui.forms.ui_calibration_dialog import Ui_CalibrationDialog

VIETNAMESE = QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)


def prepare_mm_spin(spin: QDoubleSpinBox, limit: float, step: float = 0.5) -> None:
    """A millimetre spin box with a decimal comma, from -limit to +limit."""
    spin.setLocale(VIETNAMESE)
    spin.setDecimals(1)
    spin.setRange(-limit, limit)
    spin.setSingleStep(step)
    spin.setSuffix(" mm")
    spin.setAccelerated(True)


class CalibrationDialog(QDialog):
    def __init__(self, template_name: str, printer: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_CalibrationDialog()
        self.ui.setupUi(self)
        self.template = load_template(template_name)
        self.printer = printer.strip()
        self.written: Path | None = None
        self.ui.target_label.setText(self.tr("{template} on printer: {printer}").format(
            template=self.template.label, printer=self.printer or self.tr("(default printer)")))
        for spin in (self.ui.dx_spin, self.ui.dy_spin):
            prepare_mm_spin(spin, calibrations.MAX_OFFSET_MM)
        low, high = calibrations.SCALE_RANGE
        for spin in (self.ui.sx_spin, self.ui.sy_spin):
            spin.setLocale(VIETNAMESE)
            spin.setDecimals(3)
            spin.setRange(low, high)
            spin.setSingleStep(0.001)
        self.ui.error_label.hide()
        self.ui.button_box.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        self.ui.button_box.accepted.connect(self.submit)
        self.ui.button_box.rejected.connect(self.reject)
        self.ui.page_button.clicked.connect(self.write_page)
        self.ui.reset_button.clicked.connect(lambda: self.show_values(Calibration()))
        self.show_values(self.stored())
        self.ui.dx_spin.setFocus()

    def stored(self) -> Calibration:
        return calibrations.get_calibration(self.template.name, self.printer)

    def show_values(self, values: Calibration) -> None:
        self.ui.dx_spin.setValue(values.dx_mm)
        self.ui.dy_spin.setValue(values.dy_mm)
        self.ui.sx_spin.setValue(values.scale_x)
        self.ui.sy_spin.setValue(values.scale_y)

    def values(self) -> Calibration:
        ui = self.ui
        return Calibration(round(ui.dx_spin.value(), 1), round(ui.dy_spin.value(), 1), round(ui.sx_spin.value(), 3),
                           round(ui.sy_spin.value(), 3))

    def save(self) -> bool:
        """Store the values shown; False (and the service's message) when they are refused."""
        self.ui.error_label.hide()
        if self.values() == self.stored():
            return True
        try:
            calibrations.set_calibration(self.template.name, self.printer, self.values())
        except UserFacingError as exc:
            self.show_error(exc.message)
            return False
        return True

    def submit(self) -> None:
        if self.save():
            self.accept()

    def write_page(self) -> None:
        """The calibration page as PDF, printed through the values shown (saved first)."""
        if not self.save():
            return
        suggested = data_dir() / f"can-chinh-{self.template.name}.pdf"
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save the calibration page"), str(suggested),
                                                self.tr("PDF document (*.pdf)"))
        if not target:
            return
        try:
            self.written = calibrations.write_calibration_page(self.template.name, target, self.printer)
        except UserFacingError as exc:
            self.show_error(exc.message)
            return
        self.ui.error_label.setStyleSheet("color: #1b5e20;")
        self.ui.error_label.setText(self.tr("Saved {path}. Print it at 100 % scale, then measure the + marks.")
                                    .format(path=self.written))
        self.ui.error_label.show()

    def show_error(self, message: str) -> None:
        self.ui.error_label.setStyleSheet("color: #c62828;")
        self.ui.error_label.setText(message)
        self.ui.error_label.show()

    def error_text(self) -> str:
        return self.ui.error_label.text() if not self.ui.error_label.isHidden() else ""
