"""LinkedIn's limits and conventions as hints: length, the fold, hashtags, @mentions.

Only the length is a hard limit (LinkedIn refuses longer posts), so only it is a warning.
"""

from __future__ import annotations

from app.checks.findings import LIMIT, Finding
from app.voice import text as t

MAX_CHARACTERS = 3000
MAX_HASHTAGS = 5
# LinkedIn's feed shows about 210 characters, or about 3 lines, before "…see more" (desktop).
FOLD_CHARACTERS = 210
FOLD_LINES = 3

MENTION_WHY = "LinkedIn shows @mentions in pasted text as plain text; tag people in LinkedIn itself."


def fold_offset(post: str) -> int | None:
    """Where LinkedIn cuts the post for "…see more", or None when the whole post shows."""
    cut = FOLD_CHARACTERS
    line_end = -1
    for _ in range(FOLD_LINES):
        line_end = post.find("\n", line_end + 1)
        if line_end == -1:
            break
    else:
        cut = min(cut, line_end)
    return cut if len(post.rstrip()) > cut else None


def hook_end(post: str) -> int:
    """Where the hook (the first sentence) ends, capped at the fold."""
    first = next(t.sentences(post), None)
    fold = fold_offset(post)
    end = first.end if first else len(post)
    return end if fold is None else min(end, fold)


def check_limits(post: str) -> list[Finding]:
    findings = []
    findings += _length(post)
    findings += _hook(post)
    findings += _hashtags(post)
    findings += _mentions(post)
    return findings


def _length(post: str) -> list[Finding]:
    over = len(post) - MAX_CHARACTERS
    if over <= 0:
        return []
    message = f"Your post is {len(post):,} characters; LinkedIn allows {MAX_CHARACTERS:,}. Cut {over:,}."
    why = "LinkedIn will not publish a longer post."
    return [Finding(LIMIT, "warning", message, why, MAX_CHARACTERS, len(post), kind="length")]


def _hook(post: str) -> list[Finding]:
    fold = fold_offset(post)
    first = next(t.sentences(post), None)
    if fold is None or first is None or first.end <= fold:
        return []
    message = "Your first sentence runs past the fold; readers see only its start before \u2018…see more\u2019."
    why = "Put the hook, the line that makes people click, in a short first sentence."
    return [Finding(LIMIT, "info", message, why, fold, first.end, kind="hook")]


def _hashtags(post: str) -> list[Finding]:
    tags = t.hashtags(post)
    if len(tags) <= MAX_HASHTAGS:
        return []
    message = f"{len(tags)} hashtags; more than {MAX_HASHTAGS} can make LinkedIn treat the post as spam."
    why = "Keep the three to five that people actually follow."
    extra = tags[MAX_HASHTAGS:]
    return [Finding(LIMIT, "info", message, why, extra[0].start, extra[-1].end, kind="hashtags")]


def _mentions(post: str) -> list[Finding]:
    return [
        Finding(LIMIT, "info", f"\u201c{m.text}\u201d will show as plain text.", MENTION_WHY, m.start, m.end, kind="mention")
        for m in t.mentions(post)
    ]
