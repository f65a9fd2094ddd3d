"""Phrase lists that are easy for people to write, found in a post in one pass.

A phrase is plain text, matched case-insensitively on word boundaries, with a few
conveniences so that list authors never need regular expressions:
- white space matches any white space ("excited to  announce" across a line break too);
- a word ending in `*` matches any ending ("delv*" matches delve, delves, delving);
- a hyphen also matches a space or nothing ("game-changer", "game changer", "gamechanger");
- a straight apostrophe also matches a curly one.
Entries may also give raw regular expressions (without named groups) for the rare phrase
that needs one; only the bundled lists do, never a user's file.

A phrase's expression never backtracks: a run of spaces and hyphens in the phrase becomes one
possessive class, and a word's `*` ending is possessive too, so matching costs time linear in
the text whatever the phrase (a term of thirty hyphens once froze the window for a minute).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from app.voice.text import WORD_PATTERN

_APOSTROPHE = "['’]"
_SEPARATOR_CHARS = r"\s\-‐"
_TOKENS = re.compile(rf"[{_SEPARATOR_CHARS}]+|[^{_SEPARATOR_CHARS}]+")
_SEPARATORS_ONLY = re.compile(rf"[{_SEPARATOR_CHARS}]+")
_SPACED = rf"[{_SEPARATOR_CHARS}]++"  # a run with white space in the phrase: some space or hyphens
_JOINED = rf"[{_SEPARATOR_CHARS}]*+"  # a run of hyphens only: also nothing ("gamechanger")
_WORD_ENDING = r"[\w'’-]*+"
_INNER_WORD_ENDING = r"[\w'’]*+"  # before another word, the ending leaves the hyphen to the separator


def phrase_regex(phrase: str) -> str:
    """The regular expression for one plain-text phrase (see the module docstring)."""
    tokens = _TOKENS.findall(phrase.strip())
    while tokens and _is_separator(tokens[0]):  # leading and trailing hyphens: "-foo" is "foo"
        tokens.pop(0)
    while tokens and _is_separator(tokens[-1]):
        tokens.pop()
    if not tokens:  # only hyphens (and spaces): taken literally, spaces as any white space
        return r"\s++".join(re.escape(part) for part in phrase.split())
    body = ""
    for index, token in enumerate(tokens):
        if _is_separator(token):
            body += _SPACED if any(char.isspace() for char in token) else _JOINED
            continue
        wildcard = token.endswith("*")
        word = token[:-1] if wildcard else token
        body += "".join(_APOSTROPHE if char in "'’" else re.escape(char) for char in word)
        if wildcard:
            body += _WORD_ENDING if index == len(tokens) - 1 else _INNER_WORD_ENDING
    # Word boundaries only where the phrase's first and last words start or end with a word
    # character, so "#hashtag" or "!!!" phrases still match.
    before = r"(?<!\w)" if tokens[0][:1].isalnum() else ""
    after = r"(?!\w)" if tokens[-1].rstrip("*")[-1:].isalnum() else ""
    return before + body + after


def _is_separator(token: str) -> bool:
    return _SEPARATORS_ONLY.fullmatch(token) is not None


@dataclass(frozen=True)
class PhraseMatch:
    entry: int  # index of the entry whose phrase matched
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class _Compiled:
    entry: int
    regex: re.Pattern[str]


# Phrases are looked up by the first letters of their first word, so a post is scanned once
# for words and only the few phrases that could start at a word are tried there. (One big
# alternation is ~50 times slower: it tries every phrase at every position.) A short list, such
# as a company's guidelines, is faster still as one regular-expression scan per phrase.
_KEY_LENGTH = 3
_SCAN_AT_MOST = 16


@dataclass(frozen=True)
class PhraseMatcher:
    """Many phrase entries, found together; each match says which entry it belongs to."""

    by_first_letters: Mapping[str, tuple[_Compiled, ...]]
    scanned: tuple[_Compiled, ...]  # raw patterns, and phrases that do not start with a letter

    @classmethod
    def build(cls, entries: Sequence[Sequence[str]], raw_patterns: Sequence[Sequence[str]] = ()) -> PhraseMatcher:
        """`entries[i]` are plain phrases, `raw_patterns[i]` regular expressions, of entry i."""
        index: dict[str, list[_Compiled]] = {}
        scanned: list[_Compiled] = []
        short_list = sum(len(phrases) for phrases in entries) <= _SCAN_AT_MOST
        for entry, phrases in enumerate(entries):
            for phrase in phrases:
                if not phrase.strip():
                    continue
                compiled = _Compiled(entry, re.compile(phrase_regex(phrase), re.IGNORECASE))
                key = "" if short_list else _literal_start(phrase)
                if key:
                    index.setdefault(key, []).append(compiled)
                else:
                    scanned.append(compiled)
        for entry, patterns in enumerate(raw_patterns):
            scanned.extend(_Compiled(entry, re.compile(p, re.IGNORECASE)) for p in patterns)
        return cls({key: tuple(items) for key, items in index.items()}, tuple(scanned))

    def finditer(self, text: str) -> Iterator[PhraseMatch]:
        """Matches in text order; where two overlap, the earlier (then the longer) one wins."""
        found: list[PhraseMatch] = []
        index = self.by_first_letters
        for word in WORD_PATTERN.finditer(text) if index else ():
            start = word.start()
            lowered = text[start : min(word.end(), start + _KEY_LENGTH)].lower()
            for length in range(1, len(lowered) + 1):
                for compiled in index.get(lowered[:length], ()):
                    hit = compiled.regex.match(text, start)
                    if hit:
                        found.append(PhraseMatch(compiled.entry, hit.start(), hit.end(), hit.group()))
        for compiled in self.scanned:
            found.extend(PhraseMatch(compiled.entry, h.start(), h.end(), h.group()) for h in compiled.regex.finditer(text))
        found.sort(key=lambda m: (m.start, -m.end, m.entry))
        covered = -1
        for match in found:
            if match.start >= covered:
                covered = match.end
                yield match


def _literal_start(phrase: str) -> str:
    """The lower-case letters the phrase must start with (up to 3), or "" if it starts otherwise."""
    letters = re.match(r"[^\W\d_]+", phrase.strip())
    return letters.group().lower()[:_KEY_LENGTH] if letters else ""
