"""Shared test set-up: every test gets its own OwnVoice home, so nothing touches the real user's files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests that run the real engine use 1 thread: fast and steady on a busy CI machine.
os.environ.setdefault("OWNVOICE_ENGINE_THREADS", "1")

from app.paths import HOME_ENV, AppPaths  # noqa: E402


@pytest.fixture(autouse=True)
def ownvoice_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppPaths]:
    home = tmp_path / "ownvoice-home"
    monkeypatch.setenv(HOME_ENV, str(home))
    yield AppPaths.under(home)
