"""Fact lock: every count, amount, percentage, date, duration, measure and name in a card that the
story and the personal notes do not back, with the story's closest fact of the same kind as a hint.

A card's fact is backed only by a story fact of the same kind and meaning: "120 robots" is not
backed by "120 jobs" when the story counts robots too, a year by no count, a house number by no
seat count. Any written form will do ("30%" = "dertig procent", "Sept. 4" = "4 September",
"€2.5m" = "2,5 miljoen euro", "about two-thirds" = "roughly 67%"). Rounding is read the way
people round: a card figure may stand for the story's when it is the story's figure rounded at the
card's own granularity ("about 2,300" for 2,347; "over 2,000" for 2,347; "bijna 2.400"), never a
figure more precise than the story's ("71" for "about 70"). A date part the story does not give
(a year added, another weekday) is flagged. Small numbers in words ("two colleagues") are language,
unless the story counts the same thing ("six teams" where the story has five). A quotation must be
words of the story or notes (app.checks.quotes); a date next to a figure must not be the date of
another event the story gives that figure (app.checks.events).
"""

from __future__ import annotations

import functools
import itertools
import math
from collections.abc import Iterable
from dataclasses import dataclass, replace

from app.checks import meanings
from app.checks.events import Sentence, mismatched_dates, sentences
from app.checks.findings import FACT, Finding
from app.checks.names import NAME, Name, NameSource, find_names
from app.checks.quotes import QuoteSource, find_quotations
from app.checks.quantities import (
    ABOUT,
    ADDRESS,
    AGE,
    COUNT,
    DATE,
    DURATION,
    FACTOR,
    FREQUENCY,
    MEASURE,
    MONEY,
    ORDINAL_UNIT_DAYS,
    OVER,
    PERCENT,
    TIME,
    TWELVE_HOUR,
    UNDER,
    Quantity,
    find_quantities,
)
from app.language import detect_language

# How far a figure may be from the story's, as a share of the story's, by how it is hedged:
# "over 100" for 120 is still true, "about 3 million" for 2.5 million is not the same figure.
MAX_SHARE = {"": 0.05, ABOUT: 0.15, OVER: 0.25, UNDER: 0.10}
# Numbers up to this, written in words, are claims only where the story counts the same thing
# with a number this small.
SMALL_NUMBER = 10

_BACKING_KINDS = {COUNT: (COUNT, MONEY, MEASURE, PERCENT, DURATION), FREQUENCY: (FREQUENCY,)}

# A story is prose, not a table, and a post has a handful of facts: past these counts (a pasted
# spreadsheet), facts are not compared, so checks stay a fixed budget on any input.
MAX_SOURCE_FACTS = 1000
MAX_SUMMED_COUNTS = 200  # sums pair every count with every other one
MAX_CARD_FACTS = 100
MAX_NAME_HINTS = 20  # a "did you mean" for each compares it with every name in the story
MAX_DATED_FIGURES = 300  # story figures in sentences with a date, paired with a card's dated figures
TOO_MANY_FACTS = f"Only the first {MAX_CARD_FACTS} figures and names were checked against the story."
TOO_MANY_FACTS_WHY = "A post with this many is unusual; check the rest yourself."

_WHY = {
    MONEY: "A wrong amount is the fastest way to lose trust, and unreleased figures may be confidential. "
    "Check it against the story.",
    DATE: "A date the story does not give may be wrong. Check it before posting.",
    TIME: "A time the story does not give may be wrong. Check it before posting.",
    NAME: "The model sometimes invents or mixes up names of people, places, companies and products. "
    "Check it; if it is right, add it to your notes.",
}
QUOTE = "quote"
QUOTE_MESSAGE = "These words are not quoted from the story or your notes."
QUOTE_WHY = (
    "Readers take words in quotation marks as what someone said. If nobody said them, "
    "put them in your own words; if someone did, add the quotation to your notes."
)
_DEFAULT_WHY = "A figure the story does not give may be a slip of the model, or not public yet. Check it before posting."


