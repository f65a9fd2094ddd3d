"""Dates as people write them in English and Dutch, read into their parts.

    "12 March 2026" = "March 12, 2026" = "12 maart 2026" = "12-03-2026" = "2026-03-12"
    "Sept. 4" = "September 4th" = "4 sept." = "the 4th of September"; "Feb. 1, 2019" = "1 februari 2019"
    "Saturday 14 March", "Tues., Sept. 4", "this spring", "dit voorjaar", "Q3 2027",
    "the second half of 2027", "tweede helft van 2027", "in '88", "in 1998", "in March"

A date is a set of parts (year, month, day, weekday, season, quarter, half); each part the post
states must be stated by the story or follow from it (a weekday from a full date, a season,
quarter or half from a month), so "Sunday 14 March" is caught when the story says Saturday,
and "4 September 2025" is caught when the story says "Sept. 4" and no year.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from app.checks import meanings
from app.language import DUTCH_STOP_WORDS, ENGLISH_STOP_WORDS

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "juni": 6, "juli": 7, "augustus": 8, "oktober": 10,
    "jan": 1, "feb": 2, "febr": 2, "mar": 3, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "okt": 10, "nov": 11, "dec": 12,
}  # fmt: skip
# Abbreviations that are also words ("mar", "jan") count only as part of a full date.
AMBIGUOUS_MONTHS = frozenset({"may", "mar", "jan", "jun", "jul", "aug", "dec", "sep", "march"})
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
    "maandag": 0, "dinsdag": 1, "woensdag": 2, "donderdag": 3, "vrijdag": 4, "zaterdag": 5, "zondag": 6,
    "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6,
    "ma": 0, "di": 1, "wo": 2, "do": 3, "vr": 4, "za": 5, "zo": 6,
}  # fmt: skip
SPRING, SUMMER, AUTUMN, WINTER = 1, 2, 3, 4
SEASONS = {
    "spring": SPRING, "summer": SUMMER, "autumn": AUTUMN, "fall": AUTUMN, "winter": WINTER,
    "voorjaar": SPRING, "lente": SPRING, "zomer": SUMMER, "najaar": AUTUMN, "herfst": AUTUMN,
}  # fmt: skip
ORDINAL_WORDS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "eerste": 1, "tweede": 2, "derde": 3, "vierde": 4,
}  # fmt: skip

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_MONTH_DOT = rf"(?P<month>{_MONTH})\.?"
_WEEKDAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_WEEKDAY_BEFORE = rf"(?:(?P<weekday>{_WEEKDAY})\.?,?\s+(?:the\s+)?)?"
_DAY_SUFFIX = r"(?:st|nd|rd|th|e|ste|de)?"
_YEAR_AFTER = r"(?:,?\s+(?P<year>(?:1[89]|20)\d\d)(?!\d)|\s+(?P<ayear>['’]\d\d)(?!\d))?"

ISO_DATE = re.compile(r"(?<![\d.,/-])(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?!\d)")
NUMERIC_DATE = re.compile(
    rf"(?<![\d.,/-]){_WEEKDAY_BEFORE}(?P<a>\d{{1,2}})(?P<sep>[-/.])(?P<b>\d{{1,2}})(?P=sep)(?P<year>\d{{4}}|\d{{2}})"
    r"(?!\d|[.,]\d)",
    re.IGNORECASE,
)
DAY_MONTH = re.compile(
    rf"(?<![\d.,]){_WEEKDAY_BEFORE}(?P<day>\d{{1,2}}){_DAY_SUFFIX}(?:\s+of)?\s+{_MONTH_DOT}(?![^\W\d_]){_YEAR_AFTER}",
    re.IGNORECASE,
)
MONTH_DAY = re.compile(
    rf"{_WEEKDAY_BEFORE}\b{_MONTH_DOT}(?![^\W\d_])\s*(?P<day>\d{{1,2}}){_DAY_SUFFIX}(?![\d.,]\d|[^\W\d_]){_YEAR_AFTER}",
    re.IGNORECASE,
)
MONTH_YEAR = re.compile(
    rf"\b{_MONTH_DOT}(?![^\W\d_])(?:\s+(?:of\s+|van\s+)?|\s*)(?:(?P<year>(?:1[89]|20)\d\d)(?!\d)|(?P<ayear>['’]\d\d)(?!\d))",
    re.IGNORECASE,
)
# "on the 21st", "by the 3rd": a day of the month, when no noun follows ("the 21st century").
DAY_ALONE = re.compile(
    rf"{_WEEKDAY_BEFORE}\b(?P<article>the|de)[\s\u00a0]+(?P<day>[12]?\d|3[01])(?:st|nd|rd|th|ste|de|e)\b",
    re.IGNORECASE,
)
_NEXT_WORD = re.compile(r"[\s\u00a0]+(?:of[\s\u00a0]+)?(?P<word>[a-zà-ÿ]+)")
# Dutch "de 13e" is a date after a weekday or a date word ("tot zaterdag de 13e", "vanaf de 3e");
# "we werden de 2e" is a rank.
_DUTCH_DAY_CUE = re.compile(r"\b(?:op|tot|vanaf|van|per|sinds|t/m|voor|na)[\s\u00a0]+$", re.IGNORECASE)
# "13-09", "za 13/9", "op 3.2": a day and month without a year, when a weekday or a date word
# stands before it or a part has a leading zero; "2-3 weeks", "24/7" and "1/3" are none.
SHORT_DATE = re.compile(
    rf"(?<![\d.,/-]){_WEEKDAY_BEFORE}(?P<a>\d{{1,2}})(?P<sep>[-/.])(?P<b>\d{{1,2}})"
    r"(?![\d]|[.,/-]\d|[\s\u00a0]*(?:%|procent))",
    re.IGNORECASE,
)
_SHORT_DATE_HINT = re.compile(r"(?<![\d.,/-])\d{1,2}[-/.]\d")
SHORT_DATE_CUE = re.compile(
    rf"(?:\b(?:{_WEEKDAY})\.?,?|\b(?:on|op|per|vanaf|from|until|tot|t/m|date|datum|dd)\.?:?)[\s\u00a0]+$",
    re.IGNORECASE,
)
# A month alone is a fact only after a word that makes it a time: "in March", "begin mei", "this June".
MONTH_ALONE = re.compile(
    rf"\b(?:in|on|since|until|till|by|from|early|late|mid|mid-|end of|start of|beginning of|this|next|last|"
    rf"sinds|tot|vanaf|per|begin|eind|half|medio|midden|deze|volgende|vorige|afgelopen|komende)\s+"
    rf"(?:(?:the\s+)?(?:beginning|end|middle|start)\s+of\s+)?(?P<month>{_MONTH})\b(?!\.?\s*\d)",
    re.IGNORECASE,
)
# A weekday on its own is a date ("Donderdag opende…", "on Saturday"), but not in a greeting or a habit.
WEEKDAY_ALONE = re.compile(
    rf"(?<!#)\b(?P<weekday>{'|'.join(w for w in WEEKDAYS if len(w) > 4)})(?:['’]s)?\b"
    r"(?![\s\u00a0]+(?:motivation|vibes|feeling|mood|blues|ochtend|middag|avond|morning|afternoon|evening|night|nacht)\b)",
    re.IGNORECASE,
)
# Short weekdays count in a range: "ma t/m vr", "Mon-Fri" ("ma" or "do" alone is a word).
_SHORT_WEEKDAY = "|".join(sorted((w for w in WEEKDAYS if len(w) <= 4), key=len, reverse=True))
SHORT_WEEKDAY_RANGE = re.compile(
    rf"\b(?P<first>{_SHORT_WEEKDAY})\.?[\s\u00a0]*(?:-|–|t/m|to|tot)[\s\u00a0]*(?P<second>{_SHORT_WEEKDAY})\b\.?",
    re.IGNORECASE,
)
_AFTER_WEEKDAY_RANGE = re.compile(
    rf"(?:{_WEEKDAY})\.?[\s\u00a0]*(?:-|–|t/m|to|tot(?:[\s\u00a0]+en[\s\u00a0]+met)?)[\s\u00a0]*(?:{_WEEKDAY})\.?,?[\s\u00a0]+$",
    re.IGNORECASE,
)
_NOT_A_DATE_BEFORE = re.compile(
    r"\b(?:happy|fijne|prettige|goede|every|each|elke|iedere|tot|see you|until next|on a|op een|hele)\s+$", re.IGNORECASE
)
YEAR_RANGE = re.compile(r"(?<![\w.,/-])(?P<first>(?:1[89]|20)\d\d)[\s\u00a0]?[-–/][\s\u00a0]?(?P<second>(?:1[89]|20)\d\d|\d\d)(?![\w%]|[.,]\d)")
# "the first three months of 2025" = Q1; "de eerste zes maanden van 2024" = H1.
FIRST_MONTHS = re.compile(
    r"\b(?:the\s+)?(?:first|eerste)\s+(?P<months>three|3|six|6|drie|zes)\s+(?:months|maanden)\s+(?:of|van)\s+"
    r"(?:the\s+year\s+|het\s+jaar\s+)?(?P<year>(?:1[89]|20)\d\d)\b",
    re.IGNORECASE,
)
SEASON = re.compile(
    rf"\b(?:(?P<pre>this|next|last|in the|in|during the|deze|dit|volgende|komende|vorige|afgelopen|in de|"
    rf"tijdens de|het|de)\s+)(?P<span>(?P<season>{'|'.join(SEASONS)})\b(?:\s+(?:of\s+|van\s+)?(?P<year>(?:1[89]|20)\d\d))?)",
    re.IGNORECASE,
)
SEASON_YEAR = re.compile(rf"\b(?P<season>{'|'.join(SEASONS)})\s+(?P<year>(?:1[89]|20)\d\d)\b", re.IGNORECASE)
QUARTER = re.compile(
    r"\b(?:Q(?P<q>[1-4])|(?P<qword>first|second|third|fourth|eerste|tweede|derde|vierde)\s+(?:quarter|kwartaal))"
    r"(?:\s+(?:of\s+|van\s+)?(?P<year>(?:1[89]|20)\d\d)|\s*(?P<ayear>['’]\d\d))?\b",
    re.IGNORECASE,
)
HALF_YEAR = re.compile(
    r"\b(?:H(?P<h>[12])|(?:the\s+)?(?P<hword>first|second|eerste|tweede)\s+(?:half|helft)(?:\s+(?:of|van))?)"
    r"(?:\s+(?:the\s+year\s+|het\s+jaar\s+)?(?P<year>(?:1[89]|20)\d\d))?\b",
    re.IGNORECASE,
)
APOSTROPHE_YEAR = re.compile(r"(?<![\w'’])['’](?P<yy>\d\d)(?![\ds\w])")
YEAR = re.compile(r"(?<![\w.,/:#@+€$£])(?<![^\W\d_]-)(?:FY\s?)?(?P<year>(?:1[89]|20)\d\d)(?![\w@%]|[.,]\d|\s?%)")
# "2000 people" is a count: a noun for things people count after the figure.
_COUNT_AFTER = re.compile(r"[\s\u00a0]+(?P<word>[a-zà-ÿ][\w'’-]*)")
_YEAR_BEFORE = re.compile(r"\b(?:in|since|sinds|from|van|until|tot|by|of|per|year|jaar)\s+$")


@dataclass(frozen=True)
class DateParts:
    """What a date says; None for what it does not say."""

    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # 0 = Monday
    season: int | None = None
    quarter: int | None = None
    half: int | None = None

    def implied(self) -> DateParts:
        """The parts that follow from the stated ones: a weekday from a full date, a season from a month."""
        weekday, season, quarter, half = self.weekday, self.season, self.quarter, self.half
        if self.month is not None:
            season = season or (WINTER, WINTER, SPRING, SPRING, SPRING, SUMMER, SUMMER, SUMMER,
                                AUTUMN, AUTUMN, AUTUMN, WINTER)[self.month - 1]  # fmt: skip
            quarter = quarter or (self.month - 1) // 3 + 1
        if quarter is not None:
            half = half or (1 if quarter <= 2 else 2)
        if weekday is None and None not in (self.year, self.month, self.day):
            try:
                weekday = datetime.date(self.year or 0, self.month or 0, self.day or 0).weekday()
            except ValueError:
                weekday = None
        return replace(self, weekday=weekday, season=season, quarter=quarter, half=half)

    def backed_by(self, story: DateParts) -> bool:
        """Is every part this (post) date states stated by, or implied by, the story's date?"""
        known = story.implied()
        return all(
            mine is None or mine == theirs
            for mine, theirs in (
                (self.year, known.year), (self.month, known.month), (self.day, known.day),
                (self.weekday, known.weekday), (self.season, known.season), (self.quarter, known.quarter),
                (self.half, known.half),
            )
        )  # fmt: skip

    def distance(self, other: DateParts) -> float:
        """How unlike `other` (a story date) this date is: days apart, and a lot for parts it lacks."""
        known = other.implied()
        total = 0.0
        for mine, theirs, weight in (
            (self.year, known.year, 365), (self.month, known.month, 30), (self.day, known.day, 1),
            (self.weekday, known.weekday, 1), (self.season, known.season, 90), (self.quarter, known.quarter, 90),
            (self.half, known.half, 180),
        ):  # fmt: skip
            if mine is not None:
                total += 10_000 if theirs is None else abs(mine - theirs) * weight
        return total


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    readings: tuple[DateParts, ...]  # a numeric date may be read day-month or month-day


