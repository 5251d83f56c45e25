"""The bundle file (``.udbundle``): a zip holding a signed manifest and one JSON-lines entry per table.

::

    manifest.json        format and version, sender (installation, unit, public key), destination,
                         sequence number, creation time, watermarks, receipts, and per entry its table,
                         columns, record count, size and SHA-256; control totals
    manifest.sig         Ed25519 signature of manifest.json's exact bytes
    records/<table>.json   the table's records column by column (see ``wire``; deflate)

Reading trusts nothing: entry names, sizes, compression ratios, checksums, the signature and every
record's shape are checked here, before the caller looks at the database. A refusal is a
``BundleRefused`` with a Vietnamese message; the file and the database are left as they were.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator, Mapping
from itertools import compress
from dataclasses import dataclass, field
from pathlib import Path

from uniondesk import __version__
from uniondesk.domain.errors import EnvironmentFault
from uniondesk.services.gc_pause import collector_paused
from uniondesk.services.sync import envelope, rules
from uniondesk.services.sync.keys import OfficeKey, parse_key, signature_valid
from uniondesk.services.sync.wire import ShapeError, WireColumn, check_table, encode_table, rows_of

FORMAT = "uniondesk-bundle"
FORMAT_VERSION = 2  # 2: records travel column by column (wire.py); 1 held one JSON array per record
EXTENSION = ".udbundle"
MANIFEST, SIGNATURE = "manifest.json", "manifest.sig"
ENTRY_RE = re.compile(r"records/[a-z][a-z0-9_]{0,62}\.json")
MAX_FILE = 2 * 1024**3
MAX_ENTRY = 1024**3
MAX_TOTAL = 2 * 1024**3
MAX_MANIFEST = 16 * 1024**2
MAX_RATIO = 100  # JSON lines of real records deflate 3-10x; far more is a zip bomb
RATIO_FROM = 1024**2  # small entries may compress better than that without harm
COMPRESS_LEVEL, FAST_LEVEL, FAST_FROM = 6, 1, 16 * 1024**2
_ENCODE = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


class BundleRefused(EnvironmentFault):
    """The file is not a bundle this office can accept; nothing was changed."""


@dataclass
class Bundle:
    manifest: dict
    manifest_bytes: bytes
    sender: OfficeKey
    wire: dict[str, dict[str, WireColumn]] = field(default_factory=dict)  # checked columns, parents first
    size: int = 0
    sealed: bool = False

    @property
    def tables(self) -> Tables:
        """The records of each table in ``rules`` column order, parents first, built table by table."""
        return Tables(self.wire)

    def column(self, table: str, name: str) -> list:
        return self.wire[table][name].values() if table in self.wire else []

    def count(self, table: str) -> int:
        return self.wire[table]["uuid"].count if table in self.wire else 0


    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.manifest_bytes).hexdigest()

    @property
    def sequence(self) -> int:
        return int(self.manifest["sequence"])

    @property
    def watermark(self) -> int:
        return int(self.manifest["watermark"])

    @property
    def kind(self) -> str:
        return self.manifest["kind"]

    @property
    def destination(self) -> dict:
        return self.manifest["destination"]

    @property
    def totals(self) -> dict:
        return self.manifest["totals"]

    @property
    def receipts(self) -> list[dict]:
        return self.manifest.get("receipts", [])


class Tables(Mapping):
    """Records built when a table is asked for and not kept: an import holds one table's records at a
    time (a province's 880,000 records at once took 2.5 GB)."""

    def __init__(self, wire: dict[str, dict[str, WireColumn]]):
        self._wire = wire

    def __getitem__(self, table: str) -> list[list]:
        columns = self._wire[table]
        with collector_paused():
            return rows_of(rules.spec_by_table()[table], columns)

    def __contains__(self, table: object) -> bool:  # Mapping's own would build the table's records
        return table in self._wire

    def __iter__(self) -> Iterator[str]:
        return iter(self._wire)

    def __len__(self) -> int:
        return len(self._wire)


# --- writing ------------------------------------------------------------------------------------------

def _totals(counts: dict[str, int], deleted: list, benefit: list) -> dict:
    live = list(compress(benefit, (not d for d in deleted)))
    return {"records": sum(counts.values()), "tables": counts, "initiatives": len(live), "benefit_vnd": sum(live)}


def control_totals(tables: dict[str, list]) -> dict:
    """Records per table, live initiatives and their benefit sum: repeated in every import report."""
    spec = rules.spec_by_table()["initiative"]
    rows = tables.get("initiative") or []
    deleted, benefit = spec.index("deleted"), spec.index("benefit_vnd")
    return _totals({t: len(rows) for t, rows in tables.items()}, [row[deleted] for row in rows],
                   [row[benefit] for row in rows])


def _level(size: int) -> int:
    """Level 6 for the usual small bundle; level 1 for a province's tables, 6x faster for 10 % more bytes."""
    return COMPRESS_LEVEL if size < FAST_FROM else FAST_LEVEL


def write_zip(manifest: dict, tables: dict[str, list], sign) -> tuple[bytes, bytes]:
    """The bundle's bytes and its manifest's. ``manifest`` gets its entries and totals here;
    ``sign(bytes) -> signature``."""
    stamp = dt.datetime.fromisoformat(manifest["created_at"]).timetuple()[:6]
    by_table = rules.spec_by_table()
    entries, blobs = {}, {}
    for table, rows in tables.items():
        data = _ENCODE(encode_table(by_table[table], rows)).encode("utf-8")
        name = f"records/{table}.json"
        entries[name] = {"table": table, "columns": by_table[table].names, "records": len(rows), "size": len(data),
                         "sha256": hashlib.sha256(data).hexdigest()}
        blobs[name] = data
    manifest = {**manifest, "format": FORMAT, "format_version": FORMAT_VERSION, "app_version": __version__,
                "entries": entries, "totals": control_totals(tables)}
    manifest_bytes = json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=COMPRESS_LEVEL) as archive:
        archive.writestr(zipfile.ZipInfo(MANIFEST, stamp), manifest_bytes, zipfile.ZIP_DEFLATED)
        archive.writestr(zipfile.ZipInfo(SIGNATURE, stamp), sign(manifest_bytes), zipfile.ZIP_STORED)
        for name, data in blobs.items():
            archive.writestr(zipfile.ZipInfo(name, stamp), data, zipfile.ZIP_DEFLATED, _level(len(data)))
    return out.getvalue(), manifest_bytes


