"""Which words are ordinary words, so a capitalised one at the start of a sentence can be told from a name.

"Proud", "Vandaag", "Organised" and "Klantgerichtheid" open sentences; "Maria", "Lyon" and
"Philips" are names. The word lists are pyspellchecker's English and Dutch frequency lists
(lower case), read once; the names the fact lock knows (resources/checks/known_names.toml) and
the towns of resources/checks/places.toml win over them, since "maria", "philips" and "zeist" are
in those lists too.
"""

from __future__ import annotations

import functools
import gzip
import json
import re
import tomllib
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

# English: a word seen more often than this in the corpus is an ordinary word ("lyon" is seen 74
# times, "welding" 1,299). Dutch: every word of the list counts (it holds the OpenTaal word list,
# compounds included), so Dutch names are left to the known names.
ENGLISH_MIN_COUNT = 100
DUTCH_MIN_COUNT = 50
# A known name that is also this frequent an English word is read as the word ("Young", "Hope", "Will").
NAME_WORD_MAX_COUNT = 10_000


@dataclass(frozen=True)
class KnownNames:
    first_names: frozenset[str]
    last_names: frozenset[str]
    places: frozenset[str]
    regions: frozenset[str]
    organisations: frozenset[str]
    legal_forms: frozenset[str]
    organisation_words: frozenset[str]
    person_titles: frozenset[str]
    abbreviations: frozenset[str]
    ordinary_words: frozenset[str]
    all_names: frozenset[str] = frozenset()  # first names, surnames, places and organisations
    city_regions: dict[str, frozenset[str]] = field(default_factory=dict)  # "portland" -> oregon, maine
    region_abbreviations: dict[str, str] = field(default_factory=dict)  # "ore" -> oregon


@functools.cache
def known_names() -> KnownNames:
    text = (resources.files("resources") / "checks" / "known_names.toml").read_text(encoding="utf-8")
    data = tomllib.loads(text)
    derived = ("all_names", "city_regions", "region_abbreviations")
    lists = {key: frozenset(str(word) for word in data[key]) for key in KnownNames.__dataclass_fields__ if key not in derived}
    everything = lists["first_names"] | lists["last_names"] | lists["places"] | lists["organisations"]
    regions = {city: frozenset(names) for city, names in data["city_regions"].items()}
    abbreviations = {short: str(full) for short, full in data["region_abbreviations"].items()}
    return KnownNames(**lists, all_names=everything, city_regions=regions, region_abbreviations=abbreviations)


@functools.cache
def _places() -> dict[str, Any]:
    text = (resources.files("resources") / "checks" / "places.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


@functools.cache
def towns() -> frozenset[str]:
    """One-word towns of 15,000 people or more that are no common word (resources/checks/places.toml)."""
    return frozenset(str(_places()["towns"]).split())


@dataclass(frozen=True)
class TownRegions:
    """Which countries, UK nations and US states towns lie in, by the names a post may use for them."""

    of_town: dict[str, frozenset[str]]  # "brugge" -> {"belgium", "belgië", "belgie"}
    names: frozenset[str]  # every region name it knows: "nederland", "michigan", "scotland", …


@functools.cache
def town_regions() -> TownRegions:
    data = _places()
    spelled = {str(code): [str(name) for name in names] for code, names in data["region_names"].items()}
    of_town = {}
    for line in str(data["regions"]).splitlines():
        town, _, codes = line.partition("|")
        if town:
            of_town[town] = frozenset(name for code in codes.split() for name in spelled.get(code, ()))
    return TownRegions(of_town, frozenset(name for names in spelled.values() for name in names))


@functools.cache
def _counts(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The ordinary words of a language, and those among them frequent enough to beat a known name."""
    raw = (resources.files("spellchecker") / "resources" / f"{language}.json.gz").read_bytes()
    counts: dict[str, int] = json.loads(gzip.decompress(raw))
    floor = ENGLISH_MIN_COUNT if language == "en" else DUTCH_MIN_COUNT
    ordinary = frozenset(word for word, count in counts.items() if count > floor or (language == "nl" and count == floor))
    frequent = frozenset(word for word, count in counts.items() if count >= NAME_WORD_MAX_COUNT)
    return ordinary, frequent


def _words(language: str) -> frozenset[str]:
    return _counts(language)[0]


_BRITISH = (
    (re.compile(r"is(e|ed|es|ing|ation|ations)$"), r"iz\1"),
    (re.compile(r"our(s|ed|ing)?$"), r"or\1"),
    (re.compile(r"tre(s)?$"), r"ter\1"),
    (re.compile(r"amme(s)?$"), r"am\1"),
    (re.compile(r"lled$"), "led"),
    (re.compile(r"lling$"), "ling"),
)
# Endings of ordinary words that names hardly have: "Onboarding", "Digitalisation", "Sustainability".
_WORD_ENDINGS = ("ing", "isation", "ization", "ity", "ness", "ment", "ship", "ism")
_ENDINGS = ("'s", "s", "es", "ed", "d", "ing", "ly", "er", "ers", "est", "en", "e", "je", "jes", "tje", "tjes")


def is_ordinary_word(word: str, language: str = "") -> bool:
    """Is `word` (any case) an ordinary word of English (or Dutch), not only a name?"""
    lowered = word.casefold().replace("’", "'")
    if lowered in known_names().ordinary_words:
        return True
    if lowered in known_names().all_names or lowered in towns():  # before the endings: "Lansing", "Hastings"
        return lowered in _counts("en")[1] or lowered in _counts("nl")[1]
    if lowered.endswith(_WORD_ENDINGS):
        return True
    languages = ("en", "nl") if not language else (language, "en") if language == "nl" else ("en",)
    for candidate in _forms(lowered):
        if any(candidate in _words(lang) for lang in languages):
            return True
    return False


def _forms(word: str) -> list[str]:
    forms = [word]
    for pattern, replacement in _BRITISH:
        if pattern.search(word):
            forms.append(pattern.sub(replacement, word))
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            forms.append(word[: -len(ending)])
    if "-" in word:
        forms.extend(part for part in word.split("-") if len(part) >= 3)
    return forms
