"""What the model errors say to the user: limits in words, no engine internals."""

from __future__ import annotations

import pytest

from models.contract import (
    ContextTooLongError,
    EngineCrashedError,
    ModelError,
    ModelFormatError,
    ModelMissingError,
    about_words,
)
from models.engine.client import describe_exit


@pytest.mark.parametrize(
    "error",
    [
        ContextTooLongError(9000, 8192, 300),
        ContextTooLongError(40, 64, 32),
        ModelFormatError("/models/x.gguf", "the file is cut short."),
        ModelMissingError("/models/gone.gguf"),
        EngineCrashedError(describe_exit(-11)),
        EngineCrashedError(describe_exit(-6)),
    ],
)
def test_model_errors_speak_words_not_tokens_or_llama_cpp(error: ModelError) -> None:
    message = str(error).lower()
    assert "token" not in message and "llama" not in message
    assert message.rstrip().endswith(".")


def test_a_context_limit_is_given_in_words() -> None:
    message = str(ContextTooLongError(9000, 8192, 300))
    assert about_words(9000) == "about 6,300 words" and "about 6,300 words" in message
    assert "about 5,520 words" in message  # (8192 - 300) tokens, in words
