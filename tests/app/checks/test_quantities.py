"""Finding numeric facts: kind, value, unit, what is counted and span, in English and Dutch."""

from __future__ import annotations

import pytest

from app.checks.quantities import find_quantities

MONTH = 365.25 / 12


@pytest.mark.parametrize(
    ("language", "text", "kind", "value", "unit"),
    [
        ("en", "It grew 30%.", "percent", 30, "%"),
        ("en", "It grew thirty percent.", "percent", 30, "%"),
        ("en", "It grew 30 per cent.", "percent", 30, "%"),
        ("nl", "Het groeide 30 procent.", "percent", 30, "%"),
        ("nl", "Het groeide dertig procent.", "percent", 30, "%"),
        ("en", "About two-thirds of them.", "percent", 200 / 3, "%"),
        ("en", "A quarter of them.", "percent", 25, "%"),
        ("nl", "Ruim de helft van de ritten.", "percent", 50, "%"),
        ("nl", "Tweederde van de klanten.", "percent", 200 / 3, "%"),
        ("nl", "Driekwart van de klanten.", "percent", 75, "%"),
        ("en", "One in five accounts.", "percent", 20, "%"),
        ("nl", "Een op de vijf klanten.", "percent", 20, "%"),
        ("en", "A €2.5 million deal.", "money", 2_500_000, "EUR"),
        ("en", "A 2.5 million euros deal.", "money", 2_500_000, "EUR"),
        ("en", "A EUR 2.5m deal.", "money", 2_500_000, "EUR"),
        ("en", "A $3 billion deal.", "money", 3_000_000_000, "USD"),
        ("en", "A $3bn deal.", "money", 3_000_000_000, "USD"),
        ("nl", "Een deal van 3 miljard dollar.", "money", 3_000_000_000, "USD"),
        ("nl", "Een deal van €2,5 miljoen.", "money", 2_500_000, "EUR"),
        ("nl", "Een deal van 3 mln. euro.", "money", 3_000_000, "EUR"),
        ("en", "A £400k deal.", "money", 400_000, "GBP"),
        ("en", "In 18 months.", "duration", 18 * MONTH, ""),
        ("en", "In 1.5 years.", "duration", 18 * MONTH, ""),
        ("en", "In a year and a half.", "duration", 18 * MONTH, ""),
        ("nl", "In anderhalf jaar.", "duration", 18 * MONTH, ""),
        ("nl", "In tweeënhalf jaar.", "duration", 30 * MONTH, ""),
        ("en", "A 2-year programme.", "duration", 24 * MONTH, ""),
        ("en", "Two weeks later.", "duration", 14, ""),
        ("nl", "Twee weken later.", "duration", 14, ""),
        ("en", "It took two years and two months.", "duration", 26 * MONTH, ""),
        ("en", "In three quarters of an hour.", "duration", 0.75 / 24, ""),
        ("en", "400k followers.", "count", 400_000, ""),
        ("en", "1.2m visitors.", "count", 1_200_000, ""),
        ("nl", "1,2 miljoen bezoekers.", "count", 1_200_000, ""),
        ("en", "A dozen people.", "count", 12, ""),
        ("en", "Our 10th anniversary.", "count", 10, ""),
        ("nl", "Voor de 3e keer.", "count", 3, ""),
        ("nl", "Ongeveer zeventig mensen.", "count", 70, ""),
        ("nl", "Meer dan drieduizend klanten.", "count", 3000, ""),
        ("en", "3x faster.", "factor", 3, ""),
        ("en", "We doubled it.", "factor", 2, ""),
        ("en", "A 12,000 m² plant.", "measure", 12_000, "area"),
        ("en", "A 12,000 sq ft plant.", "measure", 12_000 * 0.09290304, "area"),
        ("nl", "Een pand van 8.500 vierkante meter.", "measure", 8_500, "area"),
        ("en", "A 7kg box.", "measure", 7, "mass"),
        ("en", "A 5 kilo box.", "measure", 5, "mass"),
        ("en", "A 1.6 MW roof.", "measure", 1_600_000, "power"),
        ("nl", "Goed voor 900 kilowattuur.", "measure", 900_000, "energy"),
        ("en", "Only 15km away.", "measure", 15_000, "length"),
        ("en", "Doors open at 7 a.m.", "time", 7 * 60, ""),
        ("en", "The first weld, at 6 in the morning, with the team.", "time", 6 * 60, ""),
        ("nl", "Om 18:30 uur.", "time", 18 * 60 + 30, ""),
        ("nl", "Aan de Industrieweg 21.", "address", 21, ""),
        ("en", "At 4500 Mission Street.", "address", 4500, ""),
    ],
)
def test_reads_a_quantity(language: str, text: str, kind: str, value: float, unit: str) -> None:
    [quantity] = [q for q in find_quantities(text, language) if q.checkable and q.kind != "date"]
    assert (quantity.kind, quantity.unit) == (kind, unit)
    assert quantity.value == pytest.approx(value)
    assert text[quantity.start : quantity.end] == quantity.text


