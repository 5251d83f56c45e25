"""Offices and keys: this installation's Ed25519 key, fingerprints read over the phone, key files, and
the offices this one trusts (or has revoked).

An office is trusted in one of three ways: its key file (``keys export`` on its side), its first
bundle after the officer compared the fingerprint by phone, or the fingerprint alone typed in before
its bundle arrives (the key is bound when a bundle signed by it is imported).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from uniondesk.domain.errors import EnvironmentFault, InputError
from uniondesk.services import installation
from uniondesk.services.actor import Actor
from uniondesk.store.db import database
from uniondesk.store.models import AuditEntry, Unit
from uniondesk.store.models_sync import SyncOffice

KEY_FORMAT = "uniondesk-key"
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford's base 32: no I, L, O, U to misread by phone
FINGERPRINT_CHARS = 20  # 100 bits, five groups of four


def fingerprint(public_key: bytes) -> str:
    """"7K2Q-…": the first 100 bits of SHA-256 of the raw key, in groups of four to read over the phone."""
    number = int.from_bytes(hashlib.sha256(public_key).digest()[:13], "big") >> 4
    chars = [_ALPHABET[(number >> shift) & 31] for shift in range(5 * (FINGERPRINT_CHARS - 1), -1, -5)]
    return "-".join("".join(chars[i:i + 4]) for i in range(0, FINGERPRINT_CHARS, 4))


def normalise_fingerprint(text: str) -> str | None:
    """What an officer typed ("7k2q 8hd0…", O for 0, I/L for 1) in the canonical form, or None."""
    table = str.maketrans({"O": "0", "I": "1", "L": "1"})
    chars = "".join(ch for ch in (text or "").upper().translate(table) if ch.isalnum())
    if len(chars) != FINGERPRINT_CHARS or any(ch not in _ALPHABET for ch in chars):
        return None
    return "-".join(chars[i:i + 4] for i in range(0, FINGERPRINT_CHARS, 4))


def sign(data: bytes) -> bytes:
    inst = installation.ensure_installation()
    return Ed25519PrivateKey.from_private_bytes(bytes(inst.private_key)).sign(data)


def signature_valid(public_key: bytes, signature: bytes, data: bytes) -> bool:
    try:
        Ed25519PublicKey.from_public_bytes(public_key).verify(signature, data)
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass(frozen=True)
class OfficeKey:
    """An office's public identity, as a key file or a bundle's manifest states it."""

    installation_id: str
    public_key: bytes
    unit_uuid: str | None
    unit_code: str = ""
    unit_name: str = ""

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    @property
    def label(self) -> str:
        return f"{self.unit_name} [{self.unit_code}]" if self.unit_code else self.unit_name

    def as_json(self) -> dict:
        return {"format": KEY_FORMAT, "version": 1, "installation_id": self.installation_id,
                "unit_uuid": self.unit_uuid, "unit_code": self.unit_code, "unit_name": self.unit_name,
                "public_key": base64.b64encode(self.public_key).decode(), "fingerprint": self.fingerprint}


def own_key() -> OfficeKey:
    inst = installation.ensure_installation()
    home = installation.home_unit()
    return OfficeKey(inst.installation_id, bytes(inst.public_key), inst.home_unit_uuid,
                     home.code if home else "", home.name if home else "")


def export_key(out: Path | str) -> Path:
    out = Path(out)
    try:
        out.write_text(json.dumps(own_key().as_json(), ensure_ascii=False, indent=2), encoding="utf-8")
    except OSError as exc:
        raise EnvironmentFault(f"Không ghi được tệp khóa {out}: {exc.strerror or exc}.") from exc
    return out


def parse_key(data: dict) -> OfficeKey:
    try:
        key = base64.b64decode(data["public_key"], validate=True)
        Ed25519PublicKey.from_public_bytes(key)
        return OfficeKey(str(data["installation_id"]), key, data.get("unit_uuid"), str(data.get("unit_code") or ""),
                         str(data.get("unit_name") or ""))
    except (KeyError, TypeError, ValueError) as exc:
        raise EnvironmentFault("Khóa công khai trong tệp không hợp lệ.") from exc


def read_key_file(path: Path) -> OfficeKey:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        raise EnvironmentFault(f"Không đọc được tệp khóa {path}.") from exc
    if not isinstance(data, dict) or data.get("format") != KEY_FORMAT:
        raise EnvironmentFault(f"Tệp {path.name} không phải là tệp khóa UnionDesk.")
    return parse_key(data)


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


def _audit(actor: Actor, fp: str, action: str, changes: dict) -> None:
    AuditEntry.create(at=_now(), officer=actor.officer, installation_id=actor.installation_id,
                      table_name="sync_office", record_uuid=fp, action=action,
                      changes=json.dumps(changes, ensure_ascii=False))


def trust_key(actor: Actor, key: OfficeKey) -> SyncOffice:
    """Trust an office's key (a key file, or a bundle after its fingerprint was confirmed)."""
    if key.installation_id == installation.ensure_installation().installation_id:
        raise InputError("Đây là khóa của chính văn phòng này.")
    with database.atomic():
        office = SyncOffice.get_or_none(SyncOffice.fingerprint == key.fingerprint) or SyncOffice(
            fingerprint=key.fingerprint, trusted_at=_now(), trusted_by=actor.officer)
        office.installation_id, office.public_key = key.installation_id, key.public_key
        office.unit_uuid, office.label = key.unit_uuid, key.label or office.label
        office.revoked_at = None
        office.save()
        _audit(actor, key.fingerprint, "trust", {"installation_id": [None, key.installation_id],
                                                 "unit_uuid": [None, key.unit_uuid]})
    return office


