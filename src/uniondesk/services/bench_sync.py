"""Benchmark cases of sync (issue 5), for ``services.bench.run_bench(extra=[cases])``.

Measured side by side with raw baselines in the same run: Python's ``zipfile`` + ``json`` + ``sqlite3``
``executemany`` upserting the same records with no checks at all (import), and the plain ``json`` +
``zipfile`` writing of the same tables (export). Targets (issue 5, "Speed and size"): a district's bundle
(about 5,000 initiatives with authors) exported in ≤ 1 s and ≤ 2 MB; a province's full bundle imported
into an empty database ≤ 2× the raw baseline, re-imported (all unchanged) ≤ 1×, exported ≤ 1.5× the raw
export; verification alone ≤ 3 s.

The cases work on copies of the bench database (the province demo), never on it: a national unit is put
above the province so that the province has an office above to send its full bundle to.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import shutil
import sqlite3
import tempfile
import time
import zipfile
from pathlib import Path

from uniondesk.services import installation, units
from uniondesk.services.bench import BenchContext, Case, Elapsed
from uniondesk.services.sync import export, importer, keys, rules
from uniondesk.store.db import backup_to, database, open_database
from uniondesk.store.models import Unit

NATIONAL = "TLD.BENCH"
DISTRICT_INITIATIVES = 5_000
BIG_REPEAT = 3


@contextlib.contextmanager
def _using(path: Path):
    """Point the global database at ``path`` for a while, then back at the bench database."""
    original = database.obj
    handle = open_database(path, lock=False)
    try:
        yield installation.actor()
    finally:
        handle.close()
        database.initialize(original)


def _copy(source: Path, target: Path) -> Path:
    for suffix in ("-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    shutil.copyfile(source, target)
    return target


class SyncBench:
    """The files the cases use, made once before any case is timed."""

    def __init__(self, ctx: BenchContext):
        self.folder = Path(tempfile.mkdtemp(prefix="uniondesk-bench-sync-"))
        ctx.cleanups.append(lambda: shutil.rmtree(self.folder, ignore_errors=True))
        self.scale = ctx.scale
        self.province = backup_to(database.connection(), self.folder / "province.sqlite3")
        self.bundle = self.folder / "province.udbundle"
        self.raw_zip = self.folder / "raw.zip"  # the bundle's records as JSON lines, for the raw import
        self.empty = self.folder / "national-empty.sqlite3"
        self.full = self.folder / "national-full.sqlite3"
        self.district = self.folder / "district.sqlite3"
        self._prepare()

    def _prepare(self) -> None:
        with _using(self.province) as actor:
            home = installation.home_unit()
            top = units.add_unit(actor, code=NATIONAL, name="Tổng Liên đoàn Lao động Việt Nam", kind="national")
            units.move_unit(actor, home.id, top.id, dt.date(2022, 1, 1))
            export.export_bundle(actor, NATIONAL, self.bundle, full=True)
            sender = keys.own_key()
            top_row = {name: getattr(top, name) for name in ("uuid", "origin", "version", "writer", "code", "name",
                                                              "name_folded", "kind", "status")}
            self.district_code, self.district_initiatives = _district()
            self.parent_code = home.code
        self._national(top_row, sender)
        with _using(_copy(self.empty, self.full)) as actor:
            importer.import_bundle(actor, self.bundle, backup=False)
        with _using(_copy(self.province, self.district)):
            inst = installation.ensure_installation()
            inst.home_unit_uuid = Unit.get(Unit.code == self.district_code).uuid
            inst.save()
        self.district_size = 0
        self.export_district()  # once, for its size (and a warm cache, as an office's PC has)

    def _national(self, top_row: dict, sender: keys.OfficeKey) -> None:
        """An office above the province that knows nothing yet but itself, trusting the province."""
        with _using(self.empty):
            installation.remember_officer("Cán bộ Tổng Liên đoàn")
            inst = installation.ensure_installation()
            top = Unit.create(path="", parent=None, **top_row)
            top.path = f"/{top.id}/"
            top.save()
            inst.home_unit_uuid = top.uuid
            inst.save()
            keys.trust_key(installation.actor(), sender)

    # --- timed work ------------------------------------------------------------------------------------

    def export_district(self) -> Elapsed:
        with _using(self.district) as actor:
            started = time.perf_counter()
            result = export.export_bundle(actor, self.parent_code, self.folder / "district.udbundle", full=True)
            elapsed = time.perf_counter() - started
        self.district_size = result.size
        return Elapsed(elapsed)

    def export_province(self) -> Elapsed:
        with _using(self.province) as actor:
            started = time.perf_counter()
            export.export_bundle(actor, NATIONAL, self.folder / "again.udbundle", full=True)
            return Elapsed(time.perf_counter() - started)

    def import_empty(self) -> Elapsed:
        with _using(_copy(self.empty, self.folder / "run.sqlite3")) as actor:
            started = time.perf_counter()
            importer.import_bundle(actor, self.bundle)
            return Elapsed(time.perf_counter() - started)

    def import_again(self) -> Elapsed:
        with _using(self.full) as actor:
            started = time.perf_counter()
            importer.import_bundle(actor, self.bundle)
            return Elapsed(time.perf_counter() - started)

    def verify(self) -> Elapsed:
        with _using(self.full):
            started = time.perf_counter()
            importer.verify(self.bundle, what_if=False)
            return Elapsed(time.perf_counter() - started)

    # --- raw baselines ------------------------------------------------------------------------------

    def raw_import(self) -> Elapsed:
        target = _copy(self.empty, self.folder / "raw.sqlite3")
        if not self.raw_zip.exists():
            json_lines(self.bundle, self.raw_zip)
        started = time.perf_counter()
        raw_import(self.raw_zip, target)
        return Elapsed(time.perf_counter() - started)

    def raw_export(self) -> Elapsed:
        started = time.perf_counter()
        raw_export(self.province, self.folder / "raw-export.zip")
        return Elapsed(time.perf_counter() - started)


def _district() -> tuple[str, int]:
    """The upper unit whose subtree holds a number of initiatives closest to 5,000."""
    row = database.execute_sql(
        "SELECT u.code, (SELECT count(*) FROM initiative i JOIN unit g ON g.id = i.unit_id WHERE g.path >= u.path "
        "AND g.path < substr(u.path, 1, length(u.path) - 1) || '0') AS n FROM unit u WHERE u.kind = 'upper' "
        "ORDER BY abs(n - ?) LIMIT 1", (DISTRICT_INITIATIVES,)).fetchone()
    if row is None:
        row = database.execute_sql("SELECT code, 0 FROM unit WHERE parent_id IS NOT NULL LIMIT 1").fetchone()
    return row[0], row[1]


def json_lines(bundle_path: Path, out: Path) -> None:
    """The bundle's records (references as uuids) as one JSON array per line, for the raw import: the
    baseline must not depend on how our format packs them."""
    from uniondesk.services.sync import bundle

    tables = bundle.open_bytes(bundle_path.read_bytes()).tables
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for table, rows in tables.items():
            archive.writestr(f"records/{table}.jsonl", "".join(json.dumps(row, ensure_ascii=False) + "\n"
                                                                for row in rows))


def raw_import(raw_zip: Path, db_path: Path) -> None:
    """The baseline: zipfile + json + sqlite3 executemany upserting the records, no checks at all. It reads
    the bundle's records written as JSON lines (``json_lines``)."""
    conn = sqlite3.connect(db_path)
    ids: dict[str, dict] = {}
    with zipfile.ZipFile(raw_zip) as archive:
        names = set(archive.namelist())
        for spec in rules.specs():
            name = f"records/{spec.table}.jsonl"
            if name not in names:
                continue
            rows = [json.loads(line) for line in archive.read(name).splitlines()]
            for i, column in spec.refs:
                known = ids.get(column.ref, {})
                for row in rows:
                    row[i] = known.get(row[i])
            local = [d.column for d in spec.derived] + (["path"] if spec.tree else [])
            columns = [c.column for c in spec.columns] + local
            conn.executemany(
                f"INSERT INTO {spec.table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))}) "
                f"ON CONFLICT (uuid) DO UPDATE SET {', '.join(f'{c} = excluded.{c}' for c in columns[1:])}",
                [row + [""] * len(local) for row in rows])
            ids[spec.table] = dict(conn.execute(f"SELECT uuid, id FROM {spec.table}"))
    conn.commit()
    conn.close()


