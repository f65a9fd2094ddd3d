"""Which date goes with which figure: a year of one event must not be given to another.

"Het vorige record was 412 dagen, in 2018" passes a fact-by-fact check when the notes say "ik zit
sinds 2018 in ploeg C": 412 days and 2018 are both backed, each by another sentence. Read as
people read: in a sentence, a figure and a date that are each other's nearest go together. When
the story's sentences with that figure put another date next to it ("412 dagen, in 2019"), and
the post's date contradicts that one (another year, quarter, month or season), it is flagged.
A post that names the story's date for the figure too is fine ("75 apprentices since 2019; I
was one of them in 2020"), and so is a figure the story gives without a date.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from app.checks.dates import SPRING, SUMMER, AUTUMN, WINTER, DateParts
from app.checks.quantities import DATE, TIME, Quantity

# A sentence ends at . ! ? … followed by white space, at an empty line, or at a line that opens a
# list. "3.2 million" and "Dr. Raman" stay whole (no space; a split there only loses a pairing).
SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)]*\s+|\n[ \t]*\n\s*|\n(?=[ \t]*(?:[-–•*>]|\d+[.)]\s))")
# A season spans parts of two quarters.
_SEASON_QUARTERS = {SPRING: (1, 2), SUMMER: (2, 3), AUTUMN: (3, 4), WINTER: (4, 1)}


@dataclass(frozen=True)
class Sentence:
    figures: tuple[Quantity, ...]  # facts that are no dates or times
    dates: tuple[Quantity, ...]


@dataclass(frozen=True)
class Mismatch:
    date: Quantity  # the post's date
    figure: Quantity  # the post's figure it goes with
    story_date: Quantity  # the date the story gives that figure


def sentence_spans(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in SENTENCE_END.finditer(text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def sentences(text: str, quantities: Iterable[Quantity]) -> list[Sentence]:
    """The facts of `text` (found in it, in text order) grouped by sentence."""
    facts = sorted(quantities, key=lambda q: q.start)
    grouped = []
    index = 0
    for start, end in sentence_spans(text):
        inside = []
        while index < len(facts) and facts[index].start < end:
            if facts[index].start >= start:
                inside.append(facts[index])
            index += 1
        if inside:
            figures = tuple(q for q in inside if q.kind not in (DATE, TIME))
            dates = tuple(q for q in inside if q.kind == DATE)
            grouped.append(Sentence(figures, dates))
    return grouped


def mismatched_dates(
    post: str,
    card: list[Quantity],
    story: Iterable[Sentence],
    backs: Callable[[Quantity, Quantity], bool],
    anchors: Callable[[Quantity], bool],
) -> Iterator[Mismatch]:
    """Dates of the post that contradict the date the story gives the figure next to them.

    `backs(known, card)` says whether a story fact backs a post fact; `anchors(card)` whether a
    post fact is a claim worth pairing (no small word such as "two colleagues").
    """
    dated = [sentence for sentence in story if sentence.dates and sentence.figures]
    if not dated:
        return
    for card_sentence in sentences(post, card):
        figures = tuple(figure for figure in card_sentence.figures if anchors(figure))
        if not card_sentence.dates or not figures:
            continue
        for figure in figures:
            date = _nearest(figure, card_sentence.dates)
            if _nearest(date, figures) is not figure:
                continue  # "a quarter of sales …, and 100% by 2027": the year goes with the nearer figure
            story_dates = [
                _nearest(known, sentence.dates)
                for sentence in dated
                for known in sentence.figures
                if backs(known, figure)
            ]
            if not story_dates or any(_fits(date, story_date) for story_date in story_dates):
                continue
            if any(_fits(other, story_date) for other in card_sentence.dates for story_date in story_dates):
                continue  # the post gives the story's date for the figure as well
            yield Mismatch(date, figure, story_dates[0])


def _nearest(fact: Quantity, others: tuple[Quantity, ...]) -> Quantity:
    return min(others, key=lambda other: other.start - fact.end if other.start >= fact.end else fact.start - other.end)


def _fits(card: Quantity, story: Quantity) -> bool:
    """Can the post's date be the story's? It may say less; it must not say otherwise."""
    return any(not _conflict(mine, theirs) for mine in card.dates for theirs in story.dates)


def _conflict(card: DateParts, story: DateParts) -> bool:
    mine, theirs = card.implied(), story.implied()
    pairs = (
        (mine.year, theirs.year), (mine.month, theirs.month), (mine.day, theirs.day), (mine.weekday, theirs.weekday),
        (mine.season, theirs.season), (mine.quarter, theirs.quarter), (mine.half, theirs.half),
    )  # fmt: skip
    if any(a is not None and b is not None and a != b for a, b in pairs):
        return True
    for season, quarter in ((mine.season, theirs.quarter), (theirs.season, mine.quarter)):
        if season is not None and quarter is not None and quarter not in _SEASON_QUARTERS[season]:
            return True
    return False
