"""The sync commands of the command line: exit codes, JSON keys, files written, nothing changed on refusal."""

from __future__ import annotations

import json

from sync_fixtures import add_initiative, dump, opened

from uniondesk.cli import main
from uniondesk.services import installation


def run(capsys, *argv) -> tuple[int, str, str]:
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_export_verify_and_import_with_json_and_a_saved_report(federation, capsys, tmp_path):
    f = federation
    with opened(f.commune) as actor:
        add_initiative(actor, "XA1", "Dụng cụ tháo lắp nhanh", benefit=4_500_000)
    bundle = tmp_path / "xa1.udbundle"
    code, out, _ = run(capsys, "--db", f.commune, "export", "--to", "HH", bundle, "--json")
    assert code == 0 and json.loads(out)["records"] == 3 and bundle.exists()
    code, out, _ = run(capsys, "--db", f.district, "verify", bundle, "--json")
    verified = json.loads(out)
    assert code == 0 and verified["trust"] == "pending" and verified["preview"]["new"] == 3  # fingerprint only, so far
    code, out, _ = run(capsys, "--db", f.district, "import", bundle, "--json", "--report", tmp_path / "r.json")
    report = json.loads(out)
    assert code == 0
    assert {key: report[key] for key in ("new", "updated", "unchanged", "older", "conflict", "refused", "held")} == \
        {"new": 3, "updated": 0, "unchanged": 0, "older": 0, "conflict": 0, "refused": 0, "held": 0}
    assert report["totals"]["sender"] == report["totals"]["applied"] == \
        {"records": 3, "initiatives": 1, "benefit_vnd": 4_500_000}
    assert len(json.loads((tmp_path / "r.json").read_text(encoding="utf-8"))["records"]) == 3
    code, out, _ = run(capsys, "--db", f.district, "import", bundle)
    assert code == 0 and "không đổi 3" in out


def test_a_refused_import_exits_2_and_changes_nothing(federation, capsys, tmp_path):
    broken = tmp_path / "broken.udbundle"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    with opened(federation.district):
        before = dump()
    code, _, err = run(capsys, "--db", federation.district, "import", broken)
    assert code == 2 and "không phải gói UnionDesk" in err
    code, _, err = run(capsys, "--db", federation.district, "verify", broken, "--json")
    assert code == 2
    with opened(federation.district):
        assert dump() == before


def test_setup_bundle_then_init_from_it(federation, capsys, tmp_path):
    f = federation
    setup = tmp_path / "xa2.udbundle"
    code, out, _ = run(capsys, "--db", f.district, "setup-bundle", "--for", "XA2", setup)
    assert code == 0 and "Dấu vân tay" in out
    new_db = tmp_path / "xa2.sqlite3"
    code, out, _ = run(capsys, "--db", new_db, "--officer", "Hà Văn Nam", "init", "--from-bundle", setup, "--json")
    created = json.loads(out)
    assert code == 0 and created["home_unit"] == "XA2" and created["new"] > 0
    with opened(new_db):
        assert installation.home_unit().code == "XA2" and installation.officer_name() == "Hà Văn Nam"
    code, _, err = run(capsys, "--db", f.commune, "init", "--from-bundle", setup)
    assert code == 2 and "trống" in err
    after = tmp_path / "xa2-b.sqlite3"  # --officer written after the command, as the issue gives it
    code, out, _ = run(capsys, "--db", after, "init", "--from-bundle", setup, "--officer", "Lò Thị Mai", "--json")
    assert code == 0
    with opened(after):
        assert installation.officer_name() == "Lò Thị Mai"
    code, _, err = run(capsys, "--db", tmp_path / "other.sqlite3", "init", "--from-bundle", tmp_path / "nothing")
    assert code == 2 and not (tmp_path / "other.sqlite3").exists()


def test_keys_show_export_trust_and_revoke(federation, capsys, tmp_path):
    f = federation
    code, out, _ = run(capsys, "--db", f.province, "keys", "show", "--json")
    shown = json.loads(out)
    assert code == 0 and shown["fingerprint"] == f.fingerprints["province"] and shown["unit_code"] == "TH"
    assert [o["fingerprint"] for o in shown["trusted"]] == [f.fingerprints["district"]]
    key_file = tmp_path / "xa1.key"
    assert run(capsys, "--db", f.commune, "keys", "export", key_file)[0] == 0
    code, out, _ = run(capsys, "--db", f.province, "keys", "trust", key_file)
    assert code == 0 and f.fingerprints["commune"] in out
    code, out, _ = run(capsys, "--db", f.province, "keys", "trust", "abcd-efgh-jkmn-pqrs-tvwx")
    assert code == 0 and "ABCD-EFGH-JKMN-PQRS-TVWX" in out
    code, _, err = run(capsys, "--db", f.province, "keys", "trust", "không phải khóa")
    assert code == 2
    assert run(capsys, "--db", f.province, "keys", "revoke", f.fingerprints["district"])[0] == 0
    code, out, _ = run(capsys, "--db", f.province, "keys", "show")
    assert "đã thu hồi" in out


def test_encrypted_export_for_a_key_file_or_a_passphrase(federation, capsys, tmp_path, monkeypatch):
    f = federation
    with opened(f.commune) as actor:
        add_initiative(actor, "XA1", "Thư điện tử an toàn")
    key_file = tmp_path / "hh.key"
    run(capsys, "--db", f.district, "keys", "export", key_file)
    sealed = tmp_path / "sealed.udbundle"
    assert run(capsys, "--db", f.commune, "export", "--to", "HH", sealed, "--encrypt-for", key_file)[0] == 0
    assert b"manifest" not in sealed.read_bytes()
    assert run(capsys, "--db", f.district, "import", sealed)[0] == 0
    monkeypatch.setenv("UD_PASS", "mật khẩu qua điện thoại")
    locked = tmp_path / "locked.udbundle"
    assert run(capsys, "--db", f.commune, "export", "--to", "HH", locked, "--full", "--passphrase-env", "UD_PASS")[0] == 0
    code, _, err = run(capsys, "--db", f.district, "verify", locked)
    assert code == 2 and "mật khẩu" in err
    assert run(capsys, "--db", f.district, "verify", locked, "--passphrase-env", "UD_PASS")[0] == 0


def test_sync_status_lists_each_office(federation, capsys, tmp_path):
    f = federation
    run(capsys, "--db", f.commune, "export", "--to", "HH", tmp_path / "c1.udbundle")
    run(capsys, "--db", f.district, "import", tmp_path / "c1.udbundle")
    code, out, _ = run(capsys, "--db", f.district, "sync-status", "--json")
    offices = {o["unit_code"]: o for o in json.loads(out)["offices"]}
    assert code == 0 and set(offices) == {"TH", "XA1"}
    assert offices["XA1"]["last_received"]["seq"] == 1 and offices["TH"]["relation"] == "upper"
    code, out, _ = run(capsys, "--db", f.district, "sync-status")
    assert code == 0 and "CĐCS xã Hoằng Lộc" in out and "Nhận gần nhất: số 1" in out
