"""Certificate templates: JSON data files in ``resources/certificates`` giving the paper, the ornament
and, for each field, its box in millimetres from the top-left corner, font, size, colour and alignment.

A template is checked whole when it is loaded: a missing or unknown field, a box outside the paper, a
bad colour or a font without Vietnamese is refused with a message naming the file and the field.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from pathlib import Path

from uniondesk.domain.errors import InputError
from uniondesk.paths import resources_dir
from uniondesk.services.certificates import fonts
from uniondesk.services.certificates.page import RGB, rgb

PAPERS_MM = {"A3": (297.0, 420.0), "A4": (210.0, 297.0), "A5": (148.0, 210.0)}
ORIENTATIONS = ("portrait", "landscape")
ALIGNMENTS = ("left", "center", "right")
# Every field a certificate has, in reading order, with the name an officer knows it by.
FIELD_LABELS = {
    "motto": "Quốc hiệu", "motto_sub": "Tiêu ngữ", "title": "Tên hình thức khen thưởng",
    "issuer": "Cơ quan khen thưởng", "tang": "Chữ “Tặng”", "recipient": "Người, tập thể được khen",
    "detail": "Chức vụ, đơn vị", "reason": "Thành tích", "decision": "Số, ngày quyết định",
    "register": "Số vào sổ", "place_date": "Địa danh, ngày tháng", "signer_title": "Chức vụ người ký",
    "signer_name": "Họ tên người ký",
}
_FIELD_KEYS = {"box", "font", "size", "min_size", "colour", "align", "lines", "preprinted", "upper", "shrink_first"}
_ORNAMENT_KEYS = {"style", "primary", "secondary", "wash", "watermark"}
ORNAMENT_STYLES = ("bang_khen", "giay_khen")


@dataclass(frozen=True)
class FieldSpec:
    name: str
    box: tuple[float, float, float, float]  # x, y, width, height in mm from the top-left corner
    font: str  # registered font name
    size: float
    min_size: float
    colour: RGB
    align: str
    lines: int
    preprinted: bool  # printed on the blank already: drawn in full design only
    upper: bool  # printed in capitals
    shrink_first: bool = False  # shrink down to min_size on one line before wrapping (names)


@dataclass(frozen=True)
class Ornament:
    style: str
    primary: RGB
    secondary: RGB
    wash: RGB
    watermark: RGB


@dataclass(frozen=True)
class Template:
    name: str
    label: str
    paper: str
    orientation: str
    width_mm: float
    height_mm: float
    ornament: Ornament
    fields: dict[str, FieldSpec]
    path: Path

    @property
    def size_mm(self) -> tuple[float, float]:
        return self.width_mm, self.height_mm


def templates_dir() -> Path:
    return resources_dir() / "certificates"


def template_names() -> list[str]:
    return sorted(path.stem for path in templates_dir().glob("*.json"))


def template_label(name: str) -> str:
    """A template's label ("Bằng khen – A4 ngang") for choosing it, read without checking the template or
    loading its fonts (a quarter of a second); the name itself when the file cannot be read."""
    try:
        data = json.loads(_path(name).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError):
        return name
    return str(data.get("label") or name) if isinstance(data, dict) else name


def default_template(form: str) -> str:
    return "giay_khen_a4_landscape" if form == "giay_khen" else "bang_khen_a4_landscape"


def _path(name_or_path: str | Path) -> Path:
    text = str(name_or_path)
    if text.lower().endswith(".json"):
        return Path(text)
    return templates_dir() / f"{text}.json"


_cache: dict[tuple[Path, float], Template] = {}


def load_template(name_or_path: str | Path) -> Template:
    """A template by name (a file of ``resources/certificates``) or by path, checked whole."""
    path = _path(name_or_path)
    try:
        stamp = path.stat().st_mtime
    except OSError:
        known = ", ".join(template_names())
        raise InputError(f"Không có mẫu bằng khen “{name_or_path}”. Các mẫu có sẵn: {known}.", "template") from None
    cached = _cache.get((path, stamp))
    if cached is None:
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InputError(f"Mẫu {path.name} không đọc được ({exc}).", "template") from exc
        cached = _cache[(path, stamp)] = _parse(data, path)
    return cached


def _fail(path: Path, message: str) -> InputError:
    return InputError(f"Mẫu {path.name}: {message}", "template")


def _parse(data: object, path: Path) -> Template:
    if not isinstance(data, dict):
        raise _fail(path, "tệp phải là một đối tượng JSON.")
    paper, orientation = data.get("paper"), data.get("orientation")
    if paper not in PAPERS_MM:
        raise _fail(path, f"khổ giấy “{paper}” không hợp lệ (chọn {', '.join(PAPERS_MM)}).")
    if orientation not in ORIENTATIONS:
        raise _fail(path, f"hướng giấy “{orientation}” không hợp lệ (portrait hoặc landscape).")
    short, long = PAPERS_MM[paper]
    width, height = (long, short) if orientation == "landscape" else (short, long)
    fields = data.get("fields")
    if not isinstance(fields, dict):
        raise _fail(path, "thiếu phần “fields”.")
    missing = [name for name in FIELD_LABELS if name not in fields]
    if missing:
        raise _fail(path, "thiếu ô " + ", ".join(f"“{name}” ({FIELD_LABELS[name]})" for name in missing) + ".")
    unknown = sorted(set(fields) - set(FIELD_LABELS))
    if unknown:
        raise _fail(path, f"ô không biết: {', '.join(unknown)}.")
    parsed = {name: _field(name, fields[name], path, width, height) for name in FIELD_LABELS}
    return Template(path.stem, str(data.get("label") or path.stem), paper, orientation, width, height,
                    _ornament(data.get("ornament", {}), path), parsed, path)


def _number(value: object, what: str, path: Path) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise _fail(path, f"{what} phải là một số.")
    return float(value)


def _colour(value: object, what: str, path: Path) -> RGB:
    try:
        return rgb(str(value))
    except ValueError:
        raise _fail(path, f"màu {what} “{value}” không hợp lệ (viết dạng #RRGGBB).") from None


def _field(name: str, spec: object, path: Path, width: float, height: float) -> FieldSpec:
    label = f"ô “{name}” ({FIELD_LABELS[name]})"
    if not isinstance(spec, dict):
        raise _fail(path, f"{label} phải là một đối tượng JSON.")
    unknown = sorted(set(spec) - _FIELD_KEYS)
    if unknown:
        raise _fail(path, f"{label} có thuộc tính không biết: {', '.join(unknown)}.")
    for key in ("box", "font", "size"):
        if key not in spec:
            raise _fail(path, f"{label} thiếu “{key}”.")
    box = spec["box"]
    if not isinstance(box, list) or len(box) != 4:
        raise _fail(path, f"{label}: “box” phải là [x, y, rộng, cao] tính bằng mm.")
    x, y, w, h = (_number(v, f"{label}: box", path) for v in box)
    if w <= 0 or h <= 0 or x < 0 or y < 0 or x + w > width + 1e-6 or y + h > height + 1e-6:
        raise _fail(path, f"{label} nằm ngoài khổ giấy ({_mm(width)} × {_mm(height)} mm): "
                          f"x={_mm(x)}, y={_mm(y)}, rộng {_mm(w)}, cao {_mm(h)}.")
    size = _number(spec["size"], f"{label}: cỡ chữ", path)
    min_size = _number(spec.get("min_size", size * 0.5), f"{label}: cỡ chữ nhỏ nhất", path)
    if not 3 <= min_size <= size <= 200:
        raise _fail(path, f"{label}: cỡ chữ {size} (nhỏ nhất {min_size}) không hợp lý.")
    align = spec.get("align", "center")
    if align not in ALIGNMENTS:
        raise _fail(path, f"{label}: căn lề “{align}” không hợp lệ (left, center hoặc right).")
    lines = spec.get("lines", 1)
    if isinstance(lines, bool) or not isinstance(lines, int) or not 1 <= lines <= 10:
        raise _fail(path, f"{label}: số dòng phải từ 1 đến 10.")
    try:
        font = fonts.register(fonts.find(str(spec["font"]), beside=path.parent))
    except InputError as exc:
        raise _fail(path, f"{label}: {exc.message}") from None
    return FieldSpec(name, (x, y, w, h), font, size, min_size, _colour(spec.get("colour", "#000000"), label, path),
                     align, lines, bool(spec.get("preprinted", False)), bool(spec.get("upper", False)),
                     bool(spec.get("shrink_first", False)))


def _ornament(spec: object, path: Path) -> Ornament:
    if not isinstance(spec, dict) or set(spec) - _ORNAMENT_KEYS:
        raise _fail(path, f"phần “ornament” chỉ có các thuộc tính {', '.join(sorted(_ORNAMENT_KEYS))}.")
    style = spec.get("style", "bang_khen")
    if style not in ORNAMENT_STYLES:
        raise _fail(path, f"kiểu hoa văn “{style}” không hợp lệ ({', '.join(ORNAMENT_STYLES)}).")
    defaults = {"primary": "#A3161A", "secondary": "#C08A1E", "wash": "#FFFCF2", "watermark": "#F4E7C8"}
    colours = [_colour(spec.get(key, default), f"hoa văn {key}", path) for key, default in defaults.items()]
    return Ornament(style, *colours)


def _mm(value: float) -> str:
    return f"{value:g}".replace(".", ",")
