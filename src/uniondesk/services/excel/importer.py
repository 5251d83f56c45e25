"""Importing a workbook: all rows or none, or — when the officer chooses — only the valid rows; either
way in one transaction, with the exact outcome reported row by row."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from uniondesk.domain.errors import InputError
from uniondesk.domain.text import format_int
from uniondesk.services.actor import Actor
from uniondesk.services.excel.plan import CellError, ImportPlan
from uniondesk.services.excel.reader import read_workbook
from uniondesk.services.excel.report import write_report
from uniondesk.services.gc_pause import collector_paused
from uniondesk.services.initiative_bulk import write_checked
from uniondesk.store.db import database

Progress = Callable[[int, int, str], None]
LISTED_ERRORS = 20  # errors spelled out in a refusal's message; the result keeps them all


@dataclass
class ImportResult:
    rows: int  # rows holding an initiative (blank, numbering and total rows are not counted)
    imported: int
    unchanged: int  # already in the database: not imported again
    invalid: int
    errors: list[CellError] = field(default_factory=list)
    ids: list[int] = field(default_factory=list)  # the new initiatives
    report_path: Path | None = None

    def as_json(self) -> dict:
        return {"rows": self.rows, "imported": self.imported, "unchanged": self.unchanged, "invalid": self.invalid,
                "errors": [error.as_json() for error in self.errors],
                "report": str(self.report_path) if self.report_path else None}


class ImportRefused(InputError):
    """Some rows are invalid and the officer did not choose to import only the valid ones: nothing was
    imported. ``result`` carries the counts and every row error."""

    def __init__(self, result: ImportResult):
        lines = [f"Tệp có {format_int(result.invalid)} dòng lỗi trong {format_int(result.rows)} dòng; chưa nhập "
                 "sáng kiến nào. Hãy sửa các dòng lỗi rồi nhập lại, hoặc chọn chỉ nhập các dòng hợp lệ."]
        lines += [error.line() for error in result.errors[:LISTED_ERRORS]]
        if len(result.errors) > LISTED_ERRORS:
            lines.append(f"… và {format_int(len(result.errors) - LISTED_ERRORS)} lỗi khác"
                         + (f" (xem báo cáo {result.report_path.name})." if result.report_path else "."))
        super().__init__("\n".join(lines), "path")
        self.result = result


def _result(plan: ImportPlan, ids: list[int], report_path: Path | None) -> ImportResult:
    return ImportResult(len(plan.rows), len(ids), len(plan.unchanged), len(plan.invalid), plan.errors, ids,
                        report_path)


def import_workbook(actor: Actor, campaign_id: int, path: Path, *, valid_only: bool = False,
                    report_path: Path | None = None, progress: Progress | None = None,
                    cancel: Callable[[], bool] | None = None) -> ImportResult:
    """Read and check every row of ``path``, then import: nothing if a row is invalid (``ImportRefused``,
    unless ``valid_only``), else the valid rows not already in the database, in one transaction.
    The report (``report_path``) is written inside that transaction: if it cannot be written, nothing is
    imported either, so what it says is what happened."""
    with collector_paused(), database.atomic():
        plan = read_workbook(Path(path), campaign_id, progress=progress, cancel=cancel)
        refused = bool(plan.invalid) and not valid_only
        # Checked by the read, in this same transaction: written without a second check.
        checked = [] if refused else [row.checked for row in plan.valid]
        ids = write_checked(actor, checked, progress=progress, cancel=cancel) if checked else []
        if report_path is not None:
            report_path = write_report(plan, Path(path), Path(report_path), imported=bool(ids))
        result = _result(plan, ids, report_path)
    if refused:
        raise ImportRefused(result)
    return result
