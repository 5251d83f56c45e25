"""The places of the demo tree: Thanh Hóa as it was organised in 2022, and the 34 provinces of 2025.

District communes are real or close to real; counts and weights are shaped so that the province has
3,655 grassroots unions, as Thanh Hóa reported on 31 May 2022 (domain.md, "Scale").
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class District:
    code: str
    name: str
    level: str  # "huyện", "thị xã" or "thành phố"
    communes: tuple[str, ...]
    industry: float  # share of large factories among its companies
    highland: bool = False

    @property
    def union_name(self) -> str:
        return f"LĐLĐ {self.level} {self.name}"

    @property
    def commune_level(self) -> str:
        return "xã" if self.level == "huyện" else "phường"


def _d(code: str, name: str, level: str, communes: str, industry: float = 0.05, highland: bool = False):
    return District(code, name, level, tuple(c.strip() for c in communes.split(",")), industry, highland)


THANH_HOA_DISTRICTS = [
    _d("ML", "Mường Lát", "huyện", "Tam Chung, Pù Nhi, Mường Lý, Trung Lý, Quang Chiểu, Mường Chanh, Nhi Sơn,"
       " Mường Lát", 0, True),
    _d("QH", "Quan Hóa", "huyện", "Hồi Xuân, Phú Nghiêm, Nam Xuân, Nam Tiến, Nam Động, Thiên Phủ, Hiền Kiệt,"
       " Phú Lệ, Phú Sơn, Phú Thanh, Thành Sơn, Trung Thành, Trung Sơn, Xuân Phú", 0, True),
    _d("QS", "Quan Sơn", "huyện", "Sơn Lư, Tam Lư, Tam Thanh, Sơn Thủy, Na Mèo, Sơn Điện, Mường Mìn, Trung Hạ,"
       " Trung Tiến, Trung Xuân, Trung Thượng, Sơn Hà", 0, True),
    _d("BT", "Bá Thước", "huyện", "Cành Nàng, Điền Lư, Điền Trung, Điền Hạ, Lũng Niêm, Lũng Cao, Cổ Lũng,"
       " Thành Lâm, Thành Sơn, Lương Ngoại, Lương Trung, Lương Nội, Hạ Trung, Ban Công, Thiết Ống, Văn Nho,"
       " Kỳ Tân, Tân Lập, Ái Thượng", 0.01, True),
    _d("LC", "Lang Chánh", "huyện", "Lang Chánh, Yên Khương, Yên Thắng, Trí Nang, Giao An, Giao Thiện,"
       " Đồng Lương, Tân Phúc, Tam Văn, Lâm Phú", 0, True),
    _d("TXU", "Thường Xuân", "huyện", "Thường Xuân, Bát Mọt, Yên Nhân, Xuân Lẹ, Vạn Xuân, Lương Sơn, Xuân Cao,"
       " Luận Thành, Luận Khê, Xuân Thắng, Xuân Lộc, Tân Thành, Ngọc Phụng, Thọ Thanh, Xuân Dương,"
       " Xuân Chinh", 0.02, True),
    _d("NX", "Như Xuân", "huyện", "Yên Cát, Bãi Trành, Xuân Hòa, Xuân Bình, Hóa Quỳ, Cát Vân, Cát Tân,"
       " Tân Bình, Bình Lương, Thanh Quân, Thanh Xuân, Thanh Hòa, Thanh Phong, Thanh Lâm, Thanh Sơn,"
       " Thượng Ninh", 0.015, True),
    _d("NT", "Như Thanh", "huyện", "Bến Sung, Cán Khê, Xuân Du, Phượng Nghi, Mậu Lâm, Xuân Khang, Phú Nhuận,"
       " Hải Long, Xuân Thái, Xuân Phúc, Yên Thọ, Yên Lạc, Thanh Tân, Thanh Kỳ", 0.03),
    _d("CT", "Cẩm Thủy", "huyện", "Phong Sơn, Cẩm Thành, Cẩm Quý, Cẩm Lương, Cẩm Thạch, Cẩm Liên, Cẩm Giang,"
       " Cẩm Bình, Cẩm Tú, Cẩm Châu, Cẩm Tâm, Cẩm Ngọc, Cẩm Long, Cẩm Yên, Cẩm Tân, Cẩm Phú, Cẩm Vân",
       0.05, True),
    _d("NL", "Ngọc Lặc", "huyện", "Ngọc Lặc, Lam Sơn, Mỹ Tân, Thúy Sơn, Thạch Lập, Vân Âm, Cao Ngọc,"
       " Quang Trung, Đồng Thịnh, Ngọc Liên, Ngọc Sơn, Lộc Thịnh, Cao Thịnh, Ngọc Trung, Phùng Giáo,"
       " Phùng Minh, Phúc Thịnh, Nguyệt Ấn, Kiên Thọ, Minh Tiến, Minh Sơn", 0.04, True),
    _d("TTH", "Thạch Thành", "huyện", "Kim Tân, Vân Du, Thạch Lâm, Thạch Quảng, Thạch Tượng, Thạch Cẩm,"
       " Thạch Sơn, Thạch Bình, Thạch Định, Thạch Đồng, Thạch Long, Thành Mỹ, Thành Yên, Thành Vinh,"
       " Thành Minh, Thành Công, Thành Tân, Thành Trực, Thành Tâm, Thành An, Thành Thọ, Thành Tiến,"
       " Thành Long, Thành Hưng, Ngọc Trạo", 0.06),
    _d("VL", "Vĩnh Lộc", "huyện", "Vĩnh Lộc, Vĩnh Thịnh, Vĩnh An, Vĩnh Hùng, Vĩnh Long, Vĩnh Phúc, Vĩnh Quang,"
       " Vĩnh Tiến, Vĩnh Yên, Vĩnh Hòa, Vĩnh Hưng, Minh Tân, Ninh Khang", 0.075),
    _d("YD", "Yên Định", "huyện", "Quán Lào, Quý Lộc, Yên Lâm, Thống Nhất, Yên Tâm, Yên Phú, Yên Thọ,"
       " Yên Trung, Yên Trường, Yên Phong, Yên Thái, Yên Hùng, Yên Thịnh, Yên Ninh, Định Tân, Định Tiến,"
       " Định Hưng, Định Hải, Định Bình, Định Công, Định Thành, Định Hòa, Định Long, Định Liên,"
       " Định Tường", 0.075),
    _d("TXN", "Thọ Xuân", "huyện", "Thọ Xuân, Lam Sơn, Sao Vàng, Xuân Lai, Xuân Lập, Xuân Hòa, Xuân Hưng,"
       " Xuân Sinh, Xuân Thiên, Xuân Tín, Xuân Phú, Xuân Giang, Xuân Hồng, Xuân Trường, Xuân Minh, Thọ Lập,"
       " Thọ Diên, Thọ Hải, Thọ Lâm, Thọ Xương, Bắc Lương, Nam Giang, Phú Xuân, Quảng Phú, Tây Hồ,"
       " Hạnh Phúc, Trường Xuân", 0.07),
    _d("THH", "Thiệu Hóa", "huyện", "Thiệu Đô, Thiệu Vận, Thiệu Giao, Thiệu Toán, Thiệu Chính, Thiệu Hòa,"
       " Thiệu Minh, Thiệu Tâm, Thiệu Viên, Thiệu Lý, Thiệu Vũ, Thiệu Tiến, Thiệu Thành, Thiệu Công,"
       " Thiệu Phúc, Thiệu Nguyên, Thiệu Duy, Thiệu Hợp, Thiệu Thịnh, Thiệu Ngọc, Thiệu Long, Thiệu Giang,"
       " Thiệu Trung, Thiệu Quang", 0.06),
    _d("TS", "Triệu Sơn", "huyện", "Dân Lực, Dân Lý, Dân Quyền, Minh Sơn, Minh Châu, Minh Dân, Thọ Bình,"
       " Thọ Sơn, Thọ Thế, Thọ Tân, Thọ Ngọc, Thọ Phú, Thọ Dân, Thọ Cường, Thọ Vực, Xuân Thịnh, Xuân Lộc,"
       " Hợp Thành, Hợp Lý, Hợp Tiến, Hợp Thắng, An Nông, Khuyến Nông, Đồng Tiến, Đồng Lợi, Đồng Thắng,"
       " Tân Ninh, Thái Hòa, Vân Sơn, Bình Sơn, Nông Trường, Triệu Thành, Tiến Nông", 0.075),
    _d("NC", "Nông Cống", "huyện", "Nông Cống, Tượng Văn, Tượng Lĩnh, Tượng Sơn, Trường Giang, Trường Trung,"
       " Trường Sơn, Trường Minh, Thăng Long, Thăng Thọ, Thăng Bình, Công Liêm, Công Chính, Yên Mỹ,"
       " Tế Thắng, Tế Lợi, Tế Nông, Minh Nghĩa, Minh Khôi, Hoàng Giang, Hoàng Sơn, Trung Chính,"
       " Trung Thành, Tân Phúc, Tân Thọ, Tân Khang, Vạn Hòa, Vạn Thắng, Vạn Thiện", 0.06),
    _d("DS", "Đông Sơn", "huyện", "Rừng Thông, Đông Hòa, Đông Anh, Đông Khê, Đông Minh, Đông Ninh,"
       " Đông Hoàng, Đông Phú, Đông Quang, Đông Thanh, Đông Tiến, Đông Thịnh, Đông Văn, Đông Nam,"
       " Đông Yên", 0.07),
    _d("HH", "Hoằng Hóa", "huyện", "Bút Sơn, Hoằng Đạo, Hoằng Đồng, Hoằng Đức, Hoằng Giang, Hoằng Hà,"
       " Hoằng Hải, Hoằng Hợp, Hoằng Kim, Hoằng Lộc, Hoằng Lưu, Hoằng Ngọc, Hoằng Phong, Hoằng Phụ,"
       " Hoằng Phú, Hoằng Quỳ, Hoằng Quý, Hoằng Sơn, Hoằng Tân, Hoằng Thái, Hoằng Thanh, Hoằng Thành,"
       " Hoằng Thịnh, Hoằng Tiến, Hoằng Trạch, Hoằng Trinh, Hoằng Trung, Hoằng Trường, Hoằng Xuân,"
       " Hoằng Yến, Hoằng Châu, Hoằng Cát, Hoằng Đông, Hoằng Xuyên", 0.08),
    _d("HL", "Hậu Lộc", "huyện", "Hậu Lộc, Hòa Lộc, Hải Lộc, Minh Lộc, Hưng Lộc, Ngư Lộc, Đa Lộc, Đại Lộc,"
       " Đồng Lộc, Cầu Lộc, Mỹ Lộc, Liên Lộc, Lộc Sơn, Phú Lộc, Quang Lộc, Thành Lộc, Thuần Lộc, Tiến Lộc,"
       " Triệu Lộc, Xuân Lộc, Hoa Lộc", 0.09),
    _d("NS", "Nga Sơn", "huyện", "Nga Sơn, Nga Thủy, Nga Điền, Nga Tân, Nga Tiến, Nga Phú, Nga An,"
       " Nga Thành, Nga Thạch, Nga Yên, Nga Giáp, Nga Hải, Nga Liên, Nga Thái, Nga Trường, Nga Thắng,"
       " Nga Văn, Nga Thanh, Nga Hiệp, Nga Vịnh", 0.08),
    _d("HT", "Hà Trung", "huyện", "Hà Trung, Hà Bình, Hà Đông, Hà Giang, Hà Hải, Hà Lai, Hà Lĩnh, Hà Long,"
       " Hà Ngọc, Hà Sơn, Hà Tân, Hà Tiến, Hà Châu, Hà Vinh, Hà Bắc, Yến Sơn, Hoạt Giang, Lĩnh Toại,"
       " Thái Lai, Yên Dương", 0.075),
    _d("QX", "Quảng Xương", "huyện", "Tân Phong, Quảng Bình, Quảng Định, Quảng Đức, Quảng Giao, Quảng Hải,"
       " Quảng Hòa, Quảng Hợp, Quảng Khê, Quảng Lưu, Quảng Long, Quảng Ngọc, Quảng Nham, Quảng Nhân,"
       " Quảng Ninh, Quảng Phúc, Quảng Thạch, Quảng Trạch, Quảng Trung, Quảng Trường, Quảng Văn,"
       " Quảng Yên, Quảng Chính, Quảng Lợi, Tiên Trang", 0.07),
    _d("NGS", "Nghi Sơn", "thị xã", "Hải Hòa, Hải Bình, Hải Thanh, Hải Ninh, Hải An, Hải Lĩnh, Hải Châu,"
       " Hải Thượng, Hải Hà, Nghi Sơn, Tĩnh Hải, Mai Lâm, Trúc Lâm, Tân Dân, Xuân Lâm, Ninh Hải,"
       " Nguyên Bình, Các Sơn, Anh Sơn, Phú Lâm, Phú Sơn, Tân Trường, Trường Lâm, Tùng Lâm, Ngọc Lĩnh,"
       " Định Hải, Thanh Sơn, Thanh Thủy, Hải Yến", 0.09),
    _d("BS", "Bỉm Sơn", "thị xã", "Ba Đình, Bắc Sơn, Đông Sơn, Lam Sơn, Ngọc Trạo, Phú Sơn, Quang Trung,"
       " Hà Lan", 0.1),
    _d("SS", "Sầm Sơn", "thành phố", "Bắc Sơn, Trung Sơn, Trường Sơn, Quảng Tiến, Quảng Cư, Quảng Châu,"
       " Quảng Thọ, Quảng Vinh, Quảng Hùng, Quảng Đại, Quảng Minh", 0.03),
    _d("TPT", "Thanh Hóa", "thành phố", "Ba Đình, Điện Biên, Lam Sơn, Hàm Rồng, Đông Thọ, Đông Vệ, Đông Sơn,"
       " Đông Hương, Đông Hải, Nam Ngạn, Ngọc Trạo, Phú Sơn, Quảng Hưng, Quảng Thành, Quảng Thắng,"
       " Quảng Phú, Tân Sơn, Trường Thi, An Hưng, Đông Cương, Đông Lĩnh, Đông Tân, Hoằng Quang,"
       " Hoằng Đại, Thiệu Vân, Thiệu Khánh, Long Anh, Tào Xuyên, Quảng Đông, Quảng Tâm, Quảng Cát", 0.06),
]


@dataclass(frozen=True)
class Sector:
    """A union that is not territorial: a sector union, an economic zone's union, a province's civil
    servants' union. ``profile`` chooses which organisations it has (see ``units.py``)."""

    code: str
    name: str
    profile: str
    grassroots: int  # its share in Thanh Hóa (the rest of the 3,655 belongs to the districts)


