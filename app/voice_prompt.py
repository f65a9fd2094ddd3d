"""Bringing the user's own voice into the prompt: samples that fit the context window,
style notes from the voice profile, and the "My voice" tone."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from app.presets import Preset
from app.prompt import LENGTH_MAX_TOKENS, PromptInput, build_messages
from app.voice import VoiceProfile
from models.contract import ChatMessage

MY_VOICE_TONE_ID = "my-voice"
SAFETY_TOKENS = 64  # template tokens and rounding between our count and the model's

CountMessages = Callable[[Sequence[ChatMessage]], int]


def my_voice_tone() -> Preset:
    """The tone that appears beside the presets once the user has a voice profile."""
    return Preset(
        id=MY_VOICE_TONE_ID,
        labels={"en": "My voice", "nl": "Mijn stem"},
        descriptions={
            "en": "Sounds like your own earlier posts.",
            "nl": "Klinkt als je eigen eerdere berichten.",
        },
        instruction=(
            "My own voice: sound exactly like my earlier posts below — their sentence length, openings, "
            "endings, formality, emoji and hashtag habits — and follow the style notes."
        ),
        source="voice profile",
    )


def sample_budget(
    request: PromptInput, angles: Sequence[Preset], context_tokens: int, count_messages: CountMessages
) -> int:
    """Tokens left for samples once the rest of the longest prompt and the reply are counted."""
    without_samples = replace(request, samples=())
    longest = max(count_messages(build_messages(without_samples, angle)) for angle in angles)
    return max(0, context_tokens - longest - LENGTH_MAX_TOKENS[request.length] - SAFETY_TOKENS)


def fit_in_budget(texts: Sequence[str], budget: int, count_tokens: Callable[[str], int]) -> list[str]:
    """Texts in order, as many as fit the budget together."""
    chosen: list[str] = []
    used = 0
    for text in texts:
        cost = count_tokens(text)
        if used + cost > budget:
            continue
        chosen.append(text)
        used += cost
    return chosen


def apply_voice(
    request: PromptInput,
    angles: Sequence[Preset],
    profile: VoiceProfile | None,
    context_tokens: int,
    count_messages: CountMessages,
    loose_samples: Sequence[str] = (),
) -> PromptInput:
    """The request with the user's voice added: style notes and samples that fit the window.

    With a profile, its most typical samples are used; without one, `loose_samples` (a
    few posts, too few for a profile) are used in order.
    """
    if profile is None and not loose_samples:
        return request
    if profile is not None:
        request = replace(request, style_notes=(*request.style_notes, *profile.style_notes()))
    budget = sample_budget(request, angles, context_tokens, count_messages)

    def count_text(text: str) -> int:
        return count_messages([ChatMessage("user", text)])

    if profile is not None:
        samples = profile.choose_samples(budget, count_text)
    else:
        samples = fit_in_budget(loose_samples, budget, count_text)
    return replace(request, samples=tuple(samples))
