"""The number guard (issue 12 part 3): what it costs in decoding speed, and how many numbers the
model invents with and without it.

    .venv/bin/python bench/number_guard.py speed [--model PATH] [--rounds N]
    .venv/bin/python bench/number_guard.py quality [--model PATH] [--stories N] [--angles a,b]

speed: the same request (the example story, greedy, 150 tokens) with the guard off and on,
alternating in one engine process, 1 sequence and 4 at once; decode tokens/s (generated tokens
after the first / time after the first token, all cards of the request together) and the ratio
(target: the guard at most 10 % slower). Also the guard's own work per token, measured in this
process on a real post's tokens with a model-sized logits row (mask + follow).

quality: posts drafted as the app drafts them (app.rewrite.run_job: the app's prompt, sampling
and length, a fixed seed per story) for the stories of bench/data/factlock*/ (story + notes), with
the guard off and on. A number is invented when the guard's rules would not let it be written
(models.engine.number_guard.is_allowed against app.number_forms.number_forms(story, notes)).
Prints invented numbers per 100 posts, posts with at least one, and all numbers written.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.number_forms import number_forms  # noqa: E402
from bench.bench_factlock import Story  # noqa: E402
from bench.bench_factlock import load as load_factlock  # noqa: E402
from app.options import Length, PersonalNotes  # noqa: E402
from app.presets import load_catalog  # noqa: E402
from app.prompt import PromptInput, build_messages  # noqa: E402
from app.rewrite import DraftJob, DraftTask, PostResult, run_job  # noqa: E402
from models.catalog import starter_model_path  # noqa: E402
from models.contract import ChatMessage, GenerationOptions, NeverCancel  # noqa: E402
from models.engine.client import LocalEngineBackend  # noqa: E402
from models.engine.number_guard import AllowedNumbers, is_allowed, numbers_in  # noqa: E402

DATA = ROOT / "bench" / "data"
SPEED_ANGLES = ("learned", "team", "customers", "behind-the-scenes")
TARGET_SLOWDOWN = 0.10


# ---------------------------------------------------------------- speed


def example_request() -> tuple[PromptInput, frozenset[str]]:
    from ui.main import example_story

    story = example_story()
    request = PromptInput(story=story, tone=load_catalog().tone("warm"), length=Length.MEDIUM)
    return request, number_forms(story).forms


def decode_rate(stream_stats: list) -> float:  # type: ignore[type-arg]
    generated = sum(max(s.generated_tokens - 1, 0) for s in stream_stats)
    span = max(s.total_time_s for s in stream_stats) - min(s.time_to_first_token_s for s in stream_stats)
    return generated / span if span > 0 else 0.0


def run_speed(backend: LocalEngineBackend, rounds: int) -> float:
    """Prints the figures; returns the unguarded decode rate of one sequence."""
    request, forms = example_request()
    catalog = load_catalog()
    convs = [build_messages(request, catalog.angle(angle)) for angle in SPEED_ANGLES]
    base = GenerationOptions(max_tokens=150, temperature=0.0, seed=1)
    variants = {"off": base, "on": replace(base, allowed_numbers=forms)}
    print(f"allowed forms for the example story: {len(forms)}")
    single_rate = 0.0
    for count in (1, 4):
        rates: dict[str, list[float]] = {"off": [], "on": []}
        tokens: dict[str, int] = {}
        for _ in range(rounds):
            for name, options in variants.items():  # alternate: the machine's load hits both alike
                stream = backend.stream_many(convs[:count], options, NeverCancel())
                for _chunk in stream:
                    pass
                rates[name].append(decode_rate(stream.stats))
                tokens[name] = sum(s.generated_tokens for s in stream.stats)
        off, on = statistics.median(rates["off"]), statistics.median(rates["on"])
        single_rate = single_rate or off
        slower = 1 - on / off if off else 0.0
        print(
            f"{count} sequence(s): off {off:6.1f} tok/s, on {on:6.1f} tok/s (median of {rounds}; "
            f"{tokens['off']} / {tokens['on']} tokens): on/off = {on / off:.3f}, "
            f"{slower * 100:+.1f} % slower (target <= {TARGET_SLOWDOWN * 100:.0f} %) "
            f"[{'OK' if slower <= TARGET_SLOWDOWN else 'OVER'}]"
        )
        print(f"    runs off: {' '.join(f'{r:.1f}' for r in rates['off'])}; on: {' '.join(f'{r:.1f}' for r in rates['on'])}")
    return single_rate


def guard_work_per_token(model_path: Path, decode_rate_off: float) -> None:
    """The guard's own cost, without llama.cpp's decode around it: mask + follow for every token of
    a post full of numbers, on a logits row the size of the model's vocabulary."""
    import llama_cpp
    import numpy as np

    from models.engine.native.handles import Model
    from models.engine.native.number_mask import NumberGuard, NumberRules, NumberVocabulary

    llama_cpp.llama_backend_init()
    model = Model(str(model_path))
    try:
        started = time.perf_counter()
        vocabulary = NumberVocabulary.scan(model)
        scan_ms = (time.perf_counter() - started) * 1000
        _request, forms = example_request()
        post = (
            "In 2024 we opened 3 new lines, and 1,240 colleagues in 9 countries helped. On 12 October "
            "we add 4,200 panels (1.6 MW) for 40% of our energy. " * 4
        )
        tokens = model.tokenize(post, add_special=False, parse_special=False)
        row = np.zeros(model.n_vocab, dtype=np.float32)
        rounds = 20
        started = time.perf_counter()
        for _ in range(rounds):
            guard = NumberGuard(NumberRules(vocabulary, AllowedNumbers(forms)))
            for token in tokens:
                if guard.open_number or guard.rules.choice("").banned.size:
                    guard.apply(row)
                guard.accept(token)
        per_token_us = (time.perf_counter() - started) / (rounds * len(tokens)) * 1e6
        print(
            f"guard work: vocabulary of {model.n_vocab} scanned once in {scan_ms:.0f} ms "
            f"({len(vocabulary.digit_ids)} digit tokens, {len(vocabulary.separator_ids)} separator tokens); "
            f"{per_token_us:.1f} us per token (mask + follow, {len(tokens)}-token post full of numbers)"
        )
        if decode_rate_off:
            share = per_token_us / 1e6 * decode_rate_off
            print(f"    = {share * 100:.3f} % of a decode step at the {decode_rate_off:.1f} tok/s measured above (1 sequence, off)")
    finally:
        model.close()


