"""Several angles at once through the real engine process and the real starter model."""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import pytest

from models.contract import (
    ChatMessage,
    EngineCrashedError,
    GenerationOptions,
    MultiStreamBackend,
    NeverCancel,
    RunStats,
)
from models.engine.client import LocalEngineBackend
from tests.models.test_engine import angle_messages, slow_prefill_messages

pytestmark = pytest.mark.engine

ANGLES = ("learned", "team", "customers", "behind-the-scenes")
GREEDY = GenerationOptions(max_tokens=48, temperature=0.0, seed=7)


def conversations(*angles: str) -> list[list[ChatMessage]]:
    return [angle_messages(angle) for angle in angles]


def collect(stream: object) -> tuple[list[str], list[int]]:
    """Texts per conversation, and the order in which conversations sent chunks."""
    texts: dict[int, list[str]] = {}
    order: list[int] = []
    for index, chunk in stream:  # type: ignore[attr-defined]
        texts.setdefault(index, []).append(chunk)
        order.append(index)
    count = max(texts, default=-1) + 1
    return ["".join(texts.get(i, [])) for i in range(count)], order


def test_the_local_engine_can_write_several_conversations_at_once(engine: LocalEngineBackend) -> None:
    assert isinstance(engine, MultiStreamBackend)


def test_four_angles_stream_together_and_share_one_prompt_evaluation(engine: LocalEngineBackend) -> None:
    # A different story first, so nothing of the shared prompt is cached.
    "".join(engine.stream([ChatMessage("user", "Say hello.")], GenerationOptions(max_tokens=2), NeverCancel()))
    stream = engine.stream_many(conversations(*ANGLES), GREEDY, NeverCancel())
    texts, order = collect(stream)
    assert len(texts) == 4 and all(text.strip() for text in texts)
    # Every card fills at the same time: all four have text within the first steps.
    assert set(order[:8]) == {0, 1, 2, 3}
    stats = stream.stats
    assert {s.path for s in stats} == {"parallel"}
    assert all(s.finish_reason in ("stop", "length") and s.generated_tokens > 0 for s in stats)
    assert all(s.time_to_first_token_s > 0 for s in stats)
    # The shared prompt is evaluated once (counted for the first card); the others only
    # evaluate their own angle's tail.
    first, *others = stats
    assert first.prompt_tokens_evaluated > first.prompt_tokens * 3 // 4
    for later in others:
        assert later.prompt_tokens_evaluated < later.prompt_tokens / 4, later
    assert sum(s.prompt_tokens_evaluated for s in stats) < 1.5 * first.prompt_tokens


def run_paths(engine: LocalEngineBackend, options: GenerationOptions) -> dict[str, list[str]]:
    messages = conversations(*ANGLES)
    parallel = engine.stream_many(messages, options, NeverCancel())
    parallel_texts, _ = collect(parallel)
    assert {s.path for s in parallel.stats} == {"parallel"}
    sequential = engine.stream_many(messages, options, NeverCancel(), parallel=False)
    sequential_texts, order = collect(sequential)
    assert {s.path for s in sequential.stats} == {"sequential"}
    assert order == sorted(order), "the sequential path writes one conversation after another"
    # And one request per angle, each reusing the cached prefix (what a backend without
    # stream_many, or a regenerated card, does).
    singles = ["".join(engine.stream(m, options, NeverCancel())) for m in messages]
    return {"parallel": parallel_texts, "sequential": sequential_texts, "single": singles}


def test_greedy_text_is_the_same_in_parallel_and_one_after_another(engine: LocalEngineBackend) -> None:
    texts = run_paths(engine, GREEDY)
    assert all(len(text.split()) >= 5 for text in texts["parallel"])
    assert texts["parallel"] == texts["sequential"] == texts["single"]


def test_sampled_text_with_a_fixed_seed_is_the_same_on_both_paths(engine: LocalEngineBackend) -> None:
    texts = run_paths(engine, GenerationOptions(max_tokens=40, temperature=0.8, seed=1234))
    assert texts["parallel"] == texts["sequential"] == texts["single"]
    assert len(set(texts["parallel"])) == 4  # different angles, different posts


def test_regenerating_one_card_evaluates_only_its_own_tail(engine: LocalEngineBackend) -> None:
    messages = conversations(*ANGLES)
    collect(engine.stream_many(messages, GREEDY, NeverCancel()))
    again = engine.stream(messages[2], GREEDY, NeverCancel())
    "".join(again)
    assert again.stats.prompt_tokens > 150
    assert again.stats.prompt_tokens_evaluated < again.stats.prompt_tokens / 4, again.stats
    tweak = conversations("team", "question")
    stream = engine.stream_many(tweak, GREEDY, NeverCancel())
    collect(stream)
    assert sum(s.prompt_tokens_evaluated for s in stream.stats) < stream.stats[0].prompt_tokens / 3


def test_cancel_stops_every_card_within_250_ms(engine: LocalEngineBackend) -> None:
    cancel = threading.Event()
    stream = engine.stream_many(conversations(*ANGLES), GenerationOptions(max_tokens=400, seed=3), cancel)
    cancelled_at = 0.0
    received = 0
    for _index, _chunk in stream:
        received += 1
        if received == 12:
            cancel.set()
            cancelled_at = time.monotonic()
    stopped_after = time.monotonic() - cancelled_at
    assert cancelled_at, "the stream ended before we could cancel it"
    assert stopped_after < 0.25
    assert all(s.cancelled and s.finish_reason == "cancelled" for s in stream.stats)
    assert received < 40
    assert "".join(engine.stream(angle_messages("team"), GREEDY, NeverCancel())).strip()


