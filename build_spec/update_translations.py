"""Refresh the Vietnamese translation: extract strings, optionally fill them, compile the .qm files.

    python build_spec/update_translations.py [--fill FILE.json ...]

1. pyside6-lupdate collects every tr()/translate()/QT_TRANSLATE_NOOP string of the GUI and the forms
   into resources/i18n/uniondesk_vi.ts (obsolete strings dropped, no line numbers, so diffs stay small);
2. --fill takes {"Context": {"English source": "Vietnamese"}} files and fills unfinished entries;
3. pyside6-lrelease compiles every resources/i18n/*.ts into its .qm, loaded at start.
tests/ui/test_translations.py fails on any unfinished string or a .qm older than its .ts.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
TS_FILE = I18N / "uniondesk_vi.ts"


def tool(name: str) -> str:
    return shutil.which(name) or str(Path(sys.executable).with_name(name))


def sources() -> list[Path]:
    package = ROOT / "src" / "uniondesk"
    python = [p for p in sorted((package / "ui").rglob("*.py")) if "forms" not in p.parts]
    return [package / "app.py", *python, *sorted((ROOT / "forms").glob("*.ui"))]


def lupdate(ts_file: Path) -> None:
    subprocess.run([tool("pyside6-lupdate"), *map(str, sources()), "-no-obsolete", "-locations", "none",
                    "-target-language", "vi_VN", "-ts", str(ts_file)], check=True, capture_output=True)


def lrelease(ts_file: Path, qm_file: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), str(ts_file), "-qm", str(qm_file)], check=True, capture_output=True)


def fill(ts_file: Path, catalogue: dict[str, dict[str, str]]) -> int:
    tree = ET.parse(ts_file)
    filled = 0
    for context in tree.getroot().iter("context"):
        known = catalogue.get(context.findtext("name"), {})
        for message in context.iter("message"):
            translation = message.find("translation")
            text = known.get(message.findtext("source"))
            if text and translation.get("type") == "unfinished":
                translation.text = text
                del translation.attrib["type"]
                filled += 1
    tree.write(ts_file, encoding="utf-8", xml_declaration=True)
    return filled


def unfinished(ts_file: Path) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished, non-empty translation."""
    missing = []
    for context in ET.parse(ts_file).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete") \
                    or not (translation.text or "").strip():
                missing.append((context.findtext("name"), message.findtext("source")))
    return missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fill", nargs="*", default=[], type=Path)
    args = parser.parse_args()
    lupdate(TS_FILE)
    catalogue: dict[str, dict[str, str]] = {}
    for path in args.fill:
        for context, messages in json.loads(path.read_text(encoding="utf-8")).items():
            catalogue.setdefault(context, {}).update(messages)
    if catalogue:
        print(f"filled {fill(TS_FILE, catalogue)} translations")
    for ts_file in sorted(I18N.glob("*.ts")):
        lrelease(ts_file, ts_file.with_suffix(".qm"))
    for context, source in unfinished(TS_FILE):
        print(f"unfinished: [{context}] {source!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
