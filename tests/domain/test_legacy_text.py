"""Legacy Vietnamese encodings (TCVN3/ABC and VNI): tables, detection per text, good Unicode untouched."""

from __future__ import annotations

import unicodedata

import pytest

from uniondesk.domain.legacy_text import TCVN3_TABLE, detect, tcvn3_to_unicode, to_unicode, vni_to_unicode


def tcvn3_bytes(text: str) -> str:
    """Encode Unicode lower-case Vietnamese as TCVN3 bytes read back as Windows-1252 characters — what an
    old .xls typed in a ".VnTime" font holds — by inverting the table under test."""
    inverse = {v: chr(k) for k, v in TCVN3_TABLE.items()}
    return "".join(inverse.get(ch, ch) for ch in unicodedata.normalize("NFC", text))


@pytest.mark.parametrize(("legacy", "unicode"), [
    ("S¸ng kiÕn", "Sáng kiến"),
    ("Céng hoµ x· héi chñ nghÜa ViÖt Nam", "Cộng hoà xã hội chủ nghĩa Việt Nam"),
    ("§éc lËp - Tù do - H¹nh phóc", "Độc lập - Tự do - Hạnh phúc"),
    ("Ng\xadêi lao ®éng", "Người lao động"),  # ư is 0xAD, the soft hyphen of Windows-1252
    ("Gi¶i ph¸p kü thuËt", "Giải pháp kỹ thuật"),
    ("QuyÕt ®Þnh sè 125/Q§-L§L§", "Quyết định số 125/QĐ-LĐLĐ"),
    ("Lª V¨n B×nh", "Lê Văn Bình"),
    # ".VnTimeH": capitals drawn from lower-case codes, made capitals again.
    ("CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
])
def test_tcvn3_text_is_detected_and_converted(legacy, unicode):
    assert detect(legacy) == "tcvn3"
    assert to_unicode(legacy) == unicode


@pytest.mark.parametrize(("legacy", "unicode"), [
    ("Saùng kieán", "Sáng kiến"),
    ("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam", "Cộng hòa xã hội chủ nghĩa Việt Nam"),
    ("Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc"),
    ("Ngöôøi lao ñoäng", "Người lao động"),
    ("Giaûi phaùp kyõ thuaät", "Giải pháp kỹ thuật"),
    ("Khoa hoïc", "Khoa học"),
    ("Nguyeãn Thò Thuùy", "Nguyễn Thị Thúy"),
    ("Quyeát ñònh soá 125/QÑ-LÑLÑ", "Quyết định số 125/QĐ-LĐLĐ"),
    ("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("Tröôøng THCS Puø Nhi", "Trường THCS Pù Nhi"),
    ("Maùy caét, aên, ñaëng", "Máy cắt, ăn, đặng"),  # the breve forms ă, ắ, ặ
])
def test_vni_text_is_detected_and_converted(legacy, unicode):
    assert detect(legacy) == "vni"
    assert to_unicode(legacy) == unicode


@pytest.mark.parametrize("text", [
    "Tài chính", "Hoá học", "Cà Mau", "Bánh mì", "Sáng kiến cải tiến quy trình", "Ông Đặng Văn Lâm",
    "Trường THCS Pù Nhi", "CĐCS", "TNHH MTV 2022", "José Müller", "café", "", "Nguyễn Thị Thúy",
    "Phòng Giáo dục và Đào tạo", "luôn luôn", "thuở", "khuya",
])
def test_good_unicode_and_foreign_words_are_left_alone(text):
    assert detect(text) is None
    assert to_unicode(text) == text


def test_nfd_text_becomes_nfc_without_conversion():
    nfd = unicodedata.normalize("NFD", "Sáng kiến tiết kiệm điện")
    assert detect(nfd) is None
    assert to_unicode(nfd) == "Sáng kiến tiết kiệm điện"


def test_every_tcvn3_letter_round_trips():
    letters = "aàảãáạăằẳẵắặâầẩẫấậeèẻẽéẹêềểễếệiìỉĩíịoòỏõóọôồổỗốộơờởỡớợuùủũúụưừửữứựyỳỷỹýỵđ"
    assert len(TCVN3_TABLE) == 67 + 7  # 67 lower-case letters with marks, 7 capitals without tones
    assert tcvn3_to_unicode(tcvn3_bytes(letters)) == letters


def test_vni_marks_only_apply_where_vni_puts_them():
    # A breve on e and a circumflex on u do not exist: the characters stay as they are.
    assert vni_to_unicode("eê uâ") == "eê uâ"
    # ơ and ư are single characters that take a tone; i has toned characters of its own.
    assert vni_to_unicode("ôø öù ì æ ó í ò î") == "ờ ứ ì ỉ ĩ í ị ỵ"
