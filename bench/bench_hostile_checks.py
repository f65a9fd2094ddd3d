"""Benchmark: checks on the worst inputs they accept stay within a fixed budget.

Run: .venv/bin/python bench/bench_hostile_checks.py [--runs N]

Every story is as long as any model could take (app.story_length: longer ones are refused before
the checks see them), every card as long as a card is ever checked (app.checks.report). Printed:
the time to read the story (`CardChecker.for_story`) and to check one card, for ordinary prose and
for text built to be slow (figures, names, dates, quotes, guideline terms of hyphens), with the
ratio against ordinary prose measured in the same process. Exits 1 when any case exceeds the
budget. (Before the caps, `ownvoice-cli check` on a 4.9 MB story took 87 s.)
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import string
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_checks import NOTES, STORY  # noqa: E402

from app.checks import CardChecker, parse_guidelines  # noqa: E402
from app.checks.report import MAX_CHECKED_POST_CHARS, MAX_CHECKED_STORY_CHARS  # noqa: E402

STORY_BUDGET_S = 3.0  # reading a story once, when it is opened or edited
CARD_BUDGET_S = 1.0  # checking one card


def fill(make: Callable[[random.Random], str], length: int, seed: int = 1) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < length:
        part = make(rng)
        parts.append(part)
        size += len(part) + 1
    return " ".join(parts)[:length]


def name(rng: random.Random) -> str:
    return rng.choice(string.ascii_uppercase) + "".join(rng.choice("aeioulnrst") for _ in range(rng.randint(4, 9)))


CASES: dict[str, Callable[[random.Random], str]] = {
    "prose (baseline)": lambda rng: STORY,
    "figures": lambda rng: f"{rng.randrange(10**7):,}.{rng.randrange(100)}",
    "names": lambda rng: f"{name(rng)} {name(rng)} met {name(rng)}.",
    "dates and amounts": lambda rng: rng.choice(["12 March 2026,", "1/2/2025", "€2.5 million", "40 percent", "two and a half years"]),
    "quotes": lambda rng: f'"{name(rng)}" “{name(rng)}”',
    "hyphens and spaces": lambda rng: "-" * rng.randint(1, 60) + " " * rng.randint(0, 3),
}
HYPHEN_GUIDELINES = parse_guidelines(
    'forbidden_terms = ["Project' + "-" * 40 + 'Falcon", "' + "- " * 40 + 'x"]\navoid_words = ["a-' + "-" * 60 + '*"]\n'
)


def seconds(action: Callable[[], object], runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"story: {MAX_CHECKED_STORY_CHARS:,} characters, card: {MAX_CHECKED_POST_CHARS:,} characters")
    print(f"load average: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs\n")
    base_story = base_card = 0.0
    worst_story = worst_card = 0.0
    for label, make in CASES.items():
        story = fill(make, MAX_CHECKED_STORY_CHARS, seed=1)
        card = fill(make, MAX_CHECKED_POST_CHARS, seed=2)
        read = seconds(lambda: CardChecker.for_story(story, NOTES, guidelines=HYPHEN_GUIDELINES), args.runs)
        checker = CardChecker.for_story(story, NOTES, guidelines=HYPHEN_GUIDELINES)
        check = seconds(lambda: checker.check(card, "en"), args.runs)
        if not base_story:
            base_story, base_card = read, check
        worst_story, worst_card = max(worst_story, read), max(worst_card, check)
        print(
            f"{label:<20} read story {read * 1000:8.0f} ms ({read / base_story:5.1f}x)   "
            f"check card {check * 1000:7.0f} ms ({check / base_card:5.1f}x)"
        )
    ok = worst_story <= STORY_BUDGET_S and worst_card <= CARD_BUDGET_S
    verdict = "OK" if ok else "TOO SLOW"
    print(
        f"\n{verdict}: worst story {worst_story:.2f} s (budget {STORY_BUDGET_S:.0f} s), "
        f"worst card {worst_card:.2f} s (budget {CARD_BUDGET_S:.0f} s)"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
