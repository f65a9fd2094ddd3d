"""Numerals and number words in English and Dutch."""

from __future__ import annotations

import pytest

from app.checks.numbers import dutch_word_value, english_words_value, parse_numeral


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
        ("30", 30, 1),
        ("2026", 2026, 1),
    ],
)
def test_parses_numerals_in_both_conventions(digits: str, value: float, step: float) -> None:
    number = parse_numeral(digits)
    assert number.value == pytest.approx(value)
    assert number.step == pytest.approx(step)


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
