"""Quotations: words a post puts between quotation marks must be words of the story or the notes.

A reader takes a quotation as what someone said. A model that writes
'Anneke de Wit: "Together we will be the greenest forwarder in Europe."' puts words in a real
person's mouth, so a quotation is backed only when most of its word pairs stand, in the same
order, in the story or the notes: cutting a quotation short or leaving out a word is fine,
new words are not. Scare quotes and titles are no quotations: under four words ("our
'family'"), or a line in Title Case ("Thinking, Fast and Slow").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

MIN_QUOTE_WORDS = 4
# Share of a quotation's word pairs that must stand in the source: "We owe them answers" from
# "…a working day. We owe them answers," has all of them; an invented sentence hardly any.
MIN_SHARED_PAIRS = 0.5
TITLE_CASE_SHARE = 0.6
MAX_QUOTE_CHARACTERS = 600

# A quotation may run over a line break, never over an empty line. A closing ’ or ' followed by
# a letter is an apostrophe ("We’re"); an opening ' before "s " or "t " is Dutch ("'s ochtends").
_BODY = r"(?:[^{close}\n]|\n(?!\s*\n){apostrophe}){{1,{limit}}}"
QUOTATION = re.compile(
    "|".join(
        (
            r'"(?P<straight>' + _BODY.format(close='"', apostrophe="", limit=MAX_QUOTE_CHARACTERS) + r')"',
            r"“(?P<curly>" + _BODY.format(close="”", apostrophe="", limit=MAX_QUOTE_CHARACTERS) + r")”",
            r"„(?P<low>" + _BODY.format(close="”“", apostrophe="", limit=MAX_QUOTE_CHARACTERS) + r")[”“]",
            r"«\s?(?P<guillemet>" + _BODY.format(close="»", apostrophe="", limit=MAX_QUOTE_CHARACTERS) + r")\s?»",
            r"‘(?P<single_curly>"
            + _BODY.format(close="’", apostrophe=r"|’(?=[^\W_])", limit=MAX_QUOTE_CHARACTERS)
            + r")’(?![^\W_])",
            r"(?<![\w'])'(?![st]\s)(?=[^\W\d_])(?P<single>"
            + _BODY.format(close="'", apostrophe=r"|'(?=[^\W_])", limit=MAX_QUOTE_CHARACTERS)
            + r")'(?![^\W_])",
        )
    )
)
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


@dataclass(frozen=True)
class Quotation:
    text: str  # the words between the marks
    start: int
    end: int


@dataclass(frozen=True)
class QuoteSource:
    """The word pairs of the story and the notes, in order, read once for many cards."""

    pairs: frozenset[tuple[str, str]]

    @classmethod
    def of(cls, texts: Iterable[str]) -> QuoteSource:
        pairs: set[tuple[str, str]] = set()
        for text in texts:
            words = _words(text)
            pairs.update(zip(words, words[1:]))
        return cls(frozenset(pairs))

    def backs(self, quotation: Quotation) -> bool:
        words = _words(quotation.text)
        pairs = list(zip(words, words[1:]))
        shared = sum(pair in self.pairs for pair in pairs)
        return shared >= MIN_SHARED_PAIRS * len(pairs)


def find_quotations(text: str) -> Iterator[Quotation]:
    """Quotations of four words or more that are no titles, with the offsets of their words."""
    for match in QUOTATION.finditer(text):
        group = next(name for name, value in match.groupdict().items() if value is not None)
        inner = match.group(group).strip()
        words = _WORD.findall(inner)
        if len(words) < MIN_QUOTE_WORDS:
            continue
        if sum(word[0].isupper() for word in words) >= TITLE_CASE_SHARE * len(words):
            continue
        start = match.start(group) + (len(match.group(group)) - len(match.group(group).lstrip()))
        yield Quotation(inner, start, start + len(inner))


def _words(text: str) -> list[str]:
    return [_fold(word) for word in _WORD.findall(text)]


def _fold(word: str) -> str:
    folded = word.casefold().replace("’", "'")
    if folded.isascii():
        return folded
    return "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))
