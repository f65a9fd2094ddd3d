"""Where an organisation is based, as the story says it.

"Boston-based Sensilab" when the story has "Lausanne-based Sensilab" and an office in Boston;
"het Hattemse bedrijf Vitalis" when Vitalis is "het bedrijf uit Zwolle" with a new warehouse in
Hattem: both towns are in the story, so a name-by-name check passes them. A post that says where
an organisation is from ("X-based", "het Xse bedrijf", "uit X") is checked against where the
story says it is from: the organisation's own home when the story names one, else the home the
story gives its subject ("het bedrijf uit Zwolle", "the Plymouth-based charity").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from app.checks.names import PERSON, Name, normalise

_ORGANISATION_NOUNS = (
    "bedrijf|onderneming|firma|fabrikant|producent|kwekerij|teler|tuinder|familiebedrijf|startup|start-up|scale-up|"
    "bank|verzekeraar|keten|winkelketen|drogisterijketen|supermarktketen|corporatie|woningcorporatie|brouwerij|"
    "bakkerij|organisatie|coöperatie|cooperatie|stichting|maker|company|firm|charity|manufacturer|retailer|group|"
    "start-up|bakery|brewery|producer|supplier|leverancier|uitgeverij|installateur|ontwikkelaar|developer"
)
BASED = re.compile(r"(?<![\w-])(?P<place>[A-Z][^\W\d_]*(?:[ -][A-Z][^\W\d_]*)?)-based\b")
ADJECTIVE = re.compile(
    rf"\b(?i:het|de|een)[ \u00a0]+(?P<place>[A-Z][a-zà-ÿ]+?)(?:sche|se)[ \u00a0]+(?:{_ORGANISATION_NOUNS})\b"
)
FROM = re.compile(r"[ \u00a0]+uit[ \u00a0]+(?P<place>[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+)?)")
SUBJECT_FROM = re.compile(rf"\b(?i:het|de|the)[ \u00a0]+(?:{_ORGANISATION_NOUNS})[ \u00a0]+(?:uit|from)[ \u00a0]+"
                          r"(?P<place>[A-Z][^\W\d_]+)")
IN_PLACE = re.compile(r"[ \u00a0]+in[ \u00a0]+(?P<place>[A-Z][^\W\d_]+)")
_APPOSITION = re.compile(r",?[ \u00a0]+(?:a|an|the|de|het|een)[ \u00a0]+$")


@dataclass(frozen=True)
class Home:
    organisation: tuple[str, ...]  # name parts, () when the text means its subject
    place: str  # normalised
    start: int  # where the place stands in the text
    end: int


def find_homes(text: str, names: Sequence[Name], *, adjacent_in: bool = False) -> Iterator[Home]:
    """Each "X-based Y", "het Xse bedrijf Y", "Y uit X" (and, in a story, "Y in X") in `text`."""
    organisations = [name for name in names if name.kind != PERSON and name.parts]
    for match in BASED.finditer(text):
        place = match.group("place")
        owner = _after(organisations, match.end()) or _before_apposition(text, organisations, match.start())
        yield _home(owner, place, match.start("place"), match.end("place"))
    for match in ADJECTIVE.finditer(text):
        owner = _after(organisations, match.end())
        yield _home(owner, match.group("place"), match.start("place"), match.end("place") + 2)
    for match in SUBJECT_FROM.finditer(text):
        yield _home(None, match.group("place"), match.start("place"), match.end("place"))
    for name in organisations:
        for pattern in (FROM, IN_PLACE) if adjacent_in else (FROM,):
            found = pattern.match(text, name.end)
            if found and not any(n.start == found.start("place") and n.kind == PERSON for n in names):
                yield _home(name, found.group("place"), found.start() + 1, found.end("place"))


def _home(owner: Name | None, place: str, start: int, end: int) -> Home:
    return Home(owner.parts if owner is not None else (), normalise(place), start, end)


def _after(organisations: list[Name], end: int) -> Name | None:
    return next((name for name in organisations if end < name.start <= end + _OWNER_GAP), None)


_OWNER_GAP = 8  # "het Rotterdamse bedrijf Van der Lans": the name may start with a connector


def _before_apposition(text: str, organisations: list[Name], start: int) -> Name | None:
    """ "Halden Robotics Ltd., a Leeds-based maker": the organisation the apposition is about."""
    window = text[max(0, start - 12) : start]
    found = _APPOSITION.search(window)
    if not found:
        return None
    edge = start - len(window) + found.start()
    return next((name for name in organisations if edge - 6 <= name.end <= edge), None)


@dataclass(frozen=True)
class HomeSource:
    homes: tuple[Home, ...]

    @classmethod
    def of(cls, texts: Iterable[str], found_names: Iterable[Sequence[Name]]) -> HomeSource:
        return cls(tuple(home for text, names in zip(texts, found_names) for home in find_homes(text, names, adjacent_in=True)))

    def contradicts(self, card: Home) -> Home | None:
        """The story's home of the card's organisation when the card's place is another, else None."""
        own = [home for home in self.homes if home.organisation and set(home.organisation) & set(card.organisation)]
        known = own or [home for home in self.homes if not home.organisation]
        if not known or any(_same_place(card.place, home.place) for home in known):
            return None
        return known[0]


def _same_place(a: str, b: str) -> bool:
    """ "hattem" for "Hattemse", "zwol" for "Zwolse" and "zwolle": one place, inflected."""
    return a == b or a.startswith(b) or b.startswith(a) or (a[:4] == b[:4] and abs(len(a) - len(b)) <= 3)
