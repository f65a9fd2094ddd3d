"""What the user chose for a rewrite: tone, angles, language, length and personal notes."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from models.messages import Message, msg


class Length(StrEnum):
    SHORT = "short"
    MEDIUM = "medium"
    LONG = "long"

    @classmethod
    def parse(cls, value: object) -> Length:
        """A stored or typed length; anything unknown is the default, medium."""
        return cls(value) if isinstance(value, str) and value in cls._value2member_map_ else cls.MEDIUM


# Languages the prompt builder can instruct in. The value is the English name, which is what we
# tell the model ("Write in Nederlands" reads oddly); as a Message the UI shows it translated.
LANGUAGES: dict[str, Message] = {"en": msg("Languages", "English"), "nl": msg("Languages", "Dutch")}


_NOTE_KEYS = {
    "role": "role", "my role": "role", "rol": "role", "mijn rol": "role",
    "why": "why", "why it matters": "why", "waarom": "why",
    "detail": "detail", "one detail": "detail",
}


@dataclass(frozen=True)
class PersonalNotes:
    """Answers to the "Make it personal" questions. All optional."""

    role: str = ""  # your role in this
    why: str = ""  # why it matters to you
    detail: str = ""  # one detail only you know

    def is_empty(self) -> bool:
        return not (self.role.strip() or self.why.strip() or self.detail.strip())

    def all_text(self) -> str:
        return "\n".join(part for part in (self.role, self.why, self.detail) if part.strip())

    def to_dict(self) -> dict[str, str]:
        return {"role": self.role, "why": self.why, "detail": self.detail}

    @classmethod
    def parse(cls, text: str) -> PersonalNotes:
        """Read a notes file: lines "role: …", "why: …", "detail: …" (Dutch "rol:", "waarom:"
        also work; a line without a key continues the previous answer). Free text without
        any key is taken as the one detail only you know."""
        answers: dict[str, list[str]] = {"role": [], "why": [], "detail": []}
        current = ""
        for line in text.splitlines():
            key, sep, rest = line.partition(":")
            field_name = _NOTE_KEYS.get(key.strip().lower()) if sep else None
            if field_name:
                current = field_name
                answers[current].append(rest.strip())
            elif line.strip():
                answers[current or "detail"].append(line.strip())
        return cls(**{name: " ".join(parts).strip() for name, parts in answers.items()})

    @classmethod
    def from_dict(cls, data: object) -> PersonalNotes:
        """From stored data; anything that is not a mapping of texts counts as no notes."""
        if not isinstance(data, dict):
            return cls()
        return cls(**{key: value for key in ("role", "why", "detail") if isinstance(value := data.get(key), str)})


@dataclass(frozen=True)
class PostOptions:
    tone: str
    angles: tuple[str, ...]
    language: str = "en"
    length: Length = Length.MEDIUM
    notes: PersonalNotes = field(default_factory=PersonalNotes)
    # The model may write only numbers the story or notes have (the local engine's number guard).
    number_guard: bool = True

    def to_dict(self) -> dict[str, Any]:
        return {
            "tone": self.tone,
            "angles": list(self.angles),
            "language": self.language,
            "length": self.length.value,
            "notes": self.notes.to_dict(),
            "number_guard": self.number_guard,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> PostOptions:
        """From stored data, keeping defaults for anything missing or of the wrong type."""
        angles = data.get("angles")
        tone, language = data.get("tone"), data.get("language")
        return cls(
            tone=tone if isinstance(tone, str) else "",
            angles=tuple(a for a in angles if isinstance(a, str)) if isinstance(angles, list | tuple) else (),
            language=language if isinstance(language, str) else "en",
            length=Length.parse(data.get("length")),
            notes=PersonalNotes.from_dict(data.get("notes")),
            number_guard=data.get("number_guard") is not False,  # on unless switched off
        )