def raw_export(db_path: Path, out: Path) -> None:
    """The baseline: every synced table read as it is and written as JSON lines into a zip."""
    conn = sqlite3.connect(db_path)
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for spec in rules.specs():
            rows = conn.execute(f"SELECT {', '.join(c.column for c in spec.columns)} FROM {spec.table}").fetchall()
            archive.writestr(f"records/{spec.table}.jsonl",
                             "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows))
    conn.close()


def _limit(factor: float, baseline) -> float:
    """A target relative to the raw baseline, measured once before the case (both run again side by side)."""
    return factor * float(baseline())


def cases(ctx: BenchContext) -> list[Case]:
    bench = SyncBench(ctx)
    province = ctx.scale == "province"
    import_limit = _limit(2.0, bench.raw_import) if province else None
    export_limit = _limit(1.5, bench.raw_export) if province else None
    district = f"{bench.district_initiatives:,}".replace(",", ".")
    size = f"{bench.district_size / 1024**2:.2f} MB".replace(".", ",")
    return [
        Case(f"sync: export a district's bundle ({district} initiatives, {size})", bench.export_district, "≤ 1 s",
             1.0 if province else None, 5),
        Case("sync: export a province's full bundle", bench.export_province, "≤ 1.5× raw", export_limit,
             BIG_REPEAT, bench.raw_export, "raw sqlite3 SELECT + json + zipfile"),
        Case("sync: import it into an empty database", bench.import_empty, "≤ 2× raw", import_limit, BIG_REPEAT,
             bench.raw_import, "raw zipfile + json + sqlite3 executemany upsert"),
        Case("sync: import it again (all unchanged)", bench.import_again, "≤ 1× raw",
             import_limit / 2 if import_limit else None, BIG_REPEAT, bench.raw_import,
             "raw zipfile + json + sqlite3 executemany upsert"),
        Case("sync: verify a province's bundle (every check, no what-if)", bench.verify, "≤ 3 s",
             3.0 if province else None, BIG_REPEAT),
    ]
