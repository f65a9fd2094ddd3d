"""Company guidelines, light by design: a small TOML file the user (or their company) imports.

The format is documented in `resources/examples/guidelines.toml`. Every rule is a hint on the
card; nothing is ever blocked or sent anywhere. A malformed file raises `GuidelinesError`
(an `InputError`, exit code 2) naming the file and the line.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from app.checks.findings import GUIDELINE, Finding
from app.checks.phrases import PhraseMatcher
from app.data_files import NestingTooDeepError, load_toml
from app.story_io import InputError, read_text_file
from app.voice import text as t

KNOWN_KEYS = ("name", "forbidden_terms", "avoid_words", "disclosure", "max_hashtags", "required_hashtags")
TOML_POSITION = re.compile(r"\(at line (\d+), column (\d+)\)")
TOML_END = re.compile(r"\(at end of document\)")
NOT_ALPHANUMERIC = re.compile(r"[^\w]+")
MAX_ENTRIES = 200
MAX_ENTRY_CHARS = 200  # a disclosure line is the longest entry a company needs


class GuidelinesError(InputError):
    """The guidelines file cannot be used; the message names the file and the line."""


@dataclass(frozen=True)
class AvoidWord:
    word: str  # a phrase; "word*" matches any ending
    instead: str = ""  # a suggestion, shown as a hint


@dataclass(frozen=True)
class Guidelines:
    name: str = ""
    forbidden_terms: tuple[str, ...] = ()
    avoid_words: tuple[AvoidWord, ...] = ()
    disclosure: tuple[str, ...] = ()  # accepted disclosure lines (e.g. one per language)
    max_hashtags: int | None = None
    required_hashtags: tuple[str, ...] = ()

    @property
    def title(self) -> str:
        """ "Acme guidelines" or "your company guidelines", for use inside a sentence."""
        return f"{self.name} guidelines" if self.name else "your company guidelines"

    @property
    def title_opening(self) -> str:
        """The title at the start of a sentence."""
        return self.title[:1].upper() + self.title[1:]

    @cached_property
    def forbidden_matcher(self) -> PhraseMatcher:
        # "Project Falcon" also as "#ProjectFalcon" or "ProjectFalcon".
        return PhraseMatcher.build([(term, "".join(term.split())) for term in self.forbidden_terms])

    @cached_property
    def avoid_matcher(self) -> PhraseMatcher:
        return PhraseMatcher.build([(avoid.word,) for avoid in self.avoid_words])

    def summary(self) -> list[str]:
        """One line per rule, for the settings screen."""
        lines = []
        if self.forbidden_terms:
            lines.append(f"Terms that must not appear: {', '.join(self.forbidden_terms)}")
        if self.avoid_words:
            lines.append(f"Words to avoid: {', '.join(a.word for a in self.avoid_words)}")
        if self.disclosure:
            lines.append(f"Disclosure line: {self.disclosure[0]}")
        if self.max_hashtags is not None:
            lines.append(f"At most {self.max_hashtags} hashtags")
        if self.required_hashtags:
            lines.append(f"Required hashtags: {' '.join(self.required_hashtags)}")
        return lines

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "forbidden_terms": list(self.forbidden_terms),
            "avoid_words": [{"word": a.word, "instead": a.instead} for a in self.avoid_words],
            "disclosure": list(self.disclosure),
            "max_hashtags": self.max_hashtags,
            "required_hashtags": list(self.required_hashtags),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], source: str = "The stored guidelines") -> Guidelines:
        """Validate a mapping (a parsed TOML file or stored JSON). Raises GuidelinesError."""
        return _validate(data, source, lambda key: None)


def load_guidelines(path: Path) -> Guidelines:
    """Read and validate a guidelines file. Raises InputError/GuidelinesError with the line."""
    text = read_text_file(path, "The guidelines file")
    return parse_guidelines(text, f"The guidelines file {path}")


def parse_guidelines(text: str, source: str = "The guidelines") -> Guidelines:
    try:
        data = load_toml(text)
    except NestingTooDeepError as exc:
        raise GuidelinesError(f"{source} cannot be used: its {exc}. Guidelines need only a few plain settings.") from None
    except tomllib.TOMLDecodeError as exc:
        position = TOML_POSITION.search(str(exc))
        problem = TOML_END.sub("", TOML_POSITION.sub("", str(exc))).strip()
        if position:
            where = f"line {position.group(1)}, column {position.group(2)}."
        else:  # something left open ("[" or a quote) until the end
            where = f"the end of the file (line {text.rstrip().count(chr(10)) + 1}); is a bracket or quote left open?"
        raise GuidelinesError(f"{source} is not valid TOML: {problem} at {where}") from None
    return _validate(data, source, lambda key: _line_of(text, key))


def _line_of(text: str, key: str) -> int | None:
    found = re.search(rf"^[ \t]*(?:{re.escape(key)}|\"{re.escape(key)}\"|'{re.escape(key)}')[ \t]*=", text, re.MULTILINE)
    if not found:
        found = re.search(rf"^[ \t]*\[+[ \t]*{re.escape(key)}[ \t]*\]", text, re.MULTILINE)
    return text.count("\n", 0, found.start()) + 1 if found else None


class _Problem:
    """Builds the error for a bad setting, naming the file and the setting's line."""

    def __init__(self, source: str, line_of: Callable[[str], int | None]) -> None:
        self.source = source
        self.line_of = line_of

    def __call__(self, key: str, problem: str) -> GuidelinesError:
        line = self.line_of(key)
        where = f", line {line}" if line else ""
        return GuidelinesError(f"{self.source}{where}: '{key}' {problem}")


