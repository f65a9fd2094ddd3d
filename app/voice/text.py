"""Text primitives shared by the voice profile and the checks: words, sentences, emoji, hashtags.

Everything here is a precompiled pattern or a small pure function, so the checks can run on
every keystroke. Offsets are Python string indices into the text given.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# Letters only (no digits), with inner apostrophes: "it's", "Acme's", "zo'n".
WORD_PATTERN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")

# An emoji: a flag (two regional indicators) or a pictograph with its optional variation
# selector, skin tone and zero-width-joined parts ("👩‍💻" counts once).
_PICTOGRAPH = (
    "[\u2600-\u27bf\u2b00-\u2bff\u2300-\u23ff\u2934\u2935\u3030\u303d\u3297\u3299"
    "\U0001f000-\U0001f3fa\U0001f400-\U0001faff]"
)
_EMOJI_PART = _PICTOGRAPH + "\ufe0f?[\U0001f3fb-\U0001f3ff]?"
EMOJI_PATTERN = re.compile(f"[\U0001f1e6-\U0001f1ff]{{2}}|{_EMOJI_PART}(?:\u200d{_EMOJI_PART})*")

# "#AcmeLife" but not "#1", "C#" or "&#39;": a hashtag starts a word and holds a letter.
HASHTAG_PATTERN = re.compile(r"(?<![\w&#])#(?=\w*[^\W\d_])\w+")

# "@Jane" but not an e-mail address ("jane@acme.com").
MENTION_PATTERN = re.compile(r"(?<![\w@.])@[^\W\d_][\w.-]*\w|(?<![\w@.])@[^\W\d_]")

# A sentence ends at . ! ? … (possibly repeated, possibly followed by a closing quote or bracket)
# before white space, or at a line break. "e.g. this" splits too: good enough for style numbers.
SENTENCE_END_PATTERN = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s|$)|\n")

URL_PATTERN = re.compile(r"https?://\S+|www\.\S+", re.IGNORECASE)

EM_DASH_PATTERN = re.compile(r"—|(?<=\s)–(?=\s)|(?<=\w)--(?=\w)|\s--\s")

FIRST_PERSON_SINGULAR = frozenset({"i", "me", "my", "mine", "myself", "i'm", "i've", "i'd", "i'll",
                                   "ik", "mij", "mijn", "me", "mezelf", "m'n"})
INFORMAL_DUTCH = frozenset({"je", "jij", "jou", "jouw", "jullie", "je'", "jezelf"})
FORMAL_DUTCH = frozenset({"u", "uw", "uzelf"})


@dataclass(frozen=True)
class Span:
    """A piece of text and where it stands."""

    text: str
    start: int
    end: int


def words(text: str) -> list[str]:
    """The words of `text` in lower case, apostrophes unified."""
    return [match.group().lower().replace("’", "'") for match in WORD_PATTERN.finditer(text)]


def sentences(text: str) -> Iterator[Span]:
    """Non-empty sentences with their offsets (stripped of surrounding white space)."""
    start = 0
    for match in SENTENCE_END_PATTERN.finditer(text):
        yield from _stripped(text, start, match.end())
        start = match.end()
    yield from _stripped(text, start, len(text))


def _stripped(text: str, start: int, end: int) -> Iterator[Span]:
    piece = text[start:end]
    content = piece.strip()
    if content and any(char.isalnum() for char in content):
        offset = start + (len(piece) - len(piece.lstrip()))
        yield Span(content, offset, offset + len(content))


def emoji(text: str) -> list[str]:
    return EMOJI_PATTERN.findall(text)


def hashtags(text: str) -> list[Span]:
    return [Span(m.group(), m.start(), m.end()) for m in HASHTAG_PATTERN.finditer(text)]


def mentions(text: str) -> list[Span]:
    return [Span(m.group(), m.start(), m.end()) for m in MENTION_PATTERN.finditer(text)]


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of `offset`, for messages like "3:14"."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column
