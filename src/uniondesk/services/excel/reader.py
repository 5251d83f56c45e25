"""Reading a filled-in workbook into an ``ImportPlan``: every row parsed and checked, nothing written.

Steps: find the table (``table``), parse each row's cells (``rows``), match the authors to the people
of their unit, tell apart rows already in the database (``unchanged``) and rows given twice in the file,
then check what is left with the same rules as the entry form (``initiative_checks.inspect``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from uniondesk.domain.campaigns import CampaignStatus
from uniondesk.domain.errors import Cancelled, InputError
from uniondesk.domain.text import fold
from uniondesk.services.campaigns import get_campaign
from uniondesk.services.excel import template
from uniondesk.services.excel.cells import short_fold
from uniondesk.services.excel.files import open_workbook
from uniondesk.services.excel.known import people_by_name, stored_keys
from uniondesk.services.excel.plan import CellError, ImportPlan, PlannedRow, RowKey, row_key
from uniondesk.services.excel.rows import ParsedRow, RowParser, column_header
from uniondesk.services.excel.sheet_rows import row_values
from uniondesk.services.excel.table import UNIT_KEYS, Table, check_columns, data_rows, locate, no_header
from uniondesk.services.excel.unit_lookup import UnitLookup
from uniondesk.services.initiative_checks import AuthorSpec, InitiativeInput, Lookups, inspect
from uniondesk.store.models import Campaign, Person, Unit

Progress = Callable[[int, int, str], None]
# The checks name form fields; the workbook's columns are named a little differently.
FIELD_COLUMNS = {"benefit_vnd": "benefit", "campaign": None, "phase": None}
TICK = 500


def read_workbook(path: Path, campaign_id: int, *, progress: Progress | None = None,
                  cancel: Callable[[], bool] | None = None) -> ImportPlan:
    """Parse and check every row of the workbook at ``path`` for ``campaign_id``; writes nothing."""
    path = Path(path)
    campaign = get_campaign(campaign_id)
    if campaign.status == CampaignStatus.CLOSED:
        raise InputError(f"Chương trình “{campaign.name}” đã kết thúc nên không nhận thêm sáng kiến; đơn vị tổ chức "
                         "có thể mở lại chương trình nếu cần bổ sung.", "campaign")
    units = UnitLookup(campaign.organiser)
    with open_workbook(path, read_only=True) as workbook:
        _check_campaign(workbook, campaign)
        table, raw_rows, last_row = _table(workbook, path)
        parser = RowParser(table, units, workbook.epoch)
        parsed = []
        for number, raw in data_rows(table, raw_rows):
            parsed.append(parser.parse(number, raw))
            if len(parsed) % TICK == 0:
                _tick(progress, cancel, number, max(last_row, number), "Đọc tệp")
    if not parsed:
        raise InputError(f"Tệp “{path.name}” không có sáng kiến nào dưới dòng tiêu đề (dòng {table.header_row}).",
                         "path")
    plan = ImportPlan(campaign.id, path, table.sheet, table.header_row,
                      {key: index + 1 for key, index in table.columns.items()}, dict(table.headers))
    _Checker(plan, table, campaign, units, progress, cancel).run(parsed)
    return plan


def _tick(progress: Progress | None, cancel: Callable[[], bool] | None, done: int, total: int, message: str) -> None:
    if cancel and cancel():
        raise Cancelled("Đã hủy; chưa có gì được ghi.")
    if progress:
        progress(done, total, message)


def _check_campaign(workbook, campaign: Campaign) -> None:
    """A template names its campaign on its hidden sheet: a file made for another campaign is refused."""
    if template.LISTS_SHEET not in workbook.sheetnames:
        return
    sheet = workbook[template.LISTS_SHEET]
    label = sheet[template.CAMPAIGN_LABEL_CELL].value
    code = sheet[template.CAMPAIGN_CODE_CELL].value
    if label == template.CAMPAIGN_LABEL and code and str(code).strip().upper() != campaign.code:
        raise InputError(f"Tệp này là mẫu của chương trình mã “{code}”, không phải của chương trình “{campaign.name}” "
                         f"(mã {campaign.code}). Hãy chọn đúng chương trình.", "campaign")


def _table(workbook, path: Path):
    """The table, its rows after the header, and the last row the file declares (for progress only)."""
    sheets, last_rows = [], {}
    for sheet in workbook.worksheets:
        if sheet.sheet_state != "visible" or sheet.title == template.INSTRUCTIONS_SHEET:
            continue
        last_rows[sheet.title] = sheet.max_row or 0
        # To the real end, whatever used range the file declares (some programs write a wrong one).
        sheets.append((sheet.title, row_values(sheet)))
    found = locate(sheets)
    if found is None:
        raise no_header(path.name)
    table, rows = found
    check_columns(table)
    return table, rows, last_rows[table.sheet]


class _Checker:
    """The second pass over the parsed rows: authors matched, identities compared, rules checked."""

    def __init__(self, plan: ImportPlan, table: Table, campaign: Campaign, units: UnitLookup,
                 progress: Progress | None, cancel: Callable[[], bool] | None):
        self.plan, self.table, self.campaign, self.units = plan, table, campaign, units
        self.campaign_id = campaign.id
        self.progress, self.cancel = progress, cancel

    def run(self, parsed: list[ParsedRow]) -> None:
        unit_ids = {row.values["unit_id"] for row in parsed if row.values.get("unit_id")}
        self.people = people_by_name({(row.values["unit_id"], short_fold(name)) for row in parsed
                                      if row.values["unit_id"] for name, _ in row.authors if name})
        for row in parsed:
            row.title_folded = fold(row.values["title"])
        stored = stored_keys(self.campaign.id, {(row.values["unit_id"], row.title_folded)
                                                for row in parsed if not row.errors})
        authors = [self._authors(row.values["unit_id"], row.authors) for row in parsed]
        look = Lookups()
        look.preload(Unit, unit_ids | {self.campaign.organiser_id})
        look.preload(Person, {spec.person_id for specs, _ in authors for spec in specs if spec.person_id})
        seen: dict[RowKey, int] = {}
        for done, (row, found) in enumerate(zip(parsed, authors, strict=True), 1):
            self.plan.rows.append(self._row(row, found, stored, seen, look))
            if done % TICK == 0:
                _tick(self.progress, self.cancel, done, len(parsed), "Kiểm tra từng dòng")

    def _error(self, number: int, key: str | None, message: str) -> CellError:
        col = self.plan.columns.get(key) if key else None
        return CellError(number, key, column_header(self.table, key), col, message)

    def _column_of(self, field: str | None) -> str | None:
        """The workbook column a checked form field comes from, if the file has it."""
        key = FIELD_COLUMNS.get(field, field)
        if key == "unit":
            key = next((k for k in UNIT_KEYS if k in self.plan.columns), None)
        return key if key in self.plan.columns else None

    def _row(self, parsed: ParsedRow, authors: tuple[list[AuthorSpec], list[str]], stored: set[RowKey],
             seen: dict[RowKey, int], look: Lookups) -> PlannedRow:
        row = PlannedRow(parsed.row, errors=[self._error(parsed.row, key, msg) for key, msg in parsed.errors])
        unit_id = parsed.values["unit_id"]
        specs, names = authors
        data = InitiativeInput(campaign_id=self.campaign_id, authors=specs, **parsed.values)
        if not row.errors:
            row.data, row.key = data, row_key(unit_id, parsed.title_folded, names)
            if row.key in stored:
                row.unchanged = True
                return row
            if row.key in seen:
                row.errors.append(self._error(parsed.row, None, f"Trùng với dòng {seen[row.key]} (cùng đơn vị, "
                                                                "tên sáng kiến và tác giả); dòng này không được nhập."))
                return row
        # The form's rules on what could be read, so that a row lists all its problems at once; a cell
        # already refused is not reported twice.
        checked, problems = inspect(data, look)
        refused = {error.column for error in row.errors} if problems else set()
        for problem in problems:
            column = self._column_of(problem.field)
            if column in refused or (problem.field == "unit" and unit_id is None):
                continue
            row.errors.append(self._error(parsed.row, column, problem.message))
        if row.errors:
            row.data = None
        else:
            row.checked = checked
            seen[row.key] = parsed.row
        return row

    def _authors(self, unit_id: int | None, authors: list[tuple[str | None, float | None]]) -> tuple[
            list[AuthorSpec], list[str]]:
        """Specs for the checks (a known person of the unit by name, else a new one; None: the unit as a
        collective author) and their folded names, which identify the row. With the unit unknown, the
        authors are still checked (names, shares) as new people."""
        specs, names = [], []
        for name, share in authors:
            if unit_id is None:
                specs.append(AuthorSpec(full_name=name or "Tập thể", share_pct=share))
                continue
            if name is None:
                specs.append(AuthorSpec(unit_id=unit_id, share_pct=share))
                names.append(fold(self.units.names.get(unit_id, "")))
                continue
            folded = short_fold(name)
            known = self.people.get((unit_id, folded))
            specs.append(AuthorSpec(person_id=known[0], share_pct=share) if known
                         else AuthorSpec(full_name=name, share_pct=share))
            names.append(folded)
        return specs, names
