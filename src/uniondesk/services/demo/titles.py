"""Titles, fields and summaries of demo initiatives, built from parts by the kind of organisation.

A factory's initiatives improve machines and lines, a school's its teaching, a hospital's its wards and
a commune office its paperwork: the titles read like the ones officers type from paper forms ("Cải tiến
quy trình …", "Ứng dụng phần mềm … trong …", "Giải pháp tiết kiệm điện …"), with enough parts that a
union's initiatives seldom share a title (the duplicate finder would rightly flag them).

Every part carries its derived forms (accent-folded, search words), computed once with the domain
functions: these are made letter by letter or word by word, so the forms of a title are the forms of
its parts joined, and 170,000 titles cost a join each instead of a Unicode walk. The sort key is
asked of the domain, once per distinct title.
"""

from __future__ import annotations

import bisect
import random
from dataclasses import dataclass

from uniondesk.domain.initiatives import InitiativeField as F
from uniondesk.domain.initiatives import title_sort_key
from uniondesk.domain.similarity import words
from uniondesk.domain.text import fold

_CATEGORY = {
    "factory": "industry", "company": "industry", "forestry": "industry",
    "kindergarten": "kindergarten", "primary": "school", "secondary": "school", "high_school": "school",
    "college": "higher", "university": "higher",
    "clinic": "health", "health_centre": "health", "hospital": "health", "big_hospital": "health",
}


def _numbered(names: list[str], upto: int) -> list[str]:
    return [f"{name} {number}" for name in names for number in range(1, upto + 1)]


