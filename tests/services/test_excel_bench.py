"""The Excel benchmark cases run on a small dataset: the import case imports every row of its workbook and
leaves the database as it was; each case's limit follows its baseline."""

from __future__ import annotations

import openpyxl
import pytest
from excel_world import World, dump, row, simple

from uniondesk.services import bench_excel
from uniondesk.services.bench import BenchContext, measure
from uniondesk.services.excel import import_workbook
from uniondesk.store.models import Campaign


@pytest.fixture
def dataset(office, tmp_path, monkeypatch):
    world = World(*office)
    monkeypatch.setattr(bench_excel, "IMPORT_ROWS", 40)
    rows = [row(n, title=f"Sáng kiến số {n}", unit=code) for n, code in enumerate(["TH.ML.01", "TH.NL.01"] * 3, 1)]
    import_workbook(world.actor, world.campaign.id, simple(rows, tmp_path / "seed.xlsx"))
    ctx = BenchContext("small", tmp_path / "test.sqlite3", world.home.id, world.home.id, None)
    yield world, ctx
    for cleanup in reversed(ctx.cleanups):
        cleanup()


def test_the_generated_workbook_is_a_filled_template(dataset, tmp_path):
    world, _ = dataset
    path = bench_excel.write_import_workbook(tmp_path / "w.xlsx", Campaign.get_by_id(world.campaign.id), rows=5)
    sheet = openpyxl.load_workbook(path).active
    assert sheet.max_row == 6 and sheet["B2"].value.startswith("TH.")
    assert sheet["F2"].value.count("%") == 2


def test_the_cases_measure_against_their_baselines_and_change_nothing(dataset):
    world, ctx = dataset
    cases = bench_excel.cases(ctx)
    assert [case.name for case in cases] == ["excel import of 40 rows", "excel export of 6 rows"]
    before = dump()
    for case in cases:
        case.repeat = 1
        result = measure(case)
        assert result.status in ("ok", "slow") and result.ratio is not None and result.ratio > 0
        assert case.limit == pytest.approx(bench_excel.RATIO * result.baseline_median)
    assert dump() == before  # the import ran in a transaction rolled back outside the time


def test_no_campaign_with_initiatives_is_a_skip(office, tmp_path):
    World(*office)
    ctx = BenchContext("small", tmp_path / "x.sqlite3", 1, 1, None)
    [case] = bench_excel.cases(ctx)
    assert measure(case).status == "skipped"  # a campaign, but no initiative yet
