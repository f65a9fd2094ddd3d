"""The drafts library: an SQLCipher-encrypted database of drafts, cards and their history.

Start with `open_library(paths)`; see app/library/opening.py for the unlock rules and
app/library/repository.py for what a `Library` can do.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.lazy_names import lazy_names

if TYPE_CHECKING:
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

# Each name loads with its own module on first use (app.lazy_names).
_HOMES = {
    "DiffKind": "app.library.diff",
    "DiffSegment": "app.library.diff",
    "WordDiff": "app.library.diff",
    "word_diff": "app.library.diff",
    "DraftNotFoundError": "app.library.errors",
    "ImportFormatError": "app.library.errors",
    "KeyringUnavailableError": "app.library.errors",
    "LibraryBusyError": "app.library.errors",
    "LibraryCorruptError": "app.library.errors",
    "LibraryError": "app.library.errors",
    "LibraryKeyMissingError": "app.library.errors",
    "LibraryLockedError": "app.library.errors",
    "LibraryNotFoundError": "app.library.errors",
    "LibraryReadOnlyError": "app.library.errors",
    "LibraryTooNewError": "app.library.errors",
    "LibraryWriteError": "app.library.errors",
    "PassphraseRequiredError": "app.library.errors",
    "WeakPassphraseError": "app.library.errors",
    "WriteFailure": "app.library.errors",
    "WrongPassphraseError": "app.library.errors",
    "Card": "app.library.model",
    "CardVersion": "app.library.model",
    "Draft": "app.library.model",
    "DraftStatus": "app.library.model",
    "DraftSummary": "app.library.model",
    "VersionSource": "app.library.model",
    "SetAside": "app.library.damage",
    "library_exists": "app.library.opening",
    "open_library": "app.library.opening",
    "set_aside_damaged_library": "app.library.opening",
    "Library": "app.library.repository",
    "HIGHLIGHT_END": "app.library.search",
    "HIGHLIGHT_START": "app.library.search",
    "ImportReport": "app.library.transfer",
    "MIN_PASSPHRASE_LENGTH": "app.library.unlock",
    "UnlockMethod": "app.library.unlock",
}

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


if not TYPE_CHECKING:  # mypy sees the imports above, so a misspelt name stays an error
    __getattr__ = lazy_names(__name__, _HOMES)
