"""Where user-perceived characters (grapheme clusters) start, so a cut never splits one.

A simplified form of Unicode's extended grapheme clusters (UAX #29): enough for text written
for LinkedIn. It keeps together a letter and its combining accents, emoji with skin tones and
variation selectors, ZWJ sequences (👩‍💻, families), flags (regional-indicator pairs),
keycaps (1️⃣) and tag sequences (🏴󠁧󠁢󠁳󠁣󠁴󠁿). Hangul jamo and Indic prepend rules are not modelled.
Indices are Python `str` positions (code points), so a cluster boundary is never inside a
UTF-16 surrogate pair either.
"""

from __future__ import annotations

import unicodedata

ZERO_WIDTH_JOINER = "\u200d"
_MARK_CATEGORIES = frozenset({"Mn", "Mc", "Me"})


def _is_regional_indicator(char: str) -> bool:
    return 0x1F1E6 <= ord(char) <= 0x1F1FF


def _extends_previous(char: str) -> bool:
    """True for code points that never start a cluster of their own."""
    code = ord(char)
    return (
        unicodedata.category(char) in _MARK_CATEGORIES
        or char == ZERO_WIDTH_JOINER
        or 0xFE00 <= code <= 0xFE0F  # variation selectors (text / emoji presentation)
        or 0x1F3FB <= code <= 0x1F3FF  # emoji skin-tone modifiers
        or 0xE0020 <= code <= 0xE007F  # tag characters (subdivision flags)
        or 0xE0100 <= code <= 0xE01EF  # variation selectors supplement
    )


def grapheme_starts(text: str) -> list[int]:
    """Indices in `text` where a grapheme cluster starts, ascending (empty for "")."""
    starts: list[int] = []
    previous = ""
    regional_run = 0  # regional indicators seen in a row: flags are pairs
    for index, char in enumerate(text):
        joined = bool(starts) and (
            _extends_previous(char)
            or previous == ZERO_WIDTH_JOINER
            or (previous == "\r" and char == "\n")
            or (_is_regional_indicator(char) and regional_run % 2 == 1)
        )
        if not joined:
            starts.append(index)
        regional_run = regional_run + 1 if _is_regional_indicator(char) else 0
        previous = char
    return starts


def graphemes(text: str) -> list[str]:
    """`text` split into grapheme clusters; "".join() of the result gives `text` back."""
    starts = grapheme_starts(text)
    ends = starts[1:] + [len(text)]
    return [text[start:end] for start, end in zip(starts, ends)]


def is_grapheme_boundary(text: str, index: int) -> bool:
    """True if cutting `text` at `index` splits no grapheme cluster (0 and len(text) are)."""
    if index in (0, len(text)):
        return True
    return index in set(grapheme_starts(text))
