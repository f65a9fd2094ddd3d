"""A finding: one gentle hint about a card. Hints never block anything; the user decides."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from models.messages import msg

Severity = Literal["info", "warning"]

# Stable ids the UI and the JSON output group findings by.
POST = "post"  # the card is not (only) a post: wrong language, meta text, hashtags, off subject; links
FACT = "fact"
OWN_WORDS = "own_words"
CLICHE = "cliche"
GUIDELINE = "guideline"
LIMIT = "limit"
VOICE = "voice"
CHECK_ORDER = (POST, FACT, GUIDELINE, LIMIT, OWN_WORDS, CLICHE, VOICE)
CHECK_TITLES = {
    POST: msg("Checks", "Before you post"),
    FACT: msg("Checks", "Facts"),
    GUIDELINE: msg("Checks", "Company guidelines"),
    LIMIT: msg("Checks", "LinkedIn limits"),
    OWN_WORDS: msg("Checks", "Own words"),
    CLICHE: msg("Checks", "Clichés and AI tells"),
    VOICE: msg("Checks", "Your voice"),
}


@dataclass(frozen=True)
class Finding:
    """One hint. `start`/`end` are character offsets into the post, or None when not located."""

    check: str  # one of CHECK_ORDER
    severity: Severity
    message: str  # a short sentence for the user
    why: str = ""  # a short explanation, shown on demand
    start: int | None = None
    end: int | None = None
    hint: str = ""  # e.g. the story's nearest fact
    # A finer id inside the check, stable for tests and for "don't show again": e.g. "money",
    # "hashtags", "forbidden_term".
    kind: str = ""

    @property
    def located(self) -> bool:
        return self.start is not None and self.end is not None

    def to_dict(self) -> dict[str, Any]:
        return {
            "check": self.check,
            "kind": self.kind,
            "severity": self.severity,
            "message": self.message,
            "why": self.why,
            "start": self.start,
            "end": self.end,
            "hint": self.hint,
        }
