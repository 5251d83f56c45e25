"""Benchmark cases of awards (issue 6, "Speed"): a decision's certificates in blank mode against raw
reportlab canvas calls drawing the same text with the same fonts (timed in the same run), the full
design, and the preview of one page.

The preview is drawn to an image by ``certificates.preview`` (Pillow, the same display list as the
PDF), so it is measured here without Qt.
"""

from __future__ import annotations

import shutil
import statistics
import tempfile
import time
from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from uniondesk.services.bench import BenchContext, Case, Skip
from uniondesk.services.certificates import batch, fonts
from uniondesk.store.db import database

BLANK_RATIO = 2.0  # ≤ 2× the raw canvas calls
FULL_LIMIT = 3.0
PREVIEW_LIMIT = 0.300


def _largest_signed_decision() -> int | None:
    row = database.execute_sql(
        "SELECT d.id FROM award_decision d JOIN award_recipient r ON r.decision_id = d.id AND r.deleted = 0 "
        "WHERE d.deleted = 0 AND d.status = 'signed' GROUP BY d.id ORDER BY count(*) DESC LIMIT 1").fetchone()
    return row[0] if row else None


def raw_text(decision_id: int) -> tuple[tuple[float, float], list[list[tuple]]]:
    """The page size and, per page, the (font, size, colour, x, y, text) our blank mode draws."""
    work = batch.load(decision_id)
    pages = list(batch.pages(work, blank=True))
    return (pages[0].width, pages[0].height), [[(op.font, op.size, op.colour, op.x, op.y, op.text)
                                                for op in page.visible_texts()] for page in pages]


def draw_raw(path: Path, size: tuple[float, float], pages: list[list[tuple]]) -> None:
    """The baseline: plain canvas calls, no database, no layout, no display list."""
    canvas = Canvas(str(path), pagesize=size, initialFontName=fonts.default_font(), invariant=1, pageCompression=1)
    for ops in pages:
        for font, size_pt, colour, x, y, text in ops:
            canvas.setFont(font, size_pt)
            canvas.setFillColorRGB(*colour)
            canvas.drawString(x, y, text)
        canvas.showPage()
    canvas.save()


def cases(ctx: BenchContext) -> list[Case]:
    decision_id = _largest_signed_decision()
    if decision_id is None:
        def skip() -> None:
            raise Skip("no signed award decision in this dataset")
        return [Case("certificates of a decision, blank mode (PDF)", skip)]
    folder = Path(tempfile.mkdtemp(prefix="uniondesk-bench-awards-"))
    ctx.cleanups.append(lambda: shutil.rmtree(folder, ignore_errors=True))
    size, raw_pages = raw_text(decision_id)
    count = len(raw_pages)

    def raw() -> None:
        draw_raw(folder / "raw.pdf", size, raw_pages)

    # The blank mode's budget is relative: the raw calls are timed here, in the same run, on the same PC.
    baseline = statistics.median(_time(raw) for _ in range(3))
    return [
        Case(f"{count} certificates, blank mode (PDF)",
             lambda: batch.write_certificates(decision_id, folder / "blank.pdf", blank=True),
             f"≤ {BLANK_RATIO:g}× raw", BLANK_RATIO * baseline, 5, raw,
             "raw reportlab canvas: the same strings, fonts and positions"),
        Case(f"{count} certificates, full design (PDF)",
             lambda: batch.write_certificates(decision_id, folder / "full.pdf"), "≤ 3 s", FULL_LIMIT, 3),
        Case("certificate preview, one page (image, 96 dpi)", lambda: batch.preview_page(decision_id, 0, dpi=96),
             "≤ 300 ms", PREVIEW_LIMIT, 7),
    ]


def _time(function) -> float:
    started = time.perf_counter()
    function()
    return time.perf_counter() - started
