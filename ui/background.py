"""Running plain-Python work off the GUI thread and getting the result back on it.

`BackgroundTask` lives in the GUI thread; the work runs in a Python thread and its result
(or exception) comes back through a queued signal, so `succeeded`/`failed`/`finished` are
always emitted in the GUI thread — views update there, and tests can wait on them.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Signal, Slot

log = logging.getLogger(__name__)


class BackgroundTask(QObject):
    succeeded = Signal(object)  # the function's result
    failed = Signal(object)  # the exception
    finished = Signal()  # after either, exactly once

    _delivered = Signal(object, object)  # (result, error), emitted from the worker thread

    def __init__(self, work: Callable[[], Any], name: str = "background", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._work = work
        self._name = name
        self.running = False
        self._outcome: tuple[object, BaseException | None] | None = None
        self._ended = threading.Event()
        self._delivered.connect(self._deliver)

    def start(self) -> None:
        self.running = True
        threading.Thread(target=self._run, name=self._name, daemon=True).start()

    def _run(self) -> None:
        try:
            result, error = self._work(), None
        except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread to report
            result, error = None, exc
        self._outcome = (result, error)
        self._ended.set()
        try:
            self._delivered.emit(result, error)
        except RuntimeError:
            pass  # the receiver was deleted (its dialog closed); nobody is waiting

    def wait(self) -> Any:
        """Start the work and run the event loop until it ends, so the window keeps painting:
        for a step that must finish before the caller goes on (like a modal dialog's exec()).
        Returns the result, or raises the work's exception, in the GUI thread."""
        loop = QEventLoop()
        self.finished.connect(loop.quit)
        self.start()
        loop.exec()  # `finished` is a queued signal: it cannot arrive before the loop runs
        self._ended.wait()  # the loop also ends when the application quits: the work ends soon after
        assert self._outcome is not None
        result, error = self._outcome
        if error is not None:
            raise error
        return result

    @Slot(object, object)
    def _deliver(self, result: object, error: object) -> None:
        self.running = False
        if error is not None:
            if not isinstance(error, Exception):
                log.error("%s stopped: %r", self._name, error)
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)
        self.finished.emit()
