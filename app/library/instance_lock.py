"""One writer at a time: an exclusive advisory lock on a file next to the database.

The operating system releases the lock when the process ends, however it ends (kill -9
included), so a crash never leaves a stale lock behind. `flock` locks belong to the open file,
so two openers inside one process exclude each other too.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from types import TracebackType


class LockHeldError(Exception):
    """Another process (or another open in this one) holds the lock."""


class InstanceLock:
    def __init__(self, path: Path, fd: int) -> None:
        self.path = path
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, path: Path) -> InstanceLock:
        """Take the lock without waiting. Raises LockHeldError, or OSError if the file can't be made."""
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            _lock_nonblocking(fd)
        except BlockingIOError:
            os.close(fd)
            raise LockHeldError(str(path)) from None
        except BaseException:
            os.close(fd)
            raise
        try:
            # Who holds it, for a human looking at the file; nothing reads this.
            os.ftruncate(fd, 0)
            os.write(fd, f"{os.getpid()}\n".encode())
        except OSError:
            pass  # a full disk must not stop us from holding the lock
        return cls(path, fd)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        try:
            _unlock(fd)
        finally:
            os.close(fd)

    def __enter__(self) -> InstanceLock:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _lock_nonblocking(fd: int) -> None:
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError as exc:
            raise BlockingIOError(str(exc)) from exc

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock_nonblocking(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
