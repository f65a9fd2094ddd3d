"""Phrase lists: plain text with a few conveniences, found in one pass."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.checks.phrases import PhraseMatcher


@pytest.mark.parametrize(
    ("phrase", "text", "found"),
    [
        ("excited to announce", "So EXCITED to\nannounce this.", ["EXCITED to\nannounce"]),
        ("delv*", "We delve, delved and are delving.", ["delve", "delved", "delving"]),
        ("game-changer", "A game-changer, a game changer, a gamechanger.", ["game-changer", "game changer", "gamechanger"]),
        ("it's", "It’s here, it's there.", ["It’s", "it's"]),
        ("cheap", "Cheaper is not cheap.", ["cheap"]),
        ("synergy", "synergyless", []),
    ],
)
def test_phrase_conveniences(phrase: str, text: str, found: list[str]) -> None:
    matcher = PhraseMatcher.build([(phrase,)])
    assert [m.text for m in matcher.finditer(text)] == found


def test_overlapping_phrases_keep_the_earliest_and_longest() -> None:
    matcher = PhraseMatcher.build([("fast-paced world",), ("in today's fast-paced world",), ("today",)])
    assert [(m.entry, m.text) for m in matcher.finditer("In today's fast-paced world we run.")] == [
        (1, "In today's fast-paced world")
    ]


def test_raw_patterns_and_entries_without_phrases() -> None:
    matcher = PhraseMatcher.build([()], [[r"\b\d+x\b"]])
    assert [m.text for m in matcher.finditer("10x faster")] == ["10x"]


@pytest.mark.parametrize(
    ("phrase", "text", "found"),
    [
        ("game-changer", "a game - changer, a game--changer", ["game - changer", "game--changer"]),
        ("excited to announce", "excited-to-announce", ["excited-to-announce"]),
        ("-foo-", "a foo b", ["foo"]),  # hyphens around a phrase are not part of it
        ("---", "a --- b, a - b", ["---"]),  # a phrase of hyphens only is taken literally
        ("chang* er", "changes er, changer-er", ["changes er", "changer-er"]),
        ("#AcmeLife", "Love #acmelife!", ["#acmelife"]),
    ],
)
def test_separator_runs_match_any_run_of_spaces_and_hyphens(phrase: str, text: str, found: list[str]) -> None:
    matcher = PhraseMatcher.build([(phrase,)])
    assert [m.text for m in matcher.finditer(text)] == found


# Each of these took exponential time (a 30-hyphen term froze the window for a minute): every
# optional hyphen could match or not, and a near miss tried all 2**n ways.
HOSTILE_PHRASES = ["a" + "-" * 40 + "b", "-" * 40 + "b", "x " + " ".join("-" * 40) + " y", "a-" * 40 + "b*", "'" * 40 + "z"]


@pytest.mark.timeout(20)  # was: minutes to hours; now milliseconds
@pytest.mark.parametrize("phrase", HOSTILE_PHRASES)
def test_no_phrase_makes_matching_backtrack(phrase: str) -> None:
    text = " ".join(["a" + "-" * 45 + "c", "-" * 45 + "c", "x" + " " * 45 + "z", "a-" * 45 + "c", "'" * 45 + "y"] * 20)
    matcher = PhraseMatcher.build([(phrase, "".join(phrase.split()))])
    assert list(matcher.finditer(text)) == []


@settings(max_examples=200)
@given(
    phrase=st.text(alphabet="a- '*’‐\t", min_size=1, max_size=40),
    text=st.text(alphabet="a- '’‐\tb\n", max_size=400),
)
def test_matching_any_phrase_costs_time_linear_in_the_text(phrase: str, text: str) -> None:
    matcher = PhraseMatcher.build([(phrase,)])
    started = time.perf_counter()
    for _ in range(3):
        list(matcher.finditer(text * 3))
    assert time.perf_counter() - started < 2.0  # a backtracking expression takes minutes here
