"""Memory estimates: they must err high against what the engine really uses."""

from __future__ import annotations

from pathlib import Path

import pytest

from models.contract import ChatMessage, GenerationOptions, NeverCancel
from models.engine.client import LocalEngineBackend
from models.gguf import read_gguf
from models.memory import (
    Architecture,
    Fit,
    architecture_of,
    format_bytes,
    judge_fit,
    model_memory_need,
    total_ram_bytes,
)

GB = 1024**3


def test_fit_thresholds() -> None:
    assert judge_fit(4 * GB, 16 * GB) is Fit.FITS
    assert judge_fit(10 * GB, 16 * GB) is Fit.TIGHT
    assert judge_fit(14 * GB, 16 * GB) is Fit.TOO_BIG


def test_starter_architecture_and_kv_cache(starter_model: Path) -> None:
    arch = architecture_of(read_gguf(starter_model))
    assert arch == Architecture(layers=30, kv_heads=3, key_dim=64, value_dim=64)
    assert arch.kv_bytes_per_token == 30 * 3 * 128 * 2


def test_this_machine_reports_its_memory() -> None:
    assert total_ram_bytes() > 512 * 1024 * 1024


def test_byte_formatting() -> None:
    assert format_bytes(98_362_432) == "98 MB"
    assert format_bytes(4_700_000_000) == "4.7 GB"
    assert format_bytes(512) == "512 B"


@pytest.mark.engine
def test_estimate_is_not_below_what_the_engine_uses(engine: LocalEngineBackend, starter_model: Path) -> None:
    info = engine.load()
    stream = engine.stream([ChatMessage("user", "Write two sentences about teamwork.")], GenerationOptions(max_tokens=60), NeverCancel())
    "".join(stream)
    pid = engine.engine_pid
    assert pid is not None
    status = Path(f"/proc/{pid}/status")
    if not status.exists():
        pytest.skip("no /proc here to read the engine's peak memory")
    peak_kb = next(int(line.split()[1]) for line in status.read_text().splitlines() if line.startswith("VmHWM:"))
    estimate = model_memory_need(read_gguf(starter_model), info.context_length)
    assert peak_kb * 1024 <= estimate, (peak_kb * 1024, estimate)
