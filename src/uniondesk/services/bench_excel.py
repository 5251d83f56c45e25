"""Benchmark cases of the Excel paths (issue 4, "Speed"): importing a 10,000-row workbook within twice the
time openpyxl alone takes to read it, and exporting a campaign (170,000 rows at province scale) within
twice the time openpyxl's write-only mode takes to write the same cells. Both baselines run in the same
process, alternately with the case, so the ratio compares like with like.

The import case writes into the benchmark database and rolls its transaction back afterwards, outside
the time measured, so every run imports the same 10,000 new rows. ``cases`` is handed to ``run_bench``
with the other case factories.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import openpyxl
from openpyxl.cell import WriteOnlyCell

from uniondesk.domain.initiatives import FIELD_LABELS
from uniondesk.domain.text import format_date, format_int
from uniondesk.services import installation
from uniondesk.services.bench import BenchContext, Case, Elapsed, Skip
from uniondesk.services.excel import export_initiatives, import_workbook
from uniondesk.services.excel.columns import COLUMNS
from uniondesk.services.excel.export import COLUMNS as EXPORT_COLUMNS
from uniondesk.services.excel.export import cell_values, export_rows
from uniondesk.store.db import database
from uniondesk.store.models import Campaign, Unit
from uniondesk.store.tree import subtree_end

IMPORT_ROWS = 10_000
RATIO = 2.0
SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ")
GIVEN = ("Văn An", "Thị Bình", "Minh Cường", "Thị Dung", "Quốc Hùng", "Thu Hà", "Đức Thắng", "Thị Lan")
WORDS = ("Cải tiến quy trình", "Giải pháp tiết kiệm", "Ứng dụng phần mềm", "Nâng cao hiệu quả", "Đổi mới cách")
OBJECTS = ("kiểm tra công tơ điện", "chấm bài trắc nghiệm", "quản lý kho vật tư", "vận hành máy bơm",
           "theo dõi đoàn viên", "bảo dưỡng máy may", "phân loại rác thải")


class RatioLimit:
    """Times a baseline and keeps ``case.limit`` at ``RATIO`` × its median: ``measure`` judges a case by an
    absolute limit, and this one is only known once the baseline has run in the same process."""

    def __init__(self, baseline: Callable[[], object]):
        self.baseline = baseline
        self.times: list[float] = []
        self.case: Case | None = None

    def __call__(self) -> Elapsed:
        started = time.perf_counter()
        self.baseline()
        elapsed = time.perf_counter() - started
        self.times.append(elapsed)
        if self.case is not None:
            self.case.limit = RATIO * statistics.median(self.times)
        return Elapsed(elapsed)


def _ratio_case(name: str, run: Callable[[], object], baseline: Callable[[], object], baseline_name: str,
                repeat: int) -> Case:
    timed = RatioLimit(baseline)
    case = Case(name, run, f"≤ {RATIO:g}× baseline", None, repeat, timed, baseline_name)
    timed.case = case
    return case


# --- import ---------------------------------------------------------------------------------------------------

def _grassroots_codes(campaign: Campaign) -> list[str]:
    root = campaign.organiser.path
    return [code for (code,) in Unit.select(Unit.code).where(
        (Unit.path >= root) & (Unit.path < subtree_end(root)) & (Unit.kind == "grassroots")
        & (Unit.status == "live") & (Unit.deleted == False)).order_by(Unit.path).tuples()]  # noqa: E712


def write_import_workbook(path: Path, campaign: Campaign, rows: int | None = None, seed: int = 7) -> Path:
    """A filled-in template of ``rows`` new initiatives across the campaign's grassroots unions, the way
    clerks type them: a one-line summary, amounts and dates as text, two authors with shares."""
    rows = rows or IMPORT_ROWS
    chooser = random.Random(seed)
    codes = _grassroots_codes(campaign)
    if not codes:
        raise Skip("the campaign has no grassroots unions")
    start = campaign.start_on
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Sáng kiến")
    sheet.append([column.header for column in COLUMNS])
    fields = list(FIELD_LABELS.values())
    for number in range(1, rows + 1):
        first, second = (f"{surname} {given}" for surname, given in zip(chooser.sample(SURNAMES, 2),
                                                                        chooser.sample(GIVEN, 2)))
        share = chooser.choice((50, 60, 70))
        day = format_date(start.fromordinal(start.toordinal() + chooser.randrange(0, 60)))
        subject = chooser.choice(OBJECTS)
        sheet.append([number, chooser.choice(codes), f"{chooser.choice(WORDS)} {subject} (thử số {number})",
                      chooser.choice(fields), f"Áp dụng cho việc {subject} tại đơn vị, giảm thời gian và chi phí.",
                      f"{first}: {share}%; {second}: {100 - share}%",
                      format_int(chooser.randrange(1, 500) * 100_000), "", day, day, "Đã đăng ký"])
    workbook.save(path)
    return path


def _read_only_pass(path: Path) -> None:
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        for sheet in workbook.worksheets:
            for _ in sheet.iter_rows(values_only=True):
                pass
    finally:
        workbook.close()


def _import_once(path: Path, campaign_id: int) -> Elapsed:
    actor = installation.actor("Bench")
    with database.atomic() as transaction:
        started = time.perf_counter()
        result = import_workbook(actor, campaign_id, path)
        elapsed = time.perf_counter() - started
        transaction.rollback()  # outside the time: every run imports the same new rows
    if result.imported != IMPORT_ROWS:
        raise AssertionError(f"imported {result.imported} of {IMPORT_ROWS} rows; errors: {result.errors[:3]}")
    return Elapsed(elapsed)


# --- export ----------------------------------------------------------------------------------------------------

def _export_cells(campaign_id: int) -> list[tuple]:
    """The cells the export writes, read once outside the time so that the baseline writes only."""
    rows = export_rows(campaign_id, None)
    return [cell_values(number, row, authors) for number, (row, authors) in enumerate(rows, 1)]


def _write_only_pass(path: Path, cells: list[tuple]) -> None:
    """openpyxl alone: the same values, the same number formats, the header."""
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Sáng kiến")
    sheet.append([title for title, _, _ in EXPORT_COLUMNS])
    styled = [WriteOnlyCell(sheet) for _ in EXPORT_COLUMNS]
    styled[6].number_format = "#,##0"
    styled[7].number_format = styled[8].number_format = "dd/mm/yyyy"
    for values in cells:
        for cell, value in zip(styled, values):
            cell.value = value
        sheet.append(styled)
    workbook.save(path)


def _busiest_campaign() -> int | None:
    row = database.execute_sql("SELECT campaign_id FROM initiative WHERE deleted = 0 GROUP BY campaign_id "
                               "ORDER BY count(*) DESC LIMIT 1").fetchone()
    return row[0] if row else None


def cases(ctx: BenchContext) -> list[Case]:
    campaign_id = _busiest_campaign()
    if campaign_id is None:
        def skip() -> None:
            raise Skip("no campaign with initiatives in this dataset")
        return [Case("excel import / export", skip)]
    folder = Path(tempfile.mkdtemp(prefix="uniondesk-bench-excel-"))
    ctx.cleanups.append(lambda: _remove(folder))
    campaign = Campaign.get_by_id(campaign_id)
    workbook = write_import_workbook(folder / "import.xlsx", campaign)
    cells = _export_cells(campaign_id)
    export_repeat = 1 if len(cells) > 50_000 else 3  # a province's export takes about a minute a run
    return [
        _ratio_case(f"excel import of {format_int(IMPORT_ROWS)} rows", lambda: _import_once(workbook, campaign_id),
                    lambda: _read_only_pass(workbook), "openpyxl read-only: read every row", 3),
        _ratio_case(f"excel export of {format_int(len(cells))} rows",
                    lambda: export_initiatives(folder / "export.xlsx", campaign_id),
                    lambda: _write_only_pass(folder / "baseline.xlsx", cells), "openpyxl write-only: same cells",
                    export_repeat),
    ]


def _remove(folder: Path) -> None:
    for child in folder.iterdir():
        child.unlink()
    folder.rmdir()

