"""Proper names in a text (people, organisations, places, products), and whether a source names them.

A name is a run of capitalised words ("Acme Robotics", "Jan de Vries", "Procter & Gamble"), one
word with a capital inside ("iPhone", "ASML"), or a town with its region ("Portland, Oregon").
A sentence's first word is a name when it is no ordinary word ("Maria organised…", "Lyon will…",
"Philips leverde…"); otherwise it only counts as part of a longer run, and is dropped again when
the rest of the run is a known name ("Yesterday Acme Robotics …"). Words on
`resources/checks/not_names.toml` never count, nor do lines in Title Case (headings), hashtags,
URLs or abbreviations of ordinary words ("HQ", "DC", "CFO").

Names are checked as whole entities: every word of a card's name must belong to one name of the
story, so "Jan Bakker" is flagged when the story has "Jan de Vries" and "Sanne Bakker", and
"Portland, Maine" when it has "Portland, Oregon". A first name or surname alone matches the
person it belongs to ("Jan", "De Vries", "Mr Bakker"); a legal form may be added or dropped
("Acme Robotics B.V." for "Acme Robotics"); an acronym matches the name it shortens.
"""

from __future__ import annotations

import difflib
import functools
import re
import tomllib
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources

from app.checks.lexicon import is_ordinary_word, known_names, town_regions
from app.language import DUTCH_STOP_WORDS, ENGLISH_STOP_WORDS
from app.voice import text as t

NAME = "name"
PERSON = "person"
ORGANISATION = "organisation"
PLACE = "place"

NAME_TOKEN = re.compile(r"(?<![\w&])[^\W\d_][\w&]*(?:['’.-][\w&]+)*\.?")  # not the "G" of "5G"
CONNECTORS = frozenset({"van", "de", "der", "den", "von", "of", "la", "le", "du", "da", "del", "ter", "ten", "het", "the", "te"})
NAME_GAPS = frozenset({" ", "\u00a0", " & "})
POSSESSIVE = re.compile(r"['’]s?$")
LOWER_PREFIX = re.compile(r"^(?:[^\W\d_A-Z]+-)+(?=[A-Z])")  # "post-COVID", "non-EU", "pre-Brexit"
SENTENCE_BREAK = re.compile(r"[.!?:;…\n\"“”]|(?:^|\s)[-–—•*>]\s")
WORD_PARTS = re.compile(r"[^\W_]+")
REGION_GAP = re.compile(r",[\s\u00a0]+$")
TITLE_CASE_STOP_WORDS = 2  # capitalised small words that make a line a heading
HEADING_MAX_CHARACTERS = 100
MIN_HINT_SIMILARITY = 0.5
PHRASE_SLACK = 2  # words a Title Case phrase may skip of the story's ("B Lab's impact assessment")
MAX_HINT_CANDIDATES = 300  # a hint is a courtesy: its cost stays bounded in a story of many names
# Dutch and English inflect names a little ("Eindhovense", "Acmes"): allow this many extra letters.
INFLECTION_LETTERS = 3


@dataclass(frozen=True)
class Name:
    text: str
    start: int
    end: int
    parts: tuple[str, ...]  # normalised words, connectors and legal forms left out
    # The run this name came from when a sentence's first word was dropped from it.
    with_first_word: Name | None = None
    kind: str = ""  # PERSON, ORGANISATION, PLACE or "" when the text does not say
    region: str = ""  # "oregon" in "Portland, Oregon"


@dataclass(frozen=True)
class _Token:
    text: str
    start: int
    end: int
    capitalised: bool
    sentence_start: bool


@functools.cache
def not_names() -> frozenset[str]:
    data = tomllib.loads((resources.files("resources") / "checks" / "not_names.toml").read_text(encoding="utf-8"))
    return frozenset(normalise(word) for word in data["words"]) | known_names().abbreviations


