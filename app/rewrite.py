"""Drafting posts through a ChatBackend, shared by the CLI and the UI worker.

A job's cards go to the backend together when it can write several conversations at once
(`MultiStreamBackend`: the local engine evaluates the shared prompt once and decodes all
cards in one batch per step), so every card fills at the same time; otherwise one card
after another, each reusing the shared prefix the engine keeps cached (see app/prompt.py).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from app.post_cleanup import clean_post
from app.presets import Preset
from app.prompt import PromptInput, build_messages, generation_options, measure_tokens_per_word, tweak_messages
from app.tweaks import Tweak
from app.voice import VoiceProfile
from app.voice_prompt import apply_voice
from models.contract import (
    PATH_SEQUENTIAL,
    CancelToken,
    ChatBackend,
    ChatMessage,
    GenerationOptions,
    MultiStreamBackend,
    RunStats,
)

ChunkCallback = Callable[[str, str], None]  # (card id / angle id, text chunk)

ONE_AT_A_TIME_NOTE = "this model writes one post at a time"  # a backend without MultiStreamBackend


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


def allowed_numbers(request: PromptInput, tasks: Sequence[DraftTask] = ()) -> frozenset[str] | None:
    """The numbers the engine's guard lets the model write: every form of the story's and
    notes' numbers, and those of a tweaked card's current text (the user has seen them and the
    checks flag them). None when the user switched the guard off for this draft."""
    if not request.number_guard:
        return None
    from app.number_forms import number_forms  # the fact lock's tables: not before the first frame

    current = [task.current_text for task in tasks if task.tweak is not None]
    return number_forms(request.story, "\n".join([request.notes.all_text(), *current])).forms


def job_options(
    request: PromptInput, tasks: Sequence[DraftTask], seed: int | None, tokens_per_word: float | None
) -> GenerationOptions:
    return generation_options(
        request.length,
        request.language,
        tokens_per_word=tokens_per_word,
        seed=seed,
        allowed_numbers=allowed_numbers(request, tasks),
    )


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


class InTaskOrder:
    """Replays a job's events one card after another, in task order, for an output that
    cannot interleave (a terminal): the first unfinished card streams live, the others are
    held until it finishes and then caught up at once. The cards are still written at the
    same time; only the reporting waits. Call `flush()` after the job (also after an
    error): it reports what is still held, in order."""

    def __init__(self, events: JobEvents, card_ids: Sequence[str]) -> None:
        self._events = events
        self._order = list(card_ids)
        self._position = 0  # every card before this one is fully reported
        self._started: set[str] = set()
        self._announced: set[str] = set()  # task_started passed on
        self._held: dict[str, list[str]] = {}
        self._results: dict[str, PostResult] = {}

    def _current(self) -> str | None:
        return self._order[self._position] if self._position < len(self._order) else None

    def task_started(self, card_id: str) -> None:
        self._started.add(card_id)
        if card_id == self._current():
            self._announce(card_id)

    def chunk(self, card_id: str, text: str) -> None:
        if card_id in self._announced:
            self._events.chunk(card_id, text)
        else:
            self._held.setdefault(card_id, []).append(text)

    def task_finished(self, card_id: str, result: PostResult) -> None:
        self._results[card_id] = result
        if card_id == self._current():
            self._catch_up(flushing=False)

    def flush(self) -> None:
        self._catch_up(flushing=True)

    def _announce(self, card_id: str) -> None:
        self._announced.add(card_id)
        self._events.task_started(card_id)
        for text in self._held.pop(card_id, []):
            self._events.chunk(card_id, text)

    def _catch_up(self, *, flushing: bool) -> None:
        while (card_id := self._current()) is not None:
            if card_id not in self._started:
                if not flushing:
                    return  # its turn comes when it starts
            else:
                if card_id not in self._announced:
                    self._announce(card_id)
                if card_id in self._results:
                    self._events.task_finished(card_id, self._results.pop(card_id))
                elif not flushing:
                    return  # it streams live from here on
            self._position += 1


@runtime_checkable
class CardCancelToken(CancelToken, Protocol):
    """A job's cancel token that can also stop one card alone (the others go on)."""

    def card_is_set(self, card_id: str) -> bool: ...


class _CardStop:
    """The stop token of one card: set when that card, or the whole job, is cancelled."""

    def __init__(self, cancel: CancelToken, card_id: str) -> None:
        self._cancel = cancel
        self._card_id = card_id

    def is_set(self) -> bool:
        if self._cancel.is_set():
            return True
        return isinstance(self._cancel, CardCancelToken) and self._cancel.card_is_set(self._card_id)


def run_job(backend: ChatBackend, job: DraftJob, cancel: CancelToken, events: JobEvents) -> None:
    """Write every card of a job: the one entry point the UI worker and the CLI share.

    Raises ModelError. A cancel ends the job quietly; cards already started report the
    text written so far. A cancel token with `card_is_set` (CardCancelToken) can stop
    single cards."""
    request = prepared_request(backend, job)
    # The token limit is planned in this model's own tokens, measured once per job.
    tokens_per_word = measure_tokens_per_word(backend.count_tokens, request.language)
    if isinstance(backend, MultiStreamBackend):
        _run_together(backend, request, job, cancel, events, tokens_per_word)
        return
    for task in job.tasks:
        if cancel.is_set():
            break
        stop = _CardStop(cancel, task.card_id)
        if stop.is_set():
            continue
        events.task_started(task.card_id)
        result = run_task(backend, request, task, stop, events.chunk, job.seed, tokens_per_word)
        if len(job.tasks) > 1 and not result.stats.path:
            result.stats.path = PATH_SEQUENTIAL
            result.stats.path_note = ONE_AT_A_TIME_NOTE
        events.task_finished(task.card_id, result)


def _run_together(
    backend: MultiStreamBackend,
    request: PromptInput,
    job: DraftJob,
    cancel: CancelToken,
    events: JobEvents,
    tokens_per_word: float,
) -> None:
    """All cards in one request: chunks of different cards interleave, and each card
    finishes as soon as its own text is done."""
    tasks = job.tasks
    if cancel.is_set() or not tasks:
        return
    for task in tasks:
        events.task_started(task.card_id)
    stream = backend.stream_many(
        [task.messages(request) for task in tasks],
        job_options(request, tasks, job.seed, tokens_per_word),
        cancel,
        [_CardStop(cancel, task.card_id) for task in tasks],
    )
    parts: list[list[str]] = [[] for _ in tasks]
    reported: set[int] = set()

    def report_finished(every: bool) -> None:
        for index, task in enumerate(tasks):
            if index not in reported and (every or stream.stats[index].finish_reason):
                reported.add(index)
                stats = stream.stats[index]
                if every and not stats.finish_reason:  # ended without word from the backend
                    stats.finish_reason, stats.cancelled = "cancelled", True
                text = clean_post("".join(parts[index]), hit_token_limit=stats.finish_reason == "length")
                events.task_finished(task.card_id, PostResult(task.angle, text, stats))

    try:
        for index, chunk in stream:
            parts[index].append(chunk)
            events.chunk(tasks[index].card_id, chunk)
            report_finished(every=False)
    finally:
        stream.close()
    report_finished(every=True)


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
    stream = backend.stream(task.messages(request), job_options(request, (task,), seed, tokens_per_word), cancel)
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
