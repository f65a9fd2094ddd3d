"""Special-token strings from a model's vocabulary are broken in user text."""

from __future__ import annotations

from models.engine.native.generation import piece_sizes
from models.engine.native.vocabulary import ZERO_WIDTH_SPACE, SpecialTokenGuard

VOCAB_SPECIALS = ["<|im_start|>", "<|im_end|>", "<file_sep>", "[TOOL_CALLS]", "<｜User｜>", "<start_of_image>"]


def test_every_special_string_of_the_vocabulary_is_broken_and_reads_the_same() -> None:
    guard = SpecialTokenGuard(VOCAB_SPECIALS)
    text = "Intro " + " ".join(VOCAB_SPECIALS) + " outro"
    out = guard.neutralise(text)
    for special in VOCAB_SPECIALS:
        assert special not in out
    assert out.replace(ZERO_WIDTH_SPACE, "") == text


def test_plain_words_and_whitespace_tokens_are_left_alone() -> None:
    guard = SpecialTokenGuard(["<pad>", "Hello", "\n\n", "  ", "é", "x"])
    assert guard.texts == ("<pad>",)
    assert guard.neutralise("Hello\n\nworld é x") == "Hello\n\nworld é x"


def test_breaking_one_token_cannot_leave_another_behind() -> None:
    guard = SpecialTokenGuard(["<a>", "<<a>>"])
    out = guard.neutralise("<<a>> and <a>")
    assert "<a>" not in out and "<<a>>" not in out


def test_ordinary_text_is_untouched() -> None:
    guard = SpecialTokenGuard(VOCAB_SPECIALS)
    for text in ["a < b | c > d", "<b>bold</b>", "x <|y", "50% <3", "[TOOLS] list"]:
        assert guard.neutralise(text) == text


def test_prompt_pieces_never_leave_a_lone_token() -> None:
    assert piece_sizes(0, 512) == []
    assert piece_sizes(1, 512) == [1]
    assert piece_sizes(513, 512) == [511, 2]
    assert piece_sizes(1025, 512) == [512, 511, 2]
    assert piece_sizes(700, 512) == [512, 188]
    for count in range(2, 1100, 7):
        sizes = piece_sizes(count, 512)
        assert sum(sizes) == count and all(2 <= s <= 512 for s in sizes)
