"""A plain ``pip install .`` (a wheel) carries ``resources/`` inside the package as ``uniondesk/resources``,
and ``paths.resources_dir()`` finds it there, in the source tree (editable install) and in the frozen
application. Checked without building a wheel (that downloads setuptools and takes seconds): the package
list and package-data globs of pyproject.toml are compared with the tree, and the copy those globs
describe is laid out as an installed package and used to load every template, font and translation."""

from __future__ import annotations

import shutil
import sys
import tomllib
from pathlib import Path

import pytest

from uniondesk import paths

ROOT = Path(__file__).resolve().parents[1]
SETUPTOOLS = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
MAPPED = "uniondesk.resources"
TEMPLATES = {"bang_khen_a3_landscape", "bang_khen_a4_landscape", "giay_khen_a3_landscape", "giay_khen_a4_landscape"}


def source_packages() -> set[str]:
    """Every folder under src/ holding Python code, as a dotted package name."""
    src = ROOT / "src"
    return {".".join(folder.relative_to(src).parts) for folder in src.rglob("*")
            if folder.is_dir() and folder.name != "__pycache__" and any(folder.glob("*.py"))}


def resource_files(folder: Path) -> set[Path]:
    return {path.relative_to(folder) for path in folder.rglob("*")
            if path.is_file() and "__pycache__" not in path.parts and not path.name.startswith(".")}


def wheel_resources() -> set[Path]:
    """What setuptools copies into uniondesk/resources: the package-data globs over the mapped folder."""
    folder = ROOT / SETUPTOOLS["package-dir"][MAPPED]
    chosen = {path for pattern in SETUPTOOLS["package-data"][MAPPED] for path in folder.glob(pattern)}
    return {path.relative_to(folder) for path in chosen if path.is_file()} & resource_files(folder)


def test_every_package_under_src_goes_into_the_wheel():
    listed = set(SETUPTOOLS["packages"]) - {MAPPED}
    missing = source_packages() - listed
    assert not missing, f"add {sorted(missing)} to [tool.setuptools] packages in pyproject.toml"
    assert not listed - source_packages(), "pyproject.toml lists packages that no longer exist"


def test_the_wheel_carries_every_file_of_resources():
    assert SETUPTOOLS["package-dir"][MAPPED] == "resources"
    assert MAPPED in SETUPTOOLS["packages"]
    carried = wheel_resources()
    assert carried == resource_files(ROOT / "resources")
    assert {Path("fonts/OFL.txt"), Path("i18n/uniondesk_vi.qm"), Path("i18n/qt_extra_vi.qm")} <= carried
    assert {Path("certificates") / f"{name}.json" for name in TEMPLATES} <= carried


@pytest.fixture
def installed(tmp_path, monkeypatch) -> Path:
    """A site-packages holding uniondesk as the wheel lays it out, with paths.py looking from there."""
    package = tmp_path / "site-packages" / "uniondesk"
    for relative in wheel_resources():
        target = package / "resources" / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(ROOT / "resources" / relative, target)
    monkeypatch.setattr(paths, "__file__", str(package / "paths.py"))
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    return package


def test_an_installed_package_prints_certificates_from_its_own_copy(installed):
    from uniondesk.services.certificates import fonts
    from uniondesk.services.certificates.templates import load_template, template_names

    assert paths.resources_dir() == installed / "resources"
    assert set(template_names()) == TEMPLATES
    for name in TEMPLATES:
        template = load_template(name)
        assert template.path.is_relative_to(installed)
        used = {fonts.path_of(field.font) for field in template.fields.values()}
        assert {path.name for path in used} == {"NotoSerif-Bold.ttf", "NotoSerif-Regular.ttf", "NotoSerif-Italic.ttf"}
        assert all(path.is_relative_to(installed) for path in used)


def test_an_installed_package_shows_vietnamese_menus_from_its_own_copy(installed):
    from PySide6.QtCore import QTranslator

    folder = paths.resources_dir() / "i18n"
    ours, qt_extra = QTranslator(), QTranslator()
    assert ours.load(str(folder / "uniondesk_vi.qm"))
    assert qt_extra.load(str(folder / "qt_extra_vi.qm"))
    assert ours.translate("MainWindow", "&File") == "&Tệp"
    assert ours.translate("MainWindow", "&Settings") == "&Cài đặt"
    assert qt_extra.translate("QPlatformTheme", "Cancel") == "Hủy"


def test_the_source_tree_is_used_when_the_package_has_no_copy(tmp_path, monkeypatch):
    (tmp_path / "resources").mkdir()
    (tmp_path / "src" / "uniondesk").mkdir(parents=True)
    monkeypatch.setattr(paths, "__file__", str(tmp_path / "src" / "uniondesk" / "paths.py"))
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert paths.resources_dir() == tmp_path / "resources"


def test_the_frozen_application_uses_the_copy_its_spec_bundles(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert paths.resources_dir() == tmp_path / "resources"
    spec = (ROOT / "build_spec" / "uniondesk.spec").read_text(encoding="utf-8")
    assert 'datas=[(str(ROOT / "resources"), "resources")]' in spec
