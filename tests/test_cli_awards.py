"""``uniondesk decisions``, ``certificates``, ``calibration-page`` and ``recipient-list`` on the small demo."""

from __future__ import annotations

import json

import pytest
from pypdf import PdfReader

from uniondesk.cli import main


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    from uniondesk.services.demo import build_demo
    from uniondesk.store.db import open_database

    path = tmp_path_factory.mktemp("awards") / "demo.sqlite3"
    with open_database(path):
        build_demo("small")
    return path


def run(capsys, *argv):
    code = main([str(arg) for arg in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_decisions_json_has_the_keys_and_the_signed_demo_decision(capsys, demo_db):
    code, out, _ = run(capsys, "--db", demo_db, "decisions", "--json")
    assert code == 0
    listed = {d["number"]: d for d in json.loads(out)}
    signed = listed["125/QĐ-LĐLĐ"]
    assert {"number", "date", "issuing_unit_code", "form", "status", "recipients"} <= set(signed)
    assert (signed["date"], signed["issuing_unit_code"], signed["form"], signed["status"]) == (
        "2022-06-27", "TH", "bang_khen", "signed")
    assert len(signed["recipients"]) == 12
    for recipient in signed["recipients"]:
        assert set(recipient) == {"kind", "name", "unit_code", "register_no"}
        assert recipient["kind"] in ("individual", "collective") and recipient["unit_code"].startswith("TH")
    assert [r["register_no"] for r in signed["recipients"]] == list(range(1, 13))
    assert listed["45/QĐ-LĐLĐ"]["status"] == "draft"
    assert {r["register_no"] for r in listed["45/QĐ-LĐLĐ"]["recipients"]} == {None}


def test_decisions_as_text(capsys, demo_db):
    code, out, _ = run(capsys, "--db", demo_db, "decisions")
    assert code == 0
    assert "125/QĐ-LĐLĐ" in out and "27/06/2022" in out and "đã ký" in out and "Bằng khen" in out
    assert "dự thảo" in out and "Giấy khen" in out


@pytest.mark.parametrize("blank", [False, True])
def test_certificates_of_a_decision_to_pdf(capsys, demo_db, tmp_path, blank):
    out_pdf = tmp_path / "bang_khen.pdf"
    code, out, err = run(capsys, "--db", demo_db, "certificates", "--decision", "125/qd-ldld", "--pdf", out_pdf,
                         *(["--blank"] if blank else []))
    assert code == 0, err
    assert "Đã ghi 12 trang" in out and "100%" in err
    reader = PdfReader(out_pdf)
    assert len(reader.pages) == 12
    names = json.loads(run(capsys, "--db", demo_db, "decisions", "--json")[1])
    recipients = next(d for d in names if d["number"] == "125/QĐ-LĐLĐ")["recipients"]
    for page, recipient in zip(reader.pages, recipients):
        assert recipient["name"].replace("LĐLĐ", "Liên đoàn Lao động") in page.extract_text()


def test_certificates_on_another_template(capsys, demo_db, tmp_path):
    code, out, _ = run(capsys, "--db", demo_db, "certificates", "--decision", "125/QĐ-LĐLĐ", "--pdf",
                       tmp_path / "a3.pdf", "--template", "bang_khen_a3_landscape")
    assert code == 0 and "bang_khen_a3_landscape" in out
    assert round(float(PdfReader(tmp_path / "a3.pdf").pages[0].mediabox.width)) == 1191


@pytest.mark.parametrize("argv, message", [
    (["certificates", "--decision", "999/QĐ", "--pdf", "x.pdf"], "Không có quyết định khen thưởng số “999/QĐ”"),
    (["certificates", "--decision", "125/QĐ-LĐLĐ", "--pdf", "x.pdf", "--template", "khong_co"], "Không có mẫu"),
    (["calibration-page", "--template", "khong_co", "x.pdf"], "Không có mẫu"),
    (["recipient-list", "--decision", "125/QĐ-LĐLĐ", "x.docx"], ".pdf hoặc .xlsx"),
])
def test_refusals_exit_with_2_and_a_message(capsys, demo_db, tmp_path, monkeypatch, argv, message):
    monkeypatch.chdir(tmp_path)
    code, _, err = run(capsys, "--db", demo_db, *argv)
    assert code == 2 and message in err
    assert not (tmp_path / "x.pdf").exists()


def test_an_unwritable_output_exits_with_2(capsys, demo_db, tmp_path):
    code, _, err = run(capsys, "--db", demo_db, "certificates", "--decision", "125/QĐ-LĐLĐ", "--pdf",
                       tmp_path / "khong" / "co" / "x.pdf")
    assert code == 2 and "không tồn tại" in err


def test_calibration_page_and_recipient_lists(capsys, demo_db, tmp_path):
    code, out, _ = run(capsys, "--db", demo_db, "calibration-page", "--template", "giay_khen_a4_landscape",
                       tmp_path / "cal.pdf")
    assert code == 0 and "trang căn chỉnh" in out
    assert "TRANG CĂN CHỈNH" in PdfReader(tmp_path / "cal.pdf").pages[0].extract_text()
    for suffix in ("pdf", "xlsx"):
        code, out, _ = run(capsys, "--db", demo_db, "recipient-list", "--decision", "125/QĐ-LĐLĐ",
                           tmp_path / f"ds.{suffix}")
        assert code == 0 and (tmp_path / f"ds.{suffix}").stat().st_size > 1000
