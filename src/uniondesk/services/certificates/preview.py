"""A page drawn to an image for the preview: the same display list the PDF is written from, drawn
with Pillow (FreeType, the same font files). Pillow comes with reportlab, so the preview needs neither
Qt's PDF module (absent from PySide6-Essentials) nor a PDF renderer such as poppler.
"""

from __future__ import annotations

from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

from uniondesk.services.certificates import fonts
from uniondesk.services.certificates.page import Page, transformed

PAPER_EDGE = (120, 120, 120)


def _colour(rgb: tuple[float, float, float]) -> tuple[int, int, int]:
    return tuple(round(channel * 255) for channel in rgb)  # type: ignore[return-value]


@lru_cache(maxsize=256)
def _font(name: str, pixels: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(fonts.path_of(name)), max(1, pixels))


# The ornament drawn once per paper, calibration and resolution. The ornament itself is kept with its
# image: an id alone could be reused by another tuple once the first is gone.
_backgrounds: dict[tuple, tuple[tuple, Image.Image]] = {}


def _background(page: Page, size: tuple[int, int], scale: float) -> Image.Image:
    key = (id(page.ornament), page.calibration, size, page.height)
    held = _backgrounds.get(key)
    cached = held[1] if held is not None and held[0] is page.ornament else None
    if cached is None:
        cached = Image.new("RGB", size, "white")
        draw = ImageDraw.Draw(cached)
        matrix = page.calibration.matrix(page.height)
        for shape in page.ornament:
            points = [(x * scale, (page.height - y) * scale) for x, y in transformed(shape.points, matrix)]
            if shape.fill is not None:
                draw.polygon(points, fill=_colour(shape.fill))
            if shape.stroke is not None:
                outline = points + points[:1] if shape.closed else points
                draw.line(outline, fill=_colour(shape.stroke), width=max(1, round(shape.width * scale)),
                          joint="curve")
        if len(_backgrounds) >= 4:
            _backgrounds.clear()
        _backgrounds[key] = (page.ornament, cached)
    return cached.copy()


def render(page: Page, dpi: float = 96) -> Image.Image:
    """The page as an RGB image, ``dpi`` pixels per inch."""
    scale = dpi / 72
    size = (max(1, round(page.width * scale)), max(1, round(page.height * scale)))
    if page.ornament and not page.blank:
        image = _background(page, size, scale)
    else:
        image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    for op in page.visible_texts():
        font = _font(op.font, round(op.size * scale))
        draw.text((op.x * scale, (page.height - op.y) * scale), op.text, font=font, fill=_colour(op.colour),
                  anchor="ls")
    draw.rectangle([0, 0, size[0] - 1, size[1] - 1], outline=PAPER_EDGE)
    return image
