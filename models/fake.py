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
    MultiStream,
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
    `stream_many` writes several conversations at once like the local engine: one word of
    every unfinished conversation per step, so their chunks interleave.
    """

    replies: list[Reply] = field(default_factory=lambda: ["This is a scripted post."])
    chunk_delay_s: float = 0.0
    fail_on_load: ModelError | None = None
    fail_after_chunks: tuple[int, ModelError] | None = None
    context_length: int = 4096
    name: str = "Scripted test model"
    calls: list[list[ChatMessage]] = field(default_factory=list)
    options: list[GenerationOptions] = field(default_factory=list)  # of every stream / stream_many
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
        self.options.append(options)
        return TextStream(self._chunks(list(messages), options, cancel, stats), stats)

    def stream_many(
        self,
        conversations: Sequence[Sequence[ChatMessage]],
        options: GenerationOptions,
        cancel: CancelToken,
        stops: Sequence[CancelToken] | None = None,
    ) -> MultiStream:
        stats = [RunStats(path="parallel") for _ in conversations]
        self.options.append(options)
        chunks = self._interleaved([list(c) for c in conversations], options, cancel, stops, stats)
        return MultiStream(chunks, stats)

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


    def _interleaved(
        self,
        conversations: list[list[ChatMessage]],
        options: GenerationOptions,
        cancel: CancelToken,
        stops: Sequence[CancelToken] | None,
        stats: list[RunStats],
    ) -> Iterator[tuple[int, str]]:
        self.load()
        started = time.monotonic()
        pieces: list[list[str]] = []
        cut: list[bool] = []  # the reply is longer than max_tokens: it ends with "length"
        for index, messages in enumerate(conversations):
            self.calls.append(messages)
            stats[index].prompt_tokens = stats[index].prompt_tokens_evaluated = self.count_tokens(messages)
            whole = re.findall(r"\s*\S+", self._reply_for(messages))
            pieces.append(whole[: options.max_tokens])
            cut.append(len(whole) > options.max_tokens)

        def finish(index: int, reason: str) -> None:
            one = stats[index]
            if not one.finish_reason:
                one.finish_reason, one.cancelled = reason, reason == "cancelled"
                one.total_time_s = time.monotonic() - started

        emitted = 0
        for step in range(max((len(p) for p in pieces), default=0) + 1):
            for index, words in enumerate(pieces):
                if stats[index].finish_reason:
                    continue
                if cancel.is_set() or (stops is not None and stops[index].is_set()):
                    finish(index, "cancelled")
                    continue
                if step >= len(words):
                    finish(index, "length" if cut[index] else "stop")
                    continue
                if self.fail_after_chunks is not None and emitted == self.fail_after_chunks[0]:
                    raise self.fail_after_chunks[1]
                if self.chunk_delay_s:
                    time.sleep(self.chunk_delay_s)
                if step == 0:
                    stats[index].time_to_first_token_s = time.monotonic() - started
                stats[index].generated_tokens += 1
                emitted += 1
                yield index, words[step]
                if step == len(words) - 1:
                    finish(index, "length" if cut[index] else "stop")  # like the engine: done as soon as its text is


def _words(text: str) -> list[str]:
    return text.split()


@dataclass
class OneAtATimeBackend:
    """A scripted backend without `stream_many`, like a backend that writes one
    conversation at a time: the app then runs one card after another."""

    scripted: ScriptedBackend = field(default_factory=ScriptedBackend)

    def load(self) -> ModelInfo:
        return self.scripted.load()

    def stream(self, messages: Sequence[ChatMessage], options: GenerationOptions, cancel: CancelToken) -> TextStream:
        return self.scripted.stream(messages, options, cancel)

    def count_tokens(self, messages: Sequence[ChatMessage]) -> int:
        return self.scripted.count_tokens(messages)

    def close(self) -> None:
        self.scripted.close()