def _validate(data: Mapping[str, Any], source: str, line_of: Callable[[str], int | None]) -> Guidelines:
    error = _Problem(source, line_of)
    for key in data:
        if key not in KNOWN_KEYS:
            close = difflib.get_close_matches(key, KNOWN_KEYS, n=1)
            advice = f"Did you mean '{close[0]}'?" if close else f"Use one of: {', '.join(KNOWN_KEYS)}."
            raise error(key, f"is not a guidelines setting. {advice}")
    name = data.get("name", "")
    if not isinstance(name, str):
        raise error("name", "must be text in quotes.")
    max_hashtags = data.get("max_hashtags")
    whole_number = isinstance(max_hashtags, int) and not isinstance(max_hashtags, bool)
    if max_hashtags is not None and not (whole_number and max_hashtags >= 0):
        raise error("max_hashtags", "must be a whole number, 0 or more (for example: max_hashtags = 3).")
    hashtags = _text_list(data, "required_hashtags", error)
    for tag in hashtags:
        if not re.fullmatch(r"#?\w+", tag):
            raise error("required_hashtags", f"has \u201c{tag}\u201d, which is not a hashtag (one word, like #AcmeLife).")
    return Guidelines(
        name=name.strip(),
        forbidden_terms=_text_list(data, "forbidden_terms", error),
        avoid_words=_avoid_words(data.get("avoid_words", []), error),
        disclosure=_text_list(data, "disclosure", error),
        max_hashtags=max_hashtags,
        required_hashtags=tuple(tag if tag.startswith("#") else f"#{tag}" for tag in hashtags),
    )


def _text_list(data: Mapping[str, Any], key: str, error: _Problem) -> tuple[str, ...]:
    """A string or a list of strings; empty strings are an error (they would match everything)."""
    value = data.get(key, [])
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(item, str) and item.strip() for item in items):
        raise error(key, 'must be a list of non-empty texts in quotes, like ["one", "two"].')
    _check_size(key, items, error)
    return tuple(item.strip() for item in items)


def _check_size(key: str, items: Sequence[str], error: _Problem) -> None:
    """Light guidelines stay light: bounded lists of short phrases keep every check quick."""
    if len(items) > MAX_ENTRIES:
        raise error(key, f"has {len(items):,} entries; guidelines take at most {MAX_ENTRIES} per setting.")
    for item in items:
        if len(item.strip()) > MAX_ENTRY_CHARS:
            raise error(key, f"has an entry of {len(item.strip()):,} characters; keep each under {MAX_ENTRY_CHARS}.")


