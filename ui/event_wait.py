"""Waiting for a condition in scripts (benchmarks, screenshots) without a busy loop."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEventLoop, QTimer


def wait_until(predicate: Callable[[], bool], timeout_s: float, poll_ms: int = 20) -> None:
    """Run the event loop until `predicate()` is true. Raises TimeoutError."""
    deadline = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError(f"condition not met within {timeout_s:.0f} s")
        loop = QEventLoop()
        QTimer.singleShot(poll_ms, loop.quit)
        loop.exec()
