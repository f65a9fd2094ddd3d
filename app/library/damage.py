"""A damaged drafts library: finding the damage before it costs a save, and starting afresh.

SQLite silently ignores a write-ahead log (`drafts.db-wal`, where the newest saves wait to be
folded into `drafts.db`) from the first frame that fails its checksum, and then deletes it: a
few flipped bits would quietly throw away every later save. `wal_damage` reads the log the way
SQLite does and tells a torn final write (normal after a crash: that save never completed) from
damage followed by saves that did complete.

`set_aside_library` renames a damaged library and everything that belongs to it (never deletes
it), so the next open starts a new, empty library and the old file stays for a later rescue.
"""

from __future__ import annotations

import struct
import time
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from app.library.errors import LibraryBusyError, LibraryCorruptError
from app.library.instance_lock import InstanceLock, LockHeldError
from app.library.unlock import unlock_info_path

WAL_HEADER_BYTES = 32
WAL_FRAME_HEADER_BYTES = 24
WAL_MAGIC_LITTLE_ENDIAN = 0x377F0682
WAL_MAGIC_BIG_ENDIAN = 0x377F0683
MAX_WAL_BYTES_CHECKED = 256 * 1024 * 1024  # far beyond SQLite's 1,000-page auto-checkpoint
_MASK = 0xFFFFFFFF
SET_ASIDE_INFIX = ".damaged-"


def wal_damage(wal_file: Path) -> str | None:
    """Why the log cannot be trusted ("the header is damaged", …), or None when it is sound.

    Sound includes: no log, an empty one, a torn last frame, and stale frames of an earlier
    log generation (different salts). Reads at most MAX_WAL_BYTES_CHECKED bytes.
    """
    try:
        with wal_file.open("rb") as handle:
            header = handle.read(WAL_HEADER_BYTES)
            if len(header) < WAL_HEADER_BYTES:
                return None  # nothing was ever committed to it
            magic, _version, page_size, _sequence, salt1, salt2, sum1, sum2 = struct.unpack(">8I", header)
            frame_bytes = WAL_FRAME_HEADER_BYTES + page_size
            if magic not in (WAL_MAGIC_LITTLE_ENDIAN, WAL_MAGIC_BIG_ENDIAN) or not _valid_page_size(page_size):
                return _damaged_header_if_frames_follow(handle, WAL_FRAME_HEADER_BYTES + 4096)
            order = ">" if magic == WAL_MAGIC_BIG_ENDIAN else "<"
            if _checksum(order, header[:24], 0, 0) != (sum1, sum2):
                return _damaged_header_if_frames_follow(handle, frame_bytes)
            return _frame_damage(handle, order, frame_bytes, (salt1, salt2), (sum1, sum2))
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"{wal_file.name}, the file that holds the newest saves, cannot be read ({exc.strerror or exc})"


def _valid_page_size(size: int) -> bool:
    return 512 <= size <= 65536 and size & (size - 1) == 0


def _damaged_header_if_frames_follow(handle: BinaryIO, frame_bytes: int) -> str | None:
    rest = handle.read(frame_bytes)
    if len(rest) < frame_bytes:
        return None  # a header and no complete frame: nothing committed is at stake
    return "the start of drafts.db-wal, the file that holds the newest saves, is unreadable"


