"""What a story's own date says about its other dates.

A press release, a memo or a news item is dated near its top ("LEEDS, June 4, 2024 --",
"Date: Thursday 7 November 2024", "By Aoife Brennan, 14 May 2024"). People restate its other dates
from there, and so does a careful reader:

- a date without a year is in the year that puts it nearest the story's date: in a memo of
  7 November 2024, "31 January" is 31 January 2025; a weekday alone ("opens on Friday") is the
  first such day after the story's date;
- "next year", "vorig jaar", "this year" are years: "by the end of next year" is the end of 2025;
- the time from the story's date to another date is a duration: "over zes weken" in a memo of
  2 September for a move on 14 October, "seven years after" a company founded in 2017, in 2024.

A durations read this way backs a post's duration at the post's own precision ("in three weeks"
for 23 days), never one further off.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace

from app.checks.dates import DateParts
from app.checks.quantities import DATE, DURATION, SINCE, Quantity

# A dateline, a memo's "Date:" line or a by-line stands near the top of the story.
DATELINE_WITHIN = 400
DAYS_A_YEAR = 365.25
# "next year", "vorig jaar": the story's year and this many years on.
RELATIVE_YEAR = re.compile(
    r"\b(?:(?P<this>this year|dit jaar|het lopende jaar|dit kalenderjaar)"
    r"|(?P<next>next year|volgend jaar|komend jaar|het komende jaar|volgend kalenderjaar)"
    r"|(?P<last>last year|vorig jaar|afgelopen jaar|het afgelopen jaar|a year earlier|a year ago|een jaar eerder|"
    r"een jaar geleden))\b",
    re.IGNORECASE,
)
_YEAR_WORDS = ("year", "jaar")


def story_date(quantities: Iterable[Quantity]) -> datetime.date | None:
    """The date the story gives itself: its first date, when that is a full date near its top.
    ("PORTLAND, Sept. 4 — … on Feb. 1, 2027": the story's date has no year, so none is read.)"""
    first = next((q for q in quantities if q.kind == DATE), None)
    if first is None or first.start > DATELINE_WITHIN:
        return None
    return next((day for parts in first.dates if (day := _day(parts)) is not None), None)


def with_years(quantities: list[Quantity], today: datetime.date) -> list[Quantity]:
    """The story's dates, a date without a year also read in the year nearest the story's date."""
    return [_with_year(q, today) if q.kind == DATE else q for q in quantities]


def _with_year(quantity: Quantity, today: datetime.date) -> Quantity:
    added = []
    for parts in quantity.dates:
        if parts.weekday is not None and parts == DateParts(weekday=parts.weekday) and quantity.start > 0:
            # "opens on Friday" in a story of Monday 2 June: Friday 6 June, the first Friday after it.
            ahead = (parts.weekday - today.weekday()) % 7 or 7
            day = today + datetime.timedelta(days=ahead)
            added.append(DateParts(day.year, day.month, day.day, parts.weekday))
            continue
        if parts.year is not None or parts.month is None:
            continue
        candidates = [replace(parts, year=year) for year in (today.year - 1, today.year, today.year + 1)]
        fitting = [c for c in candidates if parts.weekday is None or c.implied().weekday == parts.weekday]
        best = min(fitting or candidates, key=lambda c: abs((_day(c, 15) or today) - today))
        added.append(best)
    return replace(quantity, dates=quantity.dates + tuple(added)) if added else quantity


def relative_years(text: str, today: datetime.date) -> Iterator[Quantity]:
    """ "next year" in a story of 2024: 2025."""
    lowered = text.lower()
    if not any(word in lowered for word in _YEAR_WORDS):
        return
    for match in RELATIVE_YEAR.finditer(text):
        offset = 0 if match["this"] else 1 if match["next"] else -1
        yield Quantity(DATE, match.group(), match.start(), match.end(), dates=(DateParts(today.year + offset),))


def durations_since(quantities: Iterable[Quantity], today: datetime.date) -> Iterator[Quantity]:
    """The time from the story's date to each of its full dates and years, as durations."""
    for quantity in quantities:
        if quantity.kind != DATE:
            continue
        for parts in quantity.dates:
            day = _day(parts)
            if day is not None and day != today:
                days = float(abs((day - today).days))
                yield replace(_duration(quantity), value=days, step=1.0, written=days, unit_days=1.0)
            elif parts.year is not None and parts.month is None and parts.year != today.year:
                years = abs(today.year - parts.year)
                yield replace(
                    _duration(quantity), value=years * DAYS_A_YEAR, step=DAYS_A_YEAR, written=float(years),
                    unit_days=DAYS_A_YEAR,
                )  # fmt: skip


def _duration(date: Quantity) -> Quantity:
    return Quantity(DURATION, date.text, date.start, date.end, derived=SINCE)


def _day(parts: DateParts, default_day: int | None = None) -> datetime.date | None:
    day = parts.day if parts.day is not None else default_day
    if parts.year is None or parts.month is None or day is None:
        return None
    try:
        return datetime.date(parts.year, parts.month, day)
    except ValueError:
        return None
