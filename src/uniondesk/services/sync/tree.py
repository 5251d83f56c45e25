"""The union tree as sync sees it: ancestry by uuid (the receiver's tree, with what a bundle proposes),
and the local materialised paths rebuilt after units arrived or moved."""

from __future__ import annotations

from uniondesk.store.db import database
from uniondesk.store.queries import sync as queries
from uniondesk.store.tree import child_path, move_subtree


class UnitTree:
    """uuid → parent uuid of every local unit, overlaid with the parents a bundle proposes."""

    def __init__(self) -> None:
        rows = queries.unit_tree()
        self.ids = {uuid: id_ for id_, uuid, _, _ in rows}
        self.local_parent = {uuid: parent for _, uuid, parent, _ in rows}
        self.paths = {uuid: path for _, uuid, _, path in rows}
        self.proposed: dict[str, str | None] = {}
        self._chains: dict[str, frozenset[str]] = {}
        self._missing: dict[str, str | None] = {}

    def known(self, uuid: str | None) -> bool:
        return uuid is not None and (uuid in self.ids or uuid in self.proposed)

    def parent(self, uuid: str) -> str | None:
        return self.proposed[uuid] if uuid in self.proposed else self.local_parent.get(uuid)

    def propose(self, uuid: str, parent: str | None) -> None:
        self.proposed[uuid] = parent
        self._chains.clear()
        self._missing.clear()

    def withdraw(self, uuid: str) -> None:
        self.proposed.pop(uuid, None)
        self._chains.clear()
        self._missing.clear()

    def chain(self, uuid: str) -> frozenset[str]:
        """The unit and its ancestors (a loop in proposed parents stops the walk)."""
        found = self._chains.get(uuid)
        if found is None:
            seen: list[str] = []
            current: str | None = uuid
            while current is not None and current not in seen:
                seen.append(current)
                current = self.parent(current)
            found = self._chains[uuid] = frozenset(seen)
        return found

    def missing_ancestor(self, uuid: str) -> str | None:
        """The first unit up the chain that is not known here (the record must wait for it), or None."""
        if uuid not in self._missing:
            self._missing[uuid] = self._first_unknown(uuid)
        return self._missing[uuid]

    def _first_unknown(self, uuid: str) -> str | None:
        current: str | None = uuid
        seen = set()
        while current is not None and current not in seen:
            if not self.known(current):
                return current
            seen.add(current)
            current = self.parent(current)
        return None

    def under(self, uuid: str, root: str) -> bool:
        """``uuid`` is ``root`` or below it, in the tree as the bundle would leave it."""
        return root in self.chain(uuid)

    def local_under(self, uuid: str, root: str) -> bool:
        """The same in the tree stored here now (materialised paths)."""
        path, root_path = self.paths.get(uuid), self.paths.get(root)
        return path is not None and root_path is not None and path.startswith(root_path)


def _depths(parents: dict[int, int | None]) -> dict[int, int]:
    depth: dict[int, int] = {}
    for start in parents:
        walk, current = [], start
        while current is not None and current not in depth:
            if current in walk:
                raise RuntimeError(f"unit tree loop at unit id {current}")
            walk.append(current)
            current = parents.get(current)
        base = depth[current] if current is not None else -1
        for offset, unit in enumerate(reversed(walk), start=1):
            depth[unit] = base + offset
    return depth


def rebuild_paths(new_ids: set[int], moved_ids: set[int]) -> None:
    """Give units that arrived their path, and move the subtrees of units whose parent changed.

    Parents first: a new unit's path follows from its parent's final path; a moved unit's whole subtree
    is rewritten by ``store.tree.move_subtree`` (which keeps descendants in step).
    """
    if not new_ids and not moved_ids:
        return
    rows = database.execute_sql("SELECT id, parent_id, path FROM unit").fetchall()
    parents = {id_: parent for id_, parent, _ in rows}
    paths = {id_: path for id_, _, path in rows}
    depth = _depths(parents)
    created: list[tuple[str, int]] = []
    for unit in sorted(new_ids | moved_ids, key=lambda u: (depth[u], u)):
        parent = parents[unit]
        new_path = child_path(paths[parent] if parent is not None else None, unit)
        if unit in new_ids:
            paths[unit] = new_path
            created.append((new_path, unit))
        elif paths[unit] != new_path:
            move_subtree(paths[unit], new_path)
            paths.update(database.execute_sql("SELECT id, path FROM unit WHERE path >= ? AND path < ?",
                                              (new_path, new_path[:-1] + "0")).fetchall())
    database.connection().executemany("UPDATE unit SET path = ? WHERE id = ?", created)