def two_digit_year(yy: str) -> int:
    """ "'88" -> 1988, "'24" -> 2024: a year up to ten years ahead is this century."""
    value = int(yy)
    return 2000 + value if value <= datetime.date.today().year % 100 + 10 else 1900 + value


def find_dates(text: str, free: Claim, words: list[tuple[int, str]] | None = None) -> Iterator[DateMatch]:
    """Every date in `text` whose characters are still free, most specific patterns first.

    Alternations of month and weekday names tried at every position are slow, so each pattern is
    tried only where its first word or digit stands.
    """
    lowered = text.lower()
    if words is None:
        words = [(m.start(), m.group().lower()) for m in _WORD.finditer(text)]
    months = [start for start, word in words if word in MONTHS]
    weekdays = [start for start, word in words if word in WEEKDAYS]
    digits = [m.start() for m in _DIGIT_RUN.finditer(text)]
    numeric_starts = sorted(weekdays + digits)
    yield from _claimed(ISO_DATE.finditer(text), free, _numeric_or_named)
    for pattern in (NUMERIC_DATE, DAY_MONTH):
        yield from _claimed(_matches_at(pattern, text, numeric_starts), free, _numeric_or_named)
    for pattern in (MONTH_DAY, MONTH_YEAR):
        yield from _claimed(_matches_at(pattern, text, sorted(weekdays + months)), free, _numeric_or_named)
    short_dates = sorted(weekdays + [m.start() for m in _SHORT_DATE_HINT.finditer(text)])
    yield from _claimed(_matches_at(SHORT_DATE, text, short_dates), free, _short_date)
    articles = sorted(weekdays + [start for start, word in words if word in ("the", "de")])
    yield from _claimed(_matches_at(DAY_ALONE, text, articles), free, _day_alone)
    if "first" in lowered or "eerste" in lowered:
        yield from _claimed(FIRST_MONTHS.finditer(text), free, _first_months)
    if "quarter" in lowered or "kwartaal" in lowered or _Q_OR_H.search(lowered):
        yield from _claimed(QUARTER.finditer(text), free, _quarter)
    if "half" in lowered or "helft" in lowered or _Q_OR_H.search(lowered):
        yield from _claimed(HALF_YEAR.finditer(text), free, _half)
    seasons = [start for start, word in words if word in SEASONS]
    if seasons:
        yield from _claimed(_matches_at(SEASON_YEAR, text, seasons), free, _season)
        yield from _claimed(_word_after(SEASON, text, seasons, "season"), free, _season, "span")
    yield from _claimed(_word_after(MONTH_ALONE, text, months, "month"), free, _month_alone, "month")
    yield from _claimed(_matches_at(WEEKDAY_ALONE, text, weekdays), free, _weekday_alone, "weekday")
    for match in _matches_at(SHORT_WEEKDAY_RANGE, text, weekdays):
        if free.free(match.start(), match.end()):
            free.claim(match.start(), match.end())
            for group in ("first", "second"):
                weekday = (DateParts(weekday=WEEKDAYS[match[group].lower()]),)
                yield DateMatch(match.start(group), match.end(group), weekday)
    if "'" in text or "’" in text:
        yield from _claimed(APOSTROPHE_YEAR.finditer(text), free, lambda m: (DateParts(two_digit_year(m["yy"])),))
    for match in YEAR_RANGE.finditer(text):  # "2027-2028", "2019–21": two years
        if free.free(match.start(), match.end()):
            first = int(match["first"])
            second = int(match["second"]) if len(match["second"]) == 4 else first // 100 * 100 + int(match["second"])
            if first < second <= first + 10:
                free.claim(match.start(), match.end())
                yield DateMatch(match.start("first"), match.end("first"), (DateParts(first),))
                yield DateMatch(match.start("second"), match.end("second"), (DateParts(second),))
    yield from _claimed(YEAR.finditer(text), free, _year_alone)


