"""This installation: its identity, home unit (the office it serves), key pair and local settings."""

from __future__ import annotations

import datetime as dt
import getpass

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from uniondesk.domain.errors import InputError
from uniondesk.domain.identity import new_uuid
from uniondesk.domain.text import clean
from uniondesk.domain.units import UnitKind
from uniondesk.services.actor import Actor, clock_from_database
from uniondesk.services.units import add_unit
from uniondesk.store.db import database
from uniondesk.store.models import Installation, Setting, Unit

OFFICER_KEY = "officer_name"


def get_setting(key: str, default: str | None = None) -> str | None:
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row else default


def set_setting(key: str, value: str) -> None:
    Setting.insert(key=key, value=value).on_conflict_replace().execute()


def installation() -> Installation | None:
    return Installation.select().first()


def home_unit() -> Unit | None:
    inst = installation()
    if inst is None or inst.home_unit_uuid is None:
        return None
    return Unit.get_or_none(Unit.uuid == inst.home_unit_uuid)


def _new_installation() -> Installation:
    key = Ed25519PrivateKey.generate()
    raw = serialization.Encoding.Raw
    return Installation.create(
        installation_id=new_uuid(),
        created_at=dt.datetime.now().isoformat(timespec="seconds"),
        private_key=key.private_bytes(raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()),
        public_key=key.public_key().public_bytes(raw, serialization.PublicFormat.Raw),
    )


def ensure_installation() -> Installation:
    """The installation record, made (with a new key pair) the first time it is needed."""
    with database.atomic():
        return installation() or _new_installation()


def remember_officer(name: str) -> str:
    name = clean(name)
    if not name:
        raise InputError("Hãy nhập họ tên của bạn (dùng cho nhật ký thay đổi).", "officer")
    set_setting(OFFICER_KEY, name)
    return name


def officer_name() -> str | None:
    return get_setting(OFFICER_KEY)


def actor(officer: str | None = None) -> Actor:
    """The actor for this session: the given officer, else the remembered one, else the OS user."""
    inst = ensure_installation()
    name = clean(officer) or officer_name() or _os_user()
    return Actor(officer=name, installation_id=inst.installation_id, clock=clock_from_database())


def _os_user() -> str:
    try:
        return getpass.getuser()
    except OSError:
        return "?"


def create_office(officer: str, *, code: str, name: str, kind: UnitKind | str) -> Unit:
    """First start: this installation serves a new office, the root of its own tree."""
    with database.atomic():
        if home_unit() is not None:
            raise InputError("Cơ sở dữ liệu này đã có đơn vị chủ quản.")
        who = actor(remember_officer(officer))
        unit = add_unit(who, code=code, name=name, kind=kind)
        set_home_unit(unit)
    return unit


def set_home_unit(unit: Unit) -> None:
    inst = ensure_installation()
    inst.home_unit_uuid = unit.uuid
    inst.save()
