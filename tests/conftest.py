"""Shared fixtures. Qt runs offscreen; every test database is built through the migrations."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path, monkeypatch):
    """Each test gets its own data folder and no database from the environment."""
    monkeypatch.setenv("UNIONDESK_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("UNIONDESK_DB", raising=False)


@pytest.fixture
def db(tmp_path):
    """An empty, migrated database file, open and locked for the test."""
    from uniondesk.store.db import open_database

    handle = open_database(tmp_path / "test.sqlite3")
    yield handle
    handle.close()


@pytest.fixture
def office(db):
    """A database serving a provincial federation; returns (actor, home unit)."""
    from uniondesk.services import installation

    home = installation.create_office("Nguyễn Văn An", code="TH", name="LĐLĐ tỉnh Thanh Hóa", kind="provincial")
    return installation.actor(), home
