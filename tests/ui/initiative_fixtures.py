"""A small province for the initiative screens: a campaign with a phase, two grassroots unions with members."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from uniondesk.domain.campaigns import PhaseSpec
from uniondesk.services import campaigns as campaign_service
from uniondesk.services import people as people_service
from uniondesk.services import units as unit_service
from uniondesk.services.initiatives import AuthorSpec, InitiativeInput, add_initiative


def build_province(actor, home) -> SimpleNamespace:
    def unit(code, name, kind, parent):
        return unit_service.add_unit(actor, code=code, name=name, kind=kind, parent_id=parent.id, members=50)

    qh = unit("QH", "LĐLĐ huyện Quan Hóa", "upper", home)
    school = unit("QH01", "Công đoàn Trường THCS Hồi Xuân", "grassroots", qh)
    power = unit("NS01", "Công đoàn Điện lực Nghi Sơn", "grassroots", home)
    people = {name: people_service.add_person(actor, unit_id, full_name=name, position=position).id
              for unit_id, name, position in (
                  (school.id, "Nguyễn Văn An", "Giáo viên"), (school.id, "Nguyễn Văn Bình", "Hiệu phó"),
                  (school.id, "Lê Thị Hoa", "Kế toán"), (power.id, "Trần Đức Điện", "Kỹ sư"))}
    campaign = campaign_service.create_campaign(
        actor, code="1TR-2022", name="1 triệu sáng kiến", kind="initiatives", organiser_id=home.id,
        start_on=dt.date(2022, 1, 1), end_on=dt.date(2023, 12, 31), eligible_from=dt.date(2021, 1, 1),
        eligible_to=dt.date(2023, 12, 31),
        phases=[PhaseSpec("Đợt 1", dt.date(2022, 1, 1), dt.date(2022, 12, 31)),
                PhaseSpec("Đợt 2", dt.date(2023, 1, 1), dt.date(2023, 12, 31))])
    other = campaign_service.create_campaign(
        actor, code="LDST-2024", name="Lao động giỏi, Lao động sáng tạo 2024", kind="emulation",
        organiser_id=home.id, start_on=dt.date(2024, 1, 1), end_on=dt.date(2024, 12, 31))
    return SimpleNamespace(actor=actor, home=home, qh=qh, school=school, power=power, people=people,
                           campaign=campaign, other=other)


def add(province, title, *, unit=None, author="Nguyễn Văn An", campaign=None, **fields):
    """Save an initiative through the service, as the form would."""
    unit = unit or province.school
    person = province.people.get(author)
    spec = AuthorSpec(person_id=person) if person else AuthorSpec(full_name=author)
    data = InitiativeInput(campaign_id=(campaign or province.campaign).id, unit_id=unit.id, title=title,
                           authors=[spec], **fields)
    return add_initiative(province.actor, data, confirm_duplicate=True)
