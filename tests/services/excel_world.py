"""Shared by the Excel tests: a small province with a campaign, and builders of the workbooks offices send."""

from __future__ import annotations

import datetime as dt
import struct
import unicodedata
from pathlib import Path

import openpyxl

from uniondesk.services import people, units
from uniondesk.services.campaigns import create_campaign
from uniondesk.store.db import database

HEADER = ["STT", "Đơn vị", "Tên sáng kiến", "Lĩnh vực", "Tác giả", "Giá trị làm lợi (đồng)", "Ngày đăng ký",
          "Ngày áp dụng", "Trạng thái"]


def dump() -> str:
    return "\n".join(database.connection().iterdump())


class World:
    """LĐLĐ Thanh Hóa with two districts; two grassroots unions with the same name in different districts;
    a campaign organised by the province; one person already known."""

    def __init__(self, actor, home):
        self.actor, self.home = actor, home

        def add(code, name, kind, parent):
            return units.add_unit(actor, code=code, name=name, kind=kind, parent_id=parent.id, members=80,
                                  opened_on=dt.date(2015, 1, 1))
        self.muong_lat = add("TH.ML", "LĐLĐ huyện Mường Lát", "upper", home)
        self.ngoc_lac = add("TH.NL", "LĐLĐ huyện Ngọc Lặc", "upper", home)
        self.school = add("TH.ML.01", "Công đoàn Trường THCS Pù Nhi", "grassroots", self.muong_lat)
        self.power = add("TH.NL.01", "Công đoàn Điện lực Ngọc Lặc", "grassroots", self.ngoc_lac)
        self.twin_a = add("TH.ML.02", "Công đoàn Trường Tiểu học Quang Trung", "grassroots", self.muong_lat)
        self.twin_b = add("TH.NL.02", "Công đoàn Trường Tiểu học Quang Trung", "grassroots", self.ngoc_lac)
        self.campaign = create_campaign(
            actor, code="1TSK", name="1 triệu sáng kiến – nỗ lực vượt khó, sáng tạo", kind="initiatives",
            organiser_id=home.id, start_on=dt.date(2022, 1, 8), end_on=dt.date(2023, 9, 1))
        self.an = people.add_person(actor, self.school.id, full_name="Nguyễn Văn An")


def save(rows: list[list], path: Path, *, sheet_title: str = "Sheet1", before: list[list] = (),
         merges: list[str] = (), formats: dict[str, str] | None = None) -> Path:
    """A workbook with ``before`` rows (titles, a header), then ``rows``; ``merges`` as "A1:C1"."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = sheet_title
    for row in [*before, *rows]:
        sheet.append(row)
    for cells in merges:
        sheet.merge_cells(cells)
    for cell, number_format in (formats or {}).items():
        sheet[cell].number_format = number_format
    workbook.save(path)
    return path


def simple(rows: list[list], path: Path, **kwargs) -> Path:
    return save(rows, path, before=[HEADER], **kwargs)


def row(number=1, unit="TH.ML.01", title="Cải tiến quy trình chấm bài trắc nghiệm", field="Giải pháp kỹ thuật",
        authors="Nguyễn Văn An", benefit="1.500.000", registered="15/03/2022", applied="01/04/2022",
        status="Đã đăng ký") -> list:
    return [number, unit, title, field, authors, benefit, registered, applied, status]


# --- a compound file (OLE2), as Excel writes a password-protected workbook --------------------------------

_FREE, _END, _FATSECT = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD


def _entry(name: str, kind: int, start: int, size: int, child: int = _FREE, right: int = _FREE) -> bytes:
    encoded = (name + "\0").encode("utf-16-le")
    return (encoded.ljust(64, b"\0") + struct.pack("<HBB", len(encoded), kind, 1)
            + struct.pack("<III", _FREE, right, child) + b"\0" * 16 + b"\0" * 4 + b"\0" * 16
            + struct.pack("<IQ", start, size))


def encrypted_workbook(path: Path) -> Path:
    """A minimal but well-formed compound file with the two streams of an encrypted OOXML package."""
    stream_sectors = 8  # 4096 bytes each: at the mini-stream cutoff, so they live in ordinary sectors
    fat = [_FATSECT, _END]
    for first in (2, 2 + stream_sectors):
        fat += [first + i + 1 for i in range(stream_sectors - 1)] + [_END]
    fat += [_FREE] * (128 - len(fat))
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 16 + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
              + b"\0" * 6 + struct.pack("<IIIIIIIII", 0, 1, 1, 0, 4096, _END, 0, _END, 0)
              + struct.pack("<I", 0) + struct.pack("<I", _FREE) * 108)
    directory = (_entry("Root Entry", 5, _END, 0, child=1) + _entry("EncryptionInfo", 2, 2, 4096, right=2)
                 + _entry("EncryptedPackage", 2, 2 + stream_sectors, 4096) + b"\0" * 128)
    body = struct.pack("<128I", *fat) + directory + b"\x5a" * (2 * stream_sectors * 512)
    assert len(header) == 512
    path.write_bytes(header + body)
    return path


# --- legacy 8-bit Vietnamese, as old files typed with ".VnTime" or "VNI-Times" fonts hold it ----------------

def tcvn3(text: str) -> str:
    """Unicode (lower-case toned letters) → TCVN3 bytes read as Windows-1252 characters."""
    from uniondesk.domain.legacy_text import TCVN3_TABLE

    inverse = {v: chr(k) for k, v in TCVN3_TABLE.items()}
    return "".join(inverse.get(ch, ch) for ch in unicodedata.normalize("NFC", text))


_VNI_TONES = {"\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0301": "ù", "\u0323": "ï"}
_VNI_CIRCUMFLEX = {"": "â", "\u0300": "à", "\u0309": "å", "\u0303": "ã", "\u0301": "á", "\u0323": "ä"}
_VNI_BREVE = {"": "ê", "\u0300": "è", "\u0309": "ú", "\u0303": "ü", "\u0301": "é", "\u0323": "ë"}
_VNI_I = {"\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0301": "í", "\u0323": "ò"}


def vni(text: str) -> str:
    """Unicode → VNI: base letter, then the VNI mark characters (capitals take capital marks)."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in "đĐ":
            out.append("ñ" if ch == "đ" else "Ñ")
            continue
        base, *marks = unicodedata.normalize("NFD", ch)
        tone = next((m for m in marks if m in _VNI_TONES), "")
        upper = base.isupper()
        if "\u031b" in marks:  # ơ, ư: one character each, then the tone
            letter = {"o": "ô", "u": "ö"}[base.lower()]
            out.append((letter.upper() if upper else letter) + _case(_VNI_TONES.get(tone, ""), upper))
        elif "\u0302" in marks:
            out.append(base + _case(_VNI_CIRCUMFLEX[tone], upper))
        elif "\u0306" in marks:
            out.append(base + _case(_VNI_BREVE[tone], upper))
        elif base.lower() == "i" and tone:
            out.append(_case(_VNI_I[tone], upper))
        elif base.lower() == "y" and tone == "\u0323":
            out.append("Î" if upper else "î")
        else:
            out.append(base + _case(_VNI_TONES.get(tone, ""), upper))
    return "".join(out)


def _case(mark: str, upper: bool) -> str:
    return mark.upper() if upper else mark
