"""Finding the numeric facts in a text, each with its kind and meaning.

    count     "120 jobs" = "120 banen" = "honderdtwintig vacatures"; "3e keer" = "drie keer"
    money     "€2,5 miljoen" = "2.5 million euros" = "EUR 2.5m"; "$3 billion" = "3 miljard dollar"
    percent   "30%" = "30 procent" = "thirty percent"; "about two-thirds" = "roughly 67%";
              "ruim de helft" = "meer dan 50%"; "one in five" = "20%"
    duration  "18 months" = "anderhalf jaar" = "1.5 years" = "a year and a half"
    measure   "12,000 m²" = "12.000 vierkante meter" = "1.2 hectares"; "7kg" = "7 kilo"
    date      see app.checks.dates: "12 March 2026", "Sept. 4", "Q3 2027", "in '88", "this spring"
    time      "at 6 in the morning" = "6 a.m." = "om 6 uur"
    factor    "3x faster" = "three times as fast"; "double" = "2x" = "verdubbelen"
    address   "Hoofdstraat 12", "12 Main Street": a house number is no count

Dates are found first and claim their characters, then times, addresses, shares in words and
durations in halves, then every other number with what stands around it: a currency before, a
scale word, and a percent sign, currency, unit, time unit or counted noun after. URLs, hashtags,
mentions, list markers and reading times ("a 2-minute read") are no facts.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from app.checks import meanings
from app.checks import numbers as n
from app.checks.dates import Claim, DateParts, find_dates, is_short_date
from app.checks.units import LENGTH_WORDS, unit_at
from app.voice.text import HASHTAG_PATTERN, MENTION_PATTERN, URL_PATTERN

COUNT = "count"
MONEY = "money"
PERCENT = "percent"
DURATION = "duration"
MEASURE = "measure"
DATE = "date"
TIME = "time"
FACTOR = "factor"
ADDRESS = "address"
FREQUENCY = "frequency"  # days a week: "seven days a week" = "elke dag"
NUMERIC_KINDS = (COUNT, MONEY, PERCENT, DURATION, MEASURE, FACTOR)

ABOUT, OVER, UNDER = "about", "over", "under"

# Time units and their length in days: months and years by their average, so 18 months = 1.5 years.
_DAY = 1.0
_UNITS: dict[str, float] = {
    "second": 1 / 86400, "seconds": 1 / 86400, "seconde": 1 / 86400, "seconden": 1 / 86400, "sec": 1 / 86400,
    "minute": 1 / 1440, "minutes": 1 / 1440, "minuut": 1 / 1440, "minuten": 1 / 1440, "min": 1 / 1440,
    "hour": 1 / 24, "hours": 1 / 24, "uur": 1 / 24, "uren": 1 / 24, "kwartier": 1 / 96,
    "day": _DAY, "days": _DAY, "dag": _DAY, "dagen": _DAY,
    "week": 7, "weeks": 7, "weken": 7,
    "month": 365.25 / 12, "months": 365.25 / 12, "maand": 365.25 / 12, "maanden": 365.25 / 12,
    "quarter": 365.25 / 4, "quarters": 365.25 / 4, "kwartaal": 365.25 / 4, "kwartalen": 365.25 / 4,
    "year": 365.25, "years": 365.25, "jaar": 365.25, "jaren": 365.25, "yr": 365.25, "yrs": 365.25,
    "decade": 3652.5, "decades": 3652.5, "decennium": 3652.5, "decennia": 3652.5,
    "century": 36525, "centuries": 36525, "eeuw": 36525, "eeuwen": 36525,
}  # fmt: skip
_UNIT = "|".join(sorted(_UNITS, key=len, reverse=True))
DURATION_AFTER = re.compile(rf"(?:[\s\u00a0]+|-)(?P<unit>{_UNIT})\b", re.IGNORECASE)
_EN_SMALL_WORD = "|".join(n.EN_SMALL)
_NL_UNIT_WORD = "|".join(n.NL_UNITS)
# Halves, which no numeral pattern sees: "anderhalf jaar", "a year and a half", "two and a half years".
HALF_DURATIONS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(rf"\banderhalf\s+(?P<unit>{_UNIT})\b", re.I), "1.5"),
    (re.compile(rf"\b(?:a|an|one|een|één)[\s-]+(?P<unit>{_UNIT})[\s-]+(?:and|en)[\s-]+(?:a|een)[\s-]+half\b", re.I), "1.5"),
    (re.compile(rf"\b(?P<whole>\d+|{_EN_SMALL_WORD})\s+and\s+a\s+half\s+(?P<unit>{_UNIT})\b", re.I), "+0.5"),
    (re.compile(rf"\b(?P<whole>{_NL_UNIT_WORD})(?:ë|e)nhalf\s+(?P<unit>{_UNIT})\b", re.I), "+0.5"),
    (re.compile(rf"\bhalf\s+an?\s+(?P<unit>{_UNIT})\b", re.I), "0.5"),
    (re.compile(rf"\b(?:three|3)[\s-]quarters?\s+of\s+an?\s+(?P<unit>{_UNIT})\b", re.I), "0.75"),
    (re.compile(rf"\b(?:a|one)\s+quarter\s+of\s+an?\s+(?P<unit>{_UNIT})\b", re.I), "0.25"),
    (re.compile(rf"\b(?:een\s+)?half\s*(?P<unit>{_UNIT})\b", re.I), "0.5"),
    # "driekwart eeuw" (75 years), "een halve eeuw", "a quarter century", "een kwart eeuw"
    (re.compile(rf"\bdriekwart\s+(?P<unit>{_UNIT})\b", re.I), "0.75"),
    (re.compile(rf"\b(?:een\s+)?halve\s+(?P<unit>{_UNIT})\b", re.I), "0.5"),
    (re.compile(rf"\b(?:a|one|een)\s+(?:quarter|kwart)[\s-]+(?P<unit>century|eeuw)\b", re.I), "0.25"),
)

PERCENT_AFTER = re.compile(
    r"[\s\u00a0]?(?:%|procent(?:punt(?:en)?)?\b|percent(?:age points?)?\b|per\s+cent\b|pct\b\.?)", re.IGNORECASE
)
# "mln." and "mld." may carry an abbreviation dot; a full stop after "million" ends the sentence.
SCALE_AFTER = re.compile(rf"[\s\u00a0]+(?P<scale>{'|'.join(n.SCALE_WORDS)})\b(?:(?<=mln|mld|mrd|mio)\.)?", re.IGNORECASE)
SPACED_SCALE_SUFFIX = re.compile(r"[\s\u00a0](?P<scale>m|mln|mn|bn|k)\b\.?")
_CURRENCIES = {
    "€": "EUR", "eur": "EUR", "euro": "EUR", "euros": "EUR",
    "$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "dollars": "USD",
    "£": "GBP", "gbp": "GBP", "pound": "GBP", "pounds": "GBP", "pond": "GBP",
}  # fmt: skip
CURRENCY_BEFORE = re.compile(r"(?P<currency>€|US\$|\$|£|\bEUR|\bUSD|\bGBP)[\s\u00a0]?$", re.IGNORECASE)
CURRENCY_AFTER = re.compile(
    r"[\s\u00a0]?(?:(?P<symbol>€|\$|£)|(?P<word>euros?|eur|dollars?|usd|gbp)\b)", re.IGNORECASE
)
_HEDGES = {
    OVER: r"over|more than|upwards of|in excess of|at least|well over|ruim|meer dan|minstens|minimaal|zeker|"
    r"ruimschoots|bijna\s+ruim",
    UNDER: r"almost|nearly|close to|up to|just under|under|less than|bijna|tegen de|tot wel|tot|minder dan|"
    r"nog geen|net geen|maximaal|hooguit",
    ABOUT: r"about|around|roughly|approximately|approx\.|some|circa|ca\.|ongeveer|zo['’]n|rond de|rond|"
    r"pakweg|plusminus|grofweg|±|~|c\.",
}
HEDGE_BEFORE = re.compile(
    rf"(?:\b(?P<over>{_HEDGES[OVER]})|\b(?P<under>{_HEDGES[UNDER]})|(?:\b|(?<=[±~]))(?P<about>{_HEDGES[ABOUT]}))"
    r"[\s\u00a0]+(?:(?:the|de|a|an|een)[\s\u00a0]+)?(?:[€$£][\s\u00a0]?)?$",
    re.IGNORECASE,
)
# "biedt plaats aan 5.600 fietsen", "room for 400 cars", "seats 1,200": a count of places too.
CAPACITY_BEFORE = re.compile(
    r"\b(?:(?:plaats|ruimte|plek|room|space|capacity|parking)[\s\u00a0]+(?:aan|voor|for|of)|seats|seating for|"
    r"accommodates|accommodating|holds|biedt[\s\u00a0]+plaats[\s\u00a0]+aan|capaciteit[\s\u00a0]+(?:van|voor))"
    r"[\s\u00a0]+(?:(?:up to|tot|wel|maximaal|ruim|over|more than|meer dan|bijna|nearly|about|ongeveer)[\s\u00a0]+)?$",
    re.IGNORECASE,
)
# "seven days a week" = "7 dagen per week" = "every day" = "dagelijks". The words alone ("every day")
# are a fact in a story and language in a post ("I learn something every day").
DAYS_A_WEEK = re.compile(
    rf"\b(?P<days>[1-7]|{'|'.join(w for w, v in n.EN_SMALL.items() if 1 <= v <= 7)}|"
    rf"{'|'.join(w for w, v in n.NL_SMALL.items() if 1 <= v <= 7)})[\s\u00a0-]+(?:days?|dagen|dag)[\s\u00a0]+"
    r"(?:a|per|in\s+de|each|every|van\s+de)[\s\u00a0]+week\b",
    re.IGNORECASE,
)
EVERY_DAY = re.compile(
    r"\b(?:every|each)[\s\u00a0]+day\b|\bdaily\b|\b(?:elke|iedere)[\s\u00a0]+dag\b|\bdagelijks\b|"
    r"\balle[\s\u00a0]+dagen\b|\b7/7\b",
    re.IGNORECASE,
)
_WEEK = re.compile(r"week\b", re.IGNORECASE)
_EVERY_DAY_WORDS = ("every day", "each day", "daily", "elke dag", "iedere dag", "dagelijks", "alle dagen", "7/7")
# "came third", "ranked 2nd", "eindigde als tweede", "op de derde plaats": a place in a ranking.
RANK = "rank"
RANK_BEFORE = re.compile(
    r"\b(?:came|come|comes|coming|finished|finish|finishes|placed|ranked|ranks|rank|ended|came in|"
    r"eindigde(?:n)?(?:[\s\u00a0]+als)?|werd(?:en)?|werden|wordt|op[\s\u00a0]+de|als)"
    r"(?:[\s\u00a0]+(?:in|at|as|a|an|the|de|het|overall|joint|gedeeld))*[\s\u00a0]+$",
    re.IGNORECASE,
)
# Ordinals of a time unit: "de 1.000e dag" is 1,000 days, "our 5th year" 5 years.
ORDINAL_UNIT_DAYS = {
    meanings.meaning(word): days
    for word, days in (("day", 1.0), ("dag", 1.0), ("week", 7.0), ("month", 365.25 / 12), ("maand", 365.25 / 12),
                       ("year", 365.25), ("jaar", 365.25))
}  # fmt: skip
# Time units read as the noun of a count ("3,200 volunteer hours"): a duration.
_UNIT_MEANINGS = {
    meanings.meaning(word): days for word, days in _UNITS.items() if len(word) > 3 and meanings.meaning(word) not in meanings.GROUPS
}
# A person's age: "Lotte Hendriks (41)", "Obi, 47, joined". No count of staff or anything else.
AGE = "age"
_AGE_BEFORE = re.compile(r"[A-Z][\w'’.-]*[\s\u00a0]*(?:\(|,[\s\u00a0]+)$")
_AGE_AFTER = re.compile(r"\)|,[\s\u00a0]")
_ORDINAL_UNIT_AFTER = re.compile(r"[\s\u00a0]+(?P<unit>day|dag|week|month|maand|year|jaar)\b", re.IGNORECASE)
# "38:12" (minutes and seconds, more than a day has hours), "1:02:33": a time taken, not a time of day.
CLOCK_DURATION = re.compile(
    r"(?<![\d.,:])(?:(?P<h>\d{1,2}):(?P<hm>[0-5]\d):(?P<hs>[0-5]\d)|(?P<m>2[4-9]|[3-9]\d|\d{3}):(?P<ms>[0-5]\d))(?![\d:]|[.,]\d)"
)
# "in totaal 12.000", "waarvan 400", "including 4 PhD students": a whole or a part of another count.
AGGREGATE_NEAR = re.compile(
    r"\b(?:in total|in totaal|totaal|altogether|all told|waarvan|of which|of whom|including|inclusief|"
    r"onder wie|daarvan|among them|among whom|incl\.)\b",
    re.IGNORECASE,
)
# "a few hundred", "een paar honderd": a manner of speaking, not a figure to check.
VAGUE_BEFORE = re.compile(
    r"\b(?:a few|few|several|many|a couple of|hundreds of|thousands of|"
    r"een paar|paar|enkele|meerdere|vele|tientallen|honderden|duizenden)\s+$",
    re.IGNORECASE,
)
LIST_MARKER_AFTER = re.compile(r"[.)]\s|\ufe0f?\u20e3")
INLINE_LIST_MARKER = re.compile(r"\)\s")  # "What I learned: 1) plan early 2) trust people"
# "a 2-minute read", "leestijd: 3 minuten": about the post, not the story.
READING_TIME = re.compile(
    r"\b\d+[\s\u00a0-]?(?:min(?:ute)?s?|minuten|minuut)\.?[\s\u00a0-]+(?:read|leestijd|lezen)\b"
    r"|\b(?:leestijd|reading time|read time)[:\s\u00a0]+\d+(?:[\s\u00a0-]?(?:min(?:ute)?s?|minuten)\.?)?",
    re.IGNORECASE,
)
# "24/7", "#1", "1/3" (a series of posts), "365 days a year", "the 21st century": figures of speech.
NOT_FACTS = re.compile(
    r"(?<![\w/])(?:24/7\b|365\s+(?:days a year|dagen per jaar)|\d+/\d+\b(?!\s*(?:%|procent))"
    r"|(?:19|20|21)(?:st|th|e|ste)[\s\u00a0-]+(?:century|eeuw(?:se)?)\b)|(?<!\w)#\d+",
    re.IGNORECASE,
)
# Times of day.
_PART_OF_DAY = r"['’]s[\s\u00a0]+(?:ochtends|morgens|middags|avonds|nachts)|in the (?:morning|afternoon|evening)|at night"
TIME_OF_DAY = re.compile(
    r"(?<![\d.,:])(?:(?P<hm_h>[012]?\d)[:.](?P<hm_m>[0-5]\d)(?:[\s\u00a0]*(?P<hm_ap>[ap]\.?m\.?|uur|u|h)\b)?"
    r"|(?P<ap_h>1[0-2]|0?\d)[\s\u00a0]*(?P<ap>[ap]\.?m\.?)(?!\w)"
    r"|\b(?:at|om|by|until|till|from|to|van|vanaf|tot)[\s\u00a0]+(?P<at_h>1[0-2]|0?\d)(?:[\s\u00a0]*(?P<at_ap>[ap]\.?m\.?)(?!\w)"
    rf"|[\s\u00a0]+(?P<at_tail>o['’]clock|uur(?:[\s\u00a0]+(?:{_PART_OF_DAY}))?|{_PART_OF_DAY}))?)"
    r"(?![\d]|[.,]\d|[\s\u00a0]*(?:%|procent|percent|jaar|years?|weken|weeks?|days?|dagen|maanden|months?))",
    re.IGNORECASE,
)
# Opening hours in Dutch: "10-16 uur", "van 9 tot 17 uur", "9.30-17.00 u": two times, not durations.
HOUR_RANGE = re.compile(
    r"(?<![\d.,:])(?P<h1>[012]?\d)(?:[.:](?P<m1>[0-5]\d))?[\s\u00a0]*(?:-|–|tot)[\s\u00a0]*"
    r"(?P<h2>[012]?\d)(?:[.:](?P<m2>[0-5]\d))?[\s\u00a0]*(?:uur|u)\b(?![\s\u00a0]+(?:per|a|an|in de|per dag)\b)",
    re.IGNORECASE,
)
_HOURS_WORD = re.compile(r"\d[\s\u00a0]?u(?:ur)?\b", re.IGNORECASE)
_OPENING_BEFORE = re.compile(r"\b(?:van|vanaf|from|open|geopend|between|tussen)[\s\u00a0]+$", re.IGNORECASE)
_STREET = (
    r"(?:[A-Z][\w'’-]*(?:straat|weg|laan|plein|kade|gracht|singel|dijk|park|dreef|hof|markt|steeg|pad|baan|"
    r"boulevard|allee|dam))|(?:[A-Z][\w'’-]*\s+(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Boulevard|Blvd\.?|"
    r"Drive|Dr\.?|Way|Square|Place|Straße|Strasse))"
)
_STREET_ENDINGS = (
    "straat", "weg", "laan", "plein", "kade", "gracht", "singel", "dijk", "park", "dreef", "hof", "markt", "steeg",
    "pad", "baan", "boulevard", "allee", "dam", "straße", "strasse",
)  # fmt: skip
HOUSE_NUMBER = re.compile(r"(?<![\d.,])(?P<number>\d{1,5})[a-zA-Z]?(?![\d.,]\d)\b")
STREET_BEFORE = re.compile(rf"(?:{_STREET})[\s\u00a0]+$")
STREET_AFTER = re.compile(rf"[\s\u00a0]+(?:{_STREET})")
# A street without "straat" or "Street" in its name: "aan de Esp 120", "op het Stationsplein 3", or
# a capitalised name, the number and a town: "Esp 120 in Eindhoven", "Kerkbrink 12, Hilversum".
_NAMED_ADDRESS_BEFORE = re.compile(
    r"\b(?:aan|op)[\s\u00a0]+(?:de|het|'t)[\s\u00a0]+[A-Z][\w'’-]*(?:[\s\u00a0]+[A-Z][\w'’-]*)?[\s\u00a0]+$"
)
_NAME_BEFORE = re.compile(r"(?<![.!?]\s)\b[A-Z][a-zà-ÿ'’-]+[\s\u00a0]+$")
_TOWN_AFTER = re.compile(r"[a-zA-Z]?(?:,[\s\u00a0]*|[\s\u00a0]+(?:in|te)[\s\u00a0]+)(?:\d{4}[\s\u00a0]?[A-Z]{2}[\s\u00a0]+)?[A-Z][a-zà-ÿ]")
POSTCODE = re.compile(r"\b\d{4}[\s\u00a0]?[A-Z]{2}(?=[\s\u00a0]+[A-Z][a-z])")  # "5611 AB Eindhoven"
# Shares in words.
_EN_NUM = r"one|a|an|two|three|four|\d"
_NL_NUM = r"een|één|twee|drie|vier|\d"
FRACTION = re.compile(
    rf"\b(?P<en_num>{_EN_NUM})[\s\u00a0-](?P<en_den>halves|thirds|quarters|fifths|(?:half|third|quarter|fifth)"
    rf"(?=\s+of\b))"
    rf"|\b(?P<nl_num>{_NL_NUM})[\s\u00a0]?(?P<nl_den>derde|kwart|vijfde)\b"
    r"|\b(?P<half>(?:de|the)\s+helft|half(?=\s+(?:of|the|our|all|van|onze|de)\b)"
    r"|(?:(?<=nearly )|(?<=almost )|(?<=around )|(?<=roughly )|(?<=about )|(?<=bijna )|(?<=more than )"
    r"|(?<=less than )|(?<=over ))half\b)",
    re.IGNORECASE,
)
ONE_IN = re.compile(
    r"\b(?P<one_in>one|two|three|four|een|één|twee|drie|vier|\d)[\s\u00a0]+(?:op de|out of|in|op)[\s\u00a0]+(?P<in_n>\d+|\w+)\b",
    re.I,
)
# "doubles", "verdubbelt", "three times as many", "3 keer zo groot".
FACTOR_WORDS = re.compile(
    r"\b(?P<two>doubl(?:e|es|ed|ing)|twice|verdubbel\w*|tweemaal|dubbel\s+zo)\b"
    r"|\b(?P<three>tripl(?:e|es|ed|ing)|verdrievoudig\w*|driemaal)\b"
    r"|\b(?P<four>quadrupl(?:e|es|ed|ing)|verviervoudig\w*|viermaal)\b",
    re.IGNORECASE,
)
TIMES_AFTER = re.compile(
    r"[\s\u00a0]+(?:times|keer|maal)[\s\u00a0]+(?:as|more|faster|bigger|larger|higher|zo|meer|sneller|groter|hoger)\b",
    re.IGNORECASE,
)
SMALL_WORD_MAX = 10  # "two colleagues", "six teams": numbers this small in words are claims only at times
ORDINAL_NOT_FACTS = frozenset({1.0, 2.0})  # "first", "second", "eerste", "tweede": ordinary words


@dataclass(frozen=True)
class Quantity:
    kind: str
    text: str
    start: int
    end: int
    value: float = 0.0  # in base units: days, SI units, percent, minutes after midnight
    step: float = 1.0  # granularity of `value` as written
    unit: str = ""  # a currency code, a measure's dimension, or ""
    hedge: str = ""  # ABOUT, OVER, UNDER or "" (exact)
    noun: str = ""  # what a count counts ("job", "customer", "robot"), "" if unknown
    ordinal: bool = False
    in_words: bool = False
    scaled: bool = False  # "2.5 million", "400k"
    dates: tuple[DateParts, ...] = ()
    # Checked in a post? "one of", "a year ago" are language, not facts; they still count in the story.
    checkable: bool = True
    # A small number in words ("six teams"): a claim only where the story counts the same thing.
    small: bool = False
    written: float | None = None  # the figure as written, scale applied: 18 for "18 months", 2.5e6 for "€2.5m"
    unit_days: float = 0.0  # for a duration: days per written unit (30.44 for "months")
    new: bool = False  # "14 new stores": what is added, not what there is
    scale: float = 1.0  # the scale word's factor: 1e6 for "2.5 million"
    capacity: bool = False  # "room for 5,600 bikes": also 5,600 places
    aggregate: bool = False  # a total or a part of one ("12.000 in totaal", "waarvan 400"): never summed
    # A bare figure whose unit stands after the next one ("from 2.8 to 1.4 million m³", "van 131 naar
    # 96 dagen") or before it ("55 per cent; Carrow gets the other 45"): that reading of it.
    elided: Quantity | None = None
    range_end: Quantity | None = None  # "Monday to Friday": one fact, its second day here

    @property
    def figure(self) -> float:
        return self.value if self.written is None else self.written


def find_quantities(text: str, language: str = "") -> list[Quantity]:
    """All numeric facts and dates in `text`, in text order. `language` picks the number words."""
    claimed = Claim(len(text))
    for skipped in (*URL_PATTERN.finditer(text), *HASHTAG_PATTERN.finditer(text), *MENTION_PATTERN.finditer(text)):
        claimed.claim(skipped.start(), skipped.end())
    lowered = text.lower()
    not_facts = [*NOT_FACTS.finditer(text)]
    if "read" in lowered or "lees" in lowered:
        not_facts += READING_TIME.finditer(text)
    for not_fact in not_facts:
        if not is_short_date(text, not_fact.start(), not_fact.end()):  # "ma 3/2" is the 3rd of February
            claimed.claim(not_fact.start(), not_fact.end())
    words = [(m.start(), m.group().lower()) for m in _WORD.finditer(text)]
    found = [
        Quantity(DATE, text[d.start : d.end], d.start, d.end, dates=d.readings)
        for d in find_dates(text, claimed, words)
    ]
    if ":" in text:
        found += _clock_durations(text, claimed)
    found += _times(text, claimed, words)
    found += _addresses(text, claimed)
    found += _half_durations(text, claimed)
    found += _fractions(text, claimed, lowered)
    if any(stem in lowered for stem in _FACTOR_STEMS):
        found += _factors(text, claimed)
    if "week" in lowered or "dag" in lowered or "day" in lowered or "7/7" in lowered:
        found += _days_a_week(text, lowered, claimed)
    found += _single_units(text, claimed, words)
    found += _numbers(text, language, claimed, words)
    found.sort(key=lambda q: q.start)
    return _with_elided_units(text, _weekday_ranges(text, _joined_durations(text, found)))


_WEEKDAY_RANGE_GAP = re.compile(
    r"[\s\u00a0]*(?:-|–|—|to|through|till|until|tot(?:[\s\u00a0]+en[\s\u00a0]+met)?|t/m)[\s\u00a0]*", re.IGNORECASE
)


def _weekday_ranges(text: str, found: list[Quantity]) -> list[Quantity]:
    """ "Monday to Friday", "ma t/m vr": one fact, flagged whole when either day is not the story's."""
    joined: list[Quantity] = []
    for quantity in found:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and _weekday_only(previous)
            and _weekday_only(quantity)
            and previous.range_end is None
            and _WEEKDAY_RANGE_GAP.fullmatch(text, previous.end, quantity.start)
        ):
            joined[-1] = replace(previous, text=text[previous.start : quantity.end], end=quantity.end, range_end=quantity)
            continue
        joined.append(quantity)
    return joined


