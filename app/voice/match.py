"""Voice match: how much a post sounds like the user, from style features (no model call).

Each feature the post and the profile differ on costs up to `weight * POINTS_PER_WEIGHT`
points off 100, in proportion to how far apart they are against a tolerance a reader would
notice (twice as long sentences is a lot; one more emoji is a little). The biggest
differences are named in words, so the user knows what to change.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.voice.features import StyleFeatures, measure
from models.messages import Message, msg

if TYPE_CHECKING:
    from app.voice.profile import VoiceProfile

POINTS_PER_WEIGHT = 18
MAX_DIFFERENCES = 3
# A difference is worth naming from this share of its full penalty on.
NOTABLE_PENALTY = 0.35


@dataclass(frozen=True)
class VoiceMatch:
    """How much a post sounds like the user, 0-100, with the biggest differences in words."""

    score: int
    differences: tuple[str, ...]

    @property
    def label(self) -> str:
        if self.score >= 80:
            return msg("Voice", "Sounds like you")
        if self.score >= 60:
            return msg("Voice", "Close to your voice")
        return msg("Voice", "Not quite your voice")

    def to_dict(self) -> dict[str, Any]:
        return {"score": self.score, "label": self.label, "differences": list(self.differences)}


@dataclass(frozen=True)
class _Difference:
    weight: float
    penalty: float  # 0 (same) to 1 (as different as it gets)
    words: str

    @property
    def cost(self) -> float:
        return self.weight * self.penalty


def match_post(profile: VoiceProfile, post: str) -> VoiceMatch:
    features = measure(post)
    differences = [difference(profile, features) for difference in _COMPARISONS]
    found = [d for d in differences if d is not None]
    lost = sum(d.cost for d in found) * POINTS_PER_WEIGHT
    score = max(0, min(100, round(100 - lost)))
    notable = sorted((d for d in found if d.penalty >= NOTABLE_PENALTY), key=lambda d: -d.cost)
    return VoiceMatch(score=score, differences=tuple(d.words for d in notable[:MAX_DIFFERENCES]))


def _ratio_penalty(mine: float, yours: float, full_at: float) -> float:
    """0 when equal, 1 when one is `full_at` times the other (log scale: 2x longer = 0.5x shorter)."""
    if mine <= 0 or yours <= 0:
        return 0.0 if mine == yours else 1.0
    return min(abs(math.log(mine / yours)) / math.log(full_at), 1.0)


def _usually(per_post: float, rarely: Message) -> Message:
    if per_post < 0.5:
        return msg("Voice", "you use none") if per_post == 0 else rarely
    return msg("Voice", "you usually use {count}").with_args(count=round(per_post))


def _length(profile: VoiceProfile, post: StyleFeatures) -> _Difference | None:
    if not profile.typical_words or not post.words:
        return None
    penalty = _ratio_penalty(post.words, profile.typical_words, full_at=3)
    if post.words > profile.typical_words:
        template = msg("Voice", "longer than your posts ({words} words; yours are about {usual})")
    else:
        template = msg("Voice", "shorter than your posts ({words} words; yours are about {usual})")
    return _Difference(0.7, penalty, template.with_args(words=post.words, usual=profile.typical_words))


def _sentence_length(profile: VoiceProfile, post: StyleFeatures) -> _Difference | None:
    if not post.words:
        return None
    penalty = _ratio_penalty(post.words_per_sentence, profile.words_per_sentence, full_at=2)
    if post.words_per_sentence > profile.words_per_sentence:
        template = msg("Voice", "longer sentences than you write (about {words} words; yours average {usual})")
    else:
        template = msg("Voice", "shorter sentences than you write (about {words} words; yours average {usual})")
    words = template.with_args(words=round(post.words_per_sentence), usual=round(profile.words_per_sentence))
    return _Difference(1.5, penalty, words)


def _count_penalty(count: int, per_post: float) -> float:
    """Three more or fewer is as different as it gets; using some where you use none is half of that."""
    penalty = min(abs(count - per_post) / 3, 1.0)
    if (count == 0) != (per_post < 0.5):
        penalty = max(penalty, 0.5)
    return penalty


def _hashtags(profile: VoiceProfile, post: StyleFeatures) -> _Difference | None:
    count = len(post.hashtags)
    if count == 0:
        used = msg("Voice", "no hashtags")
    else:
        used = (msg("Voice", "1 hashtag") if count == 1 else msg("Voice", "{count} hashtags")).with_args(count=count)
    usually = _usually(profile.hashtags_per_post, msg("Voice", "you rarely use hashtags"))
    words = msg("Voice", "{used}; {usually}").with_args(used=used, usually=usually)
    return _Difference(1.0, _count_penalty(count, profile.hashtags_per_post), words)


def _emoji(profile: VoiceProfile, post: StyleFeatures) -> _Difference | None:
    count = len(post.emoji)
    used = msg("Voice", "no emoji") if count == 0 else msg("Voice", "{count} emoji").with_args(count=count)
    usually = _usually(profile.emoji_per_post, msg("Voice", "you rarely use emoji"))
    words = msg("Voice", "{used}; {usually}").with_args(used=used, usually=usually)
    return _Difference(1.0, _count_penalty(count, profile.emoji_per_post), words)


def _line_breaks(profile: VoiceProfile, post: StyleFeatures) -> _Difference | None:
    if not post.sentences or not profile.sentences_per_post:
        return None
    mine = post.line_breaks / post.sentences
    yours = profile.line_breaks_per_post / profile.sentences_per_post
    penalty = min(abs(mine - yours) / 0.6, 1.0)
    words = msg("Voice", "more line breaks than you use") if mine > yours else msg("Voice", "fewer line breaks than you use")
    return _Difference(0.8, penalty, words)


def _exclamations(profile: VoiceProfile, post: StyleFeatures) -> _Difference | None:
    penalty = min(abs(post.exclamation_rate - profile.exclamation_rate) / 0.3, 1.0)
    if post.exclamation_rate > profile.exclamation_rate:
        return _Difference(0.8, penalty, msg("Voice", "more exclamation marks than you use"))
    return _Difference(0.8, penalty, msg("Voice", "fewer exclamation marks than you use"))


def _questions(profile: VoiceProfile, post: StyleFeatures) -> _Difference | None:
    penalty = min(abs(post.question_rate - profile.question_rate) / 0.3, 1.0)
    if post.question_rate > profile.question_rate:
        return _Difference(0.5, penalty, msg("Voice", "more questions than you ask"))
    return _Difference(0.5, penalty, msg("Voice", "fewer questions than you ask"))


def _first_person(profile: VoiceProfile, post: StyleFeatures) -> _Difference | None:
    gap = post.first_person_per_100_words - profile.first_person_per_100_words
    penalty = min(abs(gap) / 10, 1.0)  # short posts swing a lot: one "I" in 12 words is 8 per 100
    words = msg("Voice", "more about 'I' than you write") if gap > 0 else msg("Voice", "less personal: you say 'I' more often")
    return _Difference(0.8, penalty, words)


def _formality(profile: VoiceProfile, post: StyleFeatures) -> _Difference | None:
    if not profile.formality or not post.formality or post.formality == profile.formality:
        return None
    mine, yours = ("u", "je") if post.formality == "formal" else ("je", "u")
    return _Difference(1.5, 1.0, msg("Voice", "addresses readers as '{mine}'; you write '{yours}'").with_args(mine=mine, yours=yours))


_LANGUAGE_NAMES = {"en": msg("Voice", "English"), "nl": msg("Voice", "Dutch")}


def _language(profile: VoiceProfile, post: StyleFeatures) -> _Difference | None:
    if not profile.language or not post.language or post.language == profile.language:
        return None
    mine = _LANGUAGE_NAMES.get(post.language, post.language)
    yours = _LANGUAGE_NAMES.get(profile.language, profile.language)
    return _Difference(1.0, 1.0, msg("Voice", "written in {mine}; your posts are in {yours}").with_args(mine=mine, yours=yours))


def _em_dashes(profile: VoiceProfile, post: StyleFeatures) -> _Difference | None:
    extra = post.em_dashes - profile.em_dashes_per_post
    if extra < 1:
        return None
    penalty = min(extra / 3, 1.0)
    count = post.em_dashes
    dashes = (msg("Voice", "1 em dash") if count == 1 else msg("Voice", "{count} em dashes")).with_args(count=count)
    usually = _usually(profile.em_dashes_per_post, msg("Voice", "you rarely use them"))
    return _Difference(0.7, penalty, msg("Voice", "{used}; {usually}").with_args(used=dashes, usually=usually))


_COMPARISONS: tuple[Callable[[VoiceProfile, StyleFeatures], _Difference | None], ...] = (
    _length,
    _sentence_length,
    _hashtags,
    _emoji,
    _line_breaks,
    _exclamations,
    _questions,
    _first_person,
    _formality,
    _language,
    _em_dashes,
)
