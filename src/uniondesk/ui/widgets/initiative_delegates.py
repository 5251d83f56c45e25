"""Item delegates of the initiative screens: one similar initiative beside the entry form (its title in
bold, red for a likely duplicate, then where it was applied, by whom and how alike it is, smaller and
grey), and unit names cut in the middle in the list."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QTextDocument
from PySide6.QtWidgets import QListView, QStyle, QStyledItemDelegate, QStyleOptionViewItem


class SimilarDelegate(QStyledItemDelegate):
    MARGIN = 4

    def __init__(self, view: QListView):
        super().__init__(view)
        self.view = view

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex,
                  width: int) -> QTextDocument:
        title, _, facts = (index.data(Qt.ItemDataRole.DisplayRole) or "").partition("\n")
        colour = index.data(Qt.ItemDataRole.ForegroundRole)
        title_style = f"color: {colour.name()};" if isinstance(colour, QColor) else ""
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setDocumentMargin(self.MARGIN)
        document.setHtml(f"<div style='font-weight: bold; {title_style}'>{escape(title)}</div>"
                         f"<div style='color: #666666; font-size: small;'>{escape(facts)}</div>")
        document.setTextWidth(max(width, 50))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        self.initStyleOption(option, index)
        document = self._document(option, index, option.rect.width())
        option.text = ""  # the background and selection only; the text is the document's
        style = option.widget.style() if option.widget else self.view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        painter.translate(option.rect.topLeft())
        document.drawContents(painter)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        self.initStyleOption(option, index)
        width = self.view.viewport().width()
        document = self._document(option, index, width)
        return QSize(width, int(document.size().height()) + 2)


class MiddleElideDelegate(QStyledItemDelegate):
    """Unit names share long beginnings ("Công đoàn Công ty TNHH …"): their ends tell them apart."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle
