"""Building the chosen backend: per-model settings reach the engine; the server key comes
from the real keyring."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.backends import local_backend, server_api_key, server_backend
from app.model_preferences import ModelPreferences
from app.paths import AppPaths
from app.secrets import SecretStore
from app.settings import SettingsStore
from models.contract import MultiStreamBackend
from models.engine.client import LocalEngineBackend
from models.server import ServerBackend, server_id
from tests.app.library.keyring_env import real_secret_store  # noqa: F401 - fixture
from tests.models.conftest import starter_model  # noqa: F401 - fixture


def save_prefs(home: AppPaths, prefs: ModelPreferences) -> None:
    store = SettingsStore(home.settings_file)
    settings = store.load().settings
    prefs.store_in(settings)
    store.save(settings)


def test_local_backend_uses_the_models_settings_and_sees_sampling_changes(
    ownvoice_home: AppPaths, starter_model: Path  # noqa: F811
) -> None:
    prefs = ModelPreferences()
    prefs.set_overrides(starter_model, {"context": 2048, "temperature": 0.2})
    save_prefs(ownvoice_home, prefs)
    backend = local_backend(starter_model, ownvoice_home, prefs, threads=1)
    engine = backend.backend
    assert isinstance(engine, LocalEngineBackend)
    assert isinstance(backend, MultiStreamBackend)  # all cards at once, with the settings applied
    assert engine.config.n_ctx == 2048 and engine.config.n_threads == 1
    assert backend.forced.temperature == 0.2
    prefs.set_overrides(starter_model, {"context": 2048, "temperature": 0.9})
    save_prefs(ownvoice_home, prefs)
    assert backend.forced.temperature == 0.9  # no reload needed for sampling


def test_a_damaged_settings_file_gives_defaults_without_moving_it(
    ownvoice_home: AppPaths, starter_model: Path  # noqa: F811
) -> None:
    ownvoice_home.settings_file.parent.mkdir(parents=True, exist_ok=True)
    ownvoice_home.settings_file.write_text("{broken", encoding="utf-8")
    backend = local_backend(starter_model, ownvoice_home, ModelPreferences(), threads=1)
    assert backend.forced.temperature is None
    assert ownvoice_home.settings_file.read_text(encoding="utf-8") == "{broken"


@pytest.mark.keyring
def test_server_backend_takes_its_key_from_the_keyring(
    ownvoice_home: AppPaths, real_secret_store: SecretStore  # noqa: F811
) -> None:
    prefs = ModelPreferences(backend="server", server_base_url="https://llm.example.com", server_model="big")
    assert server_api_key(ownvoice_home, prefs.server_base_url, real_secret_store) == ""
    real_secret_store.set_api_key(server_id(prefs.server_base_url), "s3cret")
    backend = server_backend(ownvoice_home, prefs, real_secret_store)
    assert isinstance(backend, ServerBackend)
    assert backend.config.api_key == "s3cret" and backend.config.base_url == "https://llm.example.com/v1"
    save_prefs(ownvoice_home, prefs)
    assert "s3cret" not in ownvoice_home.settings_file.read_text(encoding="utf-8")
