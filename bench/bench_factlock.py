"""Score the fact lock on the evaluation set in bench/data/factlock (see its README).

Run: .venv/bin/python bench/bench_factlock.py [--verbose] [--data DIR]

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
from collections import defaultdict
from dataclasses import dataclass
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="print every miss and false flag")
    parser.add_argument("--data", type=Path, default=DATA)
    args = parser.parse_args()

    stories = load(args.data)
    per_class: dict[str, list[bool]] = defaultdict(list)
    misses: list[str] = []
    false_posts = 0
    false_flags = 0
    faithful_total = 0
    languages = defaultdict(int)
    for story in stories:
        languages[story.language] += 1
        checker = CardChecker.for_story(story.story, story.notes)
        for post in story.faithful:
            faithful_total += 1
            findings = fact_findings(checker, post)
            if findings:
                false_posts += 1
                false_flags += len(findings)
                if args.verbose:
                    shown = ", ".join(f"{post[f.start : f.end]!r} ({f.kind})" for f in findings if f.start is not None)
                    print(f"FALSE FLAG  {story.name}: {shown}")
        for kind, text, flag in story.invented:
            start = text.index(flag)
            end = start + len(flag)
            findings = fact_findings(checker, text)
            hit = any(f.start is not None and f.end is not None and f.start < end and start < f.end for f in findings)
            per_class[kind].append(hit)
            if not hit:
                misses.append(f"MISSED      {story.name}: {flag!r} in {text!r}")
    if args.verbose:
        print("\n".join(misses))
        print()

    invented_total = sum(len(hits) for hits in per_class.values())
    flagged = sum(sum(hits) for hits in per_class.values())
    print(f"stories: {len(stories)} ({', '.join(f'{n} {lang}' for lang, n in sorted(languages.items()))})")
    print(f"\n{'class of invention':<48} flagged")
    for kind in sorted(per_class):
        hits = per_class[kind]
        print(f"  {kind:<46} {sum(hits):>3} / {len(hits):<3}")
    share = flagged / invented_total if invented_total else 0.0
    false_share = false_posts / faithful_total if faithful_total else 0.0
    print(f"\ninvented items flagged:            {flagged} / {invented_total} = {share:.1%}   (target ≥ {TARGET_FLAGGED:.0%})")
    print(
        f"faithful posts with a false flag:  {false_posts} / {faithful_total} = {false_share:.1%}"
        f"   ({false_flags} false flags; target ≤ 1 in 28)"
    )
    ok = share >= TARGET_FLAGGED and false_share <= TARGET_FALSE_FLAG_SHARE + 1e-9
    print("OK" if ok else "BELOW TARGET")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
