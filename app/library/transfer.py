"""Export drafts as Markdown (to read) or JSON (to back up and import again), and read JSON back.

The JSON keeps everything: story, options, status, every card and its full version history,
and each draft's stable `uid`, so importing the same file twice never duplicates a draft.
Parsing validates every field and names the first problem it finds; nothing is half-imported.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from app.data_files import load_json
from app.library.errors import ImportFormatError
from app.library.model import DraftStatus, VersionSource, from_db_time, title_from_story, to_db_time
from app.options import PostOptions

FORMAT_NAME = "ownvoice-drafts"
FORMAT_VERSION = 1
MAX_IMPORT_BYTES = 512 * 1024 * 1024  # a full backup with history can be far larger than a story


@dataclass(frozen=True)
class VersionRecord:
    text: str
    source: str
    model: str
    created_at: datetime
    saved_at: datetime


@dataclass(frozen=True)
class CardRecord:
    angle: str
    text: str
    updated_at: datetime
    versions: tuple[VersionRecord, ...]


@dataclass(frozen=True)
class DraftRecord:
    """A draft with everything that belongs to it, independent of any database's row ids."""

    uid: str
    story: str
    options: PostOptions
    model: str
    status: DraftStatus
    posted_at: datetime | None
    created_at: datetime
    updated_at: datetime
    cards: tuple[CardRecord, ...]


@dataclass(frozen=True)
class ImportReport:
    added: tuple[str, ...]  # uids of drafts that were new
    skipped: tuple[str, ...]  # uids already in the library: left exactly as they are

    def summary(self) -> str:
        text = f"Imported {_count(len(self.added), 'draft')}."
        if self.skipped:
            text += f" {_count(len(self.skipped), 'draft')} already in your library, left unchanged."
        return text


# -- JSON --------------------------------------------------------------------------------------


def to_json(drafts: Sequence[DraftRecord], exported_at: datetime) -> str:
    data = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": to_db_time(exported_at),
        "drafts": [_draft_to_dict(d) for d in drafts],
    }
    return json.dumps(data, indent=2, ensure_ascii=False) + "\n"


def _draft_to_dict(draft: DraftRecord) -> dict[str, Any]:
    return {
        "uid": draft.uid,
        "story": draft.story,
        "options": draft.options.to_dict(),
        "model": draft.model,
        "status": draft.status.value,
        "posted_at": to_db_time(draft.posted_at) if draft.posted_at else None,
        "created_at": to_db_time(draft.created_at),
        "updated_at": to_db_time(draft.updated_at),
        "cards": [
            {
                "angle": card.angle,
                "text": card.text,
                "updated_at": to_db_time(card.updated_at),
                "versions": [
                    {
                        "text": v.text,
                        "source": v.source,
                        "model": v.model,
                        "created_at": to_db_time(v.created_at),
                        "saved_at": to_db_time(v.saved_at),
                    }
                    for v in card.versions
                ],
            }
            for card in draft.cards
        ],
    }


def parse_json(text: str) -> list[DraftRecord]:
    """Validate an export file. Raises ImportFormatError naming the first problem."""
    try:
        data = load_json(text)
    except ValueError as exc:
        raise ImportFormatError(f"This is not a JSON file OwnVoice can read ({exc}).") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT_NAME:
        raise ImportFormatError(
            "This JSON file is not an OwnVoice drafts export (it should start with "
            f'"format": "{FORMAT_NAME}"). Export drafts as JSON from OwnVoice to get one.'
        )
    version = data.get("version")
    if not isinstance(version, int) or version > FORMAT_VERSION or version < 1:
        raise ImportFormatError(
            f"This export has format version {version!r}; this OwnVoice reads version {FORMAT_VERSION}. "
            "Update OwnVoice to import it."
        )
    drafts = data.get("drafts")
    if not isinstance(drafts, list):
        raise ImportFormatError('The export has no "drafts" list.')
    records = [_parse_draft(_Fields(item, f"Draft {n}")) for n, item in enumerate(drafts, start=1)]
    seen: set[str] = set()
    for n, record in enumerate(records, start=1):
        if record.uid in seen:
            raise ImportFormatError(f"Draft {n}: its uid appears twice in the file.")
        seen.add(record.uid)
    return records


class _Fields:
    """Typed access to one JSON object, with errors that say where the problem is."""

    def __init__(self, data: object, where: str) -> None:
        if not isinstance(data, dict):
            raise ImportFormatError(f"{where} is not an object.")
        self.data: dict[str, Any] = data
        self.where = where

    def text(self, name: str, default: str | None = None) -> str:
        value = self.data.get(name, default)
        if not isinstance(value, str):
            raise ImportFormatError(f"{self.where}: '{name}' must be text.")
        return value

    def time(self, name: str, *, optional: bool = False) -> datetime | None:
        value = self.data.get(name)
        if value is None and optional:
            return None
        if not isinstance(value, str):
            raise ImportFormatError(f"{self.where}: '{name}' must be a date and time.")
        try:
            moment = from_db_time(value)
            to_db_time(moment)  # a time zone can push the year past 9999
        except (ValueError, OverflowError):
            raise ImportFormatError(f"{self.where}: '{name}' is not a valid date and time ({value[:40]!r}).") from None
        return moment

    def required_time(self, name: str) -> datetime:
        moment = self.time(name)
        assert moment is not None  # time() raises for a missing value unless optional
        return moment

    def items(self, name: str) -> list[object]:
        value = self.data.get(name, [])
        if not isinstance(value, list):
            raise ImportFormatError(f"{self.where}: '{name}' must be a list.")
        return value


