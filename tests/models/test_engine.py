"""The real starter model through the real engine process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from app.options import Length, PersonalNotes
from app.presets import load_catalog
from app.prompt import PromptInput, build_messages
from models.contract import (
    ChatMessage,
    ContextTooLongError,
    EngineCrashedError,
    GenerationOptions,
    ModelFormatError,
    ModelMissingError,
    NeverCancel,
    about_words,
)
from models.engine.client import LocalEngineBackend
from tests.models.conftest import write_minimal_gguf

pytestmark = pytest.mark.engine

STORY = (
    "Today Acme Robotics opened its second factory in Eindhoven. The new site employs 120 people "
    "and builds the R2 warehouse robot, which cuts picking time by 30 percent."
)
SHORT = GenerationOptions(max_tokens=24, temperature=0.0, seed=7)


def request(language: str = "en") -> PromptInput:
    catalog = load_catalog()
    return PromptInput(
        story=STORY,
        tone=catalog.tone("warm"),
        language=language,
        length=Length.SHORT,
        notes=PersonalNotes(role="I lead the assembly team."),
    )


def angle_messages(angle_id: str, language: str = "en") -> list[ChatMessage]:
    return build_messages(request(language), load_catalog().angle(angle_id))


def slow_prefill_messages(words: int = 2500) -> list[ChatMessage]:
    filler = " ".join(f"Paragraph {i} repeats that the factory team worked hard." for i in range(words // 8))
    return [ChatMessage("user", f"{filler}\nSummarise this.")]


def test_streams_english_token_by_token(engine: LocalEngineBackend) -> None:
    stream = engine.stream(angle_messages("team"), SHORT, NeverCancel())
    chunks = list(stream)
    assert len(chunks) > 3, "expected the reply in several chunks"
    assert "".join(chunks).strip()
    stats = stream.stats
    assert stats.generated_tokens > 0
    assert 0 < stats.time_to_first_token_s <= stats.total_time_s
    assert stats.prompt_tokens > 100


def test_streams_a_dutch_request(engine: LocalEngineBackend) -> None:
    messages = angle_messages("learned", language="nl")
    assert "Schrijf in het Nederlands" in messages[0].content
    text = "".join(engine.stream(messages, SHORT, NeverCancel()))
    assert text.strip()


def test_cancel_mid_generation_stops_quickly_and_engine_stays_usable(engine: LocalEngineBackend) -> None:
    cancel = threading.Event()
    stream = engine.stream(angle_messages("customers"), GenerationOptions(max_tokens=400, seed=1), cancel)
    received = []
    stopped_after = 0.0
    cancelled_at = 0.0
    for chunk in stream:
        received.append(chunk)
        if len(received) == 5:
            cancel.set()
            cancelled_at = time.monotonic()
    stopped_after = time.monotonic() - cancelled_at
    assert cancelled_at, "the stream ended before we could cancel it"
    assert stopped_after < 0.25
    assert stream.stats.cancelled and stream.stats.finish_reason == "cancelled"
    assert len(received) < 20
    again = engine.stream(angle_messages("customers"), SHORT, NeverCancel())
    assert "".join(again).strip()
    assert not again.stats.cancelled


def test_cancel_interrupts_prompt_evaluation(engine: LocalEngineBackend) -> None:
    """A long prompt takes seconds to evaluate; a cancel must not wait for it."""
    cancel = threading.Event()
    timer = threading.Timer(0.4, cancel.set)
    started = time.monotonic()
    timer.start()
    stream = engine.stream(slow_prefill_messages(), GenerationOptions(max_tokens=50), cancel)
    chunks = list(stream)
    elapsed_after_cancel = time.monotonic() - started - 0.4
    assert chunks == []
    assert stream.stats.cancelled
    assert elapsed_after_cancel < 0.25
    assert "".join(engine.stream(angle_messages("team"), SHORT, NeverCancel())).strip()


def test_closing_a_stream_early_leaves_engine_ready(engine: LocalEngineBackend) -> None:
    stream = engine.stream(angle_messages("field"), GenerationOptions(max_tokens=300), NeverCancel())
    next(stream)
    stream.close()
    assert "".join(engine.stream(angle_messages("field"), SHORT, NeverCancel())).strip()


def test_second_angle_evaluates_only_its_own_tail(engine: LocalEngineBackend) -> None:
    first = engine.stream(angle_messages("learned"), SHORT, NeverCancel())
    "".join(first)
    second = engine.stream(angle_messages("team"), SHORT, NeverCancel())
    "".join(second)
    third = engine.stream(angle_messages("question"), SHORT, NeverCancel())
    "".join(third)
    learned = angle_messages("learned")
    shared_tokens = engine.count_tokens([*learned[:-1], ChatMessage("user", learned[-1].content.split("Angle for")[0])])
    for later in (second.stats, third.stats):
        assert later.prompt_tokens > 150
        tail = later.prompt_tokens - shared_tokens
        # Only the angle's tail (plus the token where the prompts diverge) is evaluated.
        assert later.prompt_tokens_evaluated <= tail + 3, (later, shared_tokens)
        assert later.prompt_tokens_evaluated < later.prompt_tokens / 4


def test_story_too_long_for_the_context_window(starter_model: Path, tmp_path: Path) -> None:
    backend = LocalEngineBackend(starter_model, n_ctx=512, log_file=tmp_path / "engine.log")
    try:
        long_story = " ".join(["The new factory opened with a ceremony for all employees."] * 80)
        with pytest.raises(ContextTooLongError) as caught:
            "".join(backend.stream([ChatMessage("user", long_story)], GenerationOptions(max_tokens=100), NeverCancel()))
        error = caught.value
        assert error.context_tokens == 512
        assert error.prompt_tokens > 512
        message = str(error)
        assert about_words(error.prompt_tokens) in message and about_words(512 - 100) in message
        assert "token" not in message  # limits are given in words
        # The engine is still fine for a request that fits.
        assert "".join(backend.stream([ChatMessage("user", "Say hello to the team.")], SHORT, NeverCancel())).strip()
    finally:
        backend.close()


def test_killing_the_engine_mid_stream_reports_a_crash_then_recovers(engine: LocalEngineBackend) -> None:
    stream = engine.stream(angle_messages("behind-the-scenes"), GenerationOptions(max_tokens=400), NeverCancel())
    next(stream)
    pid = engine.engine_pid
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    with pytest.raises(EngineCrashedError, match="SIGKILL"):
        for _ in stream:
            pass
    text = "".join(engine.stream(angle_messages("team"), SHORT, NeverCancel()))
    assert text.strip()
    assert engine.engine_pid not in (None, pid)


def test_missing_model_file(tmp_path: Path) -> None:
    backend = LocalEngineBackend(tmp_path / "nope.gguf")
    try:
        with pytest.raises(ModelMissingError, match="does not exist"):
            backend.load()
    finally:
        backend.close()


@pytest.mark.parametrize(
    ("make_file", "reason"),
    [
        (lambda p, starter: p.write_bytes(os.urandom(200_000)), "not a GGUF model file"),
        (lambda p, starter: p.write_bytes(starter.read_bytes()[:40_000_000]), "truncated"),
        (
            lambda p, starter: write_minimal_gguf(p, {"general.architecture": "ownvoice-imaginary"}),
            "architecture",
        ),
    ],
    ids=["random-bytes", "truncated", "unknown-architecture"],
)
def test_unloadable_model_gives_format_error(make_file, reason: str, starter_model: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "model.gguf"
    make_file(path, starter_model)
    backend = LocalEngineBackend(path, log_file=tmp_path / "engine.log")
    try:
        with pytest.raises(ModelFormatError, match=reason) as caught:
            backend.load()
        assert str(path) in str(caught.value)
    finally:
        backend.close()


def test_engine_never_writes_to_the_apps_terminal(starter_model: Path, tmp_path: Path) -> None:
    script = (
        "from pathlib import Path\n"
        "from models.engine.client import LocalEngineBackend\n"
        "from models.contract import ChatMessage, GenerationOptions, NeverCancel\n"
        f"b = LocalEngineBackend(Path({str(starter_model)!r}), log_file=Path({str(tmp_path / 'e.log')!r}))\n"
        "''.join(b.stream([ChatMessage('user', 'Hi')], GenerationOptions(max_tokens=8), NeverCancel()))\n"
        "b.close()\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout == ""
    assert result.stderr == ""
    assert "loaded" in (tmp_path / "e.log").read_text()
