"""The list of available models, built off the GUI thread with cached headers.

One `ModelListing` per window: the Model menu shows its last result at once and asks for a
fresh one when it opens; the model manager shares it. Nothing here ever blocks the GUI
thread on a file (a slow disk, a FIFO, a 10 GB file being copied).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.model_preferences import ModelPreferences
from app.paths import AppPaths
from app.settings import Settings
from models.catalog import HeaderCache, ModelEntry, available_models
from ui.background import BackgroundTask


class ModelListing(QObject):
    listed = Signal()  # `entries` is up to date (GUI thread)
    failed = Signal(str)  # the listing itself failed (GUI thread)

    def __init__(self, paths: AppPaths, settings: Settings, cache: HeaderCache | None = None,
                 parent: QObject | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.paths = paths
        self.settings = settings
        self.cache = cache or HeaderCache()
        self.entries: list[ModelEntry] = []
        self._task: BackgroundTask | None = None
        self._again = False

    @property
    def running(self) -> bool:
        return self._task is not None and self._task.running

    def refresh(self) -> None:
        """List again in the background; a refresh asked for meanwhile runs right after."""
        if self.running:
            self._again = True
            return
        models_dir, folders, cache = self.paths.models_dir, ModelPreferences.of(self.settings).folders, self.cache
        task = BackgroundTask(lambda: available_models(models_dir, folders, cache), "list-models", self)
        task.succeeded.connect(self._store)
        task.failed.connect(lambda error: self.failed.emit(str(error)))
        task.finished.connect(self._done)
        self._task = task
        task.start()

    def _store(self, entries: object) -> None:
        self.entries = list(entries) if isinstance(entries, list) else []

    def _done(self) -> None:
        if self._again:
            self._again = False
            self.refresh()
            return
        self.listed.emit()
