"""Private preferences kept inside the encrypted drafts library, not in the plain settings file:
the user's voice profile (built from their own posts) and their company's guidelines (which
may name confidential projects)."""

from __future__ import annotations

import json
import logging

from app.checks import Guidelines, GuidelinesError
from app.library import Library
from app.voice import VoiceProfile

log = logging.getLogger(__name__)

VOICE_PROFILE_KEY = "voice_profile"
GUIDELINES_KEY = "guidelines"


def load_voice_profile(library: Library) -> VoiceProfile | None:
    raw = library.get_preference(VOICE_PROFILE_KEY)
    if raw is None:
        return None
    try:
        return VoiceProfile.from_dict(json.loads(raw))
    except (ValueError, TypeError, KeyError) as exc:
        log.warning("the stored voice profile could not be read: %s", exc)
        return None


def save_voice_profile(library: Library, profile: VoiceProfile | None) -> None:
    """Raises LibraryError (e.g. a full disk)."""
    value = None if profile is None else json.dumps(profile.to_dict(), ensure_ascii=False)
    library.set_preference(VOICE_PROFILE_KEY, value)


def load_guidelines(library: Library) -> Guidelines | None:
    raw = library.get_preference(GUIDELINES_KEY)
    if raw is None:
        return None
    try:
        return Guidelines.from_dict(json.loads(raw))
    except (ValueError, TypeError, GuidelinesError) as exc:
        log.warning("the stored guidelines could not be read: %s", exc)
        return None


def save_guidelines(library: Library, guidelines: Guidelines | None) -> None:
    """Raises LibraryError (e.g. a full disk)."""
    value = None if guidelines is None else json.dumps(guidelines.to_dict(), ensure_ascii=False)
    library.set_preference(GUIDELINES_KEY, value)
