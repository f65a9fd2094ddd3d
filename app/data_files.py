"""Parsing JSON and TOML from files a user (or another program) may have written.

Python's parsers recurse once per level of nesting, so a file of a hundred thousand "[" ends
in RecursionError, and even a structure that parses can be too deep to write back. These
wrappers turn both into `NestingTooDeepError`, a ValueError each caller words for its own file.
No settings, preset, guidelines or export file of ours nests more than a few levels.
"""

from __future__ import annotations

import json
import tomllib
from typing import Any

MAX_NESTING = 32


class NotUnicodeError(ValueError):
    """JSON escapes that name half a character (a lone surrogate, "\\ud800"): no real text has
    them, and no file or database can store them."""

    def __init__(self) -> None:
        super().__init__("it holds text that is not valid Unicode: half a character, such as \\ud800")


class NestingTooDeepError(ValueError):
    """Lists or tables nested deeper than MAX_NESTING levels. `str(err)` says so in a phrase."""

    def __init__(self) -> None:
        super().__init__(f"lists or tables are nested more than {MAX_NESTING} levels deep")


def load_json(text: str | bytes) -> Any:
    """json.loads, with too-deep nesting as NestingTooDeepError and lone surrogates as
    NotUnicodeError. Raises ValueError (those included) for anything that is not good JSON."""
    try:
        data = json.loads(text)
    except RecursionError:
        raise NestingTooDeepError() from None
    _check_depth(data)
    try:
        json.dumps(data, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise NotUnicodeError() from None
    return data


def load_toml(text: str) -> dict[str, Any]:
    """tomllib.loads, with too-deep nesting as NestingTooDeepError. Raises tomllib.TOMLDecodeError."""
    try:
        data = tomllib.loads(text)
    except RecursionError:
        raise NestingTooDeepError() from None
    _check_depth(data)
    return data


def _check_depth(data: object) -> None:
    """Without recursion: a list of (container, depth) still to look into."""
    pending: list[tuple[object, int]] = [(data, 1)]
    while pending:
        item, depth = pending.pop()
        if isinstance(item, dict):
            children: Any = item.values()
        elif isinstance(item, list):
            children = item
        else:
            continue
        if depth > MAX_NESTING:
            raise NestingTooDeepError()
        pending.extend((child, depth + 1) for child in children if isinstance(child, dict | list))
