"""Numerals and number words in English and Dutch, checked against num2words as a reference table."""

from __future__ import annotations

import pytest
from num2words import num2words

from app.checks.numbers import (
    dutch_ordinal_value,
    dutch_word_value,
    english_ordinal_value,
    english_words_value,
    parse_numeral,
)

# Every number to 10,000, and a spread of larger ones: what num2words writes, we read back.
SAMPLE = [*range(0, 10_001), *range(10_000, 1_000_000, 7_919)]


@pytest.mark.parametrize(
    ("digits", "value", "step"),
    [
        ("1,000", 1000, 1000),
        ("1.000", 1000, 1000),
        ("1 000", 1000, 1000),
        ("1\u00a0000", 1000, 1000),
        ("2,5", 2.5, 0.1),
        ("2.5", 2.5, 0.1),
        ("1,234.5", 1234.5, 0.1),
        ("1.234,5", 1234.5, 0.1),
        ("0,125", 0.125, 0.001),
        ("12.000.000", 12_000_000, 1_000_000),
        ("2,347", 2347, 1),
        ("2300", 2300, 100),
        ("2500", 2500, 500),
        ("250", 250, 50),
        ("30", 30, 1),
        ("2026", 2026, 1),
    ],
)
def test_parses_numerals_in_both_conventions(digits: str, value: float, step: float) -> None:
    number = parse_numeral(digits)
    assert number.value == pytest.approx(value)
    assert number.step == pytest.approx(step)


def test_reads_every_english_number_num2words_writes() -> None:
    wrong = [n for n in SAMPLE if english_words_value(num2words(n, lang="en").replace(",", "")) != n]
    assert wrong == []


def test_reads_every_dutch_number_num2words_writes() -> None:
    # num2words writes "een miljoen" apart; people write Dutch numbers below a million as one word.
    wrong = [n for n in SAMPLE if n < 1_000_000 and dutch_word_value(num2words(n, lang="nl")) != n]
    assert wrong == []


def test_reads_english_and_dutch_ordinals_num2words_writes() -> None:
    for n in range(1, 1001):
        assert english_ordinal_value(num2words(n, lang="en", to="ordinal").replace(",", "")) == n
        assert dutch_ordinal_value(num2words(n, lang="nl", to="ordinal")) == n


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("thirty", 30),
        ("twenty-five", 25),
        ("twenty five", 25),
        ("two hundred and fifty", 250),
        ("a dozen", 12),
        ("three million", 3_000_000),
        ("a thousand", 1000),
        ("one", 1),
        ("hundred", None),  # "a few hundred": no figure
        ("million", None),
    ],
)
def test_reads_english_number_words(phrase: str, value: float | None) -> None:
    assert english_words_value(phrase) == value


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("dertig", 30),
        ("zeventig", 70),
        ("vijfentwintig", 25),
        ("tweeëntwintig", 22),
        ("tweehonderdvijftig", 250),
        ("honderd", 100),
        ("drieduizend", 3000),
        ("twaalf", 12),
        ("één", 1),
        ("en", None),
        ("tienen", None),
        ("honderdhonderd", None),
    ],
)
def test_reads_dutch_number_words(word: str, value: float | None) -> None:
    assert dutch_word_value(word) == value


@pytest.mark.parametrize(
    ("word", "value"),
    [("derde", 3), ("eerste", 1), ("tweede", 2), ("achtste", 8), ("tiende", 10), ("twintigste", 20),
     ("vijfentwintigste", 25), ("honderdste", 100), ("drieste", None), ("twintigde", None)],
)  # fmt: skip
def test_reads_dutch_ordinals(word: str, value: float | None) -> None:
    assert dutch_ordinal_value(word) == value
