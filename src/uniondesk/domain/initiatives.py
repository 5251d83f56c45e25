"""Initiatives ("sáng kiến"): fields, statuses and the rules the roll-ups rely on."""

from __future__ import annotations

import enum
import unicodedata

from uniondesk.domain.text import vi_sort_key

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


class RecognisedBy(enum.StrEnum):
    COUNCIL = "council"  # hội đồng sáng kiến
    UNIT_HEAD = "unit_head"  # thủ trưởng đơn vị


FIELD_LABELS = {
    InitiativeField.TECHNICAL: "Giải pháp kỹ thuật",
    InitiativeField.MANAGEMENT: "Giải pháp quản lý",
    InitiativeField.OPERATIONAL: "Giải pháp tác nghiệp",
    InitiativeField.APPLIED_TECHNOLOGY: "Ứng dụng tiến bộ kỹ thuật",
    InitiativeField.OTHER: "Khác",
}
STATUS_LABELS = {
    InitiativeStatus.REGISTERED: "Đã đăng ký",
    InitiativeStatus.RECOGNISED: "Được công nhận",
    InitiativeStatus.NOT_RECOGNISED: "Không được công nhận",
    InitiativeStatus.APPLIED: "Đã áp dụng",
    InitiativeStatus.WITHDRAWN: "Bị hủy công nhận",
}
RECOGNISED_BY_LABELS = {RecognisedBy.COUNCIL: "Hội đồng sáng kiến", RecognisedBy.UNIT_HEAD: "Thủ trưởng đơn vị"}

# The review of an initiative: registered → recognised / not recognised → applied; recognition can be
# withdrawn (with a reason), and a decision taken by mistake can be put back one step.
TRANSITIONS = {
    InitiativeStatus.REGISTERED: {InitiativeStatus.RECOGNISED, InitiativeStatus.NOT_RECOGNISED},
    InitiativeStatus.RECOGNISED: {InitiativeStatus.APPLIED, InitiativeStatus.WITHDRAWN, InitiativeStatus.REGISTERED},
    InitiativeStatus.NOT_RECOGNISED: {InitiativeStatus.REGISTERED, InitiativeStatus.RECOGNISED},
    InitiativeStatus.APPLIED: {InitiativeStatus.WITHDRAWN, InitiativeStatus.RECOGNISED},
    InitiativeStatus.WITHDRAWN: {InitiativeStatus.REGISTERED},
}
# Statuses an initiative may be entered with (from a paper form or a workbook); a withdrawal needs its
# reason and goes through ``set_status``.
ENTRY_STATUSES = (InitiativeStatus.REGISTERED, InitiativeStatus.RECOGNISED, InitiativeStatus.NOT_RECOGNISED,
                  InitiativeStatus.APPLIED)

MAX_TITLE = 500
SHARE_TOLERANCE_PCT = 0.01


def status_label(status: str) -> str:
    try:
        return STATUS_LABELS[InitiativeStatus(status)]
    except ValueError:
        return status


def field_label(field: str) -> str:
    try:
        return FIELD_LABELS[InitiativeField(field)]
    except ValueError:
        return field


def shares_bp(shares: list[float | None]) -> list[int]:
    """Contribution shares in percent (None: an equal part of what the others leave) → basis points that
    add up to exactly 10 000. Raises ValueError (Vietnamese) when they cannot add up to 100 %."""
    if not shares:
        raise ValueError("Sáng kiến phải có ít nhất một tác giả.")
    for number, share in enumerate(shares, 1):
        if share is not None and not (0 < share <= 100):
            raise ValueError(f"Tác giả thứ {number}: tỷ lệ đóng góp phải lớn hơn 0 và không quá 100%.")
    given = sum(share for share in shares if share is not None)
    open_count = sum(share is None for share in shares)
    if open_count == 0 and abs(given - 100) > SHARE_TOLERANCE_PCT + 1e-9:
        raise ValueError(f"Tổng tỷ lệ đóng góp của các tác giả là {_pct(given)}, phải bằng 100%.")
    if open_count and given >= 100 - SHARE_TOLERANCE_PCT:
        raise ValueError(f"Các tác giả đã có tỷ lệ chiếm {_pct(given)}, không còn phần cho "
                         f"{open_count} tác giả chưa ghi tỷ lệ.")
    left = (100 - given) / open_count if open_count else 0
    exact = [(share if share is not None else left) * FULL_SHARE_BP / 100 for share in shares]
    return _largest_remainder(exact)


def _largest_remainder(exact: list[float]) -> list[int]:
    """Round to whole basis points keeping the sum at 10 000: the largest fractions get the spare points
    (or, when the shares were typed a hair over 100 %, the smallest fractions give them back)."""
    floors = [int(round(value, 6)) for value in exact]  # 3332.9999999 is 3333, not 3332
    spare = FULL_SHARE_BP - sum(floors)
    order = sorted(range(len(exact)), key=lambda i: (-(exact[i] - floors[i]), i))
    if spare < 0:
        order = [i for i in reversed(order) if floors[i] > 1]
    for i in order[:abs(spare)]:
        floors[i] += 1 if spare > 0 else -1
    return floors


def _pct(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",") + "%"


def pct_of_bp(share_bp: int) -> float:
    return share_bp / 100


_SORT_PIECES: dict[str, tuple[str, str]] = {}  # a word → (letters key, tones key), remembered
_SORT_PIECES_KEPT = 200_000
SORT_KEY_CHARS = 64  # titles alike in their first 64 letters are ordered by entry
_LETTER_BASE = 0x100  # where ``vi_sort_key`` puts its letters


def _sort_piece(piece: str) -> tuple[str, str]:
    found = _SORT_PIECES.get(piece)
    if found is None:
        if len(_SORT_PIECES) >= _SORT_PIECES_KEPT:
            _SORT_PIECES.clear()
        letters, tones = vi_sort_key(piece)
        found = _SORT_PIECES[piece] = ("".join(map(_ascii_letter, letters)), tones)
    return found


def _ascii_letter(key: str) -> str:
    """One byte per character: the 34 letters become "A"… in alphabet order, digits, spaces and ASCII
    punctuation stay below them, anything else sorts as "@" just below the letters."""
    rank = ord(key) - _LETTER_BASE
    if 0 <= rank < 64:
        return chr(0x41 + rank)
    return key if key < "A" else "@"


def title_sort_key(title: str) -> str:
    """A short ASCII text that sorts titles in Vietnamese dictionary order under SQLite's plain byte
    comparison: the letters of ``vi_sort_key`` (one byte each), "\x01", then its tones, each cut at
    ``SORT_KEY_CHARS``. Stored so that the list sorts a province's titles through a compact index.

    ``vi_sort_key`` works character by character (a space is " " in the letters and "0" in the tones),
    so each word's keys are computed once and remembered: ten times faster over a province's titles."""
    pieces = [_sort_piece(piece) for piece in unicodedata.normalize("NFC", (title or "").lower()).split(" ")]
    letters = " ".join(p[0] for p in pieces)[:SORT_KEY_CHARS]
    tones = "0".join(p[1] for p in pieces)[:SORT_KEY_CHARS]
    return f"{letters}\x01{tones}"
