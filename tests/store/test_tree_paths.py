"""Materialised tree paths: a subtree is exactly one range of paths."""

from __future__ import annotations

from uniondesk.store.db import database
from uniondesk.store.tree import child_path, move_subtree, subtree_end


def test_child_path():
    assert child_path(None, 1) == "/1/"
    assert child_path("/1/45/", 300) == "/1/45/300/"


def test_subtree_range_holds_descendants_and_nothing_else():
    root = "/1/45/"
    inside = ["/1/45/", "/1/45/3/", "/1/45/300/", "/1/45/9/99999/"]
    outside = ["/1/4/", "/1/450/", "/1/46/", "/1/451/2/", "/1/", "/2/45/"]
    assert all(root <= path < subtree_end(root) for path in inside)
    assert not any(root <= path < subtree_end(root) for path in outside)


def test_move_subtree_rewrites_the_whole_subtree_only(db):
    rows = [(1, "/1/"), (45, "/1/45/"), (300, "/1/45/300/"), (301, "/1/45/300/301/"), (450, "/1/450/"), (2, "/2/")]
    conn = database.connection()
    conn.executemany(
        "INSERT INTO unit (id, uuid, origin, version, writer, code, name, name_folded, kind, path) "
        "VALUES (?, ?, 'o', 1, 'o', ?, 'n', 'n', 'upper', ?)",
        [(uid, f"u{uid}", f"C{uid}", path) for uid, path in rows])
    move_subtree("/1/45/", "/2/45/")
    paths = dict(conn.execute("SELECT id, path FROM unit"))
    assert paths == {1: "/1/", 45: "/2/45/", 300: "/2/45/300/", 301: "/2/45/300/301/", 450: "/1/450/", 2: "/2/"}
