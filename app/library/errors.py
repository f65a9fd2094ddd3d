"""Everything that can go wrong with the drafts library, as typed errors.

`str(error)` is always a sentence the user can act on; the UI shows it in a dialog and the CLI
prints it. The class tells the caller what to do next (ask for a passphrase, offer read-only, …).
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path


class LibraryError(Exception):
    """Base class: a problem with the drafts library. `str(err)` is the message to show."""


class LibraryLockedError(LibraryError):
    """The library exists but cannot be unlocked with what we have."""


class PassphraseRequiredError(LibraryLockedError):
    """A passphrase is needed: ask the user, then call `open_library` again with it.

    `creating` is True when there is no library yet and the user must *choose* a passphrase
    (ask twice, explain it cannot be recovered); False when they must *enter* the existing one.
    """

    def __init__(self, message: str, *, creating: bool) -> None:
        super().__init__(message)
        self.creating = creating


class WrongPassphraseError(LibraryLockedError):
    """The passphrase does not open this library. The file was not touched."""


class WeakPassphraseError(LibraryError):
    """A new passphrase was refused (too short, or contains characters we cannot pass on)."""


class LibraryKeyMissingError(LibraryLockedError):
    """The library's key is not in the keyring (or does not open it). The file is left alone."""


class KeyringUnavailableError(LibraryLockedError):
    """The library's key is in the system keyring, but the keyring cannot be reached right now."""


class LibraryNotFoundError(LibraryError):
    """There is no library yet, and the caller asked only to read."""


class LibraryBusyError(LibraryError):
    """Another OwnVoice window (or ownvoice-cli) has the library open for writing."""


class LibraryTooNewError(LibraryError):
    """The library was written by a newer OwnVoice; we refuse rather than migrate down."""


class LibraryCorruptError(LibraryError):
    """The library file is damaged (a page that does not decrypt or parse, a truncated file, a
    damaged log of recent saves). OwnVoice has not changed it.

    `path` is the damaged library (None when unknown), `detail` what is wrong in a few words;
    `str(err)` is the whole sentence, with what to do next.
    """

    def __init__(self, message: str, *, path: Path | None = None, detail: str = "") -> None:
        super().__init__(message)
        self.path = path
        self.detail = detail


class WriteFailure(StrEnum):
    DISK_FULL = "disk-full"
    READ_ONLY = "read-only"
    IO_ERROR = "io-error"


class LibraryWriteError(LibraryError):
    """A save did not happen (disk full, read-only folder, I/O error). Nothing was half-written.

    The caller still holds the user's text and should keep it on screen and retry later.
    """

    def __init__(self, message: str, failure: WriteFailure, cause: str) -> None:
        super().__init__(message)
        self.failure = failure
        self.cause = cause  # the bare reason, e.g. "the disk is full", for callers with their own wording


class LibraryReadOnlyError(LibraryError):
    """The library was opened read-only (see `Library.read_only_reason`); changes are refused."""


class DraftNotFoundError(LibraryError, LookupError):
    """No draft, card or version with that id (it may have been deleted)."""


class ImportFormatError(LibraryError, ValueError):
    """An import file is not a valid OwnVoice export. Nothing was imported."""
