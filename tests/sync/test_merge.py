"""Merging per record: last writer wins, conflicts kept, held records released, scope refused one by one,
tombstones, uniqueness clashes, cancel and idempotence."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sync_fixtures import (add_initiative, canonical, dump, entries, entry_name, opened, pack, private_key, read_table,
                           resign, table_entry, unit)

from uniondesk.domain.errors import Cancelled
from uniondesk.services import campaigns, units
from uniondesk.services.actor import save_changes
from uniondesk.services.sync import importer, rules
from uniondesk.services.sync.report import label
from uniondesk.store.db import database
from uniondesk.store.models import Campaign, Initiative
from uniondesk.store.models_sync import SyncConflict, SyncHeld


def _initiative(title: str) -> Initiative:
    return Initiative.get(Initiative.title == title)


def _shared(federation, title: str = "Máy cắt cỏ cải tiến"):
    """An initiative entered at the commune, known to the district, acknowledged both ways."""
    f = federation
    with opened(f.commune) as actor:
        add_initiative(actor, "XA1", title, benefit=1_000_000)
    f.import_(f.district, f.export(f.commune, "HH", "c1"))
    f.import_(f.commune, f.export(f.district, "XA1", "d1"))
    return title


@pytest.mark.parametrize("newer", ["commune", "district"])
def test_both_sides_changed_the_newer_wins_and_the_loser_is_kept(federation, newer):
    f, title = federation, _shared(federation)
    edits = {"district": ("benefit_vnd", 1_000_000, 7_000_000), "commune": ("summary", "", "Giảm 30% thời gian")}
    order = ["district", "commune"] if newer == "commune" else ["commune", "district"]
    for office in order:
        field, old, new = edits[office]
        with opened(getattr(f, office)) as actor:
            save_changes(actor, _initiative(title), {field: (old, new)})
    at_district = f.import_(f.district, f.export(f.commune, "HH", "c2"))
    at_commune = f.import_(f.commune, f.export(f.district, "XA1", "d2"))
    # The district saw both versions; the commune sees the district's only when it is the newer one (a
    # version the district took from the commune is not echoed back).
    assert at_district.counts["conflict"] == 1
    assert at_commune.counts["conflict"] == (1 if newer == "district" else 0)
    loser, winner = ("district", "commune") if newer == "commune" else ("commune", "district")
    states = []
    for office in (f.district, f.commune):
        with opened(office):
            initiative = _initiative(title)
            states.append((initiative.summary, initiative.benefit_vnd, initiative.version))
    assert states[0] == states[1]
    assert states[0][:2] == (("Giảm 30% thời gian", 1_000_000) if newer == "commune" else ("", 7_000_000))
    with opened(f.district):
        kept = json.loads(SyncConflict.get(SyncConflict.uuid == _initiative(title).uuid).loser)
        field, _, value = edits[loser]
        assert kept[field] == value and kept[edits[winner][0]] == edits[winner][1]


def test_a_record_sent_again_after_the_receiver_edited_it_is_older_not_a_conflict(federation):
    f = federation
    with opened(f.commune) as actor:
        add_initiative(actor, "XA1", "Giàn phơi lúa", benefit=500_000)
    first = f.export(f.commune, "HH", "c1")
    f.import_(f.district, first)
    with opened(f.district) as actor:
        save_changes(actor, _initiative("Giàn phơi lúa"), {"status": ("registered", "recognised")})
    again = f.export(f.commune, "HH", "c2")  # not acknowledged yet: the same records once more
    report = f.import_(f.district, again)
    assert report.counts["older"] == 1 and report.counts["conflict"] == 0
    with opened(f.district):
        assert _initiative("Giàn phơi lúa").status == "recognised"


def test_equal_versions_are_decided_by_the_writer(federation):
    f, title = federation, _shared(federation)
    version = 2**50
    for office, summary in ((f.district, "bản của huyện"), (f.commune, "bản của xã")):
        with opened(office) as actor:
            database.execute_sql("UPDATE initiative SET summary = ?, version = ?, writer = ? WHERE title = ?",
                                 (summary, version, actor.installation_id, title))
            database.execute_sql("INSERT INTO sync_arrival (table_name, first_id, last_id, stamp, source) "
                                 "VALUES ('initiative', 1, 100, ?, 'local')", (version + 1,))
    f.import_(f.district, f.export(f.commune, "HH", "c2", full=True))
    f.import_(f.commune, f.export(f.district, "XA1", "d2", full=True))
    seen = []
    for office in (f.district, f.commune):
        with opened(office):
            seen.append((_initiative(title).summary, _initiative(title).writer))
    assert seen[0] == seen[1] and seen[0][1] == max(seen[0][1], seen[1][1])


def test_a_deletion_travels_as_a_tombstone(federation):
    f, title = federation, _shared(federation)
    with opened(f.commune) as actor:
        save_changes(actor, _initiative(title), {"deleted": (False, True)}, "delete")
    report = f.import_(f.district, f.export(f.commune, "HH", "c2"))
    assert report.counts["updated"] == 1
    with opened(f.district):
        assert _initiative(title).deleted is True


def _without(federation, path, tables: tuple[str, ...], key_of, name: str):
    files = entries(path.read_bytes())
    manifest = json.loads(files["manifest.json"])
    for table in tables:
        files.pop(entry_name(table), None)
        if manifest["entries"].pop(entry_name(table), None):
            manifest["totals"]["records"] -= manifest["totals"]["tables"].pop(table)
    if "initiative" in tables:
        manifest["totals"]["initiatives"] = manifest["totals"]["benefit_vnd"] = 0
    forged = federation.bundle(name)
    forged.write_bytes(pack(resign(files, manifest, key_of)))
    return forged


def test_records_waiting_for_a_campaign_are_held_then_applied_when_it_arrives(federation):
    f = federation
    with opened(f.province) as actor:
        campaigns.create_campaign(actor, code="LDG2022", name="Lao động sáng tạo", kind="emulation",
                                  organiser_id=unit("TH").id, start_on=dt.date(2022, 1, 1), end_on=dt.date(2022, 12, 31))
    f.import_(f.district, f.export(f.province, "HH", "p1"))
    with opened(f.district) as actor:
        initiative = add_initiative(actor, "XA1", "Quy trình an toàn điện", benefit=2_000_000, authors=2)
        save_changes(actor, initiative, {"campaign": (initiative.campaign, Campaign.get(code="LDG2022"))})
    full = f.export(f.district, "XA1", "d1")
    key = private_key(f.district)
    held = f.import_(f.commune, _without(f, full, ("campaign",), key, "first"))
    assert held.counts["held"] == 1 + 2  # the initiative, and its authors waiting for it
    assert held.applied_totals["initiatives"] == 0
    with opened(f.commune):
        assert SyncHeld.select().count() == 3 and not Initiative.select().exists()
    later = f.import_(f.commune, _without(f, full, ("initiative", "initiative_author", "person"), key, "second"))
    assert later.released == 3 and later.counts["new"] == 1  # the campaign; then what waited for it
    with opened(f.commune):
        assert SyncHeld.select().count() == 0
        assert _initiative("Quy trình an toàn điện").campaign.code == "LDG2022"
        assert _initiative("Quy trình an toàn điện").authors.count() == 2
    assert f.import_(f.commune, full).counts["new"] == 0


def test_records_owned_outside_the_senders_subtree_are_refused_one_by_one(federation):
    f = federation
    with opened(f.commune) as actor:
        add_initiative(actor, "XA1", "Đúng phạm vi")
        add_initiative(actor, "XA1", "Sai phạm vi")
    path = f.export(f.commune, "HH", "c1")
    files = entries(path.read_bytes())
    manifest = json.loads(files["manifest.json"])
    columns = rules.spec_by_table()["initiative"].names
    with opened(f.district):
        district_unit = unit("HH").uuid
    rows = read_table(files, "initiative")
    for row in rows:
        if row[columns.index("title")] == "Sai phạm vi":
            row[columns.index("unit")] = district_unit  # the commune writing into the district's own records
    files[entry_name("initiative")] = table_entry("initiative", rows)
    forged = f.bundle("forged")
    forged.write_bytes(pack(resign(files, manifest, private_key(f.commune))))
    report = f.import_(f.district, forged)
    refused = [line for line in report.lines if line[2] == "refused"]
    assert [label(line[0], line[3]) for line in refused if line[0] == "initiative"] == ["Sai phạm vi"]
    assert "CĐCS xã Hoằng Lộc" in refused[0][4] and "LĐLĐ huyện Hoằng Hóa" in refused[0][4]
    assert report.applied_totals["initiatives"] == 1
    with opened(f.district):
        assert [i.title for i in Initiative.select()] == ["Đúng phạm vi"]


def test_an_office_may_not_change_what_belongs_above_it(federation):
    f = federation
    with opened(f.district) as actor:  # a rogue or mistaken office edits the province's records directly
        save_changes(actor, Campaign.get(), {"name": (Campaign.get().name, "Đổi tên trái phép")})
        save_changes(actor, unit("HH"), {"parent": (unit("HH").parent, None)})
        campaign_row = list(canonical(("campaign",))["campaign"][0])
    path = f.export(f.district, "TH", "d1")
    files = entries(path.read_bytes())
    manifest = json.loads(files["manifest.json"])
    assert entry_name("campaign") not in files  # not even sent: it is not the district's to send
    files[entry_name("campaign")] = table_entry("campaign", [campaign_row])
    manifest["entries"][entry_name("campaign")] = {"table": "campaign", "records": 1,
                                                     "columns": rules.spec_by_table()["campaign"].names}
    manifest["totals"]["tables"]["campaign"] = 1
    manifest["totals"]["records"] += 1
    forged = f.bundle("forged")
    forged.write_bytes(pack(resign(files, manifest, private_key(f.district))))
    report = f.import_(f.province, forged)
    refused = {line[0]: line[4] for line in report.lines if line[2] == "refused"}
    assert set(refused) == {"campaign", "unit"}
    assert "LĐLĐ tỉnh Thanh Hóa" in refused["campaign"]
    with opened(f.province):
        assert Campaign.get().name == "1 triệu sáng kiến" and unit("HH").parent.code == "TH"


def test_two_offices_giving_one_code_keep_both_records(federation):
    f = federation
    with opened(f.province) as actor:
        units.add_unit(actor, code="XA5", name="CĐCS xã Hoằng Phong", kind="grassroots", parent_id=unit("HH").id)
    with opened(f.district) as actor:
        units.add_unit(actor, code="XA5", name="CĐCS Công ty Phong Lan", kind="grassroots", parent_id=unit("HH").id)
    report = f.import_(f.district, f.export(f.province, "HH", "p1"))
    assert report.counts["conflict"] == 1
    with opened(f.district):
        assert unit("XA5").name == "CĐCS Công ty Phong Lan"
        assert SyncConflict.get().reason == "duplicate"


def test_cancel_leaves_the_database_as_it_was(federation):
    f = federation
    with opened(f.commune) as actor:
        for number in range(3):
            add_initiative(actor, "XA1", f"Sáng kiến {number}")
    path = f.export(f.commune, "HH", "c1")
    calls = []
    with opened(f.district) as actor:
        before = dump()
        with pytest.raises(Cancelled):
            importer.import_bundle(actor, path, cancel=lambda: len(calls) > 2 or calls.append(1), backup=False)
        assert dump() == before


def test_importing_twice_changes_nothing_the_second_time(federation):
    f = federation
    with opened(f.commune) as actor:
        add_initiative(actor, "XA1", "Hai lần nhập", benefit=9_000_000)
    path = f.export(f.commune, "HH", "c1")
    f.import_(f.district, path)
    with opened(f.district) as actor:
        before = dump()
        again = importer.import_bundle(actor, path)
        assert dump() == before
        assert again.counts["unchanged"] == 3 and again.changed is False
        assert actor.clock.last >= _initiative("Hai lần nhập").version
        assert database.execute_sql("SELECT count(*) FROM initiative_fts WHERE initiative_fts MATCH 'lan'"
                                    ).fetchone()[0] == 1


def test_the_report_is_saved_as_text_and_json(federation, tmp_path):
    f = federation
    with opened(f.commune) as actor:
        add_initiative(actor, "XA1", "Báo cáo lưu được", benefit=1_234_567)
    report = f.import_(f.district, f.export(f.commune, "HH", "c1"))
    text = report.save(tmp_path / "report.txt").read_text(encoding="utf-8")
    assert "Báo cáo lưu được" in text and "1.234.567" in text and "Bên gửi" in text
    data = json.loads(report.save(tmp_path / "report.json").read_text(encoding="utf-8"))
    assert {"new", "updated", "unchanged", "older", "conflict", "refused", "held", "totals"} <= set(data)
    assert data["totals"]["sender"]["benefit_vnd"] == data["totals"]["applied"]["benefit_vnd"] == 1_234_567


def test_imported_initiatives_are_searchable_and_confidential_ones_by_title_only(federation):
    f = federation
    with opened(f.commune) as actor:
        add_initiative(actor, "XA1", "Quy trình kiểm định nồi hơi", authors=1)
        secret = add_initiative(actor, "XA1", "Bí quyết phối liệu men gốm", authors=1)
        save_changes(actor, secret, {"confidential": (False, True)})
    f.import_(f.district, f.export(f.commune, "HH", "c1"))

    def found(words: str) -> int:
        return database.execute_sql("SELECT count(*) FROM initiative_fts WHERE initiative_fts MATCH ?",
                                    (words,)).fetchone()[0]

    with opened(f.district):
        assert found("noi hoi") == 1 and found("phoi lieu") == 1
        # Authors' names ("Tác giả …") are in the body of the open one only, not of the confidential one.
        assert found("body : tac") == 1 and found("body : noi") == 1 and found("body : phoi") == 0


def test_each_changing_import_is_backed_up_and_only_the_newest_import_backups_are_kept(federation, monkeypatch):
    f = federation
    monkeypatch.setattr(importer, "KEEP_IMPORT_BACKUPS", 2)
    folder = f.district.parent / "backups"
    folder.mkdir(exist_ok=True)
    by_hand = folder / "district-saoluu.sqlite3"
    by_hand.write_bytes(b"kept")  # made by the officer: never pruned
    backups = []
    for number in range(3):
        with opened(f.commune) as actor:
            add_initiative(actor, "XA1", f"Sáng kiến số {number}")
        report = f.import_(f.district, f.export(f.commune, "HH", f"b{number}"))
        assert report.backup and Path(report.backup).exists()
        backups.append(Path(report.backup))
    left = sorted(folder.glob("district-truoc-khi-nhap-*.sqlite3"))
    assert left == backups[1:] and by_hand.exists()
    with opened(backups[-1]):  # the newest backup is the database as it was before the last import
        assert sorted(i.title for i in Initiative.select()) == ["Sáng kiến số 0", "Sáng kiến số 1"]


def test_a_held_older_version_released_with_its_newer_one_does_not_lower_the_applied_totals(federation):
    f = federation
    with opened(f.province) as actor:
        campaigns.create_campaign(actor, code="LDG2022", name="Lao động sáng tạo", kind="emulation",
                                  organiser_id=unit("TH").id, start_on=dt.date(2022, 1, 1), end_on=dt.date(2022, 12, 31))
    f.import_(f.district, f.export(f.province, "HH", "p1"))
    with opened(f.district) as actor:
        initiative = add_initiative(actor, "XA1", "Quy trình an toàn điện", benefit=2_000_000, authors=1)
        save_changes(actor, initiative, {"campaign": (initiative.campaign, Campaign.get(code="LDG2022"))})
    held = f.import_(f.commune, _without(f, f.export(f.district, "XA1", "d1"), ("campaign",), private_key(f.district),
                                         "first"))
    assert held.counts["held"] == 2
    with opened(f.district) as actor:  # changed again: the next bundle brings a newer version and the campaign
        save_changes(actor, _initiative("Quy trình an toàn điện"), {"benefit_vnd": (2_000_000, 3_000_000)})
    report = f.import_(f.commune, f.export(f.district, "XA1", "d2", full=True))
    with opened(f.commune):
        assert _initiative("Quy trình an toàn điện").benefit_vnd == 3_000_000
    assert report.applied_totals == report.sender_totals


def test_an_import_builds_each_table_s_records_once(federation, monkeypatch):
    from collections import Counter

    from uniondesk.services.sync import bundle

    f = federation
    with opened(f.commune) as actor:
        add_initiative(actor, "XA1", "Máy cắt cỏ cải tiến", authors=2)
    path = f.export(f.commune, "HH", "c1")
    built, real = Counter(), bundle.rows_of
    monkeypatch.setattr(bundle, "rows_of", lambda spec, columns: built.update([spec.table]) or real(spec, columns))
    f.import_(f.district, path)
    assert built and max(built.values()) == 1
