"""Native crashes leave a trace: `faulthandler` writes them to a crash file the next start reports.

A crash in C code (Qt, SQLCipher) kills the process before any Python handler runs; the
`faulthandler` module still writes the Python stack of every thread to a file we opened in
advance. Each running OwnVoice has its own file (`crash-<pid>.log` in the log folder), empty
while all is well and removed at a clean exit. At the next start a non-empty one is a crash to
report; an empty one left by a process that was killed is simply removed.

The stack names files, functions and line numbers, never values, so a report holds no draft text.
"""

from __future__ import annotations

import faulthandler
import os
import platform
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO

CRASH_PREFIX = "crash-"
CRASH_SUFFIX = ".log"
MAX_REPORT_BYTES = 64 * 1024  # a stack of every thread is a few KB


@dataclass(frozen=True)
class CrashReport:
    """What a crashed run left: when, and faulthandler's account of it."""

    when: datetime
    trace: str

    def text(self, log_file: Path | None, versions: dict[str, str] | None = None) -> str:
        """The report to copy into a bug report: the stack, where the log is, and versions."""
        lines = [
            f"OwnVoice crashed on {self.when:%Y-%m-%d at %H:%M}.",
            f"Log file: {log_file if log_file else '(none)'}",
            f"Python {platform.python_version()} on {platform.platform()}",
            *(f"{name} {version}" for name, version in (versions or {}).items()),
            "",
            self.trace.strip(),
        ]
        return "\n".join(lines) + "\n"


class CrashRecorder:
    """Arms faulthandler with this process's crash file; collects what earlier runs left."""

    def __init__(self, log_dir: Path, pid: int | None = None) -> None:
        self.log_dir = log_dir
        self.pid = os.getpid() if pid is None else pid
        self._file: IO[bytes] | None = None

    @property
    def crash_file(self) -> Path:
        return self.log_dir / f"{CRASH_PREFIX}{self.pid}{CRASH_SUFFIX}"

    def previous_crashes(self) -> list[CrashReport]:
        """Reports left by earlier runs that crashed, oldest first; their files are removed."""
        reports = []
        for path in sorted(self.log_dir.glob(f"{CRASH_PREFIX}*{CRASH_SUFFIX}")):
            pid = _pid_of(path)
            if pid is None or pid == self.pid:
                continue
            try:
                with path.open("rb") as handle:
                    trace = handle.read(MAX_REPORT_BYTES).decode("utf-8", errors="replace")
                when = datetime.fromtimestamp(path.stat().st_mtime)
            except OSError:
                continue
            if not trace.strip() and _alive(pid):
                continue  # another OwnVoice, running fine
            if trace.strip():
                reports.append(CrashReport(when, trace))
            path.unlink(missing_ok=True)
        return sorted(reports, key=lambda report: report.when)

    def arm(self) -> bool:
        """Point faulthandler at this process's crash file (owner-only). False if it cannot be made."""
        try:
            self.log_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
            fd = os.open(self.crash_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        except OSError:
            return False
        self._file = os.fdopen(fd, "wb", buffering=0)
        faulthandler.enable(self._file, all_threads=True)
        return True

    def disarm(self) -> None:
        """At a clean exit: faulthandler back to stderr, the (empty) crash file removed."""
        if self._file is None:
            return
        faulthandler.disable()
        self._file.close()
        self._file = None
        self.crash_file.unlink(missing_ok=True)


def _pid_of(path: Path) -> int | None:
    number = path.name.removeprefix(CRASH_PREFIX).removesuffix(CRASH_SUFFIX)
    return int(number) if number.isdigit() else None


def _alive(pid: int) -> bool:
    if os.name != "posix":
        return True  # leave it; a later start on this system will see it non-empty or not at all
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
