"""The initiative screens' Qt models: the paged list, the authors being typed, similar initiatives,
duplicate groups and workbook errors, each checked by qtmodeltester and by what an officer sees."""

from __future__ import annotations

import datetime as dt

import pytest
from initiative_fixtures import add, build_province
from PySide6.QtCore import QModelIndex, Qt

from uniondesk.domain.errors import InputError
from uniondesk.services.duplicates import Similar
from uniondesk.services.excel import CellError
from uniondesk.services.initiatives import AuthorSpec, InitiativeInput, add_many
from uniondesk.store.queries.initiatives import InitiativeFilter
from uniondesk.ui.models.initiative_lookup import wait_idle
from uniondesk.ui.models.initiative_authors import AuthorsModel, parse_share, spread
from uniondesk.ui.models.initiative_duplicates import DuplicateGroupsModel
from uniondesk.ui.models.initiative_import_errors import ImportErrorsModel
from uniondesk.ui.models.initiative_list import (APPLIED, AUTHORS, BENEFIT, FIELD, STATUS, TITLE, InitiativeIdRole,
                                                 InitiativeListModel)
from uniondesk.ui.models.initiative_similar import SimilarModel

TOPICS = ("Cải tiến đồng hồ điện", "Quản lý kho vật tư", "Sổ tay an toàn lao động", "Máy cắt cỏ tự chế")


@pytest.fixture(autouse=True)
def _lookups_finish(db):
    """Lookups read on a worker: let them end before the test's database is closed."""
    yield
    wait_idle()


@pytest.fixture
def province(office):
    return build_province(*office)


@pytest.fixture
def many(province):
    """450 initiatives in bulk: titles numbered so the order can be checked; every 9th recognised."""
    items = [InitiativeInput(campaign_id=province.campaign.id, unit_id=province.school.id,
                             title=f"{TOPICS[n % 4]} số {n:03d}", benefit_vnd=n * 1000,
                             registered_on=dt.date(2022, 1, 1) + dt.timedelta(days=n % 300),
                             status="recognised" if n % 9 == 0 else "registered",
                             authors=[AuthorSpec(person_id=province.people["Nguyễn Văn An"])])
             for n in range(450)]
    add_many(province.actor, items)
    return province


def shown(model, column=TITLE) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def test_the_list_passes_the_model_tester_while_pages_are_fetched(qtmodeltester, many):
    model = InitiativeListModel()
    model.load(InitiativeFilter(campaign_id=many.campaign.id))
    qtmodeltester.check(model, force_py=True)
    model.fetchMore(QModelIndex())
    qtmodeltester.check(model, force_py=True)


def test_the_list_counts_once_and_grows_by_pages_as_it_is_scrolled(many):
    model = InitiativeListModel()
    model.KEPT_PAGES = 2
    model.load(InitiativeFilter(campaign_id=many.campaign.id))
    assert model.total == 450 and model.rowCount() == 200 and model.queries == 1
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 400
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 450 and not model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 450
    first = model.index(0, TITLE).data()
    seen = {model.index(row, TITLE).data() for row in range(450)}
    assert len(seen) == 450  # no row twice, none missing: the pages do not overlap
    assert model.kept_rows() <= 2 * model.PAGE  # only the last pages read are held
    assert model.index(0, TITLE).data() == first  # a page dropped is read again, the same
    assert model.queries > 3


def test_pages_scrolled_into_view_are_read_on_a_worker_when_asynchronous(qtbot, many):
    model = InitiativeListModel()
    model.KEPT_PAGES = 1
    model.asynchronous = True
    model.load(InitiativeFilter(campaign_id=many.campaign.id), wait=True)
    model.fetchMore(QModelIndex())
    changed = []
    model.dataChanged.connect(lambda first, last: changed.append((first.row(), last.row())))
    assert model.index(250, TITLE).data() == "…"  # page 2 is being read
    qtbot.waitUntil(lambda: bool(changed), timeout=5000)
    assert changed == [(200, 399)]
    assert model.index(250, TITLE).data().startswith(TOPICS) and model.kept_rows() == model.PAGE
    model.load(InitiativeFilter(campaign_id=many.campaign.id, text="so tay"))  # a search, on the worker too
    assert model.loading
    qtbot.waitUntil(lambda: not model.loading, timeout=5000)
    assert model.total == 112


def test_the_latest_registered_come_first_and_a_header_click_sorts_by_any_column(many):
    model = InitiativeListModel()
    model.load(InitiativeFilter(campaign_id=many.campaign.id))
    dates = [model.row(row).registered_on for row in range(model.rowCount())]
    assert dates == sorted(dates, reverse=True)
    model.sort(BENEFIT, Qt.SortOrder.DescendingOrder)
    assert model.index(0, BENEFIT).data() == "449.000"
    assert model.index(1, BENEFIT).data() == "448.000"
    model.sort(TITLE, Qt.SortOrder.AscendingOrder)
    titles = shown(model)
    assert titles[0] == "Cải tiến đồng hồ điện số 000"
    assert titles[-1].startswith("Máy cắt cỏ") and titles[:112] == sorted(titles[:112])  # "Cải tiến" ones first
    model.sort(STATUS, Qt.SortOrder.AscendingOrder)
    assert model.index(0, STATUS).data() == "Recognised"


def test_search_without_accents_finds_dien_and_a_prefix_while_typing(many):
    model = InitiativeListModel()
    model.load(InitiativeFilter(campaign_id=many.campaign.id, text="dien"))
    assert model.total == 113 and all("điện" in title for title in shown(model))
    model.load(InitiativeFilter(campaign_id=many.campaign.id, text="so tay an to"))
    assert model.total == 112 and shown(model)[0].startswith("Sổ tay an toàn lao động")
    model.load(InitiativeFilter(text="nguyen van a"))  # authors are searched too
    assert model.total == 450


