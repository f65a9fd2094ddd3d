"""Fact lock: every number, amount, percentage, date, duration and name in a card that the story
and the personal notes do not contain, with the story's nearest fact as a hint.

It favours precision, because a false alarm on every card teaches people to ignore the warning:
a fact matches when the story has it in any form ("30%" = "dertig procent"), a bare figure in
the story covers the same figure with a unit in the card ("2.5 million" backs "€2.5 million";
small numbers excepted, "3 shifts" does not back "three weeks"), and a rounded figure matches
the precise one ("2,300" for 2,347; "over 2,000" for 2,347). Words like "one of" or "two colleagues"
are language, not facts, and are only checked with a unit ("two weeks").
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from app.checks.findings import FACT, Finding
from app.checks.names import Name, NameSource, find_names
from app.checks.quantities import DATE, DURATION, MONEY, NUMBER, NUMERIC_KINDS, YEAR, DateValue, Quantity, find_quantities
from app.language import detect_language

NAME = "name"
# Rounding may move a figure by at most this share of it ("100" is no rounding of 60).
MAX_ROUNDING_SHARE = 0.1
MAX_HEDGED_SHARE = 0.25
# A bare story number backs a card figure with a unit only from this size on.
MIN_BARE_EVIDENCE = 13
# A story is prose, not a table, and a post has a handful of facts: past these counts (a pasted
# spreadsheet), facts are not compared, so checks stay a fixed budget on any input.
MAX_SOURCE_FACTS = 1000
MAX_CARD_FACTS = 100
MAX_NAME_HINTS = 20  # a "did you mean" for each compares it with every name in the story
TOO_MANY_FACTS = f"Only the first {MAX_CARD_FACTS} figures and names were checked against the story."
TOO_MANY_FACTS_WHY = "A post with this many is unusual; check the rest yourself."

_WHY = {
    MONEY: "A wrong amount is the fastest way to lose trust, and unreleased figures may be confidential. "
    "Check it against the story.",
    DATE: "A date the story does not give may be wrong. Check it before posting.",
    NAME: "The model sometimes invents or mixes up names of people, places, companies and products. "
    "Check it; if it is right, add it to your notes.",
}
_DEFAULT_WHY = "A figure the story does not give may be a slip of the model, or not public yet. Check it before posting."


@dataclass(frozen=True)
class FactSource:
    """The facts of the story and the personal notes, found once and reused for every card."""

    quantities: tuple[Quantity, ...]
    names: NameSource
    story_language: str = ""

    @classmethod
    def of(cls, story: str, notes: str = "") -> FactSource:
        story_language = detect_language(story)
        quantities = find_quantities(story, story_language)
        if notes.strip():
            quantities += find_quantities(notes, detect_language(notes) or story_language)
        names = NameSource.of([story, notes])
        # Every card fact is compared with every story fact: bounded, that stays a fixed budget.
        distinct = {(q.kind, q.unit, q.amount, q.per_unit, q.dates): q for q in reversed(quantities)}
        kept = sorted(distinct.values(), key=lambda q: q.start)[:MAX_SOURCE_FACTS]
        return cls(tuple(kept), NameSource(names.words, names.names[:MAX_SOURCE_FACTS]), story_language)


def check_facts(post: str, source: FactSource, language: str = "") -> list[Finding]:
    quantities = find_quantities(post, language)
    findings = [_quantity_finding(q, source) for q in quantities[:MAX_CARD_FACTS] if q.checkable]
    # "Dec" in "12 Dec 2026" or "EUR" in "EUR 2.5m" belong to a quantity, not to a name.
    spans = [(q.start, q.end) for q in quantities]
    names = [name for name in find_names(post) if not any(s < name.end and name.start < e for s, e in spans)]
    unknown = [name for name in names[:MAX_CARD_FACTS] if not source.names.knows(name)]
    findings += [_name_finding(name, source, hint=n < MAX_NAME_HINTS) for n, name in enumerate(unknown)]
    if len(quantities) > MAX_CARD_FACTS or len(names) > MAX_CARD_FACTS:
        findings.append(Finding(FACT, "info", TOO_MANY_FACTS, TOO_MANY_FACTS_WHY, kind="not_checked"))
    located = [finding for finding in findings if finding is not None]
    return sorted(located, key=lambda finding: finding.start or 0)


def _quantity_finding(fact: Quantity, source: FactSource) -> Finding | None:
    if any(quantities_match(fact, known) for known in source.quantities):
        return None
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


def _name_finding(name: Name, source: FactSource, *, hint: bool) -> Finding:
    return Finding(
        FACT,
        "warning",
        f"\u201c{name.text}\u201d is not named in the story or your notes.",
        _WHY[NAME],
        name.start,
        name.end,
        hint=source.names.nearest(name) if hint else "",
        kind=NAME,
    )


def quantities_match(card: Quantity, known: Quantity) -> bool:
    """Does the story's `known` fact back the card's `card` fact?"""
    if card.kind == DATE or known.kind == DATE:
        return _date_backs(card, known)
    if card.kind == NUMBER:
        # A bare number in the card: the figure is the fact, whatever stands beside it in the story.
        return _agree(card, card.amount, known.amount)
    if known.kind in (NUMBER, YEAR):
        # "2.5 million" in the story backs "€2.5 million" in the card; but "3 shifts" says
        # nothing about "three weeks": small numbers are too common to count as evidence.
        return known.amount >= MIN_BARE_EVIDENCE and _agree(card, card.amount, known.amount)
    if card.kind != known.kind:
        return False
    if card.kind == MONEY and card.unit and known.unit and card.unit != known.unit:
        return False
    if card.kind == DURATION:
        return card.unit == known.unit and _agree(card, card.value, known.value)
    return _agree(card, card.amount, known.amount)


def _date_backs(card: Quantity, known: Quantity) -> bool:
    if card.kind == DATE and known.kind == DATE:
        return any(_dates_agree(a, b) for a in card.dates for b in known.dates)
    if card.kind == DATE:
        return False
    # A year or a day number in the card, backed by a date in the story.
    if card.kind not in (NUMBER, YEAR):
        return False
    return any(card.amount in (year, day) for year, _, day in known.dates)


def _dates_agree(card: DateValue, known: DateValue) -> bool:
    (year_a, month_a, day_a), (year_b, month_b, day_b) = card, known
    return (
        month_a == month_b
        and (day_a is None or day_b is None or day_a == day_b)
        and (year_a is None or year_b is None or year_a == year_b)
    )


def _agree(card: Quantity, card_value: float, known_value: float) -> bool:
    if math.isclose(card_value, known_value, rel_tol=1e-9):
        return True
    if card.kind == YEAR:
        return False
    step = card.step * card.per_unit
    if card.hedged:
        tolerance = min(step, abs(card_value) * MAX_HEDGED_SHARE)
    else:
        tolerance = min(step / 2, abs(card_value) * MAX_ROUNDING_SHARE)
    return abs(card_value - known_value) <= tolerance * (1 + 1e-9)


def nearest_quantity(card: Quantity, known: Iterable[Quantity]) -> Quantity | None:
    """The story's fact of the same kind closest in value (any figure when none of that kind)."""
    candidates = [k for k in known if k.kind == card.kind and k.unit == card.unit] or [
        k for k in known if k.kind == card.kind
    ]
    if not candidates and card.kind in NUMERIC_KINDS:
        candidates = [k for k in known if k.kind in NUMERIC_KINDS]
    if not candidates:
        return None
    if card.kind == DATE:
        return min(candidates, key=lambda k: _date_distance(card.dates[0], k.dates[0]))
    return min(candidates, key=lambda k: _value_distance(card.value, k.value))


def _value_distance(a: float, b: float) -> float:
    if a > 0 and b > 0:
        return abs(math.log(a / b))
    return abs(a - b) + 1e6  # zero or negative: rank after every positive pair


def _date_distance(a: DateValue, b: DateValue) -> float:
    def days(value: DateValue, other: DateValue) -> float:
        year, month, day = value
        return (year or other[0] or 0) * 372 + month * 31 + (day or 1)

    return abs(days(a, b) - days(b, a))
