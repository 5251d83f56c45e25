"""Where things live: the user data folder, the default database, backups, logs and resources."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "UnionDesk"


def data_dir() -> Path:
    """The user's data folder (created on demand). ``UNIONDESK_HOME`` overrides it (tests, portable use)."""
    override = os.environ.get("UNIONDESK_HOME")
    if override:
        base = Path(override)
    elif os.name == "nt":
        base = Path(os.environ.get("LOCALAPPDATA") or Path.home() / "AppData" / "Local") / APP_DIR_NAME
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support" / APP_DIR_NAME
    else:
        xdg = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
        base = Path(xdg) / "uniondesk"
    base.mkdir(parents=True, exist_ok=True)
    return base


def default_database() -> Path:
    """``UNIONDESK_DB`` if set, else uniondesk.sqlite3 in the data folder."""
    env = os.environ.get("UNIONDESK_DB")
    return Path(env) if env else data_dir() / "uniondesk.sqlite3"


def backup_dir(db_path: Path) -> Path:
    """Backups sit beside the database, in a ``backups`` folder, so they travel with it."""
    folder = Path(db_path).resolve().parent / "backups"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def log_dir() -> Path:
    folder = data_dir() / "logs"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def resources_dir() -> Path:
    """Translations, certificate templates and fonts: the frozen application's copy (PyInstaller's
    ``_MEIPASS``), else the copy a wheel carries inside the package (``uniondesk/resources``, mapped in by
    pyproject.toml), else ``resources/`` of the source tree (editable install, tests)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    here = Path(__file__).resolve()
    packaged = here.parent / "resources"
    return packaged if packaged.is_dir() else here.parents[2] / "resources"
