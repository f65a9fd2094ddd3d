"""Damaging a drafts library the ways disks, sync tools and crashes do, for the damage tests."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

from app.library import open_library
from app.paths import AppPaths
from app.secrets import SecretStore
from tests.app.library.helpers import OPTIONS, PASSPHRASE

PAGE = 4096
WAL_HEADER = 32
WAL_FRAME = 24 + PAGE


def words(count: int, seed: int) -> str:
    rng = random.Random(seed)
    vocabulary = ["solar", "plant", "team", "weld", "robot", "shift", "budget", "crate", "pilot", "line"]
    return " ".join(rng.choice(vocabulary) + str(rng.randrange(1000)) for _ in range(count))


def fill_library(
    paths: AppPaths, store: SecretStore, *, drafts: int = 40, passphrase: str | None = PASSPHRASE
) -> list[str]:
    """A library with `drafts` drafts of a few KB each (so it spans dozens of pages); their stories."""
    stories = [f"Story {n}: " + words(300, seed=n) for n in range(drafts)]
    with open_library(paths, passphrase, secret_store=store) as library:
        for n, story in enumerate(stories):
            library.create_draft(story, OPTIONS, "m", {"team": f"Post {n} " + words(40, seed=1000 + n)})
    return stories


def library_with_unfolded_wal(paths: AppPaths, store: SecretStore, *, drafts: int = 12) -> Path:
    """A library as a crash leaves it: the newest saves still in drafts.db-wal. Returns the -wal.

    Copied while the library is still open, before SQLite folds the log into the database."""
    source = paths.data_dir.parent / "wal-source"
    source_paths = AppPaths.under(source)
    with open_library(source_paths, PASSPHRASE, secret_store=store) as library:
        for n in range(drafts):
            library.create_draft(f"Saved story {n} " + words(80, seed=n), OPTIONS, "m", {"team": f"post {n}"})
        paths.data_dir.mkdir(parents=True, exist_ok=True)
        for name in ("drafts.db", "drafts.db-wal", "drafts.unlock.json"):
            shutil.copy2(source_paths.data_dir / name, paths.data_dir / name)
    shutil.rmtree(source)
    wal = Path(f"{paths.library_file}-wal")
    assert wal.stat().st_size > WAL_HEADER + 4 * WAL_FRAME
    return wal


def zero_bytes(path: Path, offset: int, count: int = 60) -> None:
    """Overwrite `count` bytes at `offset` with zeros, as a failing disk or a stray tool might."""
    data = bytearray(path.read_bytes())
    data[offset : offset + count] = bytes(count)
    path.write_bytes(bytes(data))


def flip_bytes(path: Path, offset: int, count: int = 8) -> None:
    data = bytearray(path.read_bytes())
    data[offset : offset + count] = bytes(b ^ 0xFF for b in data[offset : offset + count])
    path.write_bytes(bytes(data))


def truncate(path: Path, keep: int) -> None:
    path.write_bytes(path.read_bytes()[:keep])


def wal_frame_offset(frame: int) -> int:
    """Where frame `frame` (0-based) starts in a -wal file of 4 KB pages."""
    return WAL_HEADER + frame * WAL_FRAME
