"""Helpers: offices of a small federation, each its own database file, opened one at a time (``store.db.database``
is one global proxy): a province (TH) with two districts, the district office HH, the commune office XA1.
The three files are built once per session and copied for each test."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import json
import sqlite3
import zipfile
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from uniondesk.domain.identity import new_uuid
from uniondesk.services import campaigns, installation, people, quotas, units
from uniondesk.services.actor import Actor
from uniondesk.services.sync import export, importer, keys, rules, setup, wire
from uniondesk.services.sync.writes import wire_query
from uniondesk.store.db import database, open_database
from uniondesk.store.models import Campaign, Initiative, InitiativeAuthor, Person, Unit
from uniondesk.store.queries import sync as queries


@contextlib.contextmanager
def opened(path: Path):
    handle = open_database(path)
    try:
        yield installation.actor()
    finally:
        handle.close()


def dump() -> str:
    """Everything in the open database, as SQL."""
    return "\n".join(database.connection().iterdump())


def canonical(tables: tuple[str, ...] | None = None) -> dict[str, list]:
    """Synced rows as they travel (references as uuids, no local fields or ids), sorted by uuid."""
    out = {}
    for spec in rules.specs():
        if tables is None or spec.table in tables:
            query = wire_query(spec)
            out[spec.table] = sorted(tuple(row[query.extra:]) for row in queries.wire_rows(query))
    return out


def unit(code: str) -> Unit:
    return Unit.get((Unit.code == code) & (Unit.deleted == False))  # noqa: E712


def add_initiative(actor: Actor, unit_code: str, title: str, benefit: int = 0, authors: int = 1) -> Initiative:
    """An initiative with its authors (people of the unit), written as the initiative service stores them."""
    home, campaign = unit(unit_code), Campaign.get()
    initiative = Initiative.create(campaign=campaign, unit=home, title=title, title_folded="", benefit_vnd=benefit,
                                   registered_on=dt.date(2022, 3, 1), **actor.new_record())
    for number in range(authors):
        person = Person.create(unit=home, full_name=f"Tác giả {title} {number}", name_folded="", **actor.new_record())
        InitiativeAuthor.create(initiative=initiative, person=person, share_bp=10000 // authors, campaign=campaign,
                                unit=home, **actor.new_record())
    return initiative


@dataclass
class Federation:
    folder: Path
    province: Path
    district: Path
    commune: Path
    fingerprints: dict[str, str]

    def bundle(self, name: str) -> Path:
        return self.folder / f"{name}.udbundle"

    def export(self, office: Path, to: str, name: str, **options) -> Path:
        with opened(office) as actor:
            export.export_bundle(actor, to, self.bundle(name), **options)
        return self.bundle(name)

    def import_(self, office: Path, bundle: Path, **options):
        with opened(office) as actor:
            return importer.import_bundle(actor, bundle, **options)


def build(folder: Path) -> Federation:
    province, district, commune = folder / "province.sqlite3", folder / "district.sqlite3", folder / "commune.sqlite3"
    prints = {}
    with opened(province):
        home = installation.create_office("Nguyễn Văn An", code="TH", name="LĐLĐ tỉnh Thanh Hóa", kind="provincial")
        actor = installation.actor()
        hh = units.add_unit(actor, code="HH", name="LĐLĐ huyện Hoằng Hóa", kind="upper", parent_id=home.id)
        ns = units.add_unit(actor, code="NS", name="LĐLĐ huyện Nga Sơn", kind="upper", parent_id=home.id)
        for code, name, parent in (("XA1", "CĐCS xã Hoằng Lộc", hh), ("XA2", "CĐCS xã Hoằng Đạo", hh),
                                   ("XB1", "CĐCS xã Nga Thủy", ns)):
            units.add_unit(actor, code=code, name=name, kind="grassroots", parent_id=parent.id, members=40)
        people.add_person(actor, home.id, full_name="Lê Thị Hoa", position="Chủ tịch")
        campaign = campaigns.create_campaign(actor, code="SK2022", name="1 triệu sáng kiến", kind="initiatives",
                                             organiser_id=home.id, start_on=dt.date(2022, 1, 8),
                                             end_on=dt.date(2023, 9, 1))
        quotas.allocate(actor, campaign.id, home.id, [quotas.Allocation(hh.id, 100), quotas.Allocation(ns.id, 50)])
        setup.setup_bundle(actor, "HH", folder / "setup-hh.udbundle")
        prints["province"] = keys.own_key().fingerprint
    with opened(district):
        setup.init_from_bundle(folder / "setup-hh.udbundle", "Lê Văn Bình")
        actor = installation.actor()
        quotas.allocate(actor, Campaign.get().id, unit("HH").id, [quotas.Allocation(unit("XA1").id, 60)])
        setup.setup_bundle(actor, "XA1", folder / "setup-xa1.udbundle")
        prints["district"] = keys.own_key().fingerprint
    with opened(commune):
        setup.init_from_bundle(folder / "setup-xa1.udbundle", "Trần Thị Cúc")
        prints["commune"] = keys.own_key().fingerprint
    with opened(district) as actor:
        keys.trust_fingerprint(actor, prints["commune"])
    with opened(province) as actor:
        keys.trust_fingerprint(actor, prints["district"])
    return Federation(folder, province, district, commune, prints)




def fresh_uuid() -> str:
    return new_uuid()


# --- forging bundles: what a tampered, broken or hostile file looks like --------------------------------

def private_key(office: Path) -> bytes:
    """The office's signing key, read straight from its file (the test plays a hostile sender)."""
    conn = sqlite3.connect(office)
    try:
        return bytes(conn.execute("SELECT private_key FROM installation").fetchone()[0])
    finally:
        conn.close()


