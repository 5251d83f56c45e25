"""Finding initiatives: accent-free search as you type, filters, sorting and paging of the list."""

from __future__ import annotations

import datetime as dt
import unicodedata

import pytest
from initiative_world import World

from uniondesk.services import units
from uniondesk.services.initiatives import AuthorSpec, add_initiative, add_many
from uniondesk.store.queries import initiatives as queries
from uniondesk.store.queries.initiatives import InitiativeFilter as F

TITLES = [
    # title, unit, author, field, status, benefit, registered
    ("Tiết kiệm điện năng tại trạm bơm", "power", "Lê Thị Bình", "technical", "recognised", 250_000_000, (2022, 2, 3)),
    ("Sáng kiến cải tiến máy cắt cỏ", "power", "Đặng Văn Đức", "technical", "registered", 0, (2022, 3, 4)),
    ("Đổi mới phương pháp dạy học Toán", "school", "Nguyễn Văn An", "management", "registered", 0, (2022, 4, 5)),
    ("Điều hòa tiết kiệm điện cho lớp học", "school", "Vũ Thị Hoa", "operational", "applied", 12_000_000, (2022, 1, 6)),
    ("Ứng dụng phần mềm quản lý kho", "power", "Lê Thị Bình", "management", "recognised", 1_500_000_000, (2022, 5, 7)),
]


@pytest.fixture
def world(office):
    actor, home = office
    world = World(actor, home)
    items = []
    for title, unit, author, field, status, benefit, registered in TITLES:
        spec = AuthorSpec(person_id=world.binh.id) if author == "Lê Thị Bình" else (
            AuthorSpec(person_id=world.an.id) if author == "Nguyễn Văn An" else AuthorSpec(full_name=author))
        items.append(world.entry(title, unit=getattr(world, unit), authors=[spec], field=field, status=status,
                                 benefit_vnd=benefit, registered_on=dt.date(*registered),
                                 summary="Giảm chi phí vận hành." if benefit else ""))
    world.ids = dict(zip([t[0] for t in TITLES], add_many(actor, items)))
    return world


def titles(f: F, **kwargs) -> list[str]:
    return [row.title for row in queries.page(f, **kwargs)]


@pytest.mark.parametrize(("typed", "found"), [
    ("dien", {"Tiết kiệm điện năng tại trạm bơm", "Điều hòa tiết kiệm điện cho lớp học"}),  # đ folded into d
    ("DIEN", {"Tiết kiệm điện năng tại trạm bơm", "Điều hòa tiết kiệm điện cho lớp học"}),
    ("điện", {"Tiết kiệm điện năng tại trạm bơm", "Điều hòa tiết kiệm điện cho lớp học"}),
    ("sang kien", {"Sáng kiến cải tiến máy cắt cỏ"}),
    ("sang ki", {"Sáng kiến cải tiến máy cắt cỏ"}),  # the last word is a prefix while typing
    ("tiet kiem d", {"Tiết kiệm điện năng tại trạm bơm", "Điều hòa tiết kiệm điện cho lớp học"}),  # one letter waits
    ("tram bom", {"Tiết kiệm điện năng tại trạm bơm"}),
    ("chi phi van hanh", {"Tiết kiệm điện năng tại trạm bơm", "Điều hòa tiết kiệm điện cho lớp học",
                          "Ứng dụng phần mềm quản lý kho"}),  # the summary
    ("dang van duc", {"Sáng kiến cải tiến máy cắt cỏ"}),  # an author
    ("le thi b", {"Tiết kiệm điện năng tại trạm bơm", "Ứng dụng phần mềm quản lý kho"}),
    ("quan li kho", {"Ứng dụng phần mềm quản lý kho"}),  # i/y spelt either way
    ("may bom nuoc", set()),
    ("!!", set()),
])
def test_search_ignores_accents_case_and_d_and_finds_prefixes(world, typed, found):
    assert set(titles(F(text=typed))) == found
    assert queries.count(F(text=typed)) == len(found)


