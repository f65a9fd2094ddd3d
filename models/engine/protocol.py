"""Messages between the app and the engine process (framed by wire.py).

Plain dataclasses of builtins, so they pickle cheaply and both sides can be typed.
Requests carry an id; every request gets exactly one final reply (`Done` or `Failed`) with
that id, possibly preceded by `Token`s and `ConversationDone`s.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class EngineConfig:
    model_path: str
    n_ctx: int = 0  # the most KV cells to allocate; 0: min(trained context, DEFAULT_MAX_CTX)
    n_threads: int = 0  # decoding threads; 0: chosen by the machine's load (threads.LoadAwareThreads)
    n_threads_batch: int = 0  # prompt-evaluation threads; 0: as n_threads


# ---- requests (app -> engine)


@dataclass(frozen=True)
class LoadRequest:
    request_id: int
    config: EngineConfig


Messages = tuple[tuple[str, str], ...]  # (role, content)


@dataclass(frozen=True)
class GenerateRequest:
    """Write a reply to each conversation; `Token`s carry the conversation's index, each
    conversation ends with a `ConversationDone`, the request with one `Done`."""

    request_id: int
    conversations: tuple[Messages, ...]
    max_tokens: int
    temperature: float
    top_p: float
    repeat_penalty: float
    seed: int | None
    parallel: bool = True  # False: one after another even where parallel would work
    forget_cache: bool = False  # evaluate every prompt from scratch (benchmarks' naive baseline)


@dataclass(frozen=True)
class CountRequest:
    request_id: int
    messages: Messages


@dataclass(frozen=True)
class TokenizeRequest:
    """The prompt's tokens, for diagnostics and tests (answered with `Tokenized`)."""

    request_id: int
    messages: Messages


@dataclass(frozen=True)
class CancelRequest:
    """Handled as soon as it arrives, even mid-generation: every request with an id up
    to `up_to_id` stops at the next token (or inside prompt evaluation)."""

    up_to_id: int


@dataclass(frozen=True)
class StopConversation:
    """Handled as soon as it arrives: conversation `index` of request `request_id` stops at
    its next token; the others go on."""

    request_id: int
    index: int


@dataclass(frozen=True)
class ShutdownRequest:
    request_id: int = 0


# ---- replies (engine -> app)


@dataclass(frozen=True)
class Loaded:
    request_id: int
    name: str
    path: str
    n_ctx: int
    n_ctx_train: int
    chat_template_found: bool
    size_bytes: int
    notes: tuple[str, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class Token:
    request_id: int
    text: str
    index: int = 0  # which conversation of the request


@dataclass(frozen=True)
class ConversationDone:
    request_id: int
    index: int
    prompt_tokens: int
    prompt_tokens_evaluated: int  # the shared prompt counts for the first conversation
    generated_tokens: int
    finish_reason: str  # "stop", "length", "cancelled"
    path: str = ""  # "parallel" or "sequential", as in Done
    path_note: str = ""


@dataclass(frozen=True)
class Done:
    request_id: int
    prompt_tokens: int = 0
    prompt_tokens_evaluated: int = 0
    generated_tokens: int = 0
    time_to_first_token_s: float = 0.0
    total_time_s: float = 0.0
    finish_reason: str = ""
    count: int = 0  # for CountRequest
    path: str = ""  # GenerateRequest: "parallel" or "sequential"
    path_note: str = ""  # why several conversations were written one after another
    context_cells: int = 0  # the KV cache the request ran in
    context_seconds: float = 0.0  # time spent creating a context for it (0 when reused)
    threads: str = ""  # the thread counts used


@dataclass(frozen=True)
class Tokenized:
    request_id: int
    tokens: tuple[int, ...]
    pieces: tuple[str, ...]
    special: tuple[bool, ...]  # control or user-defined token


# Error kinds map to the typed errors of models.contract on the app side.
KIND_MISSING = "missing"
KIND_FORMAT = "format"
KIND_CONTEXT = "context"
KIND_OTHER = "other"


@dataclass(frozen=True)
class Failed:
    request_id: int
    kind: str
    message: str
    path: str = ""
    prompt_tokens: int = 0
    context_tokens: int = 0
    reply_tokens: int = 0
