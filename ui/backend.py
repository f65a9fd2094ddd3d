"""The app's model backend: the local engine.

Its thread count follows the machine's load (models/engine/threads.py): every core while
the machine is otherwise idle, fewer while the window or other programs keep cores busy.
"""

from __future__ import annotations

from pathlib import Path

from app.paths import AppPaths
from models.engine.client import LocalEngineBackend


def make_local_backend(model_path: Path, paths: AppPaths) -> LocalEngineBackend:
    return LocalEngineBackend(model_path, log_file=paths.engine_log_file)
