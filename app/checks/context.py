"""Which event a figure or date belongs to, read from the words around it.

"The deal will add to earnings per share from 2025" passes a fact-by-fact check when the story
says "close in the second quarter of 2025 and add to earnings per share from 2026": 2025 is a
year of the story. So is "412" in "we made 412 homes sustainable" when the story's table has
"homes made safe: 412" and "homes made sustainable: 540". A careful reader checks what the figure
is said about: the content words of its clause. When the post's clause shares words only with
the clause of another figure of the same kind, and none with the clauses that back its own
figure, the post gave the figure to the other event.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from app.checks.meanings import fold
from app.language import DUTCH_STOP_WORDS, ENGLISH_STOP_WORDS

# A clause ends at a sentence end, a comma, semicolon, colon, bracket or line break, or before
# "and" / "en" (a list of facts: "UKRI is providing £8.4m and the partners the remaining £3.6m").
CLAUSE_END = re.compile(r"[.!?…;:,()\[\]\n]|\s(?:and|en|but|maar|whereas|terwijl|[—–-])\s", re.IGNORECASE)
SENTENCE_END = re.compile(r"[.!?…\n]")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
STEM = 5  # "sessions" = "session", "verduurzaamd" = "verduurzamen": the first letters
MIN_WORD = 3
_WINDOW = 200
MIN_AGAINST = 2


class FactSpans:
    """Where the facts of a text stand, to leave their words out of the clause words."""

    def __init__(self, text: str, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.mask = bytearray(len(text))
        for start, end in self.spans:
            self.mask[start:end] = b"\x01" * (end - start)

    def any_between(self, start: int, stop: int) -> bool:
        return self.mask.find(1, start, stop) != -1


def clause_words(text: str, start: int, end: int, facts: FactSpans | None = None) -> frozenset[str]:
    """The content words of the clause around text[start:end] (other facts' words left out). A
    clause that has none ("Maandag en donderdag zijn kantoordagen") takes its sentence's."""
    facts = facts or FactSpans(text, [(start, end)])
    left, right = _bounds(text, start, end, CLAUSE_END, facts)
    words = _content(text, left, right, start, end, facts)
    if not words:
        left, right = _bounds(text, start, end, SENTENCE_END)
        return _content(text, left, right, start, end, facts)
    if len(words) <= 1 and left > 0:  # ", introduced in 2022,": what it says is in the clause before
        sentence_start, _ = _bounds(text, start, end, SENTENCE_END)
        before, _ = _bounds(text, left - 1, left - 1, CLAUSE_END, facts)
        words |= _content(text, max(before, sentence_start), left, start, end, facts)
    return words


def clause_bounds(text: str, start: int, end: int, facts: FactSpans | None = None) -> tuple[int, int]:
    """Where the clause around text[start:end] starts and ends ("and" ends one only before a fact)."""
    return _bounds(text, start, end, CLAUSE_END, facts or FactSpans(text, [(start, end)]))


class Clauses:
    """The clause ends of a text, found once: the clause around each of its facts by bisection (the
    same bounds as `clause_bounds`, at a fraction of the cost for a text with many facts)."""

    def __init__(self, text: str, facts: FactSpans) -> None:
        self.text = text
        ends = [m for m in CLAUSE_END.finditer(text) if not _soft_wrap(text, m) and _ends_clause(text, m, facts)]
        self.starts = [m.start() for m in ends]
        self.ends = [m.end() for m in ends]

    def around(self, start: int, end: int) -> tuple[int, int]:
        floor, ceiling = max(0, start - _WINDOW), min(len(self.text), end + _WINDOW)
        before = bisect.bisect_right(self.ends, start) - 1  # the last clause end that ends by `start`
        left = self.ends[before] if before >= 0 and self.starts[before] >= floor else floor
        after = bisect.bisect_left(self.starts, end)  # the first one that starts at `end` or later
        right = self.starts[after] if after < len(self.starts) and self.ends[after] <= ceiling else ceiling
        return left, right


SOFT_WRAP_MIN_LINE = 50  # as app.checks.names: a long line that ends in a word was wrapped, not ended


def _bounds(text: str, start: int, end: int, pattern: re.Pattern[str], facts: FactSpans | None = None) -> tuple[int, int]:
    left = max(0, start - _WINDOW)
    for match in pattern.finditer(text, left, start):
        if not _soft_wrap(text, match) and _ends_clause(text, match, facts):
            left = match.end()
    right = min(len(text), end + _WINDOW)
    found = next(
        (m for m in pattern.finditer(text, end, right) if not _soft_wrap(text, m) and _ends_clause(text, m, facts)), None
    )
    return left, found.start() if found else right


def _ends_clause(text: str, match: re.Match[str], facts: FactSpans | None) -> bool:
    """ "and" joins two clauses when a fact follows in the next one ("… in 2025 and add to earnings
    from 2026"), not two names or words ("founded by Tom and Eleanor in 2009"). The point of "€6.9m"
    or the comma of "1,200" is part of its fact."""
    if facts is not None and facts.mask[match.start()]:
        return False
    if facts is None or match.group()[0] not in " \t\u00a0":
        return True
    following = next((m for m in CLAUSE_END.finditer(text, match.end()) if not _soft_wrap(text, m)), None)
    return facts.any_between(match.end(), following.start() if following else len(text))


def _soft_wrap(text: str, match: re.Match[str]) -> bool:
    if match.group() != "\n":
        return False
    line = text[text.rfind("\n", 0, match.start()) + 1 : match.start()].rstrip()
    following = text[match.end() : match.end() + 1]
    return len(line) >= SOFT_WRAP_MIN_LINE and line[-1:].isalnum() and following.strip() != ""


def _content(text: str, left: int, right: int, start: int, end: int, facts: FactSpans) -> frozenset[str]:
    words = set()
    for match in _WORD.finditer(text, left, right):
        if start <= match.start() < end or facts.mask[match.start()]:
            continue
        word = fold(match.group())
        if len(word) < MIN_WORD or word in ENGLISH_STOP_WORDS or word in DUTCH_STOP_WORDS:
            continue
        words.add(word[:STEM])
    return frozenset(words)


def given_to_another(card: frozenset[str], own: Iterable[frozenset[str]], others: Iterable[frozenset[str]]) -> bool:
    """Do the post's clause words point to another fact's clause and to none of the fact's own?"""
    mine = frozenset().union(*own)
    theirs = frozenset().union(*others)
    support = card & (mine - theirs)
    against = card & (theirs - mine)
    # "The deal will add to earnings from 2025": "deal" is the subject of both events ("close in 2025
    # and add to earnings from 2026"), so a word of the own clause may be outweighed. One word
    # against is chance (a word both events share, a compound: "kantoor", "kantoordagen").
    return len(against) >= MIN_AGAINST and len(against) > 2 * len(support)
