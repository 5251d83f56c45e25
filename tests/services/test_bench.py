"""The benchmark harness (not timed tests: only that it measures, compares and reports)."""

from __future__ import annotations

import json

import pytest

from uniondesk.domain.errors import InputError
from uniondesk.services.bench import Case, Elapsed, Skip, measure, run_bench


def test_measure_reports_median_minimum_and_ratio():
    result = measure(Case("sleepless", lambda: sum(range(1000)), "≤ 1 s", 1.0, repeat=5,
                          baseline=lambda: None, baseline_name="nothing"))
    assert result.runs == 5 and result.status == "ok"
    assert 0 < result.minimum <= result.median < 1
    assert result.baseline_median is not None and result.ratio > 0


def test_a_case_over_its_limit_is_slow_and_one_without_a_limit_is_information():
    assert measure(Case("slow", lambda: Elapsed(2.0), "≤ 1 s", 1.0, repeat=3)).status == "slow"
    info = measure(Case("info", lambda: Elapsed(0.25), repeat=3))
    assert info.status == "info" and info.median == 0.25


def test_a_case_that_cannot_run_is_skipped_with_its_reason():
    def missing():
        raise Skip("feature not there yet")

    result = measure(Case("missing", missing, "≤ 1 s", 1.0))
    assert result.status == "skipped" and result.note == "feature not there yet" and result.median is None


def test_run_bench_small_with_the_tree_model_cases():
    from uniondesk.ui import bench_cases

    def tree_cases(ctx):
        return [case for case in bench_cases.cases(ctx) if "process start" not in case.name]

    progress = []
    report = run_bench("small", lambda *call: progress.append(call), extra=[tree_cases])
    names = [result.name for result in report.results]
    assert names[0] == "demo --scale small (build)"
    assert "children of the home unit (query)" in names and "filter keystroke (tree model)" in names
    assert any(name.startswith("tree model ready") for name in names)
    # Not a timed test: every case ran and was judged, whatever this machine's speed.
    assert all(result.status != "skipped" and result.median is not None for result in report.results)
    children = next(r for r in report.results if r.name == "children of the home unit (query)")
    assert children.ratio is not None and children.baseline_name
    assert progress
    data = json.loads(json.dumps(report.as_dict()))
    assert data["scale"] == "small"
    assert {"name", "target", "median_ms", "minimum_ms", "ratio"} <= set(data["results"][0])
    assert "sqlite" in data["environment"]


def test_run_bench_refuses_an_unknown_scale():
    with pytest.raises(InputError):
        run_bench("galaxy")


def test_main_window_startup_probe(db, tmp_path):
    """One real cold start of the GUI on the small demo, timed to the probe's printed stamp."""
    from uniondesk.services.demo import build_demo
    from uniondesk.ui.bench_cases import window_shown

    build_demo("small")
    db.close()  # the probe's process takes the lock
    elapsed = window_shown(db.path, timeout=60)
    assert 0 < elapsed < 60


def test_run_bench_only_prepares_and_times_the_chosen_groups(monkeypatch):
    from uniondesk.services import bench_sync

    def untouched(ctx):
        raise AssertionError("a group that was not chosen must not even prepare its files")

    monkeypatch.setattr(bench_sync, "cases", untouched)
    report = run_bench("small", only=["core"])
    names = [result.name for result in report.results]
    assert "children of the home unit (query)" in names
    assert not any(name.startswith(("sync", "excel", "initiative")) for name in names)
