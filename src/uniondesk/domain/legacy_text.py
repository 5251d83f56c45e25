"""Vietnamese text in the legacy 8-bit encodings of old office files, recognised and turned into Unicode.

Before Unicode, Vietnamese offices typed with fonts that drew Vietnamese letters in place of Western
ones. The bytes survive in .xls/.doc files and, once the file is saved as .xlsx, as Windows-1252
characters that read as garbage:

* TCVN3 (ABC, fonts ".VnTime", ".VnArial"): one byte per lower-case letter with its marks:
  "S¸ng kiÕn" is "Sáng kiến". Capitals with tone marks have no code: ".VnTimeH" fonts draw the
  lower-case codes as capitals, so "CéNG HßA" is "CỘNG HÒA".
* VNI (fonts "VNI-Times"): a base letter followed by one or two mark characters: "Saùng kieán" is
  "Sáng kiến"; ơ, ư, đ and the toned i and ỵ have characters of their own.

Both use only Latin-1 letters, and so does some perfectly good Unicode Vietnamese ("Tài chính"). A
cell is therefore converted only when its text is clearly not Vietnamese as it stands and one of the
two readings makes it Vietnamese (``to_unicode``): every word is checked against the shape of a
Vietnamese syllable (initial consonant, vowel group, final consonant, at most one tone mark).
"""

from __future__ import annotations

import re
import unicodedata

# --- TCVN3 (TCVN 5712:1993, "ABC"): byte value (as a Windows-1252 character) → letter ---------------

_TCVN3_PLAIN = {0xA1: "Ă", 0xA2: "Â", 0xA3: "Ê", 0xA4: "Ô", 0xA5: "Ơ", 0xA6: "Ư", 0xA7: "Đ",
                0xA8: "ă", 0xA9: "â", 0xAA: "ê", 0xAB: "ô", 0xAC: "ơ", 0xAD: "ư", 0xAE: "đ"}
# Each lower-case vowel's five toned forms, in the order huyền, hỏi, ngã, sắc, nặng, with their bytes.
# The gaps in the byte ranges (0xBA, 0xBF–0xC5, 0xCD, 0xD9–0xDB, 0xE0, 0xF0) are not used by TCVN3.
_TCVN3_TONED = {
    "a": (0xB5, 0xB6, 0xB7, 0xB8, 0xB9), "ă": (0xBB, 0xBC, 0xBD, 0xBE, 0xC6),
    "â": (0xC7, 0xC8, 0xC9, 0xCA, 0xCB), "e": (0xCC, 0xCE, 0xCF, 0xD0, 0xD1),
    "ê": (0xD2, 0xD3, 0xD4, 0xD5, 0xD6), "i": (0xD7, 0xD8, 0xDC, 0xDD, 0xDE),
    "o": (0xDF, 0xE1, 0xE2, 0xE3, 0xE4), "ô": (0xE5, 0xE6, 0xE7, 0xE8, 0xE9),
    "ơ": (0xEA, 0xEB, 0xEC, 0xED, 0xEE), "u": (0xEF, 0xF1, 0xF2, 0xF3, 0xF4),
    "ư": (0xF5, 0xF6, 0xF7, 0xF8, 0xF9), "y": (0xFA, 0xFB, 0xFC, 0xFD, 0xFE),
}
# Combining tone marks in the same order: huyền, hỏi, ngã, sắc, nặng.
TONES = ("\u0300", "\u0309", "\u0303", "\u0301", "\u0323")


def _with_tone(letter: str, tone: str) -> str:
    return unicodedata.normalize("NFC", letter + tone)


def _tcvn3_table() -> dict[int, str]:
    table = {chr(code): letter for code, letter in _TCVN3_PLAIN.items()}
    for letter, codes in _TCVN3_TONED.items():
        for code, tone in zip(codes, TONES, strict=True):
            table[chr(code)] = _with_tone(letter, tone)
    return str.maketrans(table)


TCVN3_TABLE = _tcvn3_table()
TCVN3_TABLE_CHARS = {chr(code) for code in TCVN3_TABLE}

# --- VNI: marks that follow a base letter -----------------------------------------------------------

_CIRCUMFLEX, _BREVE, _HORN = "\u0302", "\u0306", "\u031b"
# mark character → (letter modifier, tone), lower- and upper-case forms alike.
_VNI_MARKS: dict[str, tuple[str, str]] = {}
for _chars, _modifier in (("øûõùï", ""), ("àåãáä", _CIRCUMFLEX), ("èúüéë", _BREVE)):
    for _char, _tone in zip(_chars, TONES, strict=True):
        _VNI_MARKS[_char] = _VNI_MARKS[_char.upper()] = (_modifier, _tone)
