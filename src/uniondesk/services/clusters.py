"""Emulation clusters: a grouping holds clusters; a unit is in at most one cluster of a grouping;
each cluster records the covenant its members signed."""

from __future__ import annotations

import datetime as dt

from uniondesk.domain.errors import InputError
from uniondesk.domain.text import clean
from uniondesk.domain.units import UnitStatus, check_date, check_name
from uniondesk.services.actor import Actor, audit, save_changes
from uniondesk.services.campaigns import check_office_may_change
from uniondesk.services.units import get_unit, is_in_subtree
from uniondesk.store.db import database
from uniondesk.store.models import Cluster, ClusterGrouping, ClusterMember, Covenant, Unit

_LIVE = False  # value of the ``deleted`` column for live rows
_KEEP = object()  # "leave the leader as it is"


def _get(model, record_id: int, what: str):
    row = model.get_or_none((model.id == record_id) & (model.deleted == _LIVE))
    if row is None:
        raise InputError(f"Không tìm thấy {what} (có thể đã bị xóa).")
    return row


def create_grouping(actor: Actor, *, name: str, owner_id: int, year: int | None = None,
                    description: str = "") -> ClusterGrouping:
    name = check_name(name)
    if year is not None and (isinstance(year, bool) or not isinstance(year, int)
                             or not 1990 <= year <= dt.date.today().year + 5):
        raise InputError(f"Năm {year} không hợp lệ.", "year")
    with database.atomic():
        owner = get_unit(owner_id)
        check_office_may_change(owner, "Bảng cụm thi đua")
        grouping = ClusterGrouping.create(name=name, owner=owner, year=year, description=clean(description),
                                          **actor.new_record())
        audit(actor, grouping, "create", {"name": (None, name), "year": (None, year)})
    return grouping


def add_cluster(actor: Actor, grouping_id: int, name: str, leader_id: int | None = None) -> Cluster:
    """A new cluster; a leader given here becomes its first member (the leader must be a member)."""
    name = check_name(name)
    with database.atomic():
        grouping = _get(ClusterGrouping, grouping_id, "bảng cụm thi đua")
        check_office_may_change(grouping.owner, "Bảng cụm thi đua")
        _check_name_free(grouping.id, name)
        cluster = Cluster.create(grouping=grouping, name=name, leader=None, **actor.new_record())
        audit(actor, cluster, "create", {"name": (None, name)})
        if leader_id is not None:
            leader = get_unit(leader_id)
            _add_member(actor, cluster, leader)
            save_changes(actor, cluster, {"leader": (None, leader)})
    return cluster


def _check_name_free(grouping_id: int, name: str, except_id: int | None = None) -> None:
    query = Cluster.select().where((Cluster.grouping == grouping_id) & (Cluster.name == name)
                                   & (Cluster.deleted == _LIVE))
    if except_id is not None:
        query = query.where(Cluster.id != except_id)
    if query.exists():
        raise InputError(f"Bảng cụm thi đua đã có cụm “{name}”.", "name")


def edit_cluster(actor: Actor, cluster_id: int, *, name: str | None = None,
                 leader_id: int | None | object = _KEEP) -> Cluster:
    with database.atomic():
        cluster = _get(Cluster, cluster_id, "cụm thi đua")
        check_office_may_change(cluster.grouping.owner, "Cụm thi đua")
        changes = {}
        if name is not None and check_name(name) != cluster.name:
            _check_name_free(cluster.grouping_id, check_name(name), except_id=cluster.id)
            changes["name"] = (cluster.name, check_name(name))
        if leader_id is not _KEEP:
            leader = get_unit(leader_id) if leader_id is not None else None
            if leader is not None and not _is_member(cluster, leader):
                raise InputError(f"“{leader.name}” không phải thành viên của cụm “{cluster.name}”.", "leader")
            if (leader.id if leader else None) != cluster.leader_id:
                changes["leader"] = (cluster.leader, leader)
        if changes:
            save_changes(actor, cluster, changes)
    return cluster


def _is_member(cluster: Cluster, unit: Unit) -> bool:
    return ClusterMember.select().where((ClusterMember.cluster == cluster) & (ClusterMember.unit == unit)
                                        & (ClusterMember.deleted == _LIVE)).exists()


