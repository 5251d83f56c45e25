"""Compile every Qt Designer form in forms/ into src/uniondesk/ui/forms/ with pyside6-uic.

Run after editing a .ui file:  python build_spec/compile_forms.py
A test (tests/ui/test_forms_compiled.py) fails when a committed module differs from its .ui.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORMS = ROOT / "forms"
OUT = ROOT / "src" / "uniondesk" / "ui" / "forms"


def uic() -> str:
    found = shutil.which("pyside6-uic") or str(Path(sys.executable).with_name("pyside6-uic"))
    return found


def compile_form(ui_file: Path) -> str:
    """The Python source pyside6-uic generates for ``ui_file``."""
    result = subprocess.run([uic(), "--from-imports", str(ui_file)], capture_output=True, text=True, check=True)
    return result.stdout


def target(ui_file: Path) -> Path:
    return OUT / f"ui_{ui_file.stem}.py"


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "__init__.py").touch()
    for ui_file in sorted(FORMS.glob("*.ui")):
        target(ui_file).write_text(compile_form(ui_file), encoding="utf-8")
        print(f"{ui_file.name} -> {target(ui_file).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
