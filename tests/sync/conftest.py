"""Fixtures of the sync tests: a federation of three offices built once, copied for each test."""

from __future__ import annotations

import shutil

import pytest
from sync_fixtures import Federation, add_initiative, build, opened


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


@pytest.fixture
def district_heard_from_commune(federation) -> Federation:
    """The district office after importing the commune office's first bundle."""
    f = federation
    with opened(f.commune) as actor:
        add_initiative(actor, "XA1", "Máy tách hạt sen", benefit=1_200_000)
    f.import_(f.district, f.export(f.commune, "HH", "c1"))
    return f
