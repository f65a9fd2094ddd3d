"""The model manager dialog, engine settings, downloads, the server choice, the backend status
and the first-run offer — real files, a real loopback HTTP server, the real keyring."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

import ui.model_listing as listing_module
from app.model_preferences import ModelPreferences
from app.paths import AppPaths
from app.secrets import SecretStore
from app.settings import Settings, SettingsStore
from models.catalog import HeaderCache, starter_model_path
from models.curated import load_catalogue
from models.download import DownloadRequest
from ui.backend_status import BackendStatus
from ui.downloads import DownloadController
from ui.engine_settings_dialog import EngineSettingsDialog
from ui.first_run import FirstRunOffer, first_run_offer_due, offer_better_model
from ui.model_manager import ModelManagerDialog
from ui.server_panel import ServerPanel
from tests.app.library.keyring_env import real_secret_store  # noqa: F401 - fixture
from tests.models.file_server import FileServer, serving
from tests.models.gguf_writer import TINY_TENSORS, tiny_model_metadata, write_gguf

STARTER = starter_model_path()


@pytest.fixture
def store(ownvoice_home: AppPaths) -> SettingsStore:
    return SettingsStore(ownvoice_home.settings_file)


@pytest.fixture
def settings(store: SettingsStore) -> Settings:
    return store.load().settings


@pytest.fixture
def downloads(qtbot: QtBot, ownvoice_home: AppPaths) -> Iterator[DownloadController]:
    controller = DownloadController(ownvoice_home.models_dir)
    yield controller
    controller.shutdown()


@pytest.fixture
def make_dialog(qtbot: QtBot, ownvoice_home: AppPaths, store: SettingsStore, settings: Settings, downloads: DownloadController):  # type: ignore[no-untyped-def]
    def make(**kwargs: object) -> ModelManagerDialog:
        dialog = ModelManagerDialog(ownvoice_home, store, settings, downloads, **kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        return dialog

    return make


def listed(qtbot: QtBot, dialog: ModelManagerDialog) -> dict[str, str]:
    """Wait for the listing; {file name: problem} of every row."""
    qtbot.waitUntil(lambda: not dialog.listing.running and bool(dialog.entries()), timeout=30_000)
    return {entry.path.name: entry.problem for entry in dialog.entries()}


def refresh_and_wait(qtbot: QtBot, dialog: ModelManagerDialog) -> dict[str, str]:
    with qtbot.waitSignal(dialog.listingFinished, timeout=30_000):
        dialog.refresh()
    return {entry.path.name: entry.problem for entry in dialog.entries()}


# ---------------------------------------------------------------- listing


def test_lists_off_the_gui_thread_with_unusable_files_and_their_reasons(
    qtbot: QtBot, ownvoice_home: AppPaths, make_dialog, monkeypatch: pytest.MonkeyPatch  # type: ignore[no-untyped-def]
) -> None:
    models = ownvoice_home.models_dir
    models.mkdir(parents=True)
    write_gguf(models / "tiny.gguf", tiny_model_metadata(), TINY_TENSORS)
    (models / "broken.gguf").write_bytes(b"this is not a model")
    os.mkfifo(models / "pipe.gguf")
    (models / "half.gguf.part").write_bytes(b"GGUF")
    threads: list[str] = []
    real = listing_module.available_models

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        return real(*args, **kwargs)

    monkeypatch.setattr(listing_module, "available_models", spy)
    dialog = make_dialog()
    rows = listed(qtbot, dialog)
    assert threads and threading.main_thread().name not in threads
    assert STARTER is not None and rows[STARTER.name] == ""
    assert rows["tiny.gguf"] == ""
    assert "not a GGUF" in rows["broken.gguf"] and "named pipe" in rows["pipe.gguf"]
    assert "half.gguf.part" not in rows
    texts = [dialog.table_model.data(dialog.table_model.index(r, 7)) for r in range(dialog.table_model.rowCount())]
    assert any(t.startswith("Unusable: it is a named pipe") for t in texts)
    assert "2 cannot be used" in dialog.listing_status.text()


def test_headers_are_cached_between_listings(qtbot: QtBot, ownvoice_home: AppPaths, make_dialog) -> None:  # type: ignore[no-untyped-def]
    ownvoice_home.models_dir.mkdir(parents=True)
    write_gguf(ownvoice_home.models_dir / "tiny.gguf", tiny_model_metadata(), TINY_TENSORS)
    cache = HeaderCache()
    dialog = make_dialog(cache=cache)
    listed(qtbot, dialog)
    first = cache.parsed
    refresh_and_wait(qtbot, dialog)
    assert cache.parsed == first


def test_memory_column_says_whether_it_fits(qtbot: QtBot, make_dialog) -> None:  # type: ignore[no-untyped-def]
    dialog = make_dialog()
    listed(qtbot, dialog)
    memory = dialog.table_model.data(dialog.table_model.index(0, 7))
    assert memory.endswith(": fits")


def test_use_a_model(qtbot: QtBot, ownvoice_home: AppPaths, make_dialog) -> None:  # type: ignore[no-untyped-def]
    ownvoice_home.models_dir.mkdir(parents=True)
    tiny = write_gguf(ownvoice_home.models_dir / "tiny.gguf", tiny_model_metadata(), TINY_TENSORS)
    dialog = make_dialog(active_model=STARTER)
    listed(qtbot, dialog)
    assert dialog.select_path(tiny)
    with qtbot.waitSignal(dialog.modelChosen) as chosen:
        dialog.use_button.click()
    assert chosen.args == [tiny]
    assert "(in use)" in dialog.table_model.data(dialog.table_model.index(1, 0))


def test_import_checks_the_header_first_then_copies(
    qtbot: QtBot, ownvoice_home: AppPaths, make_dialog, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    dialog = make_dialog()
    listed(qtbot, dialog)
    junk = tmp_path / "junk.gguf"
    junk.write_bytes(b"<html>not a model</html>")
    with qtbot.waitSignal(dialog.importFinished) as finished:
        dialog.import_file(junk)
    assert "not a GGUF" in finished.args[0]
    assert not ownvoice_home.models_dir.exists() or not list(ownvoice_home.models_dir.iterdir())
    good = write_gguf(tmp_path / "Good.gguf", tiny_model_metadata(), TINY_TENSORS)
    with qtbot.waitSignal(dialog.importFinished) as finished:
        dialog.import_file(good)
    assert finished.args == [""]
    qtbot.waitUntil(lambda: "Good.gguf" in {e.path.name for e in dialog.entries()}, timeout=30_000)


def test_remove_asks_first_and_never_the_starter(qtbot: QtBot, ownvoice_home: AppPaths, make_dialog) -> None:  # type: ignore[no-untyped-def]
    ownvoice_home.models_dir.mkdir(parents=True)
    tiny = write_gguf(ownvoice_home.models_dir / "tiny.gguf", tiny_model_metadata(), TINY_TENSORS)
    dialog = make_dialog()
    listed(qtbot, dialog)
    assert STARTER is not None and dialog.select_path(STARTER)
    assert not dialog.remove_button.isEnabled()
    dialog.select_path(tiny)
    assert dialog.remove_button.isEnabled()
    questions: list[str] = []
    dialog.remove_selected(confirm=lambda _parent, question: questions.append(question) or False)
    assert tiny.exists() and "cannot be undone" in questions[0]
    with qtbot.waitSignal(dialog.listingFinished, timeout=30_000):
        dialog.remove_selected(confirm=lambda _parent, _question: True)
    assert not tiny.exists() and "tiny.gguf" not in {e.path.name for e in dialog.entries()}


def test_added_folder_is_listed_and_remembered(
    qtbot: QtBot, make_dialog, store: SettingsStore, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    folder = tmp_path / "shared-models"
    folder.mkdir()
    write_gguf(folder / "team.gguf", tiny_model_metadata(), TINY_TENSORS)
    dialog = make_dialog()
    listed(qtbot, dialog)
    with qtbot.waitSignal(dialog.listingFinished, timeout=30_000):
        dialog.add_folder(folder)
    assert "team.gguf" in {e.path.name for e in dialog.entries()}
    assert ModelPreferences.of(store.load().settings).folders == [folder]


# ---------------------------------------------------------------- engine settings


def test_engine_settings_validate_reset_and_store(
    qtbot: QtBot, make_dialog, store: SettingsStore  # type: ignore[no-untyped-def]
) -> None:
    assert STARTER is not None
    dialog = EngineSettingsDialog(STARTER, ModelPreferences(), threads=1)
    qtbot.addWidget(dialog)
    defaults = dialog.chosen()
    dialog.context.setValue(1000)  # not a multiple of 256
    dialog.accept()
    assert dialog.result() != EngineSettingsDialog.DialogCode.Accepted and "multiple of 256" in dialog.problems.text()
    dialog.reset_button.click()
    assert dialog.chosen() == defaults
    dialog.temperature.setValue(0.3)
    dialog.accept()
    assert dialog.overrides() == {"temperature": 0.3} and not dialog.needs_reload
    manager = make_dialog()
    with qtbot.waitSignal(manager.engineSettingsChanged) as changed:
        manager.store_engine_settings(STARTER, {"context": 2048}, True)
    assert changed.args == [STARTER, True]
    assert ModelPreferences.of(store.load().settings).overrides_for(STARTER) == {"context": 2048}


# ---------------------------------------------------------------- downloads


@pytest.fixture
def server(starter_bytes: bytes) -> Iterator[FileServer]:
    with serving(starter_bytes, "served.gguf") as running:
        yield running


@pytest.fixture(scope="module")
def starter_bytes() -> bytes:
    assert STARTER is not None
    return STARTER.read_bytes()


def test_download_from_a_link_with_pause_and_resume(
    qtbot: QtBot, ownvoice_home: AppPaths, make_dialog, downloads: DownloadController, server: FileServer  # type: ignore[no-untyped-def]
) -> None:
    server.faults.bytes_per_second = 10_000_000
    dialog = make_dialog()
    listed(qtbot, dialog)
    key = dialog.download_url(server.url, server.sha256)
    assert key is not None
    row = dialog.download_rows[key]
    qtbot.waitUntil(lambda: row.bar.value() > 50, timeout=30_000)
    assert "MB/s" in row.detail.text() and "left" in row.detail.text()
    row.pause_button.click()
    qtbot.waitUntil(lambda: row.pause_button.text() == "Resume", timeout=10_000)
    assert "Paused" in row.detail.text()
    assert "served.gguf" not in {e.path.name for e in dialog.entries()}
    server.faults.bytes_per_second = 0
    with qtbot.waitSignal(downloads.completed, timeout=60_000) as done:
        row.pause_button.click()
    assert done.args == [ownvoice_home.models_dir / "served.gguf"]
    qtbot.waitUntil(lambda: "served.gguf" in {e.path.name for e in dialog.entries()}, timeout=30_000)
    assert key not in dialog.download_rows
    assert any(r["Range"].startswith("bytes=") for r in server.log.requests[1:])


def test_a_download_left_paused_shows_up_after_a_restart(
    qtbot: QtBot, ownvoice_home: AppPaths, server: FileServer, make_dialog  # type: ignore[no-untyped-def]
) -> None:
    server.faults.bytes_per_second = 10_000_000
    first = DownloadController(ownvoice_home.models_dir)
    key = first.start(DownloadRequest(server.url, ownvoice_home.models_dir / "served.gguf"), "Served")
    qtbot.waitUntil(lambda: (first.state(key) is not None and first.state(key).progress is not None
                             and first.state(key).progress.done > 1_000_000), timeout=30_000)  # fmt: skip
    first.shutdown()  # the app closes
    again = DownloadController(ownvoice_home.models_dir)  # the app starts again
    (state,) = again.states()
    assert state.status == "paused" and state.progress is not None and state.progress.done > 0
    server.faults.bytes_per_second = 0
    with qtbot.waitSignal(again.completed, timeout=60_000):
        again.resume(state.key)
    assert (ownvoice_home.models_dir / "served.gguf").stat().st_size == len(server.data)


def test_a_wrong_checksum_is_reported_and_leaves_nothing(
    qtbot: QtBot, ownvoice_home: AppPaths, downloads: DownloadController, server: FileServer  # type: ignore[no-untyped-def]
) -> None:
    with qtbot.waitSignal(downloads.failed, timeout=60_000) as failed:
        downloads.start(DownloadRequest(server.url, ownvoice_home.models_dir / "x.gguf", "0" * 64))
    assert "SHA-256" in failed.args[1]
    assert downloads.states() == [] and list(ownvoice_home.models_dir.iterdir()) == []


def test_a_licence_that_needs_acceptance_is_asked_first(
    qtbot: QtBot, make_dialog, downloads: DownloadController  # type: ignore[no-untyped-def]
) -> None:
    dialog = make_dialog()
    assert dialog.select_catalogue_entry("gemma-3n-e4b")
    asked: list[str] = []
    assert dialog.download_selected(accept_licence=lambda _p, entry: asked.append(entry.licence) or False) is None
    assert asked == ["Gemma Terms of Use"] and downloads.states() == []  # no connection was made


# ---------------------------------------------------------------- the server choice and the status


@pytest.mark.keyring
def test_switching_to_a_server_asks_once_and_keeps_the_key_in_the_keyring(
    qtbot: QtBot, ownvoice_home: AppPaths, store: SettingsStore, settings: Settings,
    real_secret_store: SecretStore,  # noqa: F811
) -> None:  # fmt: skip
    asked: list[tuple[str, bool]] = []
    answers = [False, True]

    def confirm(_parent: object, host: str, encrypted: bool) -> bool:
        asked.append((host, encrypted))
        return answers[len(asked) - 1]

    panel = ServerPanel(ownvoice_home, store, settings, secrets=real_secret_store, confirm_host=confirm)
    qtbot.addWidget(panel)
    panel.server_choice.setChecked(True)
    panel.url_edit.setText("http://llm.internal.example:8000")
    panel.key_edit.setText("team-key-42")
    panel.model_combo.setCurrentText("big-model")
    assert not panel.apply()  # declined: nothing changes
    assert ModelPreferences.of(store.load().settings).backend == "local"
    with qtbot.waitSignal(panel.backendChanged):
        assert panel.apply()
    assert asked == [("llm.internal.example", False), ("llm.internal.example", False)]
    prefs = ModelPreferences.of(store.load().settings)
    assert (prefs.backend, prefs.server_base_url, prefs.server_model) == (
        "server", "http://llm.internal.example:8000/v1", "big-model")  # fmt: skip
    assert real_secret_store.get_api_key("http://llm.internal.example:8000/v1") == "team-key-42"
    assert "team-key-42" not in ownvoice_home.settings_file.read_text(encoding="utf-8")
    panel.model_combo.setCurrentText("other-model")
    assert panel.apply() and len(asked) == 2  # the host was confirmed already


def test_listing_server_models_shows_them_or_the_reason(
    qtbot: QtBot, ownvoice_home: AppPaths, store: SettingsStore, settings: Settings
) -> None:
    from tests.models.llama_server import free_port

    panel = ServerPanel(ownvoice_home, store, settings, secrets=SecretStore.for_paths(ownvoice_home))
    qtbot.addWidget(panel)
    panel.url_edit.setText(f"http://127.0.0.1:{free_port()}")
    with qtbot.waitSignal(panel.modelsListed, timeout=30_000):
        panel.list_server_models()
    assert "Cannot reach the model server" in panel.status.text()


def test_backend_status_says_where_posts_are_written(qtbot: QtBot) -> None:
    status = BackendStatus()
    qtbot.addWidget(status)
    status.show_preferences(ModelPreferences(), "SmolLM2")
    assert status.text() == "On this computer" and "nothing is sent" in status.toolTip()
    status.show_preferences(ModelPreferences(backend="server", server_base_url="https://llm.example.com/v1", server_model="m"))
    assert status.text() == "Server: llm.example.com" and "sent to that server" in status.toolTip()
    # Without a model on the server the app writes locally (ui.backend): the status says so too.
    status.show_preferences(ModelPreferences(backend="server", server_base_url="https://llm.example.com/v1"))
    assert status.text() == "On this computer"


# ---------------------------------------------------------------- first run


def test_first_run_offer_once_then_from_the_notice(
    qtbot: QtBot, ownvoice_home: AppPaths, store: SettingsStore, settings: Settings,
    downloads: DownloadController, monkeypatch: pytest.MonkeyPatch, server: FileServer,
) -> None:  # fmt: skip
    prefs = ModelPreferences.of(settings)
    assert first_run_offer_due(ownvoice_home.models_dir, prefs)
    entry = load_catalogue()[0]
    local = type(entry)(**{**entry.__dict__, "url": server.url, "sha256": server.sha256})
    monkeypatch.setattr("ui.first_run.recommended_model", lambda total_ram=None: local)
    shown: list[str] = []
    monkeypatch.setattr(FirstRunOffer, "exec", lambda self: shown.append(self.entry.id) or 0)  # "Not now"
    window = BackendStatus()
    qtbot.addWidget(window)
    assert offer_better_model(window, ownvoice_home.models_dir, store, settings, downloads) is None
    assert shown == [local.id]
    assert ModelPreferences.of(store.load().settings).first_run_offer_done
    assert offer_better_model(window, ownvoice_home.models_dir, store, settings, downloads) is None
    assert len(shown) == 1  # once
    monkeypatch.setattr(FirstRunOffer, "exec", lambda self: 1)  # "Download", from the starter model's notice
    with qtbot.waitSignal(downloads.completed, timeout=60_000) as done:
        key = offer_better_model(window, ownvoice_home.models_dir, store, settings, downloads, again=True)
    assert key is not None and done.args[0].read_bytes() == server.data
    assert not first_run_offer_due(ownvoice_home.models_dir, ModelPreferences.of(settings))


def test_the_app_builds_the_backend_the_user_chose(ownvoice_home: AppPaths, store: SettingsStore, settings: Settings) -> None:
    from models.engine_settings import TunedBackend
    from models.server import ServerBackend
    from ui.backend import make_chosen_backend

    assert STARTER is not None
    assert isinstance(make_chosen_backend(STARTER, ownvoice_home), TunedBackend)
    ModelPreferences(backend="server", server_base_url="https://llm.example.com", server_model="m").store_in(settings)
    store.save(settings)
    backend = make_chosen_backend(STARTER, ownvoice_home)
    assert isinstance(backend, ServerBackend) and backend.host == "llm.example.com"
