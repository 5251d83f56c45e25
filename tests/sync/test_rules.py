"""What travels and how: owner rules and derivations for every synced table, fingerprints, the X25519 twin
of the signing key, sealing for e-mail, and the checks of values."""

from __future__ import annotations

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from hypothesis import given
from hypothesis import strategies as st
from peewee import TextField

from uniondesk.domain.errors import EnvironmentFault
from uniondesk.domain.text import fold
from uniondesk.services.sync import envelope, keys, rules
from uniondesk.services.sync.wire import uuids_valid
from uniondesk.services.sync.writes import _prepared
from uniondesk.store.models import SYNCED_MODELS, SyncedModel


@pytest.mark.parametrize("model", SYNCED_MODELS, ids=lambda model: model.__name__)
def test_every_synced_table_says_who_owns_its_records_and_how_its_local_fields_are_rebuilt(model):
    spec = rules.spec_by_table()[model._meta.table_name]  # raises RuleMissing for a table without rules
    hops = rules.owner_hops(spec)
    assert spec.table == "unit" or hops[-1][1] == "unit", "the owner chain must end at a unit"
    local = set(model.LOCAL_FIELDS)
    assert not local & set(spec.names), "local fields never travel"
    rebuilt = {d.column for d in spec.derived} | {name for table, name in rules.TREE_FIELDS if table == spec.table}
    assert rebuilt == local
    assert spec.names[:6] == ["uuid", "origin", "version", "writer", "deleted", "changed_by"]


def test_a_new_synced_table_without_an_owner_rule_is_caught():
    class Orphan(SyncedModel):  # no foreign key: a test model must not add back-references to Unit
        note = TextField()

        class Meta:
            table_name = "orphan_for_test"

    with pytest.raises(rules.RuleMissing, match="orphan_for_test"):
        rules.owner_of_model(Orphan)

    class Adopted(Orphan):
        SYNC_OWNER = "unit"

        class Meta:
            table_name = "adopted_for_test"

    assert rules.owner_of_model(Adopted) == rules.Owner("unit", False)


@given(st.text())
def test_word_by_word_folding_agrees_with_domain_fold(text):
    assert _prepared(fold)(text) == fold(text)


@pytest.mark.parametrize("text", ["Công đoàn Điện lực Thanh Hóa", "  NGUYỄN   Thị  Ðào\u200b ", "a\u034fb", "Σ ΟΔΟΣ"])
def test_word_by_word_folding_of_vietnamese_and_odd_text(text):
    assert _prepared(fold)(text) == fold(text)


def test_fingerprints_are_short_groups_read_over_the_phone():
    key = Ed25519PrivateKey.generate().public_key().public_bytes_raw()
    fp = keys.fingerprint(key)
    groups = fp.split("-")
    assert len(groups) == 5 and all(len(group) == 4 for group in groups)
    assert not set(fp) & set("ILOU")
    assert keys.normalise_fingerprint(fp.lower().replace("-", " ")) == fp
    assert keys.normalise_fingerprint(fp.replace("0", "O").replace("1", "I")) == fp
    assert keys.normalise_fingerprint("ABCD") is None


def test_the_x25519_twin_of_a_signing_key_matches_its_private_half():
    private = Ed25519PrivateKey.generate()
    seed = private.private_bytes_raw()
    twin = envelope.x25519_private(seed).public_key().public_bytes_raw()
    assert envelope.x25519_public(private.public_key().public_bytes_raw()) == twin


def test_sealing_for_a_key_or_a_passphrase_round_trips_and_refuses_the_wrong_one():
    private = Ed25519PrivateKey.generate()
    seed, public = private.private_bytes_raw(), private.public_key().public_bytes_raw()
    data = b"PK" + bytes(range(256)) * 10
    sealed = envelope.seal_for_key(data, public, keys.fingerprint(public))
    assert envelope.is_sealed(sealed) and data not in sealed
    assert envelope.open_sealed(sealed, passphrase=None, own_seed=seed, own_fingerprint=keys.fingerprint(public)) == data
    other = Ed25519PrivateKey.generate()
    with pytest.raises(EnvironmentFault, match="khác"):
        envelope.open_sealed(sealed, passphrase=None, own_seed=other.private_bytes_raw(),
                             own_fingerprint=keys.fingerprint(other.public_key().public_bytes_raw()))
    locked = envelope.seal_with_passphrase(data, "hoa sen trắng 2022")
    assert envelope.open_sealed(locked, passphrase="hoa sen trắng 2022", own_seed=None, own_fingerprint="") == data
    with pytest.raises(EnvironmentFault, match="mật khẩu không đúng"):
        envelope.open_sealed(locked, passphrase="hoa sen đỏ 2022", own_seed=None, own_fingerprint="")
    with pytest.raises(EnvironmentFault, match="ít nhất 8"):
        envelope.seal_with_passphrase(data, "ngắn")


def test_uuid_checks_of_whole_columns():
    good = "01a2029a-ac4d-715c-b398-aa5dd0ee4990"
    assert uuids_valid([good, good]) and uuids_valid([])
    for bad in (good.upper(), good[:-1], good + "0", good.replace("-", "", 1) + "-", "-" * 36, good[:8] + "x" + good[9:]):
        assert not uuids_valid([good, bad]), bad
