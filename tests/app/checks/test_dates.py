"""Dates in English and Dutch, read into their parts, and which story dates back which post dates.

The month and weekday tables are checked against the CLDR names Babel ships (wide and abbreviated,
English and Dutch), so a month written any common way is read.
"""

from __future__ import annotations

import datetime

import pytest
from babel.dates import get_day_names, get_month_names

from app.checks.dates import MONTHS, WEEKDAYS, Claim, DateParts, find_dates


def dates_in(text: str) -> list[tuple[DateParts, ...]]:
    return [match.readings for match in find_dates(text, Claim(len(text)))]


@pytest.mark.parametrize("locale", ["en", "nl"])
@pytest.mark.parametrize("width", ["wide", "abbreviated"])
def test_every_cldr_month_and_weekday_name_is_known(locale: str, width: str) -> None:
    for number, name in get_month_names(width, locale=locale).items():
        assert MONTHS[name.lower().rstrip(".")] == number, name
    for number, name in get_day_names(width, locale=locale).items():
        if width == "wide" or len(name.rstrip(".")) > 1:
            assert WEEKDAYS[name.lower().rstrip(".")] == number, name


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("On 12 March 2026.", [DateParts(2026, 3, 12)]),
        ("On March 12, 2026.", [DateParts(2026, 3, 12)]),
        ("On March 12th 2026.", [DateParts(2026, 3, 12)]),
        ("Op 12 maart 2026.", [DateParts(2026, 3, 12)]),
        ("Op 12 mrt 2026.", [DateParts(2026, 3, 12)]),
        ("On Sept. 4 we met.", [DateParts(None, 9, 4)]),
        ("On Feb. 1, 2019 we met.", [DateParts(2019, 2, 1)]),
        ("Tues., Sept. 4 was the day.", [DateParts(None, 9, 4, 1)]),
        ("Op zaterdag 14 maart.", [DateParts(None, 3, 14, 5)]),
        ("Op 4 sept. was het zover.", [DateParts(None, 9, 4)]),
        ("On the 12th of March.", [DateParts(None, 3, 12)]),
        ("In March 2026.", [DateParts(2026, 3)]),
        ("In March.", [DateParts(month=3)]),
        ("Begin mei gaan we open.", [DateParts(month=5)]),
        ("Since '88.", [DateParts(1988)]),
        ("In 1998.", [DateParts(1998)]),
        ("In Q3 2027.", [DateParts(2027, quarter=3)]),
        ("In het derde kwartaal van 2027.", [DateParts(2027, quarter=3)]),
        ("In the second half of 2027.", [DateParts(2027, half=2)]),
        ("In de tweede helft van 2027.", [DateParts(2027, half=2)]),
        ("In the first three months of 2025.", [DateParts(2025, quarter=1)]),
        ("This spring.", [DateParts(season=1)]),
        ("Dit najaar.", [DateParts(season=3)]),
        ("In de zomer van 2023.", [DateParts(2023, season=2)]),
        ("On Saturday we open.", [DateParts(weekday=5)]),
        ("Donderdag opende het park.", [DateParts(weekday=3)]),
        ("Schooljaar 2027-2028.", [DateParts(2027), DateParts(2028)]),
    ],
)
def test_reads_dates(text: str, parts: list[DateParts]) -> None:
    assert [readings[0] for readings in dates_in(text)] == parts


def test_a_numeric_date_is_read_both_ways_when_both_are_valid() -> None:
    assert dates_in("On 12-03-2026.") == [(DateParts(2026, 3, 12), DateParts(2026, 12, 3))]
    assert dates_in("On 25/03/2026.") == [(DateParts(2026, 3, 25),)]


@pytest.mark.parametrize(
    "text",
    ["Happy Friday!", "Every Monday we meet.", "Fijne vrijdag!", "Tot maandag!", "It may rain.", "#MondayMotivation",
     "In the fall of prices.", "The second half was better."],
)
def test_not_dates(text: str) -> None:
    assert dates_in(text) == []


@pytest.mark.parametrize(
    ("post", "story", "backed"),
    [
        (DateParts(None, 9, 4), DateParts(None, 9, 4), True),
        (DateParts(2026, 9, 4), DateParts(None, 9, 4), False),  # a year the story does not give
        (DateParts(None, 10, 4), DateParts(None, 9, 4), False),
        (DateParts(month=9), DateParts(2026, 9, 4), True),  # less precise is fine
        (DateParts(weekday=5), DateParts(2026, 3, 14), True),  # 14 March 2026 is a Saturday
        (DateParts(weekday=6), DateParts(2026, 3, 14), False),
        (DateParts(weekday=5), DateParts(None, 3, 14), False),  # no year: the weekday cannot follow
        (DateParts(season=1), DateParts(2026, 3, 14), True),
        (DateParts(season=2), DateParts(2026, 3, 14), False),
        (DateParts(month=3), DateParts(season=1), False),  # more precise than the story
        (DateParts(2027, half=2), DateParts(2027, quarter=3), True),
        (DateParts(2027, quarter=3), DateParts(2027, half=2), False),
    ],
)
def test_a_post_date_is_backed_only_by_parts_the_story_gives_or_implies(
    post: DateParts, story: DateParts, backed: bool
) -> None:
    assert post.backed_by(story) is backed


def test_weekdays_follow_the_calendar() -> None:
    day = datetime.date(2027, 2, 1)
    assert DateParts(2027, 2, 1).implied().weekday == day.weekday()
