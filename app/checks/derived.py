"""Figures a story implies by two of its figures side by side: their ratio and their difference.

People compare what a story puts next to each other: "omzet van circa 95 miljoen euro, tegen 61
miljoen euro vorig jaar" is "ruim anderhalf keer zoveel"; "Woningen versterkt: 412 (377)" is "35
meer dan in 2022"; "3,915 (3,120)" is "about a quarter more". Only figures of one line or sentence, of one kind, unit and thing counted, are
compared; a difference backs only a figure the post gives as one ("35 more", "up 9,400"), a ratio
only a factor ("1.5 times as much"), a change in per cent only a share given as a change ("up 25%").
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import replace

from app.checks.quantities import CHANGE, COUNT, DIFFERENCE, FACTOR, MEASURE, MONEY, PERCENT, RATIO, SHARE_CHANGE, Quantity

_LINE_END = re.compile(r"(?<=[.!?…])\s+|\n")
_COMPARED = (COUNT, MONEY, MEASURE)
MAX_PER_LINE = 6  # a line of a table or a sentence holds a few figures; more are a pasted table
MAX_DERIVED = 200  # a fixed budget on any story


def derived_figures(text: str, quantities: list[Quantity]) -> list[Quantity]:
    found: list[Quantity] = []
    for line in _lines(text, quantities):
        for first, second in itertools.combinations(line[:MAX_PER_LINE], 2):
            if _comparable(first, second):
                found.extend(_compare(first, second))
        if len(found) >= MAX_DERIVED:
            break
    return found[:MAX_DERIVED]


def _lines(text: str, quantities: list[Quantity]) -> Iterator[list[Quantity]]:
    facts = sorted((q for q in quantities if q.kind in _COMPARED and q.checkable and not q.derived), key=lambda q: q.start)
    index, start = 0, 0
    for end in [*(m.start() for m in _LINE_END.finditer(text)), len(text)]:
        line = []
        while index < len(facts) and facts[index].start < end:
            if facts[index].start >= start:
                line.append(facts[index])
            index += 1
        if len(line) >= 2:
            yield line
        start = end


def _comparable(first: Quantity, second: Quantity) -> bool:
    return (
        first.kind == second.kind
        and first.unit == second.unit
        and first.noun == second.noun
        and first.value > 0
        and second.value > 0
        and first.value != second.value
        and not first.ordinal
        and not second.ordinal
    )


def _compare(first: Quantity, second: Quantity) -> Iterator[Quantity]:
    larger, smaller = (first, second) if first.value > second.value else (second, first)
    text = f"{larger.text} / {smaller.text}"
    step = max(larger.step, smaller.step)
    yield Quantity(FACTOR, text, larger.start, larger.end, larger.value / smaller.value, 0.01, derived=RATIO)
    difference = larger.value - smaller.value
    for base in (smaller, larger):  # up from the smaller, or down from the larger
        yield Quantity(
            PERCENT, text, larger.start, larger.end, 100 * difference / base.value, 0.01, "%", change=CHANGE,
            derived=SHARE_CHANGE,
        )  # fmt: skip
    yield replace(
        larger, text=f"{larger.text} - {smaller.text}", value=difference, step=step, written=difference,
        derived=DIFFERENCE, hedge=larger.hedge or smaller.hedge, elided=None, range_end=None,
    )  # fmt: skip
