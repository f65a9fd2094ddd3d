"""The self-test's view of the main window (ui/self_test.py): every use it makes of the window,
in one place, so a change to the window's parts is adapted here only."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from app.library import Library
from app.paths import AppPaths
from app.presets import load_catalog
from app.settings import Settings, SettingsStore
from ui.worker import BackendFactory


def self_test_settings() -> Settings:
    """Short posts from two angles: the quickest real generation that writes cards at once."""
    return Settings(tone="warm", angles=["learned", "team"], language="en", length="short", theme="light")


class SelfTestFailure(Exception):
    """A step did not work; str() is the reason, for the person reading the CI log."""


class WindowProbe:
    """Every use the self-test makes of the main window, in one place. The window renders a draft
    model (app.draft) that its parts update; the probe reads what it needs from that model and
    checks that the cards on screen show the same."""

    def __init__(self, paths: AppPaths, backend_factory: BackendFactory) -> None:
        from ui.main import example_story
        from ui.main_window import MainWindow

        store = SettingsStore(paths.settings_file)
        self.story = example_story()  # the window opens with it and the self-test never changes it
        self.window = MainWindow(
            paths, store, self_test_settings(), load_catalog(), backend_factory, example_story=self.story
        )
        self.finished_jobs: list[bool] = []  # one entry (cancelled?) per finished job
        self.window.jobDone.connect(self.finished_jobs.append)

    def show(self) -> None:
        self.window.show()

    @property
    def widget(self) -> QWidget:
        return self.window

    def attach_library(self, library: Library) -> None:
        """The window takes the library and reads its start state on the library thread."""
        self.window.attach_library(library)

    def settle(self) -> None:
        """Let the library work the window asked for finish, and its results show."""
        self.window.ops.drain()

    def start_loading(self) -> None:
        self.window.start()

    @property
    def state(self) -> str:
        return str(self.window.state)

    @property
    def model_path(self) -> Path | None:
        return self.window.model_path

    def generate(self) -> bool:
        """Press Generate; False when the window did not start a job (the reason is in problem())."""
        self.window.generate()
        return self.window.model.generating

    def posts(self) -> list[str]:
        """The cards' texts in the draft model; raises SelfTestFailure when the cards on screen
        show something else."""
        self.window.cards_view.flush()  # cards are painted in batches
        posts = [card.text for card in self.window.model.cards]
        shown = [card.text() for card in self.window.cards_area.cards]
        if shown != posts:
            raise SelfTestFailure(f"the window shows {shown!r}, but the draft holds {posts!r}")
        return posts

    def how_written(self) -> tuple[str, str]:
        """How the engine wrote the last job's cards ("parallel" or "sequential"), and why."""
        stats = self.window.model_status.last_run
        return (stats.path, stats.path_note) if stats is not None else ("", "")

    def problem(self) -> str:
        """What the window tells the user right now (its message banner), or ""."""
        banner = self.window.banner
        return banner.text if banner.isVisible() else ""

    def close(self) -> bool:
        """Close the window the way a user does; False when saving the draft failed."""
        saved = self.window.save_before_quit()  # closeEvent runs the same path; it runs once
        self.window.close()
        return saved
