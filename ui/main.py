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
from collections.abc import Sequence
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

    from ui.main_window import MainWindow
    from ui.shutdown_signals import ShutdownSignals

log = logging.getLogger("ownvoice")

EXIT_START_FAILED = 1


def example_story() -> str:
    return (resources.files("resources") / "examples" / "example_story.md").read_text(encoding="utf-8")


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
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from ui.backend import make_chosen_backend
    from ui.crash import show_previous_crashes
    from ui.library_unlock import unlock_library
    from ui.main_window import MainWindow
    from ui.theme import apply_theme

    store = SettingsStore(paths.settings_file)
    loaded = store.load()
    apply_theme(app, loaded.settings.theme)
    try:
        catalog = load_catalog(paths.config_dir / "presets")
    except PresetError as exc:
        note = app.translate("main", "OwnVoice uses its built-in presets for now.")
        QMessageBox(QMessageBox.Icon.Warning, "OwnVoice", f"{exc}\n\n{note}").exec()
        catalog = load_catalog()

    window = MainWindow(
        paths,
        store,
        loaded.settings,
        catalog,
        lambda model: make_chosen_backend(model, paths),
        example_story=example_story(),
    )
    shutdown.window = window
    window.show()
    show_previous_crashes(crashes, log_file, window)
    notices: list[str] = []  # e.g. where a damaged library was kept: shown once the window has it
    library = unlock_library(window, paths, inform=notices.append)
    window.attach_library(library, explain=library is None)  # puts the last draft back, purges old deletions
    for notice in notices:
        window.bridge.info(notice)
    if loaded.warning:
        window.banner.show_message(loaded.warning, "warning")
    if args.story:
        window.open_story_file(Path(args.story))
    window.start()
    QTimer.singleShot(0, window.offer_first_run)  # once, when only the starter model is here
    return window


def _stop_workers(app: QApplication) -> None:
    """Stop every worker thread a window (even a half-built one) started, so none is still
    running when Python destroys it: that aborts the process."""
    from ui.worker import WorkerHost

    for widget in app.topLevelWidgets():
        for host in widget.findChildren(WorkerHost):
            host.stop()


if __name__ == "__main__":
    sys.exit(main())
