"""`ownvoice [STORY_FILE]`: start the desktop app.

Whatever fails during the start (a damaged library, a bad preset file, an error of our own), the
app says so in a dialog, logs it, and stops its worker thread before it exits: it never aborts
with "QThread: Destroyed while thread … is still running". A native crash leaves a report that
the next start shows (app.crash_file, ui.crash); SIGTERM and SIGINT close the window properly.
"""

from __future__ import annotations

import argparse
import logging
import multiprocessing
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from app.crash_file import CrashRecorder, CrashReport
from app.desktop_entry import INSTALL_FLAG, UNINSTALL_FLAG
from app.logging_setup import configure_logging
from app.paths import AppPaths, default_paths
from app.presets import PresetError, load_catalog
from app.settings import SettingsStore
from models.engine.bootstrap import ENGINE_FLAG

SELF_TEST_FLAG = "--self-test"  # ui/self_test.py: prove a build works, on a throw-away data folder

if TYPE_CHECKING:  # the frozen app also starts as the engine: it imports no more than it needs
    from PySide6.QtWidgets import QApplication

    from models.contract import ChatBackend
    from ui.main_window import MainWindow
    from ui.shutdown_signals import ShutdownSignals

log = logging.getLogger("ownvoice")

EXIT_START_FAILED = 1
GIL_SWITCH_INTERVAL_S = 0.001


def example_story(language: str = "en") -> str:
    """The example story in the interface language (English when there is none in that language)."""
    examples = resources.files("resources") / "examples"
    localised = examples / f"example_story.{language}.md"
    story = localised if language != "en" and localised.is_file() else examples / "example_story.md"
    return story.read_text(encoding="utf-8")


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="ownvoice",
        description="OwnVoice: LinkedIn posts in your own voice.",
        epilog=(
            f"ownvoice {SELF_TEST_FLAG} checks that this installation works (on a throw-away data folder); "
            f"ownvoice {INSTALL_FLAG} ({UNINSTALL_FLAG}) adds (removes) OwnVoice in this user's app menu on Linux."
        ),
    )
    parser.add_argument("story", nargs="?", metavar="STORY_FILE", help="open the app with this story loaded")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == [ENGINE_FLAG]:  # the frozen app doubles as the engine process
        from models.engine.bootstrap import engine_main

        engine_main()
        return 0
    multiprocessing.freeze_support()
    if argv[:1] == [SELF_TEST_FLAG]:  # before anything reads the user's files
        from ui.self_test import main as self_test_main

        return self_test_main(argv[1:])
    if argv[:1] in ([INSTALL_FLAG], [UNINSTALL_FLAG]):
        from app.desktop_entry import run_flag

        return run_flag(argv[0])
    args = parse_args(argv)
    paths = default_paths()
    log_file = configure_logging(paths.log_file)
    recorder = CrashRecorder(paths.log_dir)
    crashes = recorder.previous_crashes()
    recorder.arm()
    try:
        return _run(args, paths, log_file, crashes)
    finally:
        recorder.disarm()


def create_application() -> QApplication:
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    set_identity(app)
    return app


def set_identity(app: QApplication) -> None:
    """OwnVoice's names and icon. The desktop file name ties the windows to the desktop entry
    (it is the Wayland app id), so docks and task switchers show the right icon and name."""
    from app.desktop_entry import APP_ID
    from ui.app_icon import app_icon

    app.setApplicationName("OwnVoice")
    app.setOrganizationName("OwnVoice")
    app.setApplicationDisplayName("OwnVoice")
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(app_icon())


def _run(args: argparse.Namespace, paths: AppPaths, log_file: Path | None, crashes: list[CrashReport]) -> int:
    from ui.crash import CrashReporter, install_qt_message_handler, show_start_failure
    from ui.shutdown_signals import ShutdownSignals

    # Threads load the library, the model and the checks while the window paints: with Python's
    # default 5 ms GIL switch interval each of the GUI thread's Python calls could wait that long
    # (measured: 48 stalls > 16 ms in the first 5 s; with 1 ms: 13).
    sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
    app = create_application()
    restore_qt_messages = install_qt_message_handler()
    crash = CrashReporter(log_file)
    crash.install()
    shutdown = ShutdownSignals(app)
    shutdown.install()
    try:
        window = _start(app, args, paths, log_file, crashes, shutdown)
        if shutdown.exit_code is not None:  # a signal came during the start: save and close now
            window.save_before_quit()
            window.close()
            return shutdown.exit_code
        code = app.exec()
        return shutdown.exit_code if shutdown.exit_code is not None else code
    except Exception as exc:  # noqa: BLE001 - the start failed: say so, never abort
        show_start_failure(exc, log_file)
        return EXIT_START_FAILED
    finally:
        _stop_workers(app)
        shutdown.uninstall()
        crash.uninstall()
        restore_qt_messages()


