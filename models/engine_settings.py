"""Engine settings per model: context size, threads, and the sampling a user may tune.

Defaults come from the model (its trained context, the sampling its makers recommend in
`general.sampling.*`) and from the machine (the context that fits in memory; threads 0 =
automatic, following the machine's load). The user's changes are kept as overrides — only the fields they changed —
so better defaults in a later version still reach everything they did not touch.

Sampling is applied by wrapping the backend (`TunedBackend`): a field is forced only when
the user set it or the model recommends it; otherwise the app's own choice per request
(e.g. max tokens by post length) stands. Context and threads need an engine reload.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from models.contract import (
    CancelToken,
    ChatBackend,
    ChatMessage,
    GenerationOptions,
    ModelInfo,
    MultiStream,
    MultiStreamBackend,
    TextStream,
)
from models.gguf import GgufInfo
from models.memory import TIGHT_SHARE, architecture_of, memory_need

CTX_MULTIPLE = 256  # llama-cpp-python breaks near the end of other window sizes
MIN_CONTEXT = 512
DEFAULT_MAX_CONTEXT = 8192  # a long story plus samples fits; 128k would allocate gigabytes
RELOAD_FIELDS = ("context", "threads")
_APP = GenerationOptions()

# (field, metadata key) for sampling the model's makers recommend.
_MODEL_SAMPLING = (
    ("temperature", "general.sampling.temp"),
    ("top_p", "general.sampling.top_p"),
    ("repeat_penalty", "general.sampling.penalty_repeat"),
)


@dataclass(frozen=True)
class EngineSettings:
    context: int
    threads: int
    temperature: float
    top_p: float
    max_tokens: int  # 0: by post length (the app decides per request)
    repeat_penalty: float
    seed: int | None  # None: a fresh seed each run


@dataclass(frozen=True)
class SettingProblem:
    field: str
    message: str


@dataclass(frozen=True)
class Limits:
    max_context: int
    max_threads: int


def default_settings(info: GgufInfo | None, *, threads: int, total_ram: int) -> EngineSettings:
    trained = info.context_length if info is not None else 0
    context = min(trained or 4096, DEFAULT_MAX_CONTEXT)
    if info is not None and total_ram > 0:
        architecture = architecture_of(info)
        # Halve the window until the model fits beside everything else on this laptop.
        while context > MIN_CONTEXT and memory_need(info.file_size, architecture, context) > total_ram * TIGHT_SHARE:
            context //= 2
    values: dict[str, Any] = {
        "context": _round_context(context),
        "threads": max(0, threads),  # 0: automatic (models/engine/threads.py)
        "temperature": _APP.temperature,
        "top_p": _APP.top_p,
        "max_tokens": 0,
        "repeat_penalty": _APP.repeat_penalty,
        "seed": None,
    }
    values.update(model_sampling(info))
    return EngineSettings(**values)


def model_sampling(info: GgufInfo | None) -> dict[str, float]:
    """Sampling values the model file recommends (`general.sampling.*`), when sane."""
    if info is None:
        return {}
    found: dict[str, float] = {}
    for name, key in _MODEL_SAMPLING:
        value = info.metadata.get(key)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            candidate = round(float(value), 4)
            if not _check(name, candidate, Limits(DEFAULT_MAX_CONTEXT, 1)):
                found[name] = candidate
    return found


def limits_for(info: GgufInfo | None, cpu_count: int) -> Limits:
    trained = info.context_length if info is not None else 0
    return Limits(max_context=max(trained, MIN_CONTEXT) if trained else 131072, max_threads=max(1, cpu_count))


def validate(settings: EngineSettings, limits: Limits) -> list[SettingProblem]:
    problems = []
    for f in dataclasses.fields(EngineSettings):
        message = _check(f.name, getattr(settings, f.name), limits)
        if message:
            problems.append(SettingProblem(f.name, message))
    return problems


def _check(name: str, value: Any, limits: Limits) -> str:
    if name == "seed":
        if value is None or (isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**32):
            return ""
        return "The seed must be empty (a new one each time) or a whole number from 0 to 4294967295."
    if name in ("context", "threads", "max_tokens"):
        if not isinstance(value, int) or isinstance(value, bool):
            return "Use a whole number."
    elif not isinstance(value, (int, float)) or isinstance(value, bool):
        return "Use a number."
    if name == "context":
        if value < MIN_CONTEXT or value > limits.max_context:
            return f"The context must be between {MIN_CONTEXT:,} and {limits.max_context:,} tokens (what the model was trained for)."
        if value % CTX_MULTIPLE:
            return f"The context must be a multiple of {CTX_MULTIPLE}."
    elif name == "threads" and not 0 <= value <= limits.max_threads:
        return f"Use 0 (automatic) or between 1 and {limits.max_threads} threads (this computer's processors)."
    elif name == "temperature" and not 0.0 <= value <= 2.0:
        return "The temperature must be between 0 (always the same) and 2 (very varied)."
    elif name == "top_p" and not 0.05 <= value <= 1.0:
        return "Top-p must be between 0.05 and 1."
    elif name == "repeat_penalty" and not 1.0 <= value <= 2.0:
        return "The repeat penalty must be between 1 (off) and 2."
    elif name == "max_tokens" and value != 0 and not 16 <= value <= 4096:
        return "Max tokens must be 0 (by post length) or between 16 and 4,096."
    return ""


def _round_context(value: int) -> int:
    return max(MIN_CONTEXT, value // CTX_MULTIPLE * CTX_MULTIPLE)


def overrides_between(defaults: EngineSettings, chosen: EngineSettings) -> dict[str, Any]:
    """The fields the user changed: what gets stored."""
    return {f.name: getattr(chosen, f.name) for f in dataclasses.fields(EngineSettings)
            if getattr(chosen, f.name) != getattr(defaults, f.name)}  # fmt: skip


def with_overrides(defaults: EngineSettings, stored: Mapping[str, Any], limits: Limits) -> EngineSettings:
    """Defaults with the stored overrides that are still valid (a hand-edited or outdated
    settings file never stops the engine: bad values are dropped)."""
    values = dataclasses.asdict(defaults)
    for name, value in stored.items():
        if name in values and not _check(name, value, limits):
            values[name] = float(value) if isinstance(defaults.__dict__[name], float) else value
    return EngineSettings(**values)


def needs_reload(old: EngineSettings, new: EngineSettings) -> bool:
    return any(getattr(old, name) != getattr(new, name) for name in RELOAD_FIELDS)


@dataclass(frozen=True)
class ForcedSampling:
    """Generation options that replace the app's per-request choice (None: keep it)."""

    temperature: float | None = None
    top_p: float | None = None
    repeat_penalty: float | None = None
    max_tokens: int | None = None
    seed: int | None = None

    def apply(self, options: GenerationOptions) -> GenerationOptions:
        changes: dict[str, Any] = {}
        for name in ("temperature", "top_p", "repeat_penalty", "max_tokens"):
            value = getattr(self, name)
            if value is not None:
                changes[name] = value
        if self.seed is not None and options.seed is None:  # a seed asked for this run wins
            changes["seed"] = self.seed
        return dataclasses.replace(options, **changes) if changes else options


