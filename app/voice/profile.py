"""The voice profile: how the user writes, measured from 3 to 20 of their own earlier posts.

A profile is a plain value. The user can see and edit everything in it: the measured numbers
(change one with `dataclasses.replace`) and the style notes given to the model
(`with_style_notes`). It round-trips through JSON (`to_dict` / `from_dict`) so the library can
store it encrypted.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, fields, replace
from typing import Any

from app.story_io import InputError
from app.voice.features import StyleFeatures, measure
from app.voice.match import VoiceMatch, match_post
from app.voice.notes import derived_style_notes
from app.voice.samples import choose_samples

MIN_POSTS = 3
MAX_POSTS = 20
# How many of the user's posts go into the prompt as examples at most: more costs tokens and
# makes small models copy the examples' content instead of their style.
MAX_PROMPT_SAMPLES = 3
# A habit counts as "how you open/close" when at least this share of posts does it.
HABIT_SHARE = 0.5
FAVOURITES = 5
PROFILE_FORMAT = 1

# What the UI shows beside each editable number.
FIELD_LABELS: dict[str, str] = {
    "typical_words": "Typical length (words)",
    "words_per_sentence": "Words per sentence",
    "sentences_per_post": "Sentences per post",
    "line_breaks_per_post": "Line breaks per post",
    "emoji_per_post": "Emoji per post",
    "hashtags_per_post": "Hashtags per post",
    "exclamation_rate": "Sentences ending in '!' (share)",
    "question_rate": "Sentences ending in '?' (share)",
    "first_person_per_100_words": "'I' per 100 words",
    "em_dashes_per_post": "Em dashes per post",
    "formality": "Dutch form of address (informal 'je' / formal 'u')",
    "opening": "How you usually open",
    "closing": "How you usually close",
    "language": "Language",
}


@dataclass(frozen=True)
class VoiceProfile:
    samples: tuple[str, ...]
    language: str  # "en", "nl" or "" when mixed
    typical_words: int
    typical_characters: int
    words_per_sentence: float
    sentences_per_post: float
    line_breaks_per_post: float
    emoji_per_post: float
    favourite_emoji: tuple[str, ...]
    hashtags_per_post: float
    favourite_hashtags: tuple[str, ...]
    exclamation_rate: float
    question_rate: float
    first_person_per_100_words: float
    em_dashes_per_post: float
    formality: str  # "informal", "formal" or "" (not Dutch, or never addresses the reader)
    opening: str  # one of features.OPENING_KINDS, or "" when there is no habit
    closing: str  # one of features.CLOSING_KINDS, or ""
    # The user's own version of the style notes; None means "derived from the numbers".
    custom_notes: tuple[str, ...] | None = None

    @classmethod
    def from_posts(cls, posts: Sequence[str]) -> VoiceProfile:
        """Measure the user's posts. Raises InputError unless there are 3 to 20 non-empty posts."""
        cleaned = tuple(post.strip() for post in posts if post.strip())
        if len(cleaned) < MIN_POSTS:
            raise InputError(
                f"A voice profile needs at least {MIN_POSTS} of your own posts; found {len(cleaned)}. "
                "Paste a few more (separate posts with a line of three dashes: ---)."
            )
        if len(cleaned) > MAX_POSTS:
            raise InputError(
                f"A voice profile uses at most {MAX_POSTS} posts; found {len(cleaned)}. "
                f"Keep the {MAX_POSTS} that sound most like you."
            )
        measured = [measure(post) for post in cleaned]
        count = len(measured)
        return cls(
            samples=cleaned,
            language=_majority([m.language for m in measured], share=HABIT_SHARE),
            typical_words=round(statistics.median(m.words for m in measured)),
            typical_characters=round(statistics.median(m.characters for m in measured)),
            words_per_sentence=_mean(m.words_per_sentence for m in measured),
            sentences_per_post=_mean(m.sentences for m in measured),
            line_breaks_per_post=_mean(m.line_breaks for m in measured),
            emoji_per_post=sum(len(m.emoji) for m in measured) / count,
            favourite_emoji=_favourites(e for m in measured for e in m.emoji),
            hashtags_per_post=sum(len(m.hashtags) for m in measured) / count,
            favourite_hashtags=_favourites(h for m in measured for h in m.hashtags),
            exclamation_rate=_mean(m.exclamation_rate for m in measured),
            question_rate=_mean(m.question_rate for m in measured),
            first_person_per_100_words=_mean(m.first_person_per_100_words for m in measured),
            em_dashes_per_post=sum(m.em_dashes for m in measured) / count,
            formality=_formality(measured),
            opening=_majority([m.opening for m in measured], share=HABIT_SHARE),
            closing=_majority([m.closing for m in measured], share=HABIT_SHARE),
        )

    def summary(self) -> list[tuple[str, str]]:
        """What the profile says, as (label, value) pairs for the "My voice" screen."""
        formality = {"informal": "'je' (informal)", "formal": "'u' (formal)"}.get(self.formality, "-")
        emoji = _per_post(self.emoji_per_post, self.favourite_emoji)
        hashtags = _per_post(self.hashtags_per_post, self.favourite_hashtags)
        return [
            (FIELD_LABELS["language"], {"en": "English", "nl": "Dutch"}.get(self.language, "mixed")),
            (FIELD_LABELS["typical_words"], f"about {self.typical_words}"),
            (FIELD_LABELS["words_per_sentence"], f"about {round(self.words_per_sentence)}"),
            (FIELD_LABELS["line_breaks_per_post"], f"{self.line_breaks_per_post:.1f}"),
            (FIELD_LABELS["emoji_per_post"], emoji),
            (FIELD_LABELS["hashtags_per_post"], hashtags),
            (FIELD_LABELS["exclamation_rate"], f"{self.exclamation_rate:.0%}"),
            (FIELD_LABELS["question_rate"], f"{self.question_rate:.0%}"),
            (FIELD_LABELS["first_person_per_100_words"], f"{self.first_person_per_100_words:.1f}"),
            (FIELD_LABELS["em_dashes_per_post"], f"{self.em_dashes_per_post:.1f}"),
            (FIELD_LABELS["formality"], formality),
            (FIELD_LABELS["opening"], self.opening.replace("_", " ") or "varies"),
            (FIELD_LABELS["closing"], self.closing.replace("_", " ") or "varies"),
        ]

    def style_notes(self) -> list[str]:
        """Short imperative sentences for the prompt; the user's edited list when there is one."""
        if self.custom_notes is not None:
            return list(self.custom_notes)
        return derived_style_notes(self)

    def with_style_notes(self, notes: Sequence[str] | None) -> VoiceProfile:
        """The user edited the notes (None: go back to the notes derived from the numbers)."""
        if notes is None:
            return replace(self, custom_notes=None)
        return replace(self, custom_notes=tuple(note.strip() for note in notes if note.strip()))

    def choose_samples(self, budget_tokens: int, count_tokens: Callable[[str], int]) -> list[str]:
        """Up to three of the most typical samples whose tokens together fit `budget_tokens`."""
        return choose_samples(self, budget_tokens, count_tokens, limit=MAX_PROMPT_SAMPLES)

    def match(self, post: str) -> VoiceMatch:
        """How much `post` sounds like this profile: a 0-100 score and the biggest differences."""
        return match_post(self, post)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["samples"] = list(self.samples)
        data["favourite_emoji"] = list(self.favourite_emoji)
        data["favourite_hashtags"] = list(self.favourite_hashtags)
        data["custom_notes"] = None if self.custom_notes is None else list(self.custom_notes)
        data["format"] = PROFILE_FORMAT
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> VoiceProfile:
        """Rebuild a stored profile. Raises InputError naming the field when the data is damaged."""
        values: dict[str, Any] = {}
        for spec in fields(cls):
            if spec.name not in data:
                if spec.name == "custom_notes":
                    continue
                raise InputError(f"The stored voice profile has no '{spec.name}'. Build the profile again.")
            values[spec.name] = _coerce(spec.name, data[spec.name])
        return cls(**values)


