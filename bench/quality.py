"""Post quality: draft 3 angles for each of the stories in bench/data/stories/ with one GGUF
model and print one table (a row per story, every row one run with a fixed seed).

    make bench-quality                              # the starter model (a few minutes)
    make bench-quality MODEL=~/models/x.gguf        # any model
    .venv/bin/python bench/quality.py --model X.gguf --stories en-solar-farm nl-bakkerij --json run.json
    .venv/bin/python bench/quality.py --from-json run.json   # the table again from saved posts
    .venv/bin/python bench/quality.py --from-json run.json --reclean   # ... with today's clean-up

Columns (counts are posts, out of the row's 3):
  lang      posts not in the requested language (judged by the language the post is in)
  meta      posts that still echo the instructions or wrap the post in meta text after clean-up
            ("Here is…", "Sure!", a title, notes after the post); raw: the same before clean-up
  cut       posts that stop mid-sentence
  length    posts outside the requested word range
  invented  facts the fact lock flags, per post; quotes: quoted words not in the story
  kept      the story's key facts (bench/data) found in the posts, summed over the 3 posts
  own       own-words share (1 - the share of 5-word runs copied from the story)
  #/emoji   posts over 3 hashtags / over 2 emoji (the limits the prompt asks for)
  ttft, tok/s  time to first token and decoding speed, mean over the posts

The scores come from app.post_quality (unit-tested); the drafting is the app's own path
(app.rewrite.run_job: prompt, generation settings, the engine writing a story's cards at once,
and the clean-up, as the app uses them).
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import threading
import time
import tomllib
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.options import Length, PersonalNotes  # noqa: E402
from app.post_cleanup import clean_post  # noqa: E402
from app.post_quality import KeyFact, PostScore, score_post  # noqa: E402
from app.presets import load_catalog  # noqa: E402
from app.prompt import PromptInput  # noqa: E402
from app.rewrite import DraftJob, DraftTask, PostResult, run_job  # noqa: E402
from models.contract import ChatBackend  # noqa: E402

DATA = Path(__file__).with_name("data") / "stories"
DEFAULT_SEED = 42


@dataclass(frozen=True)
class BenchStory:
    id: str
    language: str
    tone: str
    length: Length
    angles: tuple[str, ...]
    story: str
    facts: tuple[KeyFact, ...]
    notes: PersonalNotes = field(default_factory=PersonalNotes)


def load_story(path: Path) -> BenchStory:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return BenchStory(
        id=path.stem,
        language=data["language"],
        tone=data["tone"],
        length=Length(data["length"]),
        angles=tuple(data["angles"]),
        story=data["story"].strip(),
        facts=tuple(KeyFact(fact["fact"], tuple(fact["any"])) for fact in data["facts"]),
        notes=PersonalNotes.from_dict(data.get("notes", {})),
    )


def load_stories(ids: list[str] | None = None) -> list[BenchStory]:
    stories = [load_story(path) for path in sorted(DATA.glob("*.toml"))]
    if ids:
        unknown = set(ids) - {story.id for story in stories}
        if unknown:
            raise SystemExit(f"unknown stories: {', '.join(sorted(unknown))}")
        stories = [story for story in stories if story.id in ids]
    return stories


@dataclass
class PostRecord:
    story: str
    angle: str
    raw: str  # what the model wrote
    text: str  # after the app's clean-up
    finish_reason: str
    prompt_tokens: int
    generated_tokens: int
    time_to_first_token_s: float
    tokens_per_second: float
    path: str = ""  # how the engine wrote the story's cards: "parallel" (at once) or "sequential"


class _Collect:
    """The job's events (app.rewrite.JobEvents): each card's raw reply and its result."""

    def __init__(self) -> None:
        self.raw: dict[str, list[str]] = {}
        self.results: dict[str, PostResult] = {}

    def task_started(self, card_id: str) -> None:
        self.raw.setdefault(card_id, [])

    def chunk(self, card_id: str, text: str) -> None:
        self.raw.setdefault(card_id, []).append(text)

    def task_finished(self, card_id: str, result: PostResult) -> None:
        self.results[card_id] = result


def bench_backend(model: Path, threads: int, sampling: tuple[float, float, float] | None) -> ChatBackend:
    """The local engine as the app builds it with default settings: the model's recommended
    sampling (if its file names any), or the `--sampling` being tried; all cards at once."""
    from models.engine.client import LocalEngineBackend
    from models.engine_settings import ForcedSampling, model_sampling, tuned
    from models.gguf import GgufError, read_gguf

    if sampling is not None:
        temperature, top_p, repeat_penalty = sampling
        forced = ForcedSampling(temperature=temperature, top_p=top_p, repeat_penalty=repeat_penalty)
    else:
        try:
            forced = ForcedSampling(**model_sampling(read_gguf(model)))
        except (GgufError, OSError):
            forced = ForcedSampling()
    return tuned(LocalEngineBackend(model, n_threads=threads), forced)


def draft_all(
    model: Path, stories: list[BenchStory], seed: int, threads: int, sampling: tuple[float, float, float] | None = None
) -> tuple[str, list[PostRecord]]:
    """Every story's angles as one job through app.rewrite.run_job, the app's own path: the
    engine writes a story's 3 cards at once when it can."""
    catalog = load_catalog()
    backend = bench_backend(model, threads, sampling)
    records: list[PostRecord] = []
    cancel = threading.Event()
    try:
        name = backend.load().name
        for job_id, story in enumerate(stories, start=1):
            request = PromptInput(
                story=story.story,
                tone=catalog.tone(story.tone),
                language=story.language,
                length=story.length,
                notes=story.notes,
            )
            tasks = tuple(DraftTask(angle_id, catalog.angle(angle_id)) for angle_id in story.angles)
            events = _Collect()
            run_job(backend, DraftJob(job_id, request, tasks, seed=seed), cancel, events)
            for task in tasks:
                result = events.results[task.card_id]
                stats = result.stats
                records.append(
                    PostRecord(
                        story.id, task.card_id, "".join(events.raw[task.card_id]), result.text, stats.finish_reason,
                        stats.prompt_tokens, stats.generated_tokens, stats.time_to_first_token_s,
                        stats.tokens_per_second, stats.path,
                    )
                )
                print(f"  {story.id} / {task.card_id}: {stats.generated_tokens} tokens, {stats.finish_reason}, "
                      f"{stats.path or '-'}", file=sys.stderr, flush=True)
    finally:
        backend.close()
    return name, records


