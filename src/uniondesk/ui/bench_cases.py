"""Benchmark cases that need Qt: the union tree model, and the main window from a cold process start.

Imported by the command line only (``uniondesk bench``), never by services. Targets are those of
issue 2 ("Speed"): at province scale the tree is ready in 300 ms, a filter keystroke takes 50 ms and
the main window shows with its tree 1.5 s after the process starts; at national scale the tree is
ready in 1 s.
"""

from __future__ import annotations

import itertools
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from uniondesk.services.bench import KEYSTROKES, BenchContext, Case, Elapsed, Skip

PROBE_ENV = "UNIONDESK_STARTUP_PROBE"
PROBE_LINE = "UNIONDESK_SHOWN"
PROBE_TIMEOUT = 60.0

# (target text, seconds) per case and scale; a scale not listed is measured for information only.
TREE_READY = {"province": ("≤ 300 ms", 0.300), "national": ("≤ 1 s", 1.0)}
KEYSTROKE = {"province": ("≤ 50 ms", 0.050)}
WINDOW_SHOWN = {"province": ("≤ 1.5 s", 1.5)}


_APP = []  # the application made here, kept alive until the process ends


def _application() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # a benchmark needs no visible window
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        _APP.append(QApplication([sys.argv[0]]))


def _tree_ready(ctx: BenchContext) -> None:
    """A fresh model showing the root level and the home unit's children, as the tab does on opening."""
    from PySide6.QtCore import QModelIndex

    from uniondesk.ui.models.unit_tree import UnitTreeModel

    model = UnitTreeModel()
    if model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    home = model.index_for_unit(ctx.home_id)
    if model.canFetchMore(home):
        model.fetchMore(home)
    if model.rowCount(home) == 0:
        raise AssertionError("the home unit shows no children")


def _keystroke_case(ctx: BenchContext) -> Case:
    from uniondesk.ui.models.unit_tree import UnitTreeModel

    model = UnitTreeModel()
    texts = itertools.cycle(KEYSTROKES)
    target, limit = KEYSTROKE.get(ctx.scale, ("", None))
    return Case("filter keystroke (tree model)", lambda: model.set_filter(next(texts)), target, limit,
                repeat=len(KEYSTROKES) * 2)


def window_shown(db_path: Path, timeout: float = PROBE_TIMEOUT) -> Elapsed:
    """Seconds from just before the process starts to the moment the main window reports itself shown."""
    with tempfile.TemporaryDirectory(prefix="uniondesk-probe-") as home:
        env = {**os.environ, PROBE_ENV: "1", "QT_QPA_PLATFORM": "offscreen", "UNIONDESK_HOME": home}
        env.pop("UNIONDESK_DB", None)
        command = [sys.executable, "-m", "uniondesk", "--db", str(db_path)]
        started = time.time()
        try:
            done = subprocess.run(command, env=env, capture_output=True, text=True, encoding="utf-8",
                                  timeout=timeout, check=False)
        except subprocess.TimeoutExpired as exc:
            raise Skip(f"the main window did not report itself shown within {timeout:.0f} s") from exc
    for line in done.stdout.splitlines():
        if line.startswith(PROBE_LINE):
            return Elapsed(float(line.split()[1]) - started)
    tail = (done.stderr.strip().splitlines() or [f"exit code {done.returncode}"])[-1]
    raise Skip(f"no startup probe ({PROBE_ENV}) in this build: {tail}")


def cases(ctx: BenchContext) -> list[Case]:
    _application()
    tree_target, tree_limit = TREE_READY.get(ctx.scale, ("", None))
    shown_target, shown_limit = WINDOW_SHOWN.get(ctx.scale, ("", None))
    return [
        Case("tree model ready (root level + home unit's children)", lambda: _tree_ready(ctx), tree_target,
             tree_limit, repeat=7),
        _keystroke_case(ctx),
        Case("main window shown with the tree, from process start", lambda: window_shown(ctx.db_path),
             shown_target, shown_limit, repeat=3),
    ]
