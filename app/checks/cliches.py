"""Cliché and AI-tell hints: stock phrases from `resources/checks/cliches.*.toml`, and overuse of
em dashes, emoji and hashtags.

Overuse is judged against the user's own habits when there is a voice profile: someone who
always writes three emoji is not told that three emoji read as generated.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from typing import Any

from app.checks.findings import CLICHE, Finding
from app.checks.limits import MAX_HASHTAGS, fold_offset, hook_end
from app.checks.phrases import PhraseMatcher
from app.voice import text as t
from app.voice.profile import VoiceProfile
from models.messages import msg

KINDS = ("cliche", "ai_tell")
LIST_FILE_NAME = re.compile(r"^cliches\.([a-z]{2})\.toml$")  # cliches.<language>.toml

EM_DASHES_NOTICED = 3  # from this many em dashes in one post
EMOJI_NOTICED = 6  # from this many emoji, or one per EMOJI_WORDS words, whichever is more
EMOJI_WORDS = 25
EMOJI_BULLETS_NOTICED = 3  # lines that start with an emoji
HASHTAG_WALL = 4  # hashtags in a row (above MAX_HASHTAGS the limit check speaks instead)

HASHTAG_RUN = re.compile(rf"{t.HASHTAG_PATTERN.pattern}(?:[\s,;·|]+{t.HASHTAG_PATTERN.pattern})+")
LINE_START_EMOJI = re.compile(rf"^[ \t]*(?:{t.EMOJI_PATTERN.pattern})", re.MULTILINE)


@dataclass(frozen=True)
class ClicheEntry:
    kind: str  # "cliche" or "ai_tell"
    phrases: tuple[str, ...]
    patterns: tuple[str, ...]
    why: str
    language: str


@dataclass(frozen=True)
class ClicheList:
    entries: tuple[ClicheEntry, ...]
    matcher: PhraseMatcher

    @classmethod
    def of(cls, entries: tuple[ClicheEntry, ...]) -> ClicheList:
        matcher = PhraseMatcher.build([e.phrases for e in entries], [e.patterns for e in entries])
        return cls(entries, matcher)


def parse_cliche_file(text: str, source: str, language: str) -> tuple[ClicheEntry, ...]:
    """Read one list. A broken bundled list is a bug, so this raises ValueError naming the entry."""
    data = tomllib.loads(text)
    entries = []
    for number, raw in enumerate(data.get("entry", []), start=1):
        where = f"{source}, entry {number}"
        kind = raw.get("kind")
        if kind not in KINDS:
            raise ValueError(f"{where}: kind must be one of {', '.join(KINDS)}, not {kind!r}.")
        phrases = _strings(raw.get("phrases", []), f"{where}: phrases")
        patterns = _strings(raw.get("patterns", []), f"{where}: patterns")
        why = raw.get("why")
        if not isinstance(why, str) or not why.strip():
            raise ValueError(f"{where}: needs a short 'why'.")
        if not phrases and not patterns:
            raise ValueError(f"{where}: needs phrases or patterns.")
        for pattern in patterns:
            re.compile(pattern)  # a bad expression fails here, with its own message
        entries.append(ClicheEntry(kind, phrases, patterns, why.strip(), language))
    return tuple(entries)


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        raise ValueError(f"{where} must be a list of strings.")
    return tuple(value)


@functools.cache
def bundled_cliches() -> ClicheList:
    """All bundled lists, read once per process."""
    folder = resources.files("resources") / "checks"
    entries: list[ClicheEntry] = []
    for item in sorted(folder.iterdir(), key=lambda i: i.name):
        found = LIST_FILE_NAME.match(item.name)
        if found:
            entries.extend(parse_cliche_file(item.read_text(encoding="utf-8"), item.name, found.group(1)))
    return ClicheList.of(tuple(entries))


def check_cliches(
    post: str, profile: VoiceProfile | None = None, hook: int | None = None, cliches: ClicheList | None = None
) -> list[Finding]:
    """`hook` is where the hook ends (`limits.hook_end`); computed here when not given."""
    cliches = cliches or bundled_cliches()
    hook = hook if hook is not None else hook_end(post, fold_offset(post))
    findings = _phrase_findings(post, cliches, hook)
    findings += _em_dash_findings(post, profile)
    findings += _emoji_findings(post, profile)
    findings += _hashtag_wall_findings(post, profile)
    return findings


def _phrase_findings(post: str, cliches: ClicheList, hook: int) -> list[Finding]:
    findings = []
    for match in cliches.matcher.finditer(post):
        entry = cliches.entries[match.entry]
        shown = " ".join(match.text.split())
        if entry.kind == "ai_tell":
            message = msg("Cliches", "\u201c{phrase}\u201d reads like AI-written text.").with_args(phrase=shown)
        else:
            message = msg("Cliches", "\u201c{phrase}\u201d is a LinkedIn cliché.").with_args(phrase=shown)
        why: str = entry.why
        if match.start < hook:  # a stock phrase in the hook costs the most
            why = msg("Cliches", "It is in your hook, the only part people see before \u2018…see more\u2019. {why}").with_args(
                why=why
            )
        findings.append(Finding(CLICHE, "info", message, why, match.start, match.end, kind=entry.kind))
    return findings


def _em_dash_findings(post: str, profile: VoiceProfile | None) -> list[Finding]:
    dashes = list(t.EM_DASH_PATTERN.finditer(post))
    if len(dashes) < EM_DASHES_NOTICED:
        return []
    if profile is not None and profile.em_dashes_per_post >= len(dashes) / 2:
        return []  # the user writes like this
    first = dashes[0]
    return [
        Finding(
            CLICHE,
            "info",
            msg("Cliches", "{count} em dashes. Many readers now take them as a sign of AI text.").with_args(count=len(dashes)),
            msg("Cliches", "Try a comma, a colon or a full stop; keep one where it really helps."),
            first.start(),
            first.end(),
            kind="em_dash",
        )
    ]


def _emoji_findings(post: str, profile: VoiceProfile | None) -> list[Finding]:
    findings = []
    found = list(t.EMOJI_PATTERN.finditer(post))
    usual = profile.emoji_per_post if profile is not None else 0.0
    allowed = max(EMOJI_NOTICED, len(t.words(post)) / EMOJI_WORDS, usual * 1.5)
    if len(found) >= allowed:
        findings.append(
            Finding(
                CLICHE,
                "info",
                msg("Cliches", "{count} emoji. That many make a post look generated or busy.").with_args(count=len(found)),
                msg("Cliches", "Keep the one or two that add meaning."),
                found[0].start(),
                found[0].end(),
                kind="emoji",
            )
        )
    bullets = list(LINE_START_EMOJI.finditer(post))
    if len(bullets) >= EMOJI_BULLETS_NOTICED and usual < len(bullets):
        first = bullets[0]
        findings.append(
            Finding(
                CLICHE,
                "info",
                msg("Cliches", "{count} lines start with an emoji, a pattern of generated posts.").with_args(count=len(bullets)),
                msg("Cliches", "Plain sentences or a simple dash read as written by a person."),
                first.start() + len(first.group()) - len(first.group().lstrip()),
                first.end(),
                kind="emoji_bullets",
            )
        )
    return findings


def _hashtag_wall_findings(post: str, profile: VoiceProfile | None) -> list[Finding]:
    findings = []
    usual = profile.hashtags_per_post if profile is not None else 0.0
    if len(t.hashtags(post)) > MAX_HASHTAGS:
        return []  # the LinkedIn limit check already says it
    for run in HASHTAG_RUN.finditer(post):
        count = len(t.HASHTAG_PATTERN.findall(run.group()))
        if count >= HASHTAG_WALL and count > usual + 0.5:
            findings.append(
                Finding(
                    CLICHE,
                    "info",
                    msg("Cliches", "A wall of {count} hashtags.").with_args(count=count),
                    msg("Cliches", "Blocks of hashtags look like spam and add little reach; keep the two or three that matter."),
                    run.start(),
                    run.end(),
                    kind="hashtag_wall",
                )
            )
    return findings
