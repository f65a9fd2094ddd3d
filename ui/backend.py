"""The app's model backend: the local engine, sized to share the machine with the window,
with the user's settings for the chosen model (app/backends.py)."""

from __future__ import annotations

from pathlib import Path

from app.backends import local_backend, server_backend
from app.model_preferences import ModelPreferences
from app.paths import AppPaths
from app.settings import SettingsStore
from models.contract import ChatBackend
from models.engine.hardware import threads_beside_a_gui


def make_local_backend(model_path: Path, paths: AppPaths) -> ChatBackend:
    prefs = ModelPreferences.of(SettingsStore(paths.settings_file).load().settings)
    return local_backend(model_path, paths, prefs, threads=threads_beside_a_gui())


def make_chosen_backend(model_path: Path, paths: AppPaths) -> ChatBackend:
    """The backend the user chose in the model manager: the organisation's server (with its
    key from the keyring) or, by default, the local engine for `model_path`."""
    prefs = ModelPreferences.of(SettingsStore(paths.settings_file).load().settings)
    if prefs.uses_server:
        return server_backend(paths, prefs)
    return local_backend(model_path, paths, prefs, threads=threads_beside_a_gui())