THANH_HOA_SECTORS = [
    Sector("GD", "Công đoàn ngành Giáo dục", "education", 152),
    Sector("YT", "Công đoàn ngành Y tế", "health", 78),
    Sector("CTH", "Công đoàn ngành Công Thương", "industry", 126),
    Sector("GT", "Công đoàn ngành Giao thông vận tải", "transport", 64),
    Sector("NN", "Công đoàn ngành Nông nghiệp và PTNT", "agriculture", 58),
    Sector("XD", "Công đoàn ngành Xây dựng", "construction", 85),
    Sector("KKT", "Công đoàn Khu kinh tế Nghi Sơn và các KCN", "zone", 246),
]
THANH_HOA_GRASSROOTS = 3655


@dataclass(frozen=True)
class Province:
    code: str
    name: str
    city: bool  # a centrally governed city ("thành phố") rather than a province ("tỉnh")
    weight: float  # share of the country's grassroots unions

    @property
    def union_name(self) -> str:
        return f"LĐLĐ {'thành phố' if self.city else 'tỉnh'} {self.name}"


def _p(spec: str) -> list[Province]:
    out = []
    for item in spec.split(";"):
        code, name, weight = (part.strip() for part in item.split(":"))
        city = name.startswith("*")
        out.append(Province(code, name.lstrip("*"), city, float(weight)))
    return out