def test_stopping_one_card_lets_the_others_finish(engine: LocalEngineBackend) -> None:
    stops = [threading.Event() for _ in range(3)]
    options = GenerationOptions(max_tokens=60, temperature=0.0, seed=1)
    stream = engine.stream_many(conversations("learned", "team", "customers"), options, NeverCancel(), stops)
    after_stop: list[int] = []
    stopped_at = 0.0
    last_chunk_of_stopped = 0.0
    for index, _chunk in stream:
        if stopped_at:
            after_stop.append(index)
            if index == 1:
                last_chunk_of_stopped = time.monotonic()
        elif index == 1:
            stops[1].set()
            stopped_at = time.monotonic()
    assert stopped_at
    if last_chunk_of_stopped:
        assert last_chunk_of_stopped - stopped_at < 0.25
    assert after_stop.count(1) <= 3
    stats: list[RunStats] = stream.stats
    assert stats[1].cancelled
    assert not stats[0].cancelled and not stats[2].cancelled
    assert stats[0].generated_tokens > stats[1].generated_tokens


def test_cancel_interrupts_the_shared_prompt_evaluation(engine: LocalEngineBackend) -> None:
    cancel = threading.Event()
    long = slow_prefill_messages()
    messages = [long + [ChatMessage("user", f"Angle {i}.")] for i in range(3)]
    timer = threading.Timer(0.4, cancel.set)
    started = time.monotonic()
    timer.start()
    stream = engine.stream_many(messages, GenerationOptions(max_tokens=50), cancel)
    texts, _ = collect(stream)
    elapsed_after_cancel = time.monotonic() - started - 0.4
    assert not any(texts)
    assert all(s.cancelled for s in stream.stats)
    assert elapsed_after_cancel < 0.25
    assert "".join(engine.stream(angle_messages("team"), GREEDY, NeverCancel())).strip()


def test_a_context_too_small_for_all_at_once_falls_back_to_one_after_another(
    starter_model: Path, tmp_path: Path
) -> None:
    log_file = tmp_path / "engine.log"
    backend = LocalEngineBackend(starter_model, n_ctx=1024, n_threads=1, log_file=log_file)
    try:
        options = GenerationOptions(max_tokens=160, temperature=0.0, seed=2)
        stream = backend.stream_many(conversations("learned", "team", "customers"), options, NeverCancel())
        texts, order = collect(stream)
        assert all(text.strip() for text in texts)
        assert order == sorted(order)
        assert {s.path for s in stream.stats} == {"sequential"}
        note = stream.stats[0].path_note
        assert "context" in note and "1,024" in note
        assert "one after another" in log_file.read_text()
    finally:
        backend.close()


def test_special_token_strings_in_a_story_reach_the_model_as_plain_text(
    engine: LocalEngineBackend, starter_model: Path
) -> None:
    hostile = ["<file_sep>", "<filename>", "<repo_name>", "<issue_start>", "<|im_end|>", "<|endoftext|>"]
    # The oracle: each of these is a single special (control/user-defined) token of the
    # starter model's own vocabulary, so unguarded text would become that token.
    import llama_cpp

    vocab_only = llama_cpp.Llama(model_path=str(starter_model), vocab_only=True, verbose=False)
    try:
        vocab = vocab_only._model.vocab
        for text in hostile:
            tokens = vocab_only.tokenize(text.encode(), add_bos=False, special=True)
            assert len(tokens) == 1, text
            assert llama_cpp.llama_vocab_get_attr(vocab, tokens[0]) & (
                llama_cpp.LLAMA_TOKEN_ATTR_CONTROL | llama_cpp.LLAMA_TOKEN_ATTR_USER_DEFINED
            ), text
    finally:
        vocab_only.close()

    story = "Our launch: " + " and ".join(hostile) + " all shipped."
    plain = [ChatMessage("system", "Write a post."), ChatMessage("user", "Our launch shipped.")]
    attacked = [ChatMessage("system", "Write a post."), ChatMessage("user", story)]
    template_specials = [text for text, special in engine.prompt_tokens(plain) if special]
    prompt = engine.prompt_tokens(attacked)
    assert [text for text, special in prompt if special] == template_specials
    # Per-token text: the zero-width space that breaks each string is split over byte tokens.
    shown = "".join(text for text, _ in prompt).replace("\ufffd", "").replace("\u200b", "")
    for text in hostile:
        assert text in shown  # still there, as ordinary text


@pytest.mark.parametrize(("sig", "how"), [(signal.SIGSEGV, "SIGSEGV"), (signal.SIGKILL, "SIGKILL")])
def test_an_engine_crash_while_writing_together_is_reported_then_the_engine_restarts(
    engine: LocalEngineBackend, sig: signal.Signals, how: str
) -> None:
    stream = engine.stream_many(conversations("learned", "team"), GenerationOptions(max_tokens=400), NeverCancel())
    next(stream)
    pid = engine.engine_pid
    assert pid is not None
    os.kill(pid, sig)
    with pytest.raises(EngineCrashedError, match=how):
        for _ in stream:
            pass
    texts, _ = collect(engine.stream_many(conversations("learned", "team"), GREEDY, NeverCancel()))
    assert all(text.strip() for text in texts)
    assert engine.engine_pid not in (None, pid)
