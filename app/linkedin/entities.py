"""What LinkedIn turns into links in a post: URLs, #hashtags and @mentions.

The formatter keeps them out of bold/italic (a hashtag in mathematical letters is no longer a
hashtag), and the preview colours them the way LinkedIn does.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal

EntityKind = Literal["url", "hashtag", "mention"]

# A hashtag or mention needs at least one letter ("#1" is not a hashtag) and ends on a letter
# or digit, so "_#launch_" leaves the closing underscore to the markdown.
_ENTITY = re.compile(
    r"(?P<url>(?<![A-Za-z0-9])(?:https?://|www\.)[^\s<>\"]+)"
    r"|(?P<hashtag>(?<![\w#&/])#(?=\w*[^\W\d_])\w*[^\W_])"
    r"|(?P<mention>(?<![\w@./])@(?=\w*[^\W\d_])\w*[^\W_])"
)
_URL_TRAILING_PUNCTUATION = ".,;:!?'\"*_~"


@dataclass(frozen=True)
class EntitySpan:
    start: int
    end: int
    kind: EntityKind


def _url_end(text: str, start: int, end: int) -> int:
    """Trim what usually follows a URL rather than belongs to it (GitHub's autolink rule)."""
    while end > start:
        last = text[end - 1]
        if last in _URL_TRAILING_PUNCTUATION:
            end -= 1
        elif last == ")" and text.count("(", start, end) < text.count(")", start, end):
            end -= 1
        else:
            break
    return end


def iter_entities(text: str) -> Iterator[EntitySpan]:
    """URLs, hashtags and mentions in `text`, in order, never overlapping."""
    for match in _ENTITY.finditer(text):
        kind: EntityKind
        if match.group("url") is not None:
            kind, end = "url", _url_end(text, match.start(), match.end())
        elif match.group("hashtag") is not None:
            kind, end = "hashtag", match.end()
        else:
            kind, end = "mention", match.end()
        if end > match.start():
            yield EntitySpan(match.start(), end, kind)
