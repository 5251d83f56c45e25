"""Convergence (hypothesis): random edits on three offices, bundles exchanged as they come; then

- importing the same bundles in any order, any number of times, gives the same database;
- once everything has been delivered, the three offices hold the same shared records.

Databases are compared by a canonical dump of synced rows keyed by uuid (local ids and fields left out).
Examples per property: 8 in the suite; ``SYNC_EXAMPLES=100`` for a longer search (passed with 40 and 80).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sync_fixtures import Federation, add_initiative, canonical, opened, unit

from uniondesk.domain.errors import InputError
from uniondesk.services import units
from uniondesk.services.actor import save_changes
from uniondesk.services.sync import importer
from uniondesk.store.models import Campaign, Initiative, Unit

OFFICES = ("province", "district", "commune")
EDGES = {("commune", "HH"): "district", ("district", "TH"): "province", ("district", "XA1"): "commune",
         ("province", "HH"): "district"}
SHARED = ("unit", "unit_parent", "unit_event", "campaign", "initiative", "initiative_author")
XA1_INITIATIVES = 3


@pytest.fixture(scope="module")
def shared(federation_template, tmp_path_factory) -> Federation:
    """The federation after three initiatives of the commune reached every office, receipts returned."""
    folder = tmp_path_factory.mktemp("shared")
    for path in (federation_template.province, federation_template.district, federation_template.commune):
        shutil.copyfile(path, folder / path.name)
    f = Federation(folder, folder / "province.sqlite3", folder / "district.sqlite3", folder / "commune.sqlite3",
                   dict(federation_template.fingerprints))
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("UNIONDESK_HOME", str(folder / "home"))
        with opened(f.commune) as actor:
            for number in range(XA1_INITIATIVES):
                add_initiative(actor, "XA1", f"Sáng kiến chung {number}", benefit=1_000_000 * (number + 1))
        for sender, to, name in (("commune", "HH", "s1"), ("district", "TH", "s2"), ("province", "HH", "s3"),
                                 ("district", "XA1", "s4"), ("commune", "HH", "s5"), ("district", "TH", "s6")):
            f.import_(getattr(f, EDGES[(sender, to)]), f.export(getattr(f, sender), to, name))
    return f


def _copy(template: Federation, folder: Path) -> Federation:
    for path in (template.province, template.district, template.commune):
        shutil.copyfile(path, folder / path.name)
    return Federation(folder, folder / "province.sqlite3", folder / "district.sqlite3", folder / "commune.sqlite3",
                      dict(template.fingerprints))


def _edit(office: str, kind: str, target: int, value: int) -> None:
    """One officer's change; every office may change the commune's initiatives and the commune unit."""
    actor_edit = _ACTOR[0]
    initiatives = list(Initiative.select().where(Initiative.deleted == False).order_by(Initiative.uuid))  # noqa: E712
    if kind == "benefit" and initiatives:
        chosen = initiatives[target % len(initiatives)]
        save_changes(actor_edit, chosen, {"benefit_vnd": (chosen.benefit_vnd, value * 1000)})
    elif kind == "title" and initiatives:
        chosen = initiatives[target % len(initiatives)]
        save_changes(actor_edit, chosen, {"title": (chosen.title, f"{chosen.title.split(' —')[0]} — {office} {value}")})
    elif kind == "delete" and len(initiatives) > 1:
        chosen = initiatives[target % len(initiatives)]
        save_changes(actor_edit, chosen, {"deleted": (False, True)}, "delete")
    elif kind == "add":
        add_initiative(actor_edit, "XA1", f"Sáng kiến mới của {office} {value}", benefit=value)
    elif kind == "members":
        home = unit("XA1")
        save_changes(actor_edit, home, {"members": (home.members, value)})
    elif kind == "unit" and office != "commune":
        code = f"{office[0].upper()}{value}"
        if not Unit.select().where(Unit.code == code).exists():
            units.add_unit(actor_edit, code=code, name=f"CĐCS mới {code}", kind="grassroots", parent_id=unit("HH").id)
    elif kind == "move" and office != "commune":
        movable = list(Unit.select().where((Unit.kind == "grassroots") & (Unit.code != "XA1")
                                           & Unit.path.startswith(unit("HH").path)).order_by(Unit.uuid))
        if movable:
            chosen = movable[target % len(movable)]
            parent = unit("XA1") if chosen.parent.code == "HH" else unit("HH")
            units.move_unit(actor_edit, chosen.id, parent.id, dt.date(2022, 1, 1) + dt.timedelta(days=value))
    elif kind == "campaign" and office == "province":
        campaign = Campaign.get()
        save_changes(actor_edit, campaign, {"description": (campaign.description, f"Ghi chú {value}")})


_ACTOR: list = [None]

edits = st.tuples(st.sampled_from(OFFICES), st.sampled_from(("benefit", "title", "delete", "add", "members",
                                                              "campaign", "unit", "move")),
                  st.integers(0, 20), st.integers(1, 999))
steps = st.lists(st.one_of(edits.map(lambda e: ("edit", *e)),
                           st.tuples(st.just("export"), st.sampled_from(sorted(EDGES)), st.booleans())),
                 min_size=4, max_size=14)


def _run(f: Federation, plan: list) -> list[tuple[str, Path]]:
    """Play the plan; an export step writes a bundle and (if told) delivers it at once."""
    bundles = []
    for number, step in enumerate(plan):
        if step[0] == "edit":
            _, office, kind, target, value = step
            with opened(getattr(f, office)) as actor, contextlib.suppress(InputError):  # a refused edit: none
                _ACTOR[0] = actor
                _edit(office, kind, target, value)
            continue
        _, (sender, to), deliver = step
        receiver = EDGES[(sender, to)]
        path = f.export(getattr(f, sender), to, f"b{number}")
        bundles.append((receiver, path))
        if deliver:
            f.import_(getattr(f, receiver), path)
    return bundles


def _state(path: Path, tables=None) -> dict:
    with opened(path):
        return canonical(tables)


def _import_all(path: Path, bundles: list[Path]) -> None:
    with opened(path) as actor:
        for bundle in bundles:
            importer.import_bundle(actor, bundle, backup=False)


@settings(max_examples=int(__import__("os").environ.get("SYNC_EXAMPLES", "8")), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=steps, data=st.data())
def test_any_order_any_number_of_times_gives_the_same_database(shared, plan, data):
    with tempfile.TemporaryDirectory() as folder, pytest.MonkeyPatch.context() as patch:
        patch.setenv("UNIONDESK_HOME", str(Path(folder) / "home"))
        f = _copy(shared, Path(folder))
        bundles = _run(f, plan) + [("district", f.export(f.commune, "HH", "last-c")),
                                   ("district", f.export(f.province, "HH", "last-p"))]
        mine = [path for receiver, path in bundles if receiver == "district"]
        first = data.draw(st.permutations(mine))
        second = data.draw(st.permutations(mine)) + data.draw(st.lists(st.sampled_from(mine), max_size=3))
        shutil.copyfile(f.district, Path(folder) / "a.sqlite3")
        shutil.copyfile(f.district, Path(folder) / "b.sqlite3")
        _import_all(Path(folder) / "a.sqlite3", first)
        _import_all(Path(folder) / "b.sqlite3", second)
        assert _state(Path(folder) / "a.sqlite3") == _state(Path(folder) / "b.sqlite3")


@settings(max_examples=int(__import__("os").environ.get("SYNC_EXAMPLES", "8")), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(plan=steps)
def test_offices_agree_once_everything_was_delivered(shared, plan):
    with tempfile.TemporaryDirectory() as folder, pytest.MonkeyPatch.context() as patch:
        patch.setenv("UNIONDESK_HOME", str(Path(folder) / "home"))
        f = _copy(shared, Path(folder))
        _run(f, plan)
        settle = [("commune", "HH"), ("district", "TH"), ("province", "HH"), ("district", "XA1")] * 2
        _run(f, [("export", edge, True) for edge in settle])
        states = {office: _state(getattr(f, office), SHARED) for office in OFFICES}
        commune_has = {table: {row[0] for row in rows} for table, rows in states["commune"].items()}
        for office in ("province", "district"):  # the upper offices know more of the tree than the commune
            for table in ("unit", "unit_parent", "unit_event"):
                states[office][table] = [row for row in states[office][table] if row[0] in commune_has[table]]
        assert states["province"] == states["district"] == states["commune"]
