"""The Qt item models of the awards tab: what they show, and that they keep Qt's model contract."""

from __future__ import annotations

import datetime as dt

import pytest
from award_fixtures import LONG_NAME, add_figures, build_world, decision, person, unit
from PySide6.QtCore import Qt

from uniondesk.services import award_proposals, awards
from uniondesk.services.certificates import calibration
from uniondesk.ui.models.award_decisions import (
    CAMPAIGN,
    DATE,
    FORM,
    ISSUER,
    NUMBER,
    RECIPIENTS,
    STATUS,
    DecisionIdRole,
    DecisionListModel,
)
from uniondesk.ui.models.award_labels import form_label, format_mm, placeholder_label
from uniondesk.ui.models.award_proposals import EARLIER, KIND, RECIPIENT, WHY, ProposalsModel
from uniondesk.ui.models.award_recipients import DETAIL, NUDGE, REGISTER, SEQ, RecipientIdRole, RecipientsModel
from uniondesk.ui.models.award_recipients import RECIPIENT as WHO


@pytest.fixture
def world(office):
    return build_world(office)


def column(model, col, role=Qt.ItemDataRole.DisplayRole):
    return [model.index(row, col).data(role) for row in range(model.rowCount())]


def test_decision_list_shows_labels_counts_and_filters(qtmodeltester, world):
    signed = decision(world, number="90/QĐ-LĐLĐ", day=dt.date(2022, 5, 2))
    awards.add_recipients(world.actor, signed.id,
                          [unit(world.school), person(world.people[0]), person(world.people[1])])
    awards.sign_decision(world.actor, signed.id)
    draft = decision(world, number="45/QĐ-LĐLĐ", day=dt.date(2022, 7, 15), form="giay_khen", campaign_id=None,
                     issuing_unit_id=world.ml.id)
    custom = decision(world, number="7/QĐ-CĐ", day=dt.date(2021, 3, 1), form="custom", form_title="Giấy chứng nhận",
                      campaign_id=None)
    model = DecisionListModel()
    model.set_filter(None)
    qtmodeltester.check(model)
    assert column(model, NUMBER) == ["45/QĐ-LĐLĐ", "90/QĐ-LĐLĐ", "7/QĐ-CĐ"]  # newest first
    assert column(model, DATE) == ["15/07/2022", "02/05/2022", "01/03/2021"]
    assert column(model, ISSUER) == ["LĐLĐ huyện Mường Lát", "LĐLĐ tỉnh Thanh Hóa", "LĐLĐ tỉnh Thanh Hóa"]
    assert column(model, FORM) == ["Letter of commendation", "Certificate of merit", "Giấy chứng nhận"]
    assert column(model, CAMPAIGN) == ["", "1 triệu sáng kiến", ""]
    assert column(model, RECIPIENTS) == ["0", "3", "0"]
    assert model.index(1, RECIPIENTS).data(Qt.ItemDataRole.ToolTipRole) == "1 collectives, 2 individuals"
    assert column(model, STATUS) == ["Draft", "Signed", "Draft"]
    assert column(model, NUMBER, DecisionIdRole) == [draft.id, signed.id, custom.id]
    assert model.headerData(RECIPIENTS, Qt.Orientation.Horizontal) == "Recipients"
    model.set_filter("signed")
    qtmodeltester.check(model)
    assert column(model, NUMBER) == ["90/QĐ-LĐLĐ"] and model.row_of(signed.id) == 0 and model.row_of(draft.id) == -1


def test_recipients_show_salutations_register_numbers_nudges_and_revocations(qtmodeltester, world):
    made = decision(world)
    rows = awards.add_recipients(world.actor, made.id, [person(world.people[0]), unit(world.school),
                                                        person(world.people[1])])
    calibration.set_nudge(rows[2].id, -2, 0.5)
    model = RecipientsModel()
    model.load(made.id)
    qtmodeltester.check(model)
    assert column(model, SEQ) == ["1", "2", "3"]
    assert column(model, WHO) == [f"Bà {LONG_NAME}", "Tập thể Công đoàn Trường THCS Pù Nhi", "Ông Lò Văn Pằn"]
    assert column(model, DETAIL) == ["Giáo viên, Công đoàn Trường THCS Pù Nhi", "Trực thuộc LĐLĐ huyện Mường Lát",
                                     "Chủ tịch CĐCS, Công đoàn Trường THCS Pù Nhi"]
    assert column(model, REGISTER) == ["", "", ""] and column(model, NUDGE) == ["", "", "-2,0; +0,5"]
    assert model.counts() == (1, 2) and model.nudge(rows[2].id) == (-2.0, 0.5)
    assert model.keys() == {("individual", world.people[0].id), ("collective", world.school.id),
                            ("individual", world.people[1].id)}
    awards.sign_decision(world.actor, made.id)
    awards.revoke_award(world.actor, rows[1].id, reason="Nhầm đối tượng", revoking_number="130/QĐ-LĐLĐ",
                        revoked_on=dt.date(2022, 8, 1))
    model.load(made.id)
    qtmodeltester.check(model)
    assert column(model, REGISTER) == ["1", "2", "3"]
    assert model.index(1, WHO).data(Qt.ItemDataRole.FontRole).strikeOut()
    assert "Revoked on 01/08/2022" in model.index(1, WHO).data(Qt.ItemDataRole.ToolTipRole)
    assert column(model, WHO, RecipientIdRole) == [row.id for row in rows]
    model.load(None)
    assert model.rowCount() == 0


def test_proposals_tick_filter_and_show_earlier_awards(qtmodeltester, world):
    add_figures(world)
    earlier = decision(world, number="90/QĐ-LĐLĐ", day=dt.date(2022, 5, 2))
    awards.add_recipients(world.actor, earlier.id, [unit(world.ml)])
    model = ProposalsModel()
    model.load(award_proposals.propose(world.campaign.id))
    qtmodeltester.check(model)
    assert column(model, RECIPIENT) == ["Tập thể LĐLĐ huyện Mường Lát", "Tập thể LĐLĐ huyện Quan Hóa",
                                        f"Bà {LONG_NAME}", "Ông Lò Văn Pằn"]
    assert column(model, KIND) == ["Collective", "Collective", "Individual", "Individual"]
    assert column(model, EARLIER)[:2] == ["Bằng khen no. 90/QĐ-LĐLĐ of 02/05/2022", None]
    assert model.index(0, RECIPIENT).data(Qt.ItemDataRole.ForegroundRole) is not None  # warned in colour
    assert "dẫn đầu Cụm miền núi" in model.index(1, WHY).data()
    assert model.flags(model.index(0, RECIPIENT)) & Qt.ItemFlag.ItemIsUserCheckable
    assert not model.flags(model.index(0, WHY)) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.setData(model.index(1, RECIPIENT), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    model.set_kind("individual")
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    model.set_all_shown(True)
    model.set_kind(None)
    assert [p.name for p in model.ticked()] == ["LĐLĐ huyện Quan Hóa", LONG_NAME, "Lò Văn Pằn"]
    model.set_all_shown(False)
    assert model.ticked() == [] and model.total() == 4


def test_labels():
    assert form_label("custom", "Giấy chứng nhận") == "Giấy chứng nhận"
    assert form_label("lao_dong_sang_tao") == "Creative Labour certificate"
    assert (format_mm(0), format_mm(1.5), format_mm(-0.25)) == ("0", "+1,5", "-0,2")
    assert placeholder_label("achievement") == "the recipient's own achievement"
