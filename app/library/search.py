"""Turning what the user types in the search box into a safe FTS5 query.

Every word becomes a quoted phrase, so FTS5's syntax (quotes, AND/OR/NOT/NEAR, parentheses,
column filters, `*`, `^`) is always taken literally and no input raises a syntax error. Words
are combined with AND, and the last word matches as a prefix while the user is still typing it.
"""

from __future__ import annotations

import unicodedata

# Marks around matched words in `DraftSummary.snippet`; control characters never typed by users,
# so the UI can escape the text first and then turn these into highlighting.
HIGHLIGHT_START = "\x02"
HIGHLIGHT_END = "\x03"


def fts_query(user_text: str) -> str:
    """An FTS5 MATCH expression for `user_text`, or "" when it contains nothing searchable."""
    # Control characters (NUL would end the query string early) separate words like spaces.
    cleaned = "".join(" " if unicodedata.category(ch) == "Cc" else ch for ch in user_text)
    words = [w for w in cleaned.split() if any(ch.isalnum() for ch in w)]
    if not words:
        return ""
    phrases = ['"' + word.replace('"', '""') + '"' for word in words]
    still_typing = not cleaned[-1:].isspace()
    if still_typing:
        phrases[-1] += " *"
    return " ".join(phrases)
