"""What reading a workbook found: every row with its parsed initiative or its errors, nothing written.

**Identity of an imported row.** A row is the same initiative as one already stored when it has the same
campaign, the same unit, the same title and the same authors, titles and names compared folded (no
diacritics, case or extra spaces: "Cải tiến  quy TRÌNH" = "cải tiến quy trình"; names also as words,
"kỹ"/"kĩ" alike). The key is derived from what the row says, not stored: re-importing a file, or a
corrected copy of it, finds the rows it already brought in — and so does a file typed again by another
office for the same initiatives — without a schema column. Stored initiatives are looked up by unit and
folded title (the column ``title_folded``), so the check costs what the file holds, not what the
province holds. A stored initiative is never changed by an import: a row that matches one is reported
``unchanged``; a row whose title or authors were corrected is a new initiative, which the duplicate
finder then shows.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from uniondesk.domain.similarity import normalise_word
from uniondesk.services.initiative_checks import Checked, InitiativeInput

RowKey = tuple[int, str, tuple[str, ...]]


_WORD = re.compile(r"[a-z0-9]+")


def key_words(folded: str) -> str:
    """The words of an already folded text, as ``similarity.words`` gives them ("ky" → "ki")."""
    return " ".join(normalise_word(word) for word in _WORD.findall(folded))


# Names recur down a sheet and through a campaign: their words are remembered.
_name_words = functools.lru_cache(maxsize=8192)(key_words)


def row_key(unit_id: int, folded_title: str, folded_names: list[str]) -> RowKey:
    """(unit, title words, sorted author-name words), from folded texts (``text.fold``; the database
    keeps them folded already): equal for the same initiative however typed."""
    return unit_id, key_words(folded_title), tuple(sorted(map(_name_words, folded_names)))


@dataclass(frozen=True)
class CellError:
    row: int  # worksheet row number, as Excel shows it
    column: str | None  # column key (see ``columns``); None: the row as a whole
    header: str  # the column's header as written in the file ("" for the row)
    col: int | None  # 1-based column number in the sheet, when the column exists
    message: str

    @property
    def cell(self) -> str:
        from openpyxl.utils import get_column_letter

        return f"{get_column_letter(self.col)}{self.row}" if self.col else ""

    def as_json(self) -> dict:
        return {"row": self.row, "column": self.header, "cell": self.cell, "message": self.message}

    def line(self) -> str:
        where = f"cột “{self.header}”: " if self.header else ""
        return f"Dòng {self.row}: {where}{self.message}"


@dataclass
class PlannedRow:
    row: int
    data: InitiativeInput | None = None
    errors: list[CellError] = field(default_factory=list)
    key: RowKey | None = None
    unchanged: bool = False  # already in the database: not imported again
    # What the checks made of ``data``: written as it is, so that a row is not checked twice.
    checked: Checked | None = field(default=None, repr=False, compare=False)

    @property
    def state(self) -> str:
        if self.errors:
            return "invalid"
        return "unchanged" if self.unchanged else "valid"


@dataclass
class ImportPlan:
    campaign_id: int
    path: Path
    sheet: str
    header_row: int  # the (last) header row; data follows it
    columns: dict[str, int]  # column key → 1-based column number
    headers: dict[str, str]  # column key → header text as written
    rows: list[PlannedRow] = field(default_factory=list)

    def of_state(self, state: str) -> list[PlannedRow]:
        return [row for row in self.rows if row.state == state]

    @property
    def valid(self) -> list[PlannedRow]:
        return self.of_state("valid")

    @property
    def invalid(self) -> list[PlannedRow]:
        return self.of_state("invalid")

    @property
    def unchanged(self) -> list[PlannedRow]:
        return self.of_state("unchanged")

    @property
    def errors(self) -> list[CellError]:
        return [error for row in self.rows for error in row.errors]