def _parse_draft(fields: _Fields) -> DraftRecord:
    try:
        uid = uuid.UUID(fields.text("uid")).hex
    except ValueError:
        raise ImportFormatError(f"{fields.where}: 'uid' is not a valid identifier.") from None
    status_text = fields.text("status", DraftStatus.DRAFT.value)
    try:
        status = DraftStatus(status_text)
    except ValueError:
        allowed = ", ".join(s.value for s in DraftStatus)
        raise ImportFormatError(f"{fields.where}: status {status_text!r} is not one of {allowed}.") from None
    options = fields.data.get("options", {})
    if not isinstance(options, dict):
        raise ImportFormatError(f"{fields.where}: 'options' must be an object.")
    parsed_options = _parse_options(_Fields(options, f"{fields.where}, options"))
    cards = tuple(
        _parse_card(_Fields(item, f"{fields.where}, card {n}"))
        for n, item in enumerate(fields.items("cards"), start=1)
    )
    return DraftRecord(
        uid=uid,
        story=fields.text("story"),
        options=parsed_options,
        model=fields.text("model", ""),
        status=status,
        posted_at=fields.time("posted_at", optional=True),
        created_at=fields.required_time("created_at"),
        updated_at=fields.required_time("updated_at"),
        cards=cards,
    )


def _parse_options(fields: _Fields) -> PostOptions:
    """Each option must have the type OwnVoice writes; unknown values (a newer tone) are kept."""
    angles = fields.items("angles")
    if not all(isinstance(angle, str) for angle in angles):
        raise ImportFormatError(f"{fields.where}: 'angles' must be a list of texts.")
    notes = fields.data.get("notes") or {}
    if not isinstance(notes, dict):
        raise ImportFormatError(f"{fields.where}: 'notes' must be an object.")
    note = _Fields(notes, f"{fields.where}, notes")
    return PostOptions.from_dict(
        {
            "tone": fields.text("tone", ""),
            "angles": angles,
            "language": fields.text("language", "en"),
            "length": fields.text("length", "medium"),
            "notes": {key: note.text(key, "") for key in ("role", "why", "detail")},
        }
    )


def _parse_card(fields: _Fields) -> CardRecord:
    versions = []
    for n, item in enumerate(fields.items("versions"), start=1):
        version = _Fields(item, f"{fields.where}, version {n}")
        source = version.text("source")
        if not VersionSource.is_valid(source):
            raise ImportFormatError(f"{version.where}: source {source!r} is not one OwnVoice knows.")
        versions.append(
            VersionRecord(
                text=version.text("text"),
                source=source,
                model=version.text("model", ""),
                created_at=version.required_time("created_at"),
                saved_at=version.time("saved_at", optional=True) or version.required_time("created_at"),
            )
        )
    return CardRecord(
        angle=fields.text("angle"),
        text=fields.text("text"),
        updated_at=fields.required_time("updated_at"),
        versions=tuple(versions),
    )


# -- Markdown ----------------------------------------------------------------------------------


def to_markdown(drafts: Iterable[DraftRecord]) -> str:
    return "\n---\n\n".join(_draft_markdown(d) for d in drafts)


def _draft_markdown(draft: DraftRecord) -> str:
    options = draft.options
    status = draft.status.value
    if draft.status is DraftStatus.POSTED and draft.posted_at:
        status += f" on {_day(draft.posted_at)}"
    lines = [
        f"# {title_from_story(draft.story)}",
        "",
        f"- Status: {status}",
        f"- Created: {_minute(draft.created_at)} · Updated: {_minute(draft.updated_at)}",
        f"- Tone: {options.tone or '—'} · Angles: {', '.join(options.angles) or '—'} · "
        f"Language: {options.language} · Length: {options.length.value}",
    ]
    if draft.model:
        lines.append(f"- Model: {draft.model}")
    lines += ["", "## Story", "", draft.story.strip(), ""]
    notes = options.notes
    if not notes.is_empty():
        lines += ["## Personal notes", ""]
        for label, value in (("My role", notes.role), ("Why it matters", notes.why), ("A detail", notes.detail)):
            if value.strip():
                lines.append(f"- {label}: {value.strip()}")
        lines.append("")
    if draft.cards:
        lines += ["## Posts", ""]
        for card in draft.cards:
            lines += [f"### {card.angle}", "", card.text.strip(), ""]
    return "\n".join(lines)


def _day(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d")


def _minute(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"
