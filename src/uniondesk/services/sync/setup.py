"""A new office from its upper office's setup bundle ("Tạo từ gói của cấp trên").

The upper office writes a setup bundle for a child unit: the unit's subtree with its history and
people, the chain of units above it, the campaigns, quotas, clusters and decisions that concern it, and
its own public key. A new installation created from it serves that unit and trusts the upper office.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from uniondesk.domain.errors import InputError
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
    year, month, day = b.manifest["created_at"][:10].split("-")
    return CheckedBundle(b.kind, f"{dest.get('unit_name') or '?'} [{dest.get('unit_code') or '?'}]", b.sender.label,
                         b.sender.fingerprint, f"{day}/{month}/{year}")


def _empty() -> bool:
    inst = Installation.select().first()
    return (inst is None or inst.home_unit_uuid is None) and not any(
        model.select().exists() for model in models.SYNCED_MODELS)


def init_from_bundle(path: Path | str, officer: str, passphrase: str | None = None, progress=None,
                     cancel=None) -> ImportReport:
    """Make this (empty) database the office of the bundle's destination unit, trusting its sender."""
    if not _empty():
        raise InputError("Chỉ tạo văn phòng từ gói thiết lập trong một cơ sở dữ liệu mới, trống; cơ sở dữ liệu này "
                         "đã có dữ liệu. Hãy chọn một tệp mới (--db).")
    from uniondesk.services.sync.importer import load

    with database.atomic():
        installation.remember_officer(officer)
        inst = installation.ensure_installation()
        b = load(path, passphrase)
        if b.kind != "setup":
            raise BundleRefused("Tệp này là gói dữ liệu thường, không phải gói thiết lập; hãy xin văn phòng cấp trên "
                                "“gói thiết lập” cho đơn vị của bạn.")
        inst.home_unit_uuid = b.destination["unit_uuid"]
        inst.save()
        actor = installation.actor(officer)
        keys.trust_key(actor, b.sender)
        report = import_bundle(actor, path, passphrase=passphrase, backup=False, progress=progress, cancel=cancel)
        if Unit.get_or_none(Unit.uuid == inst.home_unit_uuid) is None:
            raise BundleRefused("Gói thiết lập không chứa đơn vị của văn phòng này; không tạo được văn phòng.")
    return report
