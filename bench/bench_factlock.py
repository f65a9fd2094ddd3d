"""Score the fact lock on the evaluation set in bench/data/factlock (see its README).

Run: .venv/bin/python bench/bench_factlock.py [--verbose] [--data DIR]
(DIR: bench/data/factlock, the default; bench/data/factlock-blind; bench/data/factlock-fresh.)

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

from app.checks import CardChecker, Finding

DATA = Path(__file__).resolve().parent / "data" / "factlock"
TARGET_FLAGGED = 0.99
TARGET_FALSE_FLAG_SHARE = 1 / 28


@dataclass(frozen=True)
class Story:
    name: str
    language: str
    story: str
    notes: str
    faithful: tuple[str, ...]
    invented: tuple[tuple[str, str, str], ...]  # (class, text, flagged item)


def load(directory: Path) -> list[Story]:
    stories = []
    for path in sorted(directory.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        invented = tuple((item["class"], item["text"].strip(), item["flag"]) for item in data.get("invented", []))
        for _, text, flag in invented:
            if flag not in text:
                raise SystemExit(f"{path.name}: {flag!r} is not in {text!r}")
        stories.append(
            Story(
                path.stem,
                data["language"],
                data["story"].strip(),
                data.get("notes", ""),
                tuple(post["text"].strip() for post in data.get("faithful", [])),
                invented,
            )
        )
    return stories


def fact_findings(checker: CardChecker, post: str) -> list[Finding]:
    return [f for f in checker.check(post).findings if f.check == "fact"]


@dataclass
class Score:
    per_class: dict[str, list[bool]] = field(default_factory=lambda: defaultdict(list))
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
            findings = fact_findings(checker, post)
            if findings:
                result.false_flag_count += len(findings)
                shown = ", ".join(f"{post[f.start : f.end]!r} ({f.kind})" for f in findings if f.start is not None)
                result.false_flags.append(f"FALSE FLAG  {story.name}: {shown}")
        for kind, text, flag in story.invented:
            start = text.index(flag)
            end = start + len(flag)
            findings = fact_findings(checker, text)
            hit = any(f.start is not None and f.end is not None and f.start < end and start < f.end for f in findings)
            result.per_class[kind].append(hit)
            if not hit:
                result.misses.append(f"MISSED      {story.name}: {flag!r} in {text!r}")
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
    print(f"\n{'class of invention':<48} flagged")
    for kind in sorted(result.per_class):
        hits = result.per_class[kind]
        print(f"  {kind:<46} {sum(hits):>3} / {len(hits):<3}")
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
