"""The drafts library's values: drafts, their cards (one post per angle) and each card's versions.

Plain frozen dataclasses: the UI gets snapshots and asks the `Library` for changes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from app.options import PostOptions

TITLE_MAX_CHARS = 80
UNTITLED = "Untitled draft"


class DraftStatus(StrEnum):
    DRAFT = "draft"
    POSTED = "posted"
    ARCHIVED = "archived"


class VersionSource:
    """Where a card version's text came from. Stored as text; `tweak:<name>` names the tweak."""

    GENERATED = "generated"
    EDITED = "edited"
    RESTORED = "restored"
    IMPORTED = "imported"
    TWEAK_PREFIX = "tweak:"

    _TWEAK_NAME = re.compile(r"[a-z0-9][a-z0-9_-]{0,39}")

    @classmethod
    def tweak(cls, name: str) -> str:
        source = cls.TWEAK_PREFIX + name
        if not cls.is_valid(source):
            raise ValueError(f"Not a valid tweak name: {name!r} (use lower-case letters, digits, - and _).")
        return source

    @classmethod
    def is_valid(cls, source: str) -> bool:
        if source in (cls.GENERATED, cls.EDITED, cls.RESTORED, cls.IMPORTED):
            return True
        name = source.removeprefix(cls.TWEAK_PREFIX)
        return source.startswith(cls.TWEAK_PREFIX) and cls._TWEAK_NAME.fullmatch(name) is not None


@dataclass(frozen=True)
class CardVersion:
    id: int
    card_id: int
    text: str
    source: str  # see VersionSource
    model: str  # the model that generated it; empty for the user's own edits
    created_at: datetime
    saved_at: datetime  # later than created_at when autosaves were folded into this version


@dataclass(frozen=True)
class Card:
    id: int
    draft_id: int
    angle: str  # angle id, e.g. "learned"
    position: int
    text: str  # the current text: the last save or generation
    updated_at: datetime
    kept: bool = False  # the user marked this card as one to keep


@dataclass(frozen=True)
class Draft:
    id: int  # local row id: short, for the UI and the CLI
    uid: str  # stable across export and import (a uuid's hex); re-importing never duplicates
    story: str
    options: PostOptions
    model: str  # the model of the latest generation
    status: DraftStatus
    posted_at: datetime | None
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None
    cards: tuple[Card, ...]

    @property
    def title(self) -> str:
        return title_from_story(self.story)


@dataclass(frozen=True)
class DraftSummary:
    """A row of the drafts list."""

    id: int
    uid: str
    title: str
    status: DraftStatus
    posted_at: datetime | None
    created_at: datetime
    updated_at: datetime
    card_count: int
    snippet: str  # matching text around the search terms (HIGHLIGHT_* marks the hits); "" without a search


def title_from_story(story: str) -> str:
    """The story's first non-empty line, without markdown heading marks, cut at a word boundary."""
    for line in story.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            break
    else:
        return UNTITLED
    if len(line) <= TITLE_MAX_CHARS:
        return line
    cut = line[: TITLE_MAX_CHARS - 1]
    if " " in cut[TITLE_MAX_CHARS // 2 :]:
        cut = cut[: cut.rindex(" ")]
    return cut.rstrip(" ,;:-") + "…"


def utc_now() -> datetime:
    return datetime.now(UTC)


def to_db_time(moment: datetime) -> str:
    """A fixed-width UTC ISO string, so text order is time order in SQL."""
    if moment.tzinfo is None:
        raise ValueError("timestamps must be timezone-aware")
    return moment.astimezone(UTC).isoformat(timespec="microseconds")


def from_db_time(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