def _weekday_only(quantity: Quantity) -> bool:
    return quantity.kind == DATE and all(
        parts.weekday is not None and parts.day is None and parts.month is None for parts in quantity.dates
    )


_DURATION_JOIN = re.compile(r"[\s\u00a0]*(?:,|and|en|\+)[\s\u00a0]*$")


def _joined_durations(text: str, found: list[Quantity]) -> list[Quantity]:
    """ "two years and two months" is one duration of 26 months."""
    joined: list[Quantity] = []
    for quantity in found:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and previous.kind == DURATION == quantity.kind
            and previous.value > quantity.value
            and _DURATION_JOIN.fullmatch(text[previous.end : quantity.start])
        ):
            joined[-1] = Quantity(
                DURATION, text[previous.start : quantity.end], previous.start, quantity.end,
                previous.value + quantity.value, quantity.step, hedge=previous.hedge, in_words=previous.in_words,
            )  # fmt: skip
            continue
        joined.append(quantity)
    return joined


# Between two figures that share one unit: "2.8 to 1.4 million", "van 131 naar 96 dagen", "5-10%".
_SHARED_UNIT_GAP = re.compile(
    r"[ \u00a0]*\n?[ \u00a0]*(?:-|–|—|/|to|tot(?:[ \u00a0]+en[ \u00a0]+met)?|t/m|till|until|through|and|en|or|of|naar|à|a|"
    r"versus|vs\.?)[ \u00a0]*\n?[ \u00a0]*",
    re.IGNORECASE,
)
_INHERITED_KINDS = frozenset({PERCENT, MONEY, MEASURE, DURATION, TIME})
_CLAUSE_END_AFTER = re.compile(r"[ \u00a0]*(?:[.;!?)]|,|\n|$)")
_SENTENCE_BREAK = re.compile(r"[.!?\n]")
_CLOCK = re.compile(r"(?P<hour>[012]?\d)(?:[.:](?P<minute>[0-5]\d))?")