def entries(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {info.filename: archive.read(info) for info in archive.infolist()}


def pack(files: dict[str, bytes], compress: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compress) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return out.getvalue()


def resign(files: dict[str, bytes], manifest: dict, key: bytes, *, fix_entries: bool = True) -> dict[str, bytes]:
    """Write ``manifest`` (entry checksums recomputed from ``files`` unless told not to) signed by ``key``."""
    if fix_entries:
        for name, entry in manifest["entries"].items():
            if name in files:
                entry["sha256"] = hashlib.sha256(files[name]).hexdigest()
                entry["size"] = len(files[name])
    body = json.dumps(manifest, ensure_ascii=False, sort_keys=True).encode()
    return {**files, "manifest.json": body, "manifest.sig": Ed25519PrivateKey.from_private_bytes(key).sign(body)}


def entry_name(table: str) -> str:
    return f"records/{table}.json"


def read_table(files: dict[str, bytes], table: str) -> list[list]:
    """The records of one table entry as lists in ``rules`` column order (read without checks)."""
    spec = rules.spec_by_table()[table]
    body = json.loads(files[entry_name(table)])
    count = json.loads(files["manifest.json"])["entries"][entry_name(table)]["records"]
    return wire.rows_of(spec, {c.name: wire.WireColumn(c, body[c.name], count) for c in spec.columns})


def table_entry(table: str, rows: list[list]) -> bytes:
    return json.dumps(wire.encode_table(rules.spec_by_table()[table], rows), ensure_ascii=False).encode()


def synthesize(actor: Actor, unit_code: str, count: int) -> None:
    """``count`` initiatives of one unit, each with an author of its own, written in bulk."""
    home, campaign = unit(unit_code), Campaign.get()
    conn = database.connection()
    person0 = conn.execute("SELECT coalesce(max(id), 0) FROM person").fetchone()[0]
    initiative0 = conn.execute("SELECT coalesce(max(id), 0) FROM initiative").fetchone()[0]

    def sync() -> tuple:
        return new_uuid(), actor.installation_id, actor.clock.tick(), actor.installation_id, 0, actor.officer

    with database.atomic():
        conn.executemany(
            "INSERT INTO person (uuid, origin, version, writer, deleted, changed_by, id, full_name, name_folded, "
            "unit_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(*sync(), person0 + n, f"Người lao động số {n}", f"nguoi lao dong so {n}", home.id)
             for n in range(1, count + 1)])
        conn.executemany(
            "INSERT INTO initiative (uuid, origin, version, writer, deleted, changed_by, id, campaign_id, unit_id, "
            "title, title_folded, summary, benefit_vnd, registered_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            "?, ?)",
            [(*sync(), initiative0 + n, campaign.id, home.id, f"Sáng kiến hàng loạt số {n}", "",
              "Giảm thời gian thao tác, tiết kiệm vật tư và điện năng cho tổ sản xuất.", 1000 * n, "2022-03-01")
             for n in range(1, count + 1)])
        conn.executemany(
            "INSERT INTO initiative_author (uuid, origin, version, writer, deleted, changed_by, initiative_id, "
            "person_id, share_bp, campaign_id, unit_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(*sync(), initiative0 + n, person0 + n, 10000, campaign.id, home.id) for n in range(1, count + 1)])
