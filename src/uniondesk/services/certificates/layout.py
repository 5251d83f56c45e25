"""Putting a certificate's words in their boxes: NFC text, wrapped onto the field's lines and shrunk
until it fits, centred vertically, aligned, and moved by the calibration (and a recipient's nudge).

Widths come from the font's advance widths, which add up (reportlab applies no kerning), so each word
is measured once at size 1 and every trial size is plain arithmetic.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth

from uniondesk.domain.awards import CertificateFacts
from uniondesk.services.certificates import fonts
from uniondesk.services.certificates.ornament import ornament_shapes
from uniondesk.services.certificates.page import MM, Calibration, Page, TextOp
from uniondesk.services.certificates.templates import FieldSpec, Template

MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO_SUB = "Độc lập – Tự do – Hạnh phúc"
LEADING = 1.22  # line height as a multiple of the size
SHRINK = 0.96  # each trial size is this much smaller than the last
FLOOR = 3.0  # points: below this nothing is legible; text is never let out of its box above it


def field_texts(facts: CertificateFacts) -> dict[str, str]:
    """Field name → text, for one certificate."""
    return {"motto": MOTTO, "motto_sub": MOTTO_SUB, "title": facts.form_title, "issuer": facts.issuer,
            "tang": "TẶNG", "recipient": facts.recipient, "detail": facts.detail, "reason": facts.reason,
            "decision": facts.decision, "register": facts.register, "place_date": facts.place_date,
            "signer_title": facts.signer_title, "signer_name": facts.signer_name}


def _wrap(words: list[str], widths: list[float], space: float, limit: float, max_lines: int,
          breaks: list[bool]) -> list[list[int]] | None:
    """Greedy wrap of word indexes onto lines of ``limit`` (unit-size widths); None if it cannot."""
    lines: list[list[int]] = []
    used = 0.0
    for index, width in enumerate(widths):
        if width > limit:
            return None
        if lines and not breaks[index] and used + space + width <= limit:
            lines[-1].append(index)
            used += space + width
        else:
            lines.append([index])
            used = width
            if len(lines) > max_lines:
                return None
    return lines


_OPENING = "“‘\"(["


def _glued(words: list[str]) -> list[str]:
    """Words a line must not end with are joined to the next: a short token after an opening quote
    ("“1 triệu sáng kiến" never breaks after "“1")."""
    out: list[str] = []
    for word in words:
        if out and out[-1][0] in _OPENING and len(out[-1]) <= 3 and " " not in out[-1]:
            out[-1] += " " + word
        else:
            out.append(word)
    return out


@lru_cache(maxsize=65_536)
def _unit_width(word: str, font: str) -> float:
    return stringWidth(word, font, 1.0)


# Most fields print the same text on every page of a batch (issuer, reason, signer): fitted once.
@lru_cache(maxsize=4_096)
def fit(text: str, spec: FieldSpec, width_pt: float, height_pt: float) -> tuple[float, tuple[tuple[str, float], ...]]:
    """(size, ((line, width at that size), …)) so that the text stays inside the box."""
    words, breaks = [], []
    for line in text.split("\n"):  # an explicit line break (a signer's title) is kept
        for position, word in enumerate(_glued(line.split())):
            words.append(word)
            breaks.append(position == 0)
    widths = [_unit_width(word, spec.font) for word in words]
    space = _unit_width(" ", spec.font)
    ascent, descent = fonts.metrics(spec.font)
    forced = sum(breaks)
    max_lines = max(spec.lines, forced)  # explicit lines are never merged

    def attempt(size: float, most: int) -> list[list[int]] | None:
        lines = _wrap(words, widths, space, width_pt / size, most, breaks)
        return lines if lines is not None and _block(len(lines), size, ascent, descent) <= height_pt else None

    size, lines = spec.size, None
    if spec.shrink_first:  # a name keeps to one line as long as it can stay large enough
        while lines is None and size >= spec.min_size:
            lines = attempt(size, max(1, forced))
            size = size if lines else size * SHRINK
        size = size if lines else spec.size
    while lines is None:
        lines = attempt(size, max_lines)
        if lines is None and size <= FLOOR:
            lines = _wrap(words, widths, space, float("inf"), len(words), breaks) or []
        elif lines is None:
            size = max(FLOOR, size * SHRINK)
    placed = []
    for line in lines:
        words_of = [words[i] for i in line]
        unit = sum(widths[i] for i in line) + space * (len(line) - 1)
        placed.append((" ".join(words_of), unit * size))
    return size, tuple(placed)


def _block(lines: int, size: float, ascent: float, descent: float) -> float:
    return (lines - 1) * LEADING * size + (ascent - descent) * size


def place(text: str, spec: FieldSpec, page_height: float, calibration: Calibration) -> list[TextOp]:
    text = unicodedata.normalize("NFC", text).strip()
    if spec.upper:
        text = text.upper()
    if not text:
        return []
    left, top, width, height = (value * MM for value in calibration.box(spec.box))
    size, lines = fit(text, spec, width, height)
    ascent, descent = fonts.metrics(spec.font)
    block = _block(len(lines), size, ascent, descent)
    baseline = page_height - top - (height - block) / 2 - ascent * size
    ops = []
    for line, line_width in lines:
        if spec.align == "left":
            x = left
        elif spec.align == "right":
            x = left + width - line_width
        else:
            x = left + (width - line_width) / 2
        ops.append(TextOp(line, spec.font, size, x, baseline, line_width, spec.colour, spec.name, spec.preprinted))
        baseline -= LEADING * size
    return ops


def _motto_rule(template: Template) -> tuple[float, float, float]:
    """Centre, height and length (mm) of the line under "Độc lập – Tự do – Hạnh phúc"."""
    spec = template.fields["motto_sub"]
    x, y, w, h = spec.box
    length = min(w, stringWidth(MOTTO_SUB, spec.font, spec.size) / MM)
    return x + w / 2, y + h + 1.2, length


def layout(template: Template, facts: CertificateFacts, *, calibration: Calibration = Calibration(),
           blank: bool = False, nudge: tuple[float, float] = (0.0, 0.0)) -> Page:
    """One certificate page. The nudge moves this recipient's text only; the calibration moves all."""
    width, height = template.width_mm * MM, template.height_mm * MM
    page = Page(width, height, calibration=calibration, blank=blank)
    if not blank:
        page.ornament = ornament_shapes(template.width_mm, template.height_mm, template.ornament,
                                        _motto_rule(template))
    texts = field_texts(facts)
    moved = calibration.shifted(*nudge) if any(nudge) else calibration
    for name, spec in template.fields.items():
        if blank and spec.preprinted:
            continue
        page.texts += place(texts[name], spec, height, moved if not spec.preprinted else calibration)
    return page
