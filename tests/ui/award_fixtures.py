"""A small province for the awards tab's tests: two district federations, two grassroots unions with
people (one with a long name), a campaign with quotas, a cluster and recognised initiatives."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from uniondesk.services import awards, campaigns, clusters, people, quotas, units
from uniondesk.services.awards import RecipientSpec
from uniondesk.store import db as store_db
from uniondesk.store.models import Initiative, InitiativeAuthor

DAY = dt.date(2022, 6, 27)
SINCE = dt.date(2020, 1, 1)
LONG_NAME = "Nguyễn Thị Huỳnh Ngọc Trường"


def dump() -> str:
    return "\n".join(store_db.database.connection().iterdump())


def build_world(office) -> SimpleNamespace:
    actor, home = office
    ml = units.add_unit(actor, code="TH.ML", name="LĐLĐ huyện Mường Lát", kind="upper", parent_id=home.id,
                        opened_on=SINCE)
    qh = units.add_unit(actor, code="TH.QH", name="LĐLĐ huyện Quan Hóa", kind="upper", parent_id=home.id,
                        opened_on=SINCE)
    school = units.add_unit(actor, code="TH.ML.01", name="Công đoàn Trường THCS Pù Nhi", kind="grassroots",
                            parent_id=ml.id, members=40, opened_on=SINCE)
    clinic = units.add_unit(actor, code="TH.QH.01", name="Công đoàn Trạm Y tế Trung Sơn", kind="grassroots",
                            parent_id=qh.id, members=12, opened_on=SINCE)
    folk = [people.add_person(actor, school.id, full_name=name, gender=gender, position=position)
            for name, gender, position in ((LONG_NAME, "female", "Giáo viên"), ("Lò Văn Pằn", "male", "Chủ tịch CĐCS"),
                                           ("Hà Thị Mai", "female", "Nhân viên"))]
    folk.append(people.add_person(actor, clinic.id, full_name="Vi Văn Sình", gender="male", position="Y sĩ"))
    campaign = campaigns.create_campaign(
        actor, code="1TSK", name="1 triệu sáng kiến", kind="initiatives", organiser_id=home.id,
        start_on=dt.date(2022, 1, 8), end_on=dt.date(2023, 9, 1))
    return SimpleNamespace(actor=actor, home=home, ml=ml, qh=qh, school=school, clinic=clinic, people=folk,
                           campaign=campaign)


def add_figures(w: SimpleNamespace) -> None:
    """Quotas (Mường Lát reaches its 2), a cluster led by Quan Hóa, recognised initiatives with authors."""
    quotas.allocate(w.actor, w.campaign.id, w.home.id, [quotas.Allocation(w.ml.id, 2), quotas.Allocation(w.qh.id, 5)])
    for title, benefit, authors in (("Bảng tính điểm tự động", 90_000_000, w.people[:2]),
                                    ("Sổ điểm điện tử", 5_000_000, w.people[1:2])):
        row = Initiative.create(campaign=w.campaign, unit=w.school, title=title, title_folded=title.lower(),
                                status="recognised", benefit_vnd=benefit, **w.actor.new_record())
        for author in authors:
            InitiativeAuthor.create(initiative=row, person=author, share_bp=10_000 // len(authors),
                                    campaign=w.campaign, unit=w.school, **w.actor.new_record())
    grouping = clusters.create_grouping(w.actor, name="Cụm thi đua 2022", owner_id=w.home.id, year=2022)
    clusters.add_cluster(w.actor, grouping.id, "Cụm miền núi", leader_id=w.qh.id)


def decision(w: SimpleNamespace, number: str = "125/QĐ-LĐLĐ", day: dt.date = DAY, **extra):
    values = dict(number=number, decided_on=day, issuing_unit_id=w.home.id,
                  signer_title="TM. BAN THƯỜNG VỤ\nCHỦ TỊCH", signer_name="Lê Văn Minh", form="bang_khen",
                  campaign_id=w.campaign.id, place="Thanh Hóa",
                  reason="Đã có thành tích xuất sắc trong chương trình “{campaign}”.")
    values.update(extra)
    return awards.create_decision(w.actor, **values)


def person(p) -> RecipientSpec:
    return RecipientSpec("individual", person_id=p.id)


def unit(u) -> RecipientSpec:
    return RecipientSpec("collective", unit_id=u.id)
