"""Benchmark: reading GGUF headers and listing models.

Run: .venv/bin/python bench/bench_models.py [--runs N]

Prints, for the starter model, our header reader against llama.cpp's own gguf-py reader
(the baseline, same process, same file), a listing of a models folder with 20 files
uncached and cached, the time the GUI thread spends starting a background listing, and
the refusal of a hostile header (10 million empty strings; 22 s and 748 MB before).
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from models.catalog import HeaderCache, available_models, starter_model_path  # noqa: E402
from models.gguf import GgufError, read_gguf  # noqa: E402
from tests.models.gguf_writer import endless_strings_header  # noqa: E402


def median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    starter = starter_model_path()
    if starter is None:
        print("the starter model is not installed (make setup)")
        return 1
    print("(figures from a shared 2-core machine: expect noise)")
    ours = median_ms(lambda: read_gguf(starter), args.runs)
    try:
        import gguf

        baseline = median_ms(lambda: gguf.GGUFReader(starter), args.runs)
        print(f"starter model header: ours {ours:.1f} ms, gguf-py {baseline:.1f} ms (ratio {ours / baseline:.2f})")
    except ImportError:
        print(f"starter model header: ours {ours:.1f} ms (gguf-py not installed: no baseline)")

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for index in range(20):
            (folder / f"model-{index:02d}.gguf").symlink_to(starter)
        uncached = median_ms(lambda: available_models(folder, cache=HeaderCache()), max(3, args.runs // 3))
        cache = HeaderCache()
        available_models(folder, cache=cache)
        cached = median_ms(lambda: available_models(folder, cache=cache), args.runs)
        print(f"listing 21 models: uncached {uncached:.0f} ms, cached {cached:.1f} ms (ratio {cached / uncached:.3f})")

        hostile = folder / "hostile.gguf"
        hostile.write_bytes(endless_strings_header(10_000_000))
        tracemalloc.start()
        started = time.perf_counter()
        try:
            read_gguf(hostile)
        except GgufError as exc:
            reason = exc.reason
        elapsed = (time.perf_counter() - started) * 1000
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        print(f"10 million empty strings: refused in {elapsed:.1f} ms, peak {peak / 1e6:.1f} MB ({reason[:60]}…)")

    try:
        import os

        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        from app.paths import AppPaths
        from app.settings import Settings
        from ui.event_wait import wait_until
        from ui.model_listing import ModelListing

        app = QApplication.instance() or QApplication([])
        home = Path(tempfile.mkdtemp())
        listing = ModelListing(AppPaths.under(home), Settings())
        done: list[bool] = []
        listing.listed.connect(lambda: done.append(True))
        gui_times = []
        for _ in range(5):
            done.clear()
            started = time.perf_counter()
            listing.refresh()
            gui_times.append((time.perf_counter() - started) * 1000)
            wait_until(lambda: bool(done), 30)
        gui_ms = statistics.median(gui_times)
        sync_ms = median_ms(lambda: available_models(home / "data" / "models", cache=HeaderCache()), 5)
        print(f"GUI thread: {gui_ms:.2f} ms to start a listing vs {sync_ms:.1f} ms listing on it (ratio {gui_ms / sync_ms:.3f})")
        shutil.rmtree(home, ignore_errors=True)
        del app
    except ImportError:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
