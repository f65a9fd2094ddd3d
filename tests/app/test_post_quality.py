"""The measures behind the quality benchmark (bench/quality.py)."""

from __future__ import annotations

import pytest

from app.options import Length
from app.post_quality import (
    KeyFact,
    facts_kept,
    invented_quotes,
    is_wrong_language,
    score_post,
    within_length,
    word_count,
)

STORY = (
    "Larkfield Energy today switched on Brackenmoor Solar Farm. The 48 MW farm near Doncaster has 92,000 panels "
    "and will supply about 14,000 homes. A crew of 160 people built it in 11 months. "
    '"Brackenmoor shows that clean power and farming can share the same land," said project lead Priya Raman.'
)
FACTS = (
    KeyFact("92,000 panels", ("92,000", "92000", "92 000")),
    KeyFact("14,000 homes", ("14,000",)),
    KeyFact("built in 11 months", ("11 months", "eleven months")),
    KeyFact("second robotic arm for hips", ("hip",)),
)


@pytest.mark.parametrize(
    ("post", "requested", "wrong"),
    [
        ("I am proud of the team that built the farm in eleven months.", "en", False),
        ("Ik ben trots op het team dat de zonneweide in elf maanden bouwde.", "nl", False),
        ("I am proud of the team that built the farm in eleven months.", "nl", True),
        ("Ik wil vertellen why this matters for our field: de bigger picture, in plain words and more.", "nl", True),
        ("", "en", True),
    ],
)
def test_wrong_language_is_judged_on_the_post(post: str, requested: str, wrong: bool) -> None:
    assert is_wrong_language(post, requested) is wrong


def test_word_count_leaves_out_hashtags_and_links_and_counts_numbers() -> None:
    assert word_count("We built 92,000 panels in 11 months. https://x.example/a #Solar #Doncaster") == 7
    assert word_count("It's St Aidan's 1,000th knee.") == 5


@pytest.mark.parametrize(("words", "inside"), [(39, False), (40, True), (80, True), (81, False)])
def test_within_length_is_the_requested_word_range(words: int, inside: bool) -> None:
    assert within_length(" ".join(["word"] * words), Length.SHORT) is inside


def test_facts_kept_in_any_listed_form_and_number_format() -> None:
    post = "92.000 panelen, gebouwd in 11 months, voor 14 000 huizen. Shipping is next."
    # "92.000" = "92,000", "14 000" = "14,000"; "hip" does not match inside "Shipping".
    assert facts_kept(post, FACTS) == 3


@pytest.mark.parametrize(
    ("post", "invented"),
    [
        ('Priya Raman put it well: "Brackenmoor shows that clean power and farming can share the same land."', []),
        ('As Priya said, "clean power and farming can share the same land".', []),
        (  # Qwen invented a quote once (before the tuned prompt)
            '"This is the proudest day of my career," says fleet manager Tom Baker.',
            ["This is the proudest day of my career,"],
        ),
        ('We call it "the farm".', []),  # a quoted term, not a quotation
    ],
)
def test_invented_quotes(post: str, invented: list[str]) -> None:
    assert invented_quotes(post, STORY) == invented


def test_score_post_counts_every_measure() -> None:
    raw = "Sure! Here's a LinkedIn post:\n\n92,000 panels in 11 months \U0001f31e\U0001f31e\U0001f31e and we"
    post = "92,000 panels in 11 months \U0001f31e\U0001f31e\U0001f31e and we\n\n#A #B #C #D"
    score = score_post(post, raw=raw, story=STORY, language="en", length=Length.SHORT, facts=FACTS)
    assert score.meta_text_raw and not score.meta_text
    assert score.cut_off
    assert not score.within_length and score.words == 7
    assert score.over_hashtags and score.over_emoji
    assert score.facts_kept == 2
    assert score.wrong_language  # too few common words to tell the language by


def test_score_post_counts_the_fact_locks_findings() -> None:
    post = "We switched on 48 MW near Doncaster today, with 95,000 panels for 20,000 homes. I am proud of the team."
    score = score_post(post, story=STORY, language="en", length=Length.SHORT)
    assert score.invented_facts == 2
    assert not score.cut_off and not score.wrong_language
    assert 0.0 < score.own_words <= 1.0