def test_decomposed_typing_finds_the_same(world):
    typed = unicodedata.normalize("NFD", "tiết kiệm điện")
    assert queries.count(F(text=typed)) == 2


def test_a_word_typed_whole_is_not_a_prefix(world):
    assert queries.count(F(text="ca")) == 1  # cải, cắt, cỏ …: a prefix while typing
    assert queries.count(F(text="ca ")) == 0  # a whole word: no initiative has "ca"


def test_filters_combine_with_the_text(world):
    assert titles(F(campaign_id=world.campaign.id, unit_id=world.ngoc_lac.id), sort="title") == [
        "Sáng kiến cải tiến máy cắt cỏ", "Tiết kiệm điện năng tại trạm bơm", "Ứng dụng phần mềm quản lý kho"]
    assert titles(F(unit_id=world.muong_lat.id, text="dien")) == ["Điều hòa tiết kiệm điện cho lớp học"]
    assert titles(F(status="recognised"), sort="title") == ["Tiết kiệm điện năng tại trạm bơm",
                                                            "Ứng dụng phần mềm quản lý kho"]
    assert titles(F(field="management", text="phan mem")) == ["Ứng dụng phần mềm quản lý kho"]
    assert titles(F(date_from=dt.date(2022, 3, 1), date_to=dt.date(2022, 4, 30))) == [
        "Sáng kiến cải tiến máy cắt cỏ", "Đổi mới phương pháp dạy học Toán"]
    assert titles(F(benefit_min=10_000_000, benefit_max=300_000_000), sort="benefit_vnd") == [
        "Điều hòa tiết kiệm điện cho lớp học", "Tiết kiệm điện năng tại trạm bơm"]
    assert queries.count(F(campaign_id=world.campaign.id + 1)) == 0


def test_a_unit_filter_takes_the_current_subtree(world):
    moved = units.add_unit(world.actor, code="TH.NL.02", name="Công đoàn Nhà máy đường", kind="grassroots",
                           parent_id=world.ngoc_lac.id)
    add_initiative(world.actor, world.entry("Cải tiến lò đốt bã mía", unit=moved))
    assert queries.count(F(unit_id=world.ngoc_lac.id)) == 4
    units.move_unit(world.actor, moved.id, world.muong_lat.id, dt.date.today())
    assert queries.count(F(unit_id=world.ngoc_lac.id)) == 3
    assert queries.count(F(unit_id=world.muong_lat.id)) == 3


def test_titles_sort_in_vietnamese_dictionary_order(world):
    # Đ after D, Ứ after U; a plain code-point sort would put "Điều", "Đổi" and "Ứng" after "Tiết".
    assert titles(F(), sort="title") == [
        "Điều hòa tiết kiệm điện cho lớp học", "Đổi mới phương pháp dạy học Toán", "Sáng kiến cải tiến máy cắt cỏ",
        "Tiết kiệm điện năng tại trạm bơm", "Ứng dụng phần mềm quản lý kho"]
    assert titles(F(), sort="title", descending=True)[0] == "Ứng dụng phần mềm quản lý kho"


@pytest.mark.parametrize("sort", sorted(queries.SORTS) + ["relevance"])
def test_every_column_sorts_and_pages_never_overlap(world, sort):
    pages = [queries.page_ids(F(), sort, offset=offset, limit=2) for offset in (0, 2, 4)]
    flat = [id_ for page in pages for id_ in page]
    assert sorted(flat) == sorted(world.ids.values())
    assert len(queries.page_ids(F(), sort, descending=True, limit=5)) == 5


def test_sorting_by_benefit_and_date(world):
    assert titles(F(), sort="benefit_vnd", descending=True)[:2] == ["Ứng dụng phần mềm quản lý kho",
                                                                     "Tiết kiệm điện năng tại trạm bơm"]
    assert titles(F(), sort="registered_on")[0] == "Điều hòa tiết kiệm điện cho lớp học"


def test_an_unknown_sort_column_is_a_bug():
    with pytest.raises(ValueError):
        queries.page_ids(F(), "colour")


