"""The generation worker: one long-lived QThread owns the model backend.

The GUI talks to it only through queued signals (load a model, run a job) and one
thread-safe call (`cancel`). Every job ends with `jobFinished`, also after an error or a
cancel, so the UI can never be left waiting. Cancelling is not an error.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal, Slot

from app.rewrite import DraftJob, PostResult
from app.rewrite import run_job as run_draft_job
from models.contract import ChatBackend, ModelError

log = logging.getLogger(__name__)

BackendFactory = Callable[[Path], ChatBackend]


class JobCancel:
    """Cancel token for one job: set when the GUI cancels this job or any later one.
    `card_is_set` tells whether one card of it was stopped alone (app.rewrite.CardCancelToken)."""

    def __init__(self, worker: GenerationWorker, job_id: int) -> None:
        self._worker = worker
        self._job_id = job_id

    def is_set(self) -> bool:
        return self._worker.cancelled_up_to >= self._job_id

    def card_is_set(self, card_id: str) -> bool:
        return self._worker.card_cancelled(self._job_id, card_id)


class _SignalEvents:
    """Turns a job's events into the worker's (queued, cross-thread) signals."""

    def __init__(self, worker: GenerationWorker, job_id: int) -> None:
        self._worker = worker
        self._job_id = job_id

    def task_started(self, card_id: str) -> None:
        self._worker.taskStarted.emit(self._job_id, card_id)

    def chunk(self, card_id: str, text: str) -> None:
        self._worker.chunkReady.emit(self._job_id, card_id, text)

    def task_finished(self, card_id: str, result: PostResult) -> None:
        self._worker.taskFinished.emit(self._job_id, card_id, result)


class GenerationWorker(QObject):
    modelLoading = Signal(str)  # model path
    modelReady = Signal(object)  # models.contract.ModelInfo
    modelFailed = Signal(str)  # a sentence for the user
    taskStarted = Signal(int, str)  # job id, card id
    chunkReady = Signal(int, str, str)  # job id, card id, text
    taskFinished = Signal(int, str, object)  # job id, card id, app.rewrite.PostResult
    jobFailed = Signal(int, str)  # job id, a sentence for the user
    jobFinished = Signal(int, bool)  # job id, cancelled — always emitted, exactly once per job

    def __init__(self, backend_factory: BackendFactory) -> None:
        super().__init__()
        self._backend_factory = backend_factory
        self._backend: ChatBackend | None = None
        self._lock = threading.Lock()
        self._cancelled_up_to = 0
        self._cancelled_cards: set[tuple[int, str]] = set()

    # Called from the GUI thread while the worker thread is busy: no queued signal would
    # get through until the job ends, so this is a plain, lock-protected call.
    def cancel(self, job_id: int) -> None:
        with self._lock:
            self._cancelled_up_to = max(self._cancelled_up_to, job_id)

    def cancel_card(self, job_id: int, card_id: str) -> None:
        """Stop one card of a running job (its text so far stays); the job's other cards go on."""
        with self._lock:
            self._cancelled_cards.add((job_id, card_id))

    def card_cancelled(self, job_id: int, card_id: str) -> bool:
        with self._lock:
            return (job_id, card_id) in self._cancelled_cards

    @property
    def cancelled_up_to(self) -> int:
        with self._lock:
            return self._cancelled_up_to

    @Slot(str)
    def load_model(self, path: str) -> None:
        self.modelLoading.emit(path)
        self._close_backend()
        try:
            self._backend = self._backend_factory(Path(path))
            info = self._backend.load()
        except ModelError as exc:
            self.modelFailed.emit(str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - shown to the user, logged with traceback
            log.exception("loading %s failed", path)
            self.modelFailed.emit(f"The model could not be loaded: {exc}")
            return
        self.modelReady.emit(info)

    @Slot(object)
    def run_job(self, job: DraftJob) -> None:
        cancel = JobCancel(self, job.job_id)
        try:
            if self._backend is None:
                raise ModelError("No model is loaded yet. Choose a model under Model, then try again.")
            run_draft_job(self._backend, job, cancel, _SignalEvents(self, job.job_id))
        except ModelError as exc:
            self.jobFailed.emit(job.job_id, str(exc))
        except Exception as exc:  # noqa: BLE001 - never let a job end without jobFinished
            log.exception("job %s failed", job.job_id)
            self.jobFailed.emit(job.job_id, f"Something went wrong while writing: {exc}")
        finally:
            with self._lock:
                self._cancelled_cards = {key for key in self._cancelled_cards if key[0] != job.job_id}
            self.jobFinished.emit(job.job_id, cancel.is_set())

    @Slot()
    def shutdown(self) -> None:
        """Close the backend in this thread, then end the thread's event loop."""
        self._close_backend()
        thread = self.thread()
        if thread is not None:
            thread.quit()

    def _close_backend(self) -> None:
        if self._backend is not None:
            try:
                self._backend.close()
            except Exception:  # noqa: BLE001 - closing must not fail the app
                log.exception("closing the backend failed")
            self._backend = None


class WorkerHost(QObject):
    """Owns the worker thread and forwards requests to it as queued signals."""

    _loadRequested = Signal(str)
    _jobRequested = Signal(object)
    _shutdownRequested = Signal()

    def __init__(self, backend_factory: BackendFactory, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.thread = QThread()
        self.thread.setObjectName("generation-worker")
        self.worker = GenerationWorker(backend_factory)
        self.worker.moveToThread(self.thread)
        self._loadRequested.connect(self.worker.load_model)
        self._jobRequested.connect(self.worker.run_job)
        self._shutdownRequested.connect(self.worker.shutdown)
        self._next_job_id = 0
        self.thread.start()

    def load_model(self, path: Path) -> None:
        self._loadRequested.emit(str(path))

    def new_job_id(self) -> int:
        self._next_job_id += 1
        return self._next_job_id

    def submit(self, job: DraftJob) -> None:
        self._jobRequested.emit(job)

    def cancel(self, job_id: int) -> None:
        self.worker.cancel(job_id)

    def cancel_card(self, job_id: int, card_id: str) -> None:
        self.worker.cancel_card(job_id, card_id)

    def stop(self, timeout_ms: int = 10_000) -> None:
        """Cancel everything, close the backend in its own thread, and end the thread."""
        if not self.thread.isRunning():
            return
        self.worker.cancel(self._next_job_id)
        self._shutdownRequested.emit()  # the worker quits its thread once the backend is closed
        if not self.thread.wait(timeout_ms):
            log.warning("the generation worker did not stop within %d ms", timeout_ms)
