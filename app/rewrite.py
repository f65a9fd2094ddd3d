"""Drafting posts: one stream per angle through a ChatBackend, shared by the CLI and the UI worker.

Angles run one after another on purpose: the engine keeps one KV cache, and running
them in sequence lets each angle reuse the evaluated shared prefix (see app/prompt.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from app.post_cleanup import clean_post
from app.presets import Preset
from app.prompt import PromptInput, build_messages, generation_options, measure_tokens_per_word, tweak_messages
from app.tweaks import Tweak
from app.voice import VoiceProfile
from app.voice_prompt import apply_voice
from models.contract import CancelToken, ChatBackend, ChatMessage, RunStats

ChunkCallback = Callable[[str, str], None]  # (card id / angle id, text chunk)


@dataclass
class PostResult:
    angle: Preset
    text: str
    stats: RunStats = field(default_factory=RunStats)

    @property
    def cancelled(self) -> bool:
        return self.stats.cancelled


@dataclass(frozen=True)
class DraftTask:
    """One card to (re)write: a fresh draft for an angle, or a tweak of the card's text."""

    card_id: str
    angle: Preset
    tweak: Tweak | None = None
    current_text: str = ""

    def messages(self, request: PromptInput) -> list[ChatMessage]:
        if self.tweak is not None:
            return tweak_messages(request, self.current_text, self.tweak.instruction)
        return build_messages(request, self.angle)


@dataclass(frozen=True)
class DraftJob:
    """What one press of Generate (or Regenerate, or a tweak) asks the worker to do."""

    job_id: int
    request: PromptInput
    tasks: tuple[DraftTask, ...]
    seed: int | None = None
    profile: VoiceProfile | None = None  # the user's voice, fitted into the prompt by the worker


def prepared_request(backend: ChatBackend, job: DraftJob) -> PromptInput:
    """The job's request with the user's voice fitted to this model's context window."""
    if job.profile is None:
        return job.request
    info = backend.load()
    angles = [task.angle for task in job.tasks]
    return apply_voice(job.request, angles, job.profile, info.context_length, backend.count_tokens)


class JobEvents(Protocol):
    """What a running job reports, per card. Chunks of different cards may interleave
    (a backend may write several cards at once); every started card gets exactly one
    `task_finished`, unless the job fails with a ModelError."""

    def task_started(self, card_id: str) -> None: ...

    def chunk(self, card_id: str, text: str) -> None: ...

    def task_finished(self, card_id: str, result: PostResult) -> None: ...


def run_job(backend: ChatBackend, job: DraftJob, cancel: CancelToken, events: JobEvents) -> None:
    """Write every card of a job: the one entry point the UI worker and the CLI share.

    Raises ModelError. A cancel ends the job quietly; cards already started report the
    text written so far."""
    request = prepared_request(backend, job)
    tokens_per_word = measure_tokens_per_word(backend.count_tokens, request.language)
    for task in job.tasks:
        if cancel.is_set():
            break
        events.task_started(task.card_id)
        result = run_task(backend, request, task, cancel, events.chunk, job.seed, tokens_per_word)
        events.task_finished(task.card_id, result)


def run_task(
    backend: ChatBackend,
    request: PromptInput,
    task: DraftTask,
    cancel: CancelToken,
    on_chunk: ChunkCallback | None = None,
    seed: int | None = None,
    tokens_per_word: float | None = None,
) -> PostResult:
    """Write one card. Raises ModelError; a cancel returns the partial text.

    The token limit is the longest post asked for, in this model's tokens (`tokens_per_word`,
    measured when not given); a reply that reaches it ends at its last full sentence."""
    if tokens_per_word is None:
        tokens_per_word = measure_tokens_per_word(backend.count_tokens, request.language)
    options = generation_options(request.length, request.language, tokens_per_word=tokens_per_word, seed=seed)
    stream = backend.stream(task.messages(request), options, cancel)
    parts: list[str] = []
    try:
        for chunk in stream:
            parts.append(chunk)
            if on_chunk is not None:
                on_chunk(task.card_id, chunk)
    finally:
        stream.close()
    hit_limit = stream.stats.finish_reason == "length"
    return PostResult(task.angle, clean_post("".join(parts), hit_token_limit=hit_limit), stream.stats)


def stream_post(
    backend: ChatBackend,
    request: PromptInput,
    angle: Preset,
    cancel: CancelToken,
    on_chunk: ChunkCallback | None = None,
    seed: int | None = None,
) -> PostResult:
    """Draft one angle (chunks are reported with the angle id)."""
    return run_task(backend, request, DraftTask(angle.id, angle), cancel, on_chunk, seed)


def stream_posts(
    backend: ChatBackend,
    request: PromptInput,
    angles: Sequence[Preset],
    cancel: CancelToken,
    on_chunk: ChunkCallback | None = None,
    seed: int | None = None,
) -> list[PostResult]:
    """Draft every angle in turn; stops at a cancel (returning what was written so far)."""
    results: list[PostResult] = []
    for angle in angles:
        if cancel.is_set():
            break
        results.append(stream_post(backend, request, angle, cancel, on_chunk, seed))
    return results