@dataclass(frozen=True)
class FactSource:
    """The facts of the story and the personal notes, found once and reused for every card."""

    quantities: tuple[Quantity, ...]
    names: NameSource
    story_language: str = ""
    counted: frozenset[str] = frozenset()  # what the story counts: "job", "customer", "team"
    counted_small: frozenset[str] = frozenset()  # what it counts with a small number: "team", "shift"
    counted_new: frozenset[str] = frozenset()  # what it counts as added: "14 new stores"
    quotes: QuoteSource = QuoteSource(frozenset())
    dated: tuple[Sentence, ...] = ()  # the source's sentences with a date and another figure

    @classmethod
    def of(cls, story: str, notes: str = "") -> FactSource:
        # Both languages' number words: a fact the story has in any form may back the card.
        story_facts = find_quantities(story, "")
        notes_facts = find_quantities(notes, "") if notes.strip() else []
        quantities = story_facts + notes_facts
        dated = _dated_sentences(story, story_facts, notes, notes_facts)
        quantities += [q.elided for q in quantities if q.elided is not None]  # "330 tot 345 miljoen": 330 million too
        quantities += [q.range_end for q in quantities if q.range_end is not None]  # "maandag t/m vrijdag"
        # "plaats aan 5.600 fietsen": 5,600 places too (after the sums, which would count them twice).
        capacities = [replace(q, noun=meanings.SEAT) for q in quantities if q.capacity]
        # Every card fact is compared with story facts: bounded, that stays a fixed budget.
        distinct = {(q.kind, q.text.casefold(), q.noun, q.value): q for q in reversed(quantities)}
        quantities = sorted(distinct.values(), key=lambda q: q.start)[:MAX_SOURCE_FACTS]
        counts = [q for q in quantities if q.kind == COUNT and q.noun]
        counted = frozenset(q.noun for q in counts)
        counted_small = frozenset(q.noun for q in counts if q.value <= SMALL_NUMBER)
        counted_new = frozenset(q.noun for q in counts if q.new)
        quantities += _sums(counts[:MAX_SUMMED_COUNTS]) + capacities
        return cls(
            tuple(quantities), NameSource.of([story, notes]), detect_language(story), counted, counted_small, counted_new,
            QuoteSource.of([story, notes]), dated,
        )  # fmt: skip

    @functools.cached_property
    def _by_kind(self) -> dict[str, tuple[Quantity, ...]]:
        kinds = (COUNT, MONEY, PERCENT, DURATION, MEASURE, DATE, TIME, FACTOR, ADDRESS, FREQUENCY)
        return {kind: tuple(q for q in self.quantities if q.kind in _BACKING_KINDS.get(kind, (kind, COUNT))) for kind in kinds}

    def candidates(self, kind: str) -> tuple[Quantity, ...]:
        """The story facts that may back a card fact of `kind`: its own kind, and counts (which may
        back money, measures and anniversaries, and be backed by them)."""
        return self._by_kind.get(kind, ())

    def counts_new(self, noun: str) -> bool:
        return any(meanings.agree(noun, known) for known in self.counted_new)

    def counts(self, noun: str, small: bool = False) -> bool:
        return any(meanings.agree(noun, known) for known in (self.counted_small if small else self.counted))


def _dated_sentences(story: str, story_facts: list[Quantity], notes: str, notes_facts: list[Quantity]) -> tuple[Sentence, ...]:
    found = [s for s in sentences(story, story_facts[:MAX_SOURCE_FACTS]) + sentences(notes, notes_facts) if s.dates and s.figures]
    kept, figures = [], 0
    for sentence in found:  # every card figure next to a date is compared with these: a fixed budget
        figures += len(sentence.figures)
        if figures > MAX_DATED_FIGURES:
            break
        kept.append(sentence)
    return tuple(kept)


def _sums(counts: list[Quantity]) -> list[Quantity]:
    """ "1,400 customers" and "600 customers" (after a merger): "2,000 customers" together. Not a
    total and its part ("12.000 plekken in totaal", "waarvan 400 voor bakfietsen"), nor a capacity
    counted twice."""
    counts = [q for q in counts if not q.ordinal and not q.aggregate and not q.capacity]
    sums = []
    for index, first in enumerate(counts):
        for second in counts[index + 1 :]:
            if first.noun == second.noun and first.value != second.value:
                total = first.value + second.value
                sums.append(
                    replace(first, text=f"{first.text} + {second.text}", value=total, step=1.0, written=total, hedge=first.hedge or second.hedge)
                )
    return sums


def check_facts(post: str, source: FactSource, language: str = "") -> list[Finding]:
    quantities = find_quantities(post, language)
    findings = [_quantity_finding(q, source) for q in quantities[:MAX_CARD_FACTS] if _is_claim(q, source)]
    # "Dec" in "12 Dec 2026" or "EUR" in "EUR 2.5m" belong to a quantity, not to a name.
    spans = [(q.start, q.end) for q in quantities]
    names = [name for name in find_names(post, language) if not any(s < name.end and name.start < e for s, e in spans)]
    findings += [_name_finding(name, source, hint=n < MAX_NAME_HINTS) for n, name in enumerate(names[:MAX_CARD_FACTS])]
    findings += [
        Finding(FACT, "warning", QUOTE_MESSAGE, QUOTE_WHY, quotation.start, quotation.end, kind=QUOTE)
        for quotation in itertools.islice(find_quotations(post), MAX_CARD_FACTS)
        if not source.quotes.backs(quotation)
    ]
    findings += _mismatch_findings(post, quantities[:MAX_CARD_FACTS], source, findings)
    if len(quantities) > MAX_CARD_FACTS or len(names) > MAX_CARD_FACTS:
        findings.append(Finding(FACT, "info", TOO_MANY_FACTS, TOO_MANY_FACTS_WHY, kind="not_checked"))
    located = [finding for finding in findings if finding is not None]
    return sorted(located, key=lambda finding: finding.start or 0)