def set_members(actor: Actor, cluster_id: int, unit_ids: list[int]) -> None:
    """Make ``unit_ids`` the cluster's members. A unit already in another cluster of the same
    grouping is refused with the name of that cluster: nothing changes."""
    if len(set(unit_ids)) != len(unit_ids):
        raise InputError("Một đơn vị được thêm hai lần vào cụm.", "members")
    with database.atomic():
        cluster = _get(Cluster, cluster_id, "cụm thi đua")
        check_office_may_change(cluster.grouping.owner, "Cụm thi đua")
        current = {m.unit_id: m for m in ClusterMember.select().where(
            (ClusterMember.cluster == cluster) & (ClusterMember.deleted == _LIVE))}
        for unit_id in unit_ids:
            if unit_id not in current:
                _add_member(actor, cluster, get_unit(unit_id))
        for unit_id, member in current.items():
            if unit_id not in unit_ids:
                save_changes(actor, member, {"deleted": (False, True)}, "delete")
        if cluster.leader_id is not None and cluster.leader_id not in unit_ids:
            save_changes(actor, cluster, {"leader": (cluster.leader, None)})


def _add_member(actor: Actor, cluster: Cluster, unit: Unit) -> None:
    owner = cluster.grouping.owner
    if unit.id == owner.id or not is_in_subtree(unit, owner):
        raise InputError(f"“{unit.name}” không thuộc phạm vi của “{owner.name}”, đơn vị lập bảng cụm thi đua.",
                         "members")
    if unit.status != UnitStatus.LIVE:
        raise InputError(f"“{unit.name}” đã ngừng hoạt động nên không thể vào cụm.", "members")
    other = (ClusterMember.select(ClusterMember, Cluster).join(Cluster)
             .where((ClusterMember.grouping == cluster.grouping_id) & (ClusterMember.unit == unit)
                    & (ClusterMember.deleted == _LIVE)).first())
    if other is not None:
        raise InputError(f"“{unit.name}” đã thuộc cụm “{other.cluster.name}” của cùng bảng cụm thi đua; "
                         "mỗi đơn vị chỉ thuộc một cụm.", "members")
    member = ClusterMember.create(cluster=cluster, grouping=cluster.grouping_id, unit=unit, **actor.new_record())
    audit(actor, member, "create", {"unit": (None, unit)})


def record_covenant(actor: Actor, cluster_id: int, *, signed_on: dt.date, document_ref: str = "",
                    note: str = "") -> Covenant:
    if signed_on is None:
        raise InputError("Hãy nhập ngày ký giao ước.", "signed_on")
    check_date(signed_on, "signed_on")
    with database.atomic():
        cluster = _get(Cluster, cluster_id, "cụm thi đua")
        check_office_may_change(cluster.grouping.owner, "Cụm thi đua")
        covenant = Covenant.create(cluster=cluster, signed_on=signed_on, document_ref=clean(document_ref),
                                   note=(note or "").strip(), **actor.new_record())
        audit(actor, covenant, "create", {"signed_on": (None, signed_on), "document_ref": (None, covenant.document_ref)})
    return covenant


def delete_cluster(actor: Actor, cluster_id: int) -> None:
    with database.atomic():
        cluster = _get(Cluster, cluster_id, "cụm thi đua")
        check_office_may_change(cluster.grouping.owner, "Cụm thi đua")
        for row in [*cluster.members, *cluster.covenants]:
            if not row.deleted:
                save_changes(actor, row, {"deleted": (False, True)}, "delete")
        save_changes(actor, cluster, {"deleted": (False, True)}, "delete")


def delete_grouping(actor: Actor, grouping_id: int) -> None:
    """Delete a grouping with its clusters, their members and covenants."""
    with database.atomic():
        grouping = _get(ClusterGrouping, grouping_id, "bảng cụm thi đua")
        check_office_may_change(grouping.owner, "Bảng cụm thi đua")
        for cluster in grouping.clusters.where(Cluster.deleted == _LIVE):
            delete_cluster(actor, cluster.id)
        save_changes(actor, grouping, {"deleted": (False, True)}, "delete")
