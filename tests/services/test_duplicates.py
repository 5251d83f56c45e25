"""The duplicate finder: suggestions while typing, confirmation before saving, groups across units."""

from __future__ import annotations

import pytest
from initiative_world import World, dump

from uniondesk.domain.errors import Cancelled
from uniondesk.services import units
from uniondesk.services.duplicates import duplicate_groups, similar_initiatives
from uniondesk.services.initiatives import (
    AuthorSpec,
    DuplicateSuspected,
    add_initiative,
    add_many,
    edit_initiative,
)
from uniondesk.store.queries import initiatives as queries

TITLE = "Cải tiến quy trình kiểm tra công tơ điện"


@pytest.fixture
def world(office):
    actor, home = office
    world = World(actor, home)
    world.first = add_initiative(actor, world.entry(TITLE, authors=[AuthorSpec(full_name="Trần Văn Cường")]))
    return world


def test_similar_titles_appear_while_typing_without_accents(world):
    add_initiative(world.actor, world.entry("Phần mềm quản lý kho vật tư"))
    found = similar_initiatives(world.campaign.id, "cai tien qui trinh kiem tra cong to dien")
    assert [(s.title, s.score, s.shared_author, s.same_unit) for s in found] == [(TITLE, 1.0, False, False)]
    assert found[0].unit_name == "Công đoàn Điện lực Ngọc Lặc" and found[0].authors == "Trần Văn Cường"
    partial = similar_initiatives(world.campaign.id, "Cải tiến quy trình kiểm tra công")
    assert partial[0].title == TITLE and 0.35 <= partial[0].score < 1.0
    assert similar_initiatives(world.campaign.id, "...") == []
    assert similar_initiatives(world.campaign.id, "Chế tạo máy bóc vỏ lạc") == []


def test_the_unit_and_authors_of_the_form_mark_likely_duplicates(world):
    [same_unit] = similar_initiatives(world.campaign.id, TITLE, unit_id=world.power.id)
    assert same_unit.same_unit and not same_unit.shared_author and same_unit.likely
    [same_author] = similar_initiatives(world.campaign.id, TITLE, unit_id=world.school.id,
                                        author_names=["tran van cuong"])
    assert same_author.shared_author and not same_author.same_unit and same_author.likely
    [neither] = similar_initiatives(world.campaign.id, TITLE, unit_id=world.school.id, author_names=["Hà Văn A"])
    assert not neither.likely


def test_saving_a_likely_duplicate_asks_for_confirmation_and_changes_nothing(world):
    before = dump()
    retyped = world.entry("Cai tien quy trinh kiem tra cong to dien tu", unit=world.school,
                          authors=[AuthorSpec(full_name="Trần Văn Cường")])
    with pytest.raises(DuplicateSuspected) as caught:
        add_initiative(world.actor, retyped)
    assert dump() == before
    assert [s.id for s in caught.value.candidates] == [world.first.id]
    assert "Có thể trùng" in caught.value.message and "cùng tác giả" in caught.value.message
    assert caught.value.field == "title"
    second = add_initiative(world.actor, retyped, confirm_duplicate=True)
    assert second.id != world.first.id


def test_a_likely_duplicate_is_found_however_common_its_words(world, monkeypatch):
    """Candidates by title words are capped; those of the same unit and the same author are not."""
    import uniondesk.services.duplicates as duplicates

    monkeypatch.setattr(duplicates, "CANDIDATES", 0)
    with pytest.raises(DuplicateSuspected):
        add_initiative(world.actor, world.entry(TITLE, unit=world.school,
                                                authors=[AuthorSpec(full_name="Tran Van Cuong")]))
    with pytest.raises(DuplicateSuspected):
        add_initiative(world.actor, world.entry(TITLE))


def test_the_same_title_elsewhere_by_someone_else_is_not_a_likely_duplicate(world):
    other = add_initiative(world.actor, world.entry(TITLE, unit=world.school,
                                                    authors=[AuthorSpec(person_id=world.an.id)]))
    assert other.id


def test_editing_an_initiative_does_not_find_itself(world):
    edit_initiative(world.actor, world.first.id, world.entry(TITLE + " điện tử",
                                                             authors=[AuthorSpec(full_name="Đỗ Văn Hải")]))
    assert queries.detail(world.first.id).title == TITLE + " điện tử"


def test_duplicate_groups_span_units_through_shared_authors(world):
    add_many(world.actor, [
        world.entry("Cải tiến qui trình kiểm tra công tơ điện", unit=world.school,
                    authors=[AuthorSpec(full_name="Tran Van Cuong")]),  # the same man entered by another office
        world.entry("Ứng dụng công nghệ thông tin trong dạy học môn Toán", unit=world.school,
                    authors=[AuthorSpec(person_id=world.an.id)]),
        world.entry("Ứng dụng công nghệ thông tin trong dạy học môn Toán lớp 9", unit=world.school,
                    authors=[AuthorSpec(full_name="Hà Thị Mai")]),  # the same unit: likely typed twice
        world.entry("Ứng dụng công nghệ thông tin trong dạy học môn Lịch sử", unit=world.school,
                    authors=[AuthorSpec(full_name="Hà Thị Lan")]),  # another subject: a different initiative
        world.entry("Ứng dụng công nghệ thông tin trong dạy học môn Toán", unit=world.power,
                    authors=[AuthorSpec(person_id=world.binh.id)]),  # elsewhere, by someone else
    ])
    progress = []
    groups = duplicate_groups(world.campaign.id, progress=lambda done, total, message: progress.append(done))
    summary = sorted(sorted((s.title, s.unit_name, s.shared_author, s.same_unit) for s in group) for group in groups)
    assert summary == [
        [("Cải tiến qui trình kiểm tra công tơ điện", "Công đoàn Trường THCS Pù Nhi", True, False),
         ("Cải tiến quy trình kiểm tra công tơ điện", "Công đoàn Điện lực Ngọc Lặc", True, False)],
        [("Ứng dụng công nghệ thông tin trong dạy học môn Toán", "Công đoàn Trường THCS Pù Nhi", False, True),
         ("Ứng dụng công nghệ thông tin trong dạy học môn Toán lớp 9", "Công đoàn Trường THCS Pù Nhi", False, True)],
    ]
    assert all(s.score >= 0.8 for group in groups for s in group)
    assert progress[0] == 0 and progress[-1] == 4


def test_duplicate_groups_can_be_cancelled(world):
    with pytest.raises(Cancelled):
        duplicate_groups(world.campaign.id, cancel=lambda: True)


def test_a_unit_moved_keeps_its_initiatives_comparable(world):
    units.move_unit(world.actor, world.power.id, world.muong_lat.id, world.power.opened_on)
    assert similar_initiatives(world.campaign.id, TITLE, unit_id=world.power.id)[0].same_unit
