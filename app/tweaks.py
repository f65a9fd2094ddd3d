"""Quick tweaks that rewrite a card's current text. The UI shows their labels; the
instruction is what the model is told."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Tweak:
    id: str
    instruction: str


TWEAKS: tuple[Tweak, ...] = (
    Tweak("shorter", "Make it about a third shorter; keep the opening line and the main point."),
    Tweak("personal", "Make it more personal: more about my own experience and feelings, using my notes."),
    Tweak("informal", "Make it less formal: simpler words, shorter sentences, the way I would say it to a colleague."),
    Tweak("question", "Keep it as it is, and end with one genuine, specific question to my network."),
)


def tweak(tweak_id: str) -> Tweak:
    for item in TWEAKS:
        if item.id == tweak_id:
            return item
    raise KeyError(f"unknown tweak {tweak_id!r}")
