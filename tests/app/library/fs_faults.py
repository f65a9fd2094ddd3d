"""Real file-system failures for tests: a tiny tmpfs to fill up, remounted read-only on demand.

Mounting needs root (or CAP_SYS_ADMIN); where it is not allowed the test is skipped with the reason.
"""

from __future__ import annotations

import errno
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


@contextmanager
def small_tmpfs(mount_point: Path, size_kb: int) -> Iterator[Path]:
    if shutil.which("mount") is None or shutil.which("umount") is None:
        pytest.skip("no mount/umount commands here to make a small file system for a real disk-full test")
    mount_point.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k,mode=0700", "tmpfs", str(mount_point)],
        capture_output=True,
        text=True,
    )
    if result.returncode != 0:
        pytest.skip(
            "cannot mount a small tmpfs for a real disk-full/read-only test (needs root or "
            f"CAP_SYS_ADMIN): {result.stderr.strip() or result.returncode}"
        )
    try:
        yield mount_point
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], capture_output=True)


def remount(mount_point: Path, mode: str) -> None:
    """mode "ro" or "rw". The kernel refuses "ro" while a file there is open for writing."""
    subprocess.run(["mount", "-o", f"remount,{mode}", str(mount_point)], check=True, capture_output=True)


def fill_up(folder: Path) -> Path:
    """Write a filler file until the file system is full; delete it to free the space again."""
    filler = folder / "filler.bin"
    with open(filler, "wb", buffering=0) as handle:
        for chunk in (64 * 1024, 4096, 1):
            block = b"\xa5" * chunk
            while True:
                try:
                    handle.write(block)
                except OSError as exc:
                    if exc.errno != errno.ENOSPC:
                        raise
                    break
    return filler