def _with_elided_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """Give a bare figure the unit its neighbour states for both: "from 2.8 to 1.4 million m³"."""
    result = []
    for index, quantity in enumerate(found):
        after = found[index + 1] if index + 1 < len(found) else None
        before = found[index - 1] if index else None
        elided = None
        if after is not None and _bare(quantity, after) and _SHARED_UNIT_GAP.fullmatch(text, quantity.end, after.start):
            elided = _inherit(quantity, after)
        elif (
            before is not None
            and before.kind == PERCENT
            and quantity.kind == COUNT
            and not quantity.noun
            and quantity.checkable
            and _CLAUSE_END_AFTER.match(text, quantity.end)
            and not _SENTENCE_BREAK.search(text, before.end, quantity.start)
        ):
            elided = replace(quantity, kind=PERCENT, unit="%", elided=None)  # "55%, … the other 45."
        result.append(replace(quantity, elided=elided) if elided is not None else quantity)
    return result


def _bare(quantity: Quantity, after: Quantity) -> bool:
    if not quantity.checkable or quantity.ordinal or quantity.kind not in (COUNT, MONEY):
        return False
    if quantity.kind == MONEY:  # "€2 to €3 million", "€2-3 million": the scale only
        return not quantity.scaled and after.scaled and after.kind in (MONEY, COUNT)
    return not quantity.noun and (after.kind in _INHERITED_KINDS or (after.kind == COUNT and after.scaled))


