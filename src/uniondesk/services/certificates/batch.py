"""Certificates of a decision: every recipient's page in one PDF (with progress and cancel), and one
page as an image for the preview.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PIL import Image

from uniondesk.domain.awards import (
    CertificateFacts,
    DecisionStatus,
    decision_line,
    detail_line,
    display_name,
    expand_abbreviations,
    fill_reason,
    form_title,
    issuing_body,
    long_date,
    register_line,
)
from uniondesk.domain.errors import Cancelled, InputError
from uniondesk.services.awards import get_decision
from uniondesk.services.certificates import calibration as calibrations
from uniondesk.services.certificates import pdf, preview
from uniondesk.services.certificates.layout import layout
from uniondesk.services.certificates.page import Page
from uniondesk.services.certificates.templates import Template, default_template, load_template
from uniondesk.store.models_awards import AwardDecision
from uniondesk.store.queries import awards as queries
from uniondesk.store.queries.awards import RecipientRow

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class BatchResult:
    path: Path
    pages: int
    template: str
    blank: bool
    seconds: float


@dataclass(frozen=True)
class Certificates:
    """What a decision's certificates need, read once."""

    template: Template
    decision: AwardDecision
    recipients: list[RecipientRow]
    facts: list[CertificateFacts]


def facts_of(decision: AwardDecision, row: RecipientRow) -> CertificateFacts:
    campaign = decision.campaign.name if decision.campaign_id else ""
    name = display_name(row.kind, row.gender, row.name)
    reason = fill_reason(row.reason or decision.reason, {"recipient": name, "unit": row.unit_name,
                                                         "campaign": campaign, "achievement": row.achievement})
    return CertificateFacts(
        form_title=form_title(decision.form, decision.form_title),
        issuer=issuing_body(decision.issuing_unit.name),
        # Full names on paper: "Tập thể Liên đoàn Lao động huyện Như Xuân", not "LĐLĐ huyện …".
        recipient=expand_abbreviations(name),
        detail=expand_abbreviations(detail_line(row.kind, row.position, row.unit_name)),
        reason=reason,
        decision=decision_line(decision.number, decision.decided_on),
        register=register_line(row.register_no),
        place_date=long_date(decision.place, decision.decided_on),
        signer_title=decision.signer_title,
        signer_name=decision.signer_name,
    )


def load(decision_id: int, template: str | None = None, recipient_ids: list[int] | None = None) -> Certificates:
    decision = get_decision(decision_id)
    if decision.status == DecisionStatus.REVOKED:
        raise InputError(f"Quyết định số {decision.number} đã bị thu hồi; không in bằng khen.", "decision")
    rows = queries.recipient_rows(decision.id, include_revoked=False)
    if recipient_ids is not None:
        wanted = set(recipient_ids)
        rows = [row for row in rows if row.id in wanted]
    if not rows:
        raise InputError(f"Quyết định số {decision.number} không có người hoặc tập thể nào để in.", "decision")
    chosen = load_template(template or default_template(decision.form))
    return Certificates(chosen, decision, rows, [facts_of(decision, row) for row in rows])


def pages(work: Certificates, blank: bool, printer: str = ""):
    """The pages, one by one (a generator: a batch never holds 177 display lists at once)."""
    calibration = calibrations.get_calibration(work.template.name, printer)
    moved = calibrations.nudges([row.uuid for row in work.recipients])
    for row, facts in zip(work.recipients, work.facts):
        yield layout(work.template, facts, calibration=calibration, blank=blank, nudge=moved.get(row.uuid, (0, 0)))


def write_certificates(decision_id: int, out: Path | str, *, template: str | None = None, blank: bool = False,
                       printer: str = "", recipient_ids: list[int] | None = None, progress: Progress | None = None,
                       cancel: Callable[[], bool] | None = None) -> BatchResult:
    """All certificates of a decision (or of some recipients) in one PDF, written whole or not at all."""
    started = time.perf_counter()
    work = load(decision_id, template, recipient_ids)
    total = len(work.recipients)
    title = f"{work.facts[0].form_title} — Quyết định số {work.decision.number}"

    def write(handle) -> None:
        document = None
        for done, page in enumerate(pages(work, blank, printer), 1):
            if cancel and cancel():
                raise Cancelled("Đã hủy in; không có tệp nào được ghi.")
            document = document or pdf.PdfPages(handle, page.width, page.height, title)
            document.add(page)
            if progress:
                progress(done, total, f"Đã dàn trang {done}/{total}")
        document.finish()

    path = pdf.write_atomically(out, write)
    return BatchResult(path, total, work.template.name, blank, time.perf_counter() - started)


def preview_page(decision_id: int, index: int = 0, *, template: str | None = None, blank: bool = False,
                 printer: str = "", dpi: float = 96) -> Image.Image:
    """Page ``index`` of the decision's certificates as an image. Only that recipient is read and laid
    out; a preview flipping through many pages keeps a ``load``-ed batch and calls ``page_for`` instead."""
    rows = queries.recipient_rows(get_decision(decision_id).id, include_revoked=False)
    if not 0 <= index < len(rows):
        raise InputError(f"Không có trang {index + 1} (quyết định có {len(rows)} trang).", "page")
    work = load(decision_id, template, [rows[index].id])
    return preview.render(page_for(work, 0, blank, printer), dpi)


def page_for(work: Certificates, index: int, blank: bool, printer: str = "") -> Page:
    calibration = calibrations.get_calibration(work.template.name, printer)
    row = work.recipients[index]
    nudge = calibrations.nudges([row.uuid]).get(row.uuid, (0.0, 0.0))
    return layout(work.template, work.facts[index], calibration=calibration, blank=blank, nudge=nudge)