@functools.lru_cache(maxsize=8192)
def normalise(word: str) -> str:
    """Lower case, no accents, one kind of apostrophe: "Zoë" = "zoe", "Acme’s" = "acme's"."""
    folded = word.casefold().replace("’", "'")
    if folded.isascii():
        return folded
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@functools.lru_cache(maxsize=4096)
def name_parts(text: str) -> tuple[str, ...]:
    """ "Acme’s" -> acme; "U-M", "U.S." -> um, us (an acronym); "post-COVID" -> covid (a prefix is no name)."""
    bare = LOWER_PREFIX.sub("", POSSESSIVE.sub("", text))
    parts = tuple(normalise(part) for part in WORD_PARTS.findall(bare))
    if len(parts) >= 2 and all(len(part) == 1 for part in parts):
        return ("".join(parts),)
    return parts


def find_names(text: str, language: str = "") -> list[Name]:
    tokens = list(_tokens(text))
    skipped = bytearray(len(text))  # 1 where no name can be: URLs, hashtags, headings
    ranges = [(m.start(), m.end()) for m in t.URL_PATTERN.finditer(text)]
    ranges += [(span.start, span.end) for span in t.hashtags(text)]
    ranges += [(m.start(), m.end()) for m in t.MENTION_PATTERN.finditer(text)]
    ranges += _heading_lines(text, tokens)
    for start, end in ranges:
        skipped[start:end] = b"\x01" * (end - start)
    kept = [token for token in tokens if not skipped[token.start]]
    return _with_regions(text, list(_names_from_runs(text, kept, language)))


def _heading_lines(text: str, tokens: list[_Token]) -> list[tuple[int, int]]:
    """Lines in Title Case, such as "Big News For Our Team": small words capitalised mid-sentence."""
    capitalised_small_words: dict[int, int] = {}
    for token in tokens:
        if token.capitalised and not token.sentence_start and _is_stop_word(token.text) and not _always_capital(token.text):
            line_start = text.rfind("\n", 0, token.start) + 1
            capitalised_small_words[line_start] = capitalised_small_words.get(line_start, 0) + 1
    headings = []
    for line_start, count in capitalised_small_words.items():
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end == -1 else line_end
        if count >= TITLE_CASE_STOP_WORDS and line_end - line_start <= HEADING_MAX_CHARACTERS:
            headings.append((line_start, line_end))
    return headings


def _always_capital(word: str) -> bool:
    """ "I", "I'm": capitalised in every sentence, so no sign of a heading."""
    return word.lower().replace("’", "'").split("'")[0] == "i"


def _is_stop_word(word: str) -> bool:
    lowered = word.lower()
    return lowered in ENGLISH_STOP_WORDS or lowered in DUTCH_STOP_WORDS


def _is_capitalised(word: str) -> bool:
    """ "Acme", "iPhone", "ASML": a capital anywhere."""
    return word != word.lower()


def _tokens(text: str) -> Iterator[_Token]:
    previous_end = 0
    for match in NAME_TOKEN.finditer(text):
        word = match.group()
        end = match.end()
        if word[-1] == "." and not _abbreviation_with_dot(word):
            word, end = word[:-1], end - 1  # a full stop, not part of the word
        gap = text[previous_end : match.start()]
        # A sentence starts at the text's start, after . ! ? : ; … a quote, a bullet or a new line.
        sentence_start = previous_end == 0 or _ends_sentence(text, previous_end) or (
            gap != " " and bool(SENTENCE_BREAK.search(gap)) and not _soft_wrapped(text, previous_end, gap)
        )
        previous_end = end
        yield _Token(word, match.start(), end, _is_capitalised(word), sentence_start)


def _soft_wrapped(text: str, start: int, gap: str) -> bool:
    return gap.strip(" \u00a0") == "\n" and _soft_wrap(text, start)


def _abbreviation_with_dot(word: str) -> bool:
    """ "B.V.", "N.V.", "Inc.": the dot belongs to the word."""
    return "." in word[:-1] or normalise(word) in known_names().legal_forms


