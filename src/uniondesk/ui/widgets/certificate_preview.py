"""The certificate preview: a page drawn by the core's Pillow renderer, shown in a scrollable label.

Pages are rendered to a ``QImage`` (allowed off the GUI thread) at the resolution that fits the
viewport's width, so the text is sharp and not rescaled; only the ``QPixmap`` is made on the GUI
thread. One lock serialises the renderer (the fonts it caches are not meant for two threads at once).
"""

from __future__ import annotations

import threading

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QWidget

from uniondesk.services.certificates import preview
from uniondesk.services.certificates.page import Page

RENDER_LOCK = threading.Lock()


def to_qimage(image: Image.Image) -> QImage:
    """A Pillow image as a QImage that owns its pixels."""
    rgb = image.convert("RGB") if image.mode != "RGB" else image
    data = rgb.tobytes("raw", "RGB")
    return QImage(data, rgb.width, rgb.height, rgb.width * 3, QImage.Format.Format_RGB888).copy()


def render_page(page: Page, dpi: float) -> QImage:
    with RENDER_LOCK:
        return to_qimage(preview.render(page, dpi))


def fit_dpi(page_size_pt: tuple[float, float], box_px: tuple[int, int]) -> float:
    """The resolution at which a page (width, height in points) fits in a box (pixels) whole."""
    (width, height), (box_width, box_height) = page_size_pt, box_px
    return max(12.0, min(box_width / (width / 72), box_height / (height / 72)))


class CertificatePreview(QScrollArea):
    """Shows a rendered page, or a short message in its place."""

    MARGIN = 10  # the label's padding and a little air

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # arrow keys scroll a page taller than the view
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.label = QLabel(self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setStyleSheet("QLabel { background: #e6e6e6; color: #555555; padding: 6px; }")
        self.setWidget(self.label)

    def target_size(self) -> tuple[int, int]:
        """The box a page is rendered to fit, whole, without scroll bars (unless the view is tiny)."""
        size = self.viewport().size()
        return max(200, size.width() - 2 * self.MARGIN), max(140, size.height() - 2 * self.MARGIN)

    def show_image(self, image: QImage) -> None:
        self.label.setPixmap(QPixmap.fromImage(image))

    def show_message(self, text: str) -> None:
        self.label.setPixmap(QPixmap())
        self.label.setText(text)

    def pixmap(self) -> QPixmap:
        return self.label.pixmap()

    def message(self) -> str:
        return self.label.text()
