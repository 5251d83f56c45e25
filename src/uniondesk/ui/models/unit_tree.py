"""The union tree as a lazy Qt item model: a passive view of ``store.queries.units``.

Only the levels a user opens are read (``canFetchMore``/``fetchMore``), so a national tree of 130,000
units opens as fast as a province. In filter mode the model holds the matches and their ancestors only.
Indexes carry the parent's unit id (0 for the invisible root) rather than Python pointers, so a stale
index can never point at a freed object.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QMimeData, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QIcon

from uniondesk.domain.text import fold, format_int
from uniondesk.domain.units import UnitStatus
from uniondesk.store.queries import units as queries
from uniondesk.store.queries.units import UnitRow
from uniondesk.ui.models.unit_labels import kind_label, status_label

UnitIdRole = Qt.ItemDataRole.UserRole + 1
UNIT_MIME = "application/x-uniondesk-unit-id"
NAME, KIND, MEMBERS, GRASSROOTS, STATUS = range(5)
_NUMERIC = (MEMBERS, GRASSROOTS)
_COLUMNS = 5
_CLOSED_COLOUR = QColor(128, 128, 128)
_CLOSED_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
# Only live units can be dragged or receive a unit: the services refuse to move closed ones.
_LIVE_FLAGS = _CLOSED_FLAGS | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled


@dataclass(eq=False)
class _Node:
    row: UnitRow | None  # None: the invisible root
    parent: _Node | None
    position: int = 0  # row under the parent
    children: list[_Node] = field(default_factory=list)
    fetched: bool = False

    @property
    def id(self) -> int:
        return self.row.id if self.row else 0


class UnitTreeModel(QAbstractItemModel):
    """Columns: name, kind, members of the subtree, grassroots unions of the subtree, status."""

    # A unit was dropped on another: the model never writes, the tab confirms and calls the service.
    move_requested = Signal(int, int)

    FILTER_LIMIT = 500  # matches shown at most (a keystroke stays under 50 ms on a province); the tab says so

    def __init__(self, parent: QObject | None = None, include_closed: bool = False):
        super().__init__(parent)
        self._include_closed = include_closed
        self._filter = ""
        self._matches: set[int] = set()
        self._truncated = False
        self._root = _Node(None, None)
        self._nodes: dict[int, _Node] = {0: self._root}
        self._kept: set[int] = set()  # levels loaded in the normal tree, reloaded after a filter or refresh
        self._markers: dict[int, tuple[QIcon, str]] = {}  # offices this one exchanges bundles with

    # --- public API -------------------------------------------------------------------------------

    @property
    def filter_text(self) -> str:
        return self._filter

    @property
    def truncated(self) -> bool:
        """True when the filter found more than ``FILTER_LIMIT`` units and shows only the first ones."""
        return self._truncated

    @property
    def match_count(self) -> int:
        return len(self._matches)

    @property
    def include_closed(self) -> bool:
        return self._include_closed

    def set_filter(self, text: str) -> None:
        """Show only units whose name or code contains ``text`` (accents and case ignored), with their
        ancestors; an empty text brings the normal lazy tree back, with the levels it had loaded."""
        if not self._filter:
            self._kept = self._loaded_levels()
        self._filter = text.strip() if fold(text) else ""
        self._rebuild()

    def set_include_closed(self, include: bool) -> None:
        if include != self._include_closed:
            self._include_closed = include
            self.refresh()

    def refresh(self) -> None:
        """Read the data again, keeping every level that was loaded (the view must re-expand)."""
        if not self._filter:
            self._kept = self._loaded_levels()
        self._rebuild()

    def _loaded_levels(self) -> set[int]:
        return {node_id for node_id, node in self._nodes.items() if node.fetched}

    def _rebuild(self) -> None:
        self.beginResetModel()
        self._root = _Node(None, None)
        self._nodes = {0: self._root}
        if self._filter:
            self._load_filter()
        else:
            self._matches, self._truncated = set(), False
            self._reload(self._kept)
        self.endResetModel()

    def set_markers(self, markers: dict[int, tuple[QIcon, str]]) -> None:
        """Mark units whose office this one exchanges bundles with: unit id → (icon, tooltip lines)."""
        changed = set(self._markers) | set(markers)
        self._markers = dict(markers)
        for unit_id in changed:
            node = self._nodes.get(unit_id)
            if node is not None and node.row is not None:
                index = self._index_of(node)
                self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.ToolTipRole])

    def marker(self, unit_id: int) -> tuple[QIcon, str] | None:
        return self._markers.get(unit_id)

    def unit_id(self, index: QModelIndex) -> int | None:
        node = self._node(index)
        return node.row.id if node is not None and node.row else None

    def unit_row(self, index: QModelIndex) -> UnitRow | None:
        node = self._node(index)
        return node.row if node is not None else None

    def index_for_unit(self, unit_id: int | None) -> QModelIndex:
        """The unit's index, loading its ancestors' levels as needed; invalid if it is not shown."""
        if unit_id is None:
            return QModelIndex()
        if unit_id not in self._nodes and not self._filter:
            if not self._root.fetched:
                self.fetchMore(QModelIndex())
            for ancestor in queries.ancestors(unit_id):
                node = self._nodes.get(ancestor)
                if node is None:
                    return QModelIndex()
                if not node.fetched:
                    self.fetchMore(self._index_of(node))
        node = self._nodes.get(unit_id)
        return self._index_of(node) if node is not None else QModelIndex()

    # --- loading ----------------------------------------------------------------------------------

    def _adopt(self, node: _Node, rows: list[UnitRow]) -> None:
        node.children = [_Node(row, node, position) for position, row in enumerate(rows)]
        for child in node.children:
            self._nodes[child.id] = child
        node.fetched = True

    def _reload(self, loaded: set[int]) -> None:
        """Load the root level, then again every level that was loaded before, top down.

        The root level is always loaded: a view (and Qt's model tester) asks for it as soon as the
        reset ends, and it is only a few rows."""
        pending = [self._root]
        while pending:
            node = pending.pop()
            self._adopt(node, queries.children(node.row.id if node.row else None, self._include_closed))
            pending.extend(child for child in node.children if child.id in loaded)

    def _load_filter(self) -> None:
        result = queries.filter_tree(self._filter, self._include_closed, limit=self.FILTER_LIMIT)
        self._matches, self._truncated = result.matches, result.truncated
        pending = [self._root]
        while pending:
            node = pending.pop()
            ids = result.visible.get(node.row.id if node.row else None, [])
            self._adopt(node, [result.rows[unit_id] for unit_id in ids])
            pending.extend(node.children)

    def canFetchMore(self, parent: QModelIndex) -> bool:
        node = self._node(parent)
        if node is None or node.fetched or self._filter:
            return False
        return node.row is None or node.row.child_count > 0

    def fetchMore(self, parent: QModelIndex) -> None:
        node = self._node(parent)
        if node is None or node.fetched or self._filter:
            return
        rows = queries.children(node.row.id if node.row else None, self._include_closed)
        if not rows:
            node.fetched = True
            return
        self.beginInsertRows(parent, 0, len(rows) - 1)
        self._adopt(node, rows)
        self.endInsertRows()

    # --- structure --------------------------------------------------------------------------------

    def _node(self, index: QModelIndex) -> _Node | None:
        if not index.isValid():
            return self._root
        parent = self._nodes.get(index.internalId())
        if parent is None or not 0 <= index.row() < len(parent.children):
            return None
        return parent.children[index.row()]

    def _index_of(self, node: _Node, column: int = 0) -> QModelIndex:
        if node.row is None:
            return QModelIndex()
        return self.createIndex(node.position, column, node.parent.id)

    def index(self, row: int, column: int, parent: QModelIndex = QModelIndex()) -> QModelIndex:
        node = self._node(parent)
        if node is None or not 0 <= row < len(node.children) or not 0 <= column < _COLUMNS:
            return QModelIndex()
        return self.createIndex(row, column, node.id)

    def parent(self, index: QModelIndex | None = None):  # noqa: D102 - also QObject.parent()
        if index is None:
            return QObject.parent(self)
        node = self._node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self._index_of(node.parent)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        if parent.column() > 0:
            return 0
        node = self._node(parent)
        return len(node.children) if node is not None else 0

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return _COLUMNS

    def hasChildren(self, parent: QModelIndex = QModelIndex()) -> bool:
        if parent.column() > 0:
            return False
        node = self._node(parent)
        if node is None:
            return False
        if node.fetched or self._filter:
            return bool(node.children)
        return node.row is None or node.row.child_count > 0

    # --- display ----------------------------------------------------------------------------------

    def _headers(self) -> tuple[str, ...]:
        return (self.tr("Unit name"), self.tr("Kind"), self.tr("Members"), self.tr("Grassroots unions"),
                self.tr("Status"))

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._headers()):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        node = self._node(index)
        if node is None or node.row is None:
            return None
        row, column = node.row, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return _display(row, column)
        if role == UnitIdRole:
            return row.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row.status != UnitStatus.LIVE:
            return QBrush(_CLOSED_COLOUR)
        if role == Qt.ItemDataRole.FontRole and column == NAME and row.id in self._matches:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.DecorationRole and column == NAME and row.id in self._markers:
            return self._markers[row.id][0]
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{row.name} ({row.code}) — {kind_label(row.kind)}"
            return f"{tip}\n{self._markers[row.id][1]}" if row.id in self._markers else tip
        return None

    # --- drag and drop: a request, never a write ---------------------------------------------------

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        row = self.unit_row(index)
        if row is None:
            return Qt.ItemFlag.NoItemFlags
        return _LIVE_FLAGS if row.status == UnitStatus.LIVE else _CLOSED_FLAGS

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [UNIT_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        data = QMimeData()
        ids = {self.unit_id(index) for index in indexes if index.isValid()}
        ids.discard(None)
        if len(ids) == 1:
            data.setData(UNIT_MIME, str(ids.pop()).encode("ascii"))
        return data

    def _drop_target(self, data: QMimeData, parent: QModelIndex) -> tuple[int, int] | None:
        """(dragged unit, new parent) if the drop makes sense, else None."""
        if data is None or not data.hasFormat(UNIT_MIME):
            return None
        try:
            dragged = int(bytes(data.data(UNIT_MIME)).decode("ascii"))
        except ValueError:
            return None
        target = self._node(parent)
        if target is None or target.row is None or target.row.status != UnitStatus.LIVE:
            return None
        ancestor: _Node | None = target
        while ancestor is not None:  # never under itself or its own descendant
            if ancestor.id == dragged:
                return None
            ancestor = ancestor.parent
        dragged_node = self._nodes.get(dragged)
        if dragged_node is not None and dragged_node.parent is target:
            return None
        return dragged, target.id

    def canDropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802 - Qt override
        return action == Qt.DropAction.MoveAction and self._drop_target(data, parent) is not None

    def dropMimeData(self, data, action, row, column, parent) -> bool:  # noqa: N802 - Qt override
        request = self._drop_target(data, parent) if action == Qt.DropAction.MoveAction else None
        if request is not None:
            self.move_requested.emit(*request)
        return False  # nothing was moved here: the view must not remove the dragged row


def _display(row: UnitRow, column: int) -> str | None:
    if column == NAME:
        return row.name
    if column == KIND:
        return kind_label(row.kind)
    if column == MEMBERS:
        return format_int(row.members)
    if column == GRASSROOTS:
        return format_int(row.grassroots)
    if column == STATUS:
        return status_label(row.status, row.closed_on)
    return None
