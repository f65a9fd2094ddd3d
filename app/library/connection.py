"""Opening the SQLCipher database with a key, and turning SQLite's failures into our errors."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as sqlcipher

from app.library.errors import LibraryCorruptError, LibraryWriteError, WriteFailure
from app.library.schema import Connection
from app.library.unlock import DatabaseKey

# SQLite's primary result codes (the low byte of the extended code).
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26
SQLITE_IOERR_SHORT_READ = SQLITE_IOERR | (2 << 8)  # the file ends before a page it lists
WRITE_FAILURE_CODES = {SQLITE_READONLY, SQLITE_IOERR, SQLITE_FULL, SQLITE_CANTOPEN}

PAGE_SIZE = 4096  # SQLCipher 4's default, which every library uses
BUSY_TIMEOUT_MS = 5000  # a read-only second opener may briefly wait for a checkpoint

DatabaseError = sqlcipher.DatabaseError


class KeyRejectedError(Exception):
    """SQLCipher could not decrypt the first page: wrong key or passphrase (or not a library)."""


def connect(path: Path, key: DatabaseKey, *, writable: bool, frozen: bool = False) -> Connection:
    """Open and unlock. Reads nothing but the first page, writes nothing; raises KeyRejectedError.

    The connection may be used from another thread than the one that opened it (the `Library`
    serializes every use with its lock).

    frozen: read-only on a folder nobody can write to. SQLite then cannot create its -shm file,
    and is told the database cannot change ("immutable"), which lets it read without one.
    """
    if writable:
        db = sqlcipher.connect(
            str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
        )
    else:
        uri = path.absolute().as_uri() + ("?immutable=1" if frozen else "?mode=ro")
        db = sqlcipher.connect(
            uri, uri=True, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False
        )
    try:
        # SQLCipher otherwise logs "hmac check failed" to stderr for a wrong key; we report it ourselves.
        db.execute("PRAGMA cipher_log_level = NONE")
        db.execute(f"PRAGMA key = {key.pragma_value()}")
        db.execute("PRAGMA cipher_compatibility = 4")  # pin the format, whatever later SQLCipher defaults to
        try:
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except DatabaseError as exc:
            if result_code(exc) == SQLITE_NOTADB:
                raise KeyRejectedError(str(exc)) from exc
            raise
    except BaseException:
        db.close()
        raise
    db.row_factory = sqlcipher.Row
    return db


def pages_opened_by(path: Path, key: DatabaseKey) -> tuple[int, int, bool]:
    """(pages the key decrypts, pages in the file, some page cut short) — SQLCipher's own per-page
    check, read-only. It tells a wrong key (no page opens) from a damaged first page (the others
    open), which the normal open cannot: both fail on page 1."""
    uri = path.absolute().as_uri() + "?mode=ro"
    db = sqlcipher.connect(uri, uri=True, isolation_level=None)
    try:
        db.execute("PRAGMA cipher_log_level = NONE")
        db.execute(f"PRAGMA key = {key.pragma_value()}")
        db.execute("PRAGMA cipher_compatibility = 4")
        rows = [str(row[0]) for row in db.execute("PRAGMA cipher_integrity_check").fetchall()]
    except DatabaseError:
        return 0, 0, False
    finally:
        db.close()
    pages = max(1, path.stat().st_size // PAGE_SIZE)
    failed = sum(1 for row in rows if "HMAC verification failed" in row)
    cut_short = any("invalid size" in row for row in rows)
    return pages - failed, pages, cut_short


def configure(db: Connection, *, writable: bool) -> None:
    """Per-connection settings; call after the schema version has been checked."""
    if writable:
        # WAL + FULL sync: every committed save is on disk, and a kill -9 loses nothing committed.
        mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":  # pragma: no cover - only on file systems without shared memory
            db.execute("PRAGMA journal_mode = TRUNCATE")
        db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA foreign_keys = ON")
    db.execute("PRAGMA temp_store = MEMORY")  # no temporary files, even encrypted ones


def integrity_problems(db: Connection, *, quick: bool = False) -> list[str]:
    """[] when SQLite finds the database sound. `quick` skips the index-content cross-check
    (SQLite's quick_check: every page is still read and parsed)."""
    rows = db.execute("PRAGMA quick_check" if quick else "PRAGMA integrity_check").fetchall()
    messages = [str(row[0]) for row in rows]
    return [] if messages == ["ok"] else messages


def result_code(exc: BaseException) -> int:
    code: Any = getattr(exc, "sqlite_errorcode", 0)
    return int(code or 0) & 0xFF


def is_damage(exc: BaseException) -> bool:
    """A page that does not decrypt or parse, or a file shorter than its pages: the file was
    damaged (or edited, or cut short) behind our back."""
    if not isinstance(exc, DatabaseError):
        return False
    extended = int(getattr(exc, "sqlite_errorcode", 0) or 0)
    return result_code(exc) in (SQLITE_CORRUPT, SQLITE_NOTADB) or extended == SQLITE_IOERR_SHORT_READ


def library_damaged(path: Path, detail: str) -> LibraryCorruptError:
    """The one sentence for a damaged library: what is wrong, that the file is untouched, where it
    is, and how to go on (a new library, the damaged file kept aside; then an export imported)."""
    return LibraryCorruptError(
        f"Your drafts library at {path} is damaged: {detail}. OwnVoice has not changed the file. "
        "To go on, start a new library and keep the damaged file aside: choose \u201cStart a new "
        "library\u201d in OwnVoice, or run `ownvoice-cli drafts set-aside`. Then restore your drafts "
        "from your latest export with `ownvoice-cli drafts import FILE`.",
        path=path,
        detail=detail,
    )


def damage_error(path: Path, exc: BaseException) -> LibraryCorruptError:
    """`library_damaged` for an SQLite error that `is_damage`; the raw error stays as the cause."""
    if result_code(exc) == SQLITE_NOTADB:
        detail = "some of its pages do not decrypt"
    elif int(getattr(exc, "sqlite_errorcode", 0) or 0) == SQLITE_IOERR_SHORT_READ:
        detail = "the file is cut short"
    else:
        detail = f"some of its pages cannot be read (SQLite: {exc})"
    return library_damaged(path, detail)


def is_write_failure(exc: BaseException) -> bool:
    return isinstance(exc, DatabaseError) and result_code(exc) in WRITE_FAILURE_CODES


def write_error_from_sqlite(exc: BaseException, folder: Path, *, opening: bool = False) -> LibraryWriteError:
    code = result_code(exc)
    if code == SQLITE_FULL:
        failure = WriteFailure.DISK_FULL
    elif code == SQLITE_READONLY:
        failure = WriteFailure.READ_ONLY
    else:
        failure = _diagnose_folder(folder)
    return _write_error(failure, folder, str(exc), opening=opening)


def write_error_from_os(exc: OSError, folder: Path, *, opening: bool = False) -> LibraryWriteError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        failure = WriteFailure.DISK_FULL
    elif exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        failure = WriteFailure.READ_ONLY
    else:
        failure = _diagnose_folder(folder)
    return _write_error(failure, folder, exc.strerror or str(exc), opening=opening)


def _diagnose_folder(folder: Path) -> WriteFailure:
    """SQLite reports many causes as a generic I/O error: look at the folder to tell the user why."""
    statvfs = getattr(os, "statvfs", None)
    if statvfs is not None:
        try:
            stats = statvfs(folder)
        except OSError:
            return WriteFailure.IO_ERROR
        if stats.f_flag & os.ST_RDONLY:
            return WriteFailure.READ_ONLY
        if stats.f_bavail == 0:
            return WriteFailure.DISK_FULL
    if not os.access(folder, os.W_OK):
        return WriteFailure.READ_ONLY
    return WriteFailure.IO_ERROR


def _write_error(failure: WriteFailure, folder: Path, detail: str, *, opening: bool) -> LibraryWriteError:
    if failure is WriteFailure.DISK_FULL:
        cause, fix = "the disk is full", "free some space"
    elif failure is WriteFailure.READ_ONLY:
        cause, fix = f"the drafts folder {folder} is read-only", "make the folder writable again"
    else:
        cause, fix = f"the disk reported an error ({detail})", "check the disk"
    if opening:
        message = f"OwnVoice cannot write to your drafts library: {cause}. Please {fix} and start again."
    else:
        message = f"Could not save: {cause}. Your text is still in the window; {fix} and OwnVoice will save it."
    return LibraryWriteError(message, failure, cause)
