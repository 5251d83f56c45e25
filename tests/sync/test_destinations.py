"""Where this office can send a bundle, and what one would hold: the export dialog's read-only helpers."""

from __future__ import annotations

import datetime as dt

import pytest
from sync_fixtures import add_initiative, dump, opened, unit

from uniondesk.domain.errors import InputError
from uniondesk.services import units
from uniondesk.services.sync import destinations, export


def test_the_office_above_comes_first_then_the_offices_below_exchanged_with(federation):
    with opened(federation.district):
        found = destinations.candidates()
        assert [(d.code, d.relation) for d in found] == [("TH", "upper"), ("XA1", "lower")]
        assert found[0].label == "LĐLĐ tỉnh Thanh Hóa [TH]"
    with opened(federation.province):
        assert [(d.code, d.relation) for d in destinations.candidates()] == [("HH", "lower")]
    with opened(federation.commune):
        assert [(d.code, d.relation) for d in destinations.candidates()] == [("HH", "upper")]


def test_a_unit_neither_above_nor_below_is_refused_by_name(federation):
    with opened(federation.district) as actor:
        assert destinations.destination(unit("XA2").id).relation == "lower"
        beside = units.add_unit(actor, code="NS", name="LĐLĐ huyện Nga Sơn", kind="upper", parent_id=unit("TH").id)
        with pytest.raises(InputError, match="Nga Sơn"):
            destinations.destination(beside.id)
        with pytest.raises(InputError, match="chính văn phòng"):
            destinations.destination(unit("HH").id)


def test_the_preview_counts_what_was_not_acknowledged_and_changes_nothing(federation):
    f = federation
    with opened(f.commune) as actor:
        add_initiative(actor, "XA1", "Bảng theo dõi ca làm việc", benefit=1_250_000)
        before = dump()
        shown = destinations.preview(unit("HH").id, today=dt.date.today())
        assert dump() == before
        assert (shown.records, shown.initiatives, shown.benefit_vnd) == (3, 1, 1_250_000)
        assert shown.last_sent is None and shown.last_acknowledged is None
        assert shown.last_received.seq == 1 and shown.last_received.days == 0  # the setup bundle
        assert shown.next_sequence == 1 and shown.file_name() == "XA1-to-HH-00001.udbundle"
        assert shown.recipient.fingerprint == f.fingerprints["district"]
        assert destinations.preview(unit("HH").id, full=True).records > shown.records
    first = f.export(f.commune, "HH", "c1")
    f.import_(f.district, first)
    f.import_(f.commune, f.export(f.district, "XA1", "d1"))  # carries the receipt of c1
    with opened(f.commune):
        shown = destinations.preview(unit("HH").id, today=dt.date.today() + dt.timedelta(days=3))
        assert shown.records == 0 and shown.initiatives == 0
        assert shown.last_sent.seq == 1 and shown.last_acknowledged.seq == 1 and shown.last_acknowledged.days == 3
        assert shown.next_sequence == 2


def test_the_recipient_key_is_known_only_once_its_office_was_bound(federation):
    f = federation
    with opened(f.district):
        # The commune was trusted by its fingerprint alone: no key to encrypt for until its first bundle.
        assert destinations.recipient_key(unit("XA1").uuid) is None
        assert destinations.recipient_key(unit("TH").uuid).fingerprint == f.fingerprints["province"]
    f.import_(f.district, f.export(f.commune, "HH", "c1"))
    with opened(f.district):
        key = destinations.recipient_key(unit("XA1").uuid)
        assert key.fingerprint == f.fingerprints["commune"] and key.label == "CĐCS xã Hoằng Lộc [XA1]"
        assert destinations.preview(unit("XA1").id).file_name("setup") == "HH-to-XA1-setup-00002.udbundle"


def test_a_sealed_bundle_for_the_known_key_opens_on_the_other_side(federation):
    f = federation
    with opened(f.commune) as actor:
        add_initiative(actor, "XA1", "Khay dụng cụ gấp gọn", benefit=300_000)
        key = destinations.recipient_key(unit("HH").uuid)
        export.export_bundle(actor, "HH", f.bundle("sealed"), seal=export.Seal(recipient=key))
    report = f.import_(f.district, f.bundle("sealed"))
    assert report.counts["new"] == 3