def _ends_sentence(text: str, end: int) -> bool:
    return end > 0 and text[end - 1] == "."


def _in_name_gap(text: str, start: int, end: int) -> bool:
    """May a name run on over text[start:end]: a space, " & ", or a line wrapped in the middle of a sentence?"""
    gap = text[start:end]
    return gap in NAME_GAPS or _soft_wrapped(text, start, gap)


# A line this long that ends without punctuation was wrapped by a mail or PDF ("the National Institutes
# / of Health"), not ended: the sentence and a name in it run on.
SOFT_WRAP_MIN_LINE = 50


def _soft_wrap(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    line = text[line_start:start].rstrip(" \u00a0")
    return len(line) >= SOFT_WRAP_MIN_LINE and line[-1:].isalnum()


def _runs(text: str, tokens: list[_Token]) -> Iterator[list[_Token]]:
    """Capitalised words next to each other, with connectors ("van der", "of") between them."""
    index = 0
    while index < len(tokens):
        if not tokens[index].capitalised:
            index += 1
            continue
        run = [tokens[index]]
        index += 1
        while (
            index < len(tokens)
            and _in_name_gap(text, run[-1].end, tokens[index].start)
            and not POSSESSIVE.search(run[-1].text)  # "Acme's Eindhoven plant": two names
        ):
            token = tokens[index]
            if token.capitalised and not token.sentence_start:
                run.append(token)
                index += 1
                continue
            connectors = _connectors_then_name(text, tokens, index)
            if not connectors:
                break
            run.extend(connectors)
            index += len(connectors)
        yield run


def _connectors_then_name(text: str, tokens: list[_Token], index: int) -> list[_Token]:
    """ "van der Berg" after "Jan": the connectors and the capitalised word, or [] if none."""
    taken = []
    while index < len(tokens) and tokens[index].text.lower() in CONNECTORS and not tokens[index].capitalised:
        taken.append(tokens[index])
        index += 1
        if index >= len(tokens) or not _in_name_gap(text, taken[-1].end, tokens[index].start):
            return []
    if taken and index < len(tokens) and tokens[index].capitalised:
        return [*taken, tokens[index]]
    return []


def _names_from_runs(text: str, tokens: list[_Token], language: str) -> Iterator[Name]:
    known = known_names()
    for run in _runs(text, tokens):
        # After a greeting ("Dear Network,", "Hi Team") the next word still starts the sentence;
        # after a small word ("The Acme plant", "Our CEO Maria") it is a name.
        starts_sentence = run[0].sentence_start and not _is_stop_word(run[0].text)
        person_cue = False
        while run and (_not_a_name(run[0].text) or normalise(run[0].text) in known.person_titles):
            person_cue = person_cue or normalise(run[0].text) in known.person_titles
            starts_sentence = starts_sentence and not _is_stop_word(run[0].text)
            run = run[1:]
        while run and (_not_a_name(run[-1].text) or run[-1].text.lower() in CONNECTORS):
            run = run[:-1]
        if not run:
            continue
        person_cue = person_cue or _title_before(text, run[0].start)
        full = _name(text, run, person_cue)
        if not full.parts:
            continue
        if not (starts_sentence and run[0].sentence_start):
            yield full
            continue
        first = run[0].text
        if _name_like(first, language):
            yield full  # "Maria organised", "Jan Bakker said", "Lyon will"
            continue
        rest = run[1:]
        while rest and rest[0].text.lower() in CONNECTORS:
            rest = rest[1:]
        if rest:  # "Yesterday Acme Robotics": the sentence's first word is an ordinary word
            yield Name(**{**_name(text, rest, person_cue).__dict__, "with_first_word": full})


def _name_like(word: str, language: str) -> bool:
    """May a capitalised word that opens a sentence be a name? Not when it is an ordinary word."""
    bare = POSSESSIVE.sub("", word)
    if len(bare) < 2 or not bare[0].isupper():
        return False
    if bare.isupper() and len(bare) <= 5:
        return normalise(bare) not in not_names() and not is_ordinary_word(bare, language)  # "ASML leverde"
    return not is_ordinary_word(bare, language)


_WORD_BEFORE = re.compile(r"([^\W\d_][\w.'’-]*)[\s\u00a0]+$")


def _title_before(text: str, start: int) -> bool:
    """ "CEO Jan", "mevrouw Bakker", "our colleague Maria": a person's title right before the name."""
    before = _WORD_BEFORE.search(text[max(0, start - 30) : start])
    return before is not None and normalise(before.group(1).rstrip(".")) in known_names().person_titles


def _not_a_name(word: str) -> bool:
    bare = POSSESSIVE.sub("", word).rstrip(".")
    return normalise(bare) in not_names() or _is_stop_word(bare)


def _name(text: str, run: list[_Token], person_cue: bool = False) -> Name:
    start, end = run[0].start, run[-1].end
    shown = POSSESSIVE.sub("", text[start:end])
    legal = _legal_positions(run)
    parts = tuple(
        part
        for index, token in enumerate(run)
        if token.text.lower() not in CONNECTORS and index not in legal
        for part in name_parts(token.text)
    )
    return Name(shown, start, start + len(shown), parts, kind=_kind(run, parts, person_cue, bool(legal)))


LEADING_LEGAL_FORMS = frozenset({"koninklijke", "royal"})


def _legal_positions(run: list[_Token]) -> set[int]:
    """Where a legal form stands: at the end ("Acme Robotics B.V.", "Acme Holding N.V.") or, for
    "Koninklijke" and "Royal", in front. "As Helen Marsh" opens with a word, not a Norwegian AS."""
    legal = known_names().legal_forms
    positions = set()
    for index in range(len(run) - 1, 0, -1):
        if normalise(run[index].text) not in legal:
            break
        positions.add(index)
    if len(run) > 1 and normalise(run[0].text) in LEADING_LEGAL_FORMS:
        positions.add(0)
    return positions


def _kind(run: list[_Token], parts: tuple[str, ...], person_cue: bool, legal_form: bool = False) -> str:
    known = known_names()
    words = [normalise(token.text) for token in run]
    if legal_form or any(word in known.organisation_words for word in words):
        return ORGANISATION
    joined = " ".join(parts)
    if joined in known.organisations:
        return ORGANISATION
    if person_cue or (parts and parts[0] in known.first_names and len(parts) >= 1):
        return PERSON
    if joined in known.places or joined in known.regions:
        return PLACE
    return ""


def _with_regions(text: str, names: list[Name]) -> list[Name]:
    """ "Portland, Oregon", "PORTLAND, Ore.": a town and its region become one place."""
    known = known_names()
    merged: list[Name] = []
    for name in names:
        previous = merged[-1] if merged else None
        joined = " ".join(name.parts)
        region = known.region_abbreviations.get(
            joined, joined if joined in known.regions or joined in town_regions().names else ""
        )
        if (
            previous is not None
            and region
            and not previous.region
            and REGION_GAP.search(text[previous.end : name.start])
            and previous.end + 4 >= name.start
        ):
            full = previous.with_first_word  # "ANN ARBOR, Mich.": the town's first word too
            merged[-1] = Name(
                text[previous.start : name.end], previous.start, name.end, previous.parts, kind=PLACE, region=region,
                with_first_word=None if full is None else Name(
                    text[full.start : name.end], full.start, name.end, full.parts, kind=PLACE, region=region
                ),
            )  # fmt: skip
            continue
        merged.append(name)
    return merged


@dataclass(frozen=True)
class _Entity:
    text: str
    parts: tuple[str, ...]
    kind: str
    region: str


@dataclass(frozen=True)
class NameSource:
    """The names and words of the story and notes, prepared once for many lookups."""

    words: frozenset[str]
    lower_words: frozenset[str]  # words the source writes in lower case: ordinary words there
    entities: tuple[_Entity, ...]
    sequence: str  # the source's words in order, for names the source writes without capitals
    stems: frozenset[str] = frozenset()  # the source's words less an ending: "european" -> "europe"
    words_in_order: tuple[str, ...] = ()
    # Initials of the source's runs of capitalised words, ordinary words included: "ec" for the
    # "European Commission", whose name part is only "Commission".
    run_initials: frozenset[str] = frozenset()

    @functools.cached_property
    def initials(self) -> frozenset[str]:
        """ "arr" for "annual recurring revenue": worked out only when a card has an acronym."""
        return _initials(list(self.words_in_order))

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(entity.text for entity in self.entities)

    @classmethod
    def of(cls, texts: Iterable[str]) -> NameSource:
        words: set[str] = set()
        lower: set[str] = set()
        entities: dict[str, _Entity] = {}
        sequence = []
        for text in texts:
            for part in WORD_PARTS.findall(text):
                folded = normalise(part)
                words.add(folded)
                sequence.append(folded)
                if part == part.lower():
                    lower.add(folded)
            sequence.append("|")
            for found in find_names(text):
                name = found.with_first_word or found
                entities.setdefault(name.text, _Entity(name.text, name.parts, name.kind, name.region))
        stems = frozenset(
            word[:-cut] for word in words for cut in range(1, INFLECTION_LETTERS + 1) if len(word) - cut >= 4
        )
        run_initials = frozenset(initials for text in texts for initials in _capitalised_run_initials(text))
        return cls(
            frozenset(words), frozenset(lower), tuple(entities.values()), " " + " ".join(sequence) + " ", stems,
            tuple(sequence), run_initials,
        )  # fmt: skip

    def unknown(self, name: Name) -> Name | None:
        """The name to flag (`name`, or the whole run it came from when that is the mix), or None."""
        if self.knows(name):
            return None
        full = name.with_first_word
        return full if full is not None and self._is_name_part(full.parts[0]) else name

    def knows(self, name: Name) -> bool:
        if name.with_first_word is not None:
            if self.knows(name.with_first_word):
                return True
            if self._is_name_part(name.with_first_word.parts[0]):
                return False  # "Carla Olsen": the first word is a name of the story too, so the whole is mixed
        if not name.parts:
            return True
        if " & " in name.text:  # "Ethiopia & Peru", "Tom & Eleanor": names of the story, each whole
            sides = [Name(side, name.start, name.end, name_parts(side)) for side in name.text.split(" & ") if side.strip()]
            if all(self.knows(side) and not self._fragment(side.parts) for side in sides):
                return True
        holders = self._holders(name.parts)
        if name.region:
            return self._knows_place(name, holders)
        if any(_compatible(name.kind, entity.kind) for entity in holders):
            return True
        if holders:
            return False  # "Maria" the person, where the story has only "Santa Maria" the hospital
        if len(name.parts) == 1:
            part = name.parts[0]
            return self._knows_word(part) or self._acronym(part)
        # A name the story writes as plain words ("the eindhoven campus") or as one run.
        if f" {' '.join(name.parts)} " in self.sequence:
            return True
        return self._with_place(name.parts) or self._phrase(name) or self._short_form(name.parts)

    def _phrase(self, name: Name) -> bool:
        """ "B Impact Assessment" for "B Lab's impact assessment": the story's words, close together and
        in order, some of them ordinary words there. Never a person's name: "Tom Price" from "Tom and
        Eleanor Price" may be a mix."""
        parts = name.parts
        if name.kind == PERSON or not any(part in self.lower_words for part in parts):
            return False
        people = known_names().first_names
        if any(part in people or self._person_part(part) for part in parts):
            return False
        window = len(parts) + PHRASE_SLACK
        for start in self._positions.get(parts[0], ()):
            rest = iter(self.words_in_order[start + 1 : start + window])
            if all(any(_same_word(part, word) for word in rest) for part in parts[1:]):
                return True
        return False

    @functools.cached_property
    def _positions(self) -> dict[str, tuple[int, ...]]:
        positions: dict[str, list[int]] = {}
        for index, word in enumerate(self.words_in_order):
            positions.setdefault(word, []).append(index)
        return {word: tuple(found) for word, found in positions.items()}

    def _short_form(self, parts: tuple[str, ...]) -> bool:
        """ "TU Eindhoven" for "Technische Universiteit Eindhoven", "UZ Gent" for "Universitair Ziekenhuis
        Gent": the initials of a story name's first words, then its other words."""
        first, rest = parts[0], parts[1:]
        if not 2 <= len(first) <= 5 or not rest:
            return False
        for entity in self._holders(rest):
            cut = len(entity.parts) - len(rest)
            if cut >= len(first) and "".join(word[0] for word in entity.parts[:cut]) == first:
                return all(_same_word(a, b) for a, b in zip(rest, entity.parts[cut:]))
        return False

    def _with_place(self, parts: tuple[str, ...]) -> bool:
        """ "Stedelijk Lyceum Zwolle", "Rijnstate Arnhem": a known name and a known place of the story."""
        for cut in range(1, len(parts)):
            head, tail = parts[:cut], parts[cut:]
            heads = self._holders(head)
            tails = self._holders(tail)
            if heads and tails and any(e.kind == PLACE for e in heads + tails):
                if not any(e.kind == PERSON for e in heads + tails):
                    return True
        return False

    @functools.cached_property
    def _by_key(self) -> dict[str, tuple[_Entity, ...]]:
        """The entities with a word of each key (see `_word_key`): a name is compared with these only,
        not with every name of a story that has thousands."""
        index: dict[str, list[_Entity]] = {}
        for entity in self.entities:
            for key in {_word_key(part) for part in entity.parts}:
                index.setdefault(key, []).append(entity)
        return {key: tuple(entities) for key, entities in index.items()}

    def _holders(self, parts: tuple[str, ...]) -> list[_Entity]:
        """The source's entities that have every word of `parts` (in some inflection)."""
        if not parts:
            return list(self.entities)
        return [entity for entity in self._by_key.get(_word_key(parts[0]), ()) if self._within(parts, entity.parts)]

    def _fragment(self, parts: tuple[str, ...]) -> bool:
        """Are `parts` only a piece of a longer name of an organisation or place of the story ("Procter"
        of "Procter & Gamble")? A first name alone may stand for its person."""
        holders = self._holders(parts)
        return bool(holders) and all(
            len(e.parts) > len(parts) and (e.kind in (ORGANISATION, PLACE) or "&" in e.text) for e in holders
        )

    def _person_part(self, word: str) -> bool:
        return any(entity.kind == PERSON and word in entity.parts for entity in self._by_key.get(_word_key(word), ()))

    def _is_name_part(self, word: str) -> bool:
        """Does the source use `word` only as (part of) a name of a person?"""
        return word not in self.lower_words and any(
            entity.kind != PLACE and word in entity.parts and len(entity.parts) >= 2
            for entity in self._by_key.get(_word_key(word), ())
        )

    def _knows_place(self, name: Name, holders: list[_Entity]) -> bool:
        """ "Portland, Oregon": the story's Portland must not be in another region."""
        regions = {entity.region for entity in holders if entity.region}
        if regions:
            return name.region in regions
        town = " ".join(name.parts)
        known_regions = known_names().city_regions.get(town)
        if known_regions is None and name.region in town_regions().names:
            known_regions = town_regions().of_town.get(town)  # "Brugge, Nederland": Brugge is in Belgium
        if known_regions is not None:
            # "Salt Lake City, Colorado": the town is elsewhere; "Salt Lake City, Utah" is right.
            return bool(holders) and name.region in known_regions
        return bool(holders or all(self._knows_word(part) for part in name.parts)) and self._knows_word(
            name.region.split()[-1]
        )

    def _within(self, parts: tuple[str, ...], entity_parts: tuple[str, ...]) -> bool:
        return all(any(_same_word(part, other) for other in entity_parts) for part in parts)

    def _knows_word(self, part: str) -> bool:
        if part in self.words or part in self.stems:
            return True
        # "Eindhovense" for "Eindhoven"; but "Delft" is no "de" with an ending: at least four letters stay.
        return any(part[:-cut] in self.words for cut in range(1, INFLECTION_LETTERS + 1) if len(part) - cut >= 4)

    def _acronym(self, part: str) -> bool:
        """ "TUE" for "Technische Universiteit Eindhoven", "ARR" for "annual recurring revenue"."""
        return len(part) >= 2 and (
            part in self.initials or part in self.run_initials or part in self._entity_initials
        )

    @functools.cached_property
    def _entity_initials(self) -> frozenset[str]:
        return frozenset("".join(word[0] for word in entity.parts) for entity in self.entities if len(entity.parts) >= 2)

    def nearest(self, name: Name) -> str:
        """The source name most like `name`, or "" when none is alike."""
        best, best_ratio = "", MIN_HINT_SIMILARITY
        matcher = difflib.SequenceMatcher(None, normalise(name.text))
        for candidate in self.names[:MAX_HINT_CANDIDATES]:  # the story's main names come first
            matcher.set_seq2(normalise(candidate))
            # The cheap upper bounds first, as difflib.get_close_matches does: same result, a
            # fraction of the time when a story has hundreds of names.
            if matcher.real_quick_ratio() <= best_ratio or matcher.quick_ratio() <= best_ratio:
                continue
            ratio = matcher.ratio()
            if ratio > best_ratio:
                best, best_ratio = candidate, ratio
        return best


_SMALL_WORDS = frozenset({"of", "and", "for", "the", "van", "de", "voor", "en", "het", "der"})
CAPITALISED_RUN = re.compile(
    r"(?<![\w'’])[A-Z][^\W_]*(?:[ \u00a0]+(?:(?:of|for|and|the|van|voor|en|de|der|&)[ \u00a0]+)?[A-Z][^\W_]*){1,5}"
)


def _capitalised_run_initials(text: str) -> Iterator[str]:
    for match in CAPITALISED_RUN.finditer(text):
        words = match.group().split()
        yield "".join(word[0] for word in words if word[0].isupper()).lower()
        yield "".join(word[0] for word in words if word != "&").lower()


def _initials(sequence: list[str]) -> frozenset[str]:
    """The initials of every run of three to five words, small words skipped or kept."""
    found: set[str] = set()
    for start in range(len(sequence)):
        letters, kept = "", ""
        for word in sequence[start : start + 7]:
            if word == "|" or not word[0].isalpha():
                break
            kept += word[0]
            if word not in _SMALL_WORDS:
                letters += word[0]
            # Three letters or more: two-letter initials match nearly anything ("HQ" and "DC" are listed).
            if 3 <= len(letters) <= 5:
                found.add(letters)
            if 3 <= len(kept) <= 5:
                found.add(kept)
    return frozenset(found)


def _word_key(word: str) -> str:
    """Words `_same_word` may take for one another share this key: their first four letters (the
    shorter of two inflections has at least four), or the whole of a shorter word."""
    return word[:4]


def _same_word(part: str, other: str) -> bool:
    if part == other:
        return True
    longer, shorter = (part, other) if len(part) > len(other) else (other, part)
    return len(shorter) >= 4 and longer.startswith(shorter) and len(longer) - len(shorter) <= INFLECTION_LETTERS


def _compatible(a: str, b: str) -> bool:
    """Kinds conflict only when both are known: a person is no place and no company."""
    return not a or not b or a == b or PERSON not in (a, b)
