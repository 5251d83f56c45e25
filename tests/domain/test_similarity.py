"""Accent-folded words and the likeness of initiative titles."""

from __future__ import annotations

import unicodedata

import pytest

from uniondesk.domain.similarity import (
    LIKELY_DUPLICATE,
    features,
    rarest,
    same_person_name,
    search_text,
    title_similarity,
    words,
)


@pytest.mark.parametrize(("text", "expected"), [
    ("Sáng kiến điện", ["sang", "kien", "dien"]),
    ("ĐIỆN LỰC Thanh Hóa", ["dien", "luc", "thanh", "hoa"]),
    ("Ðiện", ["dien"]),  # the look-alike eth of legacy conversions
    ("Kỹ thuật, quy trình; lý thuyết", ["ki", "thuat", "qui", "trinh", "li", "thuyet"]),
    ("Kĩ thuật qui trình lí thuyết", ["ki", "thuat", "qui", "trinh", "li", "thuyet"]),
    ("trẻ 3–4 tuổi (COVID-19)", ["tre", "3", "4", "tuoi", "covid", "19"]),
    ("điện\u200bnăng", ["diennang"]),  # an invisible space pasted from the web joins, as fold does
    ("", []),
    (None, []),
    ("— … !", []),
])
def test_words_are_folded_syllables(text, expected):
    assert words(text) == expected


def test_decomposed_text_folds_like_precomposed():
    text = "Giải pháp tiết kiệm điện năng tại phân xưởng"
    assert words(unicodedata.normalize("NFD", text)) == words(text)
    assert search_text(text) == "giai phap tiet kiem dien nang tai phan xuong"


def test_the_same_title_without_accents_is_the_same():
    assert title_similarity("Cải tiến quy trình kiểm tra điện", "cai tien qui trinh kiem tra dien") == 1.0


@pytest.mark.parametrize(("left", "right"), [
    ("Ứng dụng phần mềm quản lý văn bản", "Ứng dụng phần mềm quản lý văn bản điện tử"),  # words added
    ("Cải tiến quy trình kiểm tra công tơ điện", "Quy trình kiểm tra công tơ điện cải tiến"),  # words moved
    ("Nâng cao hiệu quả công tác tuyên truyền", "Nâng cao hiệu quả công tác tuyên truyền pháp luật"),
])
def test_a_title_retyped_with_words_added_or_moved_is_a_likely_duplicate(left, right):
    assert title_similarity(left, right) >= LIKELY_DUPLICATE


@pytest.mark.parametrize(("left", "right"), [
    ("Cải tiến quy trình kiểm tra điện", "Cải tiến quy trình kiểm tra nước"),
    ("Ứng dụng công nghệ thông tin trong dạy học môn Hóa học",
     "Ứng dụng công nghệ thông tin trong dạy học môn Lịch sử"),
    ("Một số biện pháp rèn chữ viết cho học sinh lớp 3", "Một số biện pháp rèn chữ viết cho học sinh lớp 4"),
    ("Giải pháp nâng cao hiệu quả công tác quản lý kho", "Giải pháp nâng cao hiệu quả công tác quản lý nhân sự"),
])
def test_titles_sharing_a_long_phrase_but_swapping_a_word_are_not(left, right):
    score = title_similarity(left, right)
    assert 0.4 < score < LIKELY_DUPLICATE


def test_unrelated_titles_score_low_and_the_score_is_symmetric():
    left, right = "Chế tạo máy bóc vỏ lạc", "Phần mềm quản lý hồ sơ đoàn viên"
    assert title_similarity(left, right) == title_similarity(right, left) < 0.2


def test_stock_words_weigh_less_than_words_of_substance():
    stock = features(words("giải pháp nâng cao"))
    substance = features(words("máy bóc vỏ"))
    assert sum(stock.values()) < sum(substance.values())


def test_rarest_words_come_first_and_function_words_last():
    counts = {"cai": 900, "tien": 800, "may": 50, "boc": 3, "cho": 1}
    assert rarest(["cai", "tien", "may", "boc", "cho"], counts, 3) == ["boc", "may", "tien"]


def test_person_names_compare_without_accents():
    assert same_person_name("Nguyễn Văn Hùng", "nguyen van hung")
    assert not same_person_name("Nguyễn Văn Hùng", "Nguyễn Văn Hưng Thịnh")
    assert not same_person_name("", "")


def test_prepared_titles_compare_as_the_plain_measure():
    from uniondesk.domain.similarity import compare, could_reach, prepare, similarity

    titles = ["Cải tiến quy trình kiểm tra điện", "Cải tiến quy trình kiểm tra nước", "Chế tạo máy bóc vỏ lạc",
              "Ứng dụng phần mềm quản lý văn bản điện tử", "Ứng dụng phần mềm quản lý văn bản", ""]
    for left in titles:
        for right in titles:
            a, b = words(left), words(right)
            expected = similarity(features(a), features(b))
            assert compare(prepare(a), prepare(b)) == pytest.approx(expected)
            if expected >= LIKELY_DUPLICATE:
                assert could_reach(prepare(a), prepare(b), LIKELY_DUPLICATE)