# The 34 provinces and cities from 1 July 2025; * marks centrally governed cities.
PROVINCES = _p(
    "HN:*Hà Nội:9; HCM:*Hồ Chí Minh:14; HP:*Hải Phòng:3.5; DN:*Đà Nẵng:2.5; CTO:*Cần Thơ:2.2; HUE:*Huế:1.2;"
    " TH:Thanh Hóa:2.9; NA:Nghệ An:3; HTI:Hà Tĩnh:1.3; QNI:Quảng Ninh:2; LS:Lạng Sơn:1; CB:Cao Bằng:0.6;"
    " LCH:Lai Châu:0.5; DB:Điện Biên:0.6; SL:Sơn La:1; TQ:Tuyên Quang:1.5; LCA:Lào Cai:1.5;"
    " TN:Thái Nguyên:2.2; PT:Phú Thọ:3.5; BN:Bắc Ninh:4; HY:Hưng Yên:3.5; NB:Ninh Bình:3; QT:Quảng Trị:1.5;"
    " QNG:Quảng Ngãi:1.8; GL:Gia Lai:2; KH:Khánh Hòa:1.8; LD:Lâm Đồng:2.5; DL:Đắk Lắk:2; DNA:Đồng Nai:4.5;"
    " TNI:Tây Ninh:3; VL:Vĩnh Long:2; DT:Đồng Tháp:2; CM:Cà Mau:1.2; AG:An Giang:2.2"
)

