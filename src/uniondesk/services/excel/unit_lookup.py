"""Finding the unit a workbook row names: by code, by the "Name [CODE]" of the template's dropdown, or by
name without diacritics (with or without the "Công đoàn" that some offices leave out). A name shared by
several units is refused with the candidates listed, so that the officer can write the code instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from uniondesk.domain.text import clean, fold
from uniondesk.domain.units import UnitStatus
from uniondesk.store.queries.initiative_excel import subtree_units
from uniondesk.store.models import Unit

_BRACKETED_CODE = re.compile(r"\[([^\[\]]+)\]\s*$")
_CODE_FIRST = re.compile(r"^(\S+)\s+[-–—:]\s+\S")  # "TH.ML.01 - Công đoàn …"
_CODE_LAST = re.compile(r"\S\s+[-–—:]\s+(\S+)$")  # "Công đoàn … - TH.ML.01"
# Prefixes offices write or leave out in front of a grassroots union's name.
_PREFIXES = ("cong doan co so ", "cong doan ", "cdcs ", "cđcs ", "cd ")
MAX_CANDIDATES = 5


def choice_label(name: str, code: str) -> str:
    """How the template's dropdown shows a unit; the reader takes the code back out of the brackets."""
    return f"{name} [{code}]"


@dataclass(frozen=True)
class _Unit:
    id: int
    code: str
    name: str
    status: str
    parent_name: str


def _bare(folded: str) -> str:
    for prefix in _PREFIXES:
        if folded.startswith(prefix):
            return folded[len(prefix):]
    return folded


class UnitLookup:
    """The units of one subtree (a campaign organiser's), indexed by code and by folded name."""

    def __init__(self, root: Unit):
        self.root = root
        self.by_code: dict[str, _Unit] = {}
        self.by_name: dict[str, list[_Unit]] = {}
        self.by_bare_name: dict[str, list[_Unit]] = {}
        self.names: dict[int, str] = {}
        for id_, code, name, folded, status, parent_name in subtree_units(root.path):
            unit = _Unit(id_, code, name, status, parent_name or "")
            self.by_code[code.upper()] = unit
            self.names[id_] = name
            if status == UnitStatus.LIVE:
                self.by_name.setdefault(folded, []).append(unit)
                self.by_bare_name.setdefault(_bare(folded), []).append(unit)

    def find(self, text: str) -> int:
        """The id of the live unit ``text`` names; ValueError (Vietnamese) otherwise."""
        text = clean(text)
        unit = self._by_code(text)
        if unit is None:
            unit = self._by_name(text)
        if unit.status != UnitStatus.LIVE:
            raise ValueError(f"Đơn vị “{unit.name}” [{unit.code}] đã ngừng hoạt động; hãy ghi đơn vị kế tục.")
        return unit.id

    def _by_code(self, text: str) -> _Unit | None:
        bracketed = _BRACKETED_CODE.search(text)
        candidates = [bracketed.group(1)] if bracketed else []
        candidates.append(text)
        candidates += [found.group(1) for found in (_CODE_FIRST.match(text), _CODE_LAST.search(text)) if found]
        for candidate in candidates:
            unit = self.by_code.get(clean(candidate).upper())
            if unit is not None:
                return unit
        if bracketed:
            raise ValueError(f"Không có đơn vị mã “{bracketed.group(1)}” trong phạm vi của “{self.root.name}”.")
        return None

    def _by_name(self, text: str) -> _Unit:
        folded = fold(text)
        found = self.by_name.get(folded) or self.by_bare_name.get(_bare(folded)) or []
        if len(found) == 1:
            return found[0]
        if not found:
            raise ValueError(f"Không tìm thấy đơn vị “{text}” (theo mã hoặc tên) trong phạm vi của "
                             f"“{self.root.name}”.")
        listed = "; ".join(f"{unit.name} [{unit.code}]" + (f" thuộc {unit.parent_name}" if unit.parent_name else "")
                           for unit in found[:MAX_CANDIDATES])
        more = f" và {len(found) - MAX_CANDIDATES} đơn vị khác" if len(found) > MAX_CANDIDATES else ""
        raise ValueError(f"Có {len(found)} đơn vị cùng tên “{text}”: {listed}{more}. Hãy ghi mã đơn vị.")
