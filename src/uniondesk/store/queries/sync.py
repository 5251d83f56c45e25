"""Read queries of sync: records as they travel (foreign keys as uuids), their owners, identities.

Tables and columns are described by the caller (``services.sync.rules``) from the model metadata; the SQL
is built here, once per call, with plain joins on primary keys: one query per table, not one per row.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from uniondesk.store.db import database

CHUNK = 900  # below SQLite's default limit of host parameters


@dataclass(frozen=True)
class WireQuery:
    """How to read one table as it travels."""

    table: str
    columns: Sequence[tuple[str, str | None]]  # (SQL column, referenced table or None)
    owner_hops: Sequence[tuple[str, str]]  # (column, table) from a row to its owning unit's id
    unit_refs: Sequence[str]  # SQL columns pointing at units

    def sql(self, where: str) -> str:
        """SELECT id, owner unit id, the unit-reference ids, then the wire values."""
        joins, owner = self.owner_joins()
        select = ["t.id", owner, *(f"t.{column}" for column in self.unit_refs)]
        for n, (column, ref) in enumerate(self.columns):
            if ref is None:
                select.append(f"t.{column}")
            else:
                select.append(f"j{n}.uuid")
                joins.append(f"LEFT JOIN {ref} j{n} ON j{n}.id = t.{column}")
        return f"SELECT {', '.join(select)} FROM {self.table} t {' '.join(joins)} WHERE {where} ORDER BY t.id"

    def owner_joins(self) -> tuple[list[str], str]:
        """Inner joins along the owner's chain (an owner reference is never empty), and the owner's id."""
        if not self.owner_hops:
            return [], "t.id"
        joins, alias = [], "t"
        for n, (column, table) in enumerate(self.owner_hops[:-1]):
            joins.append(f"JOIN {table} o{n} ON o{n}.id = {alias}.{column}")
            alias = f"o{n}"
        return joins, f"{alias}.{self.owner_hops[-1][0]}"

    def among(self, units: Sequence[int], refs_too: bool) -> tuple[str, list]:
        """A condition: owned by one of these units (or, ``refs_too``, pointing at one of them)."""
        tests = [self.owner_joins()[1], *((f"t.{column}" for column in self.unit_refs) if refs_too else ())]
        text = "[" + ",".join(str(int(i)) for i in units) + "]"
        return "(" + " OR ".join(f"{test} IN (SELECT value FROM json_each(?))" for test in tests) + ")", \
            [text] * len(tests)

    @property
    def extra(self) -> int:
        """Columns before the wire values: id, owner and the unit references."""
        return 2 + len(self.unit_refs)


def chunks(values: Sequence, size: int = CHUNK) -> Iterator[Sequence]:
    for start in range(0, len(values), size):
        yield values[start:start + size]


def wire_rows(query: WireQuery, where: str = "1", params: Sequence = ()) -> list[tuple]:
    return database.connection().execute(query.sql(where), tuple(params)).fetchall()


def wire_rows_by_id(query: WireQuery, ids: Iterable[int]) -> list[tuple]:
    out: list[tuple] = []
    for chunk in chunks(sorted(set(ids))):
        out += wire_rows(query, f"t.id IN ({','.join('?' * len(chunk))})", chunk)
    return out


def wire_rows_changed(query: WireQuery, since: int, ranges: Sequence[tuple[int, int]],
                      among: tuple[str, list] | None = None) -> list[tuple]:
    """Rows written after ``since`` (by version), plus the id ranges given (rows that arrived after it);
    ``among``: only rows meeting that condition (``WireQuery.among``)."""
    extra, params = among if among else ("1", [])
    rows = {row[0]: row for row in wire_rows(query, f"t.version > ? AND {extra}", (since, *params))}
    for first, last in ranges:
        for row in wire_rows(query, f"t.id BETWEEN ? AND ? AND {extra}", (first, last, *params)):
            rows.setdefault(row[0], row)
    return [rows[key] for key in sorted(rows)]


def wire_rows_concerning(query: WireQuery, unit_ids: Sequence[int]) -> list[tuple]:
    """Rows owned by, or pointing at, any of these units, whatever their version."""
    if not unit_ids:
        return []
    where, params = query.among(unit_ids, refs_too=True)
    return wire_rows(query, where, params)


def keys(table: str, uuids: Sequence[str] | None = None) -> dict[str, tuple[int, int, str]]:
    """uuid → (id, version, writer) of the table's rows (all of them, or those with these uuids)."""
    conn = database.connection()
    if uuids is None:
        return {u: (i, v, w) for u, i, v, w in conn.execute(f"SELECT uuid, id, version, writer FROM {table}")}
    out = {}
    for chunk in chunks(list(uuids)):
        sql = f"SELECT uuid, id, version, writer FROM {table} WHERE uuid IN ({','.join('?' * len(chunk))})"
        out.update({u: (i, v, w) for u, i, v, w in conn.execute(sql, tuple(chunk))})
    return out