def _per_post(count: float, favourites: tuple[str, ...]) -> str:
    return f"{count:.1f} per post" + (f": {' '.join(favourites)}" if favourites else "")


def _mean(values: Any) -> float:
    return round(statistics.fmean(values), 2)


def _favourites(items: Any) -> tuple[str, ...]:
    return tuple(item for item, _ in Counter(items).most_common(FAVOURITES))


def _majority(kinds: list[str], share: float) -> str:
    kind, count = Counter(kinds).most_common(1)[0]
    return kind if count >= share * len(kinds) else ""


def _formality(measured: list[StyleFeatures]) -> str:
    informal = sum(m.informal_address for m in measured if m.language == "nl")
    formal = sum(m.formal_address for m in measured if m.language == "nl")
    if informal > formal:
        return "informal"
    if formal > informal:
        return "formal"
    return ""


_TUPLE_FIELDS = {"samples", "favourite_emoji", "favourite_hashtags"}
_INT_FIELDS = {"typical_words", "typical_characters"}
_STR_FIELDS = {"language", "formality", "opening", "closing"}


def _coerce(name: str, value: Any) -> Any:
    """Check one stored field's type; JSON gives lists for tuples and may give ints for floats."""
    damaged = InputError(f"The stored voice profile has a damaged '{name}'. Build the profile again.")
    if name in _TUPLE_FIELDS or name == "custom_notes":
        if value is None and name == "custom_notes":
            return None
        if not isinstance(value, list | tuple) or not all(isinstance(item, str) for item in value):
            raise damaged
        return tuple(value)
    if name in _STR_FIELDS:
        if not isinstance(value, str):
            raise damaged
        return value
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise damaged
    return int(value) if name in _INT_FIELDS else float(value)
