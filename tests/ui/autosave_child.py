"""Run by test_draft_session: the real window autosaving edits in a loop until it is killed.

Prints "saved N" after edit N has reached the library (flushed by the autosave timer).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> None:
    from keyring.backends import fail
    from PySide6.QtWidgets import QApplication

    from app.library import open_library
    from app.options import PostOptions
    from app.paths import AppPaths
    from app.presets import load_catalog
    from app.secrets import SecretStore
    from app.settings import SettingsStore
    from models.fake import ScriptedBackend
    from ui.event_wait import wait_until
    from ui.main_window import MainWindow

    paths = AppPaths.under(Path(sys.argv[1]))
    app = QApplication([])
    library = open_library(paths, sys.argv[2], secret_store=SecretStore(backend=fail.Keyring()))
    store = SettingsStore(paths.settings_file)
    window = MainWindow(paths, store, store.load().settings, load_catalog(), lambda p: ScriptedBackend(replies=["first"]))
    window.attach_library(library)
    window.ops.drain()
    window.show()
    window.start()
    wait_until(lambda: window.state == "ready", 10)
    window.story_editor.setPlainText("A story about saving.")
    window.angle_panel.set_post_options(PostOptions(tone="warm", angles=("team",)))
    window.generate()
    wait_until(lambda: window.state == "ready" and bool(window.cards_area.cards), 10)
    card = window.cards_area.cards[0]
    saves = [0]
    window.autosaver.saved.connect(lambda: saves.__setitem__(0, saves[0] + 1))
    for n in range(1, 10_000):
        before = saves[0]
        card.editor.setPlainText(f"edit {n}")
        wait_until(lambda: saves[0] > before, 10)
        print(f"saved {n}", flush=True)
    app.exec()


if __name__ == "__main__":
    main()
