"""How alike two initiative titles are, on accent-folded words: the duplicate finder's measure.

Vietnamese writes one syllable per word, so titles are compared as sets of syllables and of pairs of
neighbouring syllables (the pairs keep some word order: "quản lý điện" is not "điện quản lý"). Function
words and the stock phrases of every title ("giải pháp nâng cao hiệu quả …") weigh less, so that two
different initiatives do not look alike for sharing them. The score is a weighted Dice coefficient
(1.0 for the same words, 0.0 for nothing in common), lowered when each title has a word the other
lacks: a duplicate adds or drops words, it rarely swaps one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

# A title this similar to another of the same campaign, with a shared author or the same unit, is a
# likely duplicate: saving it asks for confirmation.
LIKELY_DUPLICATE = 0.8
# Below this a title is not worth showing beside the form at all.
SHOWN_FROM = 0.35

_WORD = re.compile(r"[a-z0-9]+")
# đ/Đ are letters of their own, not d + a mark (and legacy conversions give the look-alike eth).
# Invisible characters pasted from Word or the web go, as in ``domain.text.fold``.
_D = str.maketrans({"đ": "d", "Đ": "D", "Ð": "D", "ð": "d", **dict.fromkeys("\u200b\u2060\ufeff\u00ad")})
_MARKS = re.compile("[\u0300-\u036f]")  # the combining marks of Vietnamese (and of Latin script)
# i/y are interchangeable after these initials ("quy"/"qui", "kỹ"/"kĩ", "lý"/"lí"): both spellings are
# in use and must compare equal.
_I_OR_Y = {word: word[:-1] + "i" for word in ("hy", "ky", "ly", "my", "ty", "sy", "quy")}


def normalise_word(word: str) -> str:
    """One spelling per syllable: "ky" → "ki", "quy" → "qui"."""
    return _I_OR_Y.get(word, word)


# Folded function words: frequent in every title and meaning little on their own.
STOP_WORDS = frozenset(map(normalise_word, (
    "va cua cho tai trong tren voi de cac nhung mot o ve theo khi nham bang tu den la nay duoc vao ra "
    "phuc vu su viec").split()))
# Stock words of initiative titles.
COMMON_WORDS = frozenset(map(normalise_word, (
    "giai phap sang kien nang cao hieu qua cai tien ung dung cong tac quan ly xay dung hoan thien thuc hien "
    "tang cuong doi moi toi uu hoa he thong quy trinh don vi").split()))
STOP_WEIGHT, COMMON_WEIGHT, WORD_WEIGHT = 0.2, 0.4, 1.0
SUBSTITUTION_FACTOR = 0.85


_TOKENS: dict[str, list[str]] = {}  # a space-separated piece of text → its words, remembered
_TOKENS_KEPT = 200_000


def _fold_token(token: str) -> list[str]:
    plain = _MARKS.sub("", unicodedata.normalize("NFD", token.translate(_D))).lower()
    return [_I_OR_Y.get(word, word) for word in _WORD.findall(plain)]


def words(text: str | None) -> list[str]:
    """Folded, normalised syllables of ``text``: "Kỹ thuật điện" → ["ki", "thuat", "dien"].

    The same folding as ``domain.text.fold`` (no diacritics, đ → d, lower case) for the letters and
    digits kept here. Vietnamese has a few thousand syllables, so each space-separated piece is folded
    once and remembered: eight times faster when a province's 170,000 initiatives are indexed."""
    if not text:
        return []
    out: list[str] = []
    for token in text.split():
        found = _TOKENS.get(token)
        if found is None:
            if len(_TOKENS) >= _TOKENS_KEPT:
                _TOKENS.clear()
            found = _TOKENS[token] = _fold_token(token)
        out += found
    return out


def search_text(text: str | None) -> str:
    """What the search index holds for ``text``: its words, space separated."""
    return " ".join(words(text))


