"""The prompt builder: the user's story and choices in, chat messages out.

Layout matters for speed. Everything all angles share (instructions, tone, story, notes,
samples, style notes) comes first and is byte-identical for every angle; the angle's own
instruction comes last. llama.cpp then reuses the evaluated shared prefix for the 2nd..Nth
angle and only evaluates each angle's short tail.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from app.options import LANGUAGES, Length, PersonalNotes, PostOptions
from app.presets import Preset, PresetCatalog
from models.contract import ChatMessage, GenerationOptions

# Word ranges we ask for, and a token allowance for the reply (≈1.4 tokens per word for
# English and Dutch, plus room for a hashtag line).
LENGTH_WORDS: dict[Length, tuple[int, int]] = {
    Length.SHORT: (40, 80),
    Length.MEDIUM: (80, 150),
    Length.LONG: (150, 250),
}
LENGTH_MAX_TOKENS: dict[Length, int] = {Length.SHORT: 160, Length.MEDIUM: 300, Length.LONG: 480}

ANGLE_HEADING = "Angle for this post:"


@dataclass(frozen=True)
class PromptInput:
    """Everything that is the same for every angle of one rewrite."""

    story: str
    tone: Preset
    language: str = "en"
    length: Length = Length.MEDIUM
    notes: PersonalNotes = field(default_factory=PersonalNotes)
    samples: tuple[str, ...] = ()  # the user's own earlier posts, already chosen to fit the budget
    style_notes: tuple[str, ...] = ()  # e.g. from the voice profile: "Use no hashtags."
    number_guard: bool = True  # the engine lets the model write only the story's and notes' numbers


def prompt_input_for(
    story: str,
    options: PostOptions,
    catalog: PresetCatalog,
    samples: Sequence[str] = (),
    style_notes: Sequence[str] = (),
) -> PromptInput:
    """The shared prompt input for the user's current choices. Raises InputError for an
    unknown tone."""
    return PromptInput(
        story=story,
        tone=catalog.tone(options.tone),
        language=options.language,
        length=options.length,
        notes=options.notes,
        samples=tuple(samples),
        style_notes=tuple(style_notes),
        number_guard=options.number_guard,
    )


def language_name(code: str) -> str:
    return LANGUAGES.get(code, code)


def system_message(request: PromptInput) -> str:
    low, high = LENGTH_WORDS[request.length]
    rules = [
        "Write in the first person, as the employee: \"I\" for yourself, \"we\" or \"my team\" for the team. "
        "Never write as the company.",
        "Sound like this person, in their own voice: plain, natural words, not a press release or an advert.",
        "Use only facts from the company story and the employee's notes. Never invent numbers, names, "
        "dates, quotes, customers or results. If a detail is not given, leave it out.",
        "Do not copy sentences from the story; retell it in your own words.",
        "Use at most 3 hashtags, all at the end, and at most 2 emoji. No lists of hashtags, no emoji in every line.",
        f"Length: {low} to {high} words.",
        f"Tone: {request.tone.instruction}",
        f"Write the post in {language_name(request.language)}.",
        "Reply with the post text only: no title, no introduction, no notes, no quotation marks around it.",
    ]
    rules.extend(request.style_notes)
    numbered = "\n".join(f"- {rule}" for rule in rules)
    return (
        "You help an employee write a LinkedIn post about news from their company, in their own voice.\n"
        f"Rules:\n{numbered}"
    )


def shared_user_text(request: PromptInput) -> str:
    """The part of the user message that is identical for all angles."""
    parts = [f"Company story:\n\"\"\"\n{request.story.strip()}\n\"\"\""]
    notes = _notes_block(request.notes)
    if notes:
        parts.append(notes)
    if request.samples:
        samples = "\n---\n".join(sample.strip() for sample in request.samples)
        parts.append(
            "Earlier posts I wrote myself (copy their style — sentence length, openings, emoji and hashtag "
            f"habits — not their content):\n---\n{samples}\n---"
        )
    return "\n\n".join(parts)


def angle_text(angle: Preset) -> str:
    return f"{ANGLE_HEADING} {angle.instruction}"


def build_messages(request: PromptInput, angle: Preset) -> list[ChatMessage]:
    """Messages for one angle; the angle instruction is the very last text."""
    return [
        ChatMessage("system", system_message(request)),
        ChatMessage("user", f"{shared_user_text(request)}\n\n{angle_text(angle)}"),
    ]


def build_all(request: PromptInput, angles: Sequence[Preset]) -> list[list[ChatMessage]]:
    return [build_messages(request, angle) for angle in angles]


def generation_options(
    length: Length,
    *,
    temperature: float = 0.7,
    seed: int | None = None,
    allowed_numbers: frozenset[str] | None = None,
) -> GenerationOptions:
    return GenerationOptions(
        max_tokens=LENGTH_MAX_TOKENS[length], temperature=temperature, seed=seed, allowed_numbers=allowed_numbers
    )


def tweak_messages(request: PromptInput, current_text: str, tweak_instruction: str) -> list[ChatMessage]:
    """Messages that rewrite a card's current text with one quick tweak.

    Same system message and story as the angle prompts (so the prefix cache still helps);
    the draft and the tweak come last.
    """
    return [
        ChatMessage("system", system_message(request)),
        ChatMessage(
            "user",
            f"{shared_user_text(request)}\n\nHere is my current draft:\n\"\"\"\n{current_text.strip()}\n\"\"\"\n\n"
            f"Rewrite this draft: {tweak_instruction} Keep every fact as it is and add no new ones.",
        ),
    ]


def _notes_block(notes: PersonalNotes) -> str:
    lines = []
    if notes.role.strip():
        lines.append(f"- My role in this: {notes.role.strip()}")
    if notes.why.strip():
        lines.append(f"- Why it matters to me: {notes.why.strip()}")
    if notes.detail.strip():
        lines.append(f"- A detail only I know: {notes.detail.strip()}")
    if not lines:
        return ""
    return "About me (true details; use them):\n" + "\n".join(lines)