@pytest.mark.parametrize(
    ("language", "text", "noun"),
    [
        ("en", "120 new jobs", "job"),
        ("nl", "120 nieuwe banen", "job"),
        ("nl", "120 vacatures", "job"),
        ("en", "2,347 customers", "customer"),
        ("nl", "2.347 klanten", "customer"),
        ("en", "850 employees", "person"),
        ("nl", "850 medewerkers", "person"),
        ("en", "3 shifts", "shift"),
        ("nl", "3 ploegen", "shift"),
        ("en", "14 robots", "robot"),
        ("en", "120, more than ever", ""),
    ],
)
def test_a_count_knows_what_it_counts(language: str, text: str, noun: str) -> None:
    [quantity] = find_quantities(text, language)
    assert quantity.noun == noun


@pytest.mark.parametrize(
    "text",
    [
        "1. First point\n2) Second point",
        "COVID-19, 5G, 3D, the 1990s, 24/7, v1.2, #1",
        "See https://acme.example/2026/report-5000 for more.",
        "Tweet me @acme2026.",
        "#twenty #FiftyFifty #top100",
        "A 2-minute read. Leestijd: 4 minuten. 5 min read.",
        "1\ufe0f\u20e3 Plan early",
    ],
)
def test_ignores_numbers_that_are_not_facts(text: str) -> None:
    assert [q.text for q in find_quantities(text, "en") if q.checkable] == []


@pytest.mark.parametrize(
    ("language", "text", "checkable", "small"),
    [
        ("en", "One of the best.", False, False),
        ("en", "Two colleagues.", True, True),  # a claim only where the story counts colleagues
        ("en", "A year ago.", False, False),
        ("en", "Two weeks later.", True, False),
        ("en", "Eleven colleagues.", True, False),
        ("en", "2 colleagues.", True, False),
        ("en", "The third time.", True, True),
        ("en", "The first time.", False, False),
        ("nl", "Een jaar geleden.", False, False),
        ("nl", "Twee collega's.", True, True),
        ("nl", "Twee weken later.", True, False),
        ("en", "A few hundred people.", False, False),
        ("en", "Several 100 people.", False, False),
        ("nl", "Een paar honderd mensen.", False, False),
        ("nl", "Enkele 1.000 mensen.", False, False),
        ("nl", "Een half uur.", True, False),
    ],
)
def test_small_number_words_are_marked(language: str, text: str, checkable: bool, small: bool) -> None:
    facts = [q for q in find_quantities(text, language) if q.checkable]
    assert bool(facts) == checkable
    assert any(q.small for q in facts) == small


def test_hedges_are_noticed_with_their_direction() -> None:
    text = "over 2,000 and 2,000 and bijna 3.000 and about 70 and 2,000+"
    assert [q.hedge for q in find_quantities(text, "")] == ["over", "", "under", "about", "over"]


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("25k home batteries a year", "battery"),
        ("50 software engineers", "engineer"),
        ("14 welding robots", "robot"),
        ("850 people work here", "people"),  # people in general: the story's staff or its visitors
        ("circa 250 mensen.", "people"),
        ("850 employees work here", "person"),
        ("12.000 fietsparkeerplaatsen", "seat"),  # a Dutch compound counts its last part
        ("140 Meridian Insurance employees", "person"),  # a name before the noun
        ("the fourth time we move", "time"),
        ("500 homes in the province", "home"),
    ],
)
def test_the_counted_noun_is_the_head_of_a_compound(text: str, noun: str) -> None:
    [quantity] = [q for q in find_quantities(text, "") if q.kind == "count"]
    assert quantity.noun == noun


def test_n_in_m_is_a_share() -> None:
    [quantity] = find_quantities("2 in 5 materials are recycled", "en")
    assert (quantity.kind, quantity.value) == ("percent", 40)
