"""The Vietnamese translation is complete, current with the sources, compiled, and loaded by default."""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

from PySide6.QtCore import QCoreApplication

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("update_translations", ROOT / "build_spec" / "update_translations.py")
update = importlib.util.module_from_spec(spec)
spec.loader.exec_module(update)


def test_no_unfinished_string_in_the_committed_translation():
    assert update.unfinished(update.TS_FILE) == []


def test_translation_covers_every_string_of_the_sources(tmp_path):
    fresh = tmp_path / "uniondesk_vi.ts"
    shutil.copy(update.TS_FILE, fresh)
    update.lupdate(fresh)  # adds any new source string as unfinished
    missing = update.unfinished(fresh)
    assert missing == [], f"untranslated strings (run build_spec/update_translations.py): {missing[:20]}"


def test_compiled_catalogues_match_their_sources(tmp_path):
    for ts_file in sorted(update.I18N.glob("*.ts")):
        compiled = tmp_path / ts_file.with_suffix(".qm").name
        update.lrelease(ts_file, compiled)
        assert compiled.read_bytes() == ts_file.with_suffix(".qm").read_bytes(), (
            f"{ts_file.name} changed since it was compiled: run build_spec/update_translations.py")


def test_vietnamese_is_loaded_by_default(qapp):
    from uniondesk.ui import i18n

    assert i18n.chosen_language() == "vi"
    translators = i18n.install_translators(qapp, "vi")
    try:
        assert QCoreApplication.translate("UnitLabels", "Grassroots union") == "Công đoàn cơ sở"
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Hủy"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
