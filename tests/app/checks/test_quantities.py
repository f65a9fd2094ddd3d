"""Finding numeric facts: kind, value, unit and span, in English and Dutch."""

from __future__ import annotations

import pytest

from app.checks.quantities import find_quantities


@pytest.mark.parametrize(
    ("language", "text", "kind", "value", "unit"),
    [
        ("en", "It grew 30%.", "percent", 30, "%"),
        ("en", "It grew thirty percent.", "percent", 30, "%"),
        ("en", "It grew 30 per cent.", "percent", 30, "%"),
        ("nl", "Het groeide 30 procent.", "percent", 30, "%"),
        ("nl", "Het groeide dertig procent.", "percent", 30, "%"),
        ("en", "A €2.5 million deal.", "money", 2_500_000, "EUR"),
        ("en", "A 2.5 million euros deal.", "money", 2_500_000, "EUR"),
        ("en", "A EUR 2.5m deal.", "money", 2_500_000, "EUR"),
        ("en", "A $3 billion deal.", "money", 3_000_000_000, "USD"),
        ("nl", "Een deal van 3 miljard dollar.", "money", 3_000_000_000, "USD"),
        ("nl", "Een deal van €2,5 miljoen.", "money", 2_500_000, "EUR"),
        ("nl", "Een deal van 3 mln. euro.", "money", 3_000_000, "EUR"),
        ("en", "A £400k deal.", "money", 400_000, "GBP"),
        ("en", "In 18 months.", "duration", 18, "months"),
        ("en", "In 1.5 years.", "duration", 18, "months"),
        ("en", "In a year and a half.", "duration", 18, "months"),
        ("nl", "In anderhalf jaar.", "duration", 18, "months"),
        ("nl", "In tweeënhalf jaar.", "duration", 30, "months"),
        ("en", "A 2-year programme.", "duration", 24, "months"),
        ("en", "Two weeks later.", "duration", 14, "days"),
        ("nl", "Twee weken later.", "duration", 14, "days"),
        ("en", "400k followers.", "number", 400_000, ""),
        ("en", "A dozen people.", "number", 12, ""),
        ("en", "Our 10th anniversary.", "number", 10, ""),
        ("en", "3x faster.", "number", 3, ""),
        ("en", "Since 1998.", "year", 1998, ""),
    ],
)
def test_reads_a_quantity(language: str, text: str, kind: str, value: float, unit: str) -> None:
    [quantity] = [q for q in find_quantities(text, language) if q.checkable]  # not the "Een" of "Een deal"
    assert (quantity.kind, quantity.unit) == (kind, unit)
    assert quantity.value == pytest.approx(value)
    assert text[quantity.start : quantity.end] == quantity.text


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("On 12 March 2026.", [(2026, 3, 12)]),
        ("On March 12, 2026.", [(2026, 3, 12)]),
        ("On March 12th 2026.", [(2026, 3, 12)]),
        ("Op 12 maart 2026.", [(2026, 3, 12)]),
        ("Op 12 mrt 2026.", [(2026, 3, 12)]),
        ("On 2026-03-12.", [(2026, 3, 12)]),
        ("On 12-03-2026.", [(2026, 3, 12), (2026, 12, 3)]),
        ("On 25/03/2026.", [(2026, 3, 25)]),
        ("On 12.03.26.", [(2026, 3, 12), (2026, 12, 3)]),
        ("On the 12th of March.", [(None, 3, 12)]),
        ("In March 2026.", [(2026, 3, None)]),
    ],
)
def test_reads_dates_in_both_orders(text: str, dates: list[tuple[int | None, int, int | None]]) -> None:
    [quantity] = find_quantities(text)
    assert quantity.kind == "date"
    assert list(quantity.dates) == dates


@pytest.mark.parametrize(
    "text",
    [
        "1. First point\n2) Second point",
        "COVID-19, 5G, 3D, the 1990s, at 10am, 24/7, v1.2, #1",
        "See https://acme.example/2026/report-5000 for more.",
        "Tweet me @acme2026.",
        "#twenty #FiftyFifty #top100",
    ],
)
def test_ignores_numbers_that_are_not_quantities(text: str) -> None:
    assert find_quantities(text, "en") == []


@pytest.mark.parametrize(
    ("language", "text", "checkable"),
    [
        ("en", "One of the best.", False),
        ("en", "Two colleagues.", False),
        ("en", "A year ago.", False),
        ("en", "Two weeks later.", True),
        ("en", "Eleven colleagues.", True),
        ("en", "2 colleagues.", True),
        ("nl", "Een jaar geleden.", False),
        ("nl", "Twee collega's.", False),
        ("nl", "Twee weken later.", True),
        ("en", "A few hundred people.", False),
        ("en", "Several 100 people.", False),
        ("nl", "Een paar honderd mensen.", False),
        ("nl", "Enkele 1.000 mensen.", False),
    ],
)
def test_small_number_words_are_language_unless_they_carry_a_unit(language: str, text: str, checkable: bool) -> None:
    checked = [q.text for q in find_quantities(text, language) if q.checkable]
    assert bool(checked) == checkable, checked


def test_hedges_are_noticed() -> None:
    assert [q.hedged for q in find_quantities("over 2,000 and 2,000 and bijna 3.000", "")] == [True, False, True]
