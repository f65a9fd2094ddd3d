"""Who is what: a person's title or family tie, as the story gives it.

"Thomas Whitaker, Halden's chief executive" when the story's chief executive is Priya Raman,
"Burgemeester Lien Vandenberghe" when she is a schepen, "met zijn vader Kees" when Kees is his
brother: every name and every title is in the story, so word-by-word checks pass them. A title
is read right before a name ("financieel directeur Joost van Dam", "schepen van Sport Lien
Vandenberghe", "zijn broer Kees") or right after it ("Priya Raman, Chief Executive Officer of
Halden", "Daniel Okoro, currently the trust's treasurer"). A post's title is flagged when the
story gives that person another title of the same family (a board, a town hall, a family), or
gives this title, one a single person holds, to someone else.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from app.checks.names import PERSON, Name, find_names

# Titles by what they mean, English and Dutch; each with its family. Only titles within one family
# exclude each other: a chief executive may be a founder too, a mayor no alderman.
_BOARD, _CIVIC, _ACADEMIC, _FAMILY = "board", "civic", "academic", "family"
ROLES: dict[str, tuple[str, tuple[str, ...]]] = {
    "ceo": (_BOARD, ("ceo", "chief executive", "chief executive officer", "algemeen directeur", "topman", "topvrouw",
                     "bestuursvoorzitter", "directeur-bestuurder", "president-directeur", "group chief executive")),
    "cfo": (_BOARD, ("cfo", "chief financial officer", "financieel directeur", "finance director", "financial director")),
    "coo": (_BOARD, ("coo", "chief operating officer", "operationeel directeur", "operations director",
                     "director of operations", "directeur bedrijfsvoering", "directeur operations")),
    "cto": (_BOARD, ("cto", "chief technology officer", "technisch directeur", "technical director")),
    "md": (_BOARD, ("managing director",)),
    "chair": (_BOARD, ("chair", "chairman", "chairwoman", "chairperson", "voorzitter")),
    "supervisory chair": (_BOARD, ("voorzitter van de raad van commissarissen", "voorzitter van de rvc",
                                   "rvc-voorzitter", "chair of the supervisory board")),
    "treasurer": (_BOARD, ("treasurer", "penningmeester")),
    "mayor": (_CIVIC, ("mayor", "lord mayor", "burgemeester")),
    "alderman": (_CIVIC, ("schepen", "wethouder", "alderman", "councillor", "cllr", "cllr.")),
    "deputy": (_CIVIC, ("gedeputeerde",)),
    "minister": (_CIVIC, ("minister",)),
    "professor": (_ACADEMIC, ("professor", "prof.", "prof", "hoogleraar")),
    "dean": (_ACADEMIC, ("dean", "decaan")),
    "rector": (_ACADEMIC, ("rector", "rector magnificus", "vice-chancellor")),
    "father": (_FAMILY, ("father", "vader", "dad")),
    "mother": (_FAMILY, ("mother", "moeder", "mum", "mom")),
    "brother": (_FAMILY, ("brother", "broer")),
    "sister": (_FAMILY, ("sister", "zus", "zuster")),
    "son": (_FAMILY, ("son", "zoon")),
    "daughter": (_FAMILY, ("daughter", "dochter")),
    "grandfather": (_FAMILY, ("grandfather", "grootvader", "opa", "granddad")),
    "grandmother": (_FAMILY, ("grandmother", "grootmoeder", "oma", "grandma")),
    "grandson": (_FAMILY, ("grandson", "kleinzoon")),
    "granddaughter": (_FAMILY, ("granddaughter", "kleindochter")),
}  # fmt: skip
# Titles one person holds at a time in a story's organisation.
SINGLE = frozenset({"ceo", "cfo", "coo", "cto", "md", "chair", "supervisory chair", "treasurer", "mayor", "rector", "dean"})
_FORMS = {form: role for role, (_, forms) in ROLES.items() for form in forms}
TITLE_FORMS = _FORMS  # every written form of a known title, with its meaning: "chief executive" -> "ceo"
_ROLE = "|".join(re.escape(form).replace(r"\ ", r"[\s\u00a0]+") for form in sorted(_FORMS, key=len, reverse=True))
_GAP = r"(?:[ \u00a0]*\n[ \u00a0]*|[ \u00a0]+)"  # a space, or a line wrapped in the middle of a sentence
# "schepen van Sport Lien Vandenberghe", "CEO Karin Lindqvist", "zijn broer Kees".
ROLE_BEFORE = re.compile(
    rf"(?<![\w-])(?P<role>{_ROLE})(?:{_GAP}(?:van|of|for)(?:{_GAP}(?:de|het|the))?(?:{_GAP}[^\W\d_][\w-]*)?)?,?{_GAP}$",
    re.IGNORECASE,
)
# "Priya Raman, Chief Executive Officer of Halden", "Daniel Okoro, currently the trust's treasurer".
ROLE_AFTER = re.compile(
    rf",{_GAP}(?:(?:currently|now|formerly|inmiddels|nu|also|ook){_GAP})?"
    rf"(?:(?:the|de|het|its|his|her|their|zijn|haar|hun|onze|our|[^\W\d_][\w&.-]*['’]s?){_GAP}){{0,2}}"
    rf"(?P<role>{_ROLE})(?![\w-])",
    re.IGNORECASE,
)
_WINDOW = 80


@dataclass(frozen=True)
class Role:
    person: tuple[str, ...]  # the name's normalised parts
    name: str
    role: str  # a key of ROLES
    title: str  # as written: "Chief Executive Officer"
    start: int  # where the title stands
    end: int


def find_roles(text: str, names: Iterable[Name] | None = None) -> Iterator[Role]:
    """Each title the text gives a person, right before or after the person's name."""
    for found in find_names(text) if names is None else names:
        name = found.with_first_word or found  # "directeur Jelle Hoekstra" at the start of a line
        if name.kind not in (PERSON, "") or not name.parts:
            continue
        before = ROLE_BEFORE.search(text, max(0, name.start - _WINDOW), name.start)
        if before:
            yield _role(name, before)
        after = ROLE_AFTER.match(text, name.end)
        if after:
            yield _role(name, after)


def _role(name: Name, match: re.Match[str]) -> Role:
    title = match["role"]
    role = _FORMS[re.sub(r"[\s\u00a0]+", " ", title.lower())]
    return Role(name.parts, name.text, role, title, match.start("role"), match.end("role"))


@dataclass(frozen=True)
class RoleSource:
    roles: tuple[Role, ...]

    @classmethod
    def of(cls, texts: Iterable[str], found_names: Iterable[list[Name]]) -> RoleSource:
        return cls(tuple(role for text, names in zip(texts, found_names) for role in find_roles(text, names)))

    def conflict(self, card: Role) -> Role | None:
        """The story's title that the card's contradicts, or None when the story allows it."""
        own = [known for known in self.roles if _same_person(card.person, known.person)]
        if any(known.role == card.role for known in own):
            return None
        family = ROLES[card.role][0]
        same_family = [known for known in own if ROLES[known.role][0] == family]
        if same_family:
            return same_family[0]  # "Burgemeester Lien Vandenberghe", the story's schepen
        if card.role in SINGLE:  # "Thomas Whitaker, chief executive": the story's is Priya Raman
            return next((known for known in self.roles if known.role == card.role), None)
        return None


def _same_person(card: tuple[str, ...], story: tuple[str, ...]) -> bool:
    """ "Zwinkels" or "Marieke Zwinkels" is the story's "Marieke Zwinkels"."""
    return bool(card) and all(part in story for part in card)

