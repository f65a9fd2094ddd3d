"""LinkedIn's limits and conventions as hints: length, the fold, hashtags, @mentions.

Only the length is a hard limit (LinkedIn refuses longer posts), so only it is a warning.
Length and fold come from `app.linkedin`, so the hints agree with the preview: LinkedIn counts
UTF-16 code units, and folds after three visual lines or about 210 characters (desktop).
"""

from __future__ import annotations

from app.checks.findings import LIMIT, Finding
from app.linkedin.fold import fold_post
from app.linkedin.format import LINKEDIN_MAX_CHARS, linkedin_length
from app.voice import text as t

MAX_CHARACTERS = LINKEDIN_MAX_CHARS
MAX_HASHTAGS = 5

MENTION_WHY = "LinkedIn shows @mentions in pasted text as plain text; tag people in LinkedIn itself."


# The fold depends only on the first three lines or ~210 characters, so it is measured on a
# prefix (grapheme analysis of a whole 3,000-character card is the slowest step of all checks).
# A prefix that does not fold, in a longer post, falls back to the whole post.
FOLD_WINDOW = 600


def fold_offset(post: str) -> int | None:
    """Where LinkedIn's desktop feed cuts the post for "…see more", or None when all of it shows."""
    fold = fold_post(post[:FOLD_WINDOW])
    if not fold.folded and len(post) > FOLD_WINDOW:
        fold = fold_post(post)
    return fold.index if fold.folded else None


def hook_end(post: str, fold: int | None) -> int:
    """Where the hook (the first sentence) ends, capped at the fold."""
    first = next(t.sentences(post), None)
    end = first.end if first else len(post)
    return end if fold is None else min(end, fold)


def check_limits(post: str, fold: int | None) -> list[Finding]:
    """`fold` is `fold_offset(post)`, computed once by the caller (it is the slowest part)."""
    findings = []
    findings += _length(post)
    findings += _hook(post, fold)
    findings += _hashtags(post)
    findings += _mentions(post)
    return findings


def length_findings(post: str) -> list[Finding]:
    """The one hard limit: more characters than LinkedIn publishes."""
    return _length(post)


def _length(post: str) -> list[Finding]:
    length = linkedin_length(post)
    over = length - MAX_CHARACTERS
    if over <= 0:
        return []
    message = f"Your post is {length:,} characters; LinkedIn allows {MAX_CHARACTERS:,}. Cut {over:,}."
    why = "LinkedIn will not publish a longer post. (Emoji and styled letters count as two.)"
    return [Finding(LIMIT, "warning", message, why, _index_at_length(post, MAX_CHARACTERS), len(post), kind="length")]


def _index_at_length(post: str, limit: int) -> int:
    """The string index where LinkedIn's count passes `limit`."""
    count = 0
    for index, char in enumerate(post):
        count += 2 if ord(char) > 0xFFFF else 1
        if count > limit:
            return index
    return len(post)


def _hook(post: str, fold: int | None) -> list[Finding]:
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
