"""Certificates: the text of generated PDFs (read back with pypdf), embedded fonts, blank mode without
ornament and moved by exactly the calibration, long text kept in its box, bad templates, fonts and
calibrations refused, output that cannot be written, cancel and progress, preview and recipient lists."""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import json
import os
import struct
import unicodedata
from types import SimpleNamespace

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from pypdf.generic import ContentStream

from uniondesk.domain.errors import Cancelled, EnvironmentFault, InputError
from uniondesk.services import awards, people, units
from uniondesk.services.awards import RecipientSpec
from uniondesk.services.certificates import batch, calibration, fonts, layout, pdf, preview, recipient_list, templates
from uniondesk.services.certificates.page import MM, Calibration
from uniondesk.store import db as store_db

LONG_NAME = "Nguyễn Thị Huỳnh Ngọc Trường"
PAINTING = {b"f", b"f*", b"S", b"s", b"B", b"b", b"re", b"m", b"l", b"c", b"Do"}


def dump() -> str:
    return "\n".join(store_db.database.connection().iterdump())


@pytest.fixture
def signed(office):
    """A signed Bằng khen for three people and a collective; returns its parts."""
    actor, home = office
    upper = units.add_unit(actor, code="TH.ML", name="LĐLĐ huyện Mường Lát", kind="upper", parent_id=home.id)
    school = units.add_unit(actor, code="TH.ML.01", name="Công đoàn Trường Tiểu học Trung Lý", kind="grassroots",
                            parent_id=upper.id)
    folk = [people.add_person(actor, school.id, full_name=name, gender=gender, position=position)
            for name, gender, position in ((LONG_NAME, "female", "Giáo viên"), ("Lò Văn Pằn", "male", "Chủ tịch CĐCS"),
                                           ("Hà Thị Ặng", "female", "Nhân viên"))]
    made = awards.create_decision(
        actor, number="125/QĐ-LĐLĐ", decided_on=dt.date(2022, 6, 27), issuing_unit_id=home.id,
        signer_title="TM. BAN THƯỜNG VỤ\nCHỦ TỊCH", signer_name="Lê Văn Minh", form="bang_khen", place="Thanh Hóa",
        reason="Đã có sáng kiến tiêu biểu trong chương trình “1 triệu sáng kiến – nỗ lực vượt khó, sáng tạo”.")
    rows = awards.add_recipients(actor, made.id, [RecipientSpec("individual", person_id=p.id) for p in folk]
                                 + [RecipientSpec("collective", unit_id=school.id)])
    awards.sign_decision(actor, made.id)
    return SimpleNamespace(actor=actor, decision=made, rows=rows, names=[
        f"Bà {LONG_NAME}", "Ông Lò Văn Pằn", "Bà Hà Thị Ặng", "Tập thể Công đoàn Trường Tiểu học Trung Lý"])


