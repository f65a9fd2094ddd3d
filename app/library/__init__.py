"""The drafts library: an SQLCipher-encrypted database of drafts, cards and their history.

Start with `open_library(paths)`; see app/library/opening.py for the unlock rules and
app/library/repository.py for what a `Library` can do.
"""

from app.library.diff import DiffKind, DiffSegment, WordDiff, word_diff
from app.library.errors import (
    DraftNotFoundError,
    ImportFormatError,
    KeyringUnavailableError,
    LibraryBusyError,
    LibraryCorruptError,
    LibraryError,
    LibraryKeyMissingError,
    LibraryLockedError,
    LibraryNotFoundError,
    LibraryReadOnlyError,
    LibraryTooNewError,
    LibraryWriteError,
    PassphraseRequiredError,
    WeakPassphraseError,
    WriteFailure,
    WrongPassphraseError,
)
from app.library.model import Card, CardVersion, Draft, DraftStatus, DraftSummary, VersionSource
from app.library.damage import SetAside
from app.library.opening import library_exists, open_library, set_aside_damaged_library
from app.library.repository import Library
from app.library.search import HIGHLIGHT_END, HIGHLIGHT_START
from app.library.transfer import ImportReport
from app.library.unlock import MIN_PASSPHRASE_LENGTH, UnlockMethod

__all__ = [
    "HIGHLIGHT_END",
    "HIGHLIGHT_START",
    "MIN_PASSPHRASE_LENGTH",
    "Card",
    "CardVersion",
    "DiffKind",
    "DiffSegment",
    "Draft",
    "DraftNotFoundError",
    "DraftStatus",
    "DraftSummary",
    "ImportFormatError",
    "ImportReport",
    "KeyringUnavailableError",
    "Library",
    "LibraryBusyError",
    "LibraryCorruptError",
    "LibraryError",
    "LibraryKeyMissingError",
    "LibraryLockedError",
    "LibraryNotFoundError",
    "LibraryReadOnlyError",
    "LibraryTooNewError",
    "LibraryWriteError",
    "PassphraseRequiredError",
    "SetAside",
    "UnlockMethod",
    "VersionSource",
    "WeakPassphraseError",
    "WordDiff",
    "WriteFailure",
    "WrongPassphraseError",
    "library_exists",
    "open_library",
    "set_aside_damaged_library",
    "word_diff",
]