def test_rows_carry_what_the_list_shows(world):
    [row] = queries.page(F(text="may cat co"))
    assert (row.unit_code, row.unit_name, row.campaign_code, row.field, row.status, row.authors) == (
        "TH.NL.01", "Công đoàn Điện lực Ngọc Lặc", "1TSK", "technical", "registered", "Đặng Văn Đức")
    assert row.registered_on == dt.date(2022, 3, 4) and row.applied_on is None
    assert not row.confidential and not row.applied_outside_window and len(row.uuid) == 36


def test_a_large_match_walks_the_index_and_agrees_with_a_small_one(world, monkeypatch):
    by_matches = queries.page_ids(F(text="tiet kiem"), "registered_on")
    monkeypatch.setattr(queries, "WALK_FROM", 0)  # as if the text matched thousands
    assert queries.page_ids(F(text="tiet kiem"), "registered_on") == by_matches
    assert queries.page_ids(F(text="tiet kiem"), "title", descending=True) == list(reversed(
        queries.page_ids(F(text="tiet kiem"), "title")))


def test_command_line_search_ranks_and_counts(world):
    total, rows = queries.search("tiet kiem dien", limit=1)
    assert total == 2 and len(rows) == 1
    assert queries.search("d") == (0, [])


def test_people_of_a_unit_are_found_without_accents(world):
    assert [name for _, name, _ in queries.people_search(world.power.id, "binh")] == ["Lê Thị Bình"]
    assert queries.people_search(world.power.id, "nguyen") == []  # Nguyễn Văn An is at the school
    assert queries.people_named(world.school.id, "nguyen van an") == [world.an.id]


def test_a_file_from_before_the_index_is_indexed_when_migrated(tmp_path, monkeypatch):
    """Schema step 3 fills the search index and the sort keys of the initiatives already there."""
    from uniondesk.domain.initiatives import title_sort_key
    from uniondesk.store import migrations
    from uniondesk.store.db import database, open_database

    path = tmp_path / "v2.sqlite3"
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "STEPS", migrations.STEPS[:2])
        patch.setattr(migrations, "SCHEMA_VERSION", 2)
        with open_database(path):  # written as the program of schema 2 would have
            conn = database.connection()
            sync = "uuid, origin, version, writer"
            conn.execute(f"INSERT INTO unit ({sync}, code, name, name_folded, kind, path) "
                         "VALUES ('u', 'o', 1, 'w', 'TH', 'LĐLĐ tỉnh Thanh Hóa', 'ldld tinh thanh hoa', "
                         "'provincial', '/1/')")
            conn.execute(f"INSERT INTO campaign ({sync}, code, name, name_folded, kind, organiser_id, start_on, "
                         "end_on) VALUES ('c', 'o', 1, 'w', '1TSK', 'Một triệu', 'mot trieu', 'initiatives', 1, "
                         "'2022-01-08', '2023-09-01')")
            conn.execute(f"INSERT INTO person ({sync}, full_name, name_folded, unit_id) "
                         "VALUES ('p', 'o', 1, 'w', 'Đỗ Thị Điệp', 'do thi diep', 1)")
            conn.execute(f"INSERT INTO initiative ({sync}, campaign_id, unit_id, title, title_folded) "
                         "VALUES ('i', 'o', 1, 'w', 1, 1, 'Đèn điện năng lượng mặt trời', "
                         "'den dien nang luong mat troi')")
            conn.execute(f"INSERT INTO initiative_author ({sync}, initiative_id, person_id, share_bp, campaign_id, "
                         "unit_id) VALUES ('a', 'o', 1, 'w', 1, 1, 10000, 1, 1)")
    with open_database(path):
        assert queries.count(F(text="den dien nang luong")) == 1
        assert queries.count(F(text="do thi diep")) == 1
        sort = database.execute_sql("SELECT title_sort FROM initiative").fetchone()[0]
        assert sort == title_sort_key("Đèn điện năng lượng mặt trời")
