"""``name_sort_key``, the word-cached key ``people_of`` sorts a unit's people with, is ``vi_sort_key``."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from uniondesk.domain.text import vi_sort_key
from uniondesk.store.queries.units import name_sort_key

# Letters, Vietnamese marks, Greek final sigma (lower case depends on the neighbours), dotted İ (lower
# case gives two characters), spaces, other blanks and punctuation.
MARKS = ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0302", "\u0306", "\u031b", "\u0327"]
ALPHABET = st.sampled_from(list("aAăâdđĐeêoôơuưyiIΣσ İ\t.-'0") + MARKS)


@given(st.text(ALPHABET, max_size=24))
def test_the_word_by_word_key_is_the_vietnamese_key(text):
    assert name_sort_key(text) == vi_sort_key(text)


@pytest.mark.parametrize("name", [
    "", " ", "  Đỗ  Văn Hùng ", "Nguyễn Thị Ánh Tuyết", unicodedata.normalize("NFD", "Hoàng Thị Hòa"),
    "ΟΔΥΣΣΕΥΣ ΣΑ", "A \u0301B", "Lê Văn 2", None,
])
def test_names_met_in_practice_and_odd_ones(name):
    assert name_sort_key(name) == vi_sort_key(name)


def test_a_unit_s_people_keep_the_vietnamese_order(office):
    from uniondesk.services import people as people_service
    from uniondesk.store.queries.units import people_of

    actor, home = office
    for name in ["Đỗ Văn Hùng", "Dương Thị Lan", "Hà Thị Hòa", "Hà Thị Hoa", "Hà Thị Hóa", "Âu Văn Minh", "An Văn Nam"]:
        people_service.add_person(actor, home.id, full_name=name)
    assert [row[1] for row in people_of(home.id)] == ["An Văn Nam", "Âu Văn Minh", "Dương Thị Lan", "Đỗ Văn Hùng",
                                                      "Hà Thị Hoa", "Hà Thị Hòa", "Hà Thị Hóa"]
