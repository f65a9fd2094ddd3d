"""Measures how long the event loop is blocked: a fast timer notes every late tick."""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QObject, QTimer


class StallProbe(QObject):
    def __init__(self, interval_ms: int = 5, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.interval_ms = interval_ms
        self.gaps_ms: list[float] = []
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)

    def start(self) -> None:
        self.gaps_ms.clear()
        self._clock.start()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        self.gaps_ms.append(self._clock.nsecsElapsed() / 1e6)
        self._clock.restart()

    @property
    def longest_stall_ms(self) -> float:
        """The longest wait beyond the timer interval."""
        return max((gap - self.interval_ms for gap in self.gaps_ms[1:]), default=0.0)

    def percentile_stall_ms(self, fraction: float) -> float:
        stalls = sorted(gap - self.interval_ms for gap in self.gaps_ms[1:])
        if not stalls:
            return 0.0
        return stalls[min(len(stalls) - 1, int(fraction * len(stalls)))]
