"""Own-words meter: how much of a card repeats the company story, or the user's own earlier
posts, word for word.

Both texts become lower-case word sequences (punctuation and case do not count). The meter is
the share of the card's five-word sequences ("shingles") that also occur in the story, plus the
longest run of consecutive shared words. Text in double quotes is left out on both counts:
quoting the CEO is fine, copying the press release is not.

The same meter against the user's voice samples catches a post that copies their earlier
posts (a small model given examples tends to lift whole sentences from them): the post would
repeat what their network has already read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from app.checks.findings import OWN_WORDS, Finding

SHINGLE_WORDS = 5
PRESS_RELEASE_SHARE = 0.35
PRESS_RELEASE_RUN = 12
MESSAGE = "This reads like the press release \u2014 add your own words."
# Copying one's own earlier post: one long sentence is enough to notice.
OWN_POST_SHARE = 0.35
OWN_POST_RUN = 8
OWN_POST_MESSAGE = "This repeats one of your earlier posts word for word \u2014 say it anew."

TOKEN = re.compile(r"[^\W_]+")
QUOTED = re.compile(r"\"[^\"\n]+\"|“[^”\n]+”|„[^”“\n]+[”“]|«[^»\n]+»")

Shingle = tuple[str, ...]


@dataclass(frozen=True)
class OwnWordsMeter:
    shared_share: float  # 0-1: share of the card's 5-word sequences that are in the story
    longest_run_words: int  # longest run of words copied in a row (0 when under 5)
    longest_run_start: int | None  # its offsets in the card
    longest_run_end: int | None
    copied_runs: tuple[tuple[int, int], ...]  # every copied run of 5+ words, as card offsets

    @property
    def reads_like_press_release(self) -> bool:
        return self.shared_share >= PRESS_RELEASE_SHARE or self.longest_run_words >= PRESS_RELEASE_RUN

    def to_dict(self) -> dict[str, Any]:
        return {
            "shared_share": round(self.shared_share, 3),
            "longest_run_words": self.longest_run_words,
            "longest_run_start": self.longest_run_start,
            "longest_run_end": self.longest_run_end,
            "copied_runs": [list(run) for run in self.copied_runs],
            "reads_like_press_release": self.reads_like_press_release,
        }


EMPTY_METER = OwnWordsMeter(0.0, 0, None, None, ())


def story_shingles(story: str) -> frozenset[Shingle]:
    """The story's five-word sequences; computed once per story and reused for every card."""
    words = [word for word, _, _, quoted in _tokens(story) if not quoted]
    return frozenset(_shingles(words))


def samples_shingles(samples: tuple[str, ...] | list[str]) -> frozenset[Shingle]:
    """The five-word sequences of the user's own earlier posts."""
    shingles: set[Shingle] = set()
    for sample in samples:
        shingles |= story_shingles(sample)
    return frozenset(shingles)


def copies_own_post(meter: OwnWordsMeter) -> bool:
    return meter.shared_share >= OWN_POST_SHARE or meter.longest_run_words >= OWN_POST_RUN


def measure_own_words(post: str, shingles: frozenset[Shingle]) -> OwnWordsMeter:
    tokens = _tokens(post)
    words = [token[0] for token in tokens]
    counted = 0
    shared_at: list[int] = []
    for index, shingle in enumerate(_shingles(words)):
        if any(token[3] for token in tokens[index : index + SHINGLE_WORDS]):
            continue  # a quotation: neither own nor copied words
        counted += 1
        if shingle in shingles:
            shared_at.append(index)
    if not counted:
        return EMPTY_METER
    runs = _runs(shared_at)
    if not runs:
        return EMPTY_METER
    copied = tuple((tokens[first][1], tokens[last + SHINGLE_WORDS - 1][2]) for first, last in runs)
    first, last = max(runs, key=lambda run: run[1] - run[0])
    return OwnWordsMeter(
        shared_share=len(shared_at) / counted,
        longest_run_words=last - first + SHINGLE_WORDS,
        longest_run_start=tokens[first][1],
        longest_run_end=tokens[last + SHINGLE_WORDS - 1][2],
        copied_runs=copied,
    )


def own_words_findings(meter: OwnWordsMeter) -> list[Finding]:
    if not meter.reads_like_press_release:
        return []
    why = (
        f"{meter.shared_share:.0%} of the card's five-word phrases come straight from the story, and the "
        f"longest copied run is {meter.longest_run_words} words. Readers have seen the press release; "
        "tell them what it means to you."
    )
    start, end = meter.longest_run_start, meter.longest_run_end
    return [Finding(OWN_WORDS, "warning", MESSAGE, why, start, end, kind="press_release")]


def own_post_findings(meter: OwnWordsMeter) -> list[Finding]:
    """A warning when the card copies the user's own earlier posts (measured against their samples)."""
    if not copies_own_post(meter):
        return []
    why = (
        f"The longest run copied from your earlier posts is {meter.longest_run_words} words. Your network "
        "has read those posts; use them for how you write, not for what you say."
    )
    return [
        Finding(
            OWN_WORDS, "warning", OWN_POST_MESSAGE, why, meter.longest_run_start, meter.longest_run_end, kind="own_post"
        )
    ]


def _tokens(text: str) -> list[tuple[str, int, int, bool]]:
    """(word, start, end, inside quotes) for every word, in one pass over words and quotes
    together (both come in text order; testing every quote per word was quadratic)."""
    quoted = iter([(m.start(), m.end()) for m in QUOTED.finditer(text)])
    quote = next(quoted, None)
    tokens = []
    for m in TOKEN.finditer(text):
        start = m.start()
        while quote is not None and quote[1] <= start:
            quote = next(quoted, None)
        inside = quote is not None and quote[0] <= start
        tokens.append((m.group().casefold(), start, m.end(), inside))
    return tokens


def _shingles(words: list[str]) -> list[Shingle]:
    return [tuple(words[i : i + SHINGLE_WORDS]) for i in range(len(words) - SHINGLE_WORDS + 1)]


def _runs(indices: list[int]) -> list[tuple[int, int]]:
    """Consecutive shingle indices grouped: [3, 4, 5, 9] -> [(3, 5), (9, 9)]."""
    runs: list[tuple[int, int]] = []
    for index in indices:
        if runs and runs[-1][1] == index - 1:
            runs[-1] = (runs[-1][0], index)
        else:
            runs.append((index, index))
    return runs
