"""Chat messages to prompt tokens, with user text kept from turning into control tokens.

Prompts are tokenised with special tokens on (the chat template needs them), so a story
containing "<|im_end|>" would end the user's turn, and "<file_sep>" or "[TOOL_CALLS]" would
reach the model as the real control token. Which strings are special depends on the model:
the list comes from the loaded model's own vocabulary (tokens marked control or
user-defined, which llama.cpp's tokenizer matches as whole tokens), not from a fixed list.
Such strings in message text are broken with a zero-width space after their first
character: they read the same, but no longer match a token.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import llama_cpp

from models.engine.model_path import TEMPLATE_VARIABLES
from models.engine.native.handles import Model

ZERO_WIDTH_SPACE = "\u200b"
_SPECIAL_ATTRIBUTES = (
    llama_cpp.LLAMA_TOKEN_ATTR_CONTROL | llama_cpp.LLAMA_TOKEN_ATTR_USER_DEFINED | llama_cpp.LLAMA_TOKEN_ATTR_UNKNOWN
)
_MAX_PASSES = 4  # breaking one token cannot create another more than a few times over


def is_special(attributes: int) -> bool:
    return bool(attributes & _SPECIAL_ATTRIBUTES)


def _could_steer(text: str) -> bool:
    """Special tokens that are markup ("<|im_end|>", "[INST]", "<｜User｜>") steer the model;
    user-defined tokens that are plain words or whitespace runs (some vocabularies have
    them) mean what they say, and breaking them would only garble ordinary text."""
    if len(text) < 2 or not text.strip():
        return False
    return any(not (ch.isalnum() or ch.isspace() or unicodedata.category(ch) == "Mn") for ch in text)


class SpecialTokenGuard:
    """Neutralises a model's special-token strings in text."""

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = tuple(sorted({t for t in texts if _could_steer(t)}, key=lambda t: (-len(t), t)))
        self._pattern = re.compile("|".join(re.escape(t) for t in self.texts)) if self.texts else None

    @classmethod
    def for_model(cls, model: Model) -> SpecialTokenGuard:
        texts = [model.token_text(t) for t in range(model.n_vocab) if is_special(model.token_attributes(t))]
        return cls(texts)

    def neutralise(self, text: str) -> str:
        if self._pattern is None:
            return text
        for _ in range(_MAX_PASSES):
            broken = self._pattern.sub(lambda m: m.group(0)[0] + ZERO_WIDTH_SPACE + m.group(0)[1:], text)
            if broken == text:
                break
            text = broken
        return text


@dataclass(frozen=True)
class PromptToken:
    id: int
    text: str
    special: bool


class PromptBuilder:
    """Renders a conversation with the model's chat template and tokenises it."""

    def __init__(self, model: Model, formatter: Any, guard: SpecialTokenGuard) -> None:
        self.model = model
        self.formatter = formatter  # llama_cpp.llama_chat_format.Jinja2ChatFormatter
        self.guard = guard
        # What llama-cpp-python's chat completion stops on besides end-of-generation tokens.
        eos_text = getattr(formatter, "eos_token", "")
        self.stops: tuple[str, ...] = (eos_text,) if isinstance(eos_text, str) and eos_text else ()

    def tokens(self, messages: Sequence[tuple[str, str]]) -> list[int]:
        chat = [{"role": role, "content": self.guard.neutralise(content)} for role, content in messages]
        formatted = self.formatter(messages=chat, **TEMPLATE_VARIABLES)
        return self.model.tokenize(formatted.prompt, add_special=not formatted.added_special, parse_special=True)

    def explain(self, messages: Sequence[tuple[str, str]]) -> list[PromptToken]:
        return [
            PromptToken(t, self.model.detokenize([t], special=True), is_special(self.model.token_attributes(t)))
            for t in self.tokens(messages)
        ]
