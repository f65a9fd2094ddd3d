"""The number guard's rules: which text may follow what a sequence has written, so that every
number it writes is one of the allowed forms (issue 12 part 3). Plain Python, no llama_cpp;
models/engine/native/number_mask.py applies it to a model's vocabulary and logits.

A number is a run of digits with separators between them. A separator is pending until the
next character says whether the number goes on:

- "." "," ":" between two digits always join them: "2.5" and "2,347" are one number each.
- " " "-" "/" (and no-break spaces, the en dash) may join ("2 347", "2026-03-12", "12/03")
  or part two numbers ("2026 12", "2019-2026"): they join when the joined text can still
  become an allowed form, otherwise the first number must be complete on its own.
- Anything else ends the number; a separator before it was punctuation ("in 2026, we").

The guard's state is the open number (normalised: ASCII digits, " " and "-" for the loose
separators), "" when none is open. The open number is always the start of an allowed form,
so the model can always finish it; it may only end once it is a whole allowed form.
Digits of every script count (str.isdecimal); superscripts ("m²") do not.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

JOINING = frozenset(".,:")
LOOSE = frozenset(" -/")
SEPARATORS = JOINING | LOOSE
_LOOSE_SPELLINGS = {"\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2013": "-", "\u2012": "-", "\u2011": "-"}

OTHER = ""  # what normalise() returns for a character that is neither digit nor separator


def normalise(char: str) -> str:
    """A digit as its ASCII digit, a separator as itself (loose spellings folded), else OTHER."""
    if char.isdecimal():
        return str(unicodedata.decimal(char))
    if char in SEPARATORS:
        return char
    return _LOOSE_SPELLINGS.get(char, OTHER)


def normalise_form(form: str) -> str:
    """An allowed form as the guard compares it: "'88" -> "88", "2\u00a0347" -> "2 347"; ""
    when it holds no digit or anything that is not part of a number ("42,-" -> "42")."""
    chars = [normalise(ch) for ch in form.strip().lstrip("'’")]
    if OTHER in chars:
        chars = chars[: chars.index(OTHER)]
    text = "".join(chars).rstrip("".join(SEPARATORS))
    return text if text[:1].isdigit() else ""


class AllowedNumbers:
    """The forms a text may contain, with every start of one (for the open number)."""

    def __init__(self, forms: Iterable[str]) -> None:
        self.complete = frozenset(f for f in (normalise_form(form) for form in forms) if f)
        self.prefixes = frozenset(form[:end] for form in self.complete for end in range(1, len(form) + 1))

    def can_end(self, open_number: str) -> bool:
        """May the number written so far end here (before any pending separator)?"""
        return not open_number or open_number.rstrip("".join(SEPARATORS)) in self.complete

    def advance(self, open_number: str, text: str) -> str | None:
        """The open number after writing `text`, or None if `text` would make a number that
        is not allowed (or one that can no longer become allowed)."""
        current = open_number
        prefixes, complete = self.prefixes, self.complete
        for char in text:
            c = normalise(char)
            if c.isdigit():
                if current and current[-1] in LOOSE:
                    if current + c not in prefixes:  # a loose separator parts two numbers
                        if current[:-1] not in complete:
                            return None
                        current = ""
                current += c
                if current not in prefixes:
                    return None
            elif c:  # a separator
                if not current:
                    continue
                if current[-1] in SEPARATORS:  # two in a row: the number ended before them
                    if current[:-1] not in complete:
                        return None
                    current = ""
                    continue
                current += c
                if current not in prefixes and current[:-1] not in complete:
                    return None
            elif current:
                if not self.can_end(current):
                    return None
                current = ""
        return current


def numbers_in(text: str) -> list[str]:
    """The numbers of a text: digit runs with single separators between them ("2,347",
    "2019-2026", "12 March" gives "12"), for counting what a post invented."""
    found: list[str] = []
    current = ""
    for char in text + "\n":
        c = normalise(char)
        if c.isdigit() or (c and current and current[-1] not in SEPARATORS):
            current += c
        else:
            if current:
                found.append(current.rstrip("".join(SEPARATORS)))
            current = ""
    return found


def is_allowed(number: str, allowed: AllowedNumbers) -> bool:
    """Would the guard have let this number (as numbers_in gives it) be written?"""
    after = allowed.advance("", number)
    return after is not None and allowed.can_end(after)