def score_records(stories: list[BenchStory], records: list[PostRecord]) -> dict[str, list[tuple[PostRecord, PostScore]]]:
    by_id = {story.id: story for story in stories}
    rows: dict[str, list[tuple[PostRecord, PostScore]]] = {}
    for record in records:
        story = by_id[record.story]
        score = score_post(
            record.text,
            raw=record.raw,
            story=story.story,
            notes=story.notes.all_text(),
            language=story.language,
            length=story.length,
            facts=story.facts,
        )
        rows.setdefault(record.story, []).append((record, score))
    return rows


COLUMNS = (
    ("story", 22), ("posts", 5), ("lang", 5), ("meta", 5), ("raw", 4), ("cut", 4), ("length", 7),
    ("invented", 9), ("quotes", 7), ("kept", 9), ("own", 5), ("#", 3), ("emoji", 6), ("ttft s", 7), ("tok/s", 6),
)


def _row(cells: list[str]) -> str:
    return "".join(f"{cell:>{width}}" if index else f"{cell:<{width}}" for index, (cell, (_, width)) in
                   enumerate(zip(cells, COLUMNS, strict=True)))


def _cells(label: str, pairs: list[tuple[PostRecord, PostScore]], facts_total: int) -> list[str]:
    scores = [score for _, score in pairs]
    records = [record for record, _ in pairs]
    n = len(scores)
    speeds = [r.tokens_per_second for r in records if r.tokens_per_second]
    return [
        label,
        str(n),
        str(sum(s.wrong_language for s in scores)),
        str(sum(s.meta_text for s in scores)),
        str(sum(s.meta_text_raw for s in scores)),
        str(sum(s.cut_off for s in scores)),
        str(sum(not s.within_length for s in scores)),
        f"{sum(s.invented_facts for s in scores) / n:.2f}",
        str(sum(s.invented_quotes for s in scores)),
        f"{sum(s.facts_kept for s in scores)}/{facts_total}",
        f"{statistics.mean(s.own_words for s in scores):.0%}",
        str(sum(s.over_hashtags for s in scores)),
        str(sum(s.over_emoji for s in scores)),
        f"{statistics.mean(r.time_to_first_token_s for r in records):.2f}",
        f"{statistics.mean(speeds):.1f}" if speeds else "-",
    ]