def _inherit(quantity: Quantity, after: Quantity) -> Quantity | None:
    """`quantity` read with the unit (and scale) of `after`."""
    if after.kind == TIME:
        clock = _CLOCK.fullmatch(quantity.text)
        if clock is None or int(clock["hour"]) > 23:
            return None
        return replace(quantity, kind=TIME, value=int(clock["hour"]) * 60 + int(clock["minute"] or 0), step=1.0)
    scale = after.scale if after.scaled and not quantity.scaled and quantity.value < 1000 else 1.0
    figure = quantity.value * scale
    if after.kind == DURATION:
        return replace(
            quantity, kind=DURATION, value=figure * after.unit_days, step=quantity.step * scale * after.unit_days,
            written=figure, unit_days=after.unit_days,
        )  # fmt: skip
    per_unit = after.value / after.figure if after.kind == MEASURE and after.figure else 1.0
    kind, unit = (quantity.kind, quantity.unit) if quantity.kind == MONEY else (after.kind, after.unit)
    return replace(
        quantity, kind=kind, unit=unit, value=figure * per_unit, step=quantity.step * scale * per_unit,
        written=figure, scaled=quantity.scaled or scale != 1.0, scale=quantity.scale * scale,
    )  # fmt: skip


_TIME_WORDS = frozenset({"at", "om", "by", "until", "till", "from", "to", "van", "vanaf", "tot"})
_DIGIT_START = re.compile(r"(?<![\d.,:])\d")
_RANGE_BEFORE = re.compile(r"(?:\d|\b(?:een|twee|drie|vier|vijf|zes|one|two|three|four|five|six))[\s\u00a0]+(?:tot|to)\b", re.I)