MISMATCH_WHY = (
    "The story gives this figure with another date. A year or month from one event put next to "
    "another is an easy slip; check which date belongs to it."
)


def _mismatch_findings(
    post: str, quantities: list[Quantity], source: FactSource, found: list[Finding | None]
) -> list[Finding]:
    """A date the story has, but for another event: "412 dagen, in 2018" where the story says 2019."""
    flagged = {(f.start, f.end) for f in found if f is not None}
    checked = [q for q in quantities if (q.start, q.end) not in flagged]

    def pairs_with(known: Quantity, card: Quantity) -> bool:
        return any(backs(k, c, source) for k in _readings(known) for c in _readings(card))

    def anchors(card: Quantity) -> bool:
        return card.kind != ADDRESS and _is_claim(card, source) and not card.small

    return [
        Finding(
            FACT, "warning", f"\u201c{m.date.text}\u201d is not the date the story gives for \u201c{m.figure.text}\u201d.",
            MISMATCH_WHY, m.date.start, m.date.end, hint=m.story_date.text, kind=DATE,
        )  # fmt: skip
        for m in mismatched_dates(post, checked, source.dated, pairs_with, anchors)
    ]


def _readings(fact: Quantity) -> tuple[Quantity, ...]:
    return (fact,) if fact.elided is None else (fact, fact.elided)


def _is_claim(fact: Quantity, source: FactSource) -> bool:
    if not fact.checkable:
        return False
    if fact.noun in meanings.LIST_NOUNS and not source.counts(fact.noun):
        return False  # "3 things I love about v5": the post's own list, unless the story counts them
    # "six teams" where the story has five teams is a claim; "two colleagues" beside 850 employees is not.
    return not fact.small or (bool(fact.noun) and source.counts(fact.noun, small=True))


def _quantity_finding(fact: Quantity, source: FactSource) -> Finding | None:
    if _backed(fact, source):
        return None
    if fact.elided is not None and fact.elided.kind != PERCENT:
        fact = fact.elided  # "van 131 naar 96 dagen": 131 is a number of days
    nearest = nearest_quantity(fact, source.quantities)
    return Finding(
        FACT,
        "warning",
        f"\u201c{fact.text}\u201d is not in the story or your notes.",
        _WHY.get(fact.kind, _DEFAULT_WHY),
        fact.start,
        fact.end,
        hint=nearest.text if nearest else "",
        kind=fact.kind,
    )


def _backed(fact: Quantity, source: FactSource) -> bool:
    readings = _readings(fact)
    backed = any(backs(known, reading, source) for reading in readings for known in source.candidates(reading.kind))
    return backed and (fact.range_end is None or _backed(fact.range_end, source))


def _name_finding(found: Name, source: FactSource, *, hint: bool = True) -> Finding | None:
    name = source.names.unknown(found)
    if name is None:
        return None
    return Finding(
        FACT,
        "warning",
        f"\u201c{name.text}\u201d is not named in the story or your notes.",
        _WHY[NAME],
        name.start,
        name.end,
        hint=source.names.nearest(name) if hint else "",
        kind=name.kind or NAME,
    )


def backs(known: Quantity, card: Quantity, source: FactSource | None = None) -> bool:
    """Does the story's `known` fact back the card's `card` fact (same kind, same meaning, same figure)?"""
    if card.kind == DATE or known.kind == DATE:
        return card.kind == known.kind and any(c.backed_by(k) for c in card.dates for k in known.dates)
    if card.kind == TIME or known.kind == TIME:
        if card.kind != known.kind:
            return False
        if TWELVE_HOUR in (card.unit, known.unit):  # "5 uur" may be 5:00 or 17:00; "17.00" is not "05.00"
            return card.value % 720 == known.value % 720
        return card.value == known.value
    if card.kind == ADDRESS or known.kind == ADDRESS:
        return card.kind == known.kind and card.value == known.value
    if card.kind == FREQUENCY or known.kind == FREQUENCY:
        return card.kind == known.kind and card.value == known.value
    if card.kind == FACTOR or known.kind == FACTOR:
        return card.kind == known.kind and card.value == known.value
    if card.kind == COUNT:
        return _count_backed(known, card, source)
    if known.kind == COUNT:
        if _anniversary(known, card):
            return True
        # "2.5 million" in the story backs "€2.5 million" in the card; a bare "70" backs no percentage.
        return (
            card.kind in (MONEY, MEASURE)
            and not known.noun
            and (known.scaled or known.value >= 1000)
            and agree(card, known)
        )
    if card.kind != known.kind:
        return False
    if card.kind in (MONEY, MEASURE) and card.unit and known.unit and card.unit != known.unit:
        return False
    return agree(card, known)