def _start(
    app: QApplication,
    args: argparse.Namespace,
    paths: AppPaths,
    log_file: Path | None,
    crashes: list[CrashReport],
    shutdown: ShutdownSignals,
) -> MainWindow:
    from PySide6.QtWidgets import QMessageBox

    from ui.first_frame import after_first_frame
    from ui.main_window import MainWindow
    from ui.theme import apply_theme
    from ui.translations import install_interface_language

    store = SettingsStore(paths.settings_file)
    loaded = store.load()
    language = install_interface_language(app, loaded.settings.ui_language).language
    apply_theme(app, loaded.settings.theme)
    try:
        catalog = load_catalog(paths.config_dir / "presets")
    except PresetError as exc:
        note = app.translate("main", "OwnVoice uses its built-in presets for now.")
        from ui.domain_text import error_text

        QMessageBox(QMessageBox.Icon.Warning, "OwnVoice", f"{error_text(exc)}\n\n{note}").exec()
        catalog = load_catalog()

    window = MainWindow(
        paths,
        store,
        loaded.settings,
        catalog,
        _chosen_backend_factory(paths),
        example_story=example_story(language),
    )
    shutdown.window = window
    window.show()
    # Everything else waits for the first frame (issue 11: the window within 0.5 s): the library
    # (keyring, SQLCipher: opened off the GUI thread), the model, the checks' word lists.
    after_first_frame(window, lambda: _after_first_frame(window, _StartContext(args, paths, log_file, crashes, loaded.warning)))
    return window


def _chosen_backend_factory(paths: AppPaths) -> Callable[[Path], ChatBackend]:
    def make(model: Path) -> ChatBackend:
        from ui.backend import make_chosen_backend  # in the worker thread, after the window is up

        return make_chosen_backend(model, paths)

    return make


# After the first frame, modules are imported in threads so the GUI thread finds them loaded: an
# import there (keyring, SQLCipher, the checks, the model manager) would stall the window.
NEEDED_FIRST = ("ui.library_unlock", "app.library.opening", "app.library.repository", "ui.backend", "ui.first_run")
NEEDED_LATER = ("app.linkedin.render", "ui.better_model", "ui.model_manager", "app.checks.report")


@dataclass(frozen=True)
class _StartContext:
    """What the steps after the first frame need from the start."""

    args: argparse.Namespace
    paths: AppPaths
    log_file: Path | None
    crashes: list[CrashReport]
    settings_warning: str | None


def _after_first_frame(window: MainWindow, start: _StartContext) -> None:
    from ui.background import BackgroundTask

    if not window.isVisible():  # closed (or a signal came) before the first frame
        return
    preload = BackgroundTask(lambda: _import_all(NEEDED_FIRST), name="preload", parent=window)
    preload.finished.connect(lambda: _open_library_then_model(window, start))
    preload.start()


def _import_all(names: Sequence[str]) -> None:
    import importlib

    for name in names:
        importlib.import_module(name)


def _open_library_then_model(window: MainWindow, start: _StartContext) -> None:
    """The rest of the start: a step that fails here still ends the app with the start-up
    failure dialog and exit code 1, as it did when these steps ran before the window showed."""
    from PySide6.QtWidgets import QApplication

    from ui.crash import show_start_failure

    try:
        _finish_start(window, start)
    except Exception as exc:  # noqa: BLE001 - the start failed: say so, never abort
        show_start_failure(exc, start.log_file)
        QApplication.exit(EXIT_START_FAILED)


def _finish_start(window: MainWindow, start: _StartContext) -> None:
    from PySide6.QtCore import QTimer

    from ui.background import BackgroundTask
    from ui.crash import show_previous_crashes
    from ui.library_unlock import unlock_library

    if not window.isVisible():
        return
    show_previous_crashes(start.crashes, start.log_file, window)
    notices: list[str] = []  # e.g. where a damaged library was kept: shown once the window has it
    library = unlock_library(window, start.paths, inform=notices.append)  # opened in a thread; dialogs here
    if not window.isVisible():  # closed while the library opened
        if library is not None:
            library.close()
        return
    window.attach_library(library, explain=library is None)  # puts the last draft back, purges old deletions
    for notice in notices:
        window.bridge.info(notice)
    if start.settings_warning:
        window.banner.show_message(start.settings_warning, "warning")
    if start.args.story:
        window.open_story_file(Path(start.args.story))
    window.start()
    QTimer.singleShot(0, window.offer_first_run)  # once, when only the starter model is here
    BackgroundTask(_load_the_rest, name="warm-up", parent=window).start()


def _load_the_rest() -> None:
    """The model manager, the preview and the checks with their word lists and tables, so the
    first hints (and the check before copying) do not wait for them and the GUI thread never does."""
    _import_all(NEEDED_LATER)
    from app.checks import run_checks

    run_checks("We hired 3 new colleagues in Eindhoven.", "Three new colleagues joined us in Eindhoven.")


def _stop_workers(app: QApplication) -> None:
    """Stop every worker thread a window (even a half-built one) started, so none is still
    running when Python destroys it: that aborts the process."""
    from ui.worker import WorkerHost

    for widget in app.topLevelWidgets():
        for host in widget.findChildren(WorkerHost):
            host.stop()


if __name__ == "__main__":
    sys.exit(main())
