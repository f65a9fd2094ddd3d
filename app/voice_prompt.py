"""Bringing the user's own voice into the prompt: samples that fit the context window,
style notes from the voice profile, and the "My voice" tone.

The user's samples and style notes go only into the "My voice" tone: every other tone writes
in that tone's own way (and a small model given samples copies their sentences)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from app.presets import Preset, PresetCatalog
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


def catalog_with_voice(catalog: PresetCatalog, profile: VoiceProfile | None) -> PresetCatalog:
    """The tones on offer: the presets, plus "My voice" once the user has a voice profile."""
    return catalog.with_tone(my_voice_tone()) if profile is not None else catalog


def sample_budget(
    request: PromptInput, angles: Sequence[Preset], context_tokens: int, count_messages: CountMessages
) -> int:
    """Tokens left for samples once the rest of the longest prompt and the reply are counted."""
    without_samples = replace(request, samples=())
    longest = max(count_messages(build_messages(without_samples, angle)) for angle in angles)
    return max(0, context_tokens - longest - LENGTH_MAX_TOKENS[request.length] - SAFETY_TOKENS)


def apply_voice(
    request: PromptInput,
    angles: Sequence[Preset],
    profile: VoiceProfile | None,
    context_tokens: int,
    count_messages: CountMessages,
) -> PromptInput:
    """For the "My voice" tone: the request with the profile's style notes and its most typical
    samples that fit the window. Any other tone (or no profile): the request unchanged."""
    if profile is None or request.tone.id != MY_VOICE_TONE_ID:
        return request
    request = replace(request, style_notes=(*request.style_notes, *profile.style_notes()))
    budget = sample_budget(request, angles, context_tokens, count_messages)

    def count_text(text: str) -> int:
        return count_messages([ChatMessage("user", text)])

    return replace(request, samples=tuple(profile.choose_samples(budget, count_text)))