def trust_fingerprint(actor: Actor, text: str) -> SyncOffice:
    """Trust whichever office signs with the key of this fingerprint (confirmed by phone beforehand)."""
    fp = normalise_fingerprint(text)
    if fp is None:
        raise InputError(f"“{text}” không phải là dấu vân tay khóa (20 ký tự, ví dụ 7K2Q-8HD0-…).", "fingerprint")
    with database.atomic():
        office = SyncOffice.get_or_none(SyncOffice.fingerprint == fp)
        if office is None:
            office = SyncOffice.create(fingerprint=fp, trusted_at=_now(), trusted_by=actor.officer)
        elif office.revoked_at:
            office.revoked_at = None
            office.save()
        _audit(actor, fp, "trust", {"fingerprint": [None, fp]})
    return office


def revoke(actor: Actor, text: str) -> SyncOffice:
    """Stop trusting an office (by fingerprint or unit code): its bundles are refused from now on."""
    fp = normalise_fingerprint(text)
    office = SyncOffice.get_or_none(SyncOffice.fingerprint == fp) if fp else None
    if office is None:
        unit = Unit.get_or_none((Unit.code == text.strip().upper()) & (Unit.deleted == False))  # noqa: E712
        office = (SyncOffice.select().where(SyncOffice.unit_uuid == unit.uuid).order_by(SyncOffice.id.desc()).first()
                  if unit else None)
    if office is None:
        raise InputError(f"Không có văn phòng tin cậy nào ứng với “{text}”.")
    with database.atomic():
        office.revoked_at = _now()
        office.save()
        _audit(actor, office.fingerprint, "revoke", {"revoked_at": [None, office.revoked_at]})
    return office


@dataclass(frozen=True)
class TrustCheck:
    status: str  # trusted, pending (fingerprint trusted, key bound on import), untrusted, revoked, mismatch
    office: SyncOffice | None
    message: str = ""

    @property
    def ok(self) -> bool:
        return self.status in ("trusted", "pending")


def check_sender(key: OfficeKey) -> TrustCheck:
    """Is the sender of a bundle trusted here? Reads only."""
    fp = key.fingerprint
    by_fp = SyncOffice.get_or_none(SyncOffice.fingerprint == fp)
    by_inst = (SyncOffice.select().where(SyncOffice.installation_id == key.installation_id)
               .order_by(SyncOffice.id.desc()).first())
    name = key.label or key.installation_id
    if (by_fp and by_fp.revoked_at) or (by_inst and by_inst.revoked_at and by_inst.fingerprint == fp):
        office = by_fp or by_inst
        return TrustCheck("revoked", office, f"Văn phòng “{name}” đã bị thu hồi quyền tin cậy "
                                             f"(ngày {office.revoked_at[:10]}); gói bị từ chối.")
    if by_inst and by_inst.fingerprint != fp and not by_inst.revoked_at:
        return TrustCheck("mismatch", by_inst, f"Gói mang danh “{name}” nhưng được ký bằng một khóa khác với khóa "
                                               f"đã tin cậy ({by_inst.fingerprint}); gói bị từ chối.")
    if by_fp and by_fp.installation_id and by_fp.unit_uuid and key.unit_uuid and by_fp.unit_uuid != key.unit_uuid:
        return TrustCheck("mismatch", by_fp, f"Khóa {fp} đã được tin cậy cho một đơn vị khác; gói mang danh "
                                             f"“{name}” bị từ chối.")
    if by_fp and by_fp.installation_id:
        return TrustCheck("trusted", by_fp)
    if by_fp:
        return TrustCheck("pending", by_fp)
    return TrustCheck("untrusted", None, untrusted_message(key))


def untrusted_message(key: OfficeKey) -> str:
    return (f"Văn phòng gửi “{key.label or key.installation_id}” chưa được tin cậy. Dấu vân tay khóa của họ: "
            f"{key.fingerprint}. Hãy gọi điện cho văn phòng đó để đối chiếu dấu vân tay, rồi tin cậy khóa "
            f"(uniondesk keys trust {key.fingerprint}) và nhập lại gói.")


def bind(office: SyncOffice, key: OfficeKey) -> None:
    """A fingerprint trusted in advance meets its key: remember the installation, unit and key."""
    office.installation_id, office.public_key, office.unit_uuid = key.installation_id, key.public_key, key.unit_uuid
    office.label = office.label or key.label
    office.save()


def trusted_offices() -> list[SyncOffice]:
    return list(SyncOffice.select().order_by(SyncOffice.id))


def offices_of_unit(unit_uuid: str) -> list[SyncOffice]:
    return list(SyncOffice.select().where((SyncOffice.unit_uuid == unit_uuid) & SyncOffice.revoked_at.is_null()))
