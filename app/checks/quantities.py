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
from dataclasses import dataclass

from app.checks import meanings
from app.checks import numbers as n
from app.checks.dates import Claim, DateParts, find_dates
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
# "24/7", "#1", "1/3" (a series of posts), "365 days a year": figures of speech.
NOT_FACTS = re.compile(
    r"(?<![\w/])(?:24/7\b|365\s+(?:days a year|dagen per jaar)|\d+/\d+\b(?!\s*(?:%|procent)))|(?<!\w)#\d+",
    re.IGNORECASE,
)
# Times of day.
TIME_OF_DAY = re.compile(
    r"(?<![\d.,:])(?:(?P<hm_h>[012]?\d)[:.](?P<hm_m>[0-5]\d)(?:[\s\u00a0]*(?P<hm_ap>[ap]\.?m\.?|uur|u|h)\b)?"
    r"|(?P<ap_h>1[0-2]|0?\d)[\s\u00a0]*(?P<ap>[ap]\.?m\.?)(?!\w)"
    r"|\b(?:at|om|by|until|till)[\s\u00a0]+(?P<at_h>1[0-2]|0?\d)(?:[\s\u00a0]*(?P<at_ap>[ap]\.?m\.?)(?!\w)"
    r"|[\s\u00a0]+(?P<at_tail>o['’]clock|uur|in the (?:morning|afternoon|evening)|['’]s (?:ochtends|morgens|middags|avonds)))?)"
    r"(?![\d]|[.,]\d|[\s\u00a0]*(?:%|procent|percent|jaar|years?|weken|weeks?|days?|dagen|maanden|months?))",
    re.IGNORECASE,
)
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
        claimed.claim(not_fact.start(), not_fact.end())
    words = [(m.start(), m.group().lower()) for m in _WORD.finditer(text)]
    found = [
        Quantity(DATE, text[d.start : d.end], d.start, d.end, dates=d.readings)
        for d in find_dates(text, claimed, words)
    ]
    found += _times(text, claimed, words)
    found += _addresses(text, claimed)
    found += _half_durations(text, claimed)
    found += _fractions(text, claimed, lowered)
    if any(stem in lowered for stem in _FACTOR_STEMS):
        found += _factors(text, claimed)
    found += _single_units(text, claimed, words)
    found += _numbers(text, language, claimed, words)
    found.sort(key=lambda q: q.start)
    return _joined_durations(text, found)


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


_TIME_WORDS = frozenset({"at", "om", "by", "until", "till"})
_DIGIT_START = re.compile(r"(?<![\d.,:])\d")


def _times(text: str, claimed: Claim, words: list[tuple[int, str]]) -> Iterator[Quantity]:
    starts = sorted([m.start() for m in _DIGIT_START.finditer(text)] + [s for s, w in words if w in _TIME_WORDS])
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
        if groups["hm_h"] and not marker and (hour > 23 or "." in match.group()):
            continue  # "2.30" is a decimal number unless "uur" or "am" follows
        if groups["at_h"] and not marker:
            continue  # "at 6" alone may be a count ("at 6 sites")
        if hour > 23:
            continue
        if marker.startswith("p") or marker.endswith(("afternoon", "evening", "middags", "avonds")):
            hour = hour % 12 + 12
        start = match.start("at_h") if groups["at_h"] else match.start()
        claimed.claim(start, match.end())
        yield Quantity(TIME, text[start : match.end()], start, match.end(), hour * 60 + minute, 1.0)


def _addresses(text: str, claimed: Claim) -> Iterator[Quantity]:
    """House numbers ("Marktstraat 17", "240 High Street") and postcodes: no counts."""
    for match in HOUSE_NUMBER.finditer(text):
        start, end = match.span("number")
        if not claimed.free(start, end):
            continue
        before = text[max(0, start - 40) : start].rstrip(" \u00a0")
        street_before = before[-1:].isalpha() and before.rsplit(None, 1)[-1].lower().endswith(_STREET_ENDINGS)
        if (street_before and STREET_BEFORE.search(text, max(0, start - 40), start)) or STREET_AFTER.match(
            text, match.end()
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
    if "half" not in lowered and "quarter" not in lowered:
        return  # every pattern below has "half" or "quarter" in it; most texts have neither
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


def _numbers(text: str, language: str, claimed: Claim, words: list[tuple[int, str]]) -> Iterator[Quantity]:
    for atom in sorted(_atoms(text, language, words), key=lambda a: (a.start, -a.end)):
        if not claimed.free(atom.start, atom.end) or _is_list_marker(text, atom):
            continue
        quantity = _quantity_at(text, atom)
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


def _quantity_at(text: str, atom: _Atom) -> Quantity | None:  # noqa: C901 - one reading, step by step
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
    scaled = False
    lowered_suffix = suffix.lower()
    if lowered_suffix in n.SUFFIX_SCALES and not atom.ordinal:
        if lowered_suffix == "m" and not (currency or CURRENCY_AFTER.match(text, end)) and not _million_m(text, atom):
            glued_unit = "m"  # "5m high": a metre
        else:
            factor = n.SUFFIX_SCALES[lowered_suffix]
            value, step, scaled = value * factor, step * factor, True
    if not suffix and not atom.ordinal:
        scale = SCALE_AFTER.match(text, end)
        spaced = SPACED_SCALE_SUFFIX.match(text, end) if currency else None
        if scale:
            factor = n.SCALE_WORDS[scale.group("scale").lower()]
            value, step, end, scaled = value * factor, step * factor, scale.end(), True
        elif spaced:
            factor = n.SUFFIX_SCALES[spaced.group("scale").lower()]
            value, step, end, scaled = value * factor, step * factor, spaced.end(), True
    written = value
    hedge, start = _hedge(text, start)
    if text.startswith("+", end) and not atom.in_words:
        hedge, end = OVER, end + 1
    vague = bool(VAGUE_BEFORE.search(text, max(0, start - 16), start))
    kind, unit, noun, unit_days, new = COUNT, "", "", 0.0, False
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
        noun = meanings.noun_after(text, end)
        new = bool(noun) and meanings.is_new(text, end)
    checkable = not vague
    small = False
    if atom.in_words and not scaled:
        if value <= 1 or (atom.ordinal and value in ORDINAL_NOT_FACTS):
            checkable = False
        elif value <= 10 and kind == COUNT:
            small = True
    return Quantity(
        kind, text[start:end], start, end, value, step, unit, hedge, noun, atom.ordinal, atom.in_words, scaled,
        checkable=checkable, small=small, written=written, unit_days=unit_days, new=new,
    )  # fmt: skip


def _million_m(text: str, atom: _Atom) -> bool:
    """ "1.2m visitors" is 1.2 million, "a 5m wall" five metres: a decimal or a plural noun decides."""
    following = re.match(r"[\s\u00a0]+([^\W\d_]+)", text[atom.end : atom.end + 30])
    if following is None or following.group(1).lower() in LENGTH_WORDS:
        return False
    word = following.group(1).lower()
    return atom.number.step < 1 or word.endswith(("s", "en"))
