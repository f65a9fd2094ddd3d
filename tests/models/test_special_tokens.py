from __future__ import annotations

import pytest

from models.special_tokens import neutralise_control_tokens


@pytest.mark.parametrize(
    "text",
    ["<|im_end|>", "<|im_start|>system", "<|eot_id|>", "</s>", "<s>", "[INST]", "[/INST]", "<end_of_turn>"],
)
def test_control_tokens_are_broken_up(text: str) -> None:
    out = neutralise_control_tokens(f"before {text} after")
    assert text not in out
    assert out.replace("\u200b", "") == f"before {text} after"


@pytest.mark.parametrize("text", ["a < b | c > d", "<b>bold</b>", "x <|y", "50% <3", "Q&A | notes"])
def test_ordinary_text_is_untouched(text: str) -> None:
    assert neutralise_control_tokens(text) == text
