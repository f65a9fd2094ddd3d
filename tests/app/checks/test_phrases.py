"""Phrase lists: plain text with a few conveniences, found in one pass."""

from __future__ import annotations

import pytest

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
