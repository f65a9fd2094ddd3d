"""Inline markdown of one line → LinkedIn text: emphasis, code spans, links, escapes.

Emphasis follows CommonMark's delimiter-run rules, with one deliberate difference: a single
`*` between two letters or digits (5*3, file*name) neither opens nor closes, the same rule
CommonMark already has for `_` (snake_case). `**` keeps CommonMark's intra-word behaviour.
Emphasis does not span lines: a model's **bold** sits on one line, and a marker left without
its partner is dropped when it is a `**`/`__` run that could have opened or closed.
URLs, #hashtags, @mentions and code are never styled: LinkedIn would no longer link a
hashtag written in mathematical letters, and a URL must stay usable.
"""

from __future__ import annotations

import re
import string
import unicodedata
from dataclasses import dataclass

from app.linkedin.entities import iter_entities
from app.linkedin.unicode_styles import Style, style_text

_ESCAPABLE = frozenset(string.punctuation)
# [label](url "title") and ![alt](url); url may be <wrapped> or hold one level of parentheses.
_LINK = re.compile(
    r"!?\[(?P<label>(?:[^\[\]\\]|\\.)*)\]"
    r"\(\s*(?:<(?P<wrapped>[^<>\n]*)>|(?P<url>[^\s()]*(?:\([^\s()]*\)[^\s()]*)*))"
    r"(?:\s+(?:\"[^\"]*\"|'[^']*'))?\s*\)"
)
_AUTOLINK = re.compile(r"<(?P<target>(?:https?|ftp|mailto):[^\s<>]*|[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+)>")


@dataclass
class _Text:
    text: str
    style: Style = Style.NONE


@dataclass
class _Literal:
    """Shown as is: never styled, never read as markup."""

    text: str


@dataclass
class _Delimiter:
    char: str
    count: int
    can_open: bool
    can_close: bool
    run_length: int  # before matching; CommonMark's "rule of three" needs it


_Token = _Text | _Literal | _Delimiter


def _is_punctuation(char: str) -> bool:
    return unicodedata.category(char)[0] in "PS"


def _delimiter(text: str, start: int, end: int) -> _Delimiter:
    """Classify the run text[start:end] of `*` or `_` by what stands either side of it."""
    char = text[start]
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    left_flanking = not after.isspace() and (
        not _is_punctuation(after) or before.isspace() or _is_punctuation(before)
    )
    right_flanking = not before.isspace() and (
        not _is_punctuation(before) or after.isspace() or _is_punctuation(after)
    )
    strict = char == "_" or end - start == 1  # no intra-word emphasis: snake_case, 5*3
    if strict:
        can_open = left_flanking and (not right_flanking or _is_punctuation(before))
        can_close = right_flanking and (not left_flanking or _is_punctuation(after))
    else:
        can_open, can_close = left_flanking, right_flanking
    return _Delimiter(char, end - start, can_open, can_close, end - start)


def _link_text(label_tokens: list[_Token], target: str) -> list[_Token]:
    """A link as LinkedIn can show it: "label (url)", or just the url when they say the same."""
    shown_target = target.removeprefix("mailto:")
    label_plain = "".join(t.text for t in label_tokens if not isinstance(t, _Delimiter)).strip()
    if not target:
        return label_tokens
    if not label_plain or label_plain in (target, shown_target):
        return [_Literal(shown_target)]
    return [*label_tokens, _Literal(f" ({shown_target})")]


