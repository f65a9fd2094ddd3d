"""What a count counts: the noun after a number, reduced to a meaning shared across wording and language.

"120 jobs" = "120 banen" = "120 vacatures" = "120 new roles"; "2,347 customers" = "2.347 klanten".
A meaning is the key of a group below, or the word's own stem when no group has it: "robots" and
"robot" share the stem "robot". Two meanings agree when they are equal or listed as related
(hiring "120 jobs" is hiring "120 people").
"""

from __future__ import annotations

import re
import unicodedata

from app.language import DUTCH_STOP_WORDS, ENGLISH_STOP_WORDS

GROUPS: dict[str, tuple[str, ...]] = {
    "job": ("job", "baan", "vacature", "vacancy", "position", "role", "opening", "werkplek", "arbeidsplaats",
            "functie", "hire", "fte", "werkgelegenheid"),
    "person": ("person", "people", "persoon", "mens", "employee", "medewerker", "werknemer", "staff",
               "colleague", "collega", "worker", "personeel", "member", "lid", "leden", "teamlid", "fte"),
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
    "seat": ("seat", "stoel", "zitplaats", "plaats"),
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
    "monteur", "engineer", "ingenieur", "specialist", "professional", "manager", "consultant", "researcher",
    "onderzoeker", "scientist", "designer", "analyst", "agent", "cashier", "kassamedewerker", "chef", "kok",
    "cook", "cleaner", "schoonmaker", "mechanic", "electrician", "elektricien", "installer", "installateur",
    "planner", "buyer", "inkoper", "recruiter", "trainer", "coach", "caregiver", "zorgmedewerker", "verzorgende",
)
RELATED = frozenset({frozenset({"job", "person"}), frozenset({"job", "student"}), frozenset({"person", "volunteer"})})

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
    into than then en of maar met voor aan door naar dan die dat wie we ze zij hij het""".split()
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


def meaning(word: str) -> str:
    """The meaning of a counted noun: its group, or its shortest stem."""
    folded = fold(word)
    candidates = stems(folded)
    for candidate in candidates:
        if candidate in _LOOKUP:
            return _LOOKUP[candidate]
    return min(candidates, key=len)


def agree(a: str, b: str) -> bool:
    if a == b or frozenset({a, b}) in RELATED:
        return True
    return bool({a, b} & _PEOPLE) and bool({a, b} & _OCCUPATION_MEANINGS)


_PEOPLE = frozenset({"person", "job"})
_OCCUPATION_MEANINGS = frozenset(meaning(word) for word in OCCUPATIONS)


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

    In "25k home batteries" or "50 software engineers" the last noun counts: a singular word
    followed by another noun is a modifier.
    """
    first = ""
    for match in _WORD.finditer(text, end, min(len(text), end + limit)):
        between = text[end : match.start()]
        if between.strip(" \u00a0-\n\t") or between.count("\n") > 1:
            break  # punctuation or a new paragraph: the number stands alone
        word = fold(match.group())
        end = match.end()
        if not first and word in SKIPPED:
            continue
        grouped = meaning(word) in GROUPS  # "people" and "mensen" are stop words too
        if not grouped and (
            word in ENGLISH_STOP_WORDS or word in DUTCH_STOP_WORDS or word in NOT_NOUNS or word.endswith(_ADJECTIVE)
        ):
            break  # "waarvan 30 elektrisch": what is counted stands before the number
        if first:
            return meaning(word) if meaning(word) in GROUPS or not _looks_like_verb(word) else meaning(first)
        if _plural(word) or not _WORD_AFTER.match(text, end):
            return meaning(word)
        first = word
    return meaning(first) if first else ""


_WORD_AFTER = re.compile(r"[ \u00a0]+[a-zà-ÿ]")
_PLURALS = frozenset({"people", "staff", "personeel", "children", "kinderen", "leden", "mensen", "police", "fte"})


def _plural(word: str) -> bool:
    return word in _PLURALS or word.endswith(("s", "en", "'s"))


def _looks_like_verb(word: str) -> bool:
    """ "850 staff work", "120 jobs created": a verb after the noun, not a second noun."""
    return word.endswith(("ed", "t", "en")) or word in {"work", "worked", "join", "come", "go", "make", "build", "get"}