def _times(text: str, claimed: Claim, words: list[tuple[int, str]]) -> Iterator[Quantity]:
    digits = [m.start() for m in _DIGIT_START.finditer(text)]
    yield from _hour_ranges(text, claimed, digits)
    starts = sorted(digits + [s for s, w in words if w in _TIME_WORDS])
    for start in starts:
        match = TIME_OF_DAY.match(text, start)
        if match is None:
            continue
        if not claimed.free(match.start(), match.end()):
            continue
        groups = match.groupdict()
        hour_text = groups["hm_h"] or groups["ap_h"] or groups["at_h"]
        hour, minute = int(hour_text), int(groups["hm_m"] or 0)
        marker = (groups["hm_ap"] or groups["ap"] or groups["at_ap"] or groups["at_tail"] or "").lower()
        if groups["hm_h"] and not marker and (hour > 23 or ("." in match.group() and not hour_text.startswith("0"))):
            continue  # "2.30" is a decimal number unless "uur" or "am" follows; nobody writes "05.00" for 5
        if groups["at_h"] and not marker:
            continue  # "at 6" alone may be a count ("at 6 sites")
        if groups["at_h"] and _RANGE_BEFORE.search(text, max(0, match.start() - 12), match.start() + 4):
            continue  # "2 tot 3 uur" is a duration, "tot 3 uur" a time
        if hour > 23:
            continue
        if marker.startswith("p") or marker.endswith(("afternoon", "evening", "middags", "avonds")):
            hour = hour % 12 + 12
        elif marker.endswith(("night", "nachts")) and 7 <= hour <= 11:
            hour += 12  # "11 at night"; "1 uur 's nachts" is 1:00
        start = match.start("at_h") if groups["at_h"] else match.start()
        claimed.claim(start, match.end())
        clock = TWELVE_HOUR if _twelve_hour(hour, hour_text, marker) else ""
        yield Quantity(TIME, text[start : match.end()], start, match.end(), hour * 60 + minute, 1.0, clock)


# "5 uur", "5:30": a 12-hour clock reading without a.m., p.m. or a part of the day, so 5:00 or 17:00.
TWELVE_HOUR = "12h"
_MARKERS_24H = ("uur", "u", "h", "")


def _twelve_hour(hour: int, hour_text: str, marker: str) -> bool:
    return 1 <= hour <= 12 and not hour_text.startswith("0") and marker in _MARKERS_24H


_DIGITS_COLON = re.compile(r"\d+:\d")


