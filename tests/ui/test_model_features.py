"""ModelFeatures: what the window connects to, in one object."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.paths import AppPaths
from app.settings import SettingsStore
from models.catalog import starter_model_path
from models.curated import load_catalogue
from ui.first_run import FirstRunOffer
from ui.model_features import ModelFeatures
from tests.models.file_server import serving


@pytest.fixture
def features(qtbot: QtBot, ownvoice_home: AppPaths) -> Iterator[ModelFeatures]:
    store = SettingsStore(ownvoice_home.settings_file)
    made = ModelFeatures(ownvoice_home, store, store.load().settings)
    qtbot.addWidget(made.status)
    yield made
    if made.manager is not None:
        made.manager.close()
    made.shutdown()


def test_one_manager_and_its_signals_reach_the_window(qtbot: QtBot, features: ModelFeatures) -> None:
    starter = starter_model_path()
    assert starter is not None
    manager = features.open_manager(features.status, starter)
    assert features.open_manager(features.status, starter) is manager
    with qtbot.waitSignal(features.chooseModel) as chosen:
        manager.modelChosen.emit(None)  # the model in use was removed
    assert chosen.args == [starter]
    with qtbot.waitSignal(features.reloadModel) as reload:
        manager.store_engine_settings(starter, {"context": 2048}, True)
    assert reload.args == [starter]
    with qtbot.assertNotEmitted(features.reloadModel):
        manager.store_engine_settings(Path("/elsewhere/other.gguf"), {"context": 2048}, True)
    features.show_model("SmolLM2")
    assert features.status.text() == "On this computer"


def test_a_model_downloaded_from_the_first_run_offer_is_switched_to(
    qtbot: QtBot, features: ModelFeatures, monkeypatch: pytest.MonkeyPatch
) -> None:
    starter = starter_model_path()
    assert starter is not None
    with serving(starter.read_bytes(), "better.gguf") as server:
        entry = load_catalogue()[0]
        local = type(entry)(**{**entry.__dict__, "url": server.url, "sha256": server.sha256})
        monkeypatch.setattr("ui.first_run.recommended_model", lambda total_ram=None: local)
        monkeypatch.setattr(FirstRunOffer, "exec", lambda self: 1)
        server.faults.bytes_per_second = 20_000_000
        qtbot.addWidget(features.download_indicator)
        with qtbot.waitSignal(features.chooseModel, timeout=60_000) as chosen:
            assert features.offer_first_run(features.status) is not None
            qtbot.waitUntil(lambda: "%" in features.download_indicator.text(), timeout=30_000)
            assert features.download_indicator.text().startswith("Downloading Qwen3 1.7B")
    assert chosen.args == [features.paths.models_dir / "better.gguf"]
    assert features.download_indicator.isHidden()
