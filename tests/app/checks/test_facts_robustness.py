"""The fact lock never fails on odd text: any mix of numbers, dates, names and punctuation gives findings
that point into the post."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.checks.facts import FactSource, check_facts
from tests.app.checks.stories import NEWS_EN, NEWS_NL, STORY_EN

SOURCE = FactSource.of(STORY_EN + NEWS_EN, NEWS_NL)
PIECES = [
    "12", "2,347", "2.5", "€", "$", "%", "million", "miljoen", "k", "m²", "kg", "MW", "Sept.", "March", "maart",
    "Saturday", "zaterdag", "'88", "1998", "2026-03-12", "12/03", "Q3", "H2", "half", "helft", "two-thirds",
    "driekwart", "one in five", "about", "ruim", "bijna", "over", "Acme", "Jan", "de", "Vries", "Portland", ",",
    "Oregon", "Maria", ".", "!", "\n", "-", "–", "#", "@", "3e", "third", "derde", "keer", "times", "x", "at", "7",
    "a.m.", "uur", "Street", "Marktstraat", "İ", "ß", "🚀", "twintig", "seventy-one", "and", "a", "year", "years",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=40), st.sampled_from(["en", "nl", ""]))
def test_any_text_gives_findings_inside_the_post(pieces: list[str], language: str) -> None:
    post = " ".join(pieces)
    for finding in check_facts(post, SOURCE, language):
        assert finding.start is not None and finding.end is not None
        assert 0 <= finding.start < finding.end <= len(post)