def word_weight(word: str) -> float:
    if word in STOP_WORDS:
        return STOP_WEIGHT
    if word in COMMON_WORDS:
        return COMMON_WEIGHT
    return WORD_WEIGHT


def features(title_words: Iterable[str]) -> dict[str, float]:
    """Weighted features of a title: each word, and each pair of neighbouring words (weighing as the
    lighter of its two words, so that a stock phrase weighs little as pairs too)."""
    seq = list(title_words)
    out = {word: word_weight(word) for word in seq}
    out.update({f"{a} {b}": min(out[a], out[b]) for a, b in zip(seq, seq[1:])})
    return out


def dice(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """Weighted Dice coefficient of two feature sets (0.0 … 1.0)."""
    total = sum(a.values()) + sum(b.values())
    if not total:
        return 0.0
    if len(a) > len(b):
        a, b = b, a
    shared = sum(weight for feature, weight in a.items() if feature in b)
    return 2.0 * shared / total


def _changed_word(a: Mapping[str, float], b: Mapping[str, float]) -> bool:
    """``a`` has a word (not a function word) that ``b`` lacks."""
    return any(weight > STOP_WEIGHT and " " not in feature and feature not in b for feature, weight in a.items())


def similarity(a: Mapping[str, float], b: Mapping[str, float]) -> float:
    """How alike two titles' ``features`` are (0.0 … 1.0): their weighted Dice coefficient, lowered when
    each title has a word the other lacks. The same initiative typed twice differs by
    accents, spelling, words added or left out; "… môn Hóa học" and "… môn Lịch sử", or "lớp 3" and
    "lớp 4", are different initiatives however long the phrase they share."""
    score = dice(a, b)
    if score and _changed_word(a, b) and _changed_word(b, a):
        score *= SUBSTITUTION_FACTOR
    return score


def title_similarity(left: str, right: str) -> float:
    """How alike two titles are, whatever their accents, case and punctuation."""
    return similarity(features(words(left)), features(words(right)))


@dataclass(frozen=True)
class Prepared:
    """A title's features made ready for comparing many times (``compare``): the campaign-wide search
    compares millions of pairs, and set operations in C are ten times faster than loops in Python."""

    weights: dict[str, float]
    keys: frozenset[str]
    words: frozenset[str]  # its words that are not function words
    total: float


def prepare(title_words: Iterable[str]) -> Prepared:
    weights = features(title_words)
    kept = frozenset(f for f, w in weights.items() if w > STOP_WEIGHT and " " not in f)
    return Prepared(weights, frozenset(weights), kept, sum(weights.values()))


def could_reach(a: Prepared, b: Prepared, threshold: float) -> bool:
    """False when the two cannot score ``threshold``: what they share weighs at most the lighter one."""
    return 2.0 * min(a.total, b.total) >= threshold * (a.total + b.total)


def compare(a: Prepared, b: Prepared) -> float:
    """``similarity`` of two prepared titles."""
    total = a.total + b.total
    if not total:
        return 0.0
    weights = a.weights
    score = 2.0 * sum(map(weights.__getitem__, a.keys & b.keys)) / total
    if score and not a.words <= b.keys and not b.words <= a.keys:
        score *= SUBSTITUTION_FACTOR
    return score


def rarest(title_words: Iterable[str], frequency: Mapping[str, int], count: int = 3) -> list[str]:
    """The ``count`` least frequent distinct words (function words last): candidates for a title are the
    titles sharing one of them, so that a search never walks the titles made of common words only."""
    distinct = {word for word in title_words}
    ranked = sorted(distinct, key=lambda word: (word in STOP_WORDS, frequency.get(word, 0), word))
    return ranked[:count]


def same_person_name(left: str, right: str) -> bool:
    """Two author names that are the same once folded ("Nguyễn Văn Hùng" / "nguyen van hung")."""
    return bool(left) and " ".join(words(left)) == " ".join(words(right))