def forced_sampling(info: GgufInfo | None, stored: Mapping[str, Any], limits: Limits) -> ForcedSampling:
    """What the user set, on top of what the model recommends."""
    values: dict[str, Any] = dict(model_sampling(info))
    for name in ("temperature", "top_p", "repeat_penalty", "max_tokens", "seed"):
        if name in stored and not _check(name, stored[name], limits):
            values[name] = stored[name]
    if values.get("max_tokens") == 0:
        del values["max_tokens"]
    return ForcedSampling(**values)


class TunedBackend:
    """A ChatBackend that applies a model's sampling settings to every stream. `forced` may be
    a function, asked at every stream, so a changed setting applies without a reload."""

    def __init__(self, backend: ChatBackend, forced: ForcedSampling | Callable[[], ForcedSampling]) -> None:
        self.backend = backend
        self._forced = forced

    @property
    def forced(self) -> ForcedSampling:
        return self._forced() if callable(self._forced) else self._forced

    def load(self) -> ModelInfo:
        return self.backend.load()

    def stream(self, messages: Sequence[ChatMessage], options: GenerationOptions, cancel: CancelToken) -> TextStream:
        return self.backend.stream(messages, self.forced.apply(options), cancel)

    def count_tokens(self, messages: Sequence[ChatMessage]) -> int:
        return self.backend.count_tokens(messages)

    def close(self) -> None:
        self.backend.close()

    def __getattr__(self, name: str) -> Any:
        # Everything else (engine_pid, info, …) is the wrapped backend's; but not
        # stream_many, which would skip the sampling settings (see TunedMultiBackend).
        if name == "stream_many":
            raise AttributeError(name)
        return getattr(self.backend, name)


class TunedMultiBackend(TunedBackend):
    """A TunedBackend over a backend that writes several conversations at once."""

    def __init__(self, backend: MultiStreamBackend, forced: ForcedSampling | Callable[[], ForcedSampling]) -> None:
        super().__init__(backend, forced)
        self.multi = backend

    def stream_many(
        self,
        conversations: Sequence[Sequence[ChatMessage]],
        options: GenerationOptions,
        cancel: CancelToken,
        stops: Sequence[CancelToken] | None = None,
    ) -> MultiStream:
        return self.multi.stream_many(conversations, self.forced.apply(options), cancel, stops)


def tuned(backend: ChatBackend, forced: ForcedSampling | Callable[[], ForcedSampling]) -> TunedBackend:
    """`backend` with the sampling settings applied, keeping its ability to write several
    conversations at once."""
    if isinstance(backend, MultiStreamBackend):
        return TunedMultiBackend(backend, forced)
    return TunedBackend(backend, forced)