def texts_of(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def positions(path, index=0) -> list[tuple[str, float, float]]:
    found = []
    PdfReader(path).pages[index].extract_text(
        visitor_text=lambda text, cm, tm, font, size: found.append((text, tm[4], tm[5])) if text.strip() else None)
    return found


def operators(path, index=0) -> set[bytes]:
    reader = PdfReader(path)
    return {op for _, op in ContentStream(reader.pages[index].get_contents(), reader).operations}


def test_every_recipient_is_printed_with_correct_diacritics(signed, tmp_path):
    result = batch.write_certificates(signed.decision.id, tmp_path / "all.pdf")
    assert result.pages == 4 and result.template == "bang_khen_a4_landscape"
    pages = texts_of(result.path)
    for name, text in zip(signed.names, pages):
        assert name in text, name
        assert name in unicodedata.normalize("NFC", text)
    assert "BAN CHẤP HÀNH LIÊN ĐOÀN LAO ĐỘNG TỈNH THANH HÓA" in pages[0]
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in pages[0] and "Độc lập – Tự do – Hạnh phúc" in pages[0]
    assert "BẰNG KHEN" in pages[0] and "Số vào sổ: 1" in pages[0] and "Số vào sổ: 4" in pages[3]
    assert "Thanh Hóa, ngày 27 tháng 6 năm 2022" in pages[0]
    assert "Chủ tịch Công đoàn cơ sở, Công đoàn Trường Tiểu học Trung Lý" in pages[1]
    assert "Trực thuộc Liên đoàn Lao động huyện Mường Lát" in pages[3]


@pytest.mark.parametrize("blank", [False, True])
def test_every_font_is_embedded(signed, tmp_path, blank):
    path = batch.write_certificates(signed.decision.id, tmp_path / "f.pdf", blank=blank).path
    for page in PdfReader(path).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert font["/Subtype"] == "/TrueType", font["/BaseFont"]
            assert "/FontFile2" in font["/FontDescriptor"], font["/BaseFont"]
            assert "NotoSerif" in font["/BaseFont"]


def test_blank_mode_draws_no_ornament_and_the_full_design_does(signed, tmp_path):
    blank = batch.write_certificates(signed.decision.id, tmp_path / "blank.pdf", blank=True).path
    full = batch.write_certificates(signed.decision.id, tmp_path / "full.pdf").path
    assert not operators(blank) & PAINTING
    assert "/XObject" not in PdfReader(blank).pages[0]["/Resources"]
    assert b"Do" in operators(full)
    blank_text, full_text = texts_of(blank)[0], texts_of(full)[0]
    assert "BẰNG KHEN" not in blank_text and "CỘNG HÒA" not in blank_text  # printed on the blank already
    assert f"Bà {LONG_NAME}" in blank_text and "Số vào sổ: 1" in blank_text
    assert "BẰNG KHEN" in full_text


def test_blank_mode_moves_the_text_by_exactly_the_calibration(signed, tmp_path):
    plain = batch.write_certificates(signed.decision.id, tmp_path / "plain.pdf", blank=True).path
    calibration.set_calibration("bang_khen_a4_landscape", "HP LaserJet", Calibration(3.5, -2.0))
    moved = batch.write_certificates(signed.decision.id, tmp_path / "moved.pdf", blank=True, printer="HP LaserJet").path
    before, after = positions(plain), positions(moved)
    assert len(before) == len(after) > 8
    for (text, x, y), (text_after, x_after, y_after) in zip(before, after):
        assert text == text_after
        assert x_after - x == pytest.approx(3.5 * MM, abs=0.002)
        assert y_after - y == pytest.approx(2.0 * MM, abs=0.002)  # 2 mm up: PDF y grows upwards
    other_printer = batch.write_certificates(signed.decision.id, tmp_path / "other.pdf", blank=True).path
    assert positions(other_printer) == before


def test_a_nudge_moves_one_recipients_text_only(signed, tmp_path):
    calibration.set_nudge(signed.rows[1].id, 1.0, 0.5)
    work = batch.load(signed.decision.id)
    plain = [batch.page_for(work, i, blank=True) for i in range(2)]
    pages = list(batch.pages(work, blank=True))
    assert pages[0].texts == plain[0].texts
    base = layout.layout(work.template, work.facts[1], blank=True)
    for op, original in zip(pages[1].texts, base.texts):
        assert (op.x - original.x, op.y - original.y) == pytest.approx((1.0 * MM, -0.5 * MM))
    calibration.set_nudge(signed.rows[1].id, 0, 0)
    assert batch.page_for(work, 1, blank=True).texts == base.texts
    with pytest.raises(InputError):
        calibration.set_nudge(signed.rows[1].id, 25, 0)


def _inside(op, spec, calibration_=Calibration()):
    left, top, width, height = (v * MM for v in calibration_.box(spec.box))
    ascent, descent = fonts.metrics(op.font)
    page_height = 210 * MM
    return (left - 1e-6 <= op.x and op.x + op.width <= left + width + 1e-6
            and op.y + ascent * op.size <= page_height - top + 1e-6
            and op.y + descent * op.size >= page_height - top - height - 1e-6)


def test_long_names_and_reasons_shrink_or_wrap_inside_their_boxes(signed):
    template = templates.load_template("bang_khen_a4_landscape")
    facts = batch.load(signed.decision.id).facts[0]
    long_facts = dataclasses.replace(
        facts, recipient="Bà " + " ".join([LONG_NAME] * 3),
        detail="Giáo viên dạy giỏi cấp tỉnh, Tổ trưởng chuyên môn, " * 4,
        reason="Đã có sáng kiến “Ứng dụng công nghệ thông tin trong quản lý điểm và học bạ điện tử” " * 6)
    page = layout.layout(template, long_facts)
    for field in ("recipient", "detail", "reason"):
        ops = [op for op in page.texts if op.field == field]
        spec = template.fields[field]
        assert ops and len(ops) <= spec.lines
        assert all(_inside(op, spec) for op in ops), field
        assert ops[0].size < spec.size  # it had to shrink
    recipient = [op for op in page.texts if op.field == "recipient"]
    assert " ".join(op.text for op in recipient) == long_facts.recipient  # shrunk, never cut
    short = [op for op in layout.layout(template, facts).texts if op.field == "recipient"]
    assert short[0].size == template.fields["recipient"].size


def test_decomposed_text_is_drawn_precomposed(signed):
    template = templates.load_template("bang_khen_a4_landscape")
    facts = batch.load(signed.decision.id).facts[0]
    nfd = dataclasses.replace(facts, recipient=unicodedata.normalize("NFD", f"Bà {LONG_NAME}"))
    ops = [op for op in layout.layout(template, nfd).texts if op.field == "recipient"]
    assert ops[0].text == f"Bà {LONG_NAME}" and unicodedata.is_normalized("NFC", ops[0].text)


def test_signer_title_keeps_its_two_lines(signed):
    page = layout.layout(templates.load_template("bang_khen_a4_landscape"), batch.load(signed.decision.id).facts[0])
    assert [op.text for op in page.texts if op.field == "signer_title"] == ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH"]


@pytest.mark.parametrize("name", templates.template_names())
def test_every_shipped_template_loads_and_prints(signed, tmp_path, name):
    template = templates.load_template(name)
    path = batch.write_certificates(signed.decision.id, tmp_path / f"{name}.pdf", template=name).path
    box = PdfReader(path).pages[0].mediabox
    assert (float(box.width), float(box.height)) == pytest.approx((template.width_mm * MM, template.height_mm * MM),
                                                                  abs=0.01)
    assert {template.paper for template in map(templates.load_template, templates.template_names())} >= {"A4", "A3"}
    assert f"Bà {LONG_NAME}" in texts_of(path)[0]


# --- bad templates, fonts and calibrations ---------------------------------------------------------

def _template_copy(tmp_path, change) -> str:
    data = json.loads((templates.templates_dir() / "bang_khen_a4_landscape.json").read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "mau_rieng.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("change, message", [
    (lambda d: d["fields"].pop("recipient"), "thiếu ô “recipient” (Người, tập thể được khen)"),
    (lambda d: d["fields"]["reason"].update(box=[200, 100, 120, 20]), "nằm ngoài khổ giấy (297 × 210 mm)"),
    (lambda d: d["fields"]["title"].update(box=[30, 200, 200, 20]), "nằm ngoài khổ giấy"),
    (lambda d: d["fields"].update(logo={"box": [1, 1, 1, 1], "font": "NotoSerif-Bold", "size": 9}), "ô không biết: logo"),
    (lambda d: d["fields"]["tang"].pop("font"), "thiếu “font”"),
    (lambda d: d["fields"]["tang"].update(colour="đỏ"), "màu"),
    (lambda d: d["fields"]["tang"].update(align="justify"), "căn lề"),
    (lambda d: d["fields"]["tang"].update(font="KhongCo"), "Không tìm thấy phông chữ “KhongCo”"),
    (lambda d: d.update(paper="Letter"), "khổ giấy “Letter”"),
])
def test_a_bad_template_is_refused_with_a_clear_message(tmp_path, change, message):
    with pytest.raises(InputError) as refused:
        templates.load_template(_template_copy(tmp_path, change))
    assert message in refused.value.message and "mau_rieng.json" in refused.value.message


