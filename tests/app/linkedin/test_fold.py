"""Where "…see more" goes: three lines or about 210 characters on desktop, about 140 on mobile."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from app.linkedin.fold import DESKTOP_FOLD, MOBILE_FOLD, fold_post, fold_text
from app.linkedin.graphemes import graphemes, is_grapheme_boundary
from tests.app.linkedin.strategies import plain_posts

WORDS = " ".join(f"word{i:02d}" for i in range(60))  # 60 words of 6 letters: 419 characters


def test_short_post_is_not_folded() -> None:
    result = fold_post("Short and sweet 🎉")
    assert result.folded is False
    assert result.head == "Short and sweet 🎉"
    assert result.index == len("Short and sweet 🎉")


def test_three_short_lines_show_then_fold() -> None:
    text = "Line one\nLine two\nLine three\nLine four"
    result = fold_post(text)
    assert result.folded
    assert result.head == "Line one\nLine two\nLine three"
    assert text[: result.index] == result.head


def test_blank_lines_count_as_lines() -> None:
    assert fold_post("Hook\n\nSecond\n\nThird").head == "Hook\n\nSecond"


def test_exactly_three_lines_is_not_folded() -> None:
    assert fold_post("one\ntwo\nthree").folded is False
    assert fold_post("one\ntwo\nthree\n").folded is False


def test_long_paragraph_folds_before_210_on_desktop_at_a_word_end() -> None:
    result = fold_post(WORDS)
    # 29 words + 29 spaces = 203 characters; word30 would end at 210, word29 starts at 203.
    assert result.head == " ".join(f"word{i:02d}" for i in range(30))
    assert len(result.head) == 209
    assert WORDS[result.index] == " "


def test_long_paragraph_folds_before_140_on_mobile() -> None:
    result = fold_post(WORDS, mobile=True)
    assert result.head == " ".join(f"word{i:02d}" for i in range(20))
    assert len(result.head) <= MOBILE_FOLD.max_chars


def test_long_first_line_wraps_and_uses_up_lines() -> None:
    text = "x" * 100 + "\n" + "y" * 100 + "\nz"
    # 100 x's wrap over two 70-character lines, so only 70 y's fit on the third.
    assert fold_post(text).head == "x" * 100 + "\n" + "y" * 70


def test_a_long_word_is_cut_on_a_grapheme_boundary() -> None:
    text = "👍🏽" * 300
    result = fold_post(text)
    assert result.folded
    assert graphemes(result.head) == ["👍🏽"] * DESKTOP_FOLD.max_chars


@given(plain_posts(), st.booleans())
def test_fold_is_a_clean_prefix(text: str, mobile: bool) -> None:
    layout = MOBILE_FOLD if mobile else DESKTOP_FOLD
    result = fold_text(text, layout)
    assert text[: result.index] == result.head
    assert is_grapheme_boundary(text, result.index)
    if result.folded:
        assert result.head == result.head.rstrip()
        assert text[result.index :].strip()
        assert len([g for g in graphemes(result.head) if g != "\n"]) <= layout.max_chars
        assert result.head.count("\n") < layout.max_lines
    else:
        assert result.head == text