def print_table(model_name: str, stories: list[BenchStory], records: list[PostRecord], note: str = "") -> None:
    rows = score_records(stories, records)
    by_id = {story.id: story for story in stories}
    print(f"\n{model_name}{note}")
    print(_row([name for name, _ in COLUMNS]))
    everything: list[tuple[PostRecord, PostScore]] = []
    facts_all = 0
    for story_id, pairs in rows.items():
        facts_total = len(by_id[story_id].facts) * len(pairs)
        facts_all += facts_total
        everything += pairs
        print(_row(_cells(story_id, pairs, facts_total)))
    print(_row(_cells("all", everything, facts_all)))
    scores = [score for _, score in everything]
    n = len(scores)
    within = sum(s.within_length for s in scores)
    print(f"within length: {within}/{n} ({within / n:.0%}); invented facts per post: "
          f"{sum(s.invented_facts for s in scores) / n:.2f}; invented quotes: {sum(s.invented_quotes for s in scores)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Post quality benchmark (see the module docstring).")
    parser.add_argument("--model", type=Path, help="a .gguf model; default: the starter model")
    parser.add_argument("--stories", nargs="+", metavar="ID", help="only these stories (file names without .toml)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--threads", type=int, default=0, help="llama.cpp threads; default: the engine's choice")
    parser.add_argument(
        "--sampling",
        metavar="T,P,R",
        help="try other sampling settings: temperature, top_p, repeat_penalty (e.g. 0.7,0.8,1.05)",
    )
    parser.add_argument("--json", type=Path, metavar="OUT", help="save every post (raw and cleaned) and its stats")
    parser.add_argument("--from-json", type=Path, metavar="IN", help="print the table for posts saved with --json")
    parser.add_argument(
        "--reclean", action="store_true", help="with --from-json: apply today's clean-up to the saved raw replies"
    )
    args = parser.parse_args(argv)

    if args.from_json:
        saved = json.loads(args.from_json.read_text(encoding="utf-8"))
        records = [PostRecord(**record) for record in saved["posts"]]
        if args.reclean:
            for record in records:
                record.text = clean_post(record.raw, hit_token_limit=record.finish_reason == "length")
        stories = load_stories(sorted({record.story for record in records}))
        note = f" (saved {saved.get('when', '')}{'; cleaned again' if args.reclean else ''})"
        print_table(saved["model"], stories, records, note)
        return 0

    stories = load_stories(args.stories)
    model = args.model
    if model is None:
        from models.catalog import starter_model_path

        model = starter_model_path()
        if model is None:
            print("the starter model is not installed; run `make setup` once, or pass --model", file=sys.stderr)
            return 1
    started = time.monotonic()
    sampling = None
    if args.sampling:
        temperature, top_p, repeat_penalty = (float(part) for part in args.sampling.split(","))
        sampling = (temperature, top_p, repeat_penalty)
    name, records = draft_all(model.expanduser(), stories, args.seed, args.threads, sampling)
    elapsed = time.monotonic() - started
    note = f" — {len(records)} posts in {elapsed:.0f} s, seed {args.seed}, {platform.machine()}"
    if sampling is not None:
        note += f", sampling {args.sampling}"
    if args.json:  # saved first: the posts are the expensive part
        saved_data: dict[str, Any] = {
            "model": name,
            "when": time.strftime("%Y-%m-%d %H:%M"),
            "seed": args.seed,
            "posts": [asdict(record) for record in records],
        }
        args.json.write_text(json.dumps(saved_data, ensure_ascii=False, indent=1), encoding="utf-8")
    print_table(name, stories, records, note)
    return 0


if __name__ == "__main__":
    sys.exit(main())
