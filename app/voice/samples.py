"""The user's sample posts: splitting a pasted or imported text into posts, and picking prompt examples.

Splitting rule ("one post per block"), chosen so that posts may contain blank lines:
1. If any line consists only of three or more dashes (---), equals signs (===) or
   asterisks (***), those lines separate the posts, and nothing else does.
2. Otherwise two or more blank lines in a row separate the posts (a single blank line is a
   paragraph break inside a post).
Blocks that are empty after trimming are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from app.voice.match import match_post
from models.messages import msg

if TYPE_CHECKING:
    from app.voice.profile import VoiceProfile

SEPARATOR_LINE = re.compile(r"^[ \t]*(?:-{3,}|={3,}|\*{3,})[ \t]*$", re.MULTILINE)
TWO_BLANK_LINES = re.compile(r"\n[ \t]*\n(?:[ \t]*\n)+")

SPLIT_RULE = msg("Voice", "Separate posts with a line of three dashes (---), or with two blank lines.")


def split_samples(text: str) -> list[str]:
    """Split a samples text into posts (see the module docstring for the rule)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if SEPARATOR_LINE.search(text):
        blocks = SEPARATOR_LINE.split(text)
    else:
        blocks = TWO_BLANK_LINES.split(text)
    return [block.strip() for block in blocks if block.strip()]


def choose_samples(
    profile: VoiceProfile, budget_tokens: int, count_tokens: Callable[[str], int], limit: int
) -> list[str]:
    """The most typical samples first (best voice match with the whole profile), while they fit.

    A sample that does not fit the remaining budget is skipped, so a shorter typical one can
    still come in; the result may be empty when even the shortest sample is too long.
    """
    ranked = sorted(profile.samples, key=lambda sample: -match_post(profile, sample).score)
    chosen: list[str] = []
    remaining = budget_tokens
    for sample in ranked:
        if len(chosen) == limit:
            break
        cost = count_tokens(sample)
        if cost <= remaining:
            chosen.append(sample)
            remaining -= cost
    return chosen