def test_an_unreadable_or_unknown_template_is_refused(tmp_path):
    broken = tmp_path / "hong.json"
    broken.write_text("{ không phải JSON", encoding="utf-8")
    with pytest.raises(InputError, match="không đọc được"):
        templates.load_template(str(broken))
    with pytest.raises(InputError, match="bang_khen_a4_landscape"):  # lists the templates there are
        templates.load_template("khong_co")


def _font_without_vietnamese(source, target) -> None:
    """The same font with a cmap reduced to ASCII: every Vietnamese letter is gone."""
    from reportlab.pdfbase.ttfonts import TTFontFile

    mapping = {code: glyph for code, glyph in TTFontFile(str(source)).charToGlyph.items() if 0x20 <= code < 0x7F}
    codes = sorted(mapping) + [0xFFFF]
    count = len(codes)
    deltas = [(mapping.get(code, 0) - code) % 65536 if code != 0xFFFF else 1 for code in codes]
    body = struct.pack(f">{count}H", *codes) + b"\0\0" + struct.pack(f">{count}H", *codes) \
        + struct.pack(f">{count}H", *deltas) + struct.pack(f">{count}H", *[0] * count)
    power = 2 ** (count.bit_length() - 1)
    sub = struct.pack(">7H", 4, 14 + len(body), 0, count * 2, power * 2, power.bit_length() - 1,
                      count * 2 - power * 2) + body
    cmap = struct.pack(">HHHHI", 0, 1, 3, 1, 12) + sub
    data = source.read_bytes()
    tables = {}
    for i in range(struct.unpack(">H", data[4:6])[0]):
        tag, _, offset, length = struct.unpack(">4sIII", data[12 + 16 * i:28 + 16 * i])
        tables[tag] = data[offset:offset + length]
    tables[b"cmap"] = cmap
    out, records, offset = bytearray(), bytearray(), 12 + 16 * len(tables)
    for tag in sorted(tables):
        blob = tables[tag] + b"\0" * (-len(tables[tag]) % 4)
        records += struct.pack(">4sIII", tag, 0, offset, len(tables[tag]))
        out += blob
        offset += len(blob)
    target.write_bytes(data[:12] + bytes(records) + bytes(out))


