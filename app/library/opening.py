"""`open_library`: the one way the app and the CLI unlock the drafts library.

Order of events, chosen so that nothing is ever written to a library we could not unlock:
1. take the single-writer lock (or fall back to read-only, when the caller allows it);
2. find the key: keyring entry, or the passphrase the caller passed in;
3. open with SQLCipher and decrypt page 1 (a wrong key fails here, having written nothing);
4. refuse a schema newer than ours (still nothing written);
5. only then switch on WAL and run the migrations.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from app.library.connection import (
    KeyRejectedError,
    configure,
    connect,
    damage_error,
    integrity_problems,
    is_damage,
    is_write_failure,
    library_damaged,
    pages_opened_by,
    write_error_from_os,
    write_error_from_sqlite,
)
from app.library.damage import SetAside, set_aside_library, wal_damage
from app.library.errors import (
    LibraryBusyError,
    LibraryKeyMissingError,
    LibraryNotFoundError,
    WrongPassphraseError,
)
from app.library.instance_lock import InstanceLock, LockHeldError
from app.library.model import utc_now
from app.library.repository import DEFAULT_EDIT_COALESCE_WINDOW, Clock, Library
from app.library.schema import Connection, check_version_supported, migrate, schema_version
from app.library.unlock import (
    DatabaseKey,
    Passphrase,
    UnlockMethod,
    key_for_existing_library,
    key_for_new_library,
)
from app.paths import AppPaths
from app.secrets import SecretStore

BUSY_MESSAGE = (
    "Your drafts library is already open in another OwnVoice window (or ownvoice-cli is using it). "
    "Close that one and try again: two programs writing at once could damage it."
)
READ_ONLY_BECAUSE_BUSY = "the library is open in another OwnVoice window; close it there to edit here."


def lock_file_for(library_file: Path) -> Path:
    return library_file.with_name(library_file.name + ".lock")


def library_exists(library_file: Path) -> bool:
    """An empty file left by a creation that failed (disk full) counts as no library."""
    try:
        if library_file.stat().st_size > 0:
            return True
    except FileNotFoundError:
        return False
    return Path(f"{library_file}-wal").exists()


def set_aside_damaged_library(paths: AppPaths) -> SetAside:
    """Rename the (damaged) library and its companion files aside, keeping them, so that the next
    `open_library` starts a new, empty library. Raises LibraryBusyError, LibraryCorruptError."""
    return set_aside_library(paths.library_file, lock_file_for(paths.library_file))


def open_library(
    paths: AppPaths,
    passphrase: str | None = None,
    *,
    create: bool = True,
    allow_read_only: bool = False,
    secret_store: SecretStore | None = None,
    clock: Clock = utc_now,
    edit_coalesce_window: timedelta = DEFAULT_EDIT_COALESCE_WINDOW,
    verify: bool = False,
) -> Library:
    """Open (or create) the drafts library in `paths.data_dir`.

    passphrase: needed when the library is (or is to be) protected by a passphrase; a
        passphrase given when creating a library chooses passphrase mode even if a keyring exists.
    create: False to refuse with LibraryNotFoundError when there is no library yet.
    allow_read_only: when another instance holds the library, or its folder is read-only, open
        it read-only instead of failing (`Library.read_only_reason` says why).
    verify: read every page once (SQLite's quick check) before anything is written, so damage
        anywhere in the file is found now rather than by a later save (≈0.4 s for 45 MB).

    Raises PassphraseRequiredError (ask the user, call again), WrongPassphraseError,
    WeakPassphraseError (a new passphrase), LibraryKeyMissingError, KeyringUnavailableError,
    LibraryBusyError, LibraryTooNewError, LibraryCorruptError, LibraryReadOnlyError (an upgrade
    is due but only reading is possible), LibraryWriteError, LibraryNotFoundError. None of them
    leaves the database changed.
    """
    library_file = paths.library_file
    store = secret_store if secret_store is not None else SecretStore.for_paths(paths)
    if not create and not library_exists(library_file):
        raise LibraryNotFoundError(
            f"There is no drafts library yet (looked for {library_file}). OwnVoice creates it when "
            "you save your first draft."
        )
    access = _lock_for_writing(library_file, allow_read_only=allow_read_only)
    try:
        # Decided under the lock, so two first starts cannot both create a library.
        existing = library_exists(library_file)
        if existing:
            key = key_for_existing_library(library_file, passphrase, store)
        else:
            key = _prepare_new_library(library_file, passphrase, store)
        db = _unlock(library_file, key, access)
        try:
            _prepare_schema(db, library_file, writable=access.writable, verify=verify)
        except BaseException:
            db.close()
            raise
    except BaseException:
        if access.lock is not None:
            access.lock.release()
        raise
    return Library(
        db,
        path=library_file,
        lock=access.lock,
        unlock_method=UnlockMethod.PASSPHRASE if isinstance(key, Passphrase) else UnlockMethod.KEYRING,
        read_only_reason=access.read_only_reason,
        clock=clock,
        edit_coalesce_window=edit_coalesce_window,
    )


@dataclass(frozen=True)
class _Access:
    """How this opener may use the library: with the writer lock, or read-only and why."""

    lock: InstanceLock | None
    read_only_reason: str | None = None
    frozen: bool = False  # read-only because nobody can write the folder, not because of another writer

    @property
    def writable(self) -> bool:
        return self.lock is not None


def _lock_for_writing(library_file: Path, *, allow_read_only: bool) -> _Access:
    """The writer lock, or read-only access when the caller allows it and writing is not possible."""
    folder = library_file.parent
    can_read_instead = allow_read_only and library_exists(library_file)
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        return _Access(InstanceLock.acquire(lock_file_for(library_file)))
    except LockHeldError:
        if can_read_instead:
            return _Access(None, READ_ONLY_BECAUSE_BUSY)
        raise LibraryBusyError(BUSY_MESSAGE) from None
    except OSError as exc:
        error = write_error_from_os(exc, folder, opening=True)
        if can_read_instead:
            return _Access(None, f"{error.cause}.", frozen=True)
        raise error from exc


def _prepare_new_library(library_file: Path, passphrase: str | None, store: SecretStore) -> DatabaseKey:
    """Record the unlock method and create an empty, owner-only file for SQLCipher to fill.

    Owner-only from the start, so the -wal and -shm files SQLite creates beside it are too
    (it copies the database file's permissions); the content is encrypted anyway.
    """
    try:
        key = key_for_new_library(library_file, passphrase, store)
        os.close(os.open(library_file, os.O_WRONLY | os.O_CREAT, 0o600))
    except OSError as exc:
        raise write_error_from_os(exc, library_file.parent, opening=True) from exc
    return key


def _unlock(library_file: Path, key: DatabaseKey, access: _Access) -> Connection:
    try:
        if access.writable or access.frozen:
            # Nobody else writes the log now, so a bad frame is damage, not a save in progress.
            problem = wal_damage(Path(f"{library_file}-wal"))
            if problem is not None:
                raise library_damaged(library_file, problem)
        if access.writable and Path(f"{library_file}-wal").exists():
            # After a crash the newest saves are in the -wal file, and SQLite folds it into the
            # database when a writable connection closes, even one whose key was wrong. So try
            # the key read-only first: a read-only connection never checkpoints.
            connect(library_file, key, writable=False).close()
        return connect(library_file, key, writable=access.writable, frozen=access.frozen)
    except KeyRejectedError:
        _raise_if_damaged_rather_than_locked(library_file, key)
        if isinstance(key, Passphrase):
            raise WrongPassphraseError(
                "That passphrase does not open your drafts library. Check it (capitals count) and "
                "try again. The library has not been changed."
            ) from None
        raise LibraryKeyMissingError(
            f"The key in the system keyring does not open the drafts library at {library_file}: the "
            "keyring entry may have been replaced. OwnVoice has left the file untouched."
        ) from None
    except Exception as exc:
        if is_write_failure(exc) and not is_damage(exc):
            raise write_error_from_sqlite(exc, library_file.parent, opening=True) from exc
        if is_damage(exc):
            raise damage_error(library_file, exc) from exc
        raise


def _raise_if_damaged_rather_than_locked(library_file: Path, key: DatabaseKey) -> None:
    """The first page did not open. If the key opens the other pages, the key is right and the
    first page is damaged; a file cut short inside its first page is damaged whatever the key."""
    opened, pages, cut_short = pages_opened_by(library_file, key)
    if cut_short:
        raise library_damaged(library_file, "the file is cut short") from None
    if opened > 0:
        failed = pages - opened
        verb = "does" if failed == 1 else "do"
        raise library_damaged(library_file, f"{failed} of its {pages} pages {verb} not decrypt") from None


def _prepare_schema(db: Connection, library_file: Path, *, writable: bool, verify: bool) -> None:
    try:
        check_version_supported(schema_version(db))  # before anything could write to it
        if verify:
            problems = integrity_problems(db, quick=True)
            if problems:
                raise library_damaged(library_file, _integrity_summary(problems))
        configure(db, writable=writable)
        migrate(db, writable=writable)
    except Exception as exc:
        if is_damage(exc):
            raise damage_error(library_file, exc) from exc
        if is_write_failure(exc):
            raise write_error_from_sqlite(exc, library_file.parent, opening=True) from exc
        raise


def _integrity_summary(problems: list[str]) -> str:
    first = problems[0] if len(problems[0]) <= 120 else problems[0][:117] + "…"
    more = f", and {len(problems) - 1} more problems" if len(problems) > 1 else ""
    return f"SQLite's check found: {first}{more}"
