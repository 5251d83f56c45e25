"""This installation: identity, key pair, home unit, remembered officer and settings."""

from __future__ import annotations

import uuid

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from uniondesk.domain.errors import InputError
from uniondesk.services import installation
from uniondesk.store.db import database
from uniondesk.store.models import Installation, Unit


def dump() -> str:
    return "\n".join(database.connection().iterdump())


def test_a_new_database_has_no_installation_until_needed(db):
    assert installation.installation() is None
    assert installation.home_unit() is None
    first = installation.ensure_installation()
    assert installation.ensure_installation().id == first.id
    assert Installation.select().count() == 1
    assert uuid.UUID(first.installation_id).version == 7


def test_the_key_pair_signs_and_verifies(db):
    inst = installation.ensure_installation()
    private = Ed25519PrivateKey.from_private_bytes(bytes(inst.private_key))
    public = Ed25519PublicKey.from_public_bytes(bytes(inst.public_key))
    public.verify(private.sign(b"goi du lieu"), b"goi du lieu")  # raises if the pair does not match


def test_create_office_makes_the_home_unit_and_remembers_the_officer(db):
    home = installation.create_office("  Nguyễn Văn An ", code="th", name="LĐLĐ tỉnh Thanh Hóa", kind="provincial")
    assert installation.home_unit() == home
    assert (home.code, home.kind, home.parent_id, home.changed_by) == ("TH", "provincial", None, "Nguyễn Văn An")
    assert installation.officer_name() == "Nguyễn Văn An"
    assert home.origin == installation.installation().installation_id


def test_a_second_office_is_refused(office):
    before = dump()
    with pytest.raises(InputError, match="đã có đơn vị chủ quản"):
        installation.create_office("Lê Văn B", code="NA", name="LĐLĐ tỉnh Nghệ An", kind="provincial")
    assert dump() == before


@pytest.mark.parametrize(
    ("officer", "fields", "match", "field"),
    [
        ("  ", {}, "họ tên của bạn", "officer"),
        ("Nguyễn Văn An", {"name": " "}, "Tên không được để trống", "name"),
        ("Nguyễn Văn An", {"code": ""}, "Mã đơn vị", "code"),
        ("Nguyễn Văn An", {"kind": "tỉnh"}, "Loại đơn vị", "kind"),
    ],
)
def test_create_office_refuses_bad_input_and_changes_nothing(db, officer, fields, match, field):
    installation.ensure_installation()
    before = dump()
    values = {"code": "TH", "name": "LĐLĐ tỉnh Thanh Hóa", "kind": "provincial", **fields}
    with pytest.raises(InputError, match=match) as info:
        installation.create_office(officer, **values)
    assert info.value.field == field
    assert dump() == before
    assert Unit.select().count() == 0 and installation.officer_name() is None


def test_actor_uses_the_given_then_the_remembered_officer(office):
    assert installation.actor().officer == "Nguyễn Văn An"
    assert installation.actor("  Trần Thị Bình ").officer == "Trần Thị Bình"
    installation.remember_officer("Lê Văn Cường")
    assert installation.actor().officer == "Lê Văn Cường"


def test_actor_falls_back_to_the_operating_system_user(db, monkeypatch):
    monkeypatch.setattr(installation.getpass, "getuser", lambda: "canbo")
    assert installation.actor().officer == "canbo"


def test_actor_clock_continues_after_the_stored_versions(office):
    _, home = office
    assert installation.actor().clock.tick() > home.version


def test_settings_are_stored_and_replaced(db):
    assert installation.get_setting("language", "vi") == "vi"
    installation.set_setting("language", "en")
    installation.set_setting("language", "vi")
    assert installation.get_setting("language") == "vi"


def test_set_home_unit(office):
    actor, home = office
    from uniondesk.services.units import add_unit

    other = add_unit(actor, code="NA", name="LĐLĐ tỉnh Nghệ An", kind="provincial")
    installation.set_home_unit(other)
    assert installation.home_unit() == other
