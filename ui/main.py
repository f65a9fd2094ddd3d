"""`ownvoice [STORY_FILE]`: start the desktop app."""

from __future__ import annotations

import argparse
import logging
import multiprocessing
import sys
from collections.abc import Sequence
from importlib import resources
from pathlib import Path

from app.logging_setup import configure_logging
from app.paths import default_paths
from app.presets import PresetError, load_catalog
from app.settings import SettingsStore
from models.engine.bootstrap import ENGINE_FLAG

log = logging.getLogger("ownvoice")


def example_story() -> str:
    return resources.files("resources").joinpath("examples", "example_story.md").read_text(encoding="utf-8")


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="ownvoice", description="OwnVoice: LinkedIn posts in your own voice.")
    parser.add_argument("story", nargs="?", metavar="STORY_FILE", help="open the app with this story loaded")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == [ENGINE_FLAG]:  # the frozen app doubles as the engine process
        from models.engine.bootstrap import engine_main

        engine_main()
        return 0
    multiprocessing.freeze_support()
    args = parse_args(argv)
    paths = default_paths()
    log_file = configure_logging(paths.log_file)

    from PySide6.QtWidgets import QApplication, QMessageBox

    from ui.backend import make_local_backend
    from ui.crash import CrashReporter
    from ui.library_unlock import unlock_library
    from ui.main_window import MainWindow
    from ui.theme import apply_theme

    app = QApplication(sys.argv[:1])
    app.setApplicationName("OwnVoice")
    app.setOrganizationName("OwnVoice")
    app.setApplicationDisplayName("OwnVoice")
    crash = CrashReporter(log_file)
    crash.install()

    store = SettingsStore(paths.settings_file)
    loaded = store.load()
    apply_theme(app, loaded.settings.theme)
    try:
        catalog = load_catalog(paths.config_dir / "presets")
    except PresetError as exc:
        note = app.translate("main", "OwnVoice uses its built-in presets for now.")
        QMessageBox.warning(None, "OwnVoice", f"{exc}\n\n{note}")
        catalog = load_catalog()

    window = MainWindow(
        paths,
        store,
        loaded.settings,
        catalog,
        lambda model: make_local_backend(model, paths),
        example_story=example_story(),
    )
    window.show()
    library = unlock_library(window, paths)
    window.attach_library(library, explain=library is None)  # puts the last draft back, purges old deletions
    if loaded.warning:
        window.banner.show_message(loaded.warning, "warning")
    if args.story:
        window.open_story_file(Path(args.story))
    window.start()
    code = app.exec()
    crash.uninstall()
    return code


if __name__ == "__main__":
    sys.exit(main())
