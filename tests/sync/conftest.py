"""Fixtures of the sync tests: a federation of three offices built once, copied for each test."""

from __future__ import annotations

import shutil

import pytest
from sync_fixtures import Federation, build

@pytest.fixture(scope="session")
def federation_template(tmp_path_factory) -> Federation:
    folder = tmp_path_factory.mktemp("federation")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("UNIONDESK_HOME", str(folder / "home"))
        return build(folder)


@pytest.fixture
def federation(federation_template, tmp_path) -> Federation:
    """A fresh copy of the three offices for one test."""
    for path in (federation_template.province, federation_template.district, federation_template.commune):
        shutil.copyfile(path, tmp_path / path.name)
    return Federation(tmp_path, tmp_path / "province.sqlite3", tmp_path / "district.sqlite3",
                      tmp_path / "commune.sqlite3", dict(federation_template.fingerprints))