_WORDS: dict[str, list[str]] = {
    # industry
    "process": ["cắt vải", "may cổ áo", "đóng gói thành phẩm", "kiểm tra nguyên liệu đầu vào", "bảo dưỡng thiết bị",
                "xuất nhập kho", "pha chế sơn", "hàn khung", "ép đế giày", "sấy nguyên liệu", "giao nhận hàng",
                "vệ sinh công nghiệp", "kiểm hàng trước khi xuất", "thay khuôn", "cấp phát vật tư", "may túi",
                "là hơi thành phẩm", "dán nhãn", "cân định lượng", "kiểm tra an toàn điện"],
    "place": ["phân xưởng sản xuất", "tổ cơ điện", "kho thành phẩm", "xưởng cơ khí", "bộ phận kiểm hàng",
              "phòng kỹ thuật", "xưởng hoàn thiện", "kho nguyên liệu", "khu đóng gói", "trạm biến áp"]
             + _numbered(["chuyền may số", "dây chuyền số", "phân xưởng số", "tổ sản xuất số"], 60),
    "software": ["quản lý kho", "theo dõi năng suất", "quản lý bảo dưỡng", "chấm công", "quản lý đơn hàng",
                 "quét mã vạch", "quản lý chất lượng", "lập lịch sản xuất", "quản lý nhân sự", "tính lương"],
    "task": ["quản lý vật tư", "theo dõi tiến độ sản xuất", "kiểm kê hàng hóa", "lập kế hoạch sản xuất",
             "tính lương khoán", "quản lý thiết bị", "điều độ xe vận chuyển", "quản lý phụ tùng thay thế"],
    "saving": ["cho hệ thống chiếu sáng", "cho máy nén khí", "bằng biến tần cho động cơ bơm", "cho lò sấy",
               "cho hệ thống điều hòa", "trong ca đêm", "cho băng tải", "cho hệ thống quạt thông gió"],
    "machine": ["máy cắt", "máy may một kim", "băng tải", "máy ép thủy lực", "máy nén khí", "máy đóng gói",
                "máy hàn", "lò hơi", "hệ thống hút bụi", "máy tiện", "cầu trục", "máy dập", "máy là", "máy in nhãn"],
    "purpose": ["giảm thời gian dừng máy", "tăng năng suất lao động", "giảm tiêu hao nguyên liệu",
                "bảo đảm an toàn lao động", "giảm tiếng ồn", "giảm tỷ lệ sản phẩm lỗi", "kéo dài tuổi thọ thiết bị",
                "giảm chi phí sửa chữa", "giảm bụi trong nhà xưởng"],
    "jig": ["đồ gá", "dưỡng kiểm", "khuôn cữ", "xe đẩy chuyên dụng", "giá đỡ", "bàn thao tác", "cơ cấu cấp phôi"],
    # schools
    "method": ["rèn kỹ năng đọc", "phát triển năng lực tự học", "rèn chữ viết", "dạy học theo nhóm",
               "giáo dục kỹ năng sống", "nâng cao kỹ năng giải toán", "phát triển tư duy sáng tạo",
               "giáo dục an toàn giao thông", "rèn kỹ năng thuyết trình", "bồi dưỡng học sinh giỏi",
               "phụ đạo học sinh yếu", "giáo dục ý thức bảo vệ môi trường"],
    "pupils": _numbered(["học sinh lớp"], 12) + ["học sinh dân tộc thiểu số", "học sinh có hoàn cảnh khó khăn",
                                                 "học sinh bán trú", "học sinh khuyết tật học hòa nhập"],
    "subject": ["Toán", "Ngữ văn", "Tiếng Anh", "Lịch sử", "Địa lý", "Vật lý", "Hóa học", "Sinh học", "Âm nhạc",
                "Tin học", "Công nghệ", "Khoa học tự nhiên", "Giáo dục công dân", "Mĩ thuật", "Tiếng Việt"],
    "grade": _numbered(["lớp"], 12),
    "school_goal": ["công tác chủ nhiệm lớp", "giáo dục mũi nhọn", "công tác thư viện", "hoạt động trải nghiệm",
                    "sinh hoạt chuyên môn theo nghiên cứu bài học", "công tác bán trú", "công tác kiểm định",
                    "công tác phổ cập giáo dục"],
    "child": ["trẻ 3 – 4 tuổi", "trẻ 4 – 5 tuổi", "trẻ 5 – 6 tuổi", "trẻ nhà trẻ", "trẻ dân tộc thiểu số"],
    "kid_skill": ["làm quen với chữ cái", "phát triển ngôn ngữ", "làm quen với toán", "phát triển vận động",
                  "giữ gìn vệ sinh cá nhân", "tạo hình từ nguyên vật liệu tái chế", "mạnh dạn trong giao tiếp",
                  "ăn hết suất", "yêu thích âm nhạc", "khám phá khoa học"],
    "lecture": ["giảng dạy học phần", "tổ chức thực hành học phần", "đánh giá kết quả học tập học phần",
                "hướng dẫn tự học học phần"],
    "course": ["Giải phẫu", "Kinh tế vi mô", "Điều dưỡng cơ bản", "Cơ học kỹ thuật", "Tin học đại cương",
               "Tâm lý học giáo dục", "Trồng trọt", "Kế toán tài chính", "Dược lý", "Lý luận dạy học",
               "Tiếng Anh chuyên ngành", "Marketing căn bản"],
    # health
    "ward": ["khoa Khám bệnh", "khoa Cấp cứu", "khoa Nội", "khoa Ngoại", "khoa Nhi", "khoa Xét nghiệm",
             "khoa Dược", "khoa Chẩn đoán hình ảnh", "khoa Hồi sức tích cực", "khoa Sản", "khoa Truyền nhiễm",
             "khoa Phục hồi chức năng", "khoa Dinh dưỡng", "khoa Kiểm soát nhiễm khuẩn", "phòng Kế hoạch tổng hợp",
             "trạm y tế xã"],
    "care": ["tiếp đón người bệnh", "cấp phát thuốc", "lấy mẫu xét nghiệm", "bàn giao người bệnh",
             "quản lý hồ sơ bệnh án", "chăm sóc người bệnh sau phẫu thuật", "khử khuẩn dụng cụ",
             "sàng lọc COVID-19", "thanh toán viện phí", "tư vấn dinh dưỡng", "theo dõi dấu hiệu sinh tồn"],
    "patients": ["người cao tuổi", "trẻ sơ sinh", "sản phụ", "người bệnh đái tháo đường", "người bệnh tăng huyết áp",
                 "người bệnh COVID-19", "người bệnh nặng", "người bệnh nội trú"],
    "health_software": ["quản lý bệnh viện", "đặt lịch khám", "quản lý dược", "hồ sơ sức khỏe điện tử",
                        "quản lý tiêm chủng", "quản lý xét nghiệm"],
    # offices
    "admin": ["giải quyết thủ tục hành chính", "tiếp nhận hồ sơ một cửa", "quản lý văn bản đến, đi",
              "lập dự toán ngân sách", "quản lý tài sản công", "thu bảo hiểm xã hội", "chứng thực bản sao",
              "cập nhật cơ sở dữ liệu dân cư", "cấp giấy chứng nhận quyền sử dụng đất", "đăng ký hộ tịch",
              "quyết toán ngân sách", "tổng hợp báo cáo thống kê"],
    "office_software": ["quản lý văn bản và điều hành", "quản lý hồ sơ đoàn viên", "kế toán", "chữ ký số",
                        "họp trực tuyến", "quản lý cán bộ", "dịch vụ công trực tuyến"],
    "records": ["hồ sơ lưu trữ", "sổ hộ tịch", "hồ sơ đất đai", "hồ sơ đoàn viên công đoàn", "chứng từ kế toán",
                "hồ sơ cán bộ", "hồ sơ thủ tục hành chính"],
    "office_goal": ["rút ngắn thời gian giải quyết hồ sơ", "giảm giấy tờ cho người dân", "nâng cao chất lượng phục vụ",
                    "tiết kiệm chi phí văn phòng phẩm", "công khai, minh bạch", "tăng tỷ lệ hồ sơ trực tuyến"],
    "year": ["năm 2022", "giai đoạn 2022 – 2023", "năm học 2021 – 2022"],
}

