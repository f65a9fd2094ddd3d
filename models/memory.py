"""How much memory a model needs, how much this machine has, and whether it fits.

The estimate is what llama.cpp allocates: the weights (memory-mapped, but all of them are
touched while writing), the KV cache for the context window (16-bit keys and values per
layer), and a compute buffer plus the engine process itself. It errs a little high: a
model that "fits" must leave room for the desktop, a browser and the app.
"""

from __future__ import annotations

import enum
import os
import subprocess
import sys
from dataclasses import dataclass
from typing import Any

from models.gguf import GgufInfo

KV_BYTES_PER_VALUE = 2  # f16 keys and values
ENGINE_OVERHEAD_BYTES = 300 * 1024 * 1024  # Python, llama.cpp, compute buffers (starter model: 250 MB measured)
# Share of the machine's RAM a model may take. Above FITS_SHARE it is "tight": it runs, but
# the laptop slows down once a browser and a video call are open.
FITS_SHARE = 0.5
TIGHT_SHARE = 0.8


class Fit(enum.Enum):
    FITS = "fits"
    TIGHT = "tight"
    TOO_BIG = "too big"


@dataclass(frozen=True)
class Architecture:
    """What the KV cache depends on."""

    layers: int
    kv_heads: int  # per layer (the largest, for models that vary)
    key_dim: int
    value_dim: int

    @property
    def kv_bytes_per_token(self) -> int:
        return self.layers * self.kv_heads * (self.key_dim + self.value_dim) * KV_BYTES_PER_VALUE


def architecture_of(info: GgufInfo) -> Architecture | None:
    layers = _int(info.arch_value("block_count"))
    heads = _largest(info.arch_value("attention.head_count"))
    kv_heads = _largest(info.arch_value("attention.head_count_kv")) or heads
    embedding = _int(info.arch_value("embedding_length"))
    head_dim = embedding // heads if heads else 0
    key_dim = _int(info.arch_value("attention.key_length")) or head_dim
    value_dim = _int(info.arch_value("attention.value_length")) or head_dim
    if not (layers and kv_heads and key_dim and value_dim):
        return None
    return Architecture(layers, kv_heads, key_dim, value_dim)


def _int(value: Any) -> int:
    return int(value) if isinstance(value, int) and not isinstance(value, bool) else 0


def _largest(value: Any) -> int:
    if isinstance(value, list):
        return max((_int(v) for v in value), default=0)
    return _int(value)


def memory_need(weights_bytes: int, architecture: Architecture | None, n_ctx: int) -> int:
    """Bytes the engine needs to run a model with an `n_ctx`-token window."""
    kv = architecture.kv_bytes_per_token * n_ctx if architecture else weights_bytes // 8
    return weights_bytes + kv + ENGINE_OVERHEAD_BYTES


def model_memory_need(info: GgufInfo, n_ctx: int, file_size: int = 0) -> int:
    return memory_need(file_size or info.file_size, architecture_of(info), n_ctx)


def judge_fit(need_bytes: int, total_ram_bytes: int) -> Fit:
    if total_ram_bytes <= 0 or need_bytes <= total_ram_bytes * FITS_SHARE:
        return Fit.FITS
    if need_bytes <= total_ram_bytes * TIGHT_SHARE:
        return Fit.TIGHT
    return Fit.TOO_BIG


def total_ram_bytes() -> int:
    """Physical memory of this machine (0 if it cannot be told)."""
    if hasattr(os, "sysconf"):
        try:
            pages, page_size = os.sysconf("SC_PHYS_PAGES"), os.sysconf("SC_PAGE_SIZE")
            if pages > 0 and page_size > 0:
                return int(pages * page_size)
        except (ValueError, OSError):
            pass
    if sys.platform == "darwin":
        return _darwin_memsize()
    if sys.platform == "win32":
        return _windows_memory()
    return 0


def _darwin_memsize() -> int:  # pragma: no cover - macOS only
    try:
        out = subprocess.run(["sysctl", "-n", "hw.memsize"], capture_output=True, text=True, timeout=5)
        return int(out.stdout.strip())
    except (OSError, ValueError, subprocess.SubprocessError):
        return 0


def _windows_memory() -> int:  # pragma: no cover - Windows only
    import ctypes

    class MemoryStatus(ctypes.Structure):
        _fields_ = [
            ("dwLength", ctypes.c_ulong),
            ("dwMemoryLoad", ctypes.c_ulong),
            ("ullTotalPhys", ctypes.c_ulonglong),
            ("ullAvailPhys", ctypes.c_ulonglong),
            ("ullTotalPageFile", ctypes.c_ulonglong),
            ("ullAvailPageFile", ctypes.c_ulonglong),
            ("ullTotalVirtual", ctypes.c_ulonglong),
            ("ullAvailVirtual", ctypes.c_ulonglong),
            ("sullAvailExtendedVirtual", ctypes.c_ulonglong),
        ]

    status = MemoryStatus()
    status.dwLength = ctypes.sizeof(MemoryStatus)
    if ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):  # type: ignore[attr-defined]
        return int(status.ullTotalPhys)
    return 0


def format_bytes(count: int) -> str:
    """"98 MB", "4.7 GB" (decimal units, as file managers and download sites show them)."""
    if count < 1000:
        return f"{count} B"
    for unit, scale in (("TB", 1e12), ("GB", 1e9), ("MB", 1e6), ("kB", 1e3)):
        if count >= scale:
            value = count / scale
            return f"{value:.1f} {unit}" if value < 10 else f"{value:.0f} {unit}"
    return f"{count} B"  # pragma: no cover
