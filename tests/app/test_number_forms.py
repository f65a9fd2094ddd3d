"""Every digit form of the story's numbers, for the engine's number guard; and nothing else."""

from __future__ import annotations

import pytest

from app.checks.facts import FactSource, check_facts
from app.number_forms import number_forms

STORY = (
    "Acme has 2,347 customers and invests €2,5 miljoen. Revenue grew 30%. The plant opens on 12 March 2026 "
    "at 7 a.m. Founded in '88. About two-thirds of the parts are local. Building takes 18 months. "
    "The plant covers 12.000 m² and employs ongeveer zeventig mensen."
)
NOTES = "My team has 14 welders."
FORMS = number_forms(STORY, NOTES)


@pytest.mark.parametrize(
    "written",
    [
        # integers with and without separators, English and Dutch style
        "2347", "2,347", "2.347", "2 347", "2\u00a0347",
        # roundings the fact lock accepts
        "2,300", "2.300", "2,000", "2,350", "2,400",
        # decimals and scales
        "2.5", "2,5", "2500000", "2,500,000", "2.500.000",
        # percentages and fractions
        "30", "67", "66.7", "66,7",
        # dates, years and times
        "12", "03", "3", "2026", "1988", "'88", "7", "7:00",
        # durations in other units
        "18", "1.5", "1,5",
        # measures, number words and the notes
        "12,000", "12.000", "12000", "70", "14",
    ],
)  # fmt: skip
def test_every_form_of_a_story_number_is_allowed(written: str) -> None:
    assert FORMS.allows(written)


@pytest.mark.parametrize("written", ["2,346", "2348", "2.6", "31", "13", "1989", "'89", "71", "19", "8:00", "3,000", "15"])
def test_numbers_not_in_the_story_are_not_allowed(written: str) -> None:
    assert not FORMS.allows(written)


def test_digit_runs_are_what_a_token_guard_lets_through() -> None:
    runs = FORMS.digit_runs
    assert {"2347", "2", "347", "5", "30", "2026", "88", "14"} <= runs
    assert "1989" not in runs and "71" not in runs


def test_what_the_guard_allows_the_fact_lock_accepts() -> None:
    """The guard and the lock agree: a post built from allowed numbers raises no number warning."""
    source = FactSource.of(STORY, NOTES)
    post = "We serve 2,347 customers, about 2,300 in fact. €2.5 million. 30% growth. 18 months. 14 welders."
    assert all(FORMS.allows(word.strip(".,%€")) for word in ("2,347", "2,300", "2.5", "30", "18", "14"))
    assert [f.kind for f in check_facts(post, source, "en")] == []


def test_an_empty_story_allows_no_number() -> None:
    assert number_forms("").forms == frozenset()
