"""A rotating log file in the data folder, shared by the GUI and the command line."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from uniondesk.paths import log_dir

LOG_NAME = "uniondesk.log"


def log_file() -> Path:
    return log_dir() / LOG_NAME


def setup_logging(level: int = logging.INFO) -> Path:
    """Log to ``logs/uniondesk.log`` (1 MB × 5 files). Safe to call more than once."""
    path = log_file()
    root = logging.getLogger()
    if not any(getattr(h, "_uniondesk", False) for h in root.handlers):
        try:
            handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
        except OSError:
            return path  # a read-only data folder must not stop the program; there is simply no log
        handler._uniondesk = True  # type: ignore[attr-defined]
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(level)
    return path
