"""Is the card a post at all? Hints for drafts that failed, and for links in the body.

A small model sometimes writes in the wrong language, talks to the user ("Sure! Here's a
post…") or about the post ("This post highlights…"), repeats the instructions, produces a
row of hashtags, or writes about something else than the story. Each gets a warning, so a
failed card never shows "No hints — it reads like you". A web link in the body gets a gentle
hint: LinkedIn shows posts with links to fewer people, so the link belongs in the first comment.

The language is judged on the post itself: a Dutch request answered in English gets the hint
even though the story was Dutch.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from app.checks.findings import POST, Finding
from app.checks.names import find_names, normalise
from app.language import DUTCH, DUTCH_STOP_WORDS, ENGLISH, ENGLISH_STOP_WORDS, MIN_EVIDENCE, detect_language
from app.options import LANGUAGES
from models.messages import msg
from app.post_cleanup import ECHO, NOTES, PLACEHOLDER, PREAMBLE, TITLE, find_meta_text
from app.voice import text as t

# A post is "mostly hashtags" when they are at least this share of its words, or when the
# words around them are fewer than this.
HASHTAG_SHARE = 0.5
MIN_WORDS_BESIDE_HASHTAGS = 6
# The story's subject: its names plus its most frequent longer words (a 5-letter stem, so
# "robot" matches "robots" and "robotarm").
SUBJECT_KEYWORDS = 12
STEM_LETTERS = 5
MIN_KEYWORD_LETTERS = 5
# Too short to say it misses the subject (a one-line teaser can be fine).
MIN_WORDS_FOR_SUBJECT = 20
# Words frequent in any announcement, so they say nothing about what this story is about.
_NOT_SUBJECT = frozenset(
    """
    january february march april june july august september october november december
    januari februari maart augustus oktober monday tuesday wednesday thursday friday saturday sunday
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag today vandaag years month months
    maand maanden people mensen company bedrijf first eerste
    """.split()
)

_META_MESSAGES = {
    PREAMBLE: (
        msg("Post", "The model talks to you here; this line is not part of the post."),
        msg("Post", "Delete it: readers would see a chatbot's answer, not your post."),
    ),
    ECHO: (msg("Post", "This line repeats the instructions."), msg("Post", "Delete it, or regenerate the card.")),
    NOTES: (
        msg("Post", "This line is about the post, not part of it."),
        msg("Post", "Delete it: a note on what the post does reads as generated text."),
    ),
    TITLE: (
        msg("Post", "LinkedIn posts have no title; this line reads like one."),
        msg("Post", "Delete it, or turn it into a first sentence that makes people want to read on."),
    ),
    PLACEHOLDER: (
        msg("Post", "A placeholder to fill in or delete."),
        msg("Post", "The model left a blank for you to fill in."),
    ),
}
_LINK_WHY = msg(
    "Post",
    "LinkedIn shows posts with a link in the text to fewer people. Put the link in the first comment "
    "and say \u201clink in the comments\u201d.",
)


@dataclass(frozen=True)
class StorySubject:
    """What the story is about: its names and its most frequent longer words, found once per story."""

    names: frozenset[str]  # normalised name words ("larkfield", "brackenmoor")
    keywords: frozenset[str]  # 5-letter stems of the most frequent longer words

    @classmethod
    def of(cls, story: str) -> StorySubject:
        names = {part for name in find_names(story) for part in name.parts if len(part) > 2}
        counts = Counter(
            word[:STEM_LETTERS]
            for word in t.words(story)
            if len(word) >= MIN_KEYWORD_LETTERS
            and word not in ENGLISH_STOP_WORDS
            and word not in DUTCH_STOP_WORDS
            and word not in _NOT_SUBJECT
        )
        keywords = {stem for stem, _ in counts.most_common(SUBJECT_KEYWORDS)}
        return cls(frozenset(names), frozenset(keywords))

    @property
    def empty(self) -> bool:
        return not self.names and not self.keywords

    def mentioned_in(self, post: str) -> bool:
        words = t.words(post)
        if any(normalise(word) in self.names for word in words):
            return True
        return any(word[:STEM_LETTERS] in self.keywords for word in words if len(word) >= MIN_KEYWORD_LETTERS)


NO_SUBJECT = StorySubject(frozenset(), frozenset())


def check_post_shape(post: str, subject: StorySubject = NO_SUBJECT, requested_language: str | None = None) -> list[Finding]:
    """Hints for a card that is not (only) a post, and for a link in its body."""
    if not post.strip():
        return []
    findings = _language(post, requested_language)
    findings += _meta(post)
    findings += _hashtags(post)
    findings += _subject(post, subject)
    findings += _links(post)
    return findings


def language_evidence(text: str) -> tuple[int, int]:
    """(English, Dutch) stop words in `text`: what `detect_language` decides on."""
    english = dutch = 0
    for word in t.words(text):
        if word in ENGLISH_STOP_WORDS:
            english += 1
        elif word in DUTCH_STOP_WORDS:
            dutch += 1
    return english, dutch


def _language(post: str, requested: str | None) -> list[Finding]:
    if requested not in (ENGLISH, DUTCH):
        return []
    detected = detect_language(post)
    if detected == requested:
        return []
    wanted = LANGUAGES[requested]
    if detected:
        message = msg("Post", "This post is in {language}, not {wanted}.").with_args(
            language=LANGUAGES[detected], wanted=wanted
        )
        why = msg("Post", "You asked for {wanted}. Regenerate the card, or translate it yourself.").with_args(wanted=wanted)
        return [Finding(POST, "warning", message, why, kind="language")]
    if sum(language_evidence(post)) < MIN_EVIDENCE:
        return []  # too short to tell
    message = msg("Post", "This post mixes English and Dutch; you asked for {wanted}.").with_args(wanted=wanted)
    why = msg("Post", "Small models slip into English mid-sentence. Regenerate the card, or fix the mixed words.")
    return [Finding(POST, "warning", message, why, kind="language")]


def _meta(post: str) -> list[Finding]:
    findings = []
    for meta in find_meta_text(post):
        message, why = _META_MESSAGES[meta.kind]
        findings.append(Finding(POST, "warning", message, why, meta.start, meta.end, kind=meta.kind))
    return findings


def _hashtags(post: str) -> list[Finding]:
    tags = t.hashtags(post)
    if not tags:
        return []
    words = len(t.words(t.HASHTAG_PATTERN.sub(" ", post)))
    if words >= MIN_WORDS_BESIDE_HASHTAGS and len(tags) < HASHTAG_SHARE * (words + len(tags)):
        return []
    message = msg("Post", "This post is mostly hashtags.")
    why = msg(
        "Post", "Say what happened and what it means to you in a few sentences; keep two or three hashtags at the end."
    )
    return [Finding(POST, "warning", message, why, tags[0].start, tags[-1].end, kind="mostly_hashtags")]


def _subject(post: str, subject: StorySubject) -> list[Finding]:
    if subject.empty or len(t.words(post)) < MIN_WORDS_FOR_SUBJECT or subject.mentioned_in(post):
        return []
    message = msg("Post", "This post does not mention what the story is about.")
    why = msg("Post", "None of the story's names or main words appear. Regenerate the card, or add what happened.")
    return [Finding(POST, "warning", message, why, kind="off_subject")]


_TRAILING_PUNCTUATION = re.compile(r"[.,;:!?)\]\"'\u201d\u2019]+$")


def _links(post: str) -> list[Finding]:
    findings = []
    for match in t.URL_PATTERN.finditer(post):
        url = _TRAILING_PUNCTUATION.sub("", match.group())
        message = msg("Post", "A link in the post: put it in the first comment instead.")
        findings.append(Finding(POST, "info", message, _LINK_WHY, match.start(), match.start() + len(url), kind="link"))
    return findings
