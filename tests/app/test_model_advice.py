"""Which model sizes fit this computer's memory."""

from __future__ import annotations

from app.model_advice import GB, largest_fitting, size_advice, total_memory_bytes


def test_this_machines_memory_is_read_from_the_system() -> None:
    memory = total_memory_bytes()
    assert memory is not None and memory > GB
    with open("/proc/meminfo", encoding="ascii") as meminfo:  # Linux says it a second way
        total_kb = int(next(line for line in meminfo if line.startswith("MemTotal:")).split()[1])
    assert abs(memory - total_kb * 1024) < 0.05 * memory


def test_sizes_that_fit_follow_the_memory() -> None:
    eight = [item.size.parameters for item in size_advice(8 * GB) if item.fits]
    assert eight == ["1–2B", "3–4B"]
    twelve = [item.size.parameters for item in size_advice(12 * GB) if item.fits]
    assert twelve == ["1–2B", "3–4B", "7–9B"]
    assert largest_fitting(32 * GB).parameters == "12–14B"  # type: ignore[union-attr]
    assert largest_fitting(2 * GB) is None
    assert all(item.fits for item in size_advice(None))  # unknown memory rules nothing out