_DIGIT_RUN = re.compile(r"(?<!\d)\d")
_Q_OR_H = re.compile(r"\b[qh][1-4]\b")


def _matches_at(pattern: re.Pattern[str], text: str, starts: list[int]) -> Iterator[re.Match[str]]:
    for start in starts:
        match = pattern.match(text, start)
        if match:
            yield match


def _word_after(pattern: re.Pattern[str], text: str, starts: list[int], group: str) -> Iterator[re.Match[str]]:
    """Matches of `pattern` whose `group` stands at one of `starts` ("in March": the month at a month word)."""
    for start in starts:
        match = pattern.search(text, max(0, start - 40), start + 40)
        if match and match.start(group) == start:
            yield match


_WORD = re.compile(r"[^\W\d_]+")


class Claim:
    """Which characters already belong to a fact (so "12 March 2026" is not also a year)."""

    def __init__(self, length: int) -> None:
        self.mask = bytearray(length)

    def free(self, start: int, end: int) -> bool:
        return self.mask.find(1, start, end) == -1

    def claim(self, start: int, end: int) -> None:
        self.mask[start:end] = b"\x01" * (end - start)


_FULL_MONTHS = frozenset(month for month in MONTHS if len(month) > 4)
_Reader = Callable[[re.Match[str]], tuple[DateParts, ...]]


