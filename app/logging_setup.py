"""Logging to a rotating file in the user's log dir; the terminal only gets warnings."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure_logging(log_file: Path, *, console_level: int = logging.WARNING) -> Path | None:
    """Send INFO and above to `log_file` (rotating, 1 MB × 3). Returns the file, or None
    when it cannot be created (read-only home): the app then logs to the console only."""
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    for handler in list(root.handlers):
        if getattr(handler, "_ownvoice", False):
            root.removeHandler(handler)
            handler.close()
    console = logging.StreamHandler()
    console.setLevel(console_level)
    console.setFormatter(logging.Formatter(FORMAT))
    console._ownvoice = True  # type: ignore[attr-defined]
    root.addHandler(console)
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        file_handler = logging.handlers.RotatingFileHandler(
            log_file, maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError as exc:
        logging.getLogger(__name__).warning("cannot write the log file %s: %s", log_file, exc)
        return None
    file_handler.setFormatter(logging.Formatter(FORMAT))
    file_handler._ownvoice = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    return log_file
