"""Printing a decision's certificates through the system print dialog.

Qt's PDF module is not in PySide6-Essentials, so the PDF itself cannot be handed to a printer. Each
page is drawn instead by the core's renderer (the same display list the PDF is written from) at the
printer's resolution, and painted onto the whole sheet: ``fullPage`` puts the painter's origin at the
paper's corner, where the template's millimetres and the calibration are measured from.

QPainter may paint on a QPrinter outside the GUI thread (Qt's threading notes), so the whole job runs
on a worker with progress and cancel.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter

from uniondesk.domain.errors import Cancelled, EnvironmentFault
from uniondesk.services.certificates import batch
from uniondesk.services.certificates.templates import Template
from uniondesk.ui.widgets.certificate_preview import render_page

# A sheet at 1,200 dpi would be a 500 MB image; 300 dpi is what laser printers print text at.
MAX_DPI = 300
_PAPERS = {"A3": QPageSize.PageSizeId.A3, "A4": QPageSize.PageSizeId.A4, "A5": QPageSize.PageSizeId.A5}


def prepare_printer(printer: QPrinter, template: Template, title: str) -> None:
    """Paper, orientation and no margins as the template wants them, before the print dialog opens."""
    orientation = (QPageLayout.Orientation.Landscape if template.orientation == "landscape"
                   else QPageLayout.Orientation.Portrait)
    printer.setPageLayout(QPageLayout(QPageSize(_PAPERS[template.paper]), orientation, QMarginsF(0, 0, 0, 0)))
    printer.setFullPage(True)
    printer.setDocName(title)


def print_certificates(printer: QPrinter, decision_id: int, *, template: str | None, blank: bool,
                       printer_name: str, recipient_ids: list[int] | None = None,
                       progress: Callable[[int, int, str], None], cancel: Callable[[], bool]) -> int:
    """Paint every page onto ``printer``; the number of pages. Raises ``Cancelled`` (the job is
    aborted) or ``EnvironmentFault`` (the printer cannot be opened)."""
    work = batch.load(decision_id, template, recipient_ids)
    dpi = min(float(printer.resolution()), MAX_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise EnvironmentFault(QCoreApplication.translate(
            "AwardPrinting", "The printer could not be opened (switched off, out of paper, or the output file "
            "cannot be written)."))
    total = len(work.recipients)
    try:
        for done, page in enumerate(batch.pages(work, blank, printer_name), 1):
            if cancel():
                printer.abort()
                raise Cancelled(QCoreApplication.translate("AwardPrinting", "Printing cancelled."))
            if done > 1 and not printer.newPage():
                raise EnvironmentFault(QCoreApplication.translate(
                    "AwardPrinting", "The printer takes no more pages (out of paper or disconnected)."))
            painter.drawImage(printer.paperRect(QPrinter.Unit.DevicePixel), render_page(page, dpi))
            progress(done, total, QCoreApplication.translate("AwardPrinting", "Printed {done} of {total} pages")
                     .format(done=done, total=total))
    finally:
        painter.end()
    return total