def _claimed(matches: Iterator[re.Match[str]], free: Claim, read: _Reader, group: str = "") -> Iterator[DateMatch]:
    for match in matches:
        start, end = match.span(group) if group else match.span()
        if match.string[end - 1] == "." and match.string[start:end].rstrip(".").split()[-1].lower() in _FULL_MONTHS:
            end -= 1  # "4 October." ends a sentence; "Oct." is an abbreviation
        if not free.free(start, end):
            continue
        readings = read(match)
        if readings:
            free.claim(start, end)
            yield DateMatch(start, end, readings)


def _year_of(match: re.Match[str]) -> int | None:
    groups = match.groupdict()
    if groups.get("year"):
        text = groups["year"]
        return two_digit_year(text) if len(text) == 2 else int(text)
    if groups.get("ayear"):
        return two_digit_year(groups["ayear"][1:])
    return None


def _weekday_of(match: re.Match[str]) -> int | None:
    weekday = match.groupdict().get("weekday")
    return WEEKDAYS[weekday.lower()] if weekday else None


def _numeric_or_named(match: re.Match[str]) -> tuple[DateParts, ...]:
    groups = match.groupdict()
    year, weekday = _year_of(match), _weekday_of(match)
    if groups.get("a"):  # 12-03-2026 or 03/12/2026: both readings, when both are valid dates
        first, second = int(groups["a"]), int(groups["b"])
        readings = {(second, first), (first, second)}
        return tuple(
            DateParts(year, month, day, weekday) for month, day in sorted(readings) if _valid(month, day)
        )
    month_text = groups["month"].lower()
    if month_text.isdigit():
        month = int(month_text)
    else:
        if month_text in AMBIGUOUS_MONTHS and not groups.get("day") and month_text not in ("may", "march"):
            # "Jan 2025", "Dec '24" are dates; "jan 2025" or "sep 2025" in lower case are not.
            if not (groups["month"][0].isupper() and (groups.get("year") or groups.get("ayear"))):
                return ()
        month = MONTHS[month_text]
    day = int(groups["day"]) if groups.get("day") else None
    return (DateParts(year, month, day, weekday),) if _valid(month, day) else ()


