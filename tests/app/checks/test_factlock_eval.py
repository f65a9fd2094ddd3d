"""The fact lock meets issue 12's targets on the evaluation set in bench/data/factlock.

The set imitates the held-apart one: real-looking company stories in English and Dutch, faithful
posts written by hand, and invented variants of each class. Run bench/bench_factlock.py --verbose to
see what is missed or wrongly flagged.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[3]


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
