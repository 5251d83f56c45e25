"""Award rules without storage: forms, numbers, reasons and their placeholders, the words a certificate
prints, and the double-award warning."""

from __future__ import annotations

import datetime as dt

import pytest

from uniondesk.domain import awards
from uniondesk.domain.errors import InputError


def test_forms_have_their_titles_and_a_custom_form_needs_one():
    assert awards.check_form("bang_khen", "ignored") == ("bang_khen", "")
    assert awards.form_title("lao_dong_sang_tao") == "Bằng Lao động sáng tạo"
    assert awards.check_form("custom", "  Giấy  chứng nhận ") == ("custom", "Giấy chứng nhận")
    assert awards.form_title("custom", "Giấy chứng nhận") == "Giấy chứng nhận"
    with pytest.raises(InputError) as missing:
        awards.check_form("custom", " ")
    assert missing.value.field == "form_title"
    with pytest.raises(InputError, match="không hợp lệ"):
        awards.check_form("huy_chuong")


def test_decision_numbers_are_required_and_compared_without_accents_case_or_spaces():
    assert awards.check_number("  125/QĐ-LĐLĐ ") == "125/QĐ-LĐLĐ"
    assert awards.number_key("125/QĐ-LĐLĐ") == awards.number_key("125 / qd-ldld")
    assert awards.number_key("125/QĐ-LĐLĐ") != awards.number_key("126/QĐ-LĐLĐ")
    for bad in ("", "   ", None, "1" * 41):
        with pytest.raises(InputError) as refused:
            awards.check_number(bad)
        assert refused.value.field == "number"


def test_decision_date_and_signer_are_required():
    assert awards.check_decision_date(dt.date(2022, 6, 27)) == dt.date(2022, 6, 27)
    for bad in (None, "27/06/2022", dt.date(1900, 1, 1), dt.date.today() + dt.timedelta(days=400)):
        with pytest.raises(InputError):
            awards.check_decision_date(bad)
    assert awards.check_signer(" TM. BAN THƯỜNG VỤ \n\n  CHỦ  TỊCH ", " Lê  Văn Minh ") == (
        "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH", "Lê Văn Minh")
    with pytest.raises(InputError) as no_title:
        awards.check_signer("", "Lê Văn Minh")
    assert no_title.value.field == "signer_title"
    with pytest.raises(InputError) as no_name:
        awards.check_signer("CHỦ TỊCH", "  ")
    assert no_name.value.field == "signer_name"


def test_reason_placeholders_are_checked_and_filled():
    text = awards.check_reason("Đã có thành tích xuất sắc trong chương trình “{campaign}”, {achievement}.")
    filled = awards.fill_reason(text, {"campaign": "1 triệu sáng kiến", "achievement": "đạt 120% chỉ tiêu"})
    assert filled == "Đã có thành tích xuất sắc trong chương trình “1 triệu sáng kiến”, đạt 120% chỉ tiêu."
    # An empty achievement leaves neither a double space nor a space before the full stop.
    assert awards.fill_reason(text, {"campaign": "X"}) == "Đã có thành tích xuất sắc trong chương trình “X”."
    assert awards.fill_reason("Tặng {recipient} của {unit}", {"recipient": "Bà Lò Thị Mai", "unit": "CĐCS A"}) == \
        "Tặng Bà Lò Thị Mai của CĐCS A"
    with pytest.raises(InputError) as unknown:
        awards.check_reason("Tặng {nguoi} vì {campaign}")
    assert "{nguoi}" in unknown.value.message and "{recipient}" in unknown.value.message


def test_salutation_follows_kind_and_gender():
    assert awards.display_name("individual", "male", "Lò Văn Pằn") == "Ông Lò Văn Pằn"
    assert awards.display_name("individual", "female", "Nguyễn Thị Huỳnh Ngọc Trường") == \
        "Bà Nguyễn Thị Huỳnh Ngọc Trường"
    assert awards.display_name("individual", None, "Hà Minh") == "Hà Minh"
    assert awards.display_name("collective", None, "Công đoàn Trường THCS Pù Nhi") == \
        "Tập thể Công đoàn Trường THCS Pù Nhi"


def test_certificate_wording():
    assert awards.issuing_body("LĐLĐ tỉnh Thanh Hóa") == "BAN CHẤP HÀNH LIÊN ĐOÀN LAO ĐỘNG TỈNH THANH HÓA"
    assert awards.expand_abbreviations("Chủ tịch CĐCS, LĐLĐ huyện Mường Lát") == \
        "Chủ tịch Công đoàn cơ sở, Liên đoàn Lao động huyện Mường Lát"
    # Decree 30/2020: days below 10 and the months January and February take a leading zero.
    assert awards.long_date("Thanh Hóa", dt.date(2022, 6, 27)) == "Thanh Hóa, ngày 27 tháng 6 năm 2022"
    assert awards.long_date("Mường Lát", dt.date(2023, 2, 5)) == "Mường Lát, ngày 05 tháng 02 năm 2023"
    assert awards.long_date("", dt.date(2022, 12, 1)) == "Ngày 01 tháng 12 năm 2022"
    assert awards.decision_line("125/QĐ-LĐLĐ", dt.date(2022, 6, 27)) == "Quyết định số 125/QĐ-LĐLĐ ngày 27/06/2022"
    assert awards.register_line(57) == "Số vào sổ: 57"
    assert awards.register_line(None) == "Số vào sổ: ……"
    assert awards.detail_line("individual", "Giáo viên", "Công đoàn Trường Tiểu học Trung Lý") == \
        "Giáo viên, Công đoàn Trường Tiểu học Trung Lý"
    assert awards.detail_line("individual", "", "Công đoàn A") == "Công đoàn A"
    assert awards.detail_line("collective", "", "LĐLĐ huyện Mường Lát") == "Trực thuộc LĐLĐ huyện Mường Lát"


def test_revocation_needs_a_reason_and_the_revoking_decision():
    assert awards.check_revocation(" Khai man thành tích ", "130/QĐ-LĐLĐ") == ("Khai man thành tích", "130/QĐ-LĐLĐ")
    with pytest.raises(InputError) as no_reason:
        awards.check_revocation("", "130/QĐ-LĐLĐ")
    assert no_reason.value.field == "revocation_reason"
    with pytest.raises(InputError) as no_number:
        awards.check_revocation("Khai man", "")
    assert no_number.value.field == "revoking_number"


def test_double_award_warning_lists_the_earlier_awards_and_counts_the_rest():
    earlier = [awards.EarlierAward(f"Ông Người {n}", f"{n}/QĐ-LĐLĐ", dt.date(2022, 3, 1), "Bằng khen", "signed")
               for n in range(1, 12)]
    warning = awards.DoubleAwardWarning("1 triệu sáng kiến", earlier)
    assert isinstance(warning, InputError) and warning.field == "reason_for_repeat"
    assert warning.earlier == earlier
    assert "“1 triệu sáng kiến”" in warning.message
    assert "Ông Người 1: Bằng khen theo Quyết định số 1/QĐ-LĐLĐ ngày 01/03/2022 (đã ký)" in warning.message
    assert "Ông Người 9" not in warning.message and "và 3 trường hợp khác" in warning.message
    assert "lý do" in warning.message
