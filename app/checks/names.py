"""Proper names in a text (people, places, companies, products), and whether a source names them.

A name is a run of capitalised words ("Acme Robotics", "Jan de Vries", "Procter & Gamble"), or
one word with a capital inside ("iPhone", "ASML"). Because every sentence starts with a capital,
a sentence's first word only counts as part of a longer run, and is dropped again when the rest of
the run is a known name ("Yesterday Acme Robotics …"). Words on `resources/checks/not_names.toml`
never count, nor do lines in Title Case (headings), hashtags or URLs.

A name is known when each of its words appears in the source, in any case: so "Acme" matches
"Acme Robotics", "Acme's" matches "Acme", and "the Board" matches "the board".
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

from app.language import DUTCH_STOP_WORDS, ENGLISH_STOP_WORDS
from app.voice import text as t

NAME_TOKEN = re.compile(r"(?<!\w)[^\W\d_][\w&]*(?:['’.-][\w&]+)*")  # not the "G" of "5G"
CONNECTORS = frozenset({"van", "de", "der", "den", "von", "of", "la", "le", "du", "da", "del", "ter", "ten", "het", "the"})
NAME_GAPS = frozenset({" ", "\u00a0", " & "})
POSSESSIVE = re.compile(r"['’]s?$")
SENTENCE_BREAK = re.compile(r"[.!?:;…\n]")
WORD_PARTS = re.compile(r"[^\W_]+")
TITLE_CASE_STOP_WORDS = 2  # capitalised small words that make a line a heading
HEADING_MAX_CHARACTERS = 100
MIN_HINT_SIMILARITY = 0.5
MAX_HINT_CANDIDATES = 300  # a hint is a courtesy: its cost stays bounded in a story of many names
# Dutch and English inflect names a little ("Eindhovense", "Acmes"): allow this many extra letters.
INFLECTION_LETTERS = 3


@dataclass(frozen=True)
class Name:
    text: str
    start: int
    end: int
    parts: tuple[str, ...]  # normalised words, connectors left out
    # The run this name came from when a sentence's first word was dropped from it.
    with_first_word: Name | None = None


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
    return frozenset(normalise(word) for word in data["words"])


def normalise(word: str) -> str:
    """Lower case, no accents, one kind of apostrophe: "Zoë" = "zoe", "Acme’s" = "acme's"."""
    folded = word.casefold().replace("’", "'")
    if folded.isascii():
        return folded
    decomposed = unicodedata.normalize("NFKD", folded)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def name_parts(text: str) -> tuple[str, ...]:
    return tuple(normalise(part) for part in WORD_PARTS.findall(POSSESSIVE.sub("", text)))


def find_names(text: str) -> list[Name]:
    tokens = list(_tokens(text))
    skipped = bytearray(len(text))  # 1 where no name can be: URLs, hashtags, headings
    ranges = [(m.start(), m.end()) for m in t.URL_PATTERN.finditer(text)]
    ranges += [(span.start, span.end) for span in t.hashtags(text)]
    ranges += _heading_lines(text, tokens)
    for start, end in ranges:
        skipped[start:end] = b"\x01" * (end - start)
    kept = [token for token in tokens if not skipped[token.start]]
    return list(_names_from_runs(text, kept))


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
        gap = text[previous_end : match.start()]
        # A sentence starts at the text's start, after . ! ? : ; … or at a new line.
        sentence_start = previous_end == 0 or (gap != " " and bool(SENTENCE_BREAK.search(gap)))
        previous_end = match.end()
        word = match.group()
        yield _Token(word, match.start(), match.end(), _is_capitalised(word), sentence_start)


def _runs(text: str, tokens: list[_Token]) -> Iterator[list[_Token]]:
    """Capitalised words next to each other, with connectors ("van der", "of") between them."""
    index = 0
    while index < len(tokens):
        if not tokens[index].capitalised:
            index += 1
            continue
        run = [tokens[index]]
        index += 1
        while index < len(tokens) and text[run[-1].end : tokens[index].start] in NAME_GAPS:
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
        if index >= len(tokens) or text[taken[-1].end : tokens[index].start] not in NAME_GAPS:
            return []
    if taken and index < len(tokens) and tokens[index].capitalised:
        return [*taken, tokens[index]]
    return []


def _names_from_runs(text: str, tokens: list[_Token]) -> Iterator[Name]:
    for run in _runs(text, tokens):
        # After a greeting ("Dear Network,", "Hi Team") the next word still starts the sentence;
        # after a small word ("The Acme plant", "Our CEO Maria") it is a name.
        starts_sentence = run[0].sentence_start and not _is_stop_word(run[0].text)
        while run and _not_a_name(run[0].text):
            run = run[1:]
        while run and (_not_a_name(run[-1].text) or run[-1].text.lower() in CONNECTORS):
            run = run[:-1]
        if not run:
            continue
        full = _name(text, run)
        if not starts_sentence:
            yield full
            continue
        rest = run[1:]
        while rest and rest[0].text.lower() in CONNECTORS:
            rest = rest[1:]
        if rest:  # "Yesterday Acme Robotics": the sentence's first word may be an ordinary word
            yield Name(**{**_name(text, rest).__dict__, "with_first_word": full})


def _not_a_name(word: str) -> bool:
    bare = POSSESSIVE.sub("", word)
    return normalise(bare) in not_names() or _is_stop_word(bare)


def _name(text: str, run: list[_Token]) -> Name:
    start, end = run[0].start, run[-1].end
    shown = POSSESSIVE.sub("", text[start:end])
    parts = tuple(part for token in run if token.text.lower() not in CONNECTORS for part in name_parts(token.text))
    return Name(shown, start, start + len(shown), parts)


@dataclass(frozen=True)
class NameSource:
    """The words and names of the story and notes, prepared once for many lookups."""

    words: frozenset[str]
    names: tuple[str, ...]

    @classmethod
    def of(cls, texts: Iterable[str]) -> NameSource:
        words: set[str] = set()
        names: dict[str, None] = {}
        for text in texts:
            words.update(normalise(part) for part in WORD_PARTS.findall(text))
            for name in find_names(text):
                names[(name.with_first_word or name).text] = None
        return cls(frozenset(words), tuple(names))

    def knows(self, name: Name) -> bool:
        if name.with_first_word is not None and self.knows(name.with_first_word):
            return True
        return all(self._knows_word(part) for part in name.parts)

    def _knows_word(self, part: str) -> bool:
        if part in self.words:
            return True
        if len(part) < 5:
            return False
        return any(part[:-cut] in self.words for cut in range(1, INFLECTION_LETTERS + 1))

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
