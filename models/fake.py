"""A scripted backend for fast tests: no model, deterministic output, real cancel semantics."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from models.contract import (
    CancelToken,
    ChatMessage,
    GenerationOptions,
    ModelError,
    ModelInfo,
    RunStats,
    TextStream,
)

Reply = str | Callable[[Sequence[ChatMessage]], str]


@dataclass
class ScriptedBackend:
    """Streams scripted replies word by word.

    `replies` are used in order (the last one repeats); a callable gets the messages.
    `fail_on_load` / `fail_after_chunks` raise the given ModelError to test error paths.
    `chunk_delay_s` makes streams slow enough to cancel in UI tests.
    """

    replies: list[Reply] = field(default_factory=lambda: ["This is a scripted post."])
    chunk_delay_s: float = 0.0
    fail_on_load: ModelError | None = None
    fail_after_chunks: tuple[int, ModelError] | None = None
    context_length: int = 4096
    name: str = "Scripted test model"
    calls: list[list[ChatMessage]] = field(default_factory=list)
    loads: int = 0
    closed: bool = False

    def load(self) -> ModelInfo:
        self.loads += 1
        if self.fail_on_load is not None:
            raise self.fail_on_load
        return ModelInfo(name=self.name, path="<scripted>", context_length=self.context_length)

    def stream(
        self,
        messages: Sequence[ChatMessage],
        options: GenerationOptions,
        cancel: CancelToken,
    ) -> TextStream:
        stats = RunStats()
        return TextStream(self._chunks(list(messages), options, cancel, stats), stats)

    def count_tokens(self, messages: Sequence[ChatMessage]) -> int:
        return sum(len(_words(m.content)) for m in messages)

    def close(self) -> None:
        self.closed = True

    def _reply_for(self, messages: Sequence[ChatMessage]) -> str:
        index = min(len(self.calls) - 1, len(self.replies) - 1)
        reply = self.replies[index]
        return reply(messages) if callable(reply) else reply

    def _chunks(
        self, messages: list[ChatMessage], options: GenerationOptions, cancel: CancelToken, stats: RunStats
    ) -> Iterator[str]:
        self.load()
        self.calls.append(messages)
        started = time.monotonic()
        stats.prompt_tokens = stats.prompt_tokens_evaluated = self.count_tokens(messages)
        all_pieces = re.findall(r"\s*\S+", self._reply_for(messages))
        pieces = all_pieces[: options.max_tokens]
        for index, piece in enumerate(pieces):
            if cancel.is_set():
                stats.cancelled, stats.finish_reason = True, "cancelled"
                break
            if self.fail_after_chunks is not None and index == self.fail_after_chunks[0]:
                raise self.fail_after_chunks[1]
            if self.chunk_delay_s:
                time.sleep(self.chunk_delay_s)
            if index == 0:
                stats.time_to_first_token_s = time.monotonic() - started
            stats.generated_tokens += 1
            yield piece
        else:
            stats.finish_reason = "length" if len(all_pieces) > len(pieces) else "stop"
        stats.total_time_s = time.monotonic() - started


def _words(text: str) -> list[str]:
    return text.split()
