"""SIGTERM and SIGINT close the window properly: its close path saves, then the app exits.

Python runs signal handlers only between bytecodes, and the GUI thread spends its time inside
Qt's C++ event loop, so a handler alone would wait for the next mouse move. The C-level handler
therefore also writes the signal number to a socket (`signal.set_wakeup_fd`) that a
QSocketNotifier watches: the event loop wakes, Python runs the handler, the window closes.
A second signal while closing ends the process at once.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
from collections.abc import Callable
from types import FrameType
from typing import Protocol

from PySide6.QtCore import QObject, QSocketNotifier
from PySide6.QtWidgets import QApplication

log = logging.getLogger(__name__)

SIGNALS = (signal.SIGINT, signal.SIGTERM)


class QuittableWindow(Protocol):
    def save_before_quit(self) -> bool: ...

    def close(self) -> bool: ...


class ShutdownSignals(QObject):
    """While installed, SIGINT/SIGTERM close `window` (saving) and quit with 128 + the signal."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.app = app
        self.window: QuittableWindow | None = None
        self.exit_code: int | None = None  # set once a signal asked the app to end
        self._previous: dict[int, Callable[[int, FrameType | None], object] | int | None] = {}
        self._previous_wakeup = -1
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._drain)

    def install(self) -> None:
        self._previous_wakeup = signal.set_wakeup_fd(self._writer.fileno())
        for signum in SIGNALS:
            self._previous[signum] = signal.signal(signum, self._on_signal)

    def uninstall(self) -> None:
        for signum, handler in self._previous.items():
            signal.signal(signum, handler if handler is not None else signal.SIG_DFL)
        self._previous.clear()
        signal.set_wakeup_fd(self._previous_wakeup)
        self._notifier.setEnabled(False)
        self._reader.close()
        self._writer.close()

    def _drain(self) -> None:
        try:
            while self._reader.recv(64):
                pass
        except (BlockingIOError, OSError):
            pass  # emptied; the Python handler runs now that Python has control again

    def _on_signal(self, signum: int, _frame: FrameType | None) -> None:
        name = signal.Signals(signum).name
        if self.exit_code is not None:
            log.warning("%s again while closing: quitting at once", name)
            os._exit(128 + signum)
        log.info("%s received: closing the window (saving first)", name)
        self.exit_code = 128 + signum
        if self.window is not None:
            # The window's one save-first way out (settings, drafts, the engine), then close it;
            # closing alone would skip it for a window that is not shown.
            self.window.save_before_quit()
            self.window.close()
        self.app.exit(self.exit_code)  # ends the event loop, and any dialog's loop within it