def _avoid_words(value: Any, error: _Problem) -> tuple[AvoidWord, ...]:
    if not isinstance(value, list):
        raise error("avoid_words", 'must be a list, like ["synergy", { word = "disrupt*", instead = "change" }].')
    words = []
    for item in value:
        if isinstance(item, str) and item.strip():
            words.append(AvoidWord(item.strip()))
        elif isinstance(item, dict) and isinstance(item.get("word"), str) and item["word"].strip():
            instead = item.get("instead", "")
            if not isinstance(instead, str) or set(item) - {"word", "instead"}:
                raise error("avoid_words", 'entries take only word = "…" and instead = "…".')
            words.append(AvoidWord(item["word"].strip(), instead.strip()))
        else:
            raise error("avoid_words", 'entries must be a word in quotes or { word = "…", instead = "…" }.')
    _check_size("avoid_words", [w.word for w in words], error)
    return tuple(words)


def check_guidelines(post: str, guidelines: Guidelines) -> list[Finding]:
    findings = []
    for match in guidelines.forbidden_matcher.finditer(post):
        term = guidelines.forbidden_terms[match.entry]
        findings.append(
            Finding(
                GUIDELINE,
                "warning",
                f"{guidelines.title_opening} say \u201c{match.text}\u201d must not appear.",
                "Confidential names and unreleased figures stay inside the company.",
                match.start,
                match.end,
                kind="forbidden_term",
                hint=term,
            )
        )
    for match in guidelines.avoid_matcher.finditer(post):
        avoid = guidelines.avoid_words[match.entry]
        suggestion = f" Try \u201c{avoid.instead}\u201d." if avoid.instead else ""
        findings.append(
            Finding(
                GUIDELINE,
                "info",
                f"{guidelines.title_opening} ask to avoid \u201c{match.text}\u201d.{suggestion}",
                "A word your company prefers not to use in public posts.",
                match.start,
                match.end,
                kind="avoid_word",
                hint=avoid.instead,
            )
        )
    findings += _hashtag_rules(post, guidelines)
    if guidelines.disclosure and not _has_disclosure(post, guidelines.disclosure):
        findings.append(
            Finding(
                GUIDELINE,
                "info",
                f"{guidelines.title_opening} suggest a disclosure line: "
                f"\u201c{guidelines.disclosure[0]}\u201d",
                "Saying where you work keeps the post honest when you write about your employer.",
                kind="disclosure",
                hint=guidelines.disclosure[0],
            )
        )
    return findings


def _hashtag_rules(post: str, guidelines: Guidelines) -> list[Finding]:
    findings = []
    tags = t.hashtags(post)
    if guidelines.max_hashtags is not None and len(tags) > guidelines.max_hashtags:
        extra = tags[guidelines.max_hashtags :]
        findings.append(
            Finding(
                GUIDELINE,
                "warning",
                f"{len(tags)} hashtags; {guidelines.title} allow {guidelines.max_hashtags}.",
                "Your company keeps hashtags few so posts do not look like campaigns.",
                extra[0].start,
                extra[-1].end,
                kind="max_hashtags",
            )
        )
    present = {tag.text.casefold() for tag in tags}
    for required in guidelines.required_hashtags:
        if required.casefold() not in present:
            findings.append(
                Finding(
                    GUIDELINE,
                    "info",
                    f"{guidelines.title_opening} ask for {required}.",
                    "A shared hashtag lets colleagues find each other's posts.",
                    kind="required_hashtag",
                    hint=required,
                )
            )
    return findings


def _has_disclosure(post: str, lines: Sequence[str]) -> bool:
    flat = _flatten(post)
    return any(_flatten(line) in flat for line in lines)


def _flatten(text: str) -> str:
    """Case, punctuation and spacing do not matter: "I work at Acme." = "i work at acme"."""
    return " " + NOT_ALPHANUMERIC.sub(" ", text.casefold()).strip() + " "
