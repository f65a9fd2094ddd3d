"""The model session: loading, ready, and falling back to a model that works when one fails."""

from __future__ import annotations

from pathlib import Path

from app.model_session import ModelPhase, ModelSession
from models.contract import ModelInfo

STARTER = Path("/models/starter.gguf")
MINE = Path("/models/mine.gguf")
BROKEN = Path("/models/broken.gguf")


def info(path: Path) -> ModelInfo:
    return ModelInfo(name=path.stem, path=str(path), context_length=4096)


def test_generate_is_blocked_with_a_reason_until_a_model_is_ready() -> None:
    session = ModelSession(STARTER)
    assert "No model is installed" in session.generate_blocked()
    session.loading(STARTER)
    assert session.phase is ModelPhase.LOADING and "Loading starter.gguf" in session.generate_blocked()
    session.loaded(info(STARTER))
    assert session.ready and session.generate_blocked() == "" and session.is_starter


def test_a_failed_model_falls_back_to_the_last_one_that_worked() -> None:
    session = ModelSession(STARTER)
    session.loading(MINE)
    session.loaded(info(MINE))
    assert not session.is_starter
    session.loading(BROKEN)
    fallback = session.failed("it is not a GGUF file.")
    assert fallback is not None and fallback.path == MINE
    assert "broken.gguf could not be loaded: it is not a GGUF file." in fallback.notice
    assert "mine.gguf again" in fallback.notice


def test_without_a_working_model_the_starter_is_next_and_then_nothing() -> None:
    session = ModelSession(STARTER)
    session.loading(BROKEN)
    fallback = session.failed("truncated.")
    assert fallback is not None and fallback.path == STARTER and "starter model" in fallback.notice
    session.loading(STARTER)
    assert session.failed("the engine did not start.") is None
    assert session.phase is ModelPhase.FAILED
    assert session.generate_blocked() == "No model is ready: the engine did not start. Choose another model under Model."


def test_a_model_that_failed_is_not_tried_again_as_a_fallback() -> None:
    session = ModelSession(None)
    session.loading(MINE)
    session.loaded(info(MINE))
    session.loading(BROKEN)
    assert session.failed("bad.") is not None
    session.loading(MINE)
    assert session.failed("now this one broke too.") is None  # MINE failed; BROKEN failed before