def count(table: str) -> int:
    return database.connection().execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def max_id(table: str) -> int:
    return database.connection().execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]


def owners_by_uuid(table: str, hops: Sequence[tuple[str, str]], uuids: Sequence[str]) -> dict[str, str | None]:
    """uuid → uuid of the owning unit, for rows of ``table`` stored here."""
    query = WireQuery(table, [], hops, [])
    joins, owner = query.owner_joins()
    joins = [f"LEFT {join}" for join in joins]
    out: dict[str, str | None] = {}
    conn = database.connection()
    for chunk in chunks(list(uuids)):
        sql = (f"SELECT t.uuid, ou.uuid FROM {table} t {' '.join(joins)} LEFT JOIN unit ou ON ou.id = {owner} "
               f"WHERE t.uuid IN ({','.join('?' * len(chunk))})")
        out.update(dict(conn.execute(sql, tuple(chunk)).fetchall()))
    return out


def unit_tree() -> list[tuple[int, str, str | None, str]]:
    """(id, uuid, parent uuid, path) of every unit, deleted ones included."""
    return database.connection().execute(
        "SELECT u.id, u.uuid, p.uuid, u.path FROM unit u LEFT JOIN unit p ON p.id = u.parent_id").fetchall()


def unit_paths(ids: Iterable[int]) -> dict[int, str]:
    out = {}
    conn = database.connection()
    for chunk in chunks(sorted(set(ids))):
        sql = f"SELECT id, path FROM unit WHERE id IN ({','.join('?' * len(chunk))})"
        out.update(dict(conn.execute(sql, tuple(chunk)).fetchall()))
    return out


def arrival_ranges(table: str, after: int | None = None) -> list[tuple[int, int, int, str]]:
    """(first id, last id, stamp, source) of rows that arrived, oldest first; ``after``: stamps above it."""
    sql = "SELECT first_id, last_id, stamp, source FROM sync_arrival WHERE table_name = ?"
    params: tuple = (table,)
    if after is not None:
        sql, params = sql + " AND stamp > ?", (table, after)
    return database.connection().execute(sql + " ORDER BY stamp, id", params).fetchall()


def subtree_ids(path: str) -> list[int]:
    end = path[:-1] + "0"
    return [i for (i,) in database.connection().execute(
        "SELECT id FROM unit WHERE path >= ? AND path < ?", (path, end))]


def initiatives_to_index(first: int, last: int) -> list[tuple[int, str, str, str, bool]]:
    """(id, title, summary, author names in entry order, confidential) of the live initiatives with ids in a
    range, as ``store.initiative_index.insert_rows`` takes them."""
    conn = database.connection()
    names: dict[int, list[str]] = {}
    for initiative, name in conn.execute(
            "SELECT a.initiative_id, coalesce(p.full_name, u.name) FROM initiative_author a "
            "LEFT JOIN person p ON p.id = a.person_id LEFT JOIN unit u ON u.id = a.author_unit_id "
            "WHERE a.initiative_id BETWEEN ? AND ? AND a.deleted = 0 ORDER BY a.id", (first, last)):
        names.setdefault(initiative, []).append(name or "")
    rows = conn.execute("SELECT id, title, summary, confidential FROM initiative WHERE id BETWEEN ? AND ? "
                        "AND deleted = 0", (first, last)).fetchall()
    return [(id_, title, summary, ", ".join(names.get(id_, ())), bool(secret)) for id_, title, summary, secret in rows]
