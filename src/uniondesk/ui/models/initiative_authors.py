"""The authors of the initiative being typed: name and share, with an empty row at the end for the next.

Shares are typed in percent ("50", "33,5"); a share left empty takes an equal part of what the typed
shares leave, shown in grey, so two authors typed without shares get 50 % each.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from uniondesk.domain.errors import InputError
from uniondesk.domain.initiatives import FULL_SHARE_BP

NAME, SHARE = 0, 1
PersonIdRole = Qt.ItemDataRole.UserRole + 1
_SHARE = re.compile(r"^(\d{1,3})(?:[.,](\d{1,2}))?\s*%?$", re.ASCII)


@dataclass
class AuthorRow:
    name: str = ""
    person_id: int | None = None
    share: str = ""  # as typed, "" for an equal part


def parse_share(text: str) -> int | None:
    """"33,5" → 3350 basis points; "" → None. Raises InputError (field "authors") when unreadable."""
    text = text.strip()
    if not text:
        return None
    match = _SHARE.match(text)
    if not match or int(match[1]) > 100:
        raise InputError(f"Tỷ lệ đóng góp “{text}” không hợp lệ: nhập số phần trăm từ 0 đến 100, ví dụ 50 hoặc 33,5.",
                         "authors")
    return int(match[1]) * 100 + int((match[2] or "0").ljust(2, "0"))


def spread(typed: list[int | None]) -> list[int | None]:
    """Fill the empty shares with equal parts of the rest, in basis points that add up exactly.

    None stays where nothing is left to share (the typed shares reach 100 % already or exceed it).
    """
    empty = [i for i, share in enumerate(typed) if share is None]
    rest = FULL_SHARE_BP - sum(share for share in typed if share is not None)
    if not empty or rest <= 0:
        return list(typed)
    out = list(typed)
    part, extra = divmod(rest, len(empty))
    for order, i in enumerate(empty):
        out[i] = part + (1 if order < extra else 0)  # the first authors take the odd basis points
    return out


def format_share(bp: int | None) -> str:
    if bp is None:
        return ""
    whole, cents = divmod(bp, 100)
    return f"{whole},{cents:02d}" if cents else str(whole)


class AuthorsModel(QAbstractTableModel):
    """Editable; the last row is always empty and becomes an author once a name is typed in it."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._rows: list[AuthorRow] = [AuthorRow()]
        self.read_only = False

    # --- content ---------------------------------------------------------------------------------

    def authors(self) -> list[AuthorRow]:
        """The authors typed (not the empty row at the end)."""
        return [row for row in self._rows if row.name.strip()]

    def set_authors(self, authors: list[AuthorRow]) -> None:
        self.beginResetModel()
        self._rows = [AuthorRow(a.name, a.person_id, a.share) for a in authors] + [AuthorRow()]
        self.endResetModel()

    def clear(self) -> None:
        self.set_authors([])

    def shares_bp(self) -> list[int | None]:
        """Each author's share in basis points, empty ones spread; InputError on an unreadable share."""
        return spread([parse_share(row.share) for row in self.authors()])

    def remove_row(self, row: int) -> None:
        if 0 <= row < len(self._rows) - 1:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()
            self._shares_changed()

    def _shown_shares(self) -> list[int | None]:
        try:
            return self.shares_bp()
        except InputError:
            return [None] * len(self.authors())

    def _shares_changed(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, SHARE), self.index(len(self._rows) - 1, SHARE))

    # --- Qt model --------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return str(section + 1) if section < len(self._rows) - 1 else "+"
        return (self.tr("Author"), self.tr("Share %"))[section] if section in (NAME, SHARE) else None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags if self.read_only else flags | Qt.ItemFlag.ItemIsEditable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        empty_row = index.row() == len(self._rows) - 1
        if index.column() == NAME:
            return self._name_data(row, empty_row, role)
        return self._share_data(index.row(), row, empty_row, role)

    def _name_data(self, row: AuthorRow, empty_row: bool, role: int):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return row.name
        if role == PersonIdRole:
            return row.person_id
        if role == Qt.ItemDataRole.ToolTipRole and not empty_row:
            if row.person_id:
                return self.tr("A member of the unit")
            return self.tr("A new name (not yet in the unit's list)")
        return None

    def _share_data(self, position: int, row: AuthorRow, empty_row: bool, role: int):
        if role == Qt.ItemDataRole.EditRole:
            return row.share
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if empty_row:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if row.share.strip():
                return row.share
            shares = self._shown_shares()
            return format_share(shares[position]) if position < len(shares) else ""
        if role == Qt.ItemDataRole.ForegroundRole and not row.share.strip():
            return QColor("#777777")  # an equal part, worked out: not typed
        if role == Qt.ItemDataRole.FontRole and not row.share.strip():
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def setData(self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.read_only or role not in (Qt.ItemDataRole.EditRole, PersonIdRole):
            return False
        row = self._rows[index.row()]
        if role == PersonIdRole:
            row.person_id = value
            return True
        if index.column() == NAME:
            row.name = str(value or "").strip()
        else:
            row.share = str(value or "").strip()
        self.dataChanged.emit(index, index)
        self._after_edit(index.row())
        return True

    def _after_edit(self, position: int) -> None:
        last = len(self._rows) - 1
        if position == last and self._rows[last].name:
            self.beginInsertRows(QModelIndex(), last + 1, last + 1)
            self._rows.append(AuthorRow())
            self.endInsertRows()
        elif position < last and not self._rows[position].name:
            self.remove_row(position)  # a name erased: the author is gone
            return
        self._shares_changed()
