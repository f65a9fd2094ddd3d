from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.library import Library, open_library
from app.options import PostOptions
from app.paths import AppPaths
from app.presets import load_catalog
from app.secrets import SecretStore
from app.settings import SettingsStore
from models.contract import ChatBackend
from models.fake import ScriptedBackend
from ui.main import example_story, set_identity
from ui.main_window import MainWindow

WindowFactory = Callable[..., MainWindow]
PASSPHRASE = "correct horse battery"


def open_test_library(paths: AppPaths) -> Library:
    """The real encrypted library, unlocked with a passphrase (no keyring needed)."""
    from keyring.backends import fail

    return open_library(paths, PASSPHRASE, secret_store=SecretStore(backend=fail.Keyring()))


@pytest.fixture
def library(ownvoice_home: AppPaths) -> Iterator[Library]:
    library = open_test_library(ownvoice_home)
    yield library
    if not library.closed:
        library.close()


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


def settle(window: MainWindow) -> None:
    """Let the library and file work the window asked for finish, and its results show."""
    for _ in range(3):  # a result may ask for more (a draft that opens asks for its checks)
        window.ops.drain()


def open_story(qtbot: QtBot, window: MainWindow, path: Path) -> bool:
    """Open a story file as the user would; True when it was read."""
    with qtbot.waitSignal(window.controller.storyOpened, timeout=10_000) as opened:
        window.open_story_file(path)
    return bool(opened.args[0])


def written_window(
    qtbot: QtBot, make_window: WindowFactory, library: Library | None, replies: list[str], story: str, *angles: str
) -> MainWindow:
    """A window on this library that has written one card per angle for this story."""
    window = make_window(scripted(ScriptedBackend(replies=list(replies))))
    if library is not None:
        attach(window, library)
    wait_ready(qtbot, window)
    window.story_editor.setPlainText(story)
    window.angle_panel.set_post_options(PostOptions(tone="warm", angles=angles))
    with qtbot.waitSignal(window.jobDone, timeout=10_000):
        window.generate()
    settle(window)  # a finished generation is queued for the library at once
    return window


def attach(window: MainWindow, library: object) -> None:
    """Give the window its drafts library, and wait for what it reads at start."""
    window.attach_library(library)  # type: ignore[arg-type]
    settle(window)


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
