"""The border ornament of the full design, drawn as vector shapes: a frame with a band of lozenges,
rosettes in the corners, a star medallion at the top and, faint behind the text, the sun and rings of
a Đông Sơn bronze drum. Sizes follow the paper, so A3 is A4 enlarged.

Designed in millimetres from the top-left corner, as the templates are; returned in points.
"""

from __future__ import annotations

import math
from functools import cache

from uniondesk.services.certificates.page import MM, RGB, Shape, circle, petal, rectangle, star
from uniondesk.services.certificates.templates import Ornament

GOLD_LIGHT: RGB = (0.98, 0.89, 0.62)


class _Pen:
    """Shapes in mm from the top left, stored in points from the bottom left."""

    def __init__(self, width_mm: float, height_mm: float):
        self.width, self.height = width_mm, height_mm
        self.shapes: list[Shape] = []

    def _pt(self, points) -> tuple[tuple[float, float], ...]:
        return tuple((x * MM, (self.height - y) * MM) for x, y in points)

    def fill(self, points, colour: RGB, stroke: RGB | None = None, width: float = 0.0) -> None:
        self.shapes.append(Shape(self._pt(points), fill=colour, stroke=stroke, width=width))

    def line(self, points, colour: RGB, width: float, closed: bool = False) -> None:
        self.shapes.append(Shape(self._pt(points), stroke=colour, width=width, closed=closed))

    def frame(self, inset: float, colour: RGB, width: float) -> None:
        self.line(rectangle(inset, inset, self.width - 2 * inset, self.height - 2 * inset), colour, width, True)


@cache
def ornament_shapes(width_mm: float, height_mm: float, style: Ornament,
                    rule: tuple[float, float, float] | None = None) -> tuple[Shape, ...]:
    """The same (cached) tuple for the same paper and style: the PDF draws it once per batch.
    ``rule`` (centre x, y, length in mm) underlines the motto, as on every official document."""
    pen = _Pen(width_mm, height_mm)
    unit = min(width_mm, height_mm) / 210  # 1 on A4, √2 on A3
    pen.fill(rectangle(0, 0, width_mm, height_mm), style.wash)
    _drum(pen, width_mm / 2, height_mm * 0.56, height_mm * 0.3, style.watermark)
    if style.style == "bang_khen":
        _band(pen, unit, style)
    else:
        _wave_frame(pen, unit, style)
    for cx, cy in _corners(pen, 12 * unit):
        _rosette(pen, cx, cy, 5.2 * unit, style)
    _medallion(pen, width_mm / 2, 12 * unit, 6.5 * unit, style)
    if rule is not None:
        cx, y, length = rule
        pen.line([(cx - length / 2, y), (cx + length / 2, y)], (0.1, 0.1, 0.1), 0.6 * unit)
    return tuple(pen.shapes)


def _corners(pen: _Pen, inset: float) -> list[tuple[float, float]]:
    return [(inset, inset), (pen.width - inset, inset), (inset, pen.height - inset),
            (pen.width - inset, pen.height - inset)]


def _band(pen: _Pen, unit: float, style: Ornament) -> None:
    """A red band between two gold lines, with a chain of gold lozenges along its middle."""
    outer, inner = 8 * unit, 16 * unit
    w, h = pen.width, pen.height
    band = inner - outer
    for x, y, bw, bh in ((outer, outer, w - 2 * outer, band), (outer, h - inner, w - 2 * outer, band),
                         (outer, inner, band, h - 2 * inner), (w - inner, inner, band, h - 2 * inner)):
        pen.fill(rectangle(x, y, bw, bh), style.primary)
    pen.frame(6 * unit, style.secondary, 0.9 * unit)
    pen.frame(outer + 0.8 * unit, style.secondary, 0.5 * unit)
    pen.frame(inner - 0.8 * unit, style.secondary, 0.5 * unit)
    pen.frame(18 * unit, style.secondary, 1.3 * unit)
    pen.frame(19.6 * unit, style.primary, 0.5 * unit)
    middle = (outer + inner) / 2
    for x, y, along_x in _chain(pen, middle, 6.5 * unit, 20 * unit):
        dx, dy = (1.9 * unit, 1.3 * unit) if along_x else (1.3 * unit, 1.9 * unit)
        pen.fill([(x - dx, y), (x, y - dy), (x + dx, y), (x, y + dy)], GOLD_LIGHT)


