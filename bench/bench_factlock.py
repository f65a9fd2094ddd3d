"""Score the fact lock on the evaluation set in bench/data/factlock (see its README).

Run: .venv/bin/python bench/bench_factlock.py [--verbose] [--data DIR]
(DIR: bench/data/factlock, the default; bench/data/factlock-blind; bench/data/factlock-fresh;
bench/data/factlock-round3; bench/data/factlock-mini; bench/data/factlock-probes.)

A probe file (`factlock-probes/`) holds many short stories of one class (`[[probe]]`), each with
single-sentence true probes and invented ones; an invented probe may name the story fact its
"Story says" hint must give (`suggest`), and a file may name the language the post was asked in
(`asked_language`, as `rewrite --check` passes it). True probes are scored per class as well.

Prints the share of invented items flagged (per class and in total), the faithful posts with any
false flag, and what was missed or wrongly flagged. Each post goes through the same path as a card
in the app (`CardChecker.for_story(story, notes).check(post)`, language detected from the post).
Targets (issue 12): at least 99 % of invented items flagged; at most 1 in 28 faithful posts with a
false flag. Exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from app.checks import CardChecker, Finding

DATA = Path(__file__).resolve().parent / "data" / "factlock"
TARGET_FLAGGED = 0.99
TARGET_FALSE_FLAG_SHARE = 1 / 28


class Invented(NamedTuple):
    kind: str  # the class of invention
    text: str
    flag: str  # the invented item, as it is written in the text
    suggest: str | None = None  # what the finding's hint must contain, when the set says


@dataclass(frozen=True)
class Story:
    name: str
    language: str
    story: str
    notes: str
    faithful: tuple[str, ...]
    invented: tuple[Invented, ...]
    kind: str = ""  # the class its faithful posts probe (probe files only)
    asked_language: str | None = None  # the language the post was asked in, as `rewrite --check` passes it


def _invented(path: Path, items: list[dict[str, str]], default_kind: str = "") -> tuple[Invented, ...]:
    invented = tuple(
        Invented(item.get("class", default_kind), item["text"].strip(), item["flag"], item.get("suggest"))
        for item in items
    )
    for item in invented:
        if item.flag not in item.text:
            raise SystemExit(f"{path.name}: {item.flag!r} is not in {item.text!r}")
    return invented


def load(directory: Path) -> list[Story]:
    stories = []
    for path in sorted(directory.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        if "probe" in data:
            stories.extend(_probes(path, data))
            continue
        stories.append(
            Story(
                path.stem,
                data["language"],
                data["story"].strip(),
                data.get("notes", ""),
                tuple(post["text"].strip() for post in data.get("faithful", [])),
                _invented(path, data.get("invented", [])),
            )
        )
    return stories


def _probes(path: Path, data: dict[str, Any]) -> list[Story]:
    """One story per probe of a probe file; its faithful posts are the true probes."""
    kind = data["class"]
    return [
        Story(
            f"{path.stem}#{number}",
            data["language"],
            probe["story"].strip(),
            probe.get("notes", ""),
            tuple(text.strip() for text in probe.get("true", [])),
            _invented(path, probe.get("invented", []), kind),
            kind,
            data.get("asked_language"),
        )
        for number, probe in enumerate(data["probe"], start=1)
    ]


def _hint_names(hint: str, suggest: str) -> bool:
    """Whether a finding's hint gives the expected story fact (spacing and case aside)."""
    return "".join(suggest.split()).casefold() in "".join(hint.split()).casefold()


def fact_findings(checker: CardChecker, post: str, language: str | None = None) -> list[Finding]:
    return [f for f in checker.check(post, language).findings if f.check == "fact"]


@dataclass
class Score:
    per_class: dict[str, list[bool]] = field(default_factory=lambda: defaultdict(list))
    # Per class of the probe files: True for each true probe that got no flag.
    clean_per_class: dict[str, list[bool]] = field(default_factory=lambda: defaultdict(list))
    misses: list[str] = field(default_factory=list)
    false_flags: list[str] = field(default_factory=list)  # one line per faithful post with any
    false_flag_count: int = 0
    faithful: int = 0

    @property
    def flagged(self) -> int:
        return sum(sum(hits) for hits in self.per_class.values())

    @property
    def invented(self) -> int:
        return sum(len(hits) for hits in self.per_class.values())


def score(stories: list[Story]) -> Score:
    result = Score()
    for story in stories:
        checker = CardChecker.for_story(story.story, story.notes)
        for post in story.faithful:
            result.faithful += 1
            findings = fact_findings(checker, post, story.asked_language)
            if story.kind:
                result.clean_per_class[story.kind].append(not findings)
            if findings:
                result.false_flag_count += len(findings)
                shown = ", ".join(f"{post[f.start : f.end]!r} ({f.kind})" for f in findings if f.start is not None)
                where = f" in {post!r}" if story.kind else ""
                result.false_flags.append(f"FALSE FLAG  {story.name}: {shown}{where}")
        for item in story.invented:
            start = item.text.index(item.flag)
            end = start + len(item.flag)
            findings = fact_findings(checker, item.text, story.asked_language)
            found = [f for f in findings if f.start is not None and f.end is not None and f.start < end and start < f.end]
            hit = bool(found)
            if hit and item.suggest is not None and not any(_hint_names(f.hint, item.suggest) for f in found):
                hit = False
                hints = ", ".join(repr(f.hint) for f in found)
                result.misses.append(f"WRONG HINT  {story.name}: {item.flag!r} in {item.text!r}: {hints}, not {item.suggest!r}")
            elif not hit:
                result.misses.append(f"MISSED      {story.name}: {item.flag!r} in {item.text!r}")
            result.per_class[item.kind].append(hit)
    return result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="print every miss and false flag")
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args()

    stories = load(args.data)
    result = score(stories)
    if args.verbose:
        print("\n".join(result.false_flags + result.misses))
        print()

    languages = Counter(story.language for story in stories)
    print(f"stories: {len(stories)} ({', '.join(f'{n} {lang}' for lang, n in sorted(languages.items()))})")
    print(f"\n{'class of invention':<48} flagged{'   true probes flagged' if result.clean_per_class else ''}")
    for kind in sorted(result.per_class.keys() | result.clean_per_class.keys()):
        hits = result.per_class.get(kind, [])
        line = f"  {kind:<46} {sum(hits):>3} / {len(hits):<3}"
        if kind in result.clean_per_class:
            clean = result.clean_per_class[kind]
            line += f"   {len(clean) - sum(clean):>3} / {len(clean):<3}"
        print(line)
    share = result.flagged / result.invented if result.invented else 0.0
    false_posts = len(result.false_flags)
    false_share = false_posts / result.faithful if result.faithful else 0.0
    print(
        f"\ninvented items flagged:            {result.flagged} / {result.invented} = {share:.1%}"
        f"   (target ≥ {TARGET_FLAGGED:.0%})"
    )
    print(
        f"faithful posts with a false flag:  {false_posts} / {result.faithful} = {false_share:.1%}"
        f"   ({result.false_flag_count} false flags; target ≤ 1 in 28)"
    )
    ok = share >= TARGET_FLAGGED and false_share <= TARGET_FALSE_FLAG_SHARE + 1e-9
    print("OK" if ok else "BELOW TARGET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