def _frame_damage(
    handle: BinaryIO, order: str, frame_bytes: int, salts: tuple[int, int], running: tuple[int, int]
) -> str | None:
    """Walk the frames as SQLite does; damage is a bad frame that later complete saves follow."""
    words = f"{order}{(frame_bytes - 16) // 4}I"  # frame header's first 8 bytes + the page
    read = 0
    broken_at = 0  # frame number where SQLite would stop reading (0: not yet)
    previous_stored = running
    number = 0
    while read < MAX_WAL_BYTES_CHECKED:
        frame = handle.read(frame_bytes)
        if len(frame) < frame_bytes:
            return None  # a torn final write is how a crash mid-save looks
        read += frame_bytes
        number += 1
        _page, commit_size, salt1, salt2, stored1, stored2 = struct.unpack(">6I", frame[:24])
        if (salt1, salt2) != salts:
            if broken_at:
                continue
            return None  # stale frames of an earlier generation: SQLite stops here, rightly
        body = frame[:8] + frame[24:]
        if not broken_at:
            expected = _checksum_words(struct.unpack(words, body), *running)
            if expected == (stored1, stored2):
                running = expected
                previous_stored = expected
                continue
            broken_at = number
            previous_stored = (stored1, stored2)
            continue
        # Past the break: a frame that chains onto its predecessor's stored checksum was
        # written intact; if it completes a save, that save would be lost with the damaged one.
        chains = _checksum_words(struct.unpack(words, body), *previous_stored) == (stored1, stored2)
        previous_stored = (stored1, stored2)
        if chains and commit_size:
            return (
                f"part {broken_at} of drafts.db-wal, the file that holds the newest saves, is unreadable, "
                "and the saves written after it would be lost"
            )
    return None


def _checksum(order: str, data: bytes, s1: int, s2: int) -> tuple[int, int]:
    return _checksum_words(struct.unpack(f"{order}{len(data) // 4}I", data), s1, s2)


def _checksum_words(words: tuple[int, ...], s1: int, s2: int) -> tuple[int, int]:
    """SQLite's WAL checksum (Fletcher-like, over pairs of 32-bit words)."""
    evens = words[0::2]
    odds = words[1::2]
    for x0, x1 in zip(evens, odds, strict=True):
        s1 = (s1 + x0 + s2) & _MASK
        s2 = (s2 + x1 + s1) & _MASK
    return s1, s2


@dataclass(frozen=True)
class SetAside:
    """Where the damaged library went (the database file; its companions sit beside it)."""

    library_file: Path
    moved: tuple[Path, ...]


def library_files(library_file: Path) -> tuple[Path, ...]:
    """The database and every file that belongs to it (log, shared memory, unlock record)."""
    return (
        library_file,
        Path(f"{library_file}-wal"),
        Path(f"{library_file}-shm"),
        Path(f"{library_file}-journal"),
        unlock_info_path(library_file),
    )


def set_aside_library(library_file: Path, lock_file: Path, *, now: float | None = None) -> SetAside:
    """Rename the library and its companion files to `drafts.damaged-<time>.*`, keeping them.

    The next `open_library` then starts a new, empty library (with a new key). The damaged
    files keep their unlock record beside them, so they can still be opened for a rescue.
    Raises LibraryBusyError when another OwnVoice has the library open, LibraryCorruptError
    (naming what stayed where) when a rename fails.
    """
    try:
        lock = InstanceLock.acquire(lock_file)
    except LockHeldError:
        raise LibraryBusyError(
            "Your drafts library is open in another OwnVoice window (or ownvoice-cli is using it). "
            "Close it there first, then start a new library."
        ) from None
    try:
        stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(now))
        target = _free_name(library_file, stamp)
        moved: list[Path] = []
        for source, destination in zip(library_files(library_file), library_files(target), strict=True):
            if not source.exists():
                continue
            try:
                source.rename(destination)
            except OSError as exc:
                raise LibraryCorruptError(
                    f"OwnVoice could not move the damaged drafts library aside ({exc.strerror or exc}); "
                    f"{source} is still in place. Move it out of {library_file.parent} yourself, then "
                    "start OwnVoice again.",
                    path=library_file,
                ) from None
            moved.append(destination)
        return SetAside(target, tuple(moved))
    finally:
        lock.release()


def _free_name(library_file: Path, stamp: str) -> Path:
    base = f"{library_file.stem}{SET_ASIDE_INFIX}{stamp}"
    candidate = library_file.with_name(f"{base}{library_file.suffix}")
    number = 1
    while any(path.exists() for path in library_files(candidate)):
        number += 1
        candidate = library_file.with_name(f"{base}-{number}{library_file.suffix}")
    return candidate


def set_aside_files(library_file: Path) -> list[Path]:
    """Every file of every library set aside beside `library_file` (for "Delete all my data")."""
    pattern = f"{library_file.stem}{SET_ASIDE_INFIX}*"
    return sorted(path for path in library_file.parent.glob(pattern) if path.is_file())
