"""The layering rule (architecture.md, "Layers"), checked by walking every import of the package.

domain ← store ← services ← ui ← app, plus cli. Only ``store`` imports peewee; only ``ui`` and the
composition roots (``app.py``, and ``cli.py`` lazily, inside functions) import PySide6 or the ui package.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

import uniondesk

PACKAGE = Path(uniondesk.__file__).resolve().parent
QT = {"PySide6", "shiboken6"}
ROOTS = {"app", "cli"}

# Which parts of uniondesk each part may import ("uniondesk" alone is the package's __init__).
ALLOWED = {
    "domain": {"domain"},
    "store": {"domain", "store", "paths"},
    "services": {"domain", "store", "services", "paths", "logs"},
    "ui": {"domain", "store", "services", "ui", "paths", "logs"},
    "paths": set(),
    "logs": {"paths"},
    "__init__": set(),
    "__main__": {"cli", "app"},
}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def part_of(module: str) -> str:
    """"uniondesk.store.queries.units" → "store"; "uniondesk" → "__init__"."""
    parts = module.split(".")
    if len(parts) > 1 and parts[1].startswith("cli_"):
        return "cli"  # the command line's groups of commands (cli_excel, cli_sync, …) are part of it
    return parts[1] if len(parts) > 1 else "__init__"


def imports(path: Path, top_level_only: bool = False, module: str | None = None) -> set[str]:
    """Absolute names of every module imported by the file (relative imports resolved against ``module``)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    nodes = _top_level(tree) if top_level_only else ast.walk(tree)
    found = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                module = module or module_name(path)
                package = module if path.name == "__init__.py" else module.rpartition(".")[0]
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            found.add(base)
            # "from uniondesk import ui" imports the ui package itself.
            found |= {f"{base}.{alias.name}" for alias in node.names if f"{base}.{alias.name}".startswith("uniondesk")
                      and (PACKAGE.parent / base.replace(".", "/") / alias.name).exists()}
    return found


def _top_level(tree: ast.Module):
    """Statements run at import time: the module body and nested if/try/with blocks, not functions."""
    pending = list(tree.body)
    while pending:
        node = pending.pop()
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            continue
        yield node
        pending.extend(ast.iter_child_nodes(node))


SOURCES = sorted(PACKAGE.rglob("*.py"))
MODULES = {module_name(path): path for path in SOURCES}


def test_the_walk_sees_the_package():
    assert {"uniondesk.domain.text", "uniondesk.store.db", "uniondesk.services.units"} <= set(MODULES)
    assert "uniondesk.store.queries.units" in MODULES


@pytest.mark.parametrize("module", sorted(name for name in MODULES if part_of(name) not in ROOTS), ids=str)
def test_imports_follow_the_layers(module):
    part = part_of(module)
    allowed = ALLOWED.get(part)
    assert allowed is not None, f"{module}: a new top-level part of uniondesk; add it to ALLOWED"
    for name in imports(MODULES[module], module=module):
        top = name.split(".")[0]
        if top == "uniondesk":
            if name == "uniondesk":
                continue
            assert part_of(name) in allowed, f"{module} imports {name}: {part} may only import {sorted(allowed)}"
        elif top in QT:
            assert part == "ui", f"{module} imports {name}: only ui and the composition roots import Qt"
        elif top == "peewee" or top == "playhouse":
            assert part == "store", f"{module} imports {name}: only store imports peewee"
        elif part == "domain":
            assert top in sys.stdlib_module_names, f"{module} imports {name}: domain is plain Python"


def test_the_composition_roots_import_no_peewee():
    for root in ROOTS:
        path = PACKAGE / f"{root}.py"
        if path.exists():
            assert not {name for name in imports(path) if name.split(".")[0] in {"peewee", "playhouse"}}


@pytest.mark.parametrize("path", sorted(PACKAGE.glob("cli*.py")), ids=lambda p: p.name)
def test_cli_imports_qt_and_the_ui_only_inside_functions(path):
    eager = imports(path, top_level_only=True)
    bad = {name for name in eager if name.split(".")[0] in QT or part_of(name) in {"ui", "app"}
           and name.startswith("uniondesk.")}
    assert not bad, f"{path.name} imports {sorted(bad)} at import time; import them inside the GUI commands"


def test_the_import_walker_resolves_relative_and_lazy_imports(tmp_path):
    sample = PACKAGE / "services" / "units.py"
    assert "uniondesk.store.db" in imports(sample)
    fake = tmp_path / "m.py"
    fake.write_text("import os\ndef f():\n    from PySide6 import QtCore\nif True:\n    import peewee\n")
    assert imports(fake, top_level_only=True) == {"os", "peewee"}
    assert imports(fake) == {"os", "peewee", "PySide6"}


CORE_PARTS = ("domain", "store", "services")


def test_importing_the_core_loads_no_qt():
    """Every module of domain, store and services, imported in a fresh interpreter, leaves Qt unloaded."""
    core = [name for name in MODULES if part_of(name) in CORE_PARTS]
    core += [f"uniondesk.{path.stem}" for path in sorted(PACKAGE.glob("cli*.py"))]
    script = (
        "import importlib, sys\n"
        f"for name in {core!r}:\n"
        "    importlib.import_module(name)\n"
        "loaded = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6') "
        "or m.startswith('uniondesk.ui'))\n"
        "print(loaded)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]", f"the core loaded Qt or the ui: {result.stdout}"


def test_importing_the_unit_services_loads_no_qt():
    script = "import sys, uniondesk.services.units\nprint('PySide6' in sys.modules, 'shiboken6' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "False"]
