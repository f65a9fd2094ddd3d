"""The one contract every chat backend implements, and the errors it raises.

A backend turns chat messages into a stream of text chunks. Cancellation is cooperative:
the caller passes a `CancelToken`; when it is set the stream ends early and quietly
(cancelling is not an error). Every failure is a `ModelError` whose message is a
sentence the user can act on.

This module is plain Python: importing it never loads llama_cpp.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol, runtime_checkable

Role = Literal["system", "user", "assistant"]


@dataclass(frozen=True)
class ChatMessage:
    role: Role
    content: str


@dataclass(frozen=True)
class GenerationOptions:
    max_tokens: int = 400
    temperature: float = 0.7
    top_p: float = 0.9
    repeat_penalty: float = 1.1
    seed: int | None = None  # None: a fresh seed each run


@runtime_checkable
class CancelToken(Protocol):
    def is_set(self) -> bool: ...


class NeverCancel:
    def is_set(self) -> bool:
        return False


PATH_PARALLEL = "parallel"  # RunStats.path: the texts of one request were written at once
PATH_SEQUENTIAL = "sequential"  # ...one after another (RunStats.path_note says why, for several)


@dataclass
class RunStats:
    """Measured by the backend for one stream."""

    prompt_tokens: int = 0  # tokens in the whole prompt
    prompt_tokens_evaluated: int = 0  # tokens actually computed (the rest came from the prefix cache)
    generated_tokens: int = 0
    time_to_first_token_s: float = 0.0
    total_time_s: float = 0.0
    cancelled: bool = False
    finish_reason: str = ""  # "stop", "length", "cancelled"
    # How the backend wrote this text beside the others of one request: "parallel" (all
    # at once) or "sequential" (one after another); "" when it does not say.
    path: str = ""
    path_note: str = ""  # why several texts were written one after another (for the status bar)

    @property
    def tokens_per_second(self) -> float:
        gen_time = self.total_time_s - self.time_to_first_token_s
        if self.generated_tokens < 2 or gen_time <= 0:
            return 0.0
        return (self.generated_tokens - 1) / gen_time


class TextStream(Iterator[str]):
    """An iterator of text chunks that records its `RunStats` once it is exhausted."""

    def __init__(self, chunks: Iterator[str], stats: RunStats) -> None:
        self._chunks = chunks
        self.stats = stats

    def __iter__(self) -> TextStream:
        return self

    def __next__(self) -> str:
        return next(self._chunks)

    def close(self) -> None:
        close = getattr(self._chunks, "close", None)
        if close is not None:
            close()


class MultiStream(Iterator[tuple[int, str]]):
    """Text chunks of several conversations written at once, as (conversation index, text)
    in the order they were written: chunks of different conversations interleave.
    `stats[i]` is conversation i's RunStats, complete once the stream is exhausted."""

    def __init__(self, chunks: Iterator[tuple[int, str]], stats: list[RunStats]) -> None:
        self._chunks = chunks
        self.stats = stats

    def __iter__(self) -> MultiStream:
        return self

    def __next__(self) -> tuple[int, str]:
        return next(self._chunks)

    def close(self) -> None:
        close = getattr(self._chunks, "close", None)
        if close is not None:
            close()


@dataclass(frozen=True)
class ModelInfo:
    name: str
    path: str
    context_length: int  # the window we run with (n_ctx)
    trained_context_length: int = 0
    chat_template_found: bool = True
    size_bytes: int = 0
    notes: tuple[str, ...] = field(default_factory=tuple)  # things the user should know (e.g. no template)


@runtime_checkable
class ChatBackend(Protocol):
    """What the app needs from a model. Implementations: models.engine.client.LocalEngineBackend
    (llama.cpp in a child process) and models.fake.ScriptedBackend (tests)."""

    def load(self) -> ModelInfo:
        """Load the model (idempotent: a loaded model stays loaded). Raises ModelError."""
        ...

    def stream(
        self,
        messages: Sequence[ChatMessage],
        options: GenerationOptions,
        cancel: CancelToken,
    ) -> TextStream:
        """Stream the reply. Raises ModelError (at creation or while iterating)."""
        ...

    def count_tokens(self, messages: Sequence[ChatMessage]) -> int:
        """Tokens the rendered prompt takes in this model."""
        ...

    def close(self) -> None: ...


@runtime_checkable
class MultiStreamBackend(ChatBackend, Protocol):
    """A backend that can write several conversations at once (the local engine decodes
    them in one batch per step). Backends without it get one `stream` after another."""

    def stream_many(
        self,
        conversations: Sequence[Sequence[ChatMessage]],
        options: GenerationOptions,
        cancel: CancelToken,
        stops: Sequence[CancelToken] | None = None,
    ) -> MultiStream:
        """Stream replies to all conversations. `cancel` ends them all; `stops[i]` (one
        token per conversation, optional) ends conversation i alone. Raises ModelError."""
        ...


# ---------------------------------------------------------------- errors


class ModelError(Exception):
    """A problem with the model or the engine. `str(err)` is for the user."""

    exit_code = 3


def _shown(path: str) -> str:
    """A path fit for a message: bytes of a file name that are not UTF-8 become '�'."""
    return os.fsencode(path).decode("utf-8", errors="replace")


class ModelMissingError(ModelError):
    def __init__(self, path: str) -> None:
        super().__init__(
            f"The model file {_shown(path)} does not exist. Choose another model, or put a .gguf file "
            "in your models folder."
        )
        self.path = path


class ModelFormatError(ModelError):
    """Not a GGUF file, a truncated GGUF, or an architecture this llama.cpp cannot load."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(
            f"{_shown(path)} cannot be loaded: {reason} Choose a complete .gguf model file "
            "(for example download it again, or pick another model)."
        )
        self.path = path
        self.reason = reason


WORDS_PER_TOKEN = 0.7  # English and Dutch: a token is about ¾ of a word; users count in words


def about_words(tokens: int) -> str:
    return f"about {round(tokens * WORDS_PER_TOKEN, -1 if tokens > 100 else 0):,.0f} words"


class ContextTooLongError(ModelError):
    """The prompt does not fit the model's context window. Said in words: users count words."""

    def __init__(self, prompt_tokens: int, context_tokens: int, reply_tokens: int) -> None:
        fits = max(context_tokens - reply_tokens, 0)
        super().__init__(
            f"The story, notes and examples come to {about_words(prompt_tokens)}, but this model reads at most "
            f"{about_words(fits)} at a time besides the post it writes. Shorten the story or the samples, or "
            "choose a model that reads more at once."
        )
        self.prompt_tokens = prompt_tokens
        self.context_tokens = context_tokens
        self.reply_tokens = reply_tokens


class EngineCrashedError(ModelError):
    def __init__(self, how: str) -> None:
        super().__init__(
            f"The model engine stopped unexpectedly ({how}). Your text is safe. "
            "The next request starts a fresh engine; if this keeps happening, try a smaller model."
        )
        self.how = how


class EngineStartError(ModelError):
    pass


class GenerationFailedError(ModelError):
    pass
