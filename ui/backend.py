"""The app's model backend: the local engine, sized to share the machine with the window."""

from __future__ import annotations

from pathlib import Path

from app.paths import AppPaths
from models.engine.client import LocalEngineBackend
from models.engine.hardware import threads_beside_a_gui


def make_local_backend(model_path: Path, paths: AppPaths) -> LocalEngineBackend:
    return LocalEngineBackend(model_path, n_threads=threads_beside_a_gui(), log_file=paths.engine_log_file)
