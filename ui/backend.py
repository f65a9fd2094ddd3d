"""The app's model backend: the local engine with the user's settings for the chosen model
(app/backends.py). Its threads follow the machine's load unless the user fixed a number
(models/engine/threads.py): every core while the machine is otherwise idle, fewer while the
window or other programs keep cores busy."""

from __future__ import annotations

from pathlib import Path

from app.backends import local_backend, server_backend
from app.model_preferences import ModelPreferences
from app.paths import AppPaths
from app.settings import SettingsStore
from models.contract import ChatBackend
from models.engine.threads import AUTO_THREADS


def make_local_backend(model_path: Path, paths: AppPaths) -> ChatBackend:
    prefs = ModelPreferences.of(SettingsStore(paths.settings_file).load().settings)
    return local_backend(model_path, paths, prefs, threads=AUTO_THREADS)


def make_chosen_backend(model_path: Path, paths: AppPaths) -> ChatBackend:
    """The backend the user chose in the model manager: the organisation's server (with its
    key from the keyring) or, by default, the local engine for `model_path`."""
    prefs = ModelPreferences.of(SettingsStore(paths.settings_file).load().settings)
    if prefs.uses_server:
        return server_backend(paths, prefs)
    return local_backend(model_path, paths, prefs, threads=AUTO_THREADS)
