"""Maintenance of the materialised tree paths (``unit.path``): local, derived, never synced."""

from __future__ import annotations

from uniondesk.store.db import database


def subtree_end(path: str) -> str:
    """Upper bound of a subtree's path range: paths are "/1/45/" with decimal ids, so every
    descendant of "/1/45/" sorts in ["/1/45/", "/1/450") and nothing else does."""
    return path[:-1] + "0"


def child_path(parent_path: str | None, unit_id: int) -> str:
    return (parent_path or "/") + f"{unit_id}/"


def move_subtree(old_path: str, new_path: str) -> None:
    """Rewrite the paths of a unit and all its descendants from ``old_path`` to ``new_path``."""
    database.execute_sql(
        "UPDATE unit SET path = ? || substr(path, ?) WHERE path >= ? AND path < ?",
        (new_path, len(old_path) + 1, old_path, subtree_end(old_path)),
    )