# ---------------------------------------------------------------- quality


def load_stories() -> list[Story]:
    """The whole stories of the fact lock's evaluation sets (bench_factlock reads them; the
    single-sentence probes are left out: they are no stories to write a post about)."""
    return [
        replace(story, name=f"{directory.name}/{story.name}")
        for directory in sorted(DATA.glob("factlock*"))
        for story in load_factlock(directory)
        if not story.kind
    ]


class _Collect:
    def __init__(self) -> None:
        self.results: list[PostResult] = []

    def task_started(self, card_id: str) -> None: ...

    def chunk(self, card_id: str, text: str) -> None: ...

    def task_finished(self, card_id: str, result: PostResult) -> None:
        self.results.append(result)


def run_quality(backend: LocalEngineBackend, stories: list[Story], angles: list[str], length: Length) -> None:
    catalog = load_catalog()
    totals = {False: [0, 0, 0, 0], True: [0, 0, 0, 0]}  # posts, invented, posts with invented, numbers
    tokens = {False: 0, True: 0}
    started = time.monotonic()
    for number, story in enumerate(stories):
        allowed = AllowedNumbers(number_forms(story.story, story.notes).forms)
        request = PromptInput(
            story=story.story,
            tone=catalog.tone("warm"),
            language=story.language,
            length=length,
            notes=PersonalNotes(detail=story.notes),
        )
        tasks = tuple(DraftTask(angle, catalog.angle(angle)) for angle in angles)
        counts: list[str] = []
        details: list[str] = []
        for guard in (False, True):
            events = _Collect()
            run_job(backend, DraftJob(number, replace(request, number_guard=guard), tasks, seed=100 + number), NeverCancel(), events)
            bad = 0
            for result in events.results:
                found = numbers_in(result.text)
                invented = [n for n in found if not is_allowed(n, allowed)]
                row = totals[guard]
                row[0] += 1
                row[1] += len(invented)
                row[2] += bool(invented)
                row[3] += len(found)
                tokens[guard] += result.stats.generated_tokens
                bad += len(invented)
                if invented:
                    details.append(f"{'on' if guard else 'off'} invented {', '.join(invented[:4])}")
            counts.append(f"{'on' if guard else 'off'}: {bad:2d}")
        print(f"{story.name:42s} {'  '.join(counts)}  {'; '.join(details)}", flush=True)
    print(f"\n{len(stories)} stories x {len(angles)} angles, {length.value}, in {time.monotonic() - started:.0f} s")
    for guard in (False, True):
        posts, invented, with_invented, found = totals[guard]
        per_100 = 100 * invented / posts if posts else 0.0
        print(
            f"guard {'on ' if guard else 'off'}: {posts} posts, {found} numbers written, {invented} invented = "
            f"{per_100:.1f} per 100 posts; {with_invented} posts with an invented number; {tokens[guard]} tokens"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=["speed", "quality"])
    parser.add_argument("--model", type=Path, help="a .gguf model; default: the starter model")
    parser.add_argument("--threads", type=int, default=0, help="engine threads; 0: follow the machine's load")
    parser.add_argument("--rounds", type=int, default=3, help="speed: requests per variant")
    parser.add_argument("--stories", type=int, default=0, help="quality: only the first N stories")
    parser.add_argument("--match", default="", help="quality: only stories whose name contains this")
    parser.add_argument("--angles", default="learned,team", help="quality: the angles per story")
    parser.add_argument("--length", default="short", choices=[length.value for length in Length])
    args = parser.parse_args()
    model = args.model or starter_model_path()
    if model is None:
        print("no model: install the starter model (make setup) or pass --model", file=sys.stderr)
        return 2
    backend = LocalEngineBackend(Path(model), n_threads=args.threads)
    try:
        info = backend.load()
        print(f"model: {info.name} ({Path(model).name}), threads {args.threads or 'auto'}")
        "".join(backend.stream([ChatMessage("user", "Say hi.")], GenerationOptions(max_tokens=1), NeverCancel()))
        if args.mode == "speed":
            rate = run_speed(backend, args.rounds)
            guard_work_per_token(Path(model), rate)
        else:
            stories = [story for story in load_stories() if args.match in story.name]
            if args.stories:
                stories = stories[: args.stories]
            run_quality(backend, stories, args.angles.split(","), Length(args.length))
    finally:
        backend.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