def _clock_durations(text: str, claimed: Claim) -> Iterator[Quantity]:
    starts = (m.start() for m in _DIGITS_COLON.finditer(text))
    for match in (m for start in starts if (m := CLOCK_DURATION.match(text, start))):
        if not claimed.free(match.start(), match.end()):
            continue
        claimed.claim(match.start(), match.end())
        if match["h"]:
            seconds = int(match["h"]) * 3600 + int(match["hm"]) * 60 + int(match["hs"])
        else:
            seconds = int(match["m"]) * 60 + int(match["ms"])
        second = 1 / 86400
        yield Quantity(
            DURATION, match.group(), match.start(), match.end(), seconds * second, second, written=seconds, unit_days=second
        )


def _hour_ranges(text: str, claimed: Claim, digits: list[int]) -> Iterator[Quantity]:
    """ "10-16 uur", "van 9 tot 17 uur": opening hours, two times. "2 tot 3 uur" is a duration."""
    if not _HOURS_WORD.search(text):
        return
    for start in digits:
        match = HOUR_RANGE.match(text, start)
        if match is None or not claimed.free(match.start(), match.end()):
            continue
        first, second = int(match["h1"]), int(match["h2"])
        opening = bool(_OPENING_BEFORE.search(text, max(0, start - 12), start))
        if not (first < second <= 24 and (opening or second - first >= 3)):
            continue
        claimed.claim(match.start(), match.end())
        for hour, minute, group in ((first, match["m1"], "h1"), (second, match["m2"], "h2")):
            end = match.end("m" + group[-1]) if minute else match.end(group)
            value = hour * 60 + int(minute or 0)
            clock = TWELVE_HOUR if _twelve_hour(hour, match[group], "") else ""
            yield Quantity(TIME, text[match.start(group) : end], match.start(group), end, value % 1440, 1.0, clock)


def _addresses(text: str, claimed: Claim) -> Iterator[Quantity]:
    """House numbers ("Marktstraat 17", "240 High Street") and postcodes: no counts."""
    for match in HOUSE_NUMBER.finditer(text):
        start, end = match.span("number")
        if not claimed.free(start, end):
            continue
        before = text[max(0, start - 40) : start].rstrip(" \u00a0")
        word_before = before.rsplit(None, 1)[-1] if before[-1:].isalpha() else ""
        street_before = word_before.lower().endswith(_STREET_ENDINGS)
        named = word_before[:1].isupper()  # "Esp 120": a name before the number
        if (
            (street_before and STREET_BEFORE.search(text, max(0, start - 40), start))
            or STREET_AFTER.match(text, match.end())
            or (named and _NAMED_ADDRESS_BEFORE.search(text, max(0, start - 40), start))
            or (named and _NAME_BEFORE.search(text, max(0, start - 30), start) and _TOWN_AFTER.match(text, match.end()))
        ):
            claimed.claim(start, end)
            yield Quantity(ADDRESS, match["number"], start, end, float(match["number"]))
    for match in POSTCODE.finditer(text):
        if claimed.free(match.start(), match.end()):
            claimed.claim(match.start(), match.end())
            yield Quantity(ADDRESS, match.group(), match.start(), match.end(), float(match.group()[:4]), unit="postcode")


_FRACTION_WORDS = ("half", "helft", "third", "quarter", "fifth", "derde", "kwart", "vijfde")
_ONE_IN_WORDS = (" in ", " op ", " out of ")
_FACTOR_STEMS = ("doubl", "twice", "dubbel", "tripl", "drievoud", "driemaal", "tweemaal", "quadrupl", "viervoud", "viermaal")


def _fractions(text: str, claimed: Claim, lowered: str) -> Iterator[Quantity]:
    patterns = []
    if any(word in lowered for word in _FRACTION_WORDS):
        patterns.append(FRACTION)
    if any(word in lowered for word in _ONE_IN_WORDS):
        patterns.append(ONE_IN)
    for match in (m for pattern in patterns for m in pattern.finditer(text)):
        if not claimed.free(match.start(), match.end()):
            continue
        share = _share(match)
        if share is None:
            continue
        start, end = match.span()
        hedge, start = _hedge(text, start)
        claimed.claim(start, end)
        # A fraction is a rounded share: "two-thirds" stands for 65-68 %.
        yield Quantity(PERCENT, text[start:end], start, end, share, 2.0, "%", hedge, in_words=True)


def _share(match: re.Match[str]) -> float | None:
    groups = match.groupdict()
    if groups.get("half"):
        return 50.0
    if groups.get("one_in"):
        numerator, denominator = _small_value(groups["one_in"]), _small_value(groups["in_n"])
        if numerator is None or not denominator or not numerator < denominator <= 20:
            return None
        return 100.0 * numerator / denominator
    numerator_text = groups["en_num"] or groups["nl_num"]
    denominator_text = (groups["en_den"] or groups["nl_den"]).lower()
    numerator = 1.0 if numerator_text.lower() in ("a", "an") else _small_value(numerator_text)
    denominators = {**n.EN_FRACTIONS, **n.NL_FRACTIONS}
    if numerator is None:
        return None
    if numerator == 1 and denominator_text in ("derde", "vijfde") and _NOUN_AFTER.match(match.string, match.end()):
        return None  # "een derde vestiging" is the third site; "een derde van", "waarvan een derde is" a third
    return 100.0 * numerator / denominators[denominator_text]


_NOUN_AFTER = re.compile(
    r"[\s\u00a0]+(?!(?:van|is|was|wordt|werd|gaat|komt|kwam|ging|heeft|had|zal|zou|moet|kan|en|of|uit)\b)[a-zà-ÿ]"
)


def _small_value(word: str) -> float | None:
    lowered = word.lower()
    if lowered.isdigit():
        return float(lowered)
    if lowered in n.EN_SMALL:
        return float(n.EN_SMALL[lowered])
    return n.dutch_word_value(lowered)


def _half_durations(text: str, claimed: Claim) -> Iterator[Quantity]:
    lowered = text.lower()
    if "half" not in lowered and "halve" not in lowered and "quarter" not in lowered and "kwart" not in lowered:
        return  # every pattern below has one of these in it; most texts have none
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
            days = _UNITS[match.group("unit").lower()]
            start, end = match.span()
            hedge, start = _hedge(text, start)
            claimed.claim(start, end)
            yield Quantity(
                DURATION, text[start:end], start, end, amount * days, 0.5 * days, hedge=hedge, in_words=True,
                checkable=amount != 1,  # "half an hour" is a claim, "a year ago" is not
                written=amount, unit_days=days,
            )  # fmt: skip