def _valid(month: int, day: int | None) -> bool:
    return 1 <= month <= 12 and (day is None or 1 <= day <= 31)


def _day_alone(match: re.Match[str]) -> tuple[DateParts, ...]:
    following = _NEXT_WORD.match(match.string, match.end())
    if following and following["word"] not in ENGLISH_STOP_WORDS and following["word"] not in DUTCH_STOP_WORDS:
        return ()  # "the 21st century", "de 3e keer": an ordinal of a thing
    weekday = _weekday_of(match)
    if match["article"].lower() == "de" and weekday is None:
        if not _DUTCH_DAY_CUE.search(match.string, max(0, match.start() - 12), match.start()):
            return ()
    return (DateParts(day=int(match["day"]), weekday=weekday),)


def is_short_date(text: str, start: int, end: int) -> bool:
    """Is text[start:end] ("3/2" after "ma") a day and month without a year?"""
    match = SHORT_DATE.fullmatch(text, start, end)
    return match is not None and bool(_short_date(match))


def _short_date(match: re.Match[str]) -> tuple[DateParts, ...]:
    a, b = match["a"], match["b"]
    weekday = _weekday_of(match)
    before = match.string[max(0, match.start() - 24) : match.start("a")]
    if _AFTER_WEEKDAY_RANGE.search(before):
        return ()  # "Mon-Fri 9-5", "ma t/m vr 9-17": opening hours
    cue = weekday is not None or SHORT_DATE_CUE.search(match.string, max(0, match.start() - 16), match.start())
    if not (cue or a.startswith("0") or (b.startswith("0") and len(b) == 2)):
        return ()
    if match["sep"] == "." and not cue:
        return ()  # "3.05" is a decimal number
    first, second = int(a), int(b)
    readings = {(second, first), (first, second)}
    return tuple(DateParts(None, month, day, weekday) for month, day in sorted(readings) if _valid(month, day))


