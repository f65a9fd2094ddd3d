"""Messages between the app and the engine process (framed by wire.py).

Plain dataclasses of builtins, so they pickle cheaply and both sides can be typed.
Requests carry an id; every request gets exactly one final reply (`Done` or `Failed`) with
that id, possibly preceded by `Token`s.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class EngineConfig:
    model_path: str
    n_ctx: int = 0  # 0: min(trained context, DEFAULT_MAX_CTX)
    n_threads: int = 0  # 0: physical cores


# ---- requests (app -> engine)


@dataclass(frozen=True)
class LoadRequest:
    request_id: int
    config: EngineConfig


@dataclass(frozen=True)
class ChatRequest:
    request_id: int
    messages: tuple[tuple[str, str], ...]  # (role, content)
    max_tokens: int
    temperature: float
    top_p: float
    repeat_penalty: float
    seed: int | None


@dataclass(frozen=True)
class CountRequest:
    request_id: int
    messages: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class CancelRequest:
    """Handled as soon as it arrives, even mid-generation: every request with an id up
    to `up_to_id` stops at the next token (or inside prompt evaluation)."""

    up_to_id: int


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