SINGLE_UNIT = re.compile(
    rf"\b(?:a|an|one|een|één)[\s\u00a0]+(?P<unit>decade|decennium|year|jaar|month|maand|week|day|dag|hour|uur|"
    rf"kwartier|quarter|kwartaal|minute|minuut)\b(?![\s\u00a0]+(?:and|en)[\s\u00a0]+(?:a|een)[\s\u00a0]+half)",
    re.IGNORECASE,
)
DRIEKWARTIER = re.compile(r"\bdriekwartier\b", re.IGNORECASE)


_SINGLE_WORDS = frozenset({"a", "an", "one", "een", "één"})


def _single_units(text: str, claimed: Claim, words: list[tuple[int, str]]) -> Iterator[Quantity]:
    """ "in a decade", "een kwartier": one unit, written without a number. Language in a post, a fact in a story."""
    singles = (m for start, word in words if word in _SINGLE_WORDS and (m := SINGLE_UNIT.match(text, start)))
    quarters = DRIEKWARTIER.finditer(text) if "driekwartier" in text.lower() else iter(())
    for match in (*singles, *quarters):
        if not claimed.free(match.start(), match.end()):
            continue
        claimed.claim(match.start(), match.end())
        if match.re is DRIEKWARTIER:
            yield Quantity(DURATION, match.group(), match.start(), match.end(), 0.75 / 24, 1 / 96, written=45, unit_days=1 / 1440)
            continue
        days = _UNITS[match["unit"].lower()]
        # "een kwartier" (a quarter of an hour) is as precise as "15 minutes".
        checkable = match["unit"].lower() == "kwartier"
        yield Quantity(
            DURATION, match.group(), match.start(), match.end(), days, days, in_words=True, checkable=checkable,
            written=1, unit_days=days,
        )  # fmt: skip


def _days_a_week(text: str, lowered: str, claimed: Claim) -> Iterator[Quantity]:
    # Each pattern is tried only near its last word ("week") or where one of its phrases stands.
    numeric = (DAYS_A_WEEK.search(text, max(0, week.start() - 40), week.end()) for week in _WEEK.finditer(text))
    words = EVERY_DAY.finditer(text) if any(phrase in lowered for phrase in _EVERY_DAY_WORDS) else iter(())
    for match in (*(m for m in numeric if m is not None), *words):
        if not claimed.free(match.start(), match.end()):
            continue
        claimed.claim(match.start(), match.end())
        days = match.groupdict().get("days")
        value = 7 if days is None else int(days) if days.isdigit() else n.EN_SMALL.get(days.lower()) or n.NL_SMALL[days.lower()]
        yield Quantity(FREQUENCY, match.group(), match.start(), match.end(), float(value), checkable=days is not None)


def _factors(text: str, claimed: Claim) -> Iterator[Quantity]:
    for match in FACTOR_WORDS.finditer(text):
        if claimed.free(match.start(), match.end()):
            claimed.claim(match.start(), match.end())
            value = 2.0 if match["two"] else 3.0 if match["three"] else 4.0
            yield Quantity(FACTOR, match.group(), match.start(), match.end(), value, in_words=True)


@dataclass(frozen=True)
class _Atom:
    start: int
    end: int
    number: n.Number
    in_words: bool
    suffix: str = ""
    ordinal: bool = False


_WORD = re.compile(r"[^\W\d_]+")
_EN_STARTS = frozenset([*n.EN_SMALL, *n.EN_ORDINALS, "a"])
_NL_PREFIXES = (*n.NL_SMALL, *n.NL_TENS, "honderd", "duizend", "eerste", "derde", "anderhalv", "anderhalf")


def _atoms(text: str, language: str, words: list[tuple[int, str]]) -> Iterator[_Atom]:
    for match in n.NUMERAL.finditer(text):
        suffix = match.group("suffix") or ""
        ordinal = suffix.lower() in n.ORDINAL_SUFFIXES
        yield _Atom(match.start(), match.end(), n.parse_numeral(match.group("digits")), False, suffix, ordinal)
    # Number words: a pattern is tried only where a word that can start a number stands.
    if language in ("en", ""):
        yield from _english_atoms(text, [start for start, word in words if word in _EN_STARTS])
    if language in ("nl", ""):
        yield from _dutch_atoms(text, [(start, word) for start, word in words if word.startswith(_NL_PREFIXES)])


def _english_atoms(text: str, starts: list[int]) -> Iterator[_Atom]:
    for start in starts:
        match = n.EN_WORD_NUMBER.match(text, start)
        if match:
            value = n.english_words_value(match.group())
            if value is not None:
                yield _Atom(match.start(), match.end(), n.Number(value, n.word_number_step(value)), True)
        match = n.EN_ORDINAL_WORD.match(text, start)
        if match:
            ordinal = n.english_ordinal_value(match.group())
            if ordinal is not None:
                yield _Atom(match.start(), match.end(), n.Number(ordinal, 1.0), True, ordinal=True)


def _dutch_atoms(text: str, words: list[tuple[int, str]]) -> Iterator[_Atom]:
    for start, word in words:
        if word in ("anderhalf", "anderhalve"):
            yield _Atom(start, start + len(word), n.Number(1.5, 0.5), True)
            continue
        value = n.dutch_word_value(word)
        ordinal = False
        if value is None:
            value, ordinal = n.dutch_ordinal_value(word), True
        if value is not None:
            yield _Atom(start, start + len(word), n.Number(value, n.word_number_step(value)), True, ordinal=ordinal)


@dataclass(frozen=True)
class _Cues:
    """Which rare cue words a text has at all, so the searches for them run only then."""

    capacity: bool
    aggregate: bool
    rank: bool

    @classmethod
    def of(cls, lowered: str) -> _Cues:
        return cls(
            any(word in lowered for word in _CAPACITY_WORDS),
            any(word in lowered for word in _AGGREGATE_WORDS),
            any(word in lowered for word in _RANK_WORDS),
        )


_CAPACITY_WORDS = ("plaats", "ruimte", "plek", "room", "space", "capacit", "parking", "seat", "accommodat", "holds")
_AGGREGATE_WORDS = ("total", "totaal", "altogether", "all told", "waarvan", "of wh", "includ", "inclusief", "onder wie",
                    "daarvan", "among", "incl.")  # fmt: skip
_RANK_WORDS = ("came", "come", "finish", "placed", "rank", "ended", "eindig", "werd", "wordt", "op de", "als")


def _numbers(text: str, language: str, claimed: Claim, words: list[tuple[int, str]]) -> Iterator[Quantity]:
    cues = _Cues.of(text.lower())
    for atom in sorted(_atoms(text, language, words), key=lambda a: (a.start, -a.end)):
        if not claimed.free(atom.start, atom.end) or _is_list_marker(text, atom):
            continue
        quantity = _quantity_at(text, atom, cues)
        if quantity is not None:
            claimed.claim(quantity.start, quantity.end)
            yield quantity


