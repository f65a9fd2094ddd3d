"""`make screenshots`: the main window with cards filled by the starter model, light and dark, and
at the two laptop sizes the window must serve (1366×768 and 1024×640).

Run under a real X server (xvfb-run) so fonts, emoji and window decorations render as users see them:
    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python -m ui.screenshots docs/screenshots
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path


def main(argv: list[str]) -> int:
    out_dir = Path(argv[0] if argv else "docs/screenshots")
    out_dir.mkdir(parents=True, exist_ok=True)
    os.environ["OWNVOICE_HOME"] = tempfile.mkdtemp(prefix="ownvoice-shots-")

    from PySide6.QtWidgets import QApplication

    from app.options import Length, PersonalNotes, PostOptions
    from app.paths import default_paths
    from app.presets import load_catalog
    from app.settings import Settings, SettingsStore
    from ui.backend import make_chosen_backend
    from ui.main import example_story
    from ui.event_wait import wait_until
    from ui.main_window import MainWindow
    from ui.theme import apply_theme

    app = QApplication(sys.argv[:1])
    apply_theme(app, "light")
    paths = default_paths()
    store = SettingsStore(paths.settings_file)
    settings = Settings(display_name="Sam de Jong", headline="Production engineer at Northwind Energy")
    window = MainWindow(
        paths,
        store,
        settings,
        load_catalog(),
        lambda model: make_chosen_backend(model, paths),
        example_story=example_story(),
    )
    window.resize(1580, 960)
    window.show()
    window.start()

    wait_until(lambda: window.state == "ready", 120)
    window.angle_panel.set_post_options(
        PostOptions(
            tone="warm",
            angles=("learned", "team", "customers"),
            length=Length.SHORT,
            notes=PersonalNotes(role="I tested the first battery line", why="My village runs on solar now"),
        )
    )
    window.generate()
    wait_until(lambda: window.state != "generating", 600)
    window.select_card("customers")

    def shot(name: str) -> None:
        for _ in range(20):
            app.processEvents()
            time.sleep(0.02)
        path = out_dir / name
        window.grab().save(str(path))
        print(f"saved {path}")

    shot("main-light.png")
    window.view.set_theme("dark")
    shot("main-dark.png")
    window.view.set_theme("light")
    for width, height in ((1366, 768), (1024, 640)):
        window.resize(width, height)
        window.cards_area.verticalScrollBar().setValue(0)
        shot(f"main-{width}x{height}.png")
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
