"""Emulation clusters: grouping → clusters → members, one cluster per unit and grouping, the leader
among the members, covenants, deletion. Refused changes leave the database as it was."""

from __future__ import annotations

import datetime as dt

import pytest

from uniondesk.domain.errors import InputError
from uniondesk.services import installation
from uniondesk.services.clusters import (
    add_cluster,
    create_grouping,
    delete_cluster,
    delete_grouping,
    edit_cluster,
    record_covenant,
    set_members,
)
from uniondesk.services.units import add_unit, close_unit
from uniondesk.store.db import database
from uniondesk.store.models import Cluster, ClusterGrouping, ClusterMember, Covenant

D = dt.date


def dump() -> str:
    return "\n".join(database.connection().iterdump())


def refused(call, match: str, field: str | None = "-") -> InputError:
    before = dump()
    with pytest.raises(InputError, match=match) as info:
        call()
    assert dump() == before
    if field != "-":
        assert info.value.field == field
    return info.value


def members(cluster: Cluster) -> list[str]:
    rows = ClusterMember.select().where((ClusterMember.cluster == cluster)
                                        & (ClusterMember.deleted == False))  # noqa: E712
    return sorted(row.unit.code for row in rows)


@pytest.fixture
def setup(office):
    actor, th = office
    uppers = {code: add_unit(actor, code=f"TH.{code}", name=name, kind="upper", parent_id=th.id) for code, name in
              (("NS", "LĐLĐ huyện Nga Sơn"), ("HH", "LĐLĐ huyện Hoằng Hóa"), ("TX", "LĐLĐ thị xã Nghi Sơn"),
               ("KCN", "Công đoàn các Khu kinh tế và Khu công nghiệp"))}
    grouping = create_grouping(actor, name="Cụm thi đua 2022", owner_id=th.id, year=2022)
    return actor, th, uppers, grouping


def test_grouping_clusters_members_and_leader(setup):
    actor, th, u, grouping = setup
    one = add_cluster(actor, grouping.id, "Cụm 1", leader_id=u["NS"].id)  # the leader becomes a member
    assert members(one) == ["TH.NS"] and Cluster.get_by_id(one.id).leader_id == u["NS"].id
    set_members(actor, one.id, [u["NS"].id, u["HH"].id])
    two = add_cluster(actor, grouping.id, "Cụm 2")
    set_members(actor, two.id, [u["TX"].id, u["KCN"].id])
    edit_cluster(actor, two.id, name="Cụm 2 – ven biển", leader_id=u["KCN"].id)
    stored = Cluster.get_by_id(two.id)
    assert (stored.name, stored.leader_id) == ("Cụm 2 – ven biển", u["KCN"].id)
    assert members(one) == ["TH.HH", "TH.NS"] and members(two) == ["TH.KCN", "TH.TX"]
    assert ClusterGrouping.get_by_id(grouping.id).year == 2022


def test_a_unit_in_two_clusters_of_one_grouping_is_refused_naming_the_other(setup):
    actor, th, u, grouping = setup
    one = add_cluster(actor, grouping.id, "Cụm 1")
    two = add_cluster(actor, grouping.id, "Cụm 2")
    set_members(actor, one.id, [u["NS"].id, u["HH"].id])
    refused(lambda: set_members(actor, two.id, [u["TX"].id, u["HH"].id]),
            "“LĐLĐ huyện Hoằng Hóa” đã thuộc cụm “Cụm 1” của cùng bảng cụm thi đua; mỗi đơn vị chỉ thuộc một cụm",
            "members")
    refused(lambda: add_cluster(actor, grouping.id, "Cụm 3", leader_id=u["NS"].id), "đã thuộc cụm “Cụm 1”")
    # In another grouping (another year) the same unit may be in a cluster again.
    later = create_grouping(actor, name="Cụm thi đua 2023", owner_id=th.id, year=2023)
    again = add_cluster(actor, later.id, "Cụm A")
    set_members(actor, again.id, [u["HH"].id, u["TX"].id])
    assert members(again) == ["TH.HH", "TH.TX"]
    # Taken out of its cluster, the unit may join another of the same grouping.
    set_members(actor, one.id, [u["NS"].id])
    set_members(actor, two.id, [u["TX"].id, u["HH"].id])
    assert members(two) == ["TH.HH", "TH.TX"]


def test_the_leader_must_be_a_member(setup):
    actor, th, u, grouping = setup
    one = add_cluster(actor, grouping.id, "Cụm 1")
    set_members(actor, one.id, [u["NS"].id, u["HH"].id])
    refused(lambda: edit_cluster(actor, one.id, leader_id=u["TX"].id),
            "“LĐLĐ thị xã Nghi Sơn” không phải thành viên của cụm “Cụm 1”", "leader")
    edit_cluster(actor, one.id, leader_id=u["HH"].id)
    set_members(actor, one.id, [u["NS"].id])  # the leader leaves: the cluster has no leader
    assert Cluster.get_by_id(one.id).leader_id is None
    edit_cluster(actor, one.id, leader_id=u["NS"].id)
    edit_cluster(actor, one.id, leader_id=None)
    assert Cluster.get_by_id(one.id).leader_id is None


