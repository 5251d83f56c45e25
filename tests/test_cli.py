"""The command line, run in-process through ``main``: output shapes, exit codes, messages."""

from __future__ import annotations

import json
import sqlite3

import pytest

from uniondesk import __version__
from uniondesk.cli import main


@pytest.fixture
def demo_db(tmp_path, capsys):
    path = tmp_path / "demo.sqlite3"
    assert main(["--db", str(path), "demo", "--scale", "small"]) == 0
    capsys.readouterr()
    return path


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_version(capsys):
    code, out, _ = run(capsys, "--version")
    assert code == 0 and out.strip() == f"uniondesk {__version__}"


def test_demo_prints_a_summary_and_progress(tmp_path, capsys):
    code, out, err = run(capsys, "--db", str(tmp_path / "d.sqlite3"), "--officer", "Trần Văn Bình", "demo",
                         "--scale", "small", "--seed", "7")
    assert code == 0
    assert "công đoàn cơ sở" in out and "đoàn viên" in out and "giây" in out
    assert "100%" in err
    code, out, _ = run(capsys, "--db", str(tmp_path / "e.sqlite3"), "demo", "--json")
    summary = json.loads(out)
    assert code == 0 and summary["scale"] == "small" and summary["grassroots"] == 20


def test_demo_on_a_database_in_use_is_refused(demo_db, capsys):
    before = demo_db.read_bytes()
    code, out, err = run(capsys, "--db", str(demo_db), "demo")
    assert code == 2 and out == ""
    assert "đã có đơn vị" in err
    assert demo_db.read_bytes() == before


def test_units_json(demo_db, capsys):
    code, out, _ = run(capsys, "--db", str(demo_db), "units", "--json")
    units = json.loads(out)
    assert code == 0
    assert units[0] == {"code": "TH", "name": "LĐLĐ tỉnh Thanh Hóa", "kind": "provincial", "parent_code": None,
                        "members": 0}
    assert all(set(unit) == {"code", "name", "kind", "parent_code", "members"} for unit in units)
    codes = {unit["code"] for unit in units}
    assert all(unit["parent_code"] in codes for unit in units[1:])


def test_units_under_a_code_and_as_text(demo_db, monkeypatch, capsys):
    monkeypatch.setenv("UNIONDESK_DB", str(demo_db))  # the environment names the database
    code, out, _ = run(capsys, "units", "--under", "th.ml", "--json")
    units = json.loads(out)
    assert code == 0 and units[0]["code"] == "TH.ML" and all(u["code"].startswith("TH.ML") for u in units)
    code, out, _ = run(capsys, "units")
    lines = out.splitlines()
    assert code == 0 and lines[0].startswith("LĐLĐ tỉnh Thanh Hóa [TH]")
    assert any(line.startswith("    Công đoàn ") for line in lines), "grassroots unions are indented twice"


def test_units_under_an_unknown_code(demo_db, capsys):
    code, out, err = run(capsys, "--db", str(demo_db), "units", "--under", "UNKNOWN")
    assert code == 2 and out == "" and "UNKNOWN" in err and "Không có đơn vị" in err


def test_a_file_that_is_not_a_database_is_refused_and_left_alone(tmp_path, capsys):
    notes = tmp_path / "ghi-chu.txt"
    notes.write_text("Danh sách đoàn viên\n", encoding="utf-8")
    for command in (["units"], ["check"], ["demo"], ["backup", str(tmp_path / "b.sqlite3")]):
        code, out, err = run(capsys, "--db", str(notes), *command)
        assert code == 2, command
        assert "không phải" in err and "SQLite" in err
    assert notes.read_text(encoding="utf-8") == "Danh sách đoàn viên\n"
    assert not (tmp_path / "b.sqlite3").exists()


def test_a_missing_database_is_not_created_by_a_read_command(tmp_path, capsys):
    code, _, err = run(capsys, "--db", str(tmp_path / "typo.sqlite3"), "units")
    assert code == 2 and "Không tìm thấy" in err
    assert not (tmp_path / "typo.sqlite3").exists()


