"""Properties of to_linkedin_text that must hold for any model-shaped markdown."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from app.linkedin.format import to_linkedin_text, unstyle
from app.linkedin.graphemes import graphemes
from tests.app.linkedin.strategies import EMOJI, markdown_posts, plain_posts

LEFTOVER_BLOCK_MARKUP = re.compile(r"^(?:#{1,6} |[-*+] |>)", re.MULTILINE)


def letters_and_digits(text: str) -> list[str]:
    """What a reader must never lose, compared after undoing the styling."""
    return [char for char in unicodedata.normalize("NFC", unstyle(text)) if char.isalnum()]


def emoji_in(text: str) -> list[str]:
    return [cluster for cluster in graphemes(text) if cluster in EMOJI]


@given(markdown_posts(), st.booleans())
def test_output_has_no_markdown_markers(markdown: str, styling: bool) -> None:
    out = to_linkedin_text(markdown, unicode_styling=styling)
    assert "**" not in out
    assert "__" not in out
    assert "`" not in out
    assert LEFTOVER_BLOCK_MARKUP.search(out) is None, out


@given(markdown_posts(), st.booleans())
def test_never_loses_letters_digits_or_emoji(markdown: str, styling: bool) -> None:
    out = to_linkedin_text(markdown, unicode_styling=styling)
    assert letters_and_digits(out) == letters_and_digits(markdown)
    assert emoji_in(out) == emoji_in(markdown)


@given(markdown_posts())
def test_plain_option_is_the_styled_text_unstyled(markdown: str) -> None:
    plain = to_linkedin_text(markdown, unicode_styling=False)
    assert unstyle(plain) == plain
    assert unstyle(to_linkedin_text(markdown)) == plain


@given(markdown_posts(), st.booleans())
def test_converting_twice_changes_nothing(markdown: str, styling: bool) -> None:
    once = to_linkedin_text(markdown, unicode_styling=styling)
    assert to_linkedin_text(once, unicode_styling=styling) == once


@given(plain_posts(), st.booleans())
def test_plain_text_comes_through_unchanged(text: str, styling: bool) -> None:
    assert to_linkedin_text(text, unicode_styling=styling) == text


@given(st.text(), st.booleans())
@settings(max_examples=300)
def test_any_text_converts_to_tidy_lines(text: str, styling: bool) -> None:
    out = to_linkedin_text(text, unicode_styling=styling)
    assert out == out.strip("\n")
    assert all(line == line.rstrip() for line in out.split("\n"))
    assert "\n\n\n" not in out
