"""Building the model backend the user chose: the local engine with that model's settings,
or the organisation's server with its key from the keyring. Shared by the CLI and the app."""

from __future__ import annotations

import os
from pathlib import Path

from app.model_preferences import ModelPreferences, read_model_preferences
from app.paths import AppPaths
from app.secrets import SecretStore, SecretStoreUnavailableError
from models.contract import ChatBackend
from models.engine.client import LocalEngineBackend
from models.engine_settings import (
    EngineSettings,
    ForcedSampling,
    TunedBackend,
    tuned,
    default_settings,
    forced_sampling,
    limits_for,
    with_overrides,
)
from models.gguf import GgufError, GgufInfo, read_gguf
from models.memory import total_ram_bytes
from models.server import ServerBackend, ServerConfig, server_id


def model_header(model_path: Path) -> GgufInfo | None:
    try:
        return read_gguf(model_path)
    except (GgufError, OSError):
        return None  # the engine reports the problem in words when it loads


def engine_settings_for(
    model_path: Path, prefs: ModelPreferences, *, threads: int, info: GgufInfo | None = None
) -> tuple[EngineSettings, EngineSettings, ForcedSampling]:
    """(defaults, effective settings, forced sampling) for one model file."""
    info = info if info is not None else model_header(model_path)
    defaults = default_settings(info, threads=threads, total_ram=total_ram_bytes())
    limits = limits_for(info, os.cpu_count() or 1)
    stored = prefs.overrides_for(model_path)
    return defaults, with_overrides(defaults, stored, limits), forced_sampling(info, stored, limits)


def local_backend(model_path: Path, paths: AppPaths, prefs: ModelPreferences, *, threads: int) -> TunedBackend:
    """The local engine for `model_path` with the user's settings for that model. Context and
    threads are fixed for the engine's life (a change needs a reload); sampling is read from
    the settings file at every stream, so a change applies to the next post."""
    info = model_header(model_path)
    _, settings, _ = engine_settings_for(model_path, prefs, threads=threads, info=info)
    limits = limits_for(info, os.cpu_count() or 1)

    def sampling_now() -> ForcedSampling:
        stored = read_model_preferences(paths.settings_file).overrides_for(model_path)
        return forced_sampling(info, stored, limits)

    engine = LocalEngineBackend(
        model_path, n_ctx=settings.context, n_threads=settings.threads, log_file=paths.engine_log_file
    )
    return tuned(engine, sampling_now)  # keeps the engine's stream_many (all cards at once)


def server_api_key(paths: AppPaths, base_url: str, secrets: SecretStore | None = None) -> str:
    """The server's API key from the keyring ("" when none is stored or there is no keyring)."""
    store = secrets or SecretStore.for_paths(paths)
    try:
        return store.get_api_key(server_id(base_url)) or ""
    except SecretStoreUnavailableError:
        return ""


def server_backend(paths: AppPaths, prefs: ModelPreferences, secrets: SecretStore | None = None) -> ChatBackend:
    config = ServerConfig(prefs.server_base_url, prefs.server_model, server_api_key(paths, prefs.server_base_url, secrets))
    return ServerBackend(config)
