"""Model downloads for the window: each runs in its own thread, state and progress arrive
in the GUI thread. One controller per app, so downloads go on when the model manager is
closed; downloads paused or cut off in an earlier session are listed again, ready to resume.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

from models.download import (
    Download,
    DownloadError,
    DownloadRequest,
    Outcome,
    Progress,
    discard_partial,
    pending_downloads,
)

log = logging.getLogger(__name__)

RUNNING, PAUSED, FAILED = "running", "paused", "failed"


@dataclass(frozen=True)
class DownloadState:
    key: str  # the target path
    request: DownloadRequest
    title: str
    status: str  # RUNNING, PAUSED, FAILED
    progress: Progress | None = None
    error: str = ""


class DownloadController(QObject):
    changed = Signal(str)  # a download's state changed (key)
    removed = Signal(str)  # a download left the list (finished or cancelled)
    completed = Signal(object)  # pathlib.Path of a verified model, ready to use
    failed = Signal(str, str)  # key, a sentence for the user

    _progressed = Signal(str, object)  # from worker threads
    _ended = Signal(str, object, object)  # key, Outcome | None, DownloadError | None

    def __init__(self, models_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.models_dir = models_dir
        self._states: dict[str, DownloadState] = {}
        self._running: dict[str, tuple[Download, threading.Thread]] = {}
        self._progressed.connect(self._on_progress)
        self._ended.connect(self._on_ended)
        for pending in pending_downloads(models_dir):
            key = str(pending.request.target)
            progress = Progress(pending.done_bytes, pending.request.size_hint, 0.0, "paused")
            self._states[key] = DownloadState(key, pending.request, pending.request.target.name, PAUSED, progress)

    # ---------------------------------------------------------------- queries

    def states(self) -> list[DownloadState]:
        return list(self._states.values())

    def state(self, key: str) -> DownloadState | None:
        return self._states.get(key)

    @property
    def busy(self) -> bool:
        return bool(self._running)

    # ---------------------------------------------------------------- control

    def start(self, request: DownloadRequest, title: str = "") -> str:
        """Start (or resume) a download; returns its key."""
        key = str(request.target)
        if key in self._running:
            return key
        state = DownloadState(key, request, title or request.target.name, RUNNING,
                              self._states[key].progress if key in self._states else None)  # fmt: skip
        self._states[key] = state
        download = Download(request, lambda progress: self._emit_progress(key, progress))
        thread = threading.Thread(target=self._run, args=(key, download), name=f"download {request.target.name}", daemon=True)
        self._running[key] = (download, thread)
        thread.start()
        self.changed.emit(key)
        return key

    def resume(self, key: str) -> None:
        state = self._states.get(key)
        if state is not None and key not in self._running:
            self.start(state.request, state.title)

    def pause(self, key: str) -> None:
        running = self._running.get(key)
        if running is not None:
            running[0].pause()

    def cancel(self, key: str) -> None:
        running = self._running.get(key)
        if running is not None:
            running[0].cancel()  # the thread discards the part and reports CANCELLED
            return
        state = self._states.pop(key, None)
        if state is not None:
            discard_partial(state.request.target)
            self.removed.emit(key)

    def shutdown(self, timeout_s: float = 5.0) -> None:
        """Pause every download (the parts stay for next time) and wait for the threads."""
        for download, _thread in list(self._running.values()):
            download.pause()
        for _download, thread in list(self._running.values()):
            thread.join(timeout_s)

    # ---------------------------------------------------------------- worker side

    def _run(self, key: str, download: Download) -> None:
        try:
            outcome: Outcome | None = download.run()
            error: DownloadError | None = None
        except DownloadError as exc:
            outcome, error = None, exc
        except Exception as exc:  # noqa: BLE001 - never leave a download "running" forever
            log.exception("download %s failed", key)
            outcome, error = None, DownloadError(f"The download stopped: {exc}", kept_partial=True)
        try:
            self._ended.emit(key, outcome, error)
        except RuntimeError:
            pass  # the controller is gone (the app is closing)

    def _emit_progress(self, key: str, progress: Progress) -> None:
        try:
            self._progressed.emit(key, progress)
        except RuntimeError:
            pass

    # ---------------------------------------------------------------- GUI side

    @Slot(str, object)
    def _on_progress(self, key: str, progress: Progress) -> None:
        state = self._states.get(key)
        if state is not None and key in self._running:
            self._states[key] = replace(state, progress=progress)
            self.changed.emit(key)

    @Slot(str, object, object)
    def _on_ended(self, key: str, outcome: Outcome | None, error: DownloadError | None) -> None:
        self._running.pop(key, None)
        state = self._states.get(key)
        if state is None:
            return
        if outcome is Outcome.DONE:
            del self._states[key]
            self.removed.emit(key)
            self.completed.emit(state.request.target)
        elif outcome is Outcome.CANCELLED:
            del self._states[key]
            self.removed.emit(key)
        elif outcome is Outcome.PAUSED:
            self._states[key] = replace(state, status=PAUSED)
            self.changed.emit(key)
        else:
            message = str(error) if error is not None else "The download stopped."
            if error is not None and not error.kept_partial:
                del self._states[key]
                self.removed.emit(key)
            else:
                self._states[key] = replace(state, status=FAILED, error=message)
                self.changed.emit(key)
            self.failed.emit(key, message)