# --- reading ------------------------------------------------------------------------------------------

def _refuse(message: str) -> BundleRefused:
    return BundleRefused(message)


def read_file(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_FILE:
            raise _refuse(f"Tệp {path.name} quá lớn ({size // 1024**2} MB) để là một gói UnionDesk.")
        return path.read_bytes()
    except FileNotFoundError:
        raise _refuse(f"Không tìm thấy tệp {path}.") from None
    except IsADirectoryError:
        raise _refuse(f"{path} là một thư mục, không phải gói dữ liệu.") from None
    except OSError as exc:
        raise _refuse(f"Không đọc được tệp {path}: {exc.strerror or exc}.") from exc


def _check_names(archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    infos: dict[str, zipfile.ZipInfo] = {}
    total = 0
    if MANIFEST not in archive.namelist():
        raise _refuse("Tệp không phải gói UnionDesk: không có bản kê (manifest).")
    for info in archive.infolist():
        name = info.filename
        if ".." in name or name.startswith(("/", "\\")) or "\\" in name or ":" in name:
            raise _refuse(f"Gói bị từ chối: tên mục “{name}” chứa đường dẫn không được phép.")
        if name in infos or (name not in (MANIFEST, SIGNATURE) and not ENTRY_RE.fullmatch(name)):
            raise _refuse(f"Gói bị từ chối: mục lạ hoặc trùng “{name}”.")
        if info.flag_bits & 0x1 or info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise _refuse(f"Gói bị từ chối: mục “{name}” được nén hoặc mã hóa theo cách không được hỗ trợ.")
        if info.file_size > MAX_ENTRY or (info.file_size > RATIO_FROM
                                          and info.file_size > MAX_RATIO * max(info.compress_size, 1)):
            raise _refuse(f"Gói bị từ chối: mục “{name}” quá lớn hoặc nén bất thường (có thể là “bom zip”).")
        total += info.file_size
        infos[name] = info
    if total > MAX_TOTAL:
        raise _refuse("Gói bị từ chối: tổng dung lượng sau khi giải nén quá lớn.")
    if SIGNATURE not in infos:
        raise _refuse("Gói không có chữ ký của văn phòng gửi; gói bị từ chối.")
    return infos


def _read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    if info.file_size > limit:
        raise _refuse(f"Gói bị từ chối: mục “{info.filename}” quá lớn.")
    with archive.open(info) as handle:
        data = handle.read(info.file_size + 1)
    if len(data) != info.file_size:
        raise _refuse(f"Gói bị hỏng: mục “{info.filename}” không đúng kích thước.")
    return data


def _manifest(data: bytes) -> dict:
    try:
        manifest = json.loads(data)
    except (UnicodeDecodeError, ValueError):
        raise _refuse("Gói bị hỏng: bản kê (manifest) không đọc được.") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise _refuse("Tệp không phải gói dữ liệu UnionDesk.")
    version = manifest.get("format_version")
    if not isinstance(version, int) or version < 1:
        raise _refuse("Gói bị hỏng: phiên bản định dạng không hợp lệ.")
    if version > FORMAT_VERSION:
        raise _refuse(f"Gói được tạo bởi một phiên bản UnionDesk mới hơn (định dạng {version}, phiên bản này hiểu "
                      f"đến {FORMAT_VERSION}). Hãy cập nhật UnionDesk rồi nhập lại; dữ liệu không bị thay đổi.")
    if version < FORMAT_VERSION:
        raise _refuse(f"Gói được tạo bởi một phiên bản UnionDesk cũ hơn (định dạng {version}). Hãy đề nghị văn phòng "
                      "gửi cập nhật UnionDesk rồi xuất lại gói; dữ liệu không bị thay đổi.")
    return manifest


MANIFEST_KEYS = {"kind": str, "created_at": str, "sender": dict, "destination": dict, "sequence": int,
                 "watermark": int, "since": int, "full": bool, "entries": dict, "totals": dict, "receipts": list}


def _check_manifest(manifest: dict) -> OfficeKey:
    for key, kind in MANIFEST_KEYS.items():
        if not isinstance(manifest.get(key), kind):
            raise _refuse(f"Gói bị hỏng: bản kê thiếu hoặc sai mục “{key}”.")
    if manifest["kind"] not in ("data", "setup") or not isinstance(manifest["destination"].get("unit_uuid"), str):
        raise _refuse("Gói bị hỏng: loại gói hoặc nơi nhận không hợp lệ.")
    try:
        dt.datetime.fromisoformat(manifest["created_at"])
    except ValueError:
        raise _refuse("Gói bị hỏng: thời điểm tạo không hợp lệ.") from None
    try:
        return parse_key(manifest["sender"])
    except EnvironmentFault:
        raise _refuse("Gói bị hỏng: khóa của văn phòng gửi không hợp lệ.") from None


def _tables(archive: zipfile.ZipFile, infos: dict, manifest: dict) -> dict[str, dict[str, WireColumn]]:
    entries = manifest["entries"]
    if set(entries) != set(infos) - {MANIFEST, SIGNATURE}:
        raise _refuse("Gói bị hỏng: danh sách mục trong bản kê không khớp với nội dung tệp.")
    by_table = rules.spec_by_table()
    parsed: dict[str, list] = {}
    for name, entry in entries.items():
        table = entry.get("table") if isinstance(entry, dict) else None
        if table not in by_table or name != f"records/{table}.json":
            raise _refuse(f"Gói chứa dữ liệu mà phiên bản này chưa biết ({name}). Hãy cập nhật UnionDesk.")
        data = _read_entry(archive, infos[name], MAX_ENTRY)
        if len(data) != entry.get("size") or hashlib.sha256(data).hexdigest() != entry.get("sha256"):
            raise _refuse(f"Gói bị hỏng hoặc đã bị sửa: mã kiểm tra của mục “{name}” không khớp.")
        parsed[table] = _parse_rows(data, by_table[table], entry)
    return {spec.table: parsed[spec.table] for spec in rules.specs() if spec.table in parsed}


def _parse_rows(data: bytes, spec: rules.TableSpec, entry: dict) -> dict[str, WireColumn]:
    count = entry.get("records")
    if not isinstance(count, int) or count < 0:
        raise _refuse(f"Gói bị hỏng: số bản ghi của bảng {spec.table} trong bản kê không hợp lệ.")
    try:
        with collector_paused():
            body = json.loads(data)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _refuse(f"Gói có dữ liệu không đọc được ở bảng {spec.table}.") from None
    try:
        return check_table(spec, body, count)
    except ShapeError as exc:
        raise _refuse(str(exc)) from None


def _check_totals(bundle: Bundle) -> None:
    counts = {table: columns["uuid"].count for table, columns in bundle.wire.items()}
    mine = _totals(counts, bundle.column("initiative", "deleted"), bundle.column("initiative", "benefit_vnd"))
    stated = bundle.totals
    if any(stated.get(key) != mine[key] for key in ("records", "tables", "initiatives", "benefit_vnd")):
        raise _refuse("Gói bị hỏng: số liệu kiểm soát trong bản kê không khớp với các bản ghi.")


def open_bytes(data: bytes, *, passphrase: str | None = None, own_seed: bytes | None = None,
               own_fingerprint: str = "", records: bool = True) -> Bundle:
    """Check and parse a bundle (sealed or not). ``records=False`` stops after the signed manifest."""
    sealed = envelope.is_sealed(data)
    if sealed:
        data = envelope.open_sealed(data, passphrase=passphrase, own_seed=own_seed, own_fingerprint=own_fingerprint)
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, EOFError):
        raise _refuse("Tệp không phải gói UnionDesk, hoặc đã bị hỏng (có thể chép chưa xong).") from None
    try:
        with archive:
            infos = _check_names(archive)
            manifest_bytes = _read_entry(archive, infos[MANIFEST], MAX_MANIFEST)
            manifest = _manifest(manifest_bytes)
            sender = _check_manifest(manifest)
            if not signature_valid(sender.public_key, _read_entry(archive, infos[SIGNATURE], 1024), manifest_bytes):
                raise _refuse("Chữ ký của gói không hợp lệ: gói đã bị sửa sau khi ký, hoặc không phải do văn phòng "
                              "ghi trong gói tạo ra. Gói bị từ chối.")
            bundle = Bundle(manifest, manifest_bytes, sender, size=len(data), sealed=sealed)
            if records:
                bundle.wire = _tables(archive, infos, manifest)
                _check_totals(bundle)
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, zlib.error, struct.error) as exc:
        raise _refuse(f"Gói bị hỏng, không đọc được ({exc}).") from None
    return bundle
