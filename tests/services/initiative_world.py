"""Shared by the initiative tests: a small province with a campaign, its units and a few people."""

from __future__ import annotations

import datetime as dt

from uniondesk.services import campaigns, people, units
from uniondesk.services.initiatives import AuthorSpec, InitiativeInput
from uniondesk.store.db import database

SINCE = dt.date(2015, 1, 1)


def dump() -> str:
    return "\n".join(database.connection().iterdump())


class World:
    """LĐLĐ Thanh Hóa (the home unit) with two districts and their grassroots unions; a unit outside the
    home subtree (another province, as a synced copy would bring); the campaign "1 triệu sáng kiến",
    open, organised by the province, applied between 1/1/2021 and 1/9/2023; two people."""

    def __init__(self, actor, home):
        self.actor, self.home = actor, home

        def add(code, name, kind, parent):
            return units.add_unit(actor, code=code, name=name, kind=kind, parent_id=parent.id if parent else None,
                                  members=80, opened_on=SINCE)
        self.muong_lat = add("TH.ML", "LĐLĐ huyện Mường Lát", "upper", home)
        self.ngoc_lac = add("TH.NL", "LĐLĐ huyện Ngọc Lặc", "upper", home)
        self.school = add("TH.ML.01", "Công đoàn Trường THCS Pù Nhi", "grassroots", self.muong_lat)
        self.power = add("TH.NL.01", "Công đoàn Điện lực Ngọc Lặc", "grassroots", self.ngoc_lac)
        self.elsewhere = add("NA", "LĐLĐ tỉnh Nghệ An", "provincial", None)
        self.campaign = campaigns.create_campaign(
            actor, code="1TSK", name="1 triệu sáng kiến", kind="initiatives", organiser_id=home.id,
            start_on=dt.date(2022, 1, 8), end_on=dt.date(2023, 9, 1), eligible_from=dt.date(2021, 1, 1),
            eligible_to=dt.date(2023, 9, 1))
        campaigns.set_status(actor, self.campaign.id, "open")
        self.an = people.add_person(actor, self.school.id, full_name="Nguyễn Văn An")
        self.binh = people.add_person(actor, self.power.id, full_name="Lê Thị Bình")

    def entry(self, title: str = "Cải tiến quy trình kiểm tra công tơ điện", *, unit=None, authors=None,
              **fields) -> InitiativeInput:
        """A valid entry at the power company by Lê Thị Bình, unless told otherwise."""
        unit = unit or self.power
        fields.setdefault("registered_on", dt.date(2022, 3, 1))
        return InitiativeInput(campaign_id=self.campaign.id, unit_id=unit.id, title=title,
                               authors=authors if authors is not None else [AuthorSpec(person_id=self.binh.id)],
                               **fields)
