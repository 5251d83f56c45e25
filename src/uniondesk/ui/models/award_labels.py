"""What the interface calls award forms, decision statuses and reason placeholders; the database keeps
only the enum values, and the certificate's own words (Ông, Bà, Tập thể) come from ``domain.awards``."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from uniondesk.domain.awards import PLACEHOLDERS, AwardForm, DecisionStatus, RecipientKind

_CONTEXT = "AwardLabels"

FORM_SOURCES: dict[str, str] = {
    AwardForm.BANG_KHEN: QT_TRANSLATE_NOOP("AwardLabels", "Certificate of merit"),
    AwardForm.GIAY_KHEN: QT_TRANSLATE_NOOP("AwardLabels", "Letter of commendation"),
    AwardForm.LAO_DONG_SANG_TAO: QT_TRANSLATE_NOOP("AwardLabels", "Creative Labour certificate"),
    AwardForm.CUSTOM: QT_TRANSLATE_NOOP("AwardLabels", "A form defined by the office"),
}

STATUS_SOURCES: dict[str, str] = {
    DecisionStatus.DRAFT: QT_TRANSLATE_NOOP("AwardLabels", "Draft"),
    DecisionStatus.SIGNED: QT_TRANSLATE_NOOP("AwardLabels", "Signed"),
    DecisionStatus.REVOKED: QT_TRANSLATE_NOOP("AwardLabels", "Revoked"),
}

KIND_SOURCES: dict[str, str] = {
    RecipientKind.INDIVIDUAL: QT_TRANSLATE_NOOP("AwardLabels", "Individual"),
    RecipientKind.COLLECTIVE: QT_TRANSLATE_NOOP("AwardLabels", "Collective"),
}

PLACEHOLDER_SOURCES: dict[str, str] = {
    "recipient": QT_TRANSLATE_NOOP("AwardLabels", "the person or collective rewarded"),
    "unit": QT_TRANSLATE_NOOP("AwardLabels", "their unit"),
    "campaign": QT_TRANSLATE_NOOP("AwardLabels", "the campaign's name"),
    "achievement": QT_TRANSLATE_NOOP("AwardLabels", "the recipient's own achievement"),
}


def _label(sources: dict[str, str], key: str | None) -> str:
    source = sources.get(key or "")
    return QCoreApplication.translate(_CONTEXT, source) if source else (key or "")


def form_label(form: str, custom_title: str = "") -> str:
    """A custom form shows the office's own title."""
    if form == AwardForm.CUSTOM and custom_title:
        return custom_title
    return _label(FORM_SOURCES, form)


def status_label(status: str | None) -> str:
    return _label(STATUS_SOURCES, status)


def kind_label(kind: str | None) -> str:
    return _label(KIND_SOURCES, kind)


def placeholder_label(name: str) -> str:
    """What a placeholder stands for; a placeholder the interface does not know yet shows the core's words."""
    source = PLACEHOLDER_SOURCES.get(name)
    return QCoreApplication.translate(_CONTEXT, source) if source else PLACEHOLDERS[name]


def format_mm(value: float) -> str:
    """1.5 → "+1,5" (Vietnamese decimal comma); 0 → "0"."""
    if not value:
        return "0"
    return f"{value:+.1f}".replace(".", ",")
