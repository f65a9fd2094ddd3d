"""detect_language: English, Dutch, or "" when too short or too mixed to tell."""

from __future__ import annotations

import pytest

from app.language import DUTCH_STOP_WORDS, ENGLISH_STOP_WORDS, detect_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Today we opened our new plant in Eindhoven, and I am proud of the team.", "en"),
        ("I can't believe it's been five years since I joined this company.", "en"),
        ("Vandaag openen we onze nieuwe fabriek in Eindhoven, en ik ben er trots op.", "nl"),
        ("Ik werk nu vijf jaar bij dit bedrijf en heb er geen dag spijt van gehad.", "nl"),
        ("Wat een week! Het team heeft hard gewerkt.", "nl"),
        ("Hallo", ""),
        ("", ""),
        ("🚀🚀🚀 #launch", ""),
        ("Acme Robotics Eindhoven 2026", ""),
    ],
)
def test_detects_english_dutch_or_unknown(text: str, expected: str) -> None:
    assert detect_language(text) == expected


def test_mixed_text_stays_unknown() -> None:
    assert detect_language("the team and the plant, de fabriek en het team") == ""


def test_stop_word_lists_share_no_word() -> None:
    # A word in both lists would count for both languages and blur the call.
    assert ENGLISH_STOP_WORDS.isdisjoint(DUTCH_STOP_WORDS)
