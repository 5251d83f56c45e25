"""Which records a bundle for a destination office holds.

- **Upward** (to an office above): every record owned inside this office's subtree: all it may write.
- **Downward** (to an office below, destination D): records owned inside D's subtree; records owned
  here or above that point at a unit of D's subtree (a quota given to it); and records of tables marked
  ``down`` owned by D's ancestors (the campaigns, clusters and decisions above it, the chain of units).

Incremental: rows written, or arrived, after what D acknowledged; plus everything about units that
entered D's scope since then (a subtree moved under it brings its history); and units that left it (moved
elsewhere) with the chain of their new parents, so that D sees them go. Rows that arrived from D and were
not changed since are not echoed back. ``full`` takes every row, echoes included.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from uniondesk.domain.errors import Cancelled
from uniondesk.services.sync import arrival
from uniondesk.services.sync.rules import TableSpec, specs
from uniondesk.services.sync.writes import wire_query
from uniondesk.store.models import Unit
from uniondesk.store.queries import sync as queries


def _ids(path: str) -> list[int]:
    return [int(part) for part in path.strip("/").split("/")]


@dataclass
class Scope:
    home: Unit
    dest: Unit
    down: bool  # the destination is below this office
    home_sub: set[int]
    dest_sub: set[int]
    chain: set[int]  # the destination's ancestors
    acceptable: set[int]  # what the destination accepts from here: this subtree and what is above it
    left: set[int] = field(default_factory=set)  # units that left D's scope, and their new ancestors

    @classmethod
    def of(cls, home: Unit, dest: Unit) -> Scope:
        home_sub = set(queries.subtree_ids(home.path))
        down = dest.id in home_sub
        dest_sub = set(queries.subtree_ids(dest.path)) if down else home_sub
        chain = set(_ids(dest.path)) - {dest.id}
        return cls(home, dest, down, home_sub, dest_sub, chain, home_sub | set(_ids(home.path)))

    def prefilter(self, total_units: int) -> tuple[list[int], bool] | None:
        """Units to narrow the query by (owner, or also a reference, among them), None for every row: a
        superset of ``relevant`` that indexes can answer, so a district's export never reads a province."""
        units = (self.dest_sub | self.chain | self.left) if self.down else self.home_sub
        if len(units) >= total_units:
            return None
        return sorted(units), self.down

    @property
    def covered(self) -> set[int]:
        """Units whose records this destination receives (a unit entering the set brings its history)."""
        return self.dest_sub | self.chain if self.down else self.home_sub

    def relevant(self, spec: TableSpec, owner: int | None, refs: tuple) -> bool:
        if not self.down:
            return owner in self.home_sub
        if owner in self.dest_sub or owner in self.left:
            return True
        if owner not in self.acceptable:
            return False
        return any(ref in self.dest_sub or ref in self.left for ref in refs) or (
            spec.owner.down and owner in self.chain)

    def leaving(self, before: set[int]) -> None:
        """Units covered by the last acknowledged bundle and no longer: they and their new ancestors go."""
        gone = before - self.covered
        paths = queries.unit_paths(gone)
        self.left = gone | {ancestor for path in paths.values() for ancestor in _ids(path)}


@dataclass
class Selection:
    tables: dict[str, list]  # table → records as they travel (parents first)
    covered: set[int]

    @property
    def records(self) -> int:
        return sum(map(len, self.tables.values()))


def select(scope: Scope, *, since: int, new_units: set[int], echo_from: set[str], full: bool,
           cancel: Callable[[], bool] | None = None, keys_only: bool = False) -> Selection:
    """``keys_only``: each record is only its uuid, origin and version (to count what a bundle would hold)."""
    chosen: dict[str, tuple[int, list]] = {}
    narrow = scope.prefilter(queries.count("unit"))
    for spec in specs():
        if cancel and cancel():
            raise Cancelled("Đã hủy xuất gói; không có gì thay đổi.")
        extra, rows = _table(spec, scope, since, new_units, echo_from, full, narrow, keys_only)
        if rows:
            chosen[spec.table] = (extra, rows)
    if scope.down:
        _referenced_units(scope, chosen, keys_only)
    return Selection({table: [row[extra:] for row in rows] for table, (extra, rows) in chosen.items()}, scope.covered)


def _referenced_units(scope: Scope, chosen: dict[str, tuple[int, list]], keys_only: bool) -> None:
    """Units outside the destination's scope that travelling records point at (the district a commune
    was moved from, a cluster's leader), with their ancestors: without them those records would wait."""
    referenced = {ref for extra, rows in chosen.values() for row in rows for ref in row[2:extra] if ref is not None}
    extra, units = chosen.get("unit", (0, []))
    present = {row[0] for row in units} | scope.covered
    needed = referenced - present
    if not needed:
        return
    paths = queries.unit_paths(needed)
    needed |= {ancestor for path in paths.values() for ancestor in _ids(path)}
    spec = next(spec for spec in specs() if spec.tree)
    query = wire_query(spec, keys_only)
    rows = units + [row for row in queries.wire_rows_by_id(query, needed - present)]
    chosen["unit"] = (query.extra, sorted(rows, key=lambda row: row[0]))


def _table(spec: TableSpec, scope: Scope, since: int, new_units: set[int], echo_from: set[str],
           full: bool, narrow: tuple[list[int], bool] | None, keys_only: bool) -> tuple[int, list]:
    query = wire_query(spec, keys_only)
    among = query.among(*narrow) if narrow else None
    if full:
        rows = queries.wire_rows(query, *(among if among else ("1", ())))
    else:
        ranges = [(first, last) for first, last, _, _ in queries.arrival_ranges(spec.table, after=since)]
        rows = queries.wire_rows_changed(query, since, ranges, among)
        if new_units:
            seen = {row[0] for row in rows}
            rows += [row for row in queries.wire_rows_concerning(query, sorted(new_units)) if row[0] not in seen]
        if scope.left and spec.tree:
            seen = {row[0] for row in rows}
            rows += [row for row in queries.wire_rows_by_id(query, scope.left) if row[0] not in seen]
    extra = query.extra
    rows = [row for row in rows if scope.relevant(spec, row[1], row[2:extra])]
    if echo_from and not full:
        rows = _without_echoes(spec, rows, echo_from, extra)
    return extra, rows


def _without_echoes(spec: TableSpec, rows: list, echo_from: set[str], extra: int) -> list:
    """Leave out rows that came from the destination itself and were not changed here since."""
    came = arrival.latest_in(spec.table, [row[0] for row in rows])
    version = extra + 2
    return [row for row in rows
            if not (row[0] in came and came[row[0]][1] in echo_from and came[row[0]][0] >= row[version])]
