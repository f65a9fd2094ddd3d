"""Run every check on a card and collect the hints and meters in one report.

`run_checks(post, story, …)` is the one-call entry point. A screen with several cards for the
same story builds a `CardChecker` once (it reads the story and notes once) and calls
`checker.check(card)` for each card and on every edit.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from app.checks.cliches import check_cliches
from app.checks.facts import FactSource, check_facts
from app.checks.findings import CHECK_ORDER, FACT, LIMIT, VOICE, Finding
from app.checks.guidelines import Guidelines, check_guidelines
from app.checks.limits import MAX_CHARACTERS, check_limits, fold_offset, hook_end, length_findings
from app.checks.own_words import (
    OwnWordsMeter,
    Shingle,
    measure_own_words,
    own_post_findings,
    own_words_findings,
    samples_shingles,
    story_shingles,
)
from app.checks.post_shape import NO_SUBJECT, StorySubject, check_post_shape
from app.language import detect_language
from app.story_length import story_limit_chars
from app.linkedin.format import linkedin_length
from app.voice.match import VoiceMatch
from app.voice.profile import VoiceProfile
from app.voice.text import line_column
from models.messages import msg


# Every check is linear (or close) in its input; these caps make its cost a fixed budget on any
# input (a 4.9 MB story once took 87 s). Callers refuse longer stories first (app.story_length);
# a card pasted far past LinkedIn's limit is checked on its first MAX_CHECKED_POST_CHARS.
MAX_CHECKED_STORY_CHARS = story_limit_chars()
MAX_CHECKED_POST_CHARS = 20_000
TOO_LONG_TO_CHECK_WHY = msg("Checks", "Hints would take too long on all of it; LinkedIn takes 3,000 characters anyway.")


@dataclass(frozen=True)
class CheckReport:
    post: str = field(repr=False)
    language: str  # the language the checks assumed: "en", "nl" or "" (unknown)
    findings: tuple[Finding, ...]
    own_words: OwnWordsMeter
    voice: VoiceMatch | None  # None without a voice profile
    fold_offset: int | None  # where LinkedIn shows "…see more", None when the whole post shows
    own_posts: OwnWordsMeter | None = None  # the same meter against the user's own samples (with a profile)

    @property
    def copied_share(self) -> float:
        """The largest share of the card copied word for word, from the story or from the user's own posts."""
        return max(self.own_words.shared_share, self.own_posts.shared_share if self.own_posts else 0.0)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == "warning")

    def by_check(self, check: str) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.check == check)

    @property
    def unmatched_facts(self) -> tuple[Finding, ...]:
        return self.by_check(FACT)

    def copy_warning(self) -> str | None:
        """The sentence to show before copying a card with unmatched facts, or None."""
        facts = self.unmatched_facts
        if not facts:
            return None
        shown: str = ", ".join(f"\u201c{self.excerpt(f)}\u201d" for f in facts[:3])
        if len(facts) > 3:
            shown = msg("Facts", "{facts} and {count} more").with_args(facts=shown, count=len(facts) - 3)
        if len(facts) == 1:
            return msg("Facts", "1 fact is not in the story or your notes: {facts}. Check before you post.").with_args(facts=shown)
        return msg("Facts", "{count} facts are not in the story or your notes: {facts}. Check before you post.").with_args(
            count=len(facts), facts=shown
        )

    def excerpt(self, finding: Finding) -> str:
        if finding.start is None or finding.end is None:
            return ""
        return self.post[finding.start : finding.end]

    def to_dict(self) -> dict[str, Any]:
        return {
            "language": self.language,
            "characters": linkedin_length(self.post),
            "max_characters": MAX_CHARACTERS,
            "fold_offset": self.fold_offset,
            "meters": {
                "own_words": self.own_words.to_dict(),
                "voice": self.voice.to_dict() if self.voice else None,
                "own_posts": self.own_posts.to_dict() if self.own_posts else None,
            },
            "counts": {
                "warning": len(self.warnings),
                "info": len(self.findings) - len(self.warnings),
            },
            "findings": [self._finding_dict(f) for f in self.findings],
        }

    def to_json(self, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def _finding_dict(self, finding: Finding) -> dict[str, Any]:
        data = finding.to_dict()
        if finding.start is not None:
            data["line"], data["column"] = line_column(self.post, finding.start)
            data["excerpt"] = self.excerpt(finding)
        else:
            data["line"] = data["column"] = None
            data["excerpt"] = ""
        return data


@dataclass(frozen=True)
class CardChecker:
    """Everything that stays the same across the cards of one story, prepared once."""

    facts: FactSource
    shingles: frozenset[Shingle]
    profile: VoiceProfile | None = None
    guidelines: Guidelines | None = None
    sample_shingles: frozenset[Shingle] = frozenset()  # of the profile's own posts
    subject: StorySubject = NO_SUBJECT  # what the story is about: a card that never mentions it gets a hint

    @classmethod
    def for_story(
        cls, story: str, notes: str = "", profile: VoiceProfile | None = None, guidelines: Guidelines | None = None
    ) -> CardChecker:
        story, notes = story[:MAX_CHECKED_STORY_CHARS], notes[:MAX_CHECKED_STORY_CHARS]
        # The user's own posts are bounded like a card, so the checks stay a fixed budget.
        own_posts = [sample[:MAX_CHECKED_POST_CHARS] for sample in profile.samples] if profile is not None else []
        samples = samples_shingles(own_posts)
        return cls(
            FactSource.of(story, notes), story_shingles(story), profile, guidelines, samples, StorySubject.of(story)
        )

    def check(self, post: str, language: str | None = None) -> CheckReport:
        """All hints for one card, judged in the language the card is written in.

        `language` ("en"/"nl") is the language the card was asked in: it counts only when the card's
        own language cannot be told (a model asked for Dutch may well answer in English), and a card
        in another language than the one asked gets a hint.
        """
        if len(post) > MAX_CHECKED_POST_CHARS:
            return self._check_start_of(post, language)
        requested = language
        detected = detect_language(post)
        language = detected or language or self.facts.story_language
        own_words = measure_own_words(post, self.shingles)
        voice = self.profile.match(post) if self.profile is not None else None
        findings = check_post_shape(post, self.subject, requested)
        findings += check_facts(post, self.facts, language, detected)
        findings += own_words_findings(own_words)
        own_posts = measure_own_words(post, self.sample_shingles) if self.profile is not None else None
        if own_posts is not None:
            findings += own_post_findings(own_posts)
        fold = fold_offset(post)
        findings += check_cliches(post, self.profile, hook=hook_end(post, fold))
        findings += check_limits(post, fold)
        if self.guidelines is not None:
            findings = _without_facts_inside(findings, check_guidelines(post, self.guidelines))
        if voice is not None:
            findings += _voice_findings(voice)
        findings.sort(key=_reading_order)
        return CheckReport(post, language, tuple(findings), own_words, voice, fold, own_posts)

    def _check_start_of(self, post: str, language: str | None) -> CheckReport:
        """Hints for the first MAX_CHECKED_POST_CHARS characters; the length for all of it."""
        start = self.check(post[:MAX_CHECKED_POST_CHARS], language)
        message = msg("Checks", "Only the first {count} characters were checked.").with_args(count=MAX_CHECKED_POST_CHARS)
        note = Finding(LIMIT, "info", message, TOO_LONG_TO_CHECK_WHY, kind="not_checked")
        findings = [f for f in start.findings if f.kind != "length"] + length_findings(post) + [note]
        findings.sort(key=_reading_order)
        return CheckReport(
            post, start.language, tuple(findings), start.own_words, start.voice, start.fold_offset, start.own_posts
        )


def run_checks(
    post: str,
    story: str,
    notes: str = "",
    profile: VoiceProfile | None = None,
    guidelines: Guidelines | None = None,
    language: str | None = None,
) -> CheckReport:
    """Every check on one card. Hints only: nothing here refuses or changes the card."""
    return CardChecker.for_story(story, notes, profile, guidelines).check(post, language)


def _without_facts_inside(findings: list[Finding], guideline_findings: list[Finding]) -> list[Finding]:
    """Add the guideline hints; a forbidden term needs no second hint as an unknown name."""
    forbidden = [g for g in guideline_findings if g.kind == "forbidden_term"]
    kept = [f for f in findings if not (f.check == FACT and any(_overlap(f, g) for g in forbidden))]
    return kept + guideline_findings


def _overlap(a: Finding, b: Finding) -> bool:
    if a.start is None or a.end is None or b.start is None or b.end is None:
        return False
    return a.start < b.end and b.start < a.end


def _voice_findings(voice: VoiceMatch) -> list[Finding]:
    why = msg("Voice", "Compared with the posts in your voice profile.")
    return [
        Finding(VOICE, "info", msg("Voice", "{difference!u}.").with_args(difference=d), why, kind="difference")
        for d in voice.differences
    ]


def _reading_order(finding: Finding) -> tuple[int, float]:
    """By check, then by position; hints about the whole card last in their group."""
    return CHECK_ORDER.index(finding.check), finding.start if finding.start is not None else float("inf")
