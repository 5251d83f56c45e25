"""TrueType fonts for certificates: found in ``resources/fonts`` (or beside a template), checked for
Vietnamese coverage, registered once with reportlab and embedded (subset) in every PDF.

A font without every Vietnamese letter would print boxes or drop marks on the one name that needs
them, so it is refused when the template is loaded, not discovered on paper.
"""

from __future__ import annotations

import threading
import unicodedata
from functools import cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from uniondesk.domain.errors import InputError
from uniondesk.paths import resources_dir

_VOWELS = "aăâeêioôơuưy"
_TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # none, huyền, sắc, hỏi, ngã, nặng
# Every letter of Vietnamese in both cases, and the punctuation our texts use (“ ” – …).
VIETNAMESE = frozenset(
    "".join(unicodedata.normalize("NFC", vowel + tone) for vowel in _VOWELS for tone in _TONES)
    + "bcdđghklmnpqrstvx"
    + "".join(unicodedata.normalize("NFC", vowel + tone) for vowel in _VOWELS for tone in _TONES).upper()
    + "BCDĐGHKLMNPQRSTVX"
    + "0123456789 .,:;/-–“”…()"
)
_lock = threading.Lock()
_registered: dict[Path, str] = {}


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def find(font: str, beside: Path | None = None) -> Path:
    """A template's font ("NotoSerif-Bold", or a file name) → the file: beside the template first, then
    in ``resources/fonts``."""
    name = font if font.lower().endswith((".ttf", ".otf")) else font + ".ttf"
    for folder in ([beside] if beside else []) + [fonts_dir()]:
        candidate = Path(folder) / name
        if candidate.is_file():
            return candidate
    raise InputError(f"Không tìm thấy phông chữ “{font}” (tệp {name} trong {fonts_dir()}).", "font")


# Shown first when missing: the letters a font made for Western Europe lacks (stacked marks, đ, ư).
TELLING = "ặữỗđƯ"


def missing_letters(char_to_glyph: dict[int, int]) -> list[str]:
    missing = [ch for ch in VIETNAMESE if ord(ch) not in char_to_glyph]
    return sorted(missing, key=lambda ch: (ch not in TELLING, TELLING.find(ch), ord(ch) <= 0xFF, ord(ch)))


def register(path: Path) -> str:
    """Check and register the font file once per process; returns its reportlab name."""
    path = Path(path).resolve()
    with _lock:
        name = _registered.get(path)
        if name is not None:
            return name
        name = f"UD-{path.stem}-{len(_registered)}"
        try:
            font = TTFont(name, str(path))
        except (TTFError, OSError, ValueError, KeyError, IndexError) as exc:
            raise InputError(f"Tệp phông chữ {path.name} hỏng hoặc không phải phông TrueType ({exc}).", "font") from exc
        missing = missing_letters(font.face.charToGlyph)
        if missing:
            shown = " ".join(missing[:12]) + (" …" if len(missing) > 12 else "")
            raise InputError(f"Phông chữ {path.name} thiếu {len(missing)} chữ tiếng Việt ({shown}); "
                             "hãy chọn phông chữ có đủ tiếng Việt (ví dụ Noto Serif).", "font")
        pdfmetrics.registerFont(font)
        _registered[path] = name
        return name


@cache
def metrics(name: str) -> tuple[float, float]:
    """(ascent, descent) of a registered font per point of size; descent is negative."""
    face = pdfmetrics.getFont(name).face
    return face.ascent / 1000, face.descent / 1000


def path_of(name: str) -> Path:
    """The file of a registered font (the image preview draws it with FreeType)."""
    for path, registered in _registered.items():
        if registered == name:
            return path
    raise KeyError(name)


def default_font() -> str:
    return register(fonts_dir() / "NotoSerif-Regular.ttf")
