"""A card that failed says why in its hint summary; "No hints" only for a card that passed."""

from __future__ import annotations

import pytest

from app.checks import CardChecker
from tests.ui.test_hints import checker, hints  # noqa: F401 (fixtures: a shown CardHints, the example story's checker)
from ui.hints import CardHints

PASSING = "I tested the first battery line in Groningen last week. It felt good to see it run."


@pytest.mark.parametrize(
    ("card", "language", "summary_starts"),
    [
        (PASSING, "nl", "This post is in English, not Dutch."),
        ("#Groningen #Batteries #Energy #Factory", "en", "This post is mostly hashtags."),
        (
            "Sure! Here's a LinkedIn post about the factory:\n\n" + PASSING,
            "en",
            "The model talks to you here; this line is not part of the post.",
        ),
        (PASSING + " More at https://northwind.example/groningen", "en", "A link in the post: put it in the first comment"),
    ],
)
def test_a_failed_card_says_why_instead_of_passing(
    hints: CardHints, checker: CardChecker, card: str, language: str, summary_starts: str
) -> None:
    hints.show_report(checker.check(card, language))
    assert hints.summary_text().startswith(summary_starts)
    assert "No hints" not in hints.summary_text()


def test_a_card_in_the_language_asked_for_passes(hints: CardHints, checker: CardChecker) -> None:
    hints.show_report(checker.check(PASSING, "en"))
    assert hints.summary_text().startswith("No hints \u2014 it reads like you.")
