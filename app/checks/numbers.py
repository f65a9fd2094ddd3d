"""Reading numbers the way people write them, in English and Dutch.

Numerals: "1,000" = "1.000" = "1 000" = 1000; "2,5" = "2.5" = 2.5. One separator followed by
exactly three digits is a thousands separator in either language ("2.500" Dutch, "2,500"
English); anything else before the last one or two digits is a decimal comma or point.
Words: "thirty", "twenty-five", "two hundred and fifty", "a dozen"; "dertig",
"vijfentwintig", "tweeëntwintig", "tweehonderdvijftig", "drieduizend", "anderhalf".
Ordinals: "3rd", "3e", "third", "derde", "vijfentwintigste". Fractions: "two-thirds",
"tweederde", "a quarter", "driekwart", "de helft", "one in five".

Every number also carries its `step`: the granularity it was written with (1 for "30",
100 for "2,300", 0.1 for "2.5"), so a rounded figure can be matched to a precise one.
Tables are checked against num2words in the tests (every number to 100,000 reads back).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

EN_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
EN_MULTIPLIERS = {"hundred": 100, "dozen": 12}
EN_SCALES = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000}
EN_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70,
    "eightieth": 80, "ninetieth": 90, "hundredth": 100, "thousandth": 1000,
}  # fmt: skip

NL_UNITS = {"een": 1, "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9}
NL_SMALL = {
    **NL_UNITS, "nul": 0, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14,
    "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19,
}  # fmt: skip
NL_TENS = {
    "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70,
    "tachtig": 80, "negentig": 90,
}  # fmt: skip
NL_COMPOUND_TENS = re.compile(f"({'|'.join(NL_UNITS)})(?:en|ën)({'|'.join(NL_TENS)})")
NL_IRREGULAR_ORDINALS = {"eerste": 1, "derde": 3, "achtste": 8}

# Scale words after a number: "2.5 million", "2,5 miljoen", "3 mld".
SCALE_WORDS = {
    "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "duizend": 1e3, "miljoen": 1e6, "mln": 1e6, "mio": 1e6, "miljard": 1e9, "mld": 1e9, "mrd": 1e9,
}  # fmt: skip
# Letters stuck to a numeral: "400k", "EUR 2.5m", "3bn". "m" and "bn" count only next to a currency
# or before a noun ("1.2m visitors"); elsewhere "m" is a metre.
SUFFIX_SCALES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "mio": 1e6, "b": 1e9, "bn": 1e9}
MONEY_ONLY_SUFFIXES = frozenset({"m", "mn", "mln", "mio", "b", "bn"})
ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th", "e", "de", "ste"})
TIMES_SUFFIXES = frozenset({"x", "×"})

# Fractions in words, as shares of 100. "derde" and "third" are also ordinals: a fraction only
# after "een", "a", "one" or another number ("twee derde", "two-thirds").
EN_FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5}
NL_FRACTIONS = {"helft": 2, "derde": 3, "kwart": 4, "vijfde": 5}

_EN_WORD = "|".join([*EN_SMALL, *EN_MULTIPLIERS, *EN_SCALES])
# "twenty-five", "two hundred and fifty", "a dozen", "a million"; "and" only after hundred/thousand.
EN_WORD_NUMBER = re.compile(
    rf"\b(?:a\s+(?=(?:hundred|thousand|million|billion|dozen)\b))?(?:{_EN_WORD})"
    rf"(?:(?:(?:(?<=hundred)|(?<=thousand))\s+and\s+|[\s-]+)(?:{_EN_WORD}))*\b",
    re.IGNORECASE,
)
EN_ORDINAL_WORD = re.compile(
    rf"\b(?:(?:{'|'.join(k for k in EN_SMALL if EN_SMALL[k] >= 20)})[\s-])?(?:{'|'.join(EN_ORDINALS)})\b",
    re.IGNORECASE,
)
# Dutch writes numbers as one word: any run of number morphemes, parsed (or rejected) below.
_NL_PART = "|".join(sorted([*NL_SMALL, *NL_TENS, "honderd", "duizend", "en", "ën"], key=len, reverse=True))
NL_WORD_NUMBER = re.compile(rf"\b(?:eerste|derde|(?:{_NL_PART})+(?:ste|de)?)\b", re.IGNORECASE)

# A numeral, with its thousands separators and an optional suffix ("10th", "3x", "400k", "7kg").
NUMERAL = re.compile(
    r"(?<![\w.,/:#@'’])(?<![^\W\d_][-–])"  # not inside "v1.2", "#1", "COVID-19", "'88"; "2-3" is fine
    r"(?P<digits>\d{1,3}(?:(?P<sep>[.,\u00a0\u202f ])\d{3})(?:(?P=sep)\d{3})*(?:[.,]\d+)?|\d+(?:[.,]\d+)?)"
    r"(?P<suffix>[a-zA-Z]{1,4}[²³23]?(?:/[a-zA-Z]{1,2})?|[²³×])?"
    r"(?![\w@]|[.,]\d|/\d)"
)


@dataclass(frozen=True)
class Number:
    value: float
    step: float  # the granularity it was written with


def parse_numeral(digits: str) -> Number:
    """ "1,000" / "1.000" / "1 000" -> 1000; "2,5" -> 2.5; "1,234.5" -> 1234.5."""
    compact = re.sub(r"[\u00a0\u202f ]", "", digits)
    dots, commas = compact.count("."), compact.count(",")
    decimal = ""
    if dots and commas:
        decimal = "." if compact.rfind(".") > compact.rfind(",") else ","
    elif dots + commas == 1:
        separator = "." if dots else ","
        head, tail = compact.split(separator)
        if not (len(tail) == 3 and head != "0"):
            decimal = separator
    if decimal:
        whole, fraction = compact.rsplit(decimal, 1)
    else:
        whole, fraction = compact, ""
    whole = whole.replace(".", "").replace(",", "") or "0"
    if fraction:
        return Number(float(f"{whole}.{fraction}"), 10.0 ** -len(fraction))
    return Number(float(whole), integer_step(whole))


def integer_step(whole: str) -> float:
    """ "2300" was rounded to hundreds, "2500" to five hundreds; "30" and "2026" are exact."""
    zeros = len(whole) - len(whole.rstrip("0"))
    if len(whole) >= 3 and 0 < zeros < len(whole):
        significant = whole.rstrip("0")
        return (5.0 if significant.endswith("5") and len(significant) > 1 else 1.0) * 10.0**zeros
    return 1.0


def english_words_value(phrase: str) -> float | None:
    """ "two hundred and fifty" -> 250, "a dozen" -> 12, "twenty-five" -> 25."""
    words = re.findall(r"[a-z]+", phrase.lower())
    if words and words[0] not in EN_SMALL and words[0] != "a":
        return None  # "hundred" or "million" on its own: "a few hundred", "millions"
    total = 0.0
    current = 0.0
    for word in words:
        if word in ("a", "and"):
            continue
        if word in EN_SMALL:
            current += EN_SMALL[word]
        elif word in EN_MULTIPLIERS:
            current = (current or 1) * EN_MULTIPLIERS[word]
        elif word in EN_SCALES:
            total += (current or 1) * EN_SCALES[word]
            current = 0
        else:
            return None
    return total + current


def english_ordinal_value(phrase: str) -> float | None:
    """ "third" -> 3, "twenty-first" -> 21, "hundredth" -> 100."""
    words = re.findall(r"[a-z]+", phrase.lower())
    if not words or words[-1] not in EN_ORDINALS:
        return None
    last = words[-1]
    if last in ("hundredth", "thousandth"):  # "one hundredth", "two thousandth"
        return english_words_value(" ".join([*words[:-1], last.removesuffix("th")]))
    head = english_words_value(" ".join(words[:-1])) if words[:-1] else 0.0
    return None if head is None else head + EN_ORDINALS[last]


def dutch_word_value(word: str) -> float | None:
    """ "vijfentwintig" -> 25, "tweehonderdvijftig" -> 250, "drieduizend" -> 3000; else None."""
    word = word.lower()
    if not word:
        return None
    if word in NL_SMALL:
        return float(NL_SMALL[word])
    if word in NL_TENS:
        return float(NL_TENS[word])
    compound = NL_COMPOUND_TENS.fullmatch(word)
    if compound:
        return float(NL_UNITS[compound.group(1)] + NL_TENS[compound.group(2)])
    for scale_word, scale in (("duizend", 1000), ("honderd", 100)):
        head, found, tail = word.partition(scale_word)
        if not found:
            continue
        multiplier = 1.0 if head == "" else dutch_word_value(head)
        rest = 0.0 if tail == "" else dutch_word_value(tail.removeprefix("en"))
        if multiplier is None or rest is None or (head and multiplier >= scale) or rest >= scale:
            return None
        return multiplier * scale + rest
    return None


def dutch_ordinal_value(word: str) -> float | None:
    """ "derde" -> 3, "tiende" -> 10, "vijfentwintigste" -> 25, "honderdeerste" -> 101; else None."""
    word = word.lower()
    for irregular, value in NL_IRREGULAR_ORDINALS.items():
        if word.endswith(irregular):
            head = word[: -len(irregular)]
            if not head:
                return float(value)
            head_value = dutch_word_value(head)
            if head_value is not None and head_value % 100 == 0:
                return head_value + value
    for ending in ("ste", "de"):
        if word.endswith(ending):
            cardinal = dutch_word_value(word[: -len(ending)])
            if cardinal is None:
                continue
            # "-de" after 2..19 ("tweede", "honderdtwaalfde"), "-ste" after the rest ("twintigste", "honderdste").
            rest = cardinal % 100
            if (ending == "de") == (2 <= rest < 20 and rest != 8):
                return cardinal
    return None


def word_number_step(value: float) -> float:
    return integer_step(str(int(value))) if value == int(value) else 0.5
