"""The process importing a big bundle is killed at random points: the database is then either exactly as
before or fully imported, never in between (one SQLite transaction; WAL recovery on the next open)."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import time

import pytest
from sync_fixtures import canonical, opened, synthesize

from uniondesk.store.db import database
from uniondesk.store.models_sync import SyncReceived

INITIATIVES = 8_000


def _import(db, bundle, home, errors=subprocess.DEVNULL) -> subprocess.Popen:
    env = {**os.environ, "UNIONDESK_HOME": str(home)}
    return subprocess.Popen([sys.executable, "-m", "uniondesk", "--db", str(db), "--officer", "Lê Văn Bình",
                             "import", str(bundle)], env=env, stdout=subprocess.DEVNULL, stderr=errors)


def _state(db):
    with opened(db):
        assert database.execute_sql("PRAGMA integrity_check").fetchone()[0] == "ok"
        return canonical(), SyncReceived.select().count()


@pytest.mark.slow
def test_an_import_killed_at_any_point_leaves_the_database_before_or_after(federation, tmp_path):
    f = federation
    with opened(f.commune) as actor:
        synthesize(actor, "XA1", INITIATIVES)
    bundle = f.export(f.commune, "HH", "big")
    before = _state(f.district)
    done = shutil.copyfile(f.district, tmp_path / "done.sqlite3")
    started = time.perf_counter()
    finished = _import(done, bundle, tmp_path / "home", subprocess.PIPE)
    _, errors = finished.communicate(timeout=120)
    assert finished.returncode == 0, errors.decode()
    duration = time.perf_counter() - started
    after = _state(done)
    assert after[0] != before[0] and after[1] == before[1] + 1
    rng = random.Random(5)
    outcomes = []
    for number, share in enumerate(sorted(rng.uniform(0.2, 1.0) for _ in range(7))):
        victim = shutil.copyfile(f.district, tmp_path / f"victim{number}.sqlite3")
        process = _import(victim, bundle, tmp_path / "home")
        time.sleep(duration * share * rng.uniform(0.9, 1.1))
        process.kill()
        process.wait(timeout=60)
        state = _state(victim)
        assert state == before or state == after, f"killed at {share:.0%}: half an import is in the database"
        outcomes.append(state == after)
    assert not all(outcomes), "every kill came too late to test anything"
