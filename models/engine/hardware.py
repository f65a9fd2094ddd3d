"""The number of physical cores: the most threads the engine uses (models/engine/threads.py).

llama.cpp's default (half the logical CPUs for decoding, all of them for prefill) is
slower on machines with SMT siblings and oversubscribes small laptops.
"""

from __future__ import annotations

import os
from pathlib import Path


def physical_cores(cpuinfo: Path = Path("/proc/cpuinfo")) -> int:
    available = _available_cpus()
    try:
        text = cpuinfo.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return max(1, available // 2) if available > 2 else available
    cores: set[tuple[str, str]] = set()
    physical_id = core_id = ""
    for line in text.splitlines() + [""]:
        key, _, value = line.partition(":")
        key = key.strip()
        if key == "physical id":
            physical_id = value.strip()
        elif key == "core id":
            core_id = value.strip()
        elif not line.strip():
            if core_id:
                cores.add((physical_id, core_id))
            physical_id = core_id = ""
    if not cores:
        return available
    return max(1, min(len(cores), available))


def _available_cpus() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1
