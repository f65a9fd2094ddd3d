"""The model features of issue 9 wired into the main window: the Model menu and the model
manager share one background listing, the starter notice leads to a better model, the status
bar always says where posts are written, the first-run offer comes once, and closing the
window pauses a download (its partial file stays for the next start)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QDialog, QSizeGrip, QWidget
from pytestqt.qtbot import QtBot

from app.model_preferences import ModelPreferences
from app.paths import AppPaths
from app.settings import SettingsStore
from models.catalog import starter_model_path
from models.download import DownloadRequest, pending_downloads
from models.fake import ScriptedBackend
from tests.models.file_server import serving
from tests.ui.conftest import WindowFactory, scripted, wait_ready
from ui.downloads import PAUSED, RUNNING
from ui.first_run import FirstRunOffer
from ui.main_window import MainWindow
from ui.model_manager import ModelManagerDialog


@pytest.fixture
def offers(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every first-run offer shown, answered "Not now"."""
    shown: list[str] = []

    def skip(dialog: FirstRunOffer) -> int:
        shown.append(dialog.entry.name)
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(FirstRunOffer, "exec", skip)
    yield shown


def close_manager(window: MainWindow) -> None:
    manager = window.models.features.manager
    if manager is not None:
        manager.close()


def starter() -> Path:
    path = starter_model_path()
    assert path is not None, "the starter model is installed by make setup"
    return path


