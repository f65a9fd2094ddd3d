"""The number guard in the real engine with the real starter model (1 thread, greedy): with a story
that has only the numbers 12 and 2026, the guarded model writes no other number, on the parallel
and the sequential path alike; switched off for a draft, the same request invents numbers."""

from __future__ import annotations

import dataclasses

import pytest

from app.draft.generation import draft_job, prompt_request
from app.draft.model import DraftModel
from app.number_forms import number_forms
from app.options import Length, PostOptions
from app.presets import load_catalog
from app.rewrite import PostResult, run_job
from models.contract import ChatMessage, GenerationOptions, NeverCancel
from models.engine.client import LocalEngineBackend
from models.engine.number_guard import AllowedNumbers, is_allowed, numbers_in
from tests.models.test_parallel import collect, run_paths

pytestmark = pytest.mark.engine

STORY = "In 2026 our team of 12 engineers opened a new solar workshop in Delft."
ASK = "Write a LinkedIn post about it, full of statistics: panels per day, budgets, percentages, dates."
FORMS = number_forms(STORY).forms
ALLOWED = AllowedNumbers(FORMS)
GREEDY = GenerationOptions(max_tokens=80, temperature=0.0, seed=1)


def invented(text: str) -> list[str]:
    return [number for number in numbers_in(text) if not is_allowed(number, ALLOWED)]


def statistics_messages(index: int) -> list[ChatMessage]:
    return [ChatMessage("user", f"{STORY}\n{ASK} Version {'ABCD'[index]}.")]


def write(engine: LocalEngineBackend, options: GenerationOptions, parallel: bool) -> list[str]:
    stream = engine.stream_many([statistics_messages(i) for i in range(3)], options, NeverCancel(), parallel=parallel)
    texts, _ = collect(stream)
    assert {s.path for s in stream.stats} == {"parallel" if parallel else "sequential"}
    return texts


def test_only_the_storys_numbers_are_written_on_both_paths(engine: LocalEngineBackend) -> None:
    free = write(engine, GREEDY, parallel=True)
    assert any(invented(text) for text in free), "without the guard this prompt makes the model invent numbers"
    guarded = dataclasses.replace(GREEDY, allowed_numbers=FORMS)
    parallel = write(engine, guarded, parallel=True)
    sequential = write(engine, guarded, parallel=False)
    assert parallel == sequential
    for text in parallel:
        assert invented(text) == [], text
    assert any(numbers_in(text) for text in parallel), "the story's own numbers may still be written"


def test_with_an_empty_allowed_list_no_digit_is_written(engine: LocalEngineBackend) -> None:
    texts = write(engine, dataclasses.replace(GREEDY, allowed_numbers=frozenset()), parallel=True)
    assert all(text.strip() for text in texts)
    assert not any(ch.isdigit() for text in texts for ch in text), texts


def test_greedy_text_with_the_guard_is_the_same_on_every_path(engine: LocalEngineBackend) -> None:
    """The parallel/sequential equivalence of test_parallel.py, with the guard on."""
    options = GenerationOptions(max_tokens=48, temperature=0.0, seed=7, allowed_numbers=FORMS)
    texts = run_paths(engine, options)
    assert texts["parallel"] == texts["sequential"] == texts["single"]
    assert all(invented(text) == [] for text in texts["parallel"])


class RecordingEngine:
    """The real engine, recording the options each request reached it with."""

    def __init__(self, engine: LocalEngineBackend) -> None:
        self.engine = engine
        self.options: list[GenerationOptions] = []

    def __getattr__(self, name: str) -> object:
        return getattr(self.engine, name)

    def stream(self, messages: object, options: GenerationOptions, cancel: object) -> object:
        self.options.append(options)
        return self.engine.stream(messages, options, cancel)  # type: ignore[arg-type]

    def stream_many(self, conversations: object, options: GenerationOptions, *args: object, **kwargs: object) -> object:
        self.options.append(options)
        return self.engine.stream_many(conversations, options, *args, **kwargs)  # type: ignore[arg-type]


def draft_posts(engine: RecordingEngine, number_guard: bool) -> list[str]:
    """Posts written as the window and the CLI write them: draft model -> job -> run_job."""
    catalog = load_catalog()
    model = DraftModel()
    model.set_story(STORY + " We want to tell everyone how many panels we make and what it cost.")
    model.set_options(
        PostOptions(tone="warm", angles=("learned", "team"), length=Length.SHORT, number_guard=number_guard)
    )
    plans = model.plan_generation(model.options.angles)
    job = draft_job(1, prompt_request(model, catalog), plans, catalog, None, seed=5)
    results: list[PostResult] = []

    class Events:
        def task_started(self, card_id: str) -> None: ...

        def chunk(self, card_id: str, text: str) -> None: ...

        def task_finished(self, card_id: str, result: PostResult) -> None:
            results.append(result)

    run_job(engine, job, NeverCancel(), Events())  # type: ignore[arg-type]
    return [result.text for result in results]


def test_switching_the_guard_off_for_a_draft_reaches_the_engine(engine: LocalEngineBackend) -> None:
    """Whether the model invents numbers unguarded depends on the prompt; what must hold is that
    the draft's switch decides what the engine is given, and that guarded posts invent none."""
    assert PostOptions(tone="warm", angles=()).number_guard, "on by default"
    recording = RecordingEngine(engine)
    guarded = draft_posts(recording, number_guard=True)
    asked_guarded = [o.allowed_numbers for o in recording.options if o.max_tokens > 1]
    recording.options.clear()
    free = draft_posts(recording, number_guard=False)
    asked_free = [o.allowed_numbers for o in recording.options if o.max_tokens > 1]
    assert len(guarded) == len(free) == 2
    assert asked_guarded and all(allowed is not None and {"12", "2026"} <= allowed for allowed in asked_guarded)
    assert asked_free and all(allowed is None for allowed in asked_free)
    assert [invented(text) for text in guarded] == [[], []]