def test_a_font_without_vietnamese_glyphs_is_refused(tmp_path):
    _font_without_vietnamese(fonts.fonts_dir() / "NotoSerif-Regular.ttf", tmp_path / "KhongDau.ttf")
    (tmp_path / "Hong.ttf").write_bytes(b"not a font at all")
    with pytest.raises(InputError) as missing:
        templates.load_template(_template_copy(tmp_path, lambda d: d["fields"]["reason"].update(font="KhongDau")))
    assert "thiếu" in missing.value.message and "chữ tiếng Việt" in missing.value.message
    assert "(ặ ữ ỗ đ Ư " in missing.value.message  # the telling letters first
    with pytest.raises(InputError, match="hỏng hoặc không phải phông TrueType"):
        templates.load_template(_template_copy(tmp_path, lambda d: d["fields"]["reason"].update(font="Hong.ttf")))
    assert fonts.missing_letters({ord(c): 1 for c in fonts.VIETNAMESE}) == []


@pytest.mark.parametrize("value, field", [(Calibration(0, 29), "offset"), (Calibration(40, 0), "offset"),
                                          (Calibration(-3, 0, 1.2, 1.0), "scale"),
                                          (Calibration(float("nan"), 0), "calibration")])
def test_a_calibration_beyond_the_paper_is_refused(db, value, field):
    before = dump()
    with pytest.raises(InputError) as refused:
        calibration.set_calibration("bang_khen_a4_landscape", "", value)
    assert refused.value.field == field
    assert dump() == before