def test_the_model_menu_lists_from_the_shared_listing_and_opens_the_manager(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window(scripted(ScriptedBackend()))
    wait_ready(qtbot, window)
    features, menu = window.models.features, window.models.menu
    assert menu is not None
    qtbot.waitUntil(lambda: any(a.text() for a in menu.model_actions()), timeout=10_000)
    [entry] = menu.model_actions()
    assert entry.isChecked() and entry.isEnabled()  # the starter model, in use

    menu.manage_action.trigger()
    manager = features.manager
    assert manager is not None and manager.isVisible()
    assert manager.listing is features.listing  # one background listing for menu and manager
    assert manager.tabs.currentIndex() == ModelManagerDialog.MODELS_TAB
    menu.manage_action.trigger()
    assert features.manager is manager  # one manager at a time
    close_manager(window)


def test_a_model_chosen_in_the_manager_is_loaded_and_new_engine_settings_reload_it(
    qtbot: QtBot, make_window: WindowFactory, ownvoice_home: AppPaths
) -> None:
    backend = ScriptedBackend()
    window = make_window(scripted(backend))
    wait_ready(qtbot, window)
    other = ownvoice_home.models_dir / "Other-3B-Instruct-Q4_K_M.gguf"
    other.parent.mkdir(parents=True, exist_ok=True)
    other.write_bytes(starter().read_bytes())
    manager = window.models.open_manager()
    with qtbot.waitSignal(manager.listingFinished, timeout=10_000):
        manager.refresh()
    assert manager.select_path(other)
    manager.use_selected()
    qtbot.waitUntil(lambda: window.state == "ready" and window.model_path == other, timeout=10_000)
    assert window.settings.model_path == str(other)  # the window's own settings: saved on close

    loads = backend.loads
    manager.store_engine_settings(other, {"context": 2048}, True)
    qtbot.waitUntil(lambda: backend.loads == loads + 1 and window.state == "ready", timeout=10_000)
    close_manager(window)


def test_the_starter_notice_opens_the_manager_once_the_user_has_other_models(
    qtbot: QtBot, make_window: WindowFactory, ownvoice_home: AppPaths, offers: list[str]
) -> None:
    ownvoice_home.models_dir.mkdir(parents=True, exist_ok=True)
    (ownvoice_home.models_dir / "Mine-1B-Q4_K_M.gguf").write_bytes(starter().read_bytes())
    window = make_window(scripted(ScriptedBackend()))
    wait_ready(qtbot, window)
    notice = window.model_status.notice
    assert notice.isVisible()  # the starter model writes
    qtbot.mouseClick(notice.button, Qt.MouseButton.LeftButton)
    manager = window.models.features.manager
    assert manager is not None and manager.isVisible()
    assert manager.tabs.currentIndex() == ModelManagerDialog.GET_TAB
    assert str(ownvoice_home.models_dir) in manager.machine_hint.text()  # where model files go
    assert "memory" in manager.machine_hint.text()  # and what fits this computer
    assert offers == []
    close_manager(window)


def test_with_only_the_starter_model_the_notice_offers_the_best_fitting_model_again(
    qtbot: QtBot, make_window: WindowFactory, offers: list[str]
) -> None:
    window = make_window(scripted(ScriptedBackend()))
    wait_ready(qtbot, window)
    window.offer_first_run()
    assert len(offers) == 1  # the first run's offer, skipped
    qtbot.mouseClick(window.model_status.notice.button, Qt.MouseButton.LeftButton)
    assert len(offers) == 2  # asked for again from the notice
    qtbot.mouseClick(window.model_status.status_notice, Qt.MouseButton.LeftButton)
    assert len(offers) == 3
    assert window.models.features.manager is None


def test_the_first_run_offer_comes_once_and_not_again_after_skipping(
    qtbot: QtBot, make_window: WindowFactory, ownvoice_home: AppPaths, offers: list[str]
) -> None:
    window = make_window(scripted(ScriptedBackend()))
    wait_ready(qtbot, window)
    window.offer_first_run()
    window.offer_first_run()
    assert len(offers) == 1
    window.close()
    assert ModelPreferences.of(SettingsStore(ownvoice_home.settings_file).load().settings).first_run_offer_done

    again = make_window(scripted(ScriptedBackend()))  # the next start
    wait_ready(qtbot, again)
    again.offer_first_run()
    assert len(offers) == 1


def test_the_first_run_offer_is_not_made_when_the_user_has_a_model_of_their_own(
    qtbot: QtBot, make_window: WindowFactory, ownvoice_home: AppPaths, offers: list[str]
) -> None:
    ownvoice_home.models_dir.mkdir(parents=True, exist_ok=True)
    (ownvoice_home.models_dir / "Mine-1B-Q4_K_M.gguf").write_bytes(b"GGUF")
    window = make_window(scripted(ScriptedBackend()))
    wait_ready(qtbot, window)
    window.offer_first_run()
    assert offers == []


def test_the_status_bar_always_says_where_posts_are_written(qtbot: QtBot, make_window: WindowFactory) -> None:
    backend = ScriptedBackend()
    window = make_window(scripted(backend))
    wait_ready(qtbot, window)
    status = window.models.features.status
    assert status.isVisible() and status.text() == "On this computer" and status.kind == "local"
    assert "nothing is sent anywhere" in status.toolTip()
    assert window.model_status.notice.isVisible()

    manager = window.models.open_manager(ModelManagerDialog.SERVER_TAB)
    prefs = ModelPreferences.of(window.settings)
    prefs.backend, prefs.server_base_url, prefs.server_model = "server", "https://llm.example.com/v1", "big-model"
    prefs.store_in(window.settings)
    loads = backend.loads
    manager.backendChanged.emit()  # what the server panel says once the user switched
    qtbot.waitUntil(lambda: backend.loads == loads + 1 and window.state == "ready", timeout=10_000)
    assert status.isVisible() and status.kind == "server" and status.text() == "Server: llm.example.com"
    assert "your story is sent to that server" in status.toolTip()
    assert not window.model_status.notice.isVisible()  # the starter model does not write now
    menu = window.models.menu
    assert menu is not None and not any(a.isEnabled() for a in menu.model_actions())

    prefs.backend = "local"
    prefs.store_in(window.settings)
    manager.backendChanged.emit()
    qtbot.waitUntil(lambda: backend.loads == loads + 2 and window.state == "ready", timeout=10_000)
    assert status.text() == "On this computer" and window.model_status.notice.isVisible()
    close_manager(window)


def test_closing_the_window_pauses_a_download_and_keeps_its_part(
    qtbot: QtBot, make_window: WindowFactory, ownvoice_home: AppPaths
) -> None:
    window = make_window(scripted(ScriptedBackend()))
    wait_ready(qtbot, window)
    downloads = window.models.features.downloads
    target = ownvoice_home.models_dir / "served.gguf"
    with serving(starter().read_bytes(), "served.gguf") as server:
        server.faults.bytes_per_second = 2_000_000  # ≈50 s for the whole file: still running at close
        key = downloads.start(DownloadRequest(server.url, target), "Served model")
        qtbot.waitUntil(lambda: "%" in window.models.features.download_indicator.text(), timeout=20_000)
        assert downloads.state(key).status == RUNNING  # type: ignore[union-attr]
        window.close()
        part = target.with_name(target.name + ".part")
        written = part.stat().st_size
        qtbot.wait(400)
        assert part.stat().st_size == written  # stopped by the close, not cut off later
    assert not target.exists()
    [pending] = pending_downloads(ownvoice_home.models_dir)  # the part stays, ready to resume
    assert pending.request.target == target and pending.done_bytes > 0
    again = make_window(scripted(ScriptedBackend()))
    [state] = again.models.features.downloads.states()
    assert state.status == PAUSED and state.key == str(target)


def test_how_a_download_ends_is_told_in_the_window_with_the_manager_closed(
    qtbot: QtBot, make_window: WindowFactory, ownvoice_home: AppPaths
) -> None:
    window = make_window(scripted(ScriptedBackend()))
    wait_ready(qtbot, window)
    downloads = window.models.features.downloads
    with serving(starter().read_bytes(), "served.gguf") as server:
        with qtbot.waitSignal(downloads.failed, timeout=60_000):
            downloads.start(DownloadRequest(server.url, ownvoice_home.models_dir / "bad.gguf", "0" * 64))
        assert window.banner.level == "warning" and "SHA-256" in window.banner.text
        with qtbot.waitSignal(downloads.completed, timeout=60_000):
            downloads.start(DownloadRequest(server.url, ownvoice_home.models_dir / "served.gguf", server.sha256))
    assert window.banner.level == "info" and "served.gguf is downloaded and checked" in window.banner.text


def clipped_in_status_bar(window: MainWindow) -> list[str]:
    """The status bar's visible widgets that do not lie wholly inside the window, or that got less
    room than their text needs (a squeezed button cuts its text off)."""
    out = []
    for widget in window.statusBar().findChildren(QWidget):
        if widget.isVisible() and not isinstance(widget, QSizeGrip) and widget.parent() is window.statusBar():
            rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
            if not window.rect().contains(rect) or widget.width() < widget.minimumSizeHint().width():
                out.append(f"{type(widget).__name__} {widget.accessibleName()}: {widget.width()} px")
    return out


def test_the_status_bar_fits_a_small_laptop_screen_while_a_model_downloads_or_a_server_writes(
    qtbot: QtBot, make_window: WindowFactory, ownvoice_home: AppPaths
) -> None:
    window = make_window(scripted(ScriptedBackend(name="Smollm2 135M 8k Lc100K Mix1 Ep2 Instruct Q4_1")))
    window.resize(1024, 640)
    wait_ready(qtbot, window)
    features = window.models.features
    with serving(starter().read_bytes(), "served.gguf") as server:
        server.faults.bytes_per_second = 2_000_000
        features.downloads.start(
            DownloadRequest(server.url, ownvoice_home.models_dir / "served.gguf"), "Qwen3 4B Instruct 2507 (Q4_K_M, thinking off)"
        )
        qtbot.waitUntil(lambda: "%" in features.download_indicator.text(), timeout=20_000)
        QApplication.processEvents()
        assert window.model_status.status_notice.isVisible() and features.download_indicator.isVisible()
        assert "Qwen3 4B Instruct 2507 (Q4_K_M, thinking off)" in features.download_indicator.toolTip()
        assert clipped_in_status_bar(window) == []
        features.downloads.shutdown()

    prefs = ModelPreferences.of(window.settings)
    prefs.backend, prefs.server_model = "server", "a-very-long-model-name-on-the-server-70b-instruct"
    prefs.server_base_url = "https://llm.research-cluster.europe-west.example-company.com/v1"
    prefs.store_in(window.settings)
    window.models.open_manager().backendChanged.emit()
    qtbot.waitUntil(lambda: window.state == "ready" and features.status.kind == "server", timeout=10_000)
    QApplication.processEvents()
    assert "llm.research-cluster.europe-west.example-company.com" in features.status.toolTip()
    assert clipped_in_status_bar(window) == []
    close_manager(window)
