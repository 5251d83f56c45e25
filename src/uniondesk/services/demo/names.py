"""Vietnamese names for demo data: people, places and the organisations that have grassroots unions.

Everything here is drawn from a ``random.Random`` handed in by the caller, so a seed gives the same
names every time. The frequencies are rough but realistic: Nguyễn for about a third of the people,
Thái and Mường family names in the mountain districts.
"""

from __future__ import annotations

import bisect
import itertools
import random

# (family name, weight): the lowland mix, then the names common among Thái and Mường people.
FAMILY = [("Nguyễn", 36), ("Trần", 11), ("Lê", 10), ("Phạm", 7), ("Hoàng", 5), ("Vũ", 4), ("Đặng", 2.5),
          ("Bùi", 2.5), ("Đỗ", 2.5), ("Hồ", 1.5), ("Ngô", 1.5), ("Dương", 1.2), ("Lý", 0.6), ("Trịnh", 2),
          ("Mai", 1.2), ("Đinh", 1.2), ("Lương", 0.8), ("Cao", 0.8), ("Phan", 2), ("Hà", 1), ("Tạ", 0.4),
          ("Lại", 0.4), ("Võ", 2), ("Huỳnh", 1.5), ("Trương", 1.2), ("Đào", 1)]
HIGHLAND_FAMILY = [("Lò", 8), ("Hà", 8), ("Lương", 6), ("Vi", 4), ("Cầm", 3), ("Ngân", 3), ("Bùi", 6),
                   ("Phạm", 4), ("Quách", 2), ("Lữ", 2), ("Nguyễn", 10), ("Lê", 4), ("Hoàng", 3)]
MALE_MIDDLE = [("Văn", 40), ("Đức", 10), ("Minh", 8), ("Hữu", 6), ("Quang", 6), ("Xuân", 5), ("Công", 5),
               ("Đình", 5), ("Ngọc", 4), ("Thanh", 4), ("Trọng", 3), ("Tiến", 2), ("Mạnh", 2)]
FEMALE_MIDDLE = [("Thị", 55), ("Thu", 6), ("Ngọc", 6), ("Thanh", 5), ("Hồng", 5), ("Minh", 4), ("Phương", 3),
                 ("Kim", 3), ("Thúy", 3), ("Bích", 2), ("Hải", 2), ("Khánh", 2)]
MALE_GIVEN = ["An", "Bình", "Cường", "Chiến", "Dũng", "Đạt", "Đông", "Giang", "Hải", "Hiếu", "Hòa", "Hoàng",
              "Hùng", "Huy", "Khánh", "Khoa", "Kiên", "Lâm", "Long", "Lực", "Mạnh", "Minh", "Nam", "Nghĩa",
              "Phong", "Phúc", "Quân", "Quang", "Sơn", "Tâm", "Thắng", "Thành", "Thịnh", "Tiến", "Toàn",
              "Trung", "Tuấn", "Tùng", "Việt", "Vinh", "Vũ", "Hưng", "Lộc", "Tài", "Thái", "Đức", "Hậu"]
FEMALE_GIVEN = ["Anh", "Ánh", "Chi", "Diệp", "Dung", "Duyên", "Giang", "Hà", "Hằng", "Hạnh", "Hiền", "Hoa",
                "Hồng", "Huệ", "Hương", "Huyền", "Lan", "Liên", "Linh", "Loan", "Ly", "Mai", "Nga", "Ngân",
                "Nhung", "Oanh", "Phương", "Quỳnh", "Tâm", "Thảo", "Thơ", "Thu", "Thủy", "Trang", "Tuyết",
                "Vân", "Xuân", "Yến", "Lụa", "Nhàn", "Hòa", "Dịu"]


def _cumulative(table: list[tuple[str, float]]) -> tuple[tuple[str, ...], list[float]]:
    names, weights = zip(*table, strict=True)
    return names, list(itertools.accumulate(weights))


# Cumulative weights computed once per table: a national build draws a quarter of a million names.
_CUMULATIVE: dict[int, tuple[tuple[str, ...], list[float]]] = {}


def _weighted(rng: random.Random, table: list[tuple[str, float]]) -> str:
    key = id(table)
    if key not in _CUMULATIVE:
        _CUMULATIVE[key] = _cumulative(table)
    names, cumulative = _CUMULATIVE[key]
    # What ``rng.choices(names, cum_weights=cumulative)[0]`` does, draw for draw, without its overhead:
    # the province demo draws over half a million names.
    return names[bisect.bisect(cumulative, rng.random() * cumulative[-1], 0, len(cumulative) - 1)]


