"""The columns of an initiative workbook: headers, what they mean, and the other names officers give them.

The template writes ``COLUMNS`` in this order; the reader finds each column by its header wherever it
is, comparing headers without diacritics, case, line breaks, a trailing "*" or a part in brackets, so
that "Giá trị làm lợi\n(đồng)", "GIÁ TRỊ LÀM LỢI" and "Số tiền làm lợi" are all the benefit column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from uniondesk.domain.initiatives import (
    ENTRY_STATUSES,
    FIELD_LABELS,
    RECOGNISED_BY_LABELS,
    STATUS_LABELS,
    InitiativeField,
    InitiativeStatus,
    RecognisedBy,
)
from uniondesk.domain.text import fold


@dataclass(frozen=True)
class Column:
    key: str
    header: str
    width: float
    meaning: str  # one line of the instructions sheet
    example: str = ""
    required: bool = False
    aliases: tuple[str, ...] = ()  # other headers, folded
    kind: str = "text"  # text, unit, date, amount, authors, choice, flag, seq


COLUMNS: tuple[Column, ...] = (
    Column("seq", "STT", 6, "Số thứ tự (không bắt buộc; chương trình không dùng).", "1",
           aliases=("so tt", "tt", "so thu tu"), kind="seq"),
    Column("unit", "Đơn vị", 42, "Đơn vị áp dụng sáng kiến: chọn trong danh sách, hoặc ghi mã đơn vị, hoặc tên "
           "đầy đủ của đơn vị.", "Công đoàn Trường THCS Pù Nhi [TH.ML.01]", True,
           ("don vi ap dung", "don vi (ma hoac ten)", "co quan, don vi", "cong doan co so", "cdcs", "ten cdcs"),
           "unit"),
    Column("title", "Tên sáng kiến", 50, "Tên sáng kiến, giải pháp (một dòng là một sáng kiến).",
           "Cải tiến quy trình kiểm tra đồng hồ điện", True,
           ("ten sang kien, giai phap", "ten giai phap", "ten de tai", "sang kien", "ten sang kien/giai phap")),
    Column("field", "Lĩnh vực", 26, "Chọn trong danh sách: " + "; ".join(FIELD_LABELS.values()) + ". Để trống: Khác.",
           FIELD_LABELS[InitiativeField.TECHNICAL], aliases=("linh vuc ap dung",), kind="choice"),
    Column("summary", "Tóm tắt nội dung", 50, "Tóm tắt nội dung, cách làm của sáng kiến.",
           aliases=("tom tat", "noi dung", "noi dung tom tat", "mo ta", "tom tat noi dung sang kien")),
    Column("authors", "Tác giả", 42, "Họ tên các tác giả và tỷ lệ đóng góp, cách nhau bằng dấu chấm phẩy: "
           "“Họ tên: 60%; Họ tên: 40%”. Một tác giả: chỉ ghi họ tên. Tác giả là tập thể đơn vị: ghi “Tập thể”.",
           "Nguyễn Văn An: 60%; Lê Thị Bình: 40%", True,
           ("tac gia, dong tac gia", "tac gia/dong tac gia", "ho ten tac gia", "ho va ten tac gia", "dong tac gia",
            "tac gia sang kien"), "authors"),
    Column("benefit", "Giá trị làm lợi (đồng)", 20, "Giá trị làm lợi tính bằng đồng: 1.500.000 hoặc 1,5 tỷ hoặc "
           "2 triệu. Để trống hoặc 0 nếu chỉ có lợi ích xã hội.", "1.500.000",
           aliases=("gia tri lam loi", "so tien lam loi", "gia tri lam loi uoc tinh", "hieu qua kinh te",
                    "gia tri lam loi (vnd)", "loi ich kinh te"), kind="amount"),
    Column("social_benefit", "Lợi ích xã hội", 30, "Lợi ích xã hội, mô tả bằng lời (nếu có).",
           aliases=("hieu qua xa hoi", "loi ich xa hoi (neu co)")),
    Column("registered_on", "Ngày đăng ký", 14, "Ngày đăng ký sáng kiến, dạng ngày/tháng/năm.", "15/03/2022",
           aliases=("dang ky", "ngay dang ki"), kind="date"),
    Column("applied_on", "Ngày áp dụng", 14, "Ngày áp dụng lần đầu, dạng ngày/tháng/năm.", "01/04/2022",
           aliases=("ap dung", "ngay ap dung lan dau", "ngay ap dung lan dau tien", "thoi gian ap dung"), kind="date"),
    Column("status", "Trạng thái", 22, "Chọn trong danh sách: " + "; ".join(STATUS_LABELS[s] for s in ENTRY_STATUSES)
           + ". Để trống: Đã đăng ký.", STATUS_LABELS[InitiativeStatus.REGISTERED],
           aliases=("tinh trang", "ket qua xet cong nhan", "ket qua"), kind="choice"),
    Column("recognised_on", "Ngày công nhận", 14, "Ngày sáng kiến được công nhận, dạng ngày/tháng/năm.",
           aliases=("cong nhan", "ngay duoc cong nhan"), kind="date"),
    Column("recognised_by", "Cấp công nhận", 22, "Chọn trong danh sách: " + "; ".join(RECOGNISED_BY_LABELS.values())
           + ".", RECOGNISED_BY_LABELS[RecognisedBy.COUNCIL],
           aliases=("noi cong nhan", "co quan cong nhan", "don vi cong nhan"), kind="choice"),
    Column("decision_no", "Số quyết định", 16, "Số quyết định công nhận.", "12/QĐ-CĐCS",
           aliases=("so qd", "quyet dinh so", "so quyet dinh cong nhan")),
    Column("decision_on", "Ngày quyết định", 14, "Ngày ký quyết định công nhận, dạng ngày/tháng/năm.",
           aliases=("ngay qd", "ngay ky quyet dinh"), kind="date"),
    Column("confidential", "Bảo mật", 10, "Ghi “Có” nếu sáng kiến là bí mật công nghệ (khi đó chỉ tên, giá trị "
           "làm lợi và khen thưởng được hiển thị).", "Không", aliases=("mat", "bi mat"), kind="flag"),
)
BY_KEY = {column.key: column for column in COLUMNS}
# Columns an exported list has and the template does not: the reader takes them too.
EXTRA = (
    Column("unit_code", "Mã đơn vị", 14, "", aliases=("ma cdcs",), kind="unit"),
    Column("unit_name", "Tên đơn vị", 40, "", aliases=("ten cong doan co so",), kind="unit"),
)
BY_KEY.update({column.key: column for column in EXTRA})

_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_TRAILING = re.compile(r"[\s*:.]+$")


def _normal(text: str) -> str:
    return _TRAILING.sub("", fold(text))


def _aliases() -> dict[str, str]:
    names: dict[str, str] = {}
    for column in (*COLUMNS, *EXTRA):
        for name in (column.header, *column.aliases):
            names.setdefault(_normal(name), column.key)
    return names


ALIASES = _aliases()


def match_header(value: object) -> str | None:
    """The key of the column whose header ``value`` is, or None."""
    if not isinstance(value, str):
        return None
    text = _normal(value)
    if not text:
        return None
    found = ALIASES.get(text)
    if found is None:
        found = ALIASES.get(_normal(_BRACKETS.sub(" ", text)))
    return found
