"""What travels, and who may write it: one ``TableSpec`` per table of ``store.models.SYNCED_MODELS``.

Everything here is derived from the one registry of synced tables and the peewee field metadata, so a
new synced table travels without touching the bundle code. It must only say two things:

- its **owner**: the unit that owns a record. A unit owns itself; any other record is owned by the owner
  of the record one of its foreign keys points to (``OWNERS`` below, or ``SYNC_OWNER = "field"`` and
  ``SYNC_DOWN = True`` on the model class). An office may write only records owned inside its subtree.
  ``down``: records owned by an office above the destination travel down to it as reference data
  (campaigns and their phases, clusters, decisions); other records travel down only when they concern
  the destination's subtree (owned there, or pointing at a unit there — a quota given to it).
- how its **local fields** (``LOCAL_FIELDS``: never sent) are rebuilt on arrival (``DERIVED``; a field
  ``x_folded`` is ``fold(x)`` without saying so; ``unit.path`` is rebuilt from the tree).

A test fails when a synced table lacks either.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, cached_property

from uniondesk.domain.initiatives import title_sort_key
from uniondesk.domain.text import fold
from uniondesk.store import models
from uniondesk.store.models import SyncedModel, Unit

SELF = "self"


@dataclass(frozen=True)
class Owner:
    via: str  # SELF for a unit, else the foreign key whose target's owner owns the record
    down: bool = False


OWNERS: dict[str, Owner] = {
    "unit": Owner(SELF, down=True),
    "unit_parent": Owner("unit"),
    "unit_event": Owner("unit"),
    "person": Owner("unit"),
    "campaign": Owner("organiser", down=True),
    "campaign_phase": Owner("campaign", down=True),
    "quota": Owner("allocator"),  # goes down to the unit it is given to: it points at that unit
    "cluster_grouping": Owner("owner", down=True),
    "cluster": Owner("grouping", down=True),
    "cluster_member": Owner("grouping", down=True),
    "covenant": Owner("cluster", down=True),
    "initiative": Owner("unit"),
    "initiative_author": Owner("initiative"),
    "award_decision": Owner("issuing_unit", down=True),
    "award_recipient": Owner("decision"),
}

# (table, local field) → (source field, function). Rebuilt on arrival, never sent.
DERIVED: dict[tuple[str, str], tuple[str, Callable[[str], str]]] = {
    ("person", "name_folded"): ("full_name", fold),
    ("initiative", "title_sort"): ("title", title_sort_key),
}
TREE_FIELDS = {("unit", "path")}  # rebuilt from the tree after the units are applied

KINDS = {"TEXT": "text", "VARCHAR": "text", "INT": "int", "BIGINT": "int", "SMALLINT": "int", "BOOL": "bool",
         "DATE": "date", "DATETIME": "datetime", "FLOAT": "float", "DOUBLE": "float", "REAL": "float",
         "BLOB": "blob"}


@dataclass(frozen=True)
class Column:
    name: str  # the field name, as in the bundle
    column: str  # the SQL column
    kind: str  # text, int, bool, date, datetime, float, blob, ref
    null: bool
    ref: str | None = None  # the referenced table, for kind "ref"


@dataclass(frozen=True)
class Derived:
    column: str
    source: str  # a wire column name
    function: Callable[[str], str]


@dataclass(frozen=True)
class TableSpec:
    model: type[SyncedModel]
    table: str
    columns: tuple[Column, ...]  # as sent: the sync metadata first, then the model's fields
    owner: Owner
    derived: tuple[Derived, ...]
    tree: bool  # unit: paths rebuilt after applying

    @cached_property
    def names(self) -> list[str]:
        return [column.name for column in self.columns]

    @cached_property
    def positions(self) -> dict[str, int]:
        return {name: i for i, name in enumerate(self.names)}

    def index(self, name: str) -> int:
        return self.positions[name]

    @cached_property
    def refs(self) -> list[tuple[int, Column]]:
        return [(i, c) for i, c in enumerate(self.columns) if c.kind == "ref"]

    @cached_property
    def unit_refs(self) -> list[int]:
        """Positions of the columns pointing at units (a record "concerns" the units it points at)."""
        return [i for i, c in self.refs if c.ref == "unit"]

    def label(self, row: list) -> str:
        return " ".join(str(row[i]) for i in self.label_columns if row[i] is not None)

    @cached_property
    def label_columns(self) -> list[int]:
        """What names a record in a report: its code and name, title, or full name."""
        wanted = ("code", "name", "title", "full_name", "number", "seq")
        return [self.index(name) for name in wanted if name in self.names][:2]


class RuleMissing(LookupError):
    """A synced table says neither who owns its records nor how a local field is rebuilt."""


def owner_of_model(model: type[SyncedModel]) -> Owner:
    table = model._meta.table_name
    declared = getattr(model, "SYNC_OWNER", None)
    if declared:
        return Owner(declared, bool(getattr(model, "SYNC_DOWN", False)))
    if table in OWNERS:
        return OWNERS[table]
    raise RuleMissing(f"synced table {table} has no owner rule: add it to services/sync/rules.OWNERS "
                      "or set SYNC_OWNER on its model")


def _column(field) -> Column:
    if hasattr(field, "rel_model"):
        return Column(field.name, field.column_name, "ref", field.null, field.rel_model._meta.table_name)
    kind = KINDS.get(str(field.field_type).upper())
    if kind is None:
        raise RuleMissing(f"{field.model._meta.table_name}.{field.name}: a {field.field_type} cannot travel yet")
    return Column(field.name, field.column_name, kind, field.null)


def _derivation(model: type[SyncedModel], name: str) -> Derived | None:
    table = model._meta.table_name
    if (table, name) in TREE_FIELDS:
        return None
    if (table, name) in DERIVED:
        source, function = DERIVED[(table, name)]
        return Derived(name, source, function)
    if name.endswith("_folded") and name[: -len("_folded")] in model._meta.fields:
        return Derived(name, name[: -len("_folded")], fold)
    raise RuleMissing(f"{table}.{name} is local but has no derivation: add it to services/sync/rules.DERIVED")


def _spec(model: type[SyncedModel]) -> TableSpec:
    local = set(model.LOCAL_FIELDS)
    fields = [f for f in model._meta.sorted_fields if f.name != "id" and f.name not in local]
    derived = tuple(d for d in (_derivation(model, name) for name in model.LOCAL_FIELDS) if d is not None)
    spec = TableSpec(model, model._meta.table_name, tuple(_column(f) for f in fields), owner_of_model(model),
                     derived, model is Unit)
    via = spec.owner.via
    if via != SELF and not any(c.name == via and c.kind == "ref" for c in spec.columns):
        raise RuleMissing(f"{spec.table}: owner field {via} is not a foreign key that travels")
    return spec


@cache
def _specs(models_key: tuple[type[SyncedModel], ...]) -> tuple[TableSpec, ...]:
    return tuple(_spec(model) for model in models_key)


def specs() -> tuple[TableSpec, ...]:
    """Every synced table, parents first (the order of ``SYNCED_MODELS``)."""
    return _specs(tuple(models.SYNCED_MODELS))


def spec_by_table() -> dict[str, TableSpec]:
    return {spec.table: spec for spec in specs()}


def owner_hops(spec: TableSpec) -> list[tuple[str, str]]:
    """The chain of (column, table) joins from a record to the id of its owning unit; [] for a unit.

    initiative_author → [("initiative_id", "initiative"), ("unit_id", "unit")].
    """
    by_table = spec_by_table()
    hops: list[tuple[str, str]] = []
    current = spec
    while current.owner.via != SELF:
        column = next(c for c in current.columns if c.name == current.owner.via)
        hops.append((column.column, column.ref))
        current = by_table[column.ref]
        if len(hops) > len(by_table):
            raise RuleMissing(f"{spec.table}: the owner rules loop")
    return hops
