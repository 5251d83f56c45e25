"""What the interface calls campaign kinds and statuses; the database keeps only the enum values."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from uniondesk.domain.campaigns import CampaignKind, CampaignStatus

_CONTEXT = "CampaignLabels"

KIND_SOURCES: dict[str, str] = {
    CampaignKind.INITIATIVES: QT_TRANSLATE_NOOP("CampaignLabels", "Initiative programme"),
    CampaignKind.EMULATION: QT_TRANSLATE_NOOP("CampaignLabels", "Emulation movement"),
}

STATUS_SOURCES: dict[str, str] = {
    CampaignStatus.DRAFT: QT_TRANSLATE_NOOP("CampaignLabels", "Draft"),
    CampaignStatus.OPEN: QT_TRANSLATE_NOOP("CampaignLabels", "Open"),
    CampaignStatus.CLOSED: QT_TRANSLATE_NOOP("CampaignLabels", "Closed"),
}


def campaign_kind_label(kind: str) -> str:
    source = KIND_SOURCES.get(kind)
    return QCoreApplication.translate(_CONTEXT, source) if source else kind


def campaign_status_label(status: str) -> str:
    source = STATUS_SOURCES.get(status)
    return QCoreApplication.translate(_CONTEXT, source) if source else status


def format_pct(value: float | None) -> str:
    """85.3 → "85,3 %" (Vietnamese decimal comma); "" without a quota."""
    if value is None:
        return ""
    return f"{value:.1f}".replace(".", ",") + " %"
