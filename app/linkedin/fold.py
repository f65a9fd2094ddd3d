"""Where LinkedIn folds a post behind "…see more".

LinkedIn shows the first three lines of a post in the feed, and at most about 210 characters
on desktop or about 140 in the narrower mobile app, then "…see more". It counts *visual*
lines: a blank line is a line, and a long paragraph wraps over several. We estimate wrapping
from the character budget (desktop: 210 / 3 = 70 characters a line; mobile: 140 / 3 ≈ 46),
which is what the published figures amount to. Characters here are grapheme clusters
(what a reader sees as one character: é, 👍🏽, 🇳🇱), since those set the width of a line.

The cut goes back to the last space before it when the line has one (never mid-word if
avoidable) and is always on a grapheme boundary, so an emoji sequence is never split.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from app.linkedin.graphemes import grapheme_starts


@dataclass(frozen=True)
class FoldLayout:
    """How much of a post a LinkedIn feed shows before "…see more"."""

    max_chars: int  # grapheme clusters before the fold, line breaks not counted
    max_lines: int  # visual lines before the fold, blank lines included

    @property
    def chars_per_line(self) -> int:
        return max(1, math.ceil(self.max_chars / self.max_lines))


DESKTOP_FOLD = FoldLayout(max_chars=210, max_lines=3)
MOBILE_FOLD = FoldLayout(max_chars=140, max_lines=3)


@dataclass(frozen=True)
class FoldResult:
    head: str  # what shows before "…see more": text[:index], no trailing white space
    folded: bool  # False: the whole post shows and there is no "…see more"
    index: int  # where the fold is in the text; the hidden rest is text[index:]


def layout_for(mobile: bool) -> FoldLayout:
    return MOBILE_FOLD if mobile else DESKTOP_FOLD


def _budget_cut(text: str, starts: list[int], layout: FoldLayout) -> int | None:
    """Index of the first grapheme past the line or character budget, None if all fits."""
    visual_line = 0
    column = 0  # graphemes on the current visual line
    shown = 0  # graphemes shown so far, line breaks not counted
    for start in starts:
        if text[start] == "\n":
            visual_line, column = visual_line + 1, 0
            if visual_line >= layout.max_lines:
                return start
            continue
        if column == layout.chars_per_line:  # the line is full: it wraps
            visual_line, column = visual_line + 1, 0
        if visual_line >= layout.max_lines or shown >= layout.max_chars:
            return start
        column += 1
        shown += 1
    return None


def _back_to_word_start(text: str, cut: int, starts: set[int]) -> int:
    """Move a mid-word cut back to the space before the word, within the same line."""
    if cut >= len(text) or text[cut].isspace() or text[cut - 1].isspace():
        return cut
    line_start = text.rfind("\n", 0, cut) + 1
    space = max(text.rfind(" ", line_start, cut), text.rfind("\t", line_start, cut))
    if space > line_start and text[line_start:space].strip() and space in starts:
        return space
    return cut  # one long word or URL: cut it on a grapheme boundary


def fold_text(text: str, layout: FoldLayout = DESKTOP_FOLD) -> FoldResult:
    """Where "…see more" goes in `text` (LinkedIn plain text, e.g. from to_linkedin_text)."""
    starts = grapheme_starts(text)
    cut = _budget_cut(text, starts, layout)
    if cut is None or not text[cut:].strip():
        return FoldResult(head=text, folded=False, index=len(text))
    cut = _back_to_word_start(text, cut, set(starts))
    head = text[:cut].rstrip()
    return FoldResult(head=head, folded=True, index=len(head))


def fold_post(text: str, mobile: bool = False) -> FoldResult:
    """`fold_text` with LinkedIn's desktop or mobile feed layout."""
    return fold_text(text, layout_for(mobile))
