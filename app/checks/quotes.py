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
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from app.checks.names import PERSON, Name

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


# Who said it: a name right after the quotation with a verb of saying ("…," said Stephen Kerr;
# "…," zegt wethouder Zwinkels), or right before it with a colon ("Priya Raman: "…"").
SAID_AFTER = re.compile(
    r"^[\s\u00a0,]*(?:(?:said|says|adds|added|zegt|zei|aldus|vult aan|voegt toe|according to|volgens)\b)",
    re.IGNORECASE,
)
SAID_BEFORE = re.compile(
    r"(?:\b(?:said|says|zegt|zei|noemt|noemde|calls|called|describes|described)\b[^\"“„.!?]{0,30}|:)[\s\u00a0]*$",
    re.IGNORECASE,
)
SPEAKER_WINDOW = 60


@dataclass(frozen=True)
class Saying:
    pairs: frozenset[tuple[str, str]]
    speaker: tuple[str, ...]  # the speaker's name parts
    name: str


@dataclass(frozen=True)
class QuoteSource:
    """The word pairs of the story and the notes, in order, read once for many cards."""

    pairs: frozenset[tuple[str, str]]
    sayings: tuple[Saying, ...] = ()  # the story's quotations and who said them

    @classmethod
    def of(cls, texts: Iterable[str], found_names: Iterable[Sequence[Name]] = ()) -> QuoteSource:
        pairs: set[tuple[str, str]] = set()
        sayings = []
        texts = list(texts)
        named = list(found_names)
        for index, text in enumerate(texts):
            names: Sequence[Name] = named[index] if index < len(named) else ()
            words = _words(text)
            pairs.update(zip(words, words[1:]))
            for quotation in find_quotations(text):
                speaker = speaker_of(text, quotation, names)
                if speaker is not None:
                    quoted = _words(quotation.text)
                    sayings.append(Saying(frozenset(zip(quoted, quoted[1:])), speaker.parts, speaker.text))
        return cls(frozenset(pairs), tuple(sayings))

    def speaker(self, quotation: Quotation) -> Saying | None:
        """The story's quotation these words come from, when the story says who said it."""
        words = _words(quotation.text)
        pairs = set(zip(words, words[1:]))
        best = max(self.sayings, key=lambda saying: len(saying.pairs & pairs), default=None)
        return best if best is not None and len(best.pairs & pairs) >= MIN_SHARED_PAIRS * len(pairs) else None

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


def speaker_of(text: str, quotation: Quotation, names: Sequence[Name]) -> Name | None:
    """The person a quotation is given to, or None when the text does not say by name."""
    close = quotation.end + 1
    if SAID_AFTER.match(text[close : close + SPEAKER_WINDOW]):
        after = _people([n for n in names if close <= n.start <= close + SPEAKER_WINDOW])
        if after:
            return min(after, key=lambda n: n.start)
    before = _people([
        n for n in names
        if quotation.start - SPEAKER_WINDOW <= n.end < quotation.start
        and SAID_BEFORE.search(text, n.end, max(n.end, quotation.start - 1))
    ])  # fmt: skip
    return max(before, key=lambda n: n.end) if before else None


def _people(names: list[Name]) -> list[Name]:
    """The persons among `names`, or the names of unknown kind when none is known to be one."""
    return [n for n in names if n.kind == PERSON] or [n for n in names if not n.kind]


def same_person(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """ "Zwinkels" is "Marieke Zwinkels"; "De Smet" is not "Koen Verhaeghe"."""
    return bool(set(a) & set(b))


def _words(text: str) -> list[str]:
    return [_fold(word) for word in _WORD.findall(text)]


def _fold(word: str) -> str:
    folded = word.casefold().replace("’", "'")
    if folded.isascii():
        return folded
    return "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))
