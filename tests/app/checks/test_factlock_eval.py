"""The fact lock on its evaluation sets (bench/data/factlock*, scored by bench/bench_factlock.py).

- `factlock`: the first set, written and tuned by the first fact-lock helper: issue 12's targets.
- `factlock-blind`: 12 stories written by the second helper before it read the lock, then used to
  find the classes it fixed; `factlock-fresh`: 6 more written after those fixes and scored once
  before further changes; `factlock-round3`: 14 stories written by the third helper before it read
  the lock (first score 76.2 % caught, 16 of 28 faithful posts falsely flagged), then used to find
  the classes it fixed; `factlock-mini`: 4 stories written after round 3 and scored once;
  `factlock-probes`: single-sentence probes of every class, written by the fourth helper before it
  read the lock. Their RESULTS.md have the scores of each version. Held here at their
  present level (a regression fails), since they are development sets by now, not held-out ones.
Run bench/bench_factlock.py --verbose [--data DIR] to see what is missed or wrongly flagged.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[3]
DATA = ROOT / "bench" / "data"


def _bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_factlock", ROOT / "bench" / "bench_factlock.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_the_evaluation_set_meets_the_targets(capsys: pytest.CaptureFixture[str]) -> None:
    bench = _bench()
    stories = bench.load(bench.DATA)
    assert len(stories) >= 10
    assert {story.language for story in stories} == {"en", "nl"}
    assert sum(len(story.faithful) for story in stories) >= 28
    sys.argv = ["bench_factlock.py", "--verbose"]
    status = bench.main()
    output = capsys.readouterr().out
    assert status == 0, output


@pytest.mark.parametrize(
    ("directory", "least_flagged", "most_false_posts"),
    [
        ("factlock-blind", 217, 0),
        ("factlock-fresh", 97, 0),
        ("factlock-round3", 198, 0),
        ("factlock-mini", 38, 0),
        ("factlock-probes", 428, 6),
    ],
)
def test_the_later_evaluation_sets_do_not_regress(directory: str, least_flagged: int, most_false_posts: int) -> None:
    bench = _bench()
    stories = bench.load(DATA / directory)
    assert {story.language for story in stories} == {"en", "nl"}
    result = bench.score(stories)
    assert result.flagged >= least_flagged, result.misses
    assert len(result.false_flags) <= most_false_posts, result.false_flags


def test_every_probe_class_has_eight_true_and_eight_invented_probes_in_each_language() -> None:
    bench = _bench()
    stories = bench.load(DATA / "factlock-probes")
    counts: dict[tuple[str, str], list[int]] = {}
    for story in stories:
        true_and_invented = counts.setdefault((story.kind, story.language), [0, 0])
        true_and_invented[0] += len(story.faithful)
        true_and_invented[1] += len(story.invented)
    assert {language for _, language in counts} == {"en", "nl"}
    assert len(counts) == 2 * len({kind for kind, _ in counts})
    thin = {key: value for key, value in counts.items() if min(value) < 8}
    assert not thin, thin
