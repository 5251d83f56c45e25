"""Every forms/*.ui has a committed module in ui/forms/ equal to what pyside6-uic makes of it now."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("compile_forms", ROOT / "build_spec" / "compile_forms.py")
compile_forms = importlib.util.module_from_spec(spec)
spec.loader.exec_module(compile_forms)
UI_FILES = sorted((ROOT / "forms").glob("*.ui"))


def _code(text: str) -> list[str]:
    # The header names the uic version; only the code has to match.
    return [line for line in text.splitlines() if not line.startswith("##")]


def test_there_are_forms():
    assert UI_FILES, "forms/ should hold the Qt Designer sources"


@pytest.mark.parametrize("ui_file", UI_FILES, ids=lambda p: p.name)
def test_generated_module_matches_its_form(ui_file):
    target = compile_forms.target(ui_file)
    assert target.exists(), f"run: {sys.executable} build_spec/compile_forms.py"
    assert _code(target.read_text(encoding="utf-8")) == _code(compile_forms.compile_form(ui_file)), (
        f"{target.name} is older than {ui_file.name}: run python build_spec/compile_forms.py")