# (field, title pattern, weight) by category; {name} is a word drawn from ``_WORDS[name]``.
_TEMPLATES: dict[str, list[tuple[F, str, float]]] = {
    "industry": [
        (F.OPERATIONAL, "Cải tiến quy trình {process} tại {place}", 2),
        (F.OPERATIONAL, "Cải tiến quy trình {process} tại {place} nhằm {purpose}", 5),
        (F.APPLIED_TECHNOLOGY, "Ứng dụng phần mềm {software} trong {task} tại {place}", 2),
        (F.TECHNICAL, "Giải pháp tiết kiệm điện {saving} tại {place}", 1),
        (F.TECHNICAL, "Cải tiến {machine} tại {place} nhằm {purpose}", 4),
        (F.TECHNICAL, "Chế tạo {jig} phục vụ {process} tại {place}", 2),
        (F.MANAGEMENT, "Giải pháp {task} nhằm {purpose} tại {place}", 1),
    ],
    "school": [
        (F.OPERATIONAL, "Một số biện pháp {method} cho {pupils}", 5),
        (F.APPLIED_TECHNOLOGY, "Ứng dụng công nghệ thông tin trong dạy học môn {subject} {grade}", 3),
        (F.MANAGEMENT, "Giải pháp nâng cao chất lượng {school_goal} {year}", 2),
        (F.OPERATIONAL, "Kinh nghiệm dạy học môn {subject} theo hướng phát triển năng lực cho {pupils}", 2),
    ],
    "kindergarten": [
        (F.OPERATIONAL, "Một số biện pháp giúp {child} {kid_skill}", 5),
        (F.APPLIED_TECHNOLOGY, "Ứng dụng công nghệ thông tin giúp {child} {kid_skill}", 2),
        (F.MANAGEMENT, "Giải pháp nâng cao chất lượng {school_goal} {year}", 1),
    ],
    "higher": [
        (F.OPERATIONAL, "Đổi mới phương pháp {lecture} {course}", 4),
        (F.APPLIED_TECHNOLOGY, "Ứng dụng phần mềm {office_software} trong {admin}", 1),
        (F.APPLIED_TECHNOLOGY, "Ứng dụng học trực tuyến trong {lecture} {course}", 2),
        (F.MANAGEMENT, "Giải pháp số hóa {records} {year}", 1),
    ],
    "health": [
        (F.OPERATIONAL, "Cải tiến quy trình {care} tại {ward}", 5),
        (F.APPLIED_TECHNOLOGY, "Ứng dụng phần mềm {health_software} trong {care} tại {ward}", 3),
        (F.MANAGEMENT, "Giải pháp giảm thời gian chờ {care} tại {ward}", 2),
        (F.OPERATIONAL, "Nâng cao chất lượng {care} cho {patients} tại {ward}", 3),
        (F.TECHNICAL, "Giải pháp tiết kiệm điện {saving} tại {ward}", 1),
    ],
    "office": [
        (F.MANAGEMENT, "Cải tiến quy trình {admin} {year}", 5),
        (F.APPLIED_TECHNOLOGY, "Ứng dụng phần mềm {office_software} trong {admin}", 4),
        (F.MANAGEMENT, "Giải pháp số hóa {records} nhằm {office_goal}", 2),
        (F.OPERATIONAL, "Đổi mới cách {admin} nhằm {office_goal}", 2),
        (F.TECHNICAL, "Giải pháp tiết kiệm điện {saving} tại cơ quan", 1),
        (F.OTHER, "Sáng kiến vận động đoàn viên tham gia {office_goal}", 0.3),
    ],
}

