"""Small shared pieces of the library tests."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from app.options import Length, PersonalNotes, PostOptions

PASSPHRASE = "correct horse battery"
REPO_ROOT = Path(__file__).resolve().parents[3]
OPTIONS = PostOptions(
    tone="warm",
    angles=("learned", "team"),
    language="en",
    length=Length.SHORT,
    notes=PersonalNotes(role="I led the pilot", why="", detail="the first crate"),
)


class FakeClock:
    """A clock the test moves; each reading is a millisecond later so ordering is deterministic."""

    def __init__(self, start: datetime = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(milliseconds=1)
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += timedelta(**kwargs)


def raw_connect(path: Path, passphrase: str = PASSPHRASE) -> Any:
    """A bare SQLCipher connection, bypassing the library: to build or inspect databases."""
    db = sqlcipher.connect(str(path), isolation_level=None)
    db.execute("PRAGMA key = '" + passphrase.replace("'", "''") + "'")
    db.execute("PRAGMA cipher_compatibility = 4")
    return db


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def snapshot_files(folder: Path) -> dict[str, tuple[str, int]]:
    """Content hash and mtime of every file in `folder`: to prove nothing was touched."""
    return {p.name: (digest(p), p.stat().st_mtime_ns) for p in sorted(folder.iterdir()) if p.is_file()}


def start_child(mode: str, home: Path, passphrase: str | None = PASSPHRASE) -> subprocess.Popen[str]:
    """Another OwnVoice process on the library under `home` (see child_process.py)."""
    env = dict(os.environ)
    env.pop("OWNVOICE_TEST_PASSPHRASE", None)
    if passphrase is not None:
        env["OWNVOICE_TEST_PASSPHRASE"] = passphrase
    return subprocess.Popen(
        [sys.executable, "-m", "tests.app.library.child_process", mode, str(home)],
        cwd=REPO_ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def read_line(child: subprocess.Popen[str]) -> str:
    assert child.stdout is not None
    line = child.stdout.readline()
    if not line:
        stderr = child.stderr.read() if child.stderr else ""
        raise AssertionError(f"the child process ended early: {stderr}")
    return line.strip()


def kill_child(child: subprocess.Popen[str]) -> list[str]:
    """SIGKILL: no clean-up handlers, no final checkpoint, exactly like a crash or a kill -9.

    Returns the lines it printed that the test had not read yet.
    """
    child.send_signal(signal.SIGKILL)
    child.wait()
    unread = child.stdout.read().splitlines() if child.stdout is not None else []
    for stream in (child.stdin, child.stdout, child.stderr):
        if stream is not None:
            stream.close()
    return unread


def finish_child(child: subprocess.Popen[str], timeout: float = 60) -> int:
    """Close its stdin (a "hold" child then closes the library and exits); return its exit code."""
    assert child.stdin is not None
    child.stdin.close()
    code = child.wait(timeout=timeout)
    for stream in (child.stdout, child.stderr):
        if stream is not None:
            stream.close()
    return code
