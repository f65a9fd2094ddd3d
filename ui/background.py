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

from PySide6.QtCore import QObject, Signal, Slot

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
        self._delivered.connect(self._deliver)

    def start(self) -> None:
        self.running = True
        threading.Thread(target=self._run, name=self._name, daemon=True).start()

    def _run(self) -> None:
        try:
            result, error = self._work(), None
        except BaseException as exc:  # noqa: BLE001 - delivered to the GUI thread to report
            result, error = None, exc
        try:
            self._delivered.emit(result, error)
        except RuntimeError:
            pass  # the receiver was deleted (its dialog closed); nobody is waiting

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
