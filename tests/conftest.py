"""Shared test set-up: every test gets its own OwnVoice home, so nothing touches the real user's files."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Tests that run the real engine use 1 thread: fast and steady on a busy CI machine.
os.environ.setdefault("OWNVOICE_ENGINE_THREADS", "1")

from hypothesis import HealthCheck, settings  # noqa: E402

from app.paths import HOME_ENV, AppPaths  # noqa: E402

# Property tests are deterministic by default, so CI never fails on a new random example and
# the same run gives the same result everywhere; no example database is read or written.
# HYPOTHESIS_PROFILE=explore searches afresh (and longer) on a developer's machine.
settings.register_profile(
    "deterministic", derandomize=True, database=None, deadline=None, print_blob=True,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("explore", max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "deterministic"))


@pytest.fixture(autouse=True)
def ownvoice_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppPaths]:
    home = tmp_path / "ownvoice-home"
    monkeypatch.setenv(HOME_ENV, str(home))
    yield AppPaths.under(home)
