"""Draws the achievement column as a bar with the percentage written on it.

Drawn by hand rather than with the style's progress bar: its text sits half on the dark chunk and half
off it, which made "51,8 %" unreadable. Light fills keep dark text readable over the whole bar. Above
100 % the bar is full (green) and the text tells the real figure; a unit without a quota shows nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from uniondesk.ui.models.quota_progress import PercentRole

_TRACK = QColor("#eceff1")
_FILL = QColor("#90caf9")
_DONE = QColor("#a5d6a7")
_BORDER = QColor("#b0bec5")
_TEXT = QColor("#1a1a1a")


class AchievementBarDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        percent = index.data(PercentRole)
        if percent is None:
            super().paint(painter, option, index)
            return
        # The item's own background first, so that a selected row still reads as selected.
        style = option.widget.style() if option.widget else QApplication.style()
        background = QStyleOptionViewItem(option)
        self.initStyleOption(background, index)
        background.text = ""
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, option.widget)
        bar = QRectF(option.rect.adjusted(4, 4, -4, -4))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(_BORDER, 1))
        painter.setBrush(_TRACK)
        painter.drawRoundedRect(bar, 3, 3)
        filled = QRectF(bar)
        filled.setWidth(bar.width() * min(percent, 100.0) / 100.0)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_DONE if percent >= 100.0 else _FILL)
        painter.drawRoundedRect(filled, 3, 3)
        painter.setPen(_TEXT)
        painter.drawText(bar, Qt.AlignmentFlag.AlignCenter, index.data(Qt.ItemDataRole.DisplayRole) or "")
        painter.restore()
