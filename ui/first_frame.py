"""Run start-up work once the window's first frame is on screen, not before.

Showing a window only queues its first paint; on X11 or Wayland it comes when the compositor
exposes the window, which can be after work queued with QTimer.singleShot(0). Work that must
not delay the window (opening the library, loading the model) waits for that paint here.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# A window that never paints (minimised at start, no compositor) must not wait for ever.
LATEST_MS = 1000


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._then: Callable[[], None] | None = then
        # On the application: the paint may go to any widget of the window (a child covering it).
        self._app = QCoreApplication.instance()
        if self._app is not None:
            self._app.installEventFilter(self)
        QTimer.singleShot(LATEST_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if (
            event.type() == QEvent.Type.Paint
            and isinstance(watched, QWidget)
            and watched.window() is self._window
        ):
            QTimer.singleShot(0, self, self._run)  # after this frame is painted
        return False

    def _run(self) -> None:
        then, self._then = self._then, None
        if then is None:
            return
        if self._app is not None:
            self._app.removeEventFilter(self)
        self.deleteLater()
        then()


def after_first_frame(window: QWidget, then: Callable[[], None]) -> None:
    """Call `then` in the GUI thread right after `window` first paints (or after LATEST_MS)."""
    _FirstPaint(window, then)
