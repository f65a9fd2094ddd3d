"""How fast is the drafts library with 1,000 drafts? Autosave latency and search latency.

Autosave runs on the UI thread every 2 seconds while the user types, so one save (an encrypted
WAL commit with a full fsync) should stay far below a frame budget of tens of milliseconds.
Prints median and 95th percentile; no pass/fail. Uses a temporary folder and passphrase mode.

    .venv/bin/python bench/bench_library.py
"""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from keyring.backends import fail  # noqa: E402

from app.library import open_library  # noqa: E402
from app.options import PostOptions  # noqa: E402
from app.paths import AppPaths  # noqa: E402
from app.secrets import SecretStore  # noqa: E402

DRAFTS = 1000
WORDS = "team launch factory solar customers pilot learned proud quarter roadmap office hiring".split()


def text(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(WORDS) + str(rng.randrange(500)) for _ in range(words))


def timed(runs: int, action: Callable[[int], object]) -> tuple[float, float]:
    samples = []
    for n in range(runs):
        start = time.perf_counter()
        action(n)
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]


def main() -> None:
    rng = random.Random(7)
    options = PostOptions("warm", ("learned", "team", "question"))
    with tempfile.TemporaryDirectory() as folder:
        paths = AppPaths.under(Path(folder))
        store = SecretStore(backend=fail.Keyring())
        start = time.perf_counter()
        library = open_library(paths, "benchmark passphrase", secret_store=store, edit_coalesce_window=timedelta(0))
        opened = (time.perf_counter() - start) * 1000
        start = time.perf_counter()
        card_ids = []
        for n in range(DRAFTS):
            posts = {angle: text(rng, 250) for angle in options.angles}
            story = f"Project codename{n}: {text(rng, 300)}"  # one word only this draft has
            card_ids.append(library.create_draft(story, options, "bench", posts).cards[0].id)
        filled = time.perf_counter() - start
        size_mb = paths.library_file.stat().st_size / 1_048_576

        card = card_ids[len(card_ids) // 2]
        base = text(rng, 250)
        save_median, save_p95 = timed(200, lambda n: library.save_card_text(card, f"{base} {n}"))
        unchanged_median, _ = timed(200, lambda n: library.save_card_text(card, f"{base} 199"))
        list_median, list_p95 = timed(50, lambda n: library.list_drafts())
        search_median, search_p95 = timed(100, lambda n: library.list_drafts(rng.choice(WORDS)[:4]))
        rare_median, rare_p95 = timed(200, lambda n: library.list_drafts(f"codename{n} "))
        library.close()
        start = time.perf_counter()
        open_library(paths, "benchmark passphrase", secret_store=store).close()
        reopened = (time.perf_counter() - start) * 1000

    print(f"create library (passphrase key derivation): {opened:.0f} ms; reopen: {reopened:.0f} ms")
    print(f"{DRAFTS} drafts × 3 cards written in {filled:.1f} s; database {size_mb:.1f} MB")
    print(f"autosave (changed text, one commit + fsync): median {save_median:.2f} ms, p95 {save_p95:.2f} ms")
    print(f"autosave (unchanged text): median {unchanged_median:.2f} ms")
    print(f"list all {DRAFTS}: median {list_median:.1f} ms, p95 {list_p95:.1f} ms")
    print(f"search, a prefix in every draft: median {search_median:.1f} ms, p95 {search_p95:.1f} ms")
    print(f"search, a word in one draft: median {rare_median:.2f} ms, p95 {rare_p95:.2f} ms")


if __name__ == "__main__":
    main()
