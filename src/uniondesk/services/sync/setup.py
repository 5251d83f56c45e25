"""A new office from its upper office's setup bundle ("Tạo từ gói của cấp trên").

The upper office writes a setup bundle for a child unit: the unit's subtree with its history and
people, the chain of units above it, the campaigns, quotas, clusters and decisions that concern it, and
its own public key. A new installation created from it serves that unit and trusts the upper office.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from uniondesk.domain.errors import InputError
from uniondesk.domain.text import format_date
from uniondesk.services import installation
from uniondesk.services.actor import Actor
from uniondesk.services.sync import bundle, keys
from uniondesk.services.sync.bundle import BundleRefused
from uniondesk.services.sync.export import ExportResult, export_bundle
from uniondesk.services.sync.importer import import_bundle
from uniondesk.services.sync.report import ImportReport
from uniondesk.store import models
from uniondesk.store.db import database
from uniondesk.store.models import Installation, Unit


def setup_bundle(actor: Actor, unit_code: str, out: Path | str, **options) -> ExportResult:
    """The setup bundle for the office of a unit below this one."""
    return export_bundle(actor, unit_code, out, kind="setup", full=True, **options)


@dataclass(frozen=True)
class CheckedBundle:
    """What the officer must see of a checked bundle before this office trusts its sender."""

    kind: str
    office: str  # the unit this installation would serve: "name [code]"
    sender: str
    fingerprint: str  # of the sender's key
    created_on: str  # dd/mm/yyyy


def check_bundle_file(path: Path, passphrase: str | None) -> CheckedBundle:
    """The bundle's signature, checksums and records checked, without touching the database.

    Not ``importer.verify``: that admits only bundles addressed to *this* office, and an installation
    being created has no office yet (nor a key a bundle could be sealed for). Only a summary is kept:
    the records of a province's bundle would stay in memory for nothing."""
    b = bundle.open_bytes(bundle.read_file(path), passphrase=passphrase)
    dest = b.destination
    created = dt.datetime.fromisoformat(b.manifest["created_at"]).date()  # checked by open_bytes
    return CheckedBundle(b.kind, f"{dest.get('unit_name') or '?'} [{dest.get('unit_code') or '?'}]", b.sender.label,
                         b.sender.fingerprint, format_date(created))


def _empty() -> bool:
    inst = Installation.select().first()
    return (inst is None or inst.home_unit_uuid is None) and not any(
        model.select().exists() for model in models.SYNCED_MODELS)


def init_from_bundle(path: Path | str, officer: str, passphrase: str | None = None, progress=None,
                     cancel=None, expected_fingerprint: str | None = None) -> ImportReport:
    """Make this (empty) database the office of the bundle's destination unit, trusting its sender.
    ``expected_fingerprint``: the sender's key the officer compared by phone (the file read now must be
    signed with it: a file replaced on the stick since would bring a key nobody compared)."""
    if not _empty():
        raise InputError("Chỉ tạo văn phòng từ gói thiết lập trong một cơ sở dữ liệu mới, trống; cơ sở dữ liệu này "
                         "đã có dữ liệu. Hãy chọn một tệp mới (--db).")
    from uniondesk.services.sync.importer import load

    with database.atomic():
        installation.remember_officer(officer)
        inst = installation.ensure_installation()
        b = load(path, passphrase)
        if expected_fingerprint is not None and b.sender.fingerprint != expected_fingerprint:
            raise BundleRefused("Tệp gói đã thay đổi từ khi được kiểm tra (khóa của văn phòng gửi khác với dấu vân tay "
                                "đã đối chiếu). Hãy chọn lại tệp và đối chiếu lại dấu vân tay; chưa có gì được ghi.")
        if b.kind != "setup":
            raise BundleRefused("Tệp này là gói dữ liệu thường, không phải gói thiết lập; hãy xin văn phòng cấp trên "
                                "“gói thiết lập” cho đơn vị của bạn.")
        inst.home_unit_uuid = b.destination["unit_uuid"]
        inst.save()
        actor = installation.actor(officer)
        keys.trust_key(actor, b.sender)
        report = import_bundle(actor, path, passphrase=passphrase, backup=False, progress=progress, cancel=cancel,
                               loaded=b)  # the very bundle checked above, not the file read again
        if Unit.get_or_none(Unit.uuid == inst.home_unit_uuid) is None:
            raise BundleRefused("Gói thiết lập không chứa đơn vị của văn phòng này; không tạo được văn phòng.")
    return report
