"""How many threads llama.cpp gets, for prompt evaluation and for decoding.

llama.cpp's threads wait for each other at every step, so a thread that loses its core to
another program stalls all of them. Measured on this 2-core machine (bench/angles.py):
quiet, 2 threads beat 1 by about 1.5x; with other programs busy, 1 thread beat 2 by up to
7x. So the engine uses every core while the machine is otherwise idle and leaves the
cores that other programs (the app's own window included) keep busy: `LoadAwareThreads`
looks at the machine's CPU use, minus the engine's own, before every prompt and every
half second while decoding (the very first prompt goes by the load average). Tests and benchmarks can pin the counts with `FixedThreads`.

Plain Python, no llama_cpp.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from models.engine.hardware import physical_cores

THREADS_ENV = "OWNVOICE_ENGINE_THREADS"  # a number pins both counts (the test suite uses 1)
AUTO_THREADS = 0  # a thread setting of 0: follow the machine's load (LoadAwareThreads)


class ThreadPolicy(Protocol):
    def prefill_threads(self) -> int: ...

    def decode_threads(self) -> int: ...

    def observe_step(self, threads: int, tokens: int, seconds: float) -> None:
        """A decode step with `tokens` tokens took `seconds` with `threads` threads."""
        ...

    def describe(self) -> str: ...


@dataclass
class FixedThreads:
    prefill: int
    decode: int

    def prefill_threads(self) -> int:
        return self.prefill

    def decode_threads(self) -> int:
        return self.decode

    def observe_step(self, threads: int, tokens: int, seconds: float) -> None:
        pass

    def describe(self) -> str:
        return f"fixed: {self.prefill} for prompts, {self.decode} for decoding"


class CpuLoad:
    """CPU time other programs used since the last call, in cores (Linux /proc/stat).
    None where that cannot be read (the policy then uses every core)."""

    def __init__(self, stat: Path = Path("/proc/stat"), clock: Callable[[], float] = time.monotonic) -> None:
        self._stat = stat
        self._clock = clock
        self._last: tuple[float, float, float] | None = self._sample()

    def others_busy_cores(self) -> float | None:
        now = self._sample()
        last, self._last = self._last, now
        if now is None or last is None:
            return None
        wall = now[0] - last[0]
        if wall <= 0:
            return None
        machine_busy = now[1] - last[1]
        own = now[2] - last[2]
        return max(0.0, (machine_busy - own) / wall)

    def _sample(self) -> tuple[float, float, float] | None:
        try:
            with self._stat.open("rb") as handle:
                fields = handle.readline().split()
        except OSError:
            return None
        if len(fields) < 5 or fields[0] != b"cpu":
            return None
        ticks = [int(f) for f in fields[1:]]
        idle = ticks[3] + (ticks[4] if len(ticks) > 4 else 0)  # idle + iowait
        busy_seconds = (sum(ticks[:8]) - idle) / _CLOCK_TICKS  # user..steal; guest is inside user
        return self._clock(), busy_seconds, time.process_time()


def _clock_ticks() -> int:
    try:
        return int(os.sysconf("SC_CLK_TCK"))
    except (AttributeError, ValueError, OSError):
        return 100


_CLOCK_TICKS = _clock_ticks()

BUSY_CORES = 0.5  # other programs using this much CPU take a core away from the engine...
IDLE_CORES = 0.25  # ...until they use less than this (hysteresis: no flapping)
RECHECK_S = 0.5


class LoadAwareThreads:
    """Every core while the machine is otherwise idle; one core less for every core
    other programs keep busy. The same count for prompts and decoding: measured, prompt
    evaluation suffers from a busy core just as decoding does."""

    def __init__(
        self,
        cores: int | None = None,
        load: CpuLoad | None = None,
        clock: Callable[[], float] = time.monotonic,
        load_average: Callable[[], float] = lambda: os.getloadavg()[0],
    ) -> None:
        self.cores = cores or physical_cores()
        self._load = load or CpuLoad()
        self._clock = clock
        self._load_average = load_average
        self._threads = self.cores
        self._checked: float | None = None

    def _current(self) -> int:
        now = self._clock()
        if self._checked is None:
            # The first prompt comes right after loading: no window of CPU use to look at
            # yet, so go by the load average (the engine itself was idle until now).
            self._checked = now
            self._load.others_busy_cores()  # start the first window
            self._threads = self._choose(self._first_guess())
        elif now - self._checked >= RECHECK_S:
            self._checked = now
            self._threads = self._choose(self._load.others_busy_cores())
        return self._threads

    def _first_guess(self) -> float | None:
        try:
            return max(0.0, self._load_average())
        except (OSError, AttributeError):  # no load average on this system
            return None

    def _choose(self, others: float | None) -> int:
        if others is None:
            return self.cores
        taken = int(others + 1 - BUSY_CORES) if others >= BUSY_CORES else 0
        wanted = max(1, self.cores - taken)
        if wanted > self._threads and others > IDLE_CORES + (self.cores - wanted):
            return self._threads  # not idle enough yet to add a thread back
        return wanted

    def prefill_threads(self) -> int:
        return self._current()

    def decode_threads(self) -> int:
        return self._current()

    def observe_step(self, threads: int, tokens: int, seconds: float) -> None:
        pass

    def describe(self) -> str:
        return f"load-aware: up to {self.cores}, now {self._threads}"


def thread_policy(threads: int, batch_threads: int, environ: Mapping[str, str]) -> ThreadPolicy:
    """The engine's threads: the user's fixed number when there is one; else `THREADS_ENV` when
    set (the test suite pins 1 for a busy CI machine, and the CLI's engine inherits it), else
    following the machine's load."""
    if threads > 0:
        return FixedThreads(prefill=batch_threads or threads, decode=threads)
    pinned = environ.get(THREADS_ENV, "").strip()
    if pinned.isdigit() and int(pinned) > 0:
        return FixedThreads(prefill=int(pinned), decode=int(pinned))
    return LoadAwareThreads()