def _count_backed(known: Quantity, card: Quantity, source: FactSource | None) -> bool:
    if known.kind in (MONEY, MEASURE, PERCENT):
        # "a 2.5 million investment" in the card, "€2.5 million" in the story.
        return (card.scaled or card.value >= 1000) and not card.noun and agree(card, known)
    if known.kind == DURATION:
        return _anniversary(card, known)
    if known.kind != COUNT or not agree(card, known):
        return False
    if card.new and not known.new and source is not None and source.counts_new(card.noun):
        return False  # "38 new stores" where the story has 38 stores and 14 new ones
    if not card.noun or not known.noun or meanings.backs(known.noun, card.noun):
        return True
    # Another noun: fine when the story counts nothing of the card's kind ("120 new colleagues" for
    # "120 jobs"), a mix-up when it does ("120 robots" when the story has 14 robots and 120 jobs).
    return source is not None and not source.counts(card.noun)


def _anniversary(count: Quantity, duration: Quantity) -> bool:
    """ "our 25th anniversary" = "25 years": a jubilee counted in years; "de 1.000e dag" = "1.000 dagen"."""
    if count.kind != COUNT or duration.kind != DURATION:
        return False
    days = 365.25 if count.noun in ("anniversary", AGE) else ORDINAL_UNIT_DAYS.get(count.noun) if count.ordinal else None
    return days is not None and math.isclose(count.value * days, duration.value)


def agree(card: Quantity, known: Quantity) -> bool:
    """Is the card's figure the story's, written at the card's own precision?"""
    p, s = card.value, known.value
    if math.isclose(p, s, rel_tol=1e-9, abs_tol=1e-9):
        return {card.hedge, known.hedge} != {OVER, UNDER}
    step = granularity(card)
    difference = p - s
    share = abs(difference) / abs(s) if s else math.inf
    if card.hedge == OVER:  # "over 2,000" for 2,347: the story's figure lies above, within one step
        within = 0 < -difference < step
    elif card.hedge == UNDER:  # "bijna 2.400" for 2,347
        within = 0 < difference < step
    else:
        within = abs(difference) <= step / 2 * (1 + 1e-9)
    limit = MAX_SHARE[card.hedge]
    if known.hedge == ABOUT and not known.in_words:
        # "about 900" is rounded already: "about 1,000" rounds it again, 11 % off.
        limit = min(limit, MAX_SHARE[""])
    return within and share <= limit + 1e-9


def granularity(fact: Quantity) -> float:
    """The step the figure was written at: 100 for "2,300", 10 for "about 70", 5 for "ongeveer 65"."""
    step = fact.step
    if fact.kind == PERCENT and fact.in_words and fact.step == 2.0:  # a fraction in words
        return 10.0 if fact.hedge in (OVER, UNDER) else 5.0 if fact.hedge else 2.0
    if fact.hedge and step == 1.0 and fact.value == int(fact.value) and 20 <= fact.value < 100:
        whole = int(fact.value)
        return 10.0 if whole % 10 == 0 else 5.0 if whole % 5 == 0 else 1.0
    return step


def nearest_quantity(card: Quantity, known: Iterable[Quantity]) -> Quantity | None:
    """The story's fact of the same kind closest to the card's: the same unit and thing counted first."""
    same_kind = [k for k in known if k.kind == card.kind]
    if not same_kind:
        return None
    if card.kind == DATE:
        return min(same_kind, key=lambda k: min(c.distance(s) for c in card.dates for s in k.dates))
    closest = [k for k in same_kind if k.unit == card.unit] or same_kind
    if card.kind == COUNT and card.noun:
        closest = [k for k in closest if k.noun and meanings.agree(k.noun, card.noun)] or closest
    return min(closest, key=lambda k: _value_distance(card.value, k.value))


def _value_distance(a: float, b: float) -> float:
    if a > 0 and b > 0:
        return abs(math.log(a / b))
    return abs(a - b) + 1e6  # zero or negative: rank after every positive pair
