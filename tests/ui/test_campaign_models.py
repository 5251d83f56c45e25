"""The Qt item models of the campaigns tab: what they show, and that they keep Qt's model contract."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt

from uniondesk.domain.errors import InputError
from uniondesk.services import campaigns as campaign_service
from uniondesk.services import clusters as cluster_service
from uniondesk.services import units as unit_service
from uniondesk.services.progress import progress
from uniondesk.ui.models.campaign_clusters import ClustersModel, CovenantsModel, MembersModel
from uniondesk.ui.models.campaign_list import CODE, KIND, PERIOD, STATUS, CampaignListModel
from uniondesk.ui.models.campaign_phases import PhasesModel
from uniondesk.ui.models.quota_progress import (
    ACHIEVEMENT,
    QUOTA,
    UNIT,
    PercentRole,
    QuotaProgressModel,
    SortRole,
)

D = dt.date


@pytest.fixture
def world(office):
    actor, home = office
    qh = unit_service.add_unit(actor, code="QH", name="LĐLĐ huyện Quan Hóa", kind="upper", parent_id=home.id)
    ns = unit_service.add_unit(actor, code="NS", name="Công đoàn Khu kinh tế Nghi Sơn", kind="upper",
                               parent_id=home.id)

    def campaign(code, name, start, end, status="draft", kind="initiatives", target=None):
        made = campaign_service.create_campaign(actor, code=code, name=name, kind=kind, organiser_id=home.id,
                                                start_on=start, end_on=end, target_initiatives=target)
        if status != "draft":
            campaign_service.set_status(actor, made.id, "open")
        if status == "closed":
            campaign_service.set_status(actor, made.id, "closed")
        return made

    c75 = campaign("75K", "75 nghìn sáng kiến, vượt khó, phát triển", D(2021, 3, 10), D(2021, 4, 20), "closed",
                   target=75)
    c1m = campaign("1TR", "1 triệu sáng kiến", D(2022, 1, 8), D(2023, 9, 1), "open")
    ldg = campaign("LDG-2022", "Lao động giỏi, Lao động sáng tạo", D(2022, 1, 1), D(2022, 12, 31),
                   kind="emulation")
    return SimpleNamespace(actor=actor, home=home, qh=qh, ns=ns, c75=c75, c1m=c1m, ldg=ldg)


def column(model, col):
    return [model.index(row, col).data() for row in range(model.rowCount())]


def test_campaign_list_shows_labels_and_dates(qtmodeltester, world):
    model = CampaignListModel()
    model.refresh()
    qtmodeltester.check(model)
    assert column(model, CODE) == ["1TR", "LDG-2022", "75K"]  # newest first
    assert column(model, PERIOD)[2] == "10/03/2021 – 20/04/2021"
    assert column(model, STATUS) == ["Open", "Draft", "Closed"]
    assert column(model, KIND)[1] == "Emulation movement"


@pytest.mark.parametrize(("status", "year", "codes"), [
    ("", None, ["1TR", "LDG-2022", "75K"]),
    ("", 2021, ["75K"]),
    ("", 2023, ["1TR"]),  # a campaign over two years is found in both
    ("", 2022, ["1TR", "LDG-2022"]),
    ("open", None, ["1TR"]),
    ("draft", 2021, []),
])
def test_campaign_list_filters_by_status_and_year(world, status, year, codes):
    model = CampaignListModel()
    model.set_filter(status, year)
    assert column(model, CODE) == codes


def test_phases_model_edits_and_reads_dates(qtmodeltester):
    model = PhasesModel()
    model.load([("Giai đoạn 1", D(2022, 1, 8), D(2022, 5, 31))])
    row = model.add_row()
    for col, text in enumerate(("Giai đoạn 2", "1/6/2022", "01.09.2023")):
        assert model.setData(model.index(row, col), text)
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "08/01/2022"
    phases = model.phases()
    assert [(p.name, p.start_on, p.end_on) for p in phases] == [
        ("Giai đoạn 1", D(2022, 1, 8), D(2022, 5, 31)), ("Giai đoạn 2", D(2022, 6, 1), D(2023, 9, 1))]
    model.setData(model.index(1, 2), "31/02/2023")
    with pytest.raises(InputError) as refused:
        model.phases()
    assert refused.value.field == "phases" and "Phase 2" in refused.value.message
    model.remove_row(0)
    assert model.rowCount() == 1


def test_phases_model_read_only_refuses_edits():
    model = PhasesModel()
    model.load([("Giai đoạn 1", D(2022, 1, 8), D(2022, 5, 31))])
    model.read_only = True
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert not model.setData(model.index(0, 0), "Khác")


def test_quota_progress_model_shows_figures_and_sorts_numerically(qtmodeltester, world):
    from uniondesk.services.quotas import Allocation, allocate

    allocate(world.actor, world.c75.id, world.home.id, [Allocation(world.qh.id, 1_200), Allocation(world.ns.id, 9)])
    model = QuotaProgressModel()
    model.load(progress(world.c75.id, world.home.id, as_of=D(2021, 4, 1)), quota_editable=True)
    qtmodeltester.check(model)
    rows = {model.index(r, UNIT).data(): r for r in range(model.rowCount())}
    qh = rows["LĐLĐ huyện Quan Hóa"]
    assert model.index(qh, QUOTA).data() == "1.200"
    assert model.index(qh, ACHIEVEMENT).data() == "0,0 %" and model.index(qh, ACHIEVEMENT).data(PercentRole) == 0.0
    # Sorting compares numbers, not texts: 1.200 above 9.
    assert model.index(qh, QUOTA).data(SortRole) > model.index(rows["Công đoàn Khu kinh tế Nghi Sơn"], QUOTA).data(
        SortRole)
    assert model.flags(model.index(qh, QUOTA)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(qh, UNIT)) & Qt.ItemFlag.ItemIsEditable
    entered = []
    model.quota_entered.connect(lambda unit_id, text: entered.append((unit_id, text)))
    assert not model.setData(model.index(qh, QUOTA), "1.500")  # shown only once the service has saved it
    assert entered == [(world.qh.id, "1.500")] and model.index(qh, QUOTA).data() == "1.200"
    model.set_quota(world.qh.id, 1_500)
    assert model.index(qh, QUOTA).data() == "1.500"


def test_cluster_models(qtmodeltester, world):
    actor = world.actor
    grouping = cluster_service.create_grouping(actor, name="Cụm thi đua 2022", owner_id=world.home.id, year=2022)
    cluster = cluster_service.add_cluster(actor, grouping.id, "Cụm miền núi")
    cluster_service.set_members(actor, cluster.id, [world.qh.id, world.ns.id])
    cluster_service.edit_cluster(actor, cluster.id, leader_id=world.qh.id)
    cluster_service.record_covenant(actor, cluster.id, signed_on=D(2022, 2, 15), document_ref="12/GƯ",
                                    note="Ký tại Quan Hóa")
    clusters, members, covenants = ClustersModel(), MembersModel(), CovenantsModel()
    clusters.load(grouping.id)
    members.load(cluster.id)
    covenants.load(cluster.id)
    for model in (clusters, members, covenants):
        qtmodeltester.check(model)
    assert [clusters.index(0, c).data() for c in range(3)] == ["Cụm miền núi", "LĐLĐ huyện Quan Hóa", "2"]
    assert column(members, 1) == ["Công đoàn Khu kinh tế Nghi Sơn", "LĐLĐ huyện Quan Hóa"]  # Vietnamese order
    assert [covenants.index(0, c).data() for c in range(3)] == ["15/02/2022", "12/GƯ", "Ký tại Quan Hóa"]