def test_check(demo_db, capsys):
    code, out, _ = run(capsys, "--db", str(demo_db), "check", "--json")
    result = json.loads(out)
    assert code == 0
    assert result["ok"] is True and result["schema_version"] >= 1 and result["counts"]["unit"] == 33
    code, out, _ = run(capsys, "--db", str(demo_db), "check")
    assert code == 0 and "tốt" in out


def test_check_of_a_damaged_database_exits_2(demo_db, capsys):
    with sqlite3.connect(demo_db) as conn:
        conn.execute("UPDATE unit SET path = '/42/' WHERE code = 'TH.YT'")
    conn.close()
    code, out, err = run(capsys, "--db", str(demo_db), "check", "--json")
    assert code == 2 and json.loads(out)["ok"] is False
    assert "TH.YT" in err


def test_backup_opens_with_the_same_counts(demo_db, tmp_path, capsys):
    target = tmp_path / "sao-luu.sqlite3"
    code, out, _ = run(capsys, "--db", str(demo_db), "backup", str(target))
    assert code == 0 and str(target) in out
    counts = [json.loads(run(capsys, "--db", str(path), "check", "--json")[1])["counts"] for path in (demo_db, target)]
    assert counts[0] == counts[1]


def test_backup_onto_the_live_database_is_refused(demo_db, capsys):
    before = demo_db.read_bytes()
    code, _, err = run(capsys, "--db", str(demo_db), "backup", str(demo_db))
    assert code == 2 and "đang mở" in err
    assert demo_db.read_bytes() == before


def test_read_commands_work_while_the_database_is_open_elsewhere(demo_db, capsys):
    from uniondesk.store.db import open_database

    with open_database(demo_db):  # as the GUI would hold it
        assert run(capsys, "--db", str(demo_db), "units", "--json")[0] == 0
        code, _, err = run(capsys, "--db", str(demo_db), "demo")
        assert code == 2 and "cửa sổ UnionDesk khác" in err


def test_bad_command_lines_exit_2(capsys):
    assert run(capsys, "demo", "--scale", "planet")[0] == 2
    code, _, err = run(capsys, "frobnicate")
    assert code == 2 and "Câu lệnh không hợp lệ" in err


@pytest.mark.parametrize("size", ["big", "10x10", "1280by800"])
def test_screenshot_with_a_bad_size(demo_db, capsys, size):
    code, _, err = run(capsys, "--db", str(demo_db), "screenshot", "x.png", "--size", size)
    assert code == 2 and ("Kích thước" in err or "Mỗi chiều" in err)


def test_screenshot(demo_db, tmp_path, capsys):
    out_png = tmp_path / "units.png"
    code, out, err = run(capsys, "--db", str(demo_db), "screenshot", str(out_png), "--size", "800x600")
    assert code == 0, err
    assert out_png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_bench_json_on_small(capsys, monkeypatch):
    from uniondesk.ui import bench_cases

    fast = bench_cases.cases
    monkeypatch.setattr(bench_cases, "cases", lambda ctx: [c for c in fast(ctx) if "process start" not in c.name])
    code, out, err = run(capsys, "bench", "--scale", "small", "--json")
    report = json.loads(out)
    assert code == 0 and report["scale"] == "small" and len(report["results"]) >= 5
    assert all(r["status"] != "skipped" and r["median_ms"] is not None for r in report["results"]), report
    code, out, _ = run(capsys, "bench", "--scale", "small")
    assert code == 0 and "median" in out and "children of the home unit" in out


def test_a_bug_exits_1_with_the_log_file_named(demo_db, capsys, monkeypatch):
    import logging

    from uniondesk.services import maintenance

    def broken():
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(maintenance, "check", broken)
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    try:
        code, _, err = run(capsys, "--db", str(demo_db), "check")
    finally:  # the log file handler was installed for this test's data folder only
        for handler in set(root.handlers) - set(handlers):
            root.removeHandler(handler)
            handler.close()
        root.setLevel(level)
    assert code == 1 and "ZeroDivisionError" in err and "uniondesk.log" in err