_EFFECTS = {
    "industry": ["giảm {p}% thời gian thao tác", "tăng năng suất {p}%", "giảm {p}% lượng vật tư tiêu hao",
                 "giảm {p}% sản phẩm lỗi"],
    "school": ["tỷ lệ học sinh đạt yêu cầu tăng {p}%", "học sinh hứng thú hơn, kết quả học tập tăng {p}%"],
    "kindergarten": ["{p}% trẻ đạt yêu cầu sau một học kỳ"],
    "higher": ["kết quả học tập của sinh viên tăng {p}%", "tiết kiệm {p}% thời gian chuẩn bị bài giảng"],
    "health": ["rút ngắn {p}% thời gian chờ của người bệnh", "giảm {p}% sai sót chuyên môn"],
    "office": ["rút ngắn {p}% thời gian xử lý hồ sơ", "tiết kiệm {p}% chi phí văn phòng phẩm"],
}
# What an initiative without a money value brings, by category (its "giá trị làm lợi" in words).
SOCIAL = {
    "industry": "Cải thiện điều kiện làm việc, bảo đảm an toàn cho người lao động.",
    "school": "Nâng cao chất lượng dạy và học, tạo hứng thú học tập cho học sinh.",
    "kindergarten": "Trẻ mạnh dạn, tự tin hơn; phụ huynh yên tâm gửi trẻ.",
    "higher": "Nâng cao chất lượng đào tạo, người học chủ động hơn.",
    "health": "Người bệnh được phục vụ nhanh hơn, an toàn hơn.",
    "office": "Người dân và doanh nghiệp được phục vụ nhanh hơn, thuận tiện hơn.",
}


def category(role: str) -> str:
    return _CATEGORY.get(role, "office")


@dataclass(frozen=True, slots=True)
class Part:
    """A piece of a title with its derived forms."""

    text: str
    folded: str  # ``fold`` of the piece, keeping its edge spaces
    words: tuple[str, ...]  # ``similarity.words``

    @classmethod
    def of(cls, text: str) -> Part:
        edge_left = " " if text.startswith(" ") else ""
        edge_right = " " if text.endswith(" ") and text.strip() else ""
        return cls(text, edge_left + fold(text) + edge_right, tuple(words(text)))


@dataclass(frozen=True, slots=True)
class Title:
    field: str
    text: str
    folded: str  # as ``domain.text.fold`` gives it
    sort_key: str  # as ``domain.initiatives.title_sort_key`` gives it
    search: str  # as ``domain.similarity.search_text`` gives it


class TitleMaker:
    """Draws titles and summaries for an organisation's kind; every part is prepared once."""

    def __init__(self, rng: random.Random):
        self._rng = rng
        self._words = {name: [Part.of(word) for word in values] for name, values in _WORDS.items()}
        self._templates = {cat: ([(str(f), _parts(pattern)) for f, pattern, _ in items],
                                 _cumulative([weight for *_, weight in items]))
                           for cat, items in _TEMPLATES.items()}
        self._summary_words: dict[str, str] = {}
        self._sort_keys: dict[str, str] = {}

    def title(self, cat: str) -> Title:
        rng = self._rng
        templates, weights = self._templates[cat]
        field, pattern = templates[bisect.bisect(weights, rng.random() * weights[-1], 0, len(weights) - 1)]
        parts = [rng.choice(self._words[piece]) if isinstance(piece, str) else piece for piece in pattern]
        text = "".join(p.text for p in parts)
        sort_key = self._sort_keys.get(text)
        if sort_key is None:
            sort_key = self._sort_keys[text] = title_sort_key(text)
        return Title(field, text, "".join(p.folded for p in parts), sort_key,
                     " ".join(word for p in parts for word in p.words))

    def summary(self, cat: str, month: str) -> str:
        effect = self._rng.choice(_EFFECTS[cat]).format(p=self._rng.randint(5, 40))
        return f"Áp dụng tại đơn vị từ tháng {month}; {effect}."

    def search_words(self, text: str) -> str:
        """``search_text`` of a summary or a name, remembered: both repeat a great deal."""
        found = self._summary_words.get(text)
        if found is None:
            found = self._summary_words[text] = " ".join(words(text))
        return found


def _parts(pattern: str) -> list[Part | str]:
    """"Cải tiến {machine} tại …" → [Part("Cải tiến "), "machine", Part(" tại "), …]: str = a slot."""
    out: list[Part | str] = []
    for number, piece in enumerate(pattern.replace("}", "{").split("{")):
        if piece:
            out.append(piece if number % 2 else Part.of(piece))
    return out


def _cumulative(weights: list[float]) -> list[float]:
    total, out = 0.0, []
    for weight in weights:
        total += weight
        out.append(total)
    return out
