"""A certificate page as a display list: placed text and filled or stroked polygons, in PDF points
(origin bottom left). The PDF writer and the image preview draw the same list, so what the preview
shows is what is printed.

Templates and calibrations speak millimetres from the top-left corner of the paper, as a ruler on the
paper does; ``Calibration.box`` turns such a box into points.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

MM = 72 / 25.4  # points per millimetre

RGB = tuple[float, float, float]


def rgb(hex_colour: str) -> RGB:
    """"#A3161A" → (0.64, 0.09, 0.10). Raises ValueError on anything else."""
    text = hex_colour.strip().lstrip("#")
    if len(text) != 6:
        raise ValueError(hex_colour)
    return tuple(int(text[i:i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


@dataclass(frozen=True)
class Calibration:
    """How a printer misplaces a template, corrected: x' = dx + sx·x, y' = dy + sy·y (millimetres from the
    top-left corner). dx > 0 moves the print right, dy > 0 moves it down."""

    dx_mm: float = 0.0
    dy_mm: float = 0.0
    scale_x: float = 1.0
    scale_y: float = 1.0

    def shifted(self, dx_mm: float, dy_mm: float) -> Calibration:
        return Calibration(self.dx_mm + dx_mm, self.dy_mm + dy_mm, self.scale_x, self.scale_y)

    def box(self, box_mm: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
        """(x, y, width, height) in mm from the top left → (left, top, width, height) in millimetres
        after calibration."""
        x, y, w, h = box_mm
        return self.dx_mm + self.scale_x * x, self.dy_mm + self.scale_y * y, self.scale_x * w, self.scale_y * h

    def matrix(self, page_height_pt: float) -> tuple[float, float, float, float, float, float]:
        """The same correction as a PDF transformation matrix (a b c d e f) on point coordinates."""
        e = self.dx_mm * MM
        f = page_height_pt * (1 - self.scale_y) - self.dy_mm * MM
        return self.scale_x, 0.0, 0.0, self.scale_y, e, f


IDENTITY = Calibration()


@dataclass(frozen=True)
class TextOp:
    """One line of text: ``x`` is its left end, ``y`` its baseline, ``width`` its advance (points)."""

    text: str
    font: str  # registered font name
    size: float
    x: float
    y: float
    width: float
    colour: RGB
    field: str = ""
    preprinted: bool = False  # part of the printed blank: drawn in full design only


@dataclass(frozen=True)
class Shape:
    """A polygon or polyline (curves are flattened when shapes are made)."""

    points: tuple[tuple[float, float], ...]
    fill: RGB | None = None
    stroke: RGB | None = None
    width: float = 0.0
    closed: bool = True


@dataclass
class Page:
    width: float  # points
    height: float
    texts: list[TextOp] = field(default_factory=list)
    ornament: tuple[Shape, ...] = ()  # before calibration: see ``calibration``
    calibration: Calibration = IDENTITY
    blank: bool = False  # text only, for a pre-printed blank

    def visible_texts(self) -> list[TextOp]:
        return [op for op in self.texts if not (self.blank and op.preprinted)]


# --- geometry for ornaments ---------------------------------------------------------------------------

def circle(cx: float, cy: float, r: float, segments: int = 72) -> tuple[tuple[float, float], ...]:
    return tuple((cx + r * math.cos(2 * math.pi * i / segments), cy + r * math.sin(2 * math.pi * i / segments))
                 for i in range(segments))


def star(cx: float, cy: float, outer: float, inner: float, points: int = 5,
         rotation: float = math.pi / 2) -> tuple[tuple[float, float], ...]:
    out = []
    for i in range(points * 2):
        radius = outer if i % 2 == 0 else inner
        angle = rotation + math.pi * i / points
        out.append((cx + radius * math.cos(angle), cy + radius * math.sin(angle)))
    return tuple(out)


def rectangle(x: float, y: float, w: float, h: float) -> tuple[tuple[float, float], ...]:
    return (x, y), (x + w, y), (x + w, y + h), (x, y + h)


def bezier(p0, p1, p2, p3, steps: int = 12) -> list[tuple[float, float]]:
    """Points of a cubic Bézier curve, the first excluded (so that curves chain)."""
    out = []
    for i in range(1, steps + 1):
        t = i / steps
        u = 1 - t
        out.append((u ** 3 * p0[0] + 3 * u * u * t * p1[0] + 3 * u * t * t * p2[0] + t ** 3 * p3[0],
                    u ** 3 * p0[1] + 3 * u * u * t * p1[1] + 3 * u * t * t * p2[1] + t ** 3 * p3[1]))
    return out


def petal(cx: float, cy: float, length: float, width: float, angle: float) -> tuple[tuple[float, float], ...]:
    """A pointed petal from (cx, cy) outwards at ``angle``."""
    cos, sin = math.cos(angle), math.sin(angle)

    def at(along: float, across: float) -> tuple[float, float]:
        return cx + along * cos - across * sin, cy + along * sin + across * cos

    tip = at(length, 0)
    side_a = bezier(at(0, 0), at(length * 0.25, width), at(length * 0.75, width * 0.8), tip)
    side_b = bezier(tip, at(length * 0.75, -width * 0.8), at(length * 0.25, -width), at(0, 0))
    return (at(0, 0), *side_a, *side_b[:-1])


def transformed(points, matrix) -> list[tuple[float, float]]:
    a, b, c, d, e, f = matrix
    return [(a * x + c * y + e, b * x + d * y + f) for x, y in points]