def _wave_frame(pen: _Pen, unit: float, style: Ornament) -> None:
    """Two frames with a wave between them (the lighter design of a Giấy khen)."""
    pen.frame(7 * unit, style.primary, 1.6 * unit)
    pen.frame(9 * unit, style.secondary, 0.5 * unit)
    pen.frame(17 * unit, style.secondary, 0.5 * unit)
    pen.frame(19 * unit, style.primary, 1.2 * unit)
    for x, y, along_x in _chain(pen, 13 * unit, 5 * unit, 20 * unit):
        step = 2.5 * unit
        points = [(x + (i / 8 - 0.5) * 2 * step if along_x else x + 2.2 * unit * math.sin(i / 8 * 2 * math.pi),
                   y + 2.2 * unit * math.sin(i / 8 * 2 * math.pi) if along_x else y + (i / 8 - 0.5) * 2 * step)
                  for i in range(9)]
        pen.line(points, style.secondary, 0.6 * unit)


def _chain(pen: _Pen, inset: float, step: float, clear: float):
    """Points every ``step`` along the four sides at ``inset``, leaving the corners (``clear``) free."""
    w, h = pen.width, pen.height
    count = int((w - 2 * clear) // step)
    start = (w - count * step) / 2
    for i in range(count + 1):
        yield start + i * step, inset, True
        yield start + i * step, h - inset, True
    count = int((h - 2 * clear) // step)
    start = (h - count * step) / 2
    for i in range(count + 1):
        yield inset, start + i * step, False
        yield w - inset, start + i * step, False


def _rosette(pen: _Pen, cx: float, cy: float, r: float, style: Ornament) -> None:
    pen.fill(circle(cx, cy, r * 1.25), style.secondary)
    pen.fill(circle(cx, cy, r * 1.08), GOLD_LIGHT)
    for i in range(8):
        pen.fill(petal(cx, cy, r, r * 0.32, i * math.pi / 4 + math.pi / 8), style.primary)
    pen.fill(circle(cx, cy, r * 0.28, 24), style.secondary)


def _medallion(pen: _Pen, cx: float, cy: float, r: float, style: Ornament) -> None:
    pen.fill(circle(cx, cy, r * 1.18), style.secondary)
    pen.fill(circle(cx, cy, r), style.primary)
    pen.fill(star(cx, cy, r * 0.78, r * 0.31, rotation=-math.pi / 2), GOLD_LIGHT)


def _drum(pen: _Pen, cx: float, cy: float, radius: float, colour: RGB) -> None:
    """The face of a Đông Sơn drum: a fourteen-pointed sun in rings of teeth and circles."""
    pen.fill(star(cx, cy, radius * 0.26, radius * 0.1, points=14, rotation=-math.pi / 2), colour)
    for share, width in ((0.3, 0.5), (0.34, 0.3), (0.55, 0.5), (0.62, 0.5), (0.93, 0.6), (1.0, 0.9)):
        pen.line(circle(cx, cy, radius * share, 144), colour, width, closed=True)
    teeth = 56
    for i in range(teeth):
        a, b = 2 * math.pi * i / teeth, 2 * math.pi * (i + 0.5) / teeth
        inner, outer = radius * 0.55, radius * 0.62
        pen.fill([(cx + inner * math.cos(a), cy + inner * math.sin(a)),
                  (cx + outer * math.cos(b), cy + outer * math.sin(b)),
                  (cx + inner * math.cos(a + 2 * math.pi / teeth), cy + inner * math.sin(a + 2 * math.pi / teeth))],
                 colour)
    for i in range(36):
        a = 2 * math.pi * i / 36
        pen.fill(circle(cx + radius * 0.775 * math.cos(a), cy + radius * 0.775 * math.sin(a), radius * 0.035, 16),
                 colour)
