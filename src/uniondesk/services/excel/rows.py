"""One workbook row → the values of an initiative, or the reason each bad cell is refused."""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass, field
from typing import Any

from uniondesk.domain.initiatives import (
    FIELD_LABELS,
    RECOGNISED_BY_LABELS,
    STATUS_LABELS,
    InitiativeField,
    InitiativeStatus,
    RecognisedBy,
)
from uniondesk.services.excel import cells
from uniondesk.services.excel.columns import BY_KEY
from uniondesk.services.excel.table import UNIT_KEYS, Table
from uniondesk.services.excel.unit_lookup import UnitLookup

_F, _S, _R = InitiativeField, InitiativeStatus, RecognisedBy
# Short and older forms officers write, folded.
FIELD_ALIASES = {"ky thuat": _F.TECHNICAL, "giai phap ki thuat": _F.TECHNICAL, "quan ly": _F.MANAGEMENT,
                 "quan li": _F.MANAGEMENT, "giai phap quan li": _F.MANAGEMENT, "tac nghiep": _F.OPERATIONAL,
                 "ung dung": _F.APPLIED_TECHNOLOGY, "tien bo ky thuat": _F.APPLIED_TECHNOLOGY,
                 "ung dung tien bo ki thuat": _F.APPLIED_TECHNOLOGY, "ung dung tbkt": _F.APPLIED_TECHNOLOGY,
                 "linh vuc khac": _F.OTHER}
STATUS_ALIASES = {"dang ky": _S.REGISTERED, "moi dang ky": _S.REGISTERED, "chua cong nhan": _S.REGISTERED,
                  "chua xet": _S.REGISTERED, "cong nhan": _S.RECOGNISED, "da cong nhan": _S.RECOGNISED,
                  "da duoc cong nhan": _S.RECOGNISED, "khong cong nhan": _S.NOT_RECOGNISED,
                  "ap dung": _S.APPLIED, "da ap dung": _S.APPLIED, "dang ap dung": _S.APPLIED}
RECOGNISED_BY_ALIASES = {"hoi dong": _R.COUNCIL, "hdsk": _R.COUNCIL, "hoi dong sang kien co so": _R.COUNCIL,
                         "thu truong": _R.UNIT_HEAD, "thu truong co quan": _R.UNIT_HEAD,
                         "thu truong co quan, don vi": _R.UNIT_HEAD}
FIELDS = cells.Choices(FIELD_LABELS, FIELD_ALIASES, "Lĩnh vực")
STATUSES = cells.Choices(STATUS_LABELS, STATUS_ALIASES, "Trạng thái")
RECOGNISERS = cells.Choices(RECOGNISED_BY_LABELS, RECOGNISED_BY_ALIASES, "Cấp công nhận")
TEXTS = ("summary", "social_benefit", "decision_no")
DATES = ("registered_on", "applied_on", "recognised_on", "decision_on")


@dataclass
class ParsedRow:
    """A row's values as far as the cells go; authors still by name (people are matched afterwards)."""

    row: int
    values: dict[str, Any] = field(default_factory=dict)  # InitiativeInput fields, except authors
    authors: list[tuple[str | None, float | None]] = field(default_factory=list)
    errors: list[tuple[str | None, str]] = field(default_factory=list)  # (column key, message)
    title_folded: str = ""  # filled by the reader, which compares titles folded


class RowParser:
    def __init__(self, table: Table, units: UnitLookup, epoch: dt.datetime | None):
        self.table = table
        self.units = units
        self.units_found: dict[tuple[type, object], int | str] = {}  # cell value → unit id, or why not
        date = functools.partial(cells.date, epoch=epoch)
        # (InitiativeInput field, column key, parser, value of a blank or missing cell), for the columns
        # the file has: built once, walked for every row.
        spec = [("title", "title", cells.text, ""), ("field", "field", FIELDS, str(_F.OTHER)),
                ("status", "status", STATUSES, str(_S.REGISTERED)),
                ("recognised_by", "recognised_by", RECOGNISERS, None),
                *((key, key, cells.text, "") for key in TEXTS), ("benefit_vnd", "benefit", cells.amount, 0),
                *((key, key, date, None) for key in DATES), ("confidential", "confidential", cells.flag, False)]
        self.defaults = {name: default for name, _, _, default in spec}
        self.spec = [item for item in spec if item[1] in table.columns]
        self.authors = "authors" in table.columns

    def parse(self, number: int, raw: dict[str, object]) -> ParsedRow:
        row = ParsedRow(number, dict(self.defaults))
        values, errors = row.values, row.errors
        values["unit_id"] = self._unit(raw, row)
        for name, key, parse, default in self.spec:
            value = raw[key]
            if value is None:
                continue
            try:
                parsed = parse(value)
            except ValueError as exc:
                errors.append((key, str(exc)))
                continue
            if parsed is not None:
                values[name] = parsed
        if not values["title"]:
            errors.append(("title", "Chưa ghi tên sáng kiến."))
        if self.authors:
            try:
                row.authors = cells.authors(raw["authors"])
            except ValueError as exc:
                errors.append(("authors", str(exc)))
        return row

    def _unit(self, raw: dict[str, object], row: ParsedRow) -> int | None:
        filled = [key for key in UNIT_KEYS if key in raw and not cells.is_blank(raw[key])]
        if not filled:
            key = next((k for k in UNIT_KEYS if k in raw), "unit")
            row.errors.append((key, "Chưa ghi đơn vị (mã hoặc tên đơn vị)."))
            return None
        key = filled[0]
        # A unit recurs down a sheet: its cell is looked up once (by type too: 1 and True are equal keys).
        value = raw[key]
        found = self.units_found.get((type(value), value))
        if found is None:
            try:
                found = self.units.find(cells.text(value))
            except ValueError as exc:
                found = str(exc)
            self.units_found[(type(value), value)] = found
        if isinstance(found, str):
            row.errors.append((key, found))
            return None
        return found


def column_header(table: Table, key: str | None) -> str:
    if key is None:
        return ""
    return table.headers.get(key) or (BY_KEY[key].header if key in BY_KEY else key)