def test_calibrations_are_kept_per_template_and_printer(db):
    calibration.set_calibration("bang_khen_a4_landscape", "Canon", Calibration(1.5, -0.5, 1.002, 0.998))
    calibration.set_calibration("bang_khen_a4_landscape", "Canon", Calibration(2.0, -1.0))
    assert calibration.get_calibration("bang_khen_a4_landscape", "Canon") == Calibration(2.0, -1.0)
    assert calibration.get_calibration("bang_khen_a4_landscape", "") == Calibration()
    assert calibration.get_calibration("giay_khen_a4_landscape", "Canon") == Calibration()


def test_the_calibration_page_has_its_grid_and_crosses(db, tmp_path):
    calibration.set_calibration("bang_khen_a3_landscape", "Canon", Calibration(1.0, 2.0))
    path = calibration.write_calibration_page("bang_khen_a3_landscape", tmp_path / "cal.pdf", "Canon")
    text = texts_of(path)[0]
    assert "TRANG CĂN CHỈNH — Bằng khen – A3 ngang" in text
    assert "ngang +1,0 mm, dọc +2,0 mm" in text and "Máy in: Canon" in text
    assert "(20,0; 20,0)" in text and "(400,0; 277,0)" in text  # the corners, 20 mm in
    assert "Người, tập thể được khen (210,0; 118,8)" in text  # the centre of the recipient's box
    assert "ngang -2 mm, dọc +1 mm" in text
    assert {b"Do", b"Tj"} <= operators(path)


# --- writing the output ---------------------------------------------------------------------------

def _leftovers(folder) -> list[str]:
    return [p.name for p in folder.iterdir() if p.name.endswith(".partial")]


