from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.paths import AppPaths
from app.presets import load_catalog
from app.settings import SettingsStore
from models.contract import ChatBackend
from models.fake import ScriptedBackend
from ui.main import example_story, set_identity
from ui.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]


@pytest.fixture
def make_window(qtbot: QtBot, ownvoice_home: AppPaths) -> Iterator[WindowFactory]:
    """Build the real main window with a backend of the test's choosing."""
    windows: list[MainWindow] = []

    def factory(backend_factory: Callable[[Path], ChatBackend], *, start: bool = True) -> MainWindow:
        store = SettingsStore(ownvoice_home.settings_file)
        window = MainWindow(
            ownvoice_home, store, store.load().settings, load_catalog(), backend_factory, example_story=example_story()
        )
        qtbot.addWidget(window)
        window.show()
        if start:
            window.start()
        windows.append(window)
        return window

    yield factory
    for window in windows:
        window.host.stop()


def scripted(backend: ScriptedBackend) -> Callable[[Path], ChatBackend]:
    def factory(path: Path) -> ChatBackend:
        backend.name = path.name
        return backend

    return factory


def wait_ready(qtbot: QtBot, window: MainWindow, timeout: int = 60_000) -> None:
    qtbot.waitUntil(lambda: window.state == "ready", timeout=timeout)


@pytest.fixture
def app_identity(qapp: QApplication) -> Iterator[QApplication]:
    """The test's QApplication with OwnVoice's names and icon (as ui.main gives the real one), reset after."""
    before = (qapp.applicationName(), qapp.organizationName(), qapp.applicationDisplayName(), qapp.desktopFileName())
    icon = qapp.windowIcon()
    set_identity(qapp)
    yield qapp
    qapp.setApplicationName(before[0])
    qapp.setOrganizationName(before[1])
    qapp.setApplicationDisplayName(before[2])
    qapp.setDesktopFileName(before[3])
    qapp.setWindowIcon(icon)