def test_filter_by_status_field_dates_and_benefit(many):
    model = InitiativeListModel()
    model.load(InitiativeFilter(status="recognised"))
    assert model.total == 50 and set(shown(model, STATUS)) == {"Recognised"}
    model.load(InitiativeFilter(benefit_min=100_000, benefit_max=100_999))
    assert model.total == 1 and shown(model, BENEFIT) == ["100.000"]
    model.load(InitiativeFilter(date_from=dt.date(2022, 1, 1), date_to=dt.date(2022, 1, 2)))
    assert model.total == 4  # days 0 and 1 of 300, for 450 initiatives
    model.load(InitiativeFilter(unit_id=many.power.id))
    assert model.total == 0 and model.rowCount() == 0


def test_a_confidential_initiative_shows_only_its_title_benefit_and_award(province):
    add(province, "Công nghệ xử lý nước thải bí mật", benefit_vnd=1_500_000_000, confidential=True,
        applied_on=dt.date(2022, 5, 1), field="technical")
    model = InitiativeListModel()
    model.load()
    assert model.index(0, TITLE).data() == "Công nghệ xử lý nước thải bí mật"
    assert model.index(0, BENEFIT).data() == "1,5 tỷ đồng"
    for column in (FIELD, APPLIED, AUTHORS):
        assert model.index(0, column).data() == "Confidential"
    assert "Nguyễn" not in " ".join(str(model.index(0, c).data()) for c in range(model.columnCount()))


def test_an_initiative_applied_outside_the_eligibility_window_is_flagged(province):
    add(province, "Sáng kiến áp dụng quá sớm", applied_on=dt.date(2020, 6, 1))
    model = InitiativeListModel()
    model.load()
    assert model.index(0, APPLIED).data() == "01/06/2020"
    assert "eligibility window" in model.index(0, APPLIED).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, APPLIED).data(Qt.ItemDataRole.ForegroundRole) is not None
    assert model.index(0, TITLE).data(InitiativeIdRole) is not None


def test_authors_model_keeps_an_empty_row_for_the_next_and_spreads_empty_shares(qtmodeltester):
    model = AuthorsModel()
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 1 and model.authors() == []
    model.setData(model.index(0, 0), "Nguyễn Văn An")
    model.setData(model.index(1, 0), "Lê Thị Hoa")
    model.setData(model.index(2, 0), "Trần Văn Ba")
    assert model.rowCount() == 4 and [a.name for a in model.authors()] == ["Nguyễn Văn An", "Lê Thị Hoa",
                                                                            "Trần Văn Ba"]
    assert [model.index(row, 1).data() for row in range(3)] == ["33,34", "33,33", "33,33"]
    model.setData(model.index(0, 1), "50")
    assert [model.index(row, 1).data() for row in range(3)] == ["50", "25", "25"]
    model.setData(model.index(1, 0), "")  # a name erased: that author is gone
    assert [a.name for a in model.authors()] == ["Nguyễn Văn An", "Trần Văn Ba"]
    qtmodeltester.check(model, force_py=True)


def test_shares_are_read_as_officers_type_them():
    assert parse_share("50") == 5000 and parse_share("33,5") == 3350 and parse_share("12.25%") == 1225
    assert parse_share("") is None
    with pytest.raises(InputError) as refused:
        parse_share("150")
    assert refused.value.field == "authors" and "150" in refused.value.message
    assert spread([6000, None, None]) == [6000, 2000, 2000]
    assert spread([7000, 5000, None]) == [7000, 5000, None]  # nothing left: the service will say so


def _similar(id_, title, score, shared=False, same_unit=False):
    return Similar(id_, title, "Công đoàn Điện lực Nghi Sơn", "Trần Đức Điện", score, shared, same_unit)


def test_similar_model_marks_likely_duplicates(qtmodeltester):
    model = SimilarModel()
    model.set_items([_similar(1, "Cải tiến công tơ điện", 0.92, shared=True), _similar(2, "Công tơ điện tử", 0.5)])
    qtmodeltester.check(model, force_py=True)
    assert model.index(0).data() == "Cải tiến công tơ điện\nCông đoàn Điện lực Nghi Sơn · Trần Đức Điện · 92 %"
    assert model.index(0).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(1).data(Qt.ItemDataRole.FontRole) is None


def test_duplicate_groups_and_import_errors_models(qtmodeltester):
    groups = DuplicateGroupsModel()
    groups.set_groups([[_similar(1, "A", 0.9, same_unit=True), _similar(2, "A.", 0.9, same_unit=True)],
                       [_similar(3, "B", 0.85, shared=True), _similar(4, "B!", 0.85, shared=True)]])
    qtmodeltester.check(groups, force_py=True)
    assert groups.rowCount() == 4 and groups.group_count == 2
    assert [groups.index(row, 0).data() for row in range(4)] == ["1", "1", "2", "2"]
    assert groups.index(2, 5).data() == "shared author"
    errors = ImportErrorsModel()
    errors.set_errors([CellError(7, "benefit", "Giá trị làm lợi", 7, "“1,5 abc” không phải là một số tiền.")])
    qtmodeltester.check(errors, force_py=True)
    assert [errors.index(0, c).data() for c in range(4)] == ["7", "G7", "Giá trị làm lợi",
                                                             "“1,5 abc” không phải là một số tiền."]