# Central sector unions directly under the confederation: (code, name, corporations or ministries under
# it, names of their member organisations, "{p}" standing for a province or a place).
CENTRAL_SECTORS = [
    ("CDVC", "Công đoàn Viên chức Việt Nam",
     ["Bộ Tư pháp", "Bộ Nội vụ", "Bộ Ngoại giao", "Bộ Khoa học và Công nghệ", "Văn phòng Quốc hội"],
     ["Cục Thi hành án dân sự {p}", "Cơ quan đại diện tại {p}", "Trung tâm Lưu trữ {p}"]),
    ("CDYT", "Công đoàn Y tế Việt Nam",
     ["Bệnh viện Bạch Mai", "Bệnh viện Chợ Rẫy", "Bệnh viện Trung ương Huế", "Viện Vệ sinh dịch tễ"],
     ["Cơ sở {p}", "Trung tâm Y tế chuyên sâu {p}"]),
    ("CDGD", "Công đoàn Giáo dục Việt Nam",
     ["Đại học Quốc gia Hà Nội", "Đại học Quốc gia TP Hồ Chí Minh", "Đại học Huế", "Đại học Đà Nẵng"],
     ["Trường Đại học {p}", "Phân hiệu {p}", "Viện Nghiên cứu {p}"]),
    ("CDDL", "Công đoàn Điện lực Việt Nam",
     ["Tổng công ty Điện lực miền Bắc", "Tổng công ty Điện lực miền Trung", "Tổng công ty Điện lực miền Nam",
      "Tổng công ty Truyền tải điện Quốc gia"],
     ["Công ty Điện lực {p}", "Điện lực {p}", "Truyền tải điện {p}"]),
    ("CDDK", "Công đoàn Dầu khí Việt Nam",
     ["Tổng công ty Khí Việt Nam", "Tổng công ty Dầu Việt Nam", "Tổng công ty Phân bón và Hóa chất Dầu khí"],
     ["Công ty Xăng dầu {p}", "Chi nhánh {p}"]),
    ("CDCT", "Công đoàn Công Thương Việt Nam",
     ["Tập đoàn Dệt May Việt Nam", "Tổng công ty Thép Việt Nam", "Tổng công ty Giấy Việt Nam"],
     ["Công ty CP May {p}", "Nhà máy {p}"]),
    ("CDGT", "Công đoàn Giao thông vận tải Việt Nam",
     ["Tổng công ty Đường sắt Việt Nam", "Tổng công ty Hàng hải Việt Nam", "Tổng công ty Cảng hàng không Việt Nam"],
     ["Ga {p}", "Cảng {p}", "Chi nhánh {p}"]),
    ("CDNH", "Công đoàn Ngân hàng Việt Nam",
     ["Ngân hàng Nông nghiệp và PTNT Việt Nam", "Ngân hàng TMCP Công Thương Việt Nam",
      "Ngân hàng TMCP Ngoại thương Việt Nam"],
     ["Chi nhánh {p}", "Phòng giao dịch {p}"]),
]
