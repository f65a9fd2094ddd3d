"""What a count counts: the noun after a number, reduced to a meaning shared across wording and language.

"120 jobs" = "120 banen" = "120 vacatures" = "120 new roles"; "2,347 customers" = "2.347 klanten".
A meaning is the key of a group below, or the word's own stem when no group has it: "robots" and
"robot" share the stem "robot". Two meanings agree when they are equal or listed as related
(hiring "120 jobs" is hiring "120 people").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterator

from app.checks.lexicon import is_ordinary_word
from app.language import DUTCH_STOP_WORDS, ENGLISH_STOP_WORDS

GROUPS: dict[str, tuple[str, ...]] = {
    "job": ("job", "baan", "vacature", "vacancy", "position", "role", "opening", "werkplek", "arbeidsplaats",
            "functie", "hire", "fte", "werkgelegenheid"),
    # Whoever a story counts as people: "400 mensen" may be its 400 visitors (see HUMAN).
    "people": ("people", "person", "persoon", "mens", "mensen", "individual", "individu"),
    "person": ("employee", "medewerker", "werknemer", "staff", "colleague", "collega", "worker", "personeel",
               "member", "lid", "leden", "teamlid", "fte"),
    "customer": ("customer", "client", "klant", "user", "gebruiker", "account", "afnemer"),
    "country": ("country", "land", "market", "markt", "nation"),
    "site": ("plant", "factory", "fabriek", "site", "vestiging", "location", "locatie", "facility", "branch",
             "filiaal", "office", "kantoor", "warehouse", "magazijn", "distributiecentrum", "hub"),
    "store": ("store", "shop", "winkel", "outlet"),
    "shift": ("shift", "ploeg", "dienst"),
    "visitor": ("visitor", "bezoeker", "guest", "gast", "attendee", "participant", "deelnemer", "spectator"),
    "student": ("student", "pupil", "leerling", "trainee", "intern", "stagiair", "scholier", "apprentice"),
    "home": ("home", "house", "woning", "huis", "household", "huishouden", "apartment", "appartement", "dwelling"),
    "time": ("time", "keer", "maal", "occasion"),
    "partner": ("partner", "supplier", "leverancier", "vendor"),
    "vehicle": ("vehicle", "voertuig", "truck", "vrachtwagen", "van", "bus", "car", "auto"),
    "child": ("child", "children", "kind", "kinderen", "kid"),
    "patient": ("patient", "patiënt", "patiënten"),
    "volunteer": ("volunteer", "vrijwilliger"),
    "project": ("project",),
    "product": ("product", "unit", "eenheid", "stuk", "piece", "item", "machine", "device", "apparaat"),
    "robot": ("robot", "cobot"),
    "school": ("school",),
    "bed": ("bed", "bedden"),
    # A place for someone or something: "5.600 plekken" in a bicycle park, "400 parking spaces".
    "seat": ("seat", "stoel", "zitplaats", "plaats", "plek", "spot", "space", "parkeerplaats", "standplaats"),
    "room": ("room", "kamer"),
    "tree": ("tree", "boom", "bomen"),
    "meal": ("meal", "maaltijd"),
    "language": ("language", "taal", "talen"),
    "team": ("team", "squad", "crew", "afdeling", "department"),
    "anniversary": ("anniversary", "jubileum", "birthday", "verjaardag", "bestaan", "edition", "editie"),
}
# Occupations: each its own meaning ("8 bakers" is not "8 sales staff"), and each a kind of person
# ("35 nurses" = "35 new colleagues").
OCCUPATIONS = (
    "nurse", "verpleegkundige", "verpleger", "doctor", "arts", "artsen", "physician", "teacher", "docent",
    "leraar", "leraren", "adviser", "advisor", "adviseur", "driver", "chauffeur", "welder", "lasser",
    "developer", "programmer", "verkoper", "salesperson", "bakker", "baker", "operator", "technician",
    "monteur", "technicus", "technici", "engineer", "ingenieur", "specialist", "professional", "manager", "consultant", "researcher",
    "onderzoeker", "scientist", "designer", "analyst", "agent", "cashier", "kassamedewerker", "chef", "kok",
    "cook", "cleaner", "schoonmaker", "mechanic", "electrician", "elektricien", "installer", "installateur",
    "planner", "buyer", "inkoper", "recruiter", "trainer", "coach", "caregiver", "zorgmedewerker", "verzorgende",
)
RELATED = frozenset(
    {
        frozenset({"job", "person"}), frozenset({"job", "student"}), frozenset({"person", "volunteer"}),
        frozenset({"people", "person"}), frozenset({"people", "job"}),
    }
)  # fmt: skip
SEAT = "seat"
# What "people" in a card may stand for: "400 mensen" for the story's "400 bezoekers". Not the
# other way round: the story's "870 mensen" (its staff) are no "870 visitors". Customers may be firms.
HUMAN = frozenset({"person", "visitor", "patient", "student", "child", "volunteer"})

# Words between a number and its noun that say nothing about what is counted.
SKIPPED = frozenset(
    """new nieuwe nieuw extra more meer additional local lokale full-time fulltime part-time parttime young
    jonge happy tevreden active actieve unique unieke different verschillende other andere own eigen
    permanent vaste skilled ervaren experienced dedicated our onze the de het of van direct directe
    indirect indirecte current huidige existing bestaande paying betalende enthusiastic enthousiaste
    total totaal""".split()
)

# Words after a number that are no nouns: "120 in 18 months", "30 procent", "3 keer zo".
NOT_NOUNS = frozenset(
    """in on of per op bij tot to as zo is are was were jaar we i you he she it they us them who that which
    had has have will would can could should must may might do did does so and or but with for at by from
    into than then en of maar met voor aan door naar dan die dat wie we ze zij hij het zonder without within
    binnen na after before tijdens during since sinds over onder boven tegen via around rond across achter
    behind naast between tussen""".split()
)

_ADJECTIVE = ("isch", "ig", "lijk", "baar", "ly", "ic", "ical", "ive", "ous", "ful", "ed")

_LOOKUP = {word: key for key, words in GROUPS.items() for word in words}
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def fold(word: str) -> str:
    """Lower case, no accents, no possessive: "Collega’s" -> "collega"."""
    folded = word.casefold().replace("’", "'")
    folded = re.sub(r"'s?$", "", folded)
    if not folded.isascii():
        folded = "".join(c for c in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(c))
    return folded


def stems(word: str) -> list[str]:
    """The word and what it may be without a plural ending, longest first."""
    found = [word]
    for ending, replacement in (("ies", "y"), ("eren", ""), ("en", ""), ("es", ""), ("s", ""), ("ën", ""), ("e", "")):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            found.append(word[: -len(ending)] + replacement)
    if word.endswith("en") and len(word) >= 6 and word[-3] == word[-4]:  # "banen" -> "ban" -> "baan"
        found.append(word[:-3])
    if len(word) >= 5 and word.endswith("en") and word[-3] not in "aeiou" and word[-4] in "aeiou":
        found.append(word[:-3] + word[-4] + word[-3])  # "banen" -> "baan", "ploegen" -> "ploeg"
    return found


@functools.lru_cache(maxsize=4096)
def meaning(word: str) -> str:
    """The meaning of a counted noun: its group, the group of its last part ("fietsparkeerplaatsen"
    are places, "teamleden" members), or its shortest stem."""
    folded = fold(word)
    candidates = stems(folded)
    for candidate in candidates:
        if candidate in _LOOKUP:
            return _LOOKUP[candidate]
    for candidate in candidates:
        for head in _compound_heads(candidate):
            return _LOOKUP[head]
    shortest = min(candidates, key=len)
    # "handpers" and "handpersen" both end as "handper": a final -s of a stem may be a plural or not.
    return shortest[:-1] if shortest.endswith("s") and len(shortest) > 4 else shortest


# Last parts that make no compound of their own meaning: a "ziekenhuis" is no home, a "website"
# no site, a "supermarkt" no market.
_NO_HEADS = frozenset({"huis", "land", "markt", "site", "dienst", "lid", "role", "unit", "item"})
_MIN_COMPOUND_HEAD, _MIN_COMPOUND_REST = 4, 3


def _compound_heads(word: str) -> Iterator[str]:
    """Group words that end `word` after a first part that is a word itself ("fiets|parkeerplaats",
    "team|leden"; not "kwar|talen")."""
    for cut in range(_MIN_COMPOUND_REST, len(word) - _MIN_COMPOUND_HEAD + 1):
        head = word[cut:]
        if head in _LOOKUP and head not in _NO_HEADS and _first_part(word[:cut]):
            yield head


def _first_part(part: str) -> bool:
    # Dutch joins parts with an -s- or -e- ("bedrijfs|wagen", "kinder|opvang"): either may end it.
    return any(is_ordinary_word(form) for form in (part, part[:-1]) if len(form) >= _MIN_COMPOUND_REST)


def agree(a: str, b: str) -> bool:
    if a == b or frozenset({a, b}) in RELATED:
        return True
    return bool({a, b} & _PEOPLE) and bool({a, b} & _OCCUPATION_MEANINGS)


def backs(story: str, card: str) -> bool:
    """May the story's count of `story` things back the card's count of `card` things?"""
    return agree(card, story) or (card == "people" and (story in HUMAN or story in _OCCUPATION_MEANINGS))


_PEOPLE = frozenset({"person", "job", "people"})
# "kassamedewerker" is a "medewerker", "salesperson" a person: those are people, no occupation of their own.
_OCCUPATION_MEANINGS = frozenset(meaning(word) for word in OCCUPATIONS) - _PEOPLE
# What a post lists of its own: "3 things I love", "vijf lessen", "three takeaways". No story fact.
LIST_NOUNS = frozenset(
    meaning(word)
    for word in """thing things lesson lessons takeaway takeaways tip tips reason reasons learning learnings
    highlight highlights insight insights observation observations ding dingen les lessen redenen
    inzicht inzichten hoogtepunt hoogtepunten leerpunt leerpunten""".split()
)


# "14 new stores" are not "38 stores": the stores a company adds are another thing than those it has.
NEW_WORDS = frozenset({"new", "nieuwe", "nieuw", "extra", "additional", "more", "meer", "bijkomende", "further"})


def is_new(text: str, end: int, limit: int = 24) -> bool:
    """Does a "new" or "extra" stand between a number at `end` and its noun ("120 new jobs")?"""
    for match in _WORD.finditer(text, end, min(len(text), end + limit)):
        word = fold(match.group())
        if word in NEW_WORDS:
            return True
        if word not in SKIPPED:
            return False
    return False


def noun_after(text: str, end: int, limit: int = 40) -> str:
    """The meaning of the noun a number at `end` counts ("120 new jobs" -> "job"), or "".

    In "25k home batteries", "50 software engineers" or "two paid volunteer days" the last noun
    counts: a singular word followed by another noun is a modifier.
    """
    first = ""
    named = ""  # a name between the number and the noun: "140 Meridian Insurance employees"
    for match in _WORD.finditer(text, end, min(len(text), end + limit)):
        between = text[end : match.start()]
        if between.strip(" \u00a0-\n\t") or between.count("\n") > 1:
            break  # punctuation or a new paragraph: the number stands alone
        word = fold(match.group())
        end = match.end()
        if not first and match.group()[0].isupper() and "-" not in match.group() and meaning(word) not in GROUPS:
            named = word
            continue
        if not first and word in SKIPPED:
            continue
        grouped = meaning(word) in GROUPS  # "people" and "mensen" are stop words too
        if not grouped and (
            word in ENGLISH_STOP_WORDS or word in DUTCH_STOP_WORDS or word in NOT_NOUNS or word.endswith(_ADJECTIVE)
        ):
            break  # "waarvan 30 elektrisch": what is counted stands before the number
        if first and not (meaning(word) in GROUPS or not _looks_like_verb(word)):
            return meaning(first)  # "850 staff work here"
        if _plural(word) or not _WORD_AFTER.match(text, end):
            return meaning(word)
        if first and meaning(word) in GROUPS and not _PLURAL_NEXT.match(text, end):
            return meaning(word)  # "120 new robot jobs", unless a plural follows ("paid volunteer days")
        first = word  # a singular word before another: a modifier ("home batteries")
    return meaning(first) if first else meaning(named) if named else ""


_WORD_AFTER = re.compile(r"[ \u00a0]+[a-zà-ÿ]")
_PLURAL_NEXT = re.compile(r"[ \u00a0]+[a-zà-ÿ][\w'’-]*(?:s|en|'s|’s)\b")
_PLURALS = frozenset({"people", "staff", "personeel", "children", "kinderen", "leden", "mensen", "police", "fte"})


def _plural(word: str) -> bool:
    return word in _PLURALS or word.endswith(("s", "en", "'s"))


def _looks_like_verb(word: str) -> bool:
    """ "850 staff work", "120 jobs created": a verb after the noun, not a second noun."""
    return word.endswith(("ed", "t", "en")) or word in {"work", "worked", "join", "come", "go", "make", "build", "get"}
