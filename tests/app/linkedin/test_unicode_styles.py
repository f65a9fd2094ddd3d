"""The Unicode letter tables behind bold and italic, and unstyle()."""

from __future__ import annotations

import string
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.linkedin.unicode_styles import STYLE_TABLES, Style, style_text, unstyle

EXPECTED_NAME_PREFIX = {
    Style.BOLD: "MATHEMATICAL SANS-SERIF BOLD ",
    Style.ITALIC: "MATHEMATICAL SANS-SERIF ITALIC ",
    Style.BOLD | Style.ITALIC: "MATHEMATICAL SANS-SERIF BOLD ITALIC ",
}


@pytest.mark.parametrize("style", list(STYLE_TABLES))
def test_every_letter_maps_to_the_named_mathematical_letter(style: Style) -> None:
    table = STYLE_TABLES[style]
    for letter in string.ascii_letters:
        name = unicodedata.name(table[ord(letter)])
        case = "CAPITAL" if letter.isupper() else "SMALL"
        assert name == f"{EXPECTED_NAME_PREFIX[style]}{case} {letter.upper()}"


def test_digits_are_bold_where_a_bold_form_exists_and_plain_in_italic() -> None:
    assert style_text("0123456789", Style.BOLD) == "𝟬𝟭𝟮𝟯𝟰𝟱𝟲𝟳𝟴𝟵"
    assert style_text("0123456789", Style.BOLD | Style.ITALIC) == "𝟬𝟭𝟮𝟯𝟰𝟱𝟲𝟳𝟴𝟵"
    assert style_text("2024", Style.ITALIC) == "2024"


def test_no_style_is_identity() -> None:
    assert style_text("Hello", Style.NONE) == "Hello"


def test_unstyle_handles_other_families_and_the_reserved_italic_h() -> None:
    # Serif italic "hi" is ℎ (U+210E, the filler for the reserved U+1D455) + 𝑖.
    assert unstyle("\u210e\U0001d456") == "hi"
    assert unstyle("𝐁𝐨𝐥𝐝 𝑰𝒕𝒂𝒍𝒊𝒄 𝚖𝚘𝚗𝚘 ℝ") == "Bold Italic mono R"


@given(st.text(), st.sampled_from(list(STYLE_TABLES)))
def test_styling_then_unstyling_gives_the_text_back(text: str, style: Style) -> None:
    # Math letters already in the input would be unstyled too, so leave them out.
    text = unstyle(text)
    assert unstyle(style_text(text, style)) == text