def _is_list_marker(text: str, atom: _Atom) -> bool:
    if atom.in_words:
        return False
    if INLINE_LIST_MARKER.match(text, atom.end) and "(" not in text[max(0, atom.start - 1) : atom.start]:
        return True
    if text.startswith(("\ufe0f\u20e3", "\u20e3"), atom.end):
        return True  # keycap emoji "1️⃣"
    line_start = text.rfind("\n", 0, atom.start) + 1
    return not text[line_start : atom.start].strip() and bool(LIST_MARKER_AFTER.match(text, atom.end))


def _hedge(text: str, start: int) -> tuple[str, int]:
    """The hedge word before `start` ("about", "ruim", "bijna") and where the fact then starts."""
    found = HEDGE_BEFORE.search(text, max(0, start - 24), start)
    if not found:
        return "", start
    kind = OVER if found["over"] else UNDER if found["under"] else ABOUT
    return kind, start


def _quantity_at(text: str, atom: _Atom, cues: _Cues) -> Quantity | None:  # noqa: C901 - one reading, step by step
    start, end = atom.start, atom.end
    value, step = atom.number.value, atom.number.step
    suffix = atom.suffix
    glued_unit = ""
    if suffix and not atom.ordinal:
        lowered = suffix.lower()
        if lowered not in n.TIMES_SUFFIXES and lowered not in n.SUFFIX_SCALES and unit_at(text, end, suffix) is None:
            return None  # "5G", "1990s", "3D": not a quantity we can check
        if unit_at(text, end, suffix) is not None and lowered not in n.SUFFIX_SCALES:
            glued_unit = suffix
    before = CURRENCY_BEFORE.search(text, max(0, start - 5), start)
    currency = _CURRENCIES[before.group("currency").lower()] if before else ""
    if before:
        start = before.start()
    scaled, scale_factor = False, 1.0
    lowered_suffix = suffix.lower()
    if lowered_suffix in n.SUFFIX_SCALES and not atom.ordinal:
        if lowered_suffix == "m" and not (currency or CURRENCY_AFTER.match(text, end)) and not _million_m(text, atom):
            glued_unit = "m"  # "5m high": a metre
        else:
            factor = n.SUFFIX_SCALES[lowered_suffix]
            value, step, scaled, scale_factor = value * factor, step * factor, True, factor
    if not suffix and not atom.ordinal:
        scale = SCALE_AFTER.match(text, end)
        spaced = SPACED_SCALE_SUFFIX.match(text, end) if currency else None
        if scale:
            factor = n.SCALE_WORDS[scale.group("scale").lower()]
            value, step, end, scaled, scale_factor = value * factor, step * factor, scale.end(), True, factor
        elif spaced:
            factor = n.SUFFIX_SCALES[spaced.group("scale").lower()]
            value, step, end, scaled, scale_factor = value * factor, step * factor, spaced.end(), True, factor
    written = value
    hedge, start = _hedge(text, start)
    if text.startswith("+", end) and not atom.in_words:
        hedge, end = OVER, end + 1
    vague = bool(VAGUE_BEFORE.search(text, max(0, start - 16), start))
    kind, unit, noun, unit_days, new, capacity, aggregate = COUNT, "", "", 0.0, False, False, False
    percent = PERCENT_AFTER.match(text, end) if not suffix else None
    after = CURRENCY_AFTER.match(text, end) if not currency and not suffix else None
    measure = None if (percent or currency or after or atom.ordinal) else unit_at(text, end, glued_unit)
    duration = DURATION_AFTER.match(text, end) if not (suffix or scaled or currency or measure) else None
    times = TIMES_AFTER.match(text, end) if not suffix else None
    if percent:
        kind, unit, end = PERCENT, "%", percent.end()
    elif currency or after:
        if after:
            currency, end = _CURRENCIES[(after.group("symbol") or after.group("word")).lower()], after.end()
        kind, unit = MONEY, currency
    elif measure:
        kind, unit, factor, end = MEASURE, measure[0], measure[1], measure[2]
        value, step = value * factor, step * factor
    elif duration:
        days = _UNITS[duration.group("unit").lower()]
        kind, value, step, end = DURATION, value * days, step * days, duration.end()
        unit_days = days
    elif lowered_suffix in n.TIMES_SUFFIXES or times:
        kind = FACTOR
        if times:
            end = times.end()
    else:
        unit_after = _ORDINAL_UNIT_AFTER.match(text, end) if atom.ordinal else None
        noun = meanings.meaning(unit_after["unit"]) if unit_after else meanings.noun_after(text, end)
        small_word = atom.in_words and value <= SMALL_WORD_MAX  # "two paid days": a small count, as before
        if not atom.ordinal and noun in _UNIT_MEANINGS and not scaled and not small_word:  # "3,200 volunteer hours"
            days = _UNIT_MEANINGS[noun]
            kind, value, step, unit_days, noun = DURATION, value * days, step * days, days, ""
        elif not atom.ordinal and _AGE_BEFORE.search(text, max(0, start - 40), start) and _AGE_AFTER.match(text, end):
            noun = AGE  # "Lotte Hendriks (41)", "Graham McLeod, 64, retires"
        new = bool(noun) and meanings.is_new(text, end)
        capacity = cues.capacity and bool(CAPACITY_BEFORE.search(text, max(0, start - 30), start))
        aggregate = cues.aggregate and bool(AGGREGATE_NEAR.search(text, max(0, start - 30), min(len(text), end + 30)))
    checkable = not vague
    small = False
    rank = atom.ordinal and cues.rank and bool(RANK_BEFORE.search(text, max(0, start - 24), start))
    if rank:  # "came third", "eindigde als tweede": a place in a ranking; "came first" is winning
        noun, checkable = RANK, value > 1
    elif atom.in_words and not scaled:
        if value <= 1 or (atom.ordinal and value in ORDINAL_NOT_FACTS):
            checkable = False
        elif value <= SMALL_WORD_MAX and kind == COUNT:
            small = True
    return Quantity(
        kind, text[start:end], start, end, value, step, unit, hedge, noun, atom.ordinal, atom.in_words, scaled,
        checkable=checkable, small=small, written=written, unit_days=unit_days, new=new, scale=scale_factor,
        capacity=capacity, aggregate=aggregate,
    )  # fmt: skip


def _million_m(text: str, atom: _Atom) -> bool:
    """ "1.2m visitors" is 1.2 million, "a 5m wall" five metres: a decimal or a plural noun decides."""
    following = re.match(r"[\s\u00a0]+([^\W\d_]+)", text[atom.end : atom.end + 30])
    if following is None or following.group(1).lower() in LENGTH_WORDS:
        return False
    word = following.group(1).lower()
    return atom.number.step < 1 or word.endswith(("s", "en"))