_VNI_MARKS["â"] = _VNI_MARKS["Â"] = (_CIRCUMFLEX, "")
_VNI_MARKS["ê"] = _VNI_MARKS["Ê"] = (_BREVE, "")
# Which plain letters take which modifier: tones go on a, e, o, u, y; the circumflex on a, e, o; the
# breve only on a. (i has toned characters of its own; ơ and ư, themselves single characters, take tones.)
_TAKES = {"": set("aeouy"), _CIRCUMFLEX: set("aeo"), _BREVE: {"a"}}
# Letters that VNI writes as one character of their own.
_VNI_LETTERS = {"ô": "ơ", "ö": "ư", "ñ": "đ", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "í": "í", "ò": "ị", "î": "ỵ"}
_VNI_LETTERS.update({k.upper(): v.upper() for k, v in list(_VNI_LETTERS.items())})


def _vni_mark(base: str, mark: str) -> str | None:
    """``base`` with the VNI ``mark`` applied, or None when VNI never puts that mark on that letter."""
    modifier, tone = _VNI_MARKS[mark]
    if mark.isupper() != base.isupper():
        return None  # the keyboard driver types a capital's marks in capitals, and only then
    decomposed = unicodedata.normalize("NFD", base)
    letter, existing = decomposed[0].lower(), decomposed[1:]
    if not existing:
        allowed = letter in _TAKES[modifier]
    else:  # only ơ and ư arrive with a mark already (the horn), and they take a tone only
        allowed = existing == _HORN and not modifier
    return unicodedata.normalize("NFC", decomposed + modifier + tone) if allowed else None


def vni_to_unicode(text: str) -> str:
    """Read ``text`` as VNI: single-character letters replaced, marks applied to the letter before them."""
    out: list[str] = []
    for char in text:
        if char in _VNI_MARKS and out:
            combined = _vni_mark(out[-1], char)
            if combined is not None:
                out[-1] = combined
                continue
        capital_inside_word = char.isupper() and out and out[-1].islower()
        out.append(char if capital_inside_word else _VNI_LETTERS.get(char, char))
    return "".join(out)


_ASCII_LETTERS = re.compile(r"[A-Za-z]")


def _restore_capitals(text: str) -> str:
    """TCVN3 has no codes for toned capitals: text typed in capitals (".VnTimeH" fonts draw the lower-case
    codes as capitals) is recognised by its plain letters, all capitals, and made capitals throughout."""
    ascii_letters = _ASCII_LETTERS.findall(text)
    if len(ascii_letters) >= 2 and all(letter.isupper() for letter in ascii_letters):
        return text.upper()
    return text


def tcvn3_to_unicode(text: str) -> str:
    return _restore_capitals(text.translate(TCVN3_TABLE))


# --- is this Vietnamese? ------------------------------------------------------------------------------

