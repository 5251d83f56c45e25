"""Every bad input of the issue is refused before the database is touched, with a clear Vietnamese message:
the whole database, dumped as SQL, is the same before and after."""

from __future__ import annotations

import io
import json
import zipfile

import pytest
from sync_fixtures import (add_initiative, dump, entries, entry_name, opened, pack, private_key, read_table, resign,
                           table_entry, unit)

from uniondesk.domain.errors import EnvironmentFault
from uniondesk.services.sync import bundle, envelope, export, importer, keys, rules
from uniondesk.services.sync.bundle import BundleRefused

ENTRY = entry_name("initiative")


@pytest.fixture
def valid(federation):
    """A good bundle from the commune to the district, and what the tests need to spoil it."""
    with opened(federation.commune) as actor:
        add_initiative(actor, "XA1", "Cải tiến băng tải", benefit=3_000_000)
        add_initiative(actor, "XA1", "Tiết kiệm điện chiếu sáng", benefit=1_500_000)
    path = federation.export(federation.commune, "HH", "good")
    return federation, path, path.read_bytes(), private_key(federation.commune)


def _refused(federation, path, match: str, **options) -> None:
    with opened(federation.district) as actor:
        before = dump()
        with pytest.raises(EnvironmentFault, match=match):
            importer.import_bundle(actor, path, **options)
        assert dump() == before


def _write(federation, data: bytes, name: str = "bad"):
    path = federation.bundle(name)
    path.write_bytes(data)
    return path


def _manifest(files: dict[str, bytes]) -> dict:
    return json.loads(files["manifest.json"])


