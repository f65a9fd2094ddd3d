"""Private preferences kept inside the encrypted drafts library, not in the plain settings file:
the user's voice profile (built from their own posts), their company's guidelines (which
may name confidential projects) and which draft was open (its title is the story's first line)."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from app.checks import Guidelines
from app.data_files import load_json
from app.library import Library
from app.voice import VoiceProfile

log = logging.getLogger(__name__)

VOICE_PROFILE_KEY = "voice_profile"
GUIDELINES_KEY = "guidelines"
OPEN_DRAFT_KEY = "open_draft"

T = TypeVar("T")


def load_voice_profile(library: Library) -> VoiceProfile | None:
    return _load(library, VOICE_PROFILE_KEY, VoiceProfile.from_dict)


def save_voice_profile(library: Library, profile: VoiceProfile | None) -> None:
    """Raises LibraryError (e.g. a full disk)."""
    _save(library, VOICE_PROFILE_KEY, None if profile is None else profile.to_dict())


def load_guidelines(library: Library) -> Guidelines | None:
    return _load(library, GUIDELINES_KEY, Guidelines.from_dict)


def save_guidelines(library: Library, guidelines: Guidelines | None) -> None:
    """Raises LibraryError (e.g. a full disk)."""
    _save(library, GUIDELINES_KEY, None if guidelines is None else guidelines.to_dict())


def load_open_draft(library: Library) -> int | None:
    """The draft that was open when the app last closed: its id, 0 for a new draft not yet
    stored, None when never recorded."""
    raw = library.get_preference(OPEN_DRAFT_KEY)
    if raw is None:
        return None
    return int(raw) if raw.isdigit() else 0


def save_open_draft(library: Library, draft_id: int) -> None:
    """Raises LibraryError."""
    library.set_preference(OPEN_DRAFT_KEY, str(draft_id))


def _load(library: Library, key: str, parse: Callable[[dict[str, Any]], T]) -> T | None:
    raw = library.get_preference(key)
    if raw is None:
        return None
    try:
        return parse(load_json(raw))
    except (ValueError, TypeError, KeyError) as exc:  # GuidelinesError is a ValueError too
        log.warning("the stored %s could not be read: %s", key, exc)
        return None


def _save(library: Library, key: str, data: dict[str, Any] | None) -> None:
    library.set_preference(key, None if data is None else json.dumps(data, ensure_ascii=False))
