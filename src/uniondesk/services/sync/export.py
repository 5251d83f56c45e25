"""Export: a signed bundle for the office above or one below, written so that a stick pulled out mid-write
never leaves a file that looks complete (temporary name, flush, fsync, re-read and check, rename)."""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from uniondesk.domain.errors import EnvironmentFault, InputError
from uniondesk.domain.text import clean
from uniondesk.services import installation
from uniondesk.services.actor import Actor
from uniondesk.services.sync import bundle, envelope, keys, ledger
from uniondesk.services.sync.select import Scope, select
from uniondesk.store.db import database
from uniondesk.store.models import Unit
from uniondesk.store.models_sync import SyncSent

Progress = Callable[[int, int, str], None]


@dataclass
class ExportResult:
    path: Path
    size: int
    sequence: int
    kind: str
    full: bool
    sealed: bool
    destination: str  # "name [code]"
    tables: dict[str, int]
    totals: dict
    seconds: float

    @property
    def records(self) -> int:
        return sum(self.tables.values())

    def as_json(self) -> dict:
        return {"file": str(self.path), "size": self.size, "sequence": self.sequence, "kind": self.kind,
                "full": self.full, "encrypted": self.sealed, "destination": self.destination,
                "records": self.records, "tables": self.tables, "totals": self.totals,
                "seconds": round(self.seconds, 3)}


@dataclass(frozen=True)
class Seal:
    """Encrypt for e-mail: for the recipient's key, or with a passphrase."""

    recipient: keys.OfficeKey | None = None
    passphrase: str | None = None

    def apply(self, data: bytes) -> bytes:
        if self.recipient is not None:
            return envelope.seal_for_key(data, self.recipient.public_key, self.recipient.fingerprint)
        return envelope.seal_with_passphrase(data, self.passphrase or "")


def unit_by_code(code: str) -> Unit:
    code = clean(code).upper()
    unit = (Unit.select().where((Unit.code == code) & (Unit.deleted == False))  # noqa: E712
            .order_by((Unit.status == "live").desc(), Unit.id.desc()).first())
    if unit is None:
        raise InputError(f"Không có đơn vị mã “{code}”.", "unit")
    return unit


def _home() -> Unit:
    home = installation.home_unit()
    if home is None:
        raise InputError("Cơ sở dữ liệu này chưa có đơn vị chủ quản; hãy tạo văn phòng trước.")
    return home


def _scope(home: Unit, dest: Unit, kind: str) -> Scope:
    if dest.id == home.id:
        raise InputError("Không thể xuất gói cho chính văn phòng này.", "unit")
    below, above = dest.path.startswith(home.path), home.path.startswith(dest.path)
    if not (below or above):
        raise InputError(f"“{dest.name}” không phải cấp trên hay cấp dưới của “{home.name}”; chỉ trao đổi gói với "
                         "văn phòng cấp trên hoặc cấp dưới.", "unit")
    if kind == "setup" and not below:
        raise InputError(f"Gói thiết lập chỉ được tạo cho đơn vị cấp dưới; “{dest.name}” là cấp trên.", "unit")
    return Scope.of(home, dest)


def _destination(dest: Unit) -> dict:
    offices = keys.offices_of_unit(dest.uuid)
    installs = {office.installation_id for office in offices if office.installation_id}
    return {"unit_uuid": dest.uuid, "unit_code": dest.code, "unit_name": dest.name,
            "installation_id": installs.pop() if len(installs) == 1 else None}


def _since(dest: Unit, scope: Scope, full: bool) -> tuple[int, set[int]]:
    """The acknowledged position to continue from, and units that entered the destination's scope since."""
    acked = None if full else ledger.last_acknowledged(dest.uuid)
    if acked is None:
        return 0, set()
    before = set(json.loads(acked.covered))
    ids = {uuid: id_ for id_, uuid in Unit.select(Unit.id, Unit.uuid).tuples()}
    if scope.down:
        scope.leaving({ids[uuid] for uuid in before if uuid in ids})
    return acked.watermark, {id_ for uuid, id_ in ids.items() if id_ in scope.covered and uuid not in before}


