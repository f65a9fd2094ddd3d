"""Logging to a rotating file in the user's log dir; the terminal only gets warnings.

The log is the user's own business: the folder is owner-only (0700) and every log file in it
is too (0600), including the ones rotation creates. Draft text is never logged.
"""

from __future__ import annotations

import io
import logging
import logging.handlers
import os
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
MAX_LOG_BYTES = 1_000_000
LOG_BACKUPS = 3
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def make_private_dir(folder: Path) -> None:
    """Create `folder` (and parents) owner-only; tighten it if an older OwnVoice left it open."""
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    if folder.stat().st_mode & 0o077:
        folder.chmod(PRIVATE_DIR_MODE)


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A RotatingFileHandler whose files (the current one and every rotated one) are 0600."""

    def _open(self) -> io.TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, PRIVATE_FILE_MODE)
        os.chmod(self.baseFilename, PRIVATE_FILE_MODE)  # it may have existed with looser rights
        return io.TextIOWrapper(io.FileIO(fd, "a"), encoding=self.encoding, errors=self.errors)


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
        make_private_dir(log_file.parent)
        for old in log_file.parent.glob(f"{log_file.name}*"):  # logs written before they were private
            old.chmod(PRIVATE_FILE_MODE)
        file_handler = PrivateRotatingFileHandler(
            log_file, maxBytes=MAX_LOG_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8"
        )
    except OSError as exc:
        logging.getLogger(__name__).warning("cannot write the log file %s: %s", log_file, exc)
        return None
    file_handler.setFormatter(logging.Formatter(FORMAT))
    file_handler._ownvoice = True  # type: ignore[attr-defined]
    root.addHandler(file_handler)
    return log_file
