"""Finding the numeric facts in a text: numbers, percentages, money, durations, dates and years.

    "30%" = "30 procent" = "thirty percent"
    "€2,5 miljoen" = "2.5 million euros" = "EUR 2.5m"; "$3 billion" = "3 miljard dollar"
    "18 months" = "anderhalf jaar" = "1.5 years" = "a year and a half"
    "12 March 2026" = "March 12, 2026" = "12 maart 2026" = "12-03-2026" = "2026-03-12"

Dates are found first and claim their characters, then durations spoken in halves, then
every other number with whatever stands around it (a currency before, a scale word, and a
percent sign, currency or time unit after). URLs, hashtags and list markers are skipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from app.checks import numbers as n
from app.voice.text import HASHTAG_PATTERN, URL_PATTERN, WORD_PATTERN

NUMBER = "number"
PERCENT = "percent"
MONEY = "money"
DURATION = "duration"
YEAR = "year"
DATE = "date"
NUMERIC_KINDS = (NUMBER, PERCENT, MONEY, DURATION, YEAR)

# (year, month, day); year or day may be unknown ("12 March", "March 2026").
DateValue = tuple[int | None, int, int | None]

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "juni": 6, "juli": 7, "augustus": 8, "oktober": 10,
    "jan": 1, "feb": 2, "mar": 3, "mrt": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "okt": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = "|".join(sorted(_MONTHS, key=len, reverse=True))
_ORDINAL = r"(?:st|nd|rd|th|e|ste|de)?"
_YEAR_AFTER = r"(?:,?\s+(?P<year>\d{4})(?!\d))?"

ISO_DATE = re.compile(r"(?<![\d.,/-])(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?![\d])")
NUMERIC_DATE = re.compile(
    r"(?<![\d.,/-])(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})(?!\d|[.,]\d)"
)
DAY_MONTH = re.compile(
    rf"(?<![\d.,])(?P<day>\d{{1,2}}){_ORDINAL}(?:\s+of)?\s+(?P<month>{_MONTH})\b{_YEAR_AFTER}", re.IGNORECASE
)
MONTH_DAY = re.compile(rf"\b(?P<month>{_MONTH})\b\s+(?P<day>\d{{1,2}}){_ORDINAL}(?!\d){_YEAR_AFTER}", re.IGNORECASE)
MONTH_YEAR = re.compile(rf"\b(?P<month>{_MONTH})\b\s+(?P<year>\d{{4}})(?!\d)", re.IGNORECASE)
NUMBER_FIRST_DATES = (ISO_DATE, NUMERIC_DATE, DAY_MONTH)
MONTH_FIRST_DATES = (MONTH_DAY, MONTH_YEAR)

# Time units and how many base units each is worth: days, months or hours.
_UNITS: dict[str, tuple[str, float]] = {
    "day": ("days", 1), "days": ("days", 1), "dag": ("days", 1), "dagen": ("days", 1),
    "week": ("days", 7), "weeks": ("days", 7), "weken": ("days", 7),
    "month": ("months", 1), "months": ("months", 1), "maand": ("months", 1), "maanden": ("months", 1),
    "quarter": ("months", 3), "quarters": ("months", 3), "kwartaal": ("months", 3), "kwartalen": ("months", 3),
    "year": ("months", 12), "years": ("months", 12), "jaar": ("months", 12), "jaren": ("months", 12),
    "decade": ("months", 120), "decades": ("months", 120), "decennium": ("months", 120), "decennia": ("months", 120),
    "hour": ("hours", 1), "hours": ("hours", 1), "uur": ("hours", 1), "uren": ("hours", 1),
}  # fmt: skip
_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
DURATION_AFTER = re.compile(rf"(?:[\s\u00a0]+|-)(?P<unit>{_UNIT})\b", re.IGNORECASE)
_EN_SMALL_WORD = "|".join(n.EN_SMALL)
_NL_UNIT_WORD = "|".join(n.NL_UNITS)
# Halves, which no numeral pattern sees: "anderhalf jaar", "a year and a half", "two and a half years".
HALF_DURATIONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"\banderhalf\s+(?P<unit>{_UNIT})\b", re.I), "1.5"),
    (re.compile(rf"\b(?:a|an|one|een|één)\s+(?P<unit>{_UNIT})\s+(?:and|en)\s+(?:a|een)\s+half\b", re.I), "1.5"),
    (re.compile(rf"\b(?P<whole>\d+|{_EN_SMALL_WORD})\s+and\s+a\s+half\s+(?P<unit>{_UNIT})\b", re.I), "+0.5"),
    (re.compile(rf"\b(?P<whole>{_NL_UNIT_WORD})(?:ë|e)nhalf\s+(?P<unit>{_UNIT})\b", re.I), "+0.5"),
    (re.compile(rf"\bhalf\s+an?\s+(?P<unit>{_UNIT})\b", re.I), "0.5"),
    (re.compile(rf"\b(?:een\s+)?half\s*(?P<unit>{_UNIT})\b", re.I), "0.5"),
)

PERCENT_AFTER = re.compile(r"[\s\u00a0]?(?:%|procent\b|percent\b|per\s+cent\b|pct\b\.?)", re.IGNORECASE)
# "mln." and "mld." may carry an abbreviation dot; a full stop after "million" ends the sentence.
SCALE_AFTER = re.compile(rf"[\s\u00a0]+(?P<scale>{'|'.join(n.SCALE_WORDS)})\b(?:(?<=mln|mld|mrd)\.)?", re.IGNORECASE)
_CURRENCIES = {
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
    "$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD",
    "£": "GBP", "gbp": "GBP", "pound": "GBP", "pounds": "GBP",
}  # fmt: skip
CURRENCY_BEFORE = re.compile(r"(?P<currency>€|US\$|\$|£|\bEUR|\bUSD|\bGBP)[\s\u00a0]?$", re.IGNORECASE)
CURRENCY_AFTER = re.compile(
    r"[\s\u00a0]?(?:(?P<symbol>€|\$|£)|(?P<word>euros?|eur|dollars?|usd|pounds?|gbp)\b)", re.IGNORECASE
)
HEDGE_BEFORE = re.compile(
    r"\b(?:over|more than|almost|nearly|about|around|roughly|approximately|some|close to|up to|at least|"
    r"ruim|meer dan|bijna|ongeveer|circa|ca\.|zo'n|zo’n|rond de|tegen de|zeker|minstens|tot)\s+(?:[€$£]\s?)?$",
    re.IGNORECASE,
)
# "a few hundred", "een paar honderd": a manner of speaking, not a figure to check.
VAGUE_BEFORE = re.compile(
    r"\b(?:a few|few|several|many|some|a couple of|hundreds of|thousands of|"
    r"een paar|paar|enkele|meerdere|vele|tientallen|honderden|duizenden)\s+$",
    re.IGNORECASE,
)
LIST_MARKER_AFTER = re.compile(r"[.)]\s")
INLINE_LIST_MARKER = re.compile(r"\)\s")  # "What I learned: 1) plan early 2) trust people"


@dataclass(frozen=True)
class Quantity:
    kind: str  # one of NUMERIC_KINDS or DATE
    text: str
    start: int
    end: int
    amount: float = 0.0  # as written, scale applied: "2.5 million" -> 2_500_000; "18 months" -> 18
    step: float = 1.0  # granularity of `amount` as written
    unit: str = ""  # "%", a currency code ("" if unknown), or a time base ("days", "months", "hours")
    per_unit: float = 1.0  # base time units per written unit: "years" -> 12 (months)
    dates: tuple[DateValue, ...] = ()  # a numeric date may be read day-month or month-day
    hedged: bool = False  # "over 2,000", "bijna 30%": rounding is expected
    # Checked in a post? "one of", "twee collega's", "a year ago" are language, not facts;
    # they still count in the story, so "2 weeks" in a post matches "two weeks" there.
    checkable: bool = True

    @property
    def value(self) -> float:
        """Comparable value: durations in their base unit (months, days or hours)."""
        return self.amount * self.per_unit


class _Claimed:
    """Which characters already belong to a fact (so "12 March 2026" is not also a year)."""

    def __init__(self, text: str) -> None:
        self.mask = bytearray(len(text))
        for skipped in (*URL_PATTERN.finditer(text), *HASHTAG_PATTERN.finditer(text)):
            self.claim(skipped.start(), skipped.end())

    def free(self, start: int, end: int) -> bool:
        return self.mask.find(1, start, end) == -1

    def claim(self, start: int, end: int) -> None:
        self.mask[start:end] = b"\x01" * (end - start)


def find_quantities(text: str, language: str = "") -> list[Quantity]:
    """All numeric facts and dates in `text`, in text order. `language` picks the number words."""
    claimed = _Claimed(text)
    found = list(_dates(text, claimed))
    found += _half_durations(text, claimed)
    found += _numbers(text, language, claimed)
    found.sort(key=lambda q: q.start)
    return found


def _dates(text: str, claimed: _Claimed) -> Iterator[Quantity]:
    for match in _date_matches(text):
        values = _date_values(match)
        if values and claimed.free(match.start(), match.end()):
            claimed.claim(match.start(), match.end())
            yield Quantity(DATE, match.group(), match.start(), match.end(), dates=values)


def _date_matches(text: str) -> Iterator[re.Match[str]]:
    """Date matches, most specific patterns first (a later match may not reuse claimed text)."""
    for pattern in NUMBER_FIRST_DATES:
        yield from pattern.finditer(text)
    # A search for a month-name alternation at every word is slow; try only where a month stands.
    months = [m.start() for m in WORD_PATTERN.finditer(text) if m.group().lower() in _MONTHS]
    for pattern in MONTH_FIRST_DATES:
        for start in months:
            match = pattern.match(text, start)
            if match:
                yield match


def _date_values(match: re.Match[str]) -> tuple[DateValue, ...]:
    groups = match.groupdict()
    year = _year(groups.get("year"))
    if "a" in groups:  # 12-03-2026 or 03/12/2026: both readings, when both are valid dates
        first, second = int(groups["a"]), int(groups["b"])
        readings = {(year, second, first), (year, first, second)}
        return tuple(sorted(r for r in readings if _valid(r[1], r[2])))
    month_text = groups["month"]
    month = int(month_text) if month_text.isdigit() else _MONTHS[month_text.lower()]
    day = int(groups["day"]) if groups.get("day") else None
    return ((year, month, day),) if _valid(month, day) else ()


def _year(text: str | None) -> int | None:
    if not text:
        return None
    return 2000 + int(text) if len(text) == 2 else int(text)


def _valid(month: int, day: int | None) -> bool:
    return 1 <= month <= 12 and (day is None or 1 <= day <= 31)


def _half_durations(text: str, claimed: _Claimed) -> Iterator[Quantity]:
    if "half" not in text.lower():
        return  # every pattern below has "half" in it; most texts have none
    for pattern, rule in HALF_DURATIONS:
        for match in pattern.finditer(text):
            if not claimed.free(match.start(), match.end()):
                continue
            if rule.startswith("+"):
                whole = match.group("whole").lower()
                base = float(whole) if whole.isdigit() else float(n.EN_SMALL.get(whole) or n.NL_UNITS[whole])
                amount = base + float(rule)
            else:
                amount = float(rule)
            base_unit, per_unit = _UNITS[match.group("unit").lower()]
            claimed.claim(match.start(), match.end())
            yield Quantity(
                DURATION, match.group(), match.start(), match.end(), amount, 0.5, base_unit, per_unit,
                checkable=amount > 1,
            )  # fmt: skip


@dataclass(frozen=True)
class _Atom:
    start: int
    end: int
    number: n.Number
    from_words: bool
    suffix: str = ""
    grouped: bool = False  # written with thousands separators


def _atoms(text: str, language: str) -> Iterator[_Atom]:
    for match in n.NUMERAL.finditer(text):
        digits = match.group("digits")
        yield _Atom(
            match.start(), match.end(), n.parse_numeral(digits), False, (match.group("suffix") or "").lower(),
            grouped=not digits.isdigit(),
        )  # fmt: skip
    if language in ("en", ""):
        for match in n.EN_WORD_NUMBER.finditer(text):
            value = n.english_words_value(match.group())
            if value is not None:
                yield _Atom(match.start(), match.end(), n.Number(value, n.word_number_step(value)), True)
    if language in ("nl", ""):
        for match in n.NL_WORD_NUMBER.finditer(text):
            value = n.dutch_word_value(match.group())
            if value is not None:
                yield _Atom(match.start(), match.end(), n.Number(value, n.word_number_step(value)), True)


def _numbers(text: str, language: str, claimed: _Claimed) -> Iterator[Quantity]:
    for atom in sorted(_atoms(text, language), key=lambda a: (a.start, -a.end)):
        if not claimed.free(atom.start, atom.end) or _is_list_marker(text, atom):
            continue
        quantity = _quantity_at(text, atom)
        if quantity is not None:
            claimed.claim(quantity.start, quantity.end)
            yield quantity


def _is_list_marker(text: str, atom: _Atom) -> bool:
    if atom.from_words:
        return False
    if INLINE_LIST_MARKER.match(text, atom.end) and "(" not in text[max(0, atom.start - 1) : atom.start]:
        return True
    line_start = text.rfind("\n", 0, atom.start) + 1
    return not text[line_start : atom.start].strip() and bool(LIST_MARKER_AFTER.match(text, atom.end))


def _quantity_at(text: str, atom: _Atom) -> Quantity | None:
    start, end = atom.start, atom.end
    amount, step = atom.number.value, atom.number.step
    suffix = atom.suffix
    if suffix and suffix not in n.ORDINAL_SUFFIXES | n.TIMES_SUFFIXES | n.SUFFIX_SCALES.keys():
        return None  # "5G", "1990s", "10am": not a quantity we can check
    before = CURRENCY_BEFORE.search(text, max(0, start - 5), start)
    currency = _CURRENCIES[before.group("currency").lower()] if before else ""
    if before:
        start = before.start()
    scaled = False
    if suffix in n.SUFFIX_SCALES and (suffix not in n.MONEY_ONLY_SUFFIXES or currency or _currency_after(text, end)):
        amount, step, scaled = amount * n.SUFFIX_SCALES[suffix], step * n.SUFFIX_SCALES[suffix], True
    scale = SCALE_AFTER.match(text, end)
    if scale and not suffix:
        factor = n.SCALE_WORDS[scale.group("scale").lower()]
        amount, step, end, scaled = amount * factor, step * factor, scale.end(), True
    kind, unit, per_unit = NUMBER, "", 1.0
    percent = PERCENT_AFTER.match(text, end) if not suffix else None
    after = _currency_after(text, end) if not currency else None
    duration = DURATION_AFTER.match(text, end) if not (suffix or scaled or currency) else None
    if percent:
        kind, unit, end = PERCENT, "%", percent.end()
    elif currency or after:
        if after:
            currency, end = _CURRENCIES[(after.group("symbol") or after.group("word")).lower()], after.end()
        kind, unit = MONEY, currency
    elif duration:
        unit, per_unit = _UNITS[duration.group("unit").lower()]
        kind, end = DURATION, duration.end()
    elif _is_year(atom, amount):
        kind = YEAR
    hedged = bool(HEDGE_BEFORE.search(text, max(0, start - 24), start))
    vague = bool(VAGUE_BEFORE.search(text, max(0, start - 16), start))
    checkable = not vague and (not atom.from_words or (amount > 1 and (kind != NUMBER or scaled or amount > 10)))
    return Quantity(kind, text[start:end], start, end, amount, step, unit, per_unit, (), hedged, checkable)


def _currency_after(text: str, end: int) -> re.Match[str] | None:
    return CURRENCY_AFTER.match(text, end)


def _is_year(atom: _Atom, amount: float) -> bool:
    return not atom.from_words and not atom.suffix and not atom.grouped and 1900 <= amount <= 2099 and amount == int(amount)
