"""Fact lock: facts in another form are never flagged; invented ones always are."""

from __future__ import annotations

import pytest

from app.checks.facts import FactSource, check_facts
from tests.app.checks.stories import NOTES, STORY_EN, STORY_NL

SOURCE_EN = FactSource.of(STORY_EN, NOTES)
SOURCE_NL = FactSource.of(STORY_NL, NOTES)


@pytest.mark.parametrize("source", [SOURCE_EN, SOURCE_NL], ids=["story-en", "story-nl"])
@pytest.mark.parametrize(
    ("language", "post"),
    [
        # dates in every order and both languages
        ("en", "The plant opens on March 12, 2026."),
        ("en", "The plant opens on 12 March."),
        ("en", "The plant opens on 12-03-2026."),
        ("en", "The plant opens on 2026-03-12."),
        ("en", "The plant opens on the 12th of March."),
        ("nl", "De fabriek opent op 12 maart 2026."),
        ("nl", "De fabriek opent op 12/03/2026."),
        ("en", "It all happens in March 2026."),
        # money
        ("en", "A €2.5 million investment."),
        ("en", "An investment of 2.5 million euros."),
        ("en", "An investment of EUR 2.5m."),
        ("nl", "Een investering van €2,5 miljoen."),
        ("nl", "Een investering van 2,5 miljoen euro."),
        ("en", "An investment of 2,500,000 euros."),
        # percentages
        ("en", "Revenue grew 30%."),
        ("en", "Revenue grew 30 percent."),
        ("en", "Revenue grew thirty percent."),
        ("nl", "De omzet groeide dertig procent."),
        ("nl", "De omzet groeide 30 procent."),
        # durations
        ("en", "120 jobs in 18 months."),
        ("en", "120 jobs in a year and a half."),
        ("en", "120 jobs in 1.5 years."),
        ("en", "120 jobs in one and a half years."),
        ("nl", "120 banen in anderhalf jaar."),
        ("nl", "120 banen in 18 maanden."),
        ("en", "Training takes 2 weeks."),
        ("en", "Training takes two weeks."),
        ("nl", "De training duurt 2 weken."),
        # numbers with separators and rounding
        ("en", "We serve 2,347 customers."),
        ("nl", "We hebben 2.347 klanten."),
        ("en", "We serve over 2,000 customers."),
        ("en", "We serve about 2,300 customers."),
        ("nl", "We hebben ruim 2.300 klanten."),
        ("en", "The plant covers 12 000 square metres."),
        ("en", "The plant covers 12.000 square metres."),
        ("en", "The plant runs three shifts."),
        # years
        ("en", "Founded in 1998, opening in 2026."),
        # small numbers as ordinary words are not facts
        ("en", "One of the best days. Two colleagues and I cheered."),
        ("nl", "Een van de mooiste dagen. Twee collega's juichten."),
        ("en", "A year ago I could not weld."),
        # facts from the notes count
        ("en", "My team of 14 is ready."),
        ("en", "Thanks to Sanne for asking me."),
        # names in other forms
        ("en", "Proud of Acme's new plant."),
        ("en", "So proud of what Acme did in Eindhoven."),
        ("en", "Yesterday Acme Robotics opened."),
        ("en", "I talked to Jan de Vries and to Jan."),
        ("en", "Our CEO has a plan for the Brabant region."),
        ("nl", "Een mooie dag voor Acme en voor Eindhoven."),
        ("en", "Big News For Our Whole Team"),
        # not facts at all
        ("en", "1. Ship small\n2. Ask early\nhttps://acme.example/2026/5000"),
        ("en", "What I learned: 1) Plan early. 2) Trust people. 3) Celebrate."),
        ("en", "A few hundred people came, and several 100s more watched online."),
        ("nl", "Er kwamen een paar honderd mensen."),
        ("en", "Big shout-out to our Operations and HR teams, who worked through the Christmas break."),
        ("en", "This is HUGE news. Thank you Acme! Dear Network, Q1 was wild. Happy Friday!"),
        ("nl", "Fijne Kerst alvast, en dank aan Brabant. Beste Netwerk, tot maandag!"),
        ("en", "COVID-19 and 5G changed the 1990s playbook. #1 in 24/7 service. #Acme2030"),
    ],
)
def test_a_fact_from_the_story_or_notes_is_not_flagged(source: FactSource, language: str, post: str) -> None:
    assert check_facts(post, source, language) == []


@pytest.mark.parametrize(
    ("language", "post", "flagged", "kind", "hint"),
    [
        ("en", "A €3 million investment.", "€3 million", "money", "€2.5 million"),
        ("en", "A $2.5 million investment.", "$2.5 million", "money", "€2.5 million"),
        ("nl", "Een investering van 3 miljoen euro.", "3 miljoen euro", "money", "€2.5 million"),
        ("en", "It creates 150 jobs.", "150", "number", "120"),
        ("en", "We serve 2,500 customers.", "2,500", "number", "2,347"),
        ("en", "Revenue grew 45%.", "45%", "percent", "30%"),
        ("en", "Revenue grew forty percent.", "forty percent", "percent", "30%"),
        ("nl", "De omzet groeide vijftig procent.", "vijftig procent", "percent", "30%"),
        ("en", "120 jobs in 24 months.", "24 months", "duration", "18 months"),
        ("nl", "120 banen in twee jaar.", "twee jaar", "duration", "18 months"),
        ("en", "Training takes three weeks.", "three weeks", "duration", "two weeks"),
        ("en", "The plant opens on 14 March 2026.", "14 March 2026", "date", "12 March 2026"),
        ("nl", "De fabriek opent op 14-03-2026.", "14-03-2026", "date", "12 March 2026"),
        ("en", "Acme was founded in 1989.", "1989", "year", "1998"),
        ("en", "The new plant in Rotterdam is huge.", "Rotterdam", "name", ""),
        ("en", "Thanks to Piet Jansen for the tour.", "Piet Jansen", "name", ""),
        ("en", "The whole Acme Robotix team cheered.", "Acme Robotix", "name", "Acme Robotics"),
        ("nl", "Dank aan Piet Jansen voor de rondleiding.", "Piet Jansen", "name", ""),
        ("en", "The Rotterdam plant opens.", "Rotterdam", "name", ""),
        ("en", "Our CFO Maria García agrees.", "Maria García", "name", ""),
        ("en", "When I started, I was a small team in Veldhoven.", "Veldhoven", "name", "Eindhoven"),
    ],
)
def test_an_invented_fact_is_flagged_with_the_nearest_story_fact(
    language: str, post: str, flagged: str, kind: str, hint: str
) -> None:
    findings = check_facts(post, SOURCE_EN, language)
    assert [(post[f.start : f.end], f.kind, f.hint) for f in findings if f.start is not None] == [(flagged, kind, hint)]
    assert findings[0].severity == "warning"
    assert findings[0].check == "fact"


def test_the_hint_is_a_fact_of_the_same_kind() -> None:
    [finding] = check_facts("Revenue grew 35%.", SOURCE_NL, "en")
    assert finding.hint == "30 procent"


def test_every_occurrence_is_located() -> None:
    post = "150 jobs. Yes, 150 jobs."
    findings = check_facts(post, SOURCE_EN, "en")
    assert [(f.start, f.end) for f in findings] == [(0, 3), (15, 18)]


def test_without_a_story_every_checkable_fact_is_flagged() -> None:
    findings = check_facts("Acme Robotics hired 120 people in Eindhoven.", FactSource.of(""), "en")
    assert {f.kind for f in findings} == {"number", "name"}