@pytest.mark.parametrize(("units", "match"), [
    (["NS", "NS"], "Một đơn vị được thêm hai lần vào cụm"),
    (["TH"], "“LĐLĐ tỉnh Thanh Hóa” không thuộc phạm vi của “LĐLĐ tỉnh Thanh Hóa”, đơn vị lập bảng cụm thi đua"),
    (["NS", "NA"], "“LĐLĐ tỉnh Nghệ An” không thuộc phạm vi"),
    (["NS", "OLD"], "“LĐLĐ huyện Cũ” đã ngừng hoạt động nên không thể vào cụm"),
])
def test_bad_members_are_refused(setup, units, match):
    actor, th, u, grouping = setup
    u["TH"] = th
    u["NA"] = add_unit(actor, code="NA", name="LĐLĐ tỉnh Nghệ An", kind="provincial")
    u["OLD"] = add_unit(actor, code="TH.OLD", name="LĐLĐ huyện Cũ", kind="upper", parent_id=th.id)
    close_unit(actor, u["OLD"].id, dt.date.today())
    one = add_cluster(actor, grouping.id, "Cụm 1")
    refused(lambda: set_members(actor, one.id, [u[key].id for key in units]), match, "members")


def test_bad_groupings_and_cluster_names_are_refused(setup):
    actor, th, u, grouping = setup
    refused(lambda: create_grouping(actor, name="Cụm thi đua", owner_id=th.id, year=1850), "Năm 1850 không hợp lệ",
            "year")
    refused(lambda: create_grouping(actor, name="Cụm thi đua", owner_id=th.id, year="2022"), "không hợp lệ", "year")
    refused(lambda: create_grouping(actor, name=" ", owner_id=th.id), "Tên không được để trống", "name")
    add_cluster(actor, grouping.id, "Cụm 1")
    two = add_cluster(actor, grouping.id, "Cụm 2")
    refused(lambda: add_cluster(actor, grouping.id, " Cụm  1 "), "Bảng cụm thi đua đã có cụm “Cụm 1”", "name")
    refused(lambda: edit_cluster(actor, two.id, name="Cụm 1"), "đã có cụm “Cụm 1”", "name")


def test_covenant_is_recorded(setup):
    actor, th, u, grouping = setup
    one = add_cluster(actor, grouping.id, "Cụm 1")
    covenant = record_covenant(actor, one.id, signed_on=D(2022, 2, 15), document_ref=" 12/GƯTĐ-LĐLĐ ",
                               note="Ký tại Nga Sơn")
    stored = Covenant.get_by_id(covenant.id)
    assert (stored.cluster_id, stored.signed_on, stored.document_ref, stored.note) == (
        one.id, D(2022, 2, 15), "12/GƯTĐ-LĐLĐ", "Ký tại Nga Sơn")
    refused(lambda: record_covenant(actor, one.id, signed_on=None), "Hãy nhập ngày ký giao ước", "signed_on")
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    refused(lambda: record_covenant(actor, one.id, signed_on=tomorrow), "không được ở tương lai", "signed_on")


def test_delete_cluster_frees_its_members(setup):
    actor, th, u, grouping = setup
    one = add_cluster(actor, grouping.id, "Cụm 1", leader_id=u["NS"].id)
    record_covenant(actor, one.id, signed_on=D(2022, 2, 15))
    delete_cluster(actor, one.id)
    assert Cluster.get_by_id(one.id).deleted
    assert all(row.deleted for row in [*ClusterMember.select(), *Covenant.select()])
    refused(lambda: set_members(actor, one.id, [u["HH"].id]), "Không tìm thấy cụm thi đua")
    two = add_cluster(actor, grouping.id, "Cụm 1", leader_id=u["NS"].id)  # name and unit are free again
    assert members(two) == ["TH.NS"]
    delete_grouping(actor, grouping.id)
    assert ClusterGrouping.get_by_id(grouping.id).deleted and Cluster.get_by_id(two.id).deleted
    refused(lambda: add_cluster(actor, grouping.id, "Cụm 3"), "Không tìm thấy bảng cụm thi đua")


def test_a_lower_office_cannot_change_the_provinces_clusters(setup):
    actor, th, u, grouping = setup
    one = add_cluster(actor, grouping.id, "Cụm 1")
    installation.set_home_unit(u["NS"])
    message = "Cụm thi đua thuộc “LĐLĐ tỉnh Thanh Hóa”, một đơn vị cấp trên hoặc ngoài phạm vi của “LĐLĐ huyện Nga Sơn”"
    refused(lambda: set_members(actor, one.id, [u["NS"].id]), message)
    refused(lambda: delete_cluster(actor, one.id), message)
    refused(lambda: add_cluster(actor, grouping.id, "Cụm 2"), "Bảng cụm thi đua thuộc “LĐLĐ tỉnh Thanh Hóa”")