def _quarter(match: re.Match[str]) -> tuple[DateParts, ...]:
    quarter = int(match["q"]) if match["q"] else ORDINAL_WORDS[match["qword"].lower()]
    return (DateParts(_year_of(match), quarter=quarter),)


def _half(match: re.Match[str]) -> tuple[DateParts, ...]:
    if match["h"] is None and match["year"] is None:
        return ()  # "the second half" of a match, a book, a day: no date without a year
    half = int(match["h"]) if match["h"] else ORDINAL_WORDS[match["hword"].lower()]
    return (DateParts(_year_of(match), half=half),)


def _season(match: re.Match[str]) -> tuple[DateParts, ...]:
    season = match["season"].lower()
    pre = (match.groupdict().get("pre") or "").lower()
    if season in ("fall", "spring") and not match["year"]:
        if pre in ("het", "de", "in") or re.match(r"\s+of\b", match.string[match.end() :]):
            return ()  # "the fall of prices", "in spring": a noun or a verb, not a season
    return (DateParts(_year_of(match), season=SEASONS[season]),)


def _month_alone(match: re.Match[str]) -> tuple[DateParts, ...]:
    month = match["month"]
    if month.lower() in AMBIGUOUS_MONTHS and not month[0].isupper():
        return ()  # "in may", "by march": a verb more likely than a month
    if month.lower() in ("jan", "mar", "jun", "jul", "aug", "dec", "sep"):
        return ()
    return (DateParts(month=MONTHS[month.lower()]),)


def _year_alone(match: re.Match[str]) -> tuple[DateParts, ...]:
    after = _COUNT_AFTER.match(match.string, match.end())
    before = match.string[max(0, match.start() - 8) : match.start()].lower()
    if after and match.string[match.end()] != "\n" and not _YEAR_BEFORE.search(before):
        if meanings.meaning(after["word"]) in meanings.GROUPS:
            return ()  # "2000 people", "1500 medewerkers": a count, not a year
    return (DateParts(int(match["year"])),)


def _weekday_alone(match: re.Match[str]) -> tuple[DateParts, ...]:
    if _NOT_A_DATE_BEFORE.search(match.string, max(0, match.start() - 16), match.start()):
        return ()  # "Happy Friday", "elke maandag", "tot maandag"
    return (DateParts(weekday=WEEKDAYS[match["weekday"].lower()]),)


def _first_months(match: re.Match[str]) -> tuple[DateParts, ...]:
    months = match["months"].lower()
    year = int(match["year"])
    if months in ("three", "3", "drie"):
        return (DateParts(year, quarter=1),)
    return (DateParts(year, half=1),)
