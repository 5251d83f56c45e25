"""The organisations that have a grassroots union, by the profile of the union above them.

Each generator returns ``n`` organisations as ``Org(name, role, members)``; ``members`` is a first
draw that ``tree.py`` later scales so that a province adds up to its target. ``role`` says what
kind of organisation it is (sections inside a factory are workshops, inside a hospital wards).
"""

from __future__ import annotations

import itertools
import math
import random
from collections.abc import Callable
from dataclasses import dataclass

from uniondesk.services.demo.names import company_name


@dataclass(frozen=True)
class Org:
    name: str
    role: str
    members: int


# Roles whose member counts are scaled to reach a province's total; schools and offices keep theirs.
ELASTIC_ROLES = {"company", "factory"}

_RANGES = {
    "commune_office": (15, 40), "kindergarten": (15, 45), "primary": (18, 50), "secondary": (20, 55),
    "high_school": (45, 110), "office": (10, 60), "clinic": (8, 30), "health_centre": (80, 300),
    "hospital": (150, 520), "big_hospital": (600, 1600), "college": (80, 320), "university": (350, 1300),
    "forestry": (30, 160), "agency": (15, 90),
}


def draw_members(rng: random.Random, role: str) -> int:
    if role == "company":
        return max(10, min(1500, int(math.exp(rng.gauss(3.7, 0.85)))))
    if role == "factory":
        return int(math.exp(rng.uniform(math.log(900), math.log(9000))))
    low, high = _RANGES[role]
    return rng.randint(low, high)


def _org(rng: random.Random, name: str, role: str) -> Org:
    return Org(name, role, draw_members(rng, role))


def _companies(rng: random.Random, n: int, factory_share: float, taken: set[str],
               trades: list[str] | None = None) -> list[Org]:
    out = []
    for attempt in itertools.count():
        if len(out) >= n:
            return out
        factory = rng.random() < factory_share
        name = company_name(rng, factory=factory, trades=trades)
        if name in taken and attempt > 20 * n:  # few trades to draw from: number the branches
            name = f"{name} - Chi nhánh {len(out) + 1}"
        if name not in taken:
            taken.add(name)
            out.append(_org(rng, name, "factory" if factory else "company"))
    raise AssertionError("unreachable")


def _fill(rng: random.Random, base: list[Org], n: int, factory_share: float, min_companies: float,
          trades: list[str] | None = None) -> list[Org]:
    """Up to ``n`` of ``base`` (in order), topped up with companies to exactly ``n``."""
    companies = max(n - len(base), round(n * min_companies))
    keep = n - companies
    chosen = sorted(rng.sample(range(len(base)), keep)) if keep < len(base) else range(len(base))
    picked = [base[i] for i in chosen]
    return picked + _companies(rng, companies, factory_share, {org.name for org in picked}, trades)


def territorial(rng: random.Random, n: int, *, places: list[str], commune_level: str, offices: list[str],
                factory_share: float) -> list[Org]:
    """A district federation or commune union: each commune's people's committee and schools, the
    district's own offices, then companies and cooperatives."""
    base = []
    for place in places:
        base += [_org(rng, f"cơ quan UBND {commune_level} {place}", "commune_office"),
                 _org(rng, f"Trường Mầm non {place}", "kindergarten"),
                 _org(rng, f"Trường Tiểu học {place}", "primary"),
                 _org(rng, f"Trường THCS {place}", "secondary")]
    base += [_org(rng, office, "office") for office in offices]
    return _fill(rng, base, n, factory_share, 0.08)


def district_offices(level: str, name: str) -> list[str]:
    area = f"{level} {name}"
    party = "Thị ủy" if level == "thị xã" else "Thành ủy" if level == "thành phố" else "Huyện ủy"
    return [f"cơ quan {party} {name}", f"cơ quan UBND {area}", f"Phòng Giáo dục và Đào tạo {area}",
            f"Trung tâm Văn hóa, Thông tin và Thể thao {area}", f"Ban Quản lý dự án đầu tư xây dựng {area}",
            f"Trung tâm Dịch vụ nông nghiệp {area}", f"Hạt Kiểm lâm {area}", f"Chi cục Thống kê {area}",
            f"Bảo hiểm xã hội {area}", f"Trung tâm Giáo dục nghề nghiệp - GDTX {area}"]