def test_a_full_disk_leaves_the_old_file_and_no_partial_file(signed, tmp_path, monkeypatch):
    target = tmp_path / "bang_khen.pdf"
    target.write_bytes(b"old file")

    def full(self):
        self.canvas._filename.write(b"%PDF-1.4 half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(pdf.PdfPages, "finish", full)
    with pytest.raises(EnvironmentFault, match="Đĩa đã đầy"):
        batch.write_certificates(signed.decision.id, target)
    assert target.read_bytes() == b"old file" and not _leftovers(tmp_path)


def test_a_file_held_open_by_a_reader_is_reported(signed, tmp_path, monkeypatch):
    target = tmp_path / "bang_khen.pdf"
    target.write_bytes(b"old file")

    def locked(source, destination):
        raise PermissionError(errno.EACCES, "The process cannot access the file")

    monkeypatch.setattr(pdf.os, "replace", locked)
    with pytest.raises(EnvironmentFault, match="đang được mở bởi chương trình khác"):
        batch.write_certificates(signed.decision.id, target)
    assert target.read_bytes() == b"old file" and not _leftovers(tmp_path)


def test_a_read_only_or_missing_folder_is_reported(signed, tmp_path, monkeypatch):
    with pytest.raises(EnvironmentFault, match="không tồn tại"):
        batch.write_certificates(signed.decision.id, tmp_path / "usb" / "bang_khen.pdf")
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()

    def refused(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(pdf, "open", refused, raising=False)
    with pytest.raises(EnvironmentFault, match="chỉ cho phép đọc"):
        recipient_list.write_xlsx(signed.decision.id, tmp_path / "ds.xlsx")
    assert not list(tmp_path.iterdir())


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_really_read_only_folder_is_reported(signed, tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(EnvironmentFault, match="chỉ cho phép đọc"):
            batch.write_certificates(signed.decision.id, folder / "bang_khen.pdf")
    finally:
        folder.chmod(0o755)


def test_cancel_writes_nothing_and_progress_counts_every_page(signed, tmp_path):
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    seen = []
    with pytest.raises(Cancelled):
        batch.write_certificates(signed.decision.id, tmp_path / "x.pdf", progress=lambda d, t, m: seen.append((d, t)),
                                 cancel=lambda: len(seen) >= 2)
    assert seen == [(1, 4), (2, 4)] and not list(tmp_path.iterdir())
    seen.clear()
    batch.write_certificates(signed.decision.id, tmp_path / "x.pdf", progress=lambda d, t, m: seen.append((d, t)))
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]


def test_some_recipients_drafts_and_revoked_decisions(signed, tmp_path):
    two = batch.write_certificates(signed.decision.id, tmp_path / "two.pdf",
                                   recipient_ids=[signed.rows[2].id, signed.rows[0].id])
    assert two.pages == 2 and "Bà Hà Thị Ặng" in texts_of(two.path)[1]
    awards.revoke_award(signed.actor, signed.rows[1].id, reason="Trùng sáng kiến", revoking_number="130/QĐ-LĐLĐ",
                        revoked_on=dt.date(2022, 8, 1))
    assert batch.write_certificates(signed.decision.id, tmp_path / "three.pdf").pages == 3
    draft = awards.create_decision(signed.actor, number="126/QĐ-LĐLĐ", decided_on=dt.date(2022, 7, 1),
                                   issuing_unit_id=signed.decision.issuing_unit_id, signer_title="CHỦ TỊCH",
                                   signer_name="Lê Văn Minh", form="giay_khen")
    with pytest.raises(InputError, match="không có người"):
        batch.write_certificates(draft.id, tmp_path / "d.pdf")
    awards.add_recipients(signed.actor, draft.id, [RecipientSpec("collective", unit_id=signed.rows[3].unit_id)])
    printed = batch.write_certificates(draft.id, tmp_path / "d.pdf")
    assert printed.template == "giay_khen_a4_landscape" and "Số vào sổ: ……" in texts_of(printed.path)[0]
    awards.revoke_decision(signed.actor, signed.decision.id, reason="Sai đối tượng", revoking_number="131/QĐ-LĐLĐ",
                           revoked_on=dt.date(2022, 9, 1))
    with pytest.raises(InputError, match="đã bị thu hồi"):
        batch.write_certificates(signed.decision.id, tmp_path / "r.pdf")


def test_the_preview_draws_the_same_page(signed):
    full = batch.preview_page(signed.decision.id, 0, dpi=72)
    blank = batch.preview_page(signed.decision.id, 0, dpi=72, blank=True)
    assert full.size == blank.size == (842, 595)
    corner = (20, 20)  # inside the frame band
    assert full.getpixel(corner) != (255, 255, 255) and blank.getpixel(corner) == (255, 255, 255)
    assert len(blank.crop((150, 170, 700, 230)).getcolors(100_000)) > 2  # the recipient's name is there
    with pytest.raises(InputError, match="Không có trang 9"):
        batch.preview_page(signed.decision.id, 8)
    page = batch.page_for(batch.load(signed.decision.id), 0, blank=False)
    assert preview.render(page, dpi=36).size == (421, 298)
    grid = calibration.calibration_page(templates.load_template("bang_khen_a4_landscape"), Calibration(1, 2))
    assert preview.render(grid, dpi=36).getcolors(100_000) != preview.render(page, dpi=36).getcolors(100_000)


def test_the_recipient_list_as_pdf_and_xlsx(signed, tmp_path):
    text = texts_of(recipient_list.write_pdf(signed.decision.id, tmp_path / "ds.pdf"))[0]
    assert "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN" in text
    assert "Quyết định số 125/QĐ-LĐLĐ ngày 27/06/2022" in text
    assert "I. TẬP THỂ (1)" in text and "II. CÁ NHÂN (3)" in text
    assert "Hà Thị Ặng" in text and "Lò Văn Pằn" in text
    sheet = load_workbook(recipient_list.write_xlsx(signed.decision.id, tmp_path / "ds.xlsx")).active
    rows = [tuple(cell for cell in row) for row in sheet.iter_rows(values_only=True)]
    assert (1, "Công đoàn Trường Tiểu học Trung Lý", "LĐLĐ huyện Mường Lát", 4, None) in rows
    assert (1, f"Bà {LONG_NAME}", "Giáo viên, Công đoàn Trường Tiểu học Trung Lý", 1, None) in rows
    assert not _leftovers(tmp_path)


def test_the_bench_cases_run_on_the_demo(db, tmp_path):
    from uniondesk.services import bench, bench_awards
    from uniondesk.services.demo import build_demo

    build_demo("small")
    ctx = bench.BenchContext("small", db.path, 1, 1, None)
    cases = bench_awards.cases(ctx)
    try:
        assert [case.name for case in cases] == ["12 certificates, blank mode (PDF)",
                                                 "12 certificates, full design (PDF)",
                                                 "certificate preview, one page (image, 96 dpi)"]
        blank = bench.measure(dataclasses.replace(cases[0], repeat=1))
        assert blank.ratio is not None and blank.baseline_median > 0
        assert cases[0].target == "≤ 2× raw" and 0 < cases[0].limit < 60
        for case in cases[1:]:
            assert bench.measure(dataclasses.replace(case, repeat=1)).status in ("ok", "slow")
    finally:
        for cleanup in ctx.cleanups:
            cleanup()


def test_the_bench_baseline_draws_the_same_text_as_blank_mode(signed, tmp_path):
    from uniondesk.services import bench_awards

    size, pages = bench_awards.raw_text(signed.decision.id)
    bench_awards.draw_raw(tmp_path / "raw.pdf", size, pages)
    ours = batch.write_certificates(signed.decision.id, tmp_path / "ours.pdf", blank=True).path
    assert texts_of(tmp_path / "raw.pdf") == texts_of(ours)
    assert positions(tmp_path / "raw.pdf", 2) == positions(ours, 2)


def test_an_office_defined_form_prints_its_own_title(signed, tmp_path):
    custom = awards.create_decision(signed.actor, number="7/QĐ-LĐLĐ", decided_on=dt.date(2022, 7, 1),
                                    issuing_unit_id=signed.decision.issuing_unit_id, signer_title="CHỦ TỊCH",
                                    signer_name="Lê Văn Minh", form="custom", form_title="Giấy chứng nhận")
    awards.add_recipients(signed.actor, custom.id, [RecipientSpec("collective", unit_id=signed.rows[3].unit_id)])
    text = texts_of(batch.write_certificates(custom.id, tmp_path / "gcn.pdf").path)[0]
    assert "GIẤY CHỨNG NHẬN" in text and "Ngày 01 tháng 7 năm 2022" in text


def test_a_line_never_ends_on_an_opening_quote_and_a_short_word(signed):
    template = templates.load_template("bang_khen_a4_landscape")
    facts = dataclasses.replace(batch.load(signed.decision.id).facts[0], reason=(
        "Đã có sáng kiến tiêu biểu, mang lại giá trị làm lợi cao trong triển khai thực hiện chương trình “1 triệu "
        "sáng kiến – nỗ lực vượt khó, sáng tạo, quyết tâm chiến thắng đại dịch COVID-19”."))
    lines = [op.text for op in layout.layout(template, facts).texts if op.field == "reason"]
    assert len(lines) == 2 and not lines[0].endswith("“1") and lines[1].startswith("“1 triệu")
