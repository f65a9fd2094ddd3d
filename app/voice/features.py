"""Style features of one post: the numbers a voice profile averages and a voice match compares.

All features are cheap counts; nothing here calls a model. Rates are per sentence or per
100 words so that a long and a short post in the same voice measure alike.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.language import detect_language
from app.voice import text as t

# How a post opens and closes; the profile keeps the most common kind.
OPENING_KINDS = ("question", "first_person", "number", "emoji", "quote", "statement")
CLOSING_KINDS = ("question", "hashtags", "emoji", "exclamation", "statement")

_FIRST_PERSON_OPENERS = frozenset({"i", "i'm", "i've", "my", "we", "we're", "our", "ik", "mijn", "wij", "we", "onze", "ons"})
_QUOTES = "\"'“”„‘’«"
_ENDS_WITH_EMOJI = re.compile(f"(?:{t.EMOJI_PATTERN.pattern})$")


@dataclass(frozen=True)
class StyleFeatures:
    characters: int
    words: int
    sentences: int
    words_per_sentence: float
    line_breaks: int
    emoji: tuple[str, ...]
    hashtags: tuple[str, ...]
    exclamation_rate: float  # share of sentences ending in "!"
    question_rate: float  # share of sentences ending in "?"
    first_person_per_100_words: float  # I/me/my, ik/mij/mijn
    em_dashes: int
    informal_address: int  # je/jij/jouw/jullie (Dutch)
    formal_address: int  # u/uw (Dutch)
    opening: str
    closing: str
    language: str

    @property
    def formality(self) -> str:
        """"informal", "formal" or "" when the post does not address the reader (Dutch only)."""
        if self.informal_address > self.formal_address:
            return "informal"
        if self.formal_address > self.informal_address:
            return "formal"
        return ""


def measure(post: str) -> StyleFeatures:
    """Measure one post. Empty text gives zeros."""
    post = post.strip()
    all_words = t.words(post)
    sentence_spans = list(t.sentences(post))
    sentence_count = max(len(sentence_spans), 1)
    sentence_texts = [span.text for span in sentence_spans]
    hashtag_texts = tuple(span.text for span in t.hashtags(post))
    # Hashtags are not prose: "#innovation" is no word of the writer's sentences.
    hashtag_words = sum(len(t.words(tag)) for tag in hashtag_texts)
    word_count = max(len(all_words) - hashtag_words, 0)
    prose_sentences = [s for s in sentence_texts if not _only_hashtags(s)] or sentence_texts
    return StyleFeatures(
        characters=len(post),
        words=word_count,
        sentences=len(sentence_spans),
        words_per_sentence=word_count / max(len(prose_sentences), 1),
        line_breaks=post.count("\n"),
        emoji=tuple(t.emoji(post)),
        hashtags=hashtag_texts,
        exclamation_rate=sum(s.rstrip(_QUOTES + ")").endswith("!") for s in sentence_texts) / sentence_count,
        question_rate=sum(s.rstrip(_QUOTES + ")").endswith("?") for s in sentence_texts) / sentence_count,
        first_person_per_100_words=100 * sum(w in t.FIRST_PERSON_SINGULAR for w in all_words) / max(word_count, 1),
        em_dashes=len(t.EM_DASH_PATTERN.findall(post)),
        informal_address=sum(w in t.INFORMAL_DUTCH for w in all_words),
        formal_address=sum(w in t.FORMAL_DUTCH for w in all_words),
        opening=_opening_kind(sentence_texts[0] if sentence_texts else ""),
        closing=_closing_kind(post, sentence_texts[-1] if sentence_texts else ""),
        language=detect_language(post),
    )


def _only_hashtags(sentence: str) -> bool:
    return not t.HASHTAG_PATTERN.sub("", sentence).strip(" \t\n.,;·|")


def _opening_kind(first_sentence: str) -> str:
    stripped = first_sentence.lstrip()
    if not stripped:
        return "statement"
    if t.EMOJI_PATTERN.match(stripped):
        return "emoji"
    if stripped[0] in _QUOTES:
        return "quote"
    if stripped.rstrip(_QUOTES).endswith("?"):
        return "question"
    if stripped[0].isdigit():
        return "number"
    first_words = t.words(stripped[:20])
    if first_words and first_words[0] in _FIRST_PERSON_OPENERS:
        return "first_person"
    return "statement"


def _closing_kind(post: str, last_sentence: str) -> str:
    ending = post.rstrip()
    last_line = ending.rsplit("\n", 1)[-1]
    if last_line and _only_hashtags(last_line):
        return "hashtags"
    if _ENDS_WITH_EMOJI.search(ending):
        return "emoji"
    tail = last_sentence.rstrip().rstrip(_QUOTES + ")")
    if tail.endswith("?"):
        return "question"
    if tail.endswith("!"):
        return "exclamation"
    return "statement"