def education(rng: random.Random, n: int, *, places: list[str], province: str) -> list[Org]:
    home = province == "Thanh Hóa"  # the province-scale demo names its real flagship schools
    universities = ["Hồng Đức", f"Văn hóa, Thể thao và Du lịch {province}"] if home else [province]
    base = [_org(rng, f"Trường Đại học {name}", "university") for name in universities]
    base += [_org(rng, f"Trường Cao đẳng {name} {province}", "college")
             for name in ("Y tế", "Nông Lâm", "Nghề Công nghiệp", "Sư phạm")]
    base.append(_org(rng, f"cơ quan Sở Giáo dục và Đào tạo {province}", "agency"))
    schools = [f"Trường THPT chuyên {'Lam Sơn' if home else province}"] + [f"Trường THPT {p}" for p in places]
    base += [_org(rng, name, "high_school") for name in schools]
    return _fill(rng, base, n, 0.0, 0.0, trades=["Sách và Thiết bị trường học", "Giáo dục"])


def health(rng: random.Random, n: int, *, places: list[str], province: str) -> list[Org]:
    base = [_org(rng, f"Bệnh viện {name} {province}", "big_hospital")
            for name in ("Đa khoa", "Nhi", "Phụ sản", "Y dược cổ truyền", "Phổi", "Ung bướu")]
    base += [_org(rng, f"Trung tâm Kiểm soát bệnh tật {province}", "health_centre")]
    for place in places:
        base += [_org(rng, f"Bệnh viện Đa khoa khu vực {place}", "hospital"),
                 _org(rng, f"Trung tâm Y tế {place}", "health_centre"),
                 _org(rng, f"Phòng khám đa khoa khu vực {place}", "clinic")]
    return _fill(rng, base, n, 0.0, 0.03, trades=["Dược phẩm", "Thiết bị y tế"])


def civil(rng: random.Random, n: int, *, places: list[str], province: str) -> list[Org]:
    departments = ["Sở Tài chính", "Sở Tư pháp", "Sở Nội vụ", "Sở Xây dựng", "Sở Công Thương",
                   "Sở Khoa học và Công nghệ", "Sở Nông nghiệp và Môi trường", "Sở Văn hóa, Thể thao và Du lịch",
                   "Văn phòng UBND tỉnh", "Văn phòng Tỉnh ủy", "Thanh tra tỉnh", "Ban Dân tộc", "Báo",
                   "Đài Phát thanh và Truyền hình", "Kho bạc Nhà nước", "Thuế", "Bảo hiểm xã hội", "Cục Thống kê"]
    base = [_org(rng, f"cơ quan {dept} {province}", "agency") for dept in departments]
    base += [_org(rng, f"Trung tâm Hành chính công {place}", "agency") for place in places]
    return _fill(rng, base, n, 0.0, 0.0, trades=["Dịch vụ công", "Tư vấn"])


def companies_of(trades: list[str] | None, factory_share: float, extra: Callable[[str], list[str]] | None = None):
    """A generator for the economic sector unions: mostly companies, a few agencies first."""
    def generate(rng: random.Random, n: int, *, places: list[str], province: str) -> list[Org]:
        base = [_org(rng, name, "agency") for name in (extra(province) if extra else [])]
        return _fill(rng, base, n, factory_share, 0.0, trades=trades)
    return generate


def _agriculture_extra(province: str) -> list[str]:
    return [f"Chi cục Thủy lợi {province}", f"Trung tâm Khuyến nông {province}",
            "Công ty TNHH MTV Thủy lợi Sông Chu", "Ban Quản lý rừng phòng hộ Sông Lò",
            "Công ty TNHH MTV Lâm nghiệp Ngọc Lặc", "Công ty TNHH MTV Lâm nghiệp Như Xuân"]


PROFILES = {
    "education": education,
    "health": health,
    "civil": civil,
    "industry": companies_of(["Sản xuất và Thương mại", "Cơ khí", "Thực phẩm", "Điện tử", "Bia", "Mía đường",
                              "Xi măng", "Nhựa", "Bao bì"], 0.12,
                             lambda p: [f"cơ quan Sở Công Thương {p}", f"Chi cục Quản lý thị trường {p}"]),
    "transport": companies_of(["Vận tải", "Vận tải ô tô", "Xe khách", "Quản lý và Xây dựng đường bộ",
                               "Cảng biển", "Đăng kiểm xe cơ giới"], 0.0,
                              lambda p: [f"cơ quan Sở Giao thông vận tải {p}", f"Ban Quản lý dự án giao thông {p}"]),
    "agriculture": companies_of(["Giống cây trồng", "Chăn nuôi", "Thức ăn chăn nuôi", "Chế biến nông sản",
                                 "Lâm sản", "Thủy sản"], 0.0, _agriculture_extra),
    "construction": companies_of(["Xây dựng", "Tư vấn thiết kế", "Vật liệu xây dựng", "Xây lắp", "Đầu tư xây dựng"],
                                 0.0, lambda p: [f"cơ quan Sở Xây dựng {p}"]),
    "zone": companies_of(None, 0.1, lambda p: [f"cơ quan Ban Quản lý Khu kinh tế và các KCN {p}"]),
}
