"""Model output (markdown-ish) → the plain text LinkedIn shows, and how LinkedIn counts it.

LinkedIn renders no markdown, so "Copy for LinkedIn" converts:
- **bold** / __bold__ → 𝗯𝗼𝗹𝗱, *italic* / _italic_ → 𝘪𝘵𝘢𝘭𝘪𝘤, ***both*** → 𝙗𝙤𝙩𝙝 (see unicode_styles);
  with `unicode_styling=False` the markers are just removed (screen readers spell out
  mathematical letters one by one, so users can choose plain text);
- "# Heading" and setext headings → the title, bold when styling is on;
- "- ", "* ", "+ " bullets → "• " (nested ones indented by four spaces a level); "1. " lists kept;
- [text](url) → "text (url)"; `code` → code; "> " quotes and horizontal rules removed;
  fenced code blocks kept verbatim without their fences; \\* and other escapes unescaped;
- paragraph breaks kept, runs of blank lines collapsed to one, trailing spaces trimmed.
Hashtags (#launch), intra-word underscores and asterisks (snake_case, 5*3), emoji and accented
letters are not markdown and come through untouched.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from app.linkedin.inline import render_inline
from app.linkedin.unicode_styles import Style, unstyle

__all__ = ["LINKEDIN_MAX_CHARS", "linkedin_length", "to_linkedin_text", "unstyle"]

LINKEDIN_MAX_CHARS = 3000

BULLET = "• "
NESTED_INDENT = "    "

_FENCE = re.compile(r"^ {0,3}(?P<fence>`{3,}|~{3,})")
_QUOTE_MARKER = re.compile(r"^ {0,3}>[ \t]?")
_SETEXT_UNDERLINE = re.compile(r"^ {0,3}(?:={3,}|-{3,})[ \t]*$")  # 3+: a lone "=" line is more likely maths
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_HEADING = re.compile(r"^ {0,3}#{1,6}(?:[ \t]+(?P<title>.*?))?(?:[ \t]+#+)?[ \t]*$")
_BULLET_ITEM = re.compile(r"^(?P<indent>[ \t]*)[-*+][ \t]+(?P<content>\S.*)$")
_NUMBERED_ITEM = re.compile(r"^(?P<indent>[ \t]*)(?P<number>\d{1,9}[.)])[ \t]+(?P<content>\S.*)$")
_LEADING_SPACE = re.compile(r"^[ \t]*")

_LineKind = Literal["text", "heading", "item", "code", "blank"]


@dataclass
class _Line:
    kind: _LineKind
    prefix: str = ""  # shown before the content as is: indentation, "• ", "1. "
    content: str = ""  # inline markdown (verbatim for code)
    style: Style = Style.NONE  # added to every letter of the line (headings)


class _ListLevels:
    """Nesting depth of list items from their indentation, however many spaces a model uses."""

    def __init__(self) -> None:
        self._indents: list[int] = []

    def level(self, indent: str) -> int:
        width = len(indent.expandtabs(4))
        while self._indents and width < self._indents[-1]:
            self._indents.pop()
        if not self._indents or width > self._indents[-1]:
            self._indents.append(width)
        return len(self._indents) - 1

    def reset(self) -> None:
        self._indents.clear()


def _parse_blocks(text: str) -> list[_Line]:
    lines: list[_Line] = []
    levels = _ListLevels()
    fence: str | None = None
    for raw in text.split("\n"):
        if fence is not None:
            closing = _FENCE.match(raw)
            if closing and closing.group("fence")[0] == fence[0] and len(closing.group("fence")) >= len(fence):
                fence = None
            else:
                lines.append(_Line("code", content=raw))
            continue
        line = raw
        while (quote := _QUOTE_MARKER.match(line)) is not None:
            line = line[quote.end() :]
        if not line.strip():
            lines.append(_Line("blank"))
        elif (opening := _FENCE.match(line)) is not None:
            fence = opening.group("fence")
            levels.reset()
        elif _SETEXT_UNDERLINE.match(line) and lines and lines[-1].kind == "text":
            for previous in reversed(lines):  # the whole paragraph above is the heading
                if previous.kind != "text":
                    break
                previous.kind, previous.style = "heading", Style.BOLD
        elif _RULE.match(line):
            lines.append(_Line("blank"))
        elif (heading := _HEADING.match(line)) is not None:
            levels.reset()
            lines.append(_Line("heading", content=heading.group("title") or "", style=Style.BOLD))
        elif (bullet := _BULLET_ITEM.match(line)) is not None:
            depth = levels.level(bullet.group("indent"))
            lines.append(_Line("item", NESTED_INDENT * depth + BULLET, bullet.group("content")))
        elif (numbered := _NUMBERED_ITEM.match(line)) is not None:
            depth = levels.level(numbered.group("indent"))
            prefix = NESTED_INDENT * depth + numbered.group("number") + " "
            lines.append(_Line("item", prefix, numbered.group("content")))
        else:
            indent = _LEADING_SPACE.match(line)
            assert indent is not None  # the pattern matches every string
            if not indent.group():
                levels.reset()
            lines.append(_Line("text", indent.group(), line[indent.end() :]))
    return lines


def _join_paragraphs(lines: list[str]) -> str:
    """Trim line ends, drop leading/trailing blank lines and keep at most one blank line in a row."""
    kept: list[str] = []
    for line in lines:
        line = line.rstrip()
        if line or (kept and kept[-1]):
            kept.append(line)
    while kept and not kept[-1]:
        kept.pop()
    return "\n".join(kept)


def to_linkedin_text(text: str, unicode_styling: bool = True) -> str:
    """Markdown-ish model output as LinkedIn plain text (see the module docstring for the rules)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    rendered: list[str] = []
    for line in _parse_blocks(text):
        if line.kind == "code":
            rendered.append(line.content)
        elif line.kind == "blank":
            rendered.append("")
        else:
            rendered.append(line.prefix + render_inline(line.content, line.style, unicode_styling))
    return _join_paragraphs(rendered)


def linkedin_length(text: str) -> int:
    """How many characters LinkedIn counts towards its 3,000 limit: UTF-16 code units.

    LinkedIn's composer is a web page and, like any JavaScript `String.length`, measures text
    in UTF-16 code units: a letter or é is 1, an emoji like 👍 or a mathematical 𝗯 is 2, a
    ZWJ family emoji is 11. LinkedIn does not document its rule; counting UTF-16 never counts
    less than code points or visible characters would, so a post we show as fitting is not
    cut off. Line ends count once each, as a browser's "\\n" (a "\\r\\n" pair counts 1).
    Pass the converted text (`to_linkedin_text`): styled letters cost twice as much.
    """
    normalised = text.replace("\r\n", "\n")
    return len(normalised.encode("utf-16-le")) // 2