def truncated(data, files, key):
    return data[: len(data) * 2 // 3]


def corrupt(data, files, key):
    middle = len(data) // 2
    return data[:middle] + bytes(b ^ 0x5A for b in data[middle:middle + 64]) + data[middle + 64:]


def not_a_bundle(data, files, key):
    return "Danh sách đoàn viên\nNguyễn Văn A\n".encode()


def a_zip_of_something_else(data, files, key):
    return pack({"readme.txt": b"hello"})


def wrong_checksum(data, files, key):
    assert b"3000000" in files[ENTRY]
    return pack({**files, ENTRY: files[ENTRY].replace(b"3000000", b"9000000")})


def edited_manifest(data, files, key):
    manifest = _manifest(files)
    manifest["totals"]["benefit_vnd"] += 1
    return pack({**files, "manifest.json": json.dumps(manifest, sort_keys=True).encode()})


def bad_signature(data, files, key):
    return pack({**files, "manifest.sig": bytes(64)})


def missing_signature(data, files, key):
    return pack({name: value for name, value in files.items() if name != "manifest.sig"})


def newer_format(data, files, key):
    manifest = _manifest(files)
    manifest["format_version"] = bundle.FORMAT_VERSION + 1
    return pack(resign(files, manifest, key))


def _renamed(files, key, new_name):
    manifest = _manifest(files)
    manifest["entries"][new_name] = manifest["entries"].pop(ENTRY)
    return pack(resign({**{n: v for n, v in files.items() if n != ENTRY}, new_name: files[ENTRY]}, manifest, key))


def dotdot_entry(data, files, key):
    return _renamed(files, key, "records/../../initiative.json")


def absolute_entry(data, files, key):
    return _renamed(files, key, "/etc/initiative.json")


def zip_bomb(data, files, key):
    manifest = _manifest(files)
    bomb = b"[" + b"0" * (8 * 1024**2) + b"]\n"
    manifest["entries"][ENTRY]["records"] = 1
    return pack(resign({**files, ENTRY: bomb}, manifest, key))


def _records(files, key, change):
    manifest = _manifest(files)
    rows = read_table(files, "initiative")
    change(rows, rules.spec_by_table()["initiative"].names)
    return pack(resign({**files, ENTRY: table_entry("initiative", rows)}, manifest, key))


def _columns(files, key, change):
    """Spoil the entry as it travels, column by column (see services/sync/wire.py)."""
    manifest = _manifest(files)
    body = json.loads(files[ENTRY])
    change(body)
    return pack(resign({**files, ENTRY: json.dumps(body, ensure_ascii=False).encode()}, manifest, key))


def text_in_a_number(data, files, key):
    return _records(files, key, lambda rows, cols: rows[0].__setitem__(cols.index("benefit_vnd"), "ba triệu"))


def a_bad_date(data, files, key):
    return _records(files, key, lambda rows, cols: rows[1].__setitem__(cols.index("registered_on"), "2022-02-30"))


def a_bad_reference(data, files, key):
    return _records(files, key, lambda rows, cols: rows[0].__setitem__(cols.index("unit"), "../../etc/passwd"))


def a_short_column(data, files, key):
    return _columns(files, key, lambda body: body["title"]["values"].pop())


def a_missing_column(data, files, key):
    return _columns(files, key, lambda body: body.pop("summary"))


def a_dictionary_code_out_of_range(data, files, key):
    def change(body):
        body["status"] = {"dictionary": ["recorded"], "codes": [0, 7]}
    return _columns(files, key, change)


def a_bad_uuid_in_joined_references(data, files, key):
    def change(body):
        text = body["unit"]["fixed"] if "fixed" in body["unit"] else "".join(body["unit"]["values"])
        body["unit"] = {"fixed": text[:-1] + "/", "nulls": []}
    return _columns(files, key, change)


def empty_installation_ids(data, files, key):
    """Joined, "" looks like nothing is wrong: every value must be a whole uuid on its own."""
    names = rules.spec_by_table()["initiative"].names
    return _records(files, key, lambda rows, cols: [rows[0].__setitem__(names.index(n), "") for n in ("origin", "writer")])


def a_huge_record_count(data, files, key):
    manifest = _manifest(files)
    body = json.loads(files[ENTRY])
    body["uuid"] = {"fixed": "", "nulls": [0]}
    manifest["entries"][ENTRY]["records"] = 10**19  # never to be allocated
    return pack(resign({**files, ENTRY: json.dumps(body).encode()}, manifest, key))


def an_older_format(data, files, key):
    manifest = _manifest(files)
    manifest["format_version"] = bundle.FORMAT_VERSION - 1
    return pack(resign(files, manifest, key))


def an_unknown_table(data, files, key):
    manifest = _manifest(files)
    manifest["entries"]["records/salary.json"] = {"table": "salary", "columns": ["uuid"], "records": 0}
    return pack(resign({**files, "records/salary.json": b"{}"}, manifest, key))


CASES = [
    (truncated, "hỏng"), (corrupt, "hỏng"), (not_a_bundle, "không phải gói"), (a_zip_of_something_else, "không phải gói"),
    (wrong_checksum, "mã kiểm tra"), (edited_manifest, "Chữ ký"), (bad_signature, "Chữ ký"),
    (missing_signature, "chữ ký"), (newer_format, "cập nhật UnionDesk"), (dotdot_entry, "đường dẫn"),
    (absolute_entry, "đường dẫn"), (zip_bomb, "bom zip"), (text_in_a_number, "benefit_vnd"),
    (a_bad_date, "registered_on"), (a_bad_reference, "unit"), (a_short_column, "“title”"),
    (a_missing_column, "thiếu: summary"), (a_dictionary_code_out_of_range, "“status”"),
    (a_bad_uuid_in_joined_references, "“unit”"), (an_older_format, "cũ hơn"), (an_unknown_table, "chưa biết"),
    (empty_installation_ids, "“origin”"), (a_huge_record_count, "“uuid”"),
]


@pytest.mark.parametrize(("spoil", "match"), CASES, ids=[case.__name__ for case, _ in CASES])
def test_a_spoilt_bundle_is_refused_and_nothing_changes(valid, spoil, match):
    federation, _, data, key = valid
    path = _write(federation, spoil(data, entries(data), key))
    _refused(federation, path, match)


def test_an_oversized_entry_is_refused(valid, monkeypatch):
    federation, path, _, _ = valid
    monkeypatch.setattr(bundle, "MAX_ENTRY", 1000)
    _refused(federation, path, "quá lớn")


def test_a_bundle_from_an_untrusted_office_is_refused_with_its_fingerprint(valid):
    federation, path, _, _ = valid
    with opened(federation.district) as actor:
        keys.revoke(actor, federation.fingerprints["commune"])
    _refused(federation, path, "thu hồi")
    with opened(federation.district):
        from uniondesk.store.models_sync import SyncOffice

        SyncOffice.delete().where(SyncOffice.fingerprint == federation.fingerprints["commune"]).execute()
    _refused(federation, path, federation.fingerprints["commune"])


def test_a_bundle_for_another_office_is_refused(valid):
    federation, path, _, _ = valid
    with opened(federation.province) as actor:
        before = dump()
        keys.trust_fingerprint(actor, federation.fingerprints["commune"])
        after_trust = dump()
        with pytest.raises(BundleRefused, match="không phải cho văn phòng này"):
            importer.import_bundle(actor, path)
        assert dump() == after_trust != before


def test_a_bundle_from_this_same_installation_is_refused(valid):
    federation, path, _, _ = valid
    with opened(federation.commune) as actor:
        before = dump()
        with pytest.raises(BundleRefused, match="chính văn phòng này"):
            importer.import_bundle(actor, path)
        assert dump() == before


def test_a_key_of_another_office_under_a_trusted_name_is_refused(valid):
    federation, _, data, _ = valid
    files = entries(data)
    forged = resign(files, _manifest(files), private_key(federation.province))  # signed, but not by the commune
    _refused(federation, _write(federation, pack(forged)), "Chữ ký")


def test_encrypted_bundles_with_the_wrong_key_or_passphrase_are_refused(valid):
    federation, _, _, _ = valid
    with opened(federation.commune) as actor:
        secret = federation.bundle("secret")
        export.export_bundle(actor, "HH", secret, seal=export.Seal(passphrase="mật khẩu đúng 2022"))
    _refused(federation, secret, "mật khẩu không đúng", passphrase="mật khẩu sai")
    _refused(federation, secret, "mật khẩu", passphrase=None)
    with opened(federation.province):
        province_key = keys.own_key()
    with opened(federation.commune) as actor:
        other = federation.bundle("for-province")
        export.export_bundle(actor, "HH", other, seal=export.Seal(recipient=province_key))
    _refused(federation, other, "văn phòng khác")
    tampered = bytearray(secret.read_bytes())
    tampered[-10] ^= 1
    _refused(federation, _write(federation, bytes(tampered)), "mật khẩu không đúng", passphrase="mật khẩu đúng 2022")
    assert envelope.is_sealed(bytes(tampered))


def test_a_zip_with_a_nested_encryption_flag_is_refused(valid):
    federation, _, data, _ = valid
    raw = bytearray(data)
    offset = raw.index(b"PK\x01\x02")  # the central directory entry's flags: mark the first entry encrypted
    raw[offset + 8] |= 0x1
    with pytest.raises(BundleRefused):
        bundle.open_bytes(bytes(raw))
    assert zipfile.is_zipfile(io.BytesIO(bytes(raw)))


def test_a_sender_claiming_a_unit_neither_above_nor_below_is_refused(valid):
    federation, _, data, key = valid
    with opened(federation.province):
        sibling = unit("NS").uuid  # the other district
    files = entries(data)
    manifest = _manifest(files)
    manifest["sender"]["unit_uuid"] = sibling
    _refused(federation, _write(federation, pack(resign(files, manifest, key))), "cấp trên hay cấp dưới")
