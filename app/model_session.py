"""Which model writes the posts: the one loading, the one ready, and what to do when one fails.

Plain Python: the window renders it (status bar, Generate's reason, the starter notice) and
turns its decisions into loads on the generation worker.

A model that fails to load never leaves the user stuck: the session falls back to the last
model that worked (in this session, else the one the settings remember, else the starter
model) and says so; only when none is left does it stay without a model, and then
`generate_blocked` says why Generate cannot run.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from models.contract import ModelInfo


class ModelPhase(StrEnum):
    NONE = "none"  # no model file at all
    LOADING = "loading"
    READY = "ready"
    FAILED = "failed"  # the last load failed and there is nothing to fall back to


@dataclass(frozen=True)
class Fallback:
    path: Path
    notice: str  # for the user: what failed and what is used instead


class ModelSession:
    def __init__(self, starter: Path | None) -> None:
        self.starter = starter
        self.phase = ModelPhase.NONE
        self.path: Path | None = None  # the model loading or loaded
        self.info: ModelInfo | None = None
        self.problem = ""  # why no model is ready (for Generate's tooltip and the status bar)
        self.last_working: Path | None = None
        self._failed: set[Path] = set()  # failed in this session: never tried again as a fallback

    @property
    def ready(self) -> bool:
        return self.phase is ModelPhase.READY

    @property
    def is_starter(self) -> bool:
        """The small bundled demo model is the one writing."""
        return self.ready and self.path is not None and self.starter is not None and _same(self.path, self.starter)

    @property
    def name(self) -> str:
        return self.info.name if self.info is not None else ""

    def generate_blocked(self) -> str:
        """Why Generate cannot run now, or "" when it can (as far as the model goes)."""
        if self.phase is ModelPhase.READY:
            return ""
        if self.phase is ModelPhase.LOADING:
            name = self.path.name if self.path is not None else "the model"
            return f"Loading {name}… Generate is ready in a moment."
        if self.phase is ModelPhase.NONE:
            return "No model is installed. Put a .gguf model file in your models folder and choose it under Model."
        return f"No model is ready: {self.problem} Choose another model under Model."

    def no_model(self, problem: str) -> None:
        self.phase = ModelPhase.NONE
        self.path = self.info = None
        self.problem = problem

    def loading(self, path: Path) -> None:
        self.phase = ModelPhase.LOADING
        self.path = path
        self.info = None
        self.problem = ""

    def loaded(self, info: ModelInfo) -> None:
        self.phase = ModelPhase.READY
        self.info = info
        self.problem = ""
        self.last_working = self.path
        if self.path is not None:
            self._failed.discard(self.path)

    def failed(self, message: str) -> Fallback | None:
        """The load failed. Returns the model to load instead (with a notice), or None when
        there is none left (the session is then FAILED, with `problem` set)."""
        failed_path = self.path
        if failed_path is not None:
            self._failed.add(failed_path)
        self.info = None
        self.problem = message
        for candidate in (self.last_working, self.starter):
            if candidate is None or any(_same(candidate, bad) for bad in self._failed):
                continue
            name = failed_path.name if failed_path is not None else "The model"
            instead = (
                f"OwnVoice uses {candidate.name} again, which worked before."
                if candidate == self.last_working
                else "OwnVoice uses the bundled starter model instead."
            )
            return Fallback(candidate, f"{name} could not be loaded: {message} {instead}")
        self.phase = ModelPhase.FAILED
        return None


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a == b