def export_bundle(actor: Actor, destination_code: str, out: Path | str, *, full: bool = False, kind: str = "data",
                  seal: Seal | None = None, progress: Progress | None = None,
                  cancel: Callable[[], bool] | None = None) -> ExportResult:
    started = time.perf_counter()
    out = Path(out)
    home, dest = _home(), unit_by_code(destination_code)
    scope = _scope(home, dest, kind)
    full = full or kind == "setup"
    since, new_units = _since(dest, scope, full)
    watermark = actor.clock.tick()  # everything written from now on is above it
    _report(progress, 1, "Chọn dữ liệu")
    echo = {office.installation_id for office in keys.offices_of_unit(dest.uuid) if office.installation_id}
    chosen = select(scope, since=since, new_units=new_units, echo_from=echo, full=full, cancel=cancel)
    _report(progress, 2, "Ghi gói")
    sequence = ledger.next_sequence(dest.uuid)
    manifest = {"kind": kind, "created_at": ledger.now(), "sender": _sender(), "destination": _destination(dest),
                "sequence": sequence, "full": full, "since": since, "watermark": watermark,
                "receipts": ledger.receipts_for(dest.uuid)}
    data, manifest_bytes = bundle.write_zip(manifest, chosen.tables, keys.sign)
    _check_written_zip(data)
    if seal is not None:
        data = seal.apply(data)
    _write_atomically(out, data)
    _report(progress, 3, "Ghi sổ gói đã gửi")
    totals = bundle.control_totals(chosen.tables)
    _remember(dest, manifest, hashlib.sha256(manifest_bytes).hexdigest(), out, chosen, totals)
    return ExportResult(out, len(data), sequence, kind, full, seal is not None, f"{dest.name} [{dest.code}]",
                        totals["tables"], totals, time.perf_counter() - started)


def _report(progress: Progress | None, step: int, message: str) -> None:
    if progress:
        progress(step, 3, message)


def _sender() -> dict:
    own = keys.own_key().as_json()
    return {key: own[key] for key in ("installation_id", "unit_uuid", "unit_code", "unit_name", "public_key")}


def _check_written_zip(data: bytes) -> None:
    """The bundle as written must open, carry a valid signature and intact entries (CRC of each)."""
    bundle.open_bytes(data, records=False)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        if archive.testzip() is not None:
            raise EnvironmentFault("Gói vừa tạo bị lỗi khi kiểm tra lại; hãy thử xuất lại.")


def _write_atomically(out: Path, data: bytes) -> None:
    partial = out.with_name(out.name + ".partial")
    try:
        with partial.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if hashlib.sha256(partial.read_bytes()).digest() != hashlib.sha256(data).digest():
            raise EnvironmentFault(f"Tệp {out.name} đọc lại không giống dữ liệu đã ghi (ổ đĩa hoặc USB bị lỗi?).")
        os.replace(partial, out)
        _sync_folder(out.parent)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise EnvironmentFault(f"Không ghi được gói {out}: {exc.strerror or exc}. Hãy kiểm tra ổ đĩa hoặc USB "
                               "(còn chỗ trống, không bị rút ra).") from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no directory handles to flush)."""
    if os.name == "nt":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def outbox() -> Path:
    """Copies of sent bundles, beside the database, kept until the destination acknowledges them."""
    folder = Path(database.database).resolve().parent / "outbox"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _remember(dest: Unit, manifest: dict, sha: str, out: Path, chosen, totals: dict) -> SyncSent:
    kept = outbox() / f"{dest.code}-{manifest['sequence']:05d}{bundle.EXTENSION}"
    try:
        if out.resolve().parent == kept.parent:
            kept = out  # written into the outbox already (for e-mail): that file is the kept copy
        else:
            shutil.copyfile(out, kept)
    except OSError:
        kept = None  # the copy is a convenience; the bundle itself was written
    uuids = dict(Unit.select(Unit.id, Unit.uuid).tuples())
    with database.atomic():
        return ledger.record_sent(
            destination_unit_uuid=dest.uuid, destination_installation_id=manifest["destination"]["installation_id"],
            seq=manifest["sequence"], kind=manifest["kind"], full=manifest["full"], created_at=manifest["created_at"],
            since=manifest["since"], watermark=manifest["watermark"], manifest_sha256=sha,
            records=totals["records"], totals=json.dumps(totals), covered=json.dumps(sorted(uuids[i] for i in chosen.covered)),
            kept_path=str(kept) if kept else None)
