"""How good is a drafted post? The measures behind the quality benchmark (bench/quality.py).

Each measure is a small function of the post (and the story it came from), so the benchmark's
numbers can be tested and the same judgements can serve the hints: the language the post is
actually in, meta text around the post, a sentence cut off, the requested length, the fact
lock's findings, quotations the story does not contain, and the limits the prompt asks for.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from app.checks import run_checks
from app.checks.own_words import measure_own_words, story_shingles
from app.language import detect_language
from app.options import Length
from app.post_cleanup import ends_mid_sentence, has_meta_text
from app.prompt import LENGTH_WORDS, MAX_EMOJI, MAX_HASHTAGS
from app.voice import text as t

# Quoted text of at least this many words counts as a quotation (not a quoted term).
MIN_QUOTE_WORDS = 4
# Share of a quotation's word pairs the story must contain for it to be the story's quote.
QUOTE_MATCH_SHARE = 0.6
_QUOTATION = re.compile(r"\"([^\"\n]+)\"|\u201c([^\u201d\n]+)\u201d|\u201e([^\u201d\u201c\n]+)[\u201d\u201c]|\u00ab([^\u00bb\n]+)\u00bb")
_THOUSANDS = re.compile(r"(?<=\d)[.,\s\u00a0\u202f](?=\d{3}\b)")


@dataclass(frozen=True)
class KeyFact:
    """A fact of a benchmark story and the ways a post may state it ("92,000", "92.000")."""

    fact: str
    any: tuple[str, ...]


@dataclass(frozen=True)
class PostScore:
    wrong_language: bool
    meta_text: bool  # after clean-up
    meta_text_raw: bool  # as the model wrote it
    cut_off: bool
    words: int
    within_length: bool
    invented_facts: int  # the fact lock's findings
    invented_quotes: int
    facts_kept: int
    own_words: float  # 0-1, share of the post not copied from the story
    hashtags: int
    emoji: int

    @property
    def over_hashtags(self) -> bool:
        return self.hashtags > MAX_HASHTAGS

    @property
    def over_emoji(self) -> bool:
        return self.emoji > MAX_EMOJI


def score_post(
    post: str,
    *,
    raw: str | None = None,
    story: str,
    notes: str = "",
    language: str,
    length: Length,
    facts: Sequence[KeyFact] = (),
) -> PostScore:
    """Every measure for one post; `raw` is the model's reply before clean-up."""
    report = run_checks(post, story, notes, language=language)
    shingles = story_shingles(story)
    return PostScore(
        wrong_language=is_wrong_language(post, language),
        meta_text=has_meta_text(post),
        meta_text_raw=has_meta_text(raw if raw is not None else post),
        cut_off=ends_mid_sentence(post),
        words=word_count(post),
        within_length=within_length(post, length),
        invented_facts=len(report.unmatched_facts),
        invented_quotes=len(invented_quotes(post, f"{story}\n{notes}")),
        facts_kept=facts_kept(post, facts),
        own_words=1.0 - measure_own_words(post, shingles).shared_share if post.strip() else 0.0,
        hashtags=len(t.hashtags(post)),
        emoji=len(t.emoji(post)),
    )


def is_wrong_language(post: str, requested: str) -> bool:
    """True unless the post is recognisably in the requested language (mixed text is wrong too)."""
    return detect_language(post) != requested


def word_count(post: str) -> int:
    """Words as a reader counts them: hashtags and links left out, numbers counted."""
    body = t.URL_PATTERN.sub(" ", t.HASHTAG_PATTERN.sub(" ", post))
    return len(re.findall(r"[^\W_]+(?:['’.,-][^\W_]+)*", body))


def within_length(post: str, length: Length) -> bool:
    low, high = LENGTH_WORDS[length]
    return low <= word_count(post) <= high


def facts_kept(post: str, facts: Sequence[KeyFact]) -> int:
    """How many of the story's key facts the post states, in any of their listed forms."""
    text = _normalised(post)
    return sum(any(_contains(text, _normalised(form)) for form in fact.any) for fact in facts)


def invented_quotes(post: str, source: str) -> list[str]:
    """Quotations in the post (4+ words in quotation marks) that the story does not hold."""
    known = _pairs(t.words(source))
    invented = []
    for match in _QUOTATION.finditer(post):
        quote = next(group for group in match.groups() if group is not None)
        pairs = _pairs(t.words(quote))
        if len(t.words(quote)) < MIN_QUOTE_WORDS:
            continue
        if sum(pair in known for pair in pairs) < QUOTE_MATCH_SHARE * len(pairs):
            invented.append(quote)
    return invented


def _pairs(words: list[str]) -> set[tuple[str, str]]:
    return set(zip(words, words[1:], strict=False))


def _normalised(text: str) -> str:
    """Lower case, "92,000" = "92.000" = "92 000" = "92000", one kind of apostrophe and space."""
    text = _THOUSANDS.sub("", text.lower().replace("\u2019", "'"))
    return re.sub(r"\s+", " ", text)


def _contains(text: str, form: str) -> bool:
    return re.search(rf"(?<![\w]){re.escape(form)}(?![\w])", text) is not None
