"""Word-level comparison of two versions of a post, shaped for a side-by-side view.

Texts are split into words, runs of white space and single punctuation marks, so joining the
tokens gives the text back exactly; difflib aligns the tokens.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from enum import StrEnum

_TOKENS = re.compile(r"\s+|\w+|[^\w\s]")


class DiffKind(StrEnum):
    EQUAL = "equal"
    DELETE = "delete"  # only in the old text
    INSERT = "insert"  # only in the new text


@dataclass(frozen=True)
class DiffSegment:
    kind: DiffKind
    text: str


@dataclass(frozen=True)
class WordDiff:
    """All segments in reading order: a replacement is its DELETE followed by its INSERT."""

    segments: tuple[DiffSegment, ...]

    @property
    def old_side(self) -> tuple[DiffSegment, ...]:
        """What the left pane shows: the old text, with removed words marked."""
        return tuple(s for s in self.segments if s.kind is not DiffKind.INSERT)

    @property
    def new_side(self) -> tuple[DiffSegment, ...]:
        """What the right pane shows: the new text, with added words marked."""
        return tuple(s for s in self.segments if s.kind is not DiffKind.DELETE)

    @property
    def changed(self) -> bool:
        return any(s.kind is not DiffKind.EQUAL for s in self.segments)


def tokenize(text: str) -> list[str]:
    return _TOKENS.findall(text)


def word_diff(old: str, new: str) -> WordDiff:
    old_tokens, new_tokens = tokenize(old), tokenize(new)
    matcher = difflib.SequenceMatcher(None, old_tokens, new_tokens, autojunk=False)
    segments: list[DiffSegment] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            _append(segments, DiffKind.EQUAL, "".join(old_tokens[i1:i2]))
            continue
        if tag in ("delete", "replace"):
            _append(segments, DiffKind.DELETE, "".join(old_tokens[i1:i2]))
        if tag in ("insert", "replace"):
            _append(segments, DiffKind.INSERT, "".join(new_tokens[j1:j2]))
    return WordDiff(tuple(segments))


def _append(segments: list[DiffSegment], kind: DiffKind, text: str) -> None:
    if not text:
        return
    if segments and segments[-1].kind is kind:
        segments[-1] = DiffSegment(kind, segments[-1].text + text)
    else:
        segments.append(DiffSegment(kind, text))
