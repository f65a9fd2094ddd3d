"""Bold and italic for LinkedIn, which shows plain text only: Unicode mathematical letters.

We use the *sans-serif* mathematical families for all three styles:
- bold        𝗯𝗼𝗹𝗱  MATHEMATICAL SANS-SERIF BOLD (U+1D5D4…), digits 𝟬𝟭𝟮 (U+1D7EC…)
- italic      𝘪𝘵𝘢𝘭𝘪𝘤  MATHEMATICAL SANS-SERIF ITALIC (U+1D608…); there are no italic digits
- bold italic 𝙗𝙤𝙡𝙙  MATHEMATICAL SANS-SERIF BOLD ITALIC (U+1D63C…), digits from the bold set
LinkedIn sets posts in a sans-serif face, so these blend in, and they are what LinkedIn users
commonly paste. The sans-serif blocks are complete; the serif italic block is not (its 'h',
U+1D455, is reserved because ℎ U+210E PLANCK CONSTANT already existed), which is one more reason
not to mix families. `unstyle` maps every mathematical alphanumeric back, holes included.

Only ASCII letters and digits have mathematical forms. Everything else (é, ë, ü, ß, emoji,
punctuation) is kept exactly as it is, and a letter followed by a combining mark (e + U+0301)
is left unstyled so the pair still composes to é.
"""

from __future__ import annotations

import string
import unicodedata
from enum import Flag, auto


class Style(Flag):
    NONE = 0
    BOLD = auto()
    ITALIC = auto()


def _table(capital_a: int, small_a: int, digit_zero: int | None) -> dict[int, str]:
    table = {ord(letter): chr(capital_a + i) for i, letter in enumerate(string.ascii_uppercase)}
    table.update({ord(letter): chr(small_a + i) for i, letter in enumerate(string.ascii_lowercase)})
    if digit_zero is not None:
        table.update({ord(digit): chr(digit_zero + i) for i, digit in enumerate(string.digits)})
    return table


_SANS_BOLD_DIGIT_ZERO = 0x1D7EC
STYLE_TABLES: dict[Style, dict[int, str]] = {
    Style.BOLD: _table(0x1D5D4, 0x1D5EE, _SANS_BOLD_DIGIT_ZERO),
    Style.ITALIC: _table(0x1D608, 0x1D622, None),
    Style.BOLD | Style.ITALIC: _table(0x1D63C, 0x1D656, _SANS_BOLD_DIGIT_ZERO),
}

# Letterlike symbols that stand in for the reserved holes of the serif/script/fraktur/
# double-struck mathematical blocks (e.g. italic h is ℎ U+210E). Text pasted from other
# "LinkedIn bold" tools may contain them.
_HOLE_FILLERS = "ℎℬℰℱℋℐℒℳℛℯℊℴℭℌℑℜℨℂℍℕℙℚℝℤ"


def _unstyle_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for code in range(0x1D400, 0x1D800):
        char = chr(code)
        if unicodedata.name(char, "").startswith("MATHEMATICAL"):
            table[code] = unicodedata.normalize("NFKC", char)
    table.update({ord(char): unicodedata.normalize("NFKC", char) for char in _HOLE_FILLERS})
    return table


_UNSTYLE_TABLE = _unstyle_table()


def _is_combining(char: str) -> bool:
    return unicodedata.category(char) in ("Mn", "Mc", "Me")


def style_text(text: str, style: Style) -> str:
    """`text` with ASCII letters (and digits, for bold) in the mathematical form of `style`."""
    table = STYLE_TABLES.get(style)
    if table is None:
        return text
    if not any(_is_combining(char) for char in text):
        return text.translate(table)
    # A base letter followed by a combining accent stays plain: a styled base would not
    # compose with the accent, so NFC could not give é back and many fonts draw it apart.
    out: list[str] = []
    for index, char in enumerate(text):
        followed_by_mark = index + 1 < len(text) and _is_combining(text[index + 1])
        out.append(char if followed_by_mark else table.get(ord(char), char))
    return "".join(out)


def unstyle(text: str) -> str:
    """Mathematical letters and digits back to plain ones (𝗯𝗼𝗹𝗱 → bold, ℎ → h); the rest as is."""
    return text.translate(_UNSTYLE_TABLE)
