"""Which model sizes fit this computer: its memory, read from the machine, against typical GGUF sizes.

A model runs from memory: the file (a 7B model in Q4_K_M is about 4.7 GB), plus its context
(a few hundred MB at our context sizes), plus the app and the rest of the computer. We count a
size as fitting when model and context together take at most FIT_SHARE of the memory.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

GB = 1_000_000_000
FIT_SHARE = 0.6  # leave the rest to the system, the browser and the app itself
CONTEXT_GB = 0.7  # KV cache and buffers at the context sizes OwnVoice uses


@dataclass(frozen=True)
class SizeClass:
    parameters: str  # e.g. "7–8B"
    file_gb: float  # typical Q4_K_M file size
    note: str  # what to expect from this size


SIZE_CLASSES = (
    SizeClass("1–2B", 1.2, "quick, but short on nuance; fine for a first draft"),
    SizeClass("3–4B", 2.3, "the smallest size that writes posts worth editing"),
    SizeClass("7–9B", 5.0, "writes well; a minute or more for four posts without a graphics card"),
    SizeClass("12–14B", 8.5, "writes best, and slowest"),
    SizeClass("30–34B", 19.5, "needs a workstation"),
)


@dataclass(frozen=True)
class SizeAdvice:
    size: SizeClass
    needs_gb: float
    fits: bool


def total_memory_bytes() -> int | None:
    """This computer's memory, or None where the system does not say (then no size is ruled out)."""
    try:
        pages = os.sysconf("SC_PHYS_PAGES")
        page_size = os.sysconf("SC_PAGE_SIZE")
    except (AttributeError, ValueError, OSError):  # no sysconf (Windows) or the name is unknown
        return None
    if pages <= 0 or page_size <= 0:
        return None
    return int(pages) * int(page_size)


def size_advice(memory_bytes: int | None) -> list[SizeAdvice]:
    """Every size class, with the memory it needs and whether that fits here."""
    advice = []
    for size in SIZE_CLASSES:
        needs = size.file_gb + CONTEXT_GB
        fits = memory_bytes is None or needs * GB <= memory_bytes * FIT_SHARE
        advice.append(SizeAdvice(size, needs, fits))
    return advice


def largest_fitting(memory_bytes: int | None) -> SizeClass | None:
    fitting = [item.size for item in size_advice(memory_bytes) if item.fits]
    return fitting[-1] if fitting else None
