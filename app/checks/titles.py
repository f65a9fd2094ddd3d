"""Who does what, in any words: a job title or a deed the story gives one person, given to another.

`app.checks.roles` knows the titles of boards, town halls and families by meaning, across
languages. People have many more titles ("curator", "head nurse", "site manager", "chef-kok",
"hoofd van het datateam") and do things the story tells of ("Lena Vos led the project"). A careful
editor checks each of them against what the story says of that person:

- a title right before a name ("Museum director Hanna Berg") or after it (", head of our design
  team,") must be in the words the story puts around that person's name; when the story gives the
  person no title, the post's is flagged only when the story gives it to someone else;
- a deed ("Ravi Patel, who led the project", "Sam Ng chairs the advisory board") is flagged when
  its words are what the story says another person did, and not what it says of this one.

Words agree by their stem ("heads" = "head"), so "who heads the data team" backs "head of our
data team". A title is a run of lowercase words with a job word among them; deeds need two words.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from app.checks.names import PERSON, Name
from app.checks.roles import TITLE_FORMS

_JOBS = frozenset(
    """
    director manager officer chef cook nurse curator founder co-founder cofounder clerk head lead leader secretary
    president chair chairman chairwoman chairperson engineer analyst coordinator partner editor designer developer
    teacher principal doctor surgeon consultant adviser advisor specialist supervisor owner architect scientist
    researcher professor dean treasurer mayor councillor spokesperson spokesman spokeswoman captain coach trainer
    pilot farmer baker buyer planner recruiter controller accountant lawyer counsel intern trainee apprentice
    volunteer ambassador administrator executive technician mechanic operator foreman inspector auditor librarian
    pharmacist therapist physician midwife caretaker receptionist assistant deputy ceo cfo coo cto cio vp
    directeur hoofd oprichter medeoprichter verpleegkundige conservator voorzitter secretaris kok teamleider
    coördinator adviseur eigenaar wethouder burgemeester schepen hoogleraar decaan arts chirurg docent leraar
    lerares onderzoeker ingenieur ontwerper ontwikkelaar woordvoerder woordvoerster penningmeester bestuurder
    bedrijfsleider inkoper monteur technicus stagiair vrijwilliger ambassadeur kapitein boer bakker jurist
    advocaat assistent medewerker analist wetenschapper bibliothecaris apotheker therapeut verloskundige
    conciërge directrice opzichter voorman inspecteur souschef
    """.split()
)
# Dutch compounds end in their job: "museumdirecteur", "hoofdverpleegkundige", "preventiemedewerker".
_COMPOUND_JOBS = tuple(
    sorted(
        {"directeur", "manager", "medewerker", "verpleegkundige", "leider", "voorzitter", "secretaris", "adviseur",
         "coördinator", "kok", "chef", "hoofd", "eigenaar", "oprichter", "ontwerper", "ontwikkelaar", "beheerder"},
        key=len, reverse=True,
    )
)  # fmt: skip
# Words that carry no meaning of their own in a title or a deed.
_FILLER = frozenset(
    """
    the a an our its his her their my your of for at in on to by with and or who which that is was are were has had
    have new former current currently now also then this these own de het een onze ons zijn haar hun mijn van voor
    bij in op aan met en of die dat wie is was zijn werd wordt heeft had nieuwe huidige voormalig nu ook dit deze
    eigen
    """.split()
)
# Where a title before a name stops: "the study with head nurse Tom Field".
_BREAK = frozenset(
    "and with by to from than as or but when while after before since, en met door aan naar dan als of maar toen "
    "terwijl na voor sinds samen said says zegt zei vertelt told aldus".split()
)
_HONORIFICS = re.compile(r"(?:\b(?:dr|prof|mr|mrs|ms|dhr|mevr|ir|drs|ing)\.?[\s\u00a0]+)+$", re.IGNORECASE)
_WORDS_BEFORE = re.compile(r"(?:[^\W\d_][\w'’-]*[\s\u00a0]+){1,6}$")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_CLAUSE_AFTER = re.compile(
    r"(?P<comma>,[\s\u00a0]*)?(?P<rel>(?:who|which|die|dat)[\s\u00a0]+)?(?P<words>[^,.;:!?()\n\"“”]{1,80})"
)
# A line break starts a sentence only after punctuation or a blank line: stories come hard-wrapped.
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]|[^\w,\s][ \u00a0]*\n|\n[ \u00a0]*\n)[\s\u00a0\"“(]*$")
_WINDOW = 60
_OF = frozenset({"of", "van", "for", "voor"})
_MAX_TITLE_WORDS, _MAX_MODIFIERS = 5, 2
# A deed starts with its verb, not a preposition ("Lindhad in 2016 with Omar Haddad").
_NOT_A_VERB = frozenset("in op at on with met van of for voor bij from uit to naar and en or als as".split())
MIN_DEED_WORDS = 2


def _stem(word: str) -> str:
    word = word.lower().strip("'’-")
    if word.endswith(("'s", "’s")):
        word = word[:-2]
    return word[:5]


# A known title in any of its forms is one word: "chief executive" = "CEO" = "topman".
_KNOWN_TITLE = re.compile(
    r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in sorted(TITLE_FORMS, key=len, reverse=True)) + r")(?![\w-])"
)


def _content(words: Iterable[str]) -> tuple[str, ...]:
    phrase = _KNOWN_TITLE.sub(lambda m: TITLE_FORMS[m.group()].replace(" ", "_"), " ".join(w.lower() for w in words))
    content: list[str] = []
    for word in phrase.split():
        if word in _FILLER or len(word) < 2:
            continue
        if "_" in word:
            content.append(word)
            continue
        job = next((j for j in _COMPOUND_JOBS if word.endswith(j) and len(word) > len(j) + 2), None)
        if job is not None:  # "fabrieksdirecteur": a factory's director
            content += [_stem(word[: -len(job)]), _stem(job)]
        else:
            content.append(_stem(word))
    return tuple(content)


def _is_job(word: str) -> bool:
    lowered = word.lower()
    if lowered in _JOBS:
        return True
    parts = lowered.split("-")
    if len(parts) > 1 and any(part in _JOBS for part in parts):
        return True  # "sous-chef", "chef-kok"
    return any(lowered.endswith(job) and len(lowered) > len(job) + 2 for job in _COMPOUND_JOBS)


@dataclass(frozen=True)
class Said:
    """What a text says of one person: a title or a deed, in content words."""

    person: tuple[str, ...]
    name: str
    words: tuple[str, ...]
    title: bool  # a title ("head nurse") or a deed ("led the project")
    start: int
    end: int
    text: str = ""  # as written, with the name


def _full(name: Name) -> Name:
    """ "Amal Reza" for the "Reza" of "Dr. Amal Reza", but "Hanna Berg" for "Curator Hanna Berg"."""
    longer = name.with_first_word
    if longer is not None and not _is_job(longer.text.split()[0]):
        return longer
    return name


def said_of(text: str, names: Iterable[Name]) -> Iterator[Said]:
    """The titles and deeds `text` gives each person it names."""
    for found in names:
        if found.kind not in (PERSON, "") or not found.parts:
            continue
        name = _full(found)
        yield from _title_before(text, name)
        yield from _after(text, name)


def _title_before(text: str, name: Name) -> Iterator[Said]:
    start = name.start
    honorific = _HONORIFICS.search(text, max(0, start - 20), start)
    if honorific:
        start = honorific.start()
    run = _WORDS_BEFORE.search(text, max(0, start - _WINDOW), start)
    if run is None:
        return
    words = [(m.start(), m.group()) for m in _WORD.finditer(text, run.start(), start)]
    title: list[tuple[int, str]] = []
    last = len(words) - 1
    if words and words[-1][1][:1].isupper() and not _is_job(words[-1][1]) and len(words) > 1:
        last -= 1  # a first name the name reader left out ("Mei Lin": "mei" is May in Dutch)
    bounded = False  # whether the title's first word follows a boundary: a sentence start, "with", a comma
    for index in range(last, -1, -1):
        position, word = words[index]
        at_start = bool(_SENTENCE_START.search(text, max(0, position - 4), position))
        # "head of quality Anna Kowalski", "hoofd van het datateam": "of" only after a job.
        of = word.lower() in _OF and not (index and _is_job(words[index - 1][1]))
        if of or word.lower() in _BREAK or (word[:1].isupper() and not at_start and not _is_job(word)):
            bounded = True
            break
        title.insert(0, (position, word))
        if at_start or len(title) >= _MAX_TITLE_WORDS:
            bounded = at_start
            break
    else:
        bounded = bool(title) and text[max(0, title[0][0] - 3) : title[0][0]].strip()[-1:] in ("", ",", ";", "(", "–", "—", '"', "“", "”", "'")
    jobs = [i for i, (_, word) in enumerate(title) if _is_job(word)]
    if jobs:
        # "chief medical officer"; but "14 april komt burgemeester": no words before the job that run on.
        title = title[jobs[0] :] if jobs[0] > _MAX_MODIFIERS or not bounded else title
        begin = title[0][0]
        yield Said(name.parts, name.text, _content(w for _, w in title), True, begin, name.end, text[begin : name.end])


def _after(text: str, name: Name) -> Iterator[Said]:
    match = _CLAUSE_AFTER.match(text, name.end)
    if match is None:
        return
    words = _WORD.findall(match["words"])
    if match["comma"] and not match["rel"]:
        if any(_is_job(word) for word in words):  # ", head of our design team,"
            yield Said(
                name.parts, name.text, _content(words), True, match.start("words"), match.end("words"),
                f"{name.text}, {match['words'].strip()}",
            )  # fmt: skip
        return
    if not (name.kind == PERSON or (name.kind == "" and len(name.parts) > 1)) or not words or words[0].lower() in _NOT_A_VERB or words[0][:1].isupper():
        return
    cut = next((i for i, word in enumerate(words) if word.lower() in _BREAK), len(words))
    words = words[:cut]  # "presented the study", not "with head nurse Tom Field"
    if match["comma"] or match["words"][:1].isspace():  # ", who led the project"; "Lena Vos wrote the software"
        content = _content(w for w in words if not w[:1].isupper())  # what was done, not with whom
        if content:
            yield Said(name.parts, name.text, content, False, name.start, match.end(), text[name.start : match.end()].strip())


def _backed(words: Iterable[str], known: Iterable[str]) -> bool:
    pool = set(known)
    return all(word in pool or any(k.startswith(word) or word.startswith(k) for k in pool if len(k) >= 4) for word in words)


@dataclass(frozen=True)
class TitleSource:
    said: tuple[Said, ...]

    @classmethod
    def of(cls, texts: Iterable[str], found_names: Iterable[list[Name]]) -> TitleSource:
        return cls(tuple(s for text, names in zip(texts, found_names) for s in said_of(text, names)))

    def conflict(self, card: Said) -> Said | None:
        """The story's title or deed of someone else that the card gives this person, or the
        story's own title for this person that the card's contradicts; None when the story allows it."""
        if not card.words or (not card.title and len(card.words) < MIN_DEED_WORDS):
            return None
        own = [s for s in self.said if _same_person(card.person, s.person)]
        others = [s for s in self.said if not _same_person(card.person, s.person) and not _same_person(s.person, card.person)]
        own_words = [w for s in own for w in s.words]
        if card.title:
            # The story describes this person's position ("curator", "who heads the data team"), and
            # the post's title is not in those words ("museum director", "head of our design team").
            describing = [s for s in own if s.title or any(_backed((w,), s.words) for w in card.words)]
            if describing:
                return None if _backed(card.words, own_words) else describing[0]
            return next((s for s in others if s.title and _backed(card.words, s.words)), None)
        if not any(not s.title for s in own) or _backed(card.words, own_words):
            return None  # a swap only: the story tells what this person did, and it is not this
        return next((s for s in others if not s.title and _backed(card.words, s.words)), None)


def _same_person(card: tuple[str, ...], story: tuple[str, ...]) -> bool:
    return bool(card) and all(part in story for part in card)