_INITIALS = ("ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "th", "tr", "qu", *"bcdđghklmnprstvx", "")
_VOWELS = "aăâeêioôơuưy"
# Vowel groups (without tone marks) and the finals each takes ("-": none). Semivowel endings (i, y, o,
# u) are part of the group. Rare rhymes are left out: a word is only weighed, never corrected, by this.
_RHYMES = {group: set(codas.split()) for group, codas in {
    "a": "- c ch m n ng nh p t", "ă": "c m n ng p t", "â": "c m n ng p t", "e": "- c m n ng p t",
    "ê": "- ch m n nh p t", "i": "- ch m n nh p t", "o": "- c m n ng p t", "ô": "- c m n ng p t",
    "ơ": "- m n p t", "u": "- c m n ng p t", "ư": "- c m n ng t", "y": "-",
    "iê": "c m n ng p t", "yê": "m n t", "uô": "c m n ng t", "ươ": "c m n ng p t",
    "oa": "- c ch m n ng nh p t", "oă": "c m n ng t", "oe": "- m n p t", "uâ": "n ng t",
    "uê": "- ch nh n", "uơ": "-", "uy": "- ch n nh p t", "uyê": "n t", "ia": "-", "ua": "-", "ưa": "-",
    **dict.fromkeys("ai ao au ay âu ây eo êu iu oi ôi ơi ui ưi ưu iêu yêu oai oao oay oeo uây uôi ươi ươu "
                    "uya uyu".split(), "-"),
}.items()}
# Open groups whose tone may sit on either vowel: "hoà" (older spelling) and "hòa" are both right.
_EITHER = {"oa", "oe", "uy", "uê", "uơ"}
_CODAS = ("ch", "ng", "nh", *"cmnpt", "")
_TONE_SET = set(TONES)


def _letters(word: str) -> tuple[str, int | None, int]:
    """(the word without tone marks, index of the letter carrying the tone, number of tones)."""
    toneless, position, tones = [], None, 0
    for index, char in enumerate(unicodedata.normalize("NFC", word.lower())):
        parts = unicodedata.normalize("NFD", char)
        marks = sum(part in _TONE_SET for part in parts)
        if marks:
            tones, position = tones + marks, index
        letter = unicodedata.normalize("NFC", "".join(part for part in parts if part not in _TONE_SET))
        if len(letter) != 1:  # a tone mark on nothing, or on a letter Vietnamese does not have
            return "", None, 2
        toneless.append(letter)
    return "".join(toneless), position, tones


def _rhyme_fits(vowels: str, coda: str, tone_at: int | None) -> bool:
    """``tone_at``: index of the toned letter within ``vowels`` (None: no tone)."""
    if coda not in _RHYMES.get(vowels, ()):
        return False
    if tone_at is None or len(vowels) == 1:
        return tone_at is None or tone_at == 0
    last = len(vowels) - 1
    if coda != "-":
        return tone_at == last  # "tiến", "hoàn", "muốn": the tone on the main vowel, the last one
    return vowels in _EITHER or tone_at != last  # "hai", "người", "mùa": not on the closing vowel


def _is_syllable(word: str) -> bool:
    toneless, position, tones = _letters(word)
    if tones > 1 or not toneless:
        return False
    for initial in _INITIALS:
        if not toneless.startswith(initial):
            continue
        rest = toneless[len(initial):]
        vowel_count = len(rest) - len(rest.lstrip(_VOWELS))
        vowels, coda = rest[:vowel_count], rest[vowel_count:]
        if not vowels or coda not in _CODAS:
            continue
        tone_at = None if position is None else position - len(initial)
        if tone_at is not None and not 0 <= tone_at < len(vowels):
            continue  # the tone on a consonant, or on the i of "gi"
        if _rhyme_fits(vowels, coda or "-", tone_at):
            return True
    return False


_WORD_SPLIT = re.compile(r"[\s\"'“”‘’()\[\]{}.,;:!?…\-–—/\\*+=&%]+")
_ABBREVIATION = re.compile(r"[A-ZĐ]{2,}")


def _non_ascii_words(text: str) -> list[str]:
    return [word for word in _WORD_SPLIT.split(text) if word and not word.isascii()]


def _is_word(word: str) -> bool:
    """A Vietnamese syllable, or an abbreviation in capitals such as "LĐLĐ", "CĐCS"."""
    return _ABBREVIATION.fullmatch(word) is not None or _is_syllable(word)


def vietnamese_score(text: str) -> tuple[int, int]:
    """(words that are not Vietnamese, words that are), over the words with a non-ASCII character:
    plain ASCII words (codes, abbreviations, numbers) say nothing either way."""
    words = _non_ascii_words(text)
    good = sum(_is_word(word) for word in words)
    return len(words) - good, good


def _fits_windows_1252(text: str) -> bool:
    """Legacy text came from bytes shown as Windows-1252: anything outside it is Unicode already (and
    this check, unlike the one below, runs at C speed on every cell of a workbook). One byte a
    character: the text fits when dropping what does not loses nothing (cheaper than an exception)."""
    return len(text.encode("cp1252", "ignore")) == len(text)


def _is_unicode_vietnamese(text: str) -> bool:
    """A letter or mark beyond Latin-1 (ạ, ơ, đ, a combining mark) never comes from a legacy encoding."""
    return any(ord(char) > 0xFF and unicodedata.category(char)[0] in "LM" for char in text)


# Latin-1 letters that Unicode Vietnamese uses too: in a legacy text they prove nothing.
_VIETNAMESE_LATIN1 = set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
_VNI_FREQUENT_LETTERS = set("öñÖÑ")


def _evidence(name: str, text: str, converted: str) -> int:
    """How many characters speak for this encoding, to choose when both readings give Vietnamese:
    TCVN3's codes that are no Vietnamese letter ("¸", "Õ" in "kiÕn"), VNI's marks joined to a letter
    ("oâ" → "ô") and its ư and đ (ö, ñ: far more frequent than the ử and ủ TCVN3 reads there)."""
    if name == "tcvn3":
        return sum(char in TCVN3_TABLE_CHARS and char not in _VIETNAMESE_LATIN1 for char in text)
    return len(text) - len(converted) + 2 * sum(char in _VNI_FREQUENT_LETTERS for char in text)


def detect(text: str) -> str | None:
    """"tcvn3" or "vni" when ``text`` is clearly in that legacy encoding, None otherwise."""
    if text.isascii() or not _fits_windows_1252(text) or _is_unicode_vietnamese(text):
        return None
    bad, _ = vietnamese_score(text)
    if not bad:
        return None  # plausible Vietnamese as it stands ("Tài chính"): never touched
    best: tuple[tuple[int, int, int], str] | None = None
    for name, convert in (("tcvn3", tcvn3_to_unicode), ("vni", vni_to_unicode)):
        converted = convert(text)
        converted_bad, converted_good = vietnamese_score(converted)
        if converted_bad >= bad or not converted_good:
            continue
        rank = (converted_bad, -converted_good, -_evidence(name, text, converted))
        if best is None or rank < best[0]:
            best = (rank, name)
    return best[1] if best else None


def to_unicode(text: str) -> str:
    """NFC Unicode of ``text``: converted from TCVN3 or VNI when it is clearly in one, else only NFC."""
    kind = detect(text)
    if kind == "tcvn3":
        text = tcvn3_to_unicode(text)
    elif kind == "vni":
        text = vni_to_unicode(text)
    return unicodedata.normalize("NFC", text)
