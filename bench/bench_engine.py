"""Prefix reuse across angles: time to first token with and without the shared prompt cached.

Drafts 4 angles of the example story with the starter model, twice in one process:
- reuse: angles one after another (the shared prefix stays in llama.cpp's KV cache);
- baseline: a tiny unrelated prompt between angles evicts the cache, so every angle
  evaluates its whole prompt, as it would with the angle placed before the story.

    .venv/bin/python bench/bench_engine.py
"""

from __future__ import annotations

import statistics
import sys

from app.options import Length, PersonalNotes
from app.presets import load_catalog
from app.prompt import PromptInput, build_messages
from models.catalog import starter_model_path
from models.contract import ChatMessage, GenerationOptions, NeverCancel, RunStats
from models.engine.client import LocalEngineBackend
from ui.main import example_story

ANGLES = ("learned", "team", "customers", "behind-the-scenes")
OPTIONS = GenerationOptions(max_tokens=16, temperature=0.0, seed=1)


def run(backend: LocalEngineBackend, request: PromptInput, evict: bool) -> list[RunStats]:
    catalog = load_catalog()
    stats = []
    for angle_id in ANGLES:
        if evict:
            "".join(backend.stream([ChatMessage("user", "Hi")], GenerationOptions(max_tokens=1), NeverCancel()))
        stream = backend.stream(build_messages(request, catalog.angle(angle_id)), OPTIONS, NeverCancel())
        "".join(stream)
        stats.append(stream.stats)
    return stats


def main() -> int:
    model = starter_model_path()
    if model is None:
        print("the starter model is not installed; run `make run` or `make test` once")
        return 1
    catalog = load_catalog()
    request = PromptInput(
        story=example_story(),
        tone=catalog.tone("warm"),
        length=Length.SHORT,
        notes=PersonalNotes(role="I tested the first battery line", why="My village runs on solar now"),
    )
    backend = LocalEngineBackend(model)
    try:
        backend.load()
        run(backend, request, evict=False)  # warm-up: page in the model
        reuse = run(backend, request, evict=False)
        baseline = run(backend, request, evict=True)
    finally:
        backend.close()

    print("Prefix reuse across 4 angles (SmolLM2-135M, real engine)")
    print(f"{'angle':<20}{'prompt':>8}{'evaluated':>11}{'TTFT ms':>9}   | baseline evaluated  TTFT ms")
    for angle_id, ours, base in zip(ANGLES, reuse, baseline, strict=True):
        print(
            f"{angle_id:<20}{ours.prompt_tokens:>8}{ours.prompt_tokens_evaluated:>11}"
            f"{ours.time_to_first_token_s * 1000:>9.0f}   | {base.prompt_tokens_evaluated:>18}"
            f"{base.time_to_first_token_s * 1000:>9.0f}"
        )
    ours_later = statistics.mean(s.time_to_first_token_s for s in reuse[1:])
    base_later = statistics.mean(s.time_to_first_token_s for s in baseline[1:])
    print(f"angles 2-4 mean time to first token: {ours_later * 1000:.0f} ms with reuse, "
          f"{base_later * 1000:.0f} ms without ({base_later / ours_later:.1f}x faster)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