def _tokenize(text: str, allow_links: bool = True) -> list[_Token]:
    tokens: list[_Token] = []
    pending: list[str] = []
    entities = {span.start: span for span in iter_entities(text)}

    def push(token: _Token) -> None:
        if pending:
            tokens.append(_Text("".join(pending)))
            pending.clear()
        tokens.append(token)

    index = 0
    while index < len(text):
        char = text[index]
        if char == "\\" and index + 1 < len(text) and text[index + 1] in _ESCAPABLE:
            push(_Literal(text[index + 1]))
            index += 2
        elif char == "`":
            run_end = index
            while run_end < len(text) and text[run_end] == "`":
                run_end += 1
            fence = text[index:run_end]
            closing = re.compile(rf"(?<!`){fence}(?!`)").search(text, run_end)
            if closing is None:
                index = run_end  # a stray backtick run is dropped, not shown
                continue
            code = text[run_end : closing.start()]
            if len(code) > 2 and code[0] == code[-1] == " " and code.strip():
                code = code[1:-1]
            push(_Literal(code))
            index = closing.end()
        elif allow_links and char in "[!" and (link := _LINK.match(text, index)) is not None:
            target = link.group("wrapped") if link.group("wrapped") is not None else link.group("url")
            label_tokens = _tokenize(link.group("label"), allow_links=False)
            for token in _link_text(label_tokens, target or ""):
                push(token)
            index = link.end()
        elif char == "<" and (autolink := _AUTOLINK.match(text, index)) is not None:
            push(_Literal(autolink.group("target").removeprefix("mailto:")))
            index = autolink.end()
        elif index in entities:
            push(_Literal(text[index : entities[index].end]))
            index = entities[index].end
        elif char in "*_":
            run_end = index
            while run_end < len(text) and text[run_end] == char:
                run_end += 1
            push(_delimiter(text, index, run_end))
            index = run_end
        else:
            pending.append(char)
            index += 1
    if pending:
        tokens.append(_Text("".join(pending)))
    return tokens


def _breaks_rule_of_three(opener: _Delimiter, closer: _Delimiter) -> bool:
    both_ways = opener.can_close or closer.can_open
    total = opener.run_length + closer.run_length
    return both_ways and total % 3 == 0 and not (opener.run_length % 3 == 0 and closer.run_length % 3 == 0)


def _resolve_emphasis(tokens: list[_Token]) -> None:
    """Match delimiter runs (CommonMark's "process emphasis") and style the text between."""
    openers: list[int] = []  # token indices of runs that may still open, innermost last
    for closer_index, closer in enumerate(tokens):
        if not isinstance(closer, _Delimiter):
            continue
        while closer.can_close and closer.count > 0:
            found = None
            for position in range(len(openers) - 1, -1, -1):
                opener = tokens[openers[position]]
                assert isinstance(opener, _Delimiter)
                if opener.char == closer.char and not _breaks_rule_of_three(opener, closer):
                    found = position
                    break
            if found is None:
                break
            opener_index = openers[found]
            opener = tokens[opener_index]
            assert isinstance(opener, _Delimiter)
            used = 2 if opener.count >= 2 and closer.count >= 2 else 1
            style = Style.BOLD if used == 2 else Style.ITALIC
            for inner in tokens[opener_index + 1 : closer_index]:
                if isinstance(inner, _Text):
                    inner.style |= style
            opener.count -= used
            closer.count -= used
            del openers[found + 1 :]  # runs inside a matched pair can no longer match outside it
            if opener.count == 0:
                del openers[found]
        if closer.can_open and closer.count > 0:
            openers.append(closer_index)


def _leftover(delimiter: _Delimiter) -> str:
    """What an unmatched run shows: a `**`/`__` that looked like markup is dropped."""
    if delimiter.count >= 2 and (delimiter.can_open or delimiter.can_close):
        return ""
    return delimiter.char * delimiter.count


def render_inline(text: str, base_style: Style = Style.NONE, unicode_styling: bool = True) -> str:
    """One line of inline markdown as LinkedIn text; `base_style` is added to all its text (headings)."""
    tokens = _tokenize(text)
    _resolve_emphasis(tokens)
    out: list[str] = []
    for token in tokens:
        if isinstance(token, _Text):
            out.append(style_text(token.text, token.style | base_style) if unicode_styling else token.text)
        elif isinstance(token, _Literal):
            out.append(token.text)
        else:
            out.append(_leftover(token))
    return "".join(out)
