"""Initiatives ("sáng kiến"): fields, statuses and the rules the roll-ups rely on."""

from __future__ import annotations

import enum

MAX_BENEFIT_VND = 10**13  # a single initiative above 10 000 billion VND is a typing error
FULL_SHARE_BP = 10_000  # author shares are kept in basis points: 10 000 = 100 %


class InitiativeField(enum.StrEnum):
    """"Lĩnh vực" of an initiative."""

    TECHNICAL = "technical"  # giải pháp kỹ thuật
    MANAGEMENT = "management"  # giải pháp quản lý
    OPERATIONAL = "operational"  # giải pháp tác nghiệp
    APPLIED_TECHNOLOGY = "applied_technology"  # ứng dụng tiến bộ kỹ thuật
    OTHER = "other"


class InitiativeStatus(enum.StrEnum):
    REGISTERED = "registered"
    RECOGNISED = "recognised"
    NOT_RECOGNISED = "not_recognised"
    APPLIED = "applied"
    WITHDRAWN = "withdrawn"  # recognition withdrawn, with a reason


# Counted as recognised in progress: an applied initiative was recognised first.
RECOGNISED_STATUSES = (InitiativeStatus.RECOGNISED, InitiativeStatus.APPLIED)