def person_name(rng: random.Random, highland: bool = False) -> tuple[str, str]:
    """(full name, gender) with a middle name that agrees with the gender (Văn for men, Thị for women)."""
    family = _weighted(rng, HIGHLAND_FAMILY if highland else FAMILY)
    if rng.random() < 0.5:
        return f"{family} {_weighted(rng, MALE_MIDDLE)} {rng.choice(MALE_GIVEN)}", "male"
    return f"{family} {_weighted(rng, FEMALE_MIDDLE)} {rng.choice(FEMALE_GIVEN)}", "female"


# Syllables of Sino-Vietnamese place names ("Tân Phú", "Hòa Bình"), for provinces whose communes are not
# listed one by one.
PLACE_SYLLABLES = ["An", "Bình", "Phú", "Hòa", "Tân", "Thạnh", "Long", "Hưng", "Xuân", "Thuận", "Lộc",
                   "Phước", "Mỹ", "Đông", "Tây", "Nam", "Bắc", "Quang", "Trung", "Hiệp", "Thành", "Vĩnh",
                   "Định", "Hải", "Sơn", "Đức", "Minh", "Thịnh", "Phong", "Lợi", "Khánh", "Cát", "Hội",
                   "Hợp", "Lạc", "Yên", "Kim", "Ngọc", "Hồng", "Phúc", "Thái", "Châu", "Hà", "Lâm", "Tiến"]


def place_name(rng: random.Random, taken: set[str]) -> str:
    """A two-syllable place name not yet in ``taken`` (which it joins)."""
    while True:
        first, second = rng.sample(PLACE_SYLLABLES, 2)
        name = f"{first} {second}"
        if name not in taken:
            taken.add(name)
            return name


BRANDS = ["Hoàng Long", "Minh Phát", "Thành Đạt", "Hùng Cường", "Phú Thành", "An Phát", "Sông Mã",
          "Lam Sơn", "Hải Tiến", "Trường Thịnh", "Đại Dương", "Tiến Thành", "Quang Minh", "Hợp Lực",
          "Thăng Long", "Việt Hưng", "Bắc Trung Bộ", "Xứ Thanh", "Hưng Thịnh", "Phúc Lộc", "Đông Á",
          "Kim Long", "Nam Việt", "Sao Mai", "Ánh Dương", "Toàn Cầu", "Thiên An", "Bảo Ngọc", "Vạn Xuân",
          "Tân Tiến", "Đức Thành", "Thái Bình Dương", "Hồng Hà", "Sông Chu", "Hàm Rồng", "Trường Sơn",
          "Phương Nam", "Hoa Sen", "Trí Việt", "Mai Linh", "Hưng Phát", "Đồng Tâm", "Cửu Long", "Bình Minh"]
TRADES = ["Thương mại", "Xây dựng", "Dịch vụ", "Vận tải", "Sản xuất và Thương mại", "Chế biến nông sản",
          "Vật liệu xây dựng", "Cơ khí", "Đầu tư và Phát triển", "Thực phẩm", "Điện tử", "Nhựa", "Bao bì",
          "Dược phẩm", "Môi trường", "Xuất nhập khẩu", "Gỗ", "Thủy sản", "Du lịch", "In"]
FACTORY_TRADES = ["May", "Giày", "May mặc", "Giày da", "Dệt may", "Điện tử", "Sản xuất túi xách"]
COOPERATIVE_TRADES = ["dịch vụ nông nghiệp", "vận tải", "thủy sản", "tiểu thủ công nghiệp", "môi trường", "mây tre đan"]
COMPANY_FORMS = [("Công ty TNHH", 5), ("Công ty CP", 3), ("Công ty TNHH MTV", 1.5), ("Hợp tác xã", 0.6)]


def company_name(rng: random.Random, *, factory: bool = False, trades: list[str] | None = None) -> str:
    if factory:
        suffix = rng.choice(["Việt Nam", "Vina", ""])
        return f"Công ty TNHH {rng.choice(FACTORY_TRADES)} {rng.choice(BRANDS)} {suffix}".strip()
    form = _weighted(rng, COMPANY_FORMS)
    trade = rng.choice(trades or TRADES)
    if form == "Hợp tác xã":
        return f"Hợp tác xã {rng.choice(COOPERATIVE_TRADES)} {rng.choice(BRANDS)}"
    return f"{form} {trade} {rng.choice(BRANDS)}"


SECTION_NAMES = {
    "factory": ["Xưởng May 1", "Xưởng May 2", "Xưởng May 3", "Xưởng Cắt", "Phân xưởng Đế", "Phân xưởng Gò",
                "Xưởng Hoàn thiện", "Khối Văn phòng", "Kho vận", "Phòng Kỹ thuật", "Xưởng Đóng gói"],
    "hospital": ["Khoa Nội", "Khoa Ngoại", "Khoa Sản", "Khoa Nhi", "Khoa Cấp cứu", "Khoa Xét nghiệm",
                 "Khối Hành chính"],
    "school": ["Khoa Sư phạm", "Khoa Kinh tế", "Khoa Kỹ thuật", "Khối Phòng ban"],
}
