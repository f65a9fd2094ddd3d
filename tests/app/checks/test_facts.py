"""Fact lock: a fact the story has, in any form, is never flagged; an invented or changed one always is.

Table-driven, in English and Dutch, for every class issue 12 names: true restatements (left) and
inventions (right) side by side, so a rule that lets too much through or flags too much fails here.
"""

from __future__ import annotations

import pytest

from app.checks.facts import FactSource, check_facts
from tests.app.checks.stories import NEWS_EN, NEWS_NL, NOTES, STORY_EN, STORY_NL

SOURCE_EN = FactSource.of(STORY_EN, NOTES)
SOURCE_NL = FactSource.of(STORY_NL, NOTES)
NEWS = {"en": FactSource.of(NEWS_EN), "nl": FactSource.of(NEWS_NL)}


def flagged(post: str, source: FactSource, language: str = "") -> list[str]:
    return [post[f.start : f.end] for f in check_facts(post, source, language) if f.start is not None]


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
        ("en", "It all happens in March."),
        ("en", "It opens on Thursday, 12 March 2026."),  # the weekday of that date
        ("en", "It opens this spring."),  # March is spring
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
        ("en", "Training takes 14 days."),
        ("nl", "De training duurt 2 weken."),
        # counts with what they count, in other words and other languages
        ("en", "We serve 2,347 customers."),
        ("en", "We serve 2,347 clients."),
        ("nl", "We hebben 2.347 klanten."),
        ("en", "We serve over 2,000 customers."),
        ("en", "We serve about 2,300 customers."),
        ("en", "We serve nearly 2,400 customers."),
        ("nl", "We hebben ruim 2.300 klanten."),
        ("en", "120 new jobs."),
        ("nl", "120 nieuwe banen."),
        ("en", "We are hiring 120 new colleagues."),
        ("en", "More than 100 new jobs."),
        ("en", "The plant covers 12 000 square metres."),
        ("en", "The plant covers 12.000 m²."),
        ("en", "The plant covers 12,000 m2."),
        ("en", "The plant covers 1.2 hectares."),
        ("en", "The plant runs three shifts."),
        ("en", "The plant runs 3 shifts."),
        # years
        ("en", "Founded in 1998, opening in 2026."),
        ("en", "Founded in '98."),
        # small numbers in words are language unless the story counts the same thing
        ("en", "One of the best days. Two colleagues and I cheered."),
        ("nl", "Een van de mooiste dagen. Twee collega's juichten."),
        ("en", "A year ago I could not weld."),
        ("en", "Three things I learned this week."),
        # facts from the notes count
        ("en", "My team of 14 is ready."),
        ("en", "Thanks to Sanne for asking me."),
        # names in other forms
        ("en", "Proud of Acme's new plant."),
        ("en", "So proud of what Acme did in Eindhoven."),
        ("en", "Yesterday Acme Robotics opened."),
        ("en", "I talked to Jan de Vries and to Jan."),
        ("en", "De Vries has a plan. Bakker agrees."),
        ("en", "Our CEO has a plan for the Brabant region."),
        ("en", "Acme Robotics B.V. opens a plant."),
        ("en", "Acme's Eindhoven plant opens."),
        ("en", "Acme Eindhoven is hiring."),
        ("nl", "Een mooie dag voor Acme en voor Eindhoven."),
        ("nl", "Acme opent een fabriek. Eindhoven krijgt er 120 banen bij."),
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
        ("en", "A 2-minute read about our new plant."),
        ("nl", "Leestijd: 3 minuten. Over onze nieuwe fabriek."),
        ("en", "Every Monday we meet. Happy Friday, everyone!"),
    ],
)
def test_a_fact_from_the_story_or_notes_is_not_flagged(source: FactSource, language: str, post: str) -> None:
    assert flagged(post, source, language) == []


@pytest.mark.parametrize(
    ("language", "post", "flag", "kind", "hint"),
    [
        ("en", "A €3 million investment.", "€3 million", "money", "€2.5 million"),
        ("en", "A $2.5 million investment.", "$2.5 million", "money", "€2.5 million"),
        ("en", "About €3 million was invested.", "€3 million", "money", "€2.5 million"),
        ("nl", "Een investering van 3 miljoen euro.", "3 miljoen euro", "money", "€2.5 million"),
        ("en", "It creates 150 jobs.", "150", "count", "120"),
        ("en", "It creates 121 jobs.", "121", "count", "120"),
        ("en", "We serve 2,500 customers.", "2,500", "count", "2,347"),
        ("en", "We serve 120 customers.", "120", "count", "2,347"),  # the figure of the jobs
        ("en", "It creates 2,347 jobs.", "2,347", "count", "120"),  # the figure of the customers
        ("en", "Revenue grew 45%.", "45%", "percent", "30%"),
        ("en", "Revenue grew forty percent.", "forty percent", "percent", "30%"),
        ("nl", "De omzet groeide vijftig procent.", "vijftig procent", "percent", "30%"),
        ("en", "Revenue grew 14%.", "14%", "percent", "30%"),  # a count of the story, not a percentage
        ("en", "120 jobs in 24 months.", "24 months", "duration", "18 months"),
        ("nl", "120 banen in twee jaar.", "twee jaar", "duration", "18 months"),
        ("en", "Training takes three weeks.", "three weeks", "duration", "two weeks"),
        ("en", "The plant opens on 14 March 2026.", "14 March 2026", "date", "12 March 2026"),
        ("nl", "De fabriek opent op 14-03-2026.", "14-03-2026", "date", "12 March 2026"),
        ("en", "The plant opens on 12 April 2026.", "12 April 2026", "date", "12 March 2026"),
        ("en", "The plant opens on Friday, 12 March 2026.", "Friday, 12 March 2026", "date", "12 March 2026"),
        ("en", "The plant opens this summer.", "summer", "date", "12 March 2026"),
        ("en", "Acme was founded in 1989.", "1989", "date", "1998"),
        ("en", "Acme was founded in '89.", "'89", "date", "1998"),
        ("en", "The plant covers 15,000 m².", "15,000 m²", "measure", "12,000 square metres"),
        ("en", "The plant covers 12,000 hectares.", "12,000 hectares", "measure", "12,000 square metres"),
        ("en", "The plant runs four shifts.", "four", "count", "3"),
        ("en", "The new plant in Rotterdam is huge.", "Rotterdam", "place", ""),
        ("en", "Thanks to Piet Jansen for the tour.", "Piet Jansen", "person", ""),
        ("en", "The whole Acme Robotix team cheered.", "Acme Robotix", "name", "Acme Robotics"),
        ("nl", "Dank aan Piet Jansen voor de rondleiding.", "Piet Jansen", "person", ""),
        ("en", "The Rotterdam plant opens.", "Rotterdam", "place", ""),
        ("en", "Our CFO Maria García agrees.", "Maria García", "person", ""),
        ("en", "When I started, I was a small team in Veldhoven.", "Veldhoven", "place", "Eindhoven"),
        ("en", "Thanks to Jan Bakker for the vision.", "Jan Bakker", "person", "Sanne Bakker"),
        ("en", "Maria organised the opening.", "Maria", "person", ""),
        ("nl", "Philips leverde de robots.", "Philips", "organisation", ""),
        ("en", "Lyon will get the next plant.", "Lyon", "place", ""),
    ],
)
def test_an_invented_fact_is_flagged_with_the_closest_story_fact_of_its_kind(
    language: str, post: str, flag: str, kind: str, hint: str
) -> None:
    findings = check_facts(post, SOURCE_EN, language)
    assert [(post[f.start : f.end], f.kind, f.hint) for f in findings if f.start is not None] == [(flag, kind, hint)]
    assert findings[0].severity == "warning"
    assert findings[0].check == "fact"


@pytest.mark.parametrize(
    ("language", "post"),
    [
        # news-style dates restated
        ("en", "On September 4th the move was announced."),
        ("en", "On 4 September the move was announced."),
        ("en", "On Sept 4 the move was announced."),
        ("en", "We move on 1 February 2027."),
        ("en", "We move on February 1st, 2027."),
        ("en", "We move on 01-02-2027."),
        ("en", "We move on Monday, 1 February 2027."),  # 1 Feb 2027 is a Monday
        ("en", "We move in February 2027."),
        ("en", "We move in early 2027."),
        ("en", "Founded in 1988 by Carla Jimenez."),
        ("en", "Since '88, we have grown."),
        # hedged figures and their rounding
        ("en", "We are around 70 people."),
        ("en", "We are about seventy people."),
        ("en", "Some 70 colleagues."),
        ("en", "Five terminals, 70 people."),
        # fractions and percentages
        ("en", "Roughly 67% of deliveries run on electric trucks."),
        ("en", "About 65% of deliveries are electric."),
        ("en", "Two thirds of our deliveries are electric."),
        # scale words
        ("en", "1.2 million deliveries a year."),
        ("en", "1.2m deliveries a year."),
        ("nl", "1,2 miljoen leveringen per jaar."),
        ("en", "1,200,000 deliveries a year."),
        # abbreviations and unit symbols for spelled-out words
        ("en", "Our new HQ is a DC in Salem. Our CFO Mark Olsen is proud."),
        ("en", "The roof produces 2.4 MW, about 3 million kWh a year."),
        ("en", "The roof produces 2.4MW."),
        ("en", "15 km less per trip, pallets of at most 800 kg, 12,000 m² of space."),
        ("en", "Pallets of 800kg, 15km less per trip."),
        # ordinals
        ("en", "The third time we move in ten years."),
        ("en", "The 3rd move in a decade."),
        # names: legal and short forms, places with their state
        ("en", "Harbor Freight Lines is moving."),
        ("en", "Harbor Freight moves to Salem, Oregon."),
        ("en", "Harbor Freight Lines Inc. moves. Jimenez started it."),
        ("en", "Salem will be our new home."),
        # times and durations
        ("en", "Doors open at 8am."),
        ("en", "A route takes three quarters of an hour."),
        ("en", "A route takes 45 min."),
    ],
)
def test_news_style_restatements_in_english_are_not_flagged(language: str, post: str) -> None:
    assert flagged(post, NEWS["en"], language) == []


@pytest.mark.parametrize(
    ("post", "flag"),
    [
        ("The move was announced on Sept. 5.", "Sept. 5"),
        ("The move was announced on 4 October.", "4 October"),
        ("The move was announced on September 4, 2026.", "September 4, 2026"),  # a year the story does not give
        ("We move on Tuesday, 1 February 2027.", "Tuesday, 1 February 2027"),
        ("We move on 1 February 2028.", "1 February 2028"),
        ("The move was announced on Wednesday.", "Wednesday"),
        ("We move in March.", "March"),
        ("We move this summer.", "summer"),
        ("Founded in '89 by Carla Jimenez.", "'89"),
        ("We are 71 people.", "71"),
        ("We are 69 people.", "69"),
        ("We are about 75 people.", "75"),
        ("We are about 80 people.", "80"),
        ("We are seventy-one people.", "seventy-one"),
        ("We operate six terminals.", "six"),
        ("We operate 6 terminals.", "6"),
        ("About three-quarters of deliveries are electric.", "three-quarters"),
        ("Roughly 75% of deliveries are electric.", "75%"),
        ("Half of our deliveries are electric.", "Half"),
        ("1.3 million deliveries a year.", "1.3 million"),
        ("1.5m deliveries a year.", "1.5m"),
        ("The roof produces 3.4 MW.", "3.4 MW"),
        ("The roof produces 2.4MWh.", "2.4MWh"),
        ("Pallets of 900kg.", "900kg"),
        ("Trucks drive 25 km less per trip.", "25 km"),
        ("The site covers 13,000 m².", "13,000 m²"),
        ("The fourth time we move in ten years.", "fourth"),
        ("Our new address is 4600 Mission Street.", "4600"),
        ("Doors open at 9 a.m.", "9 a.m."),
        ("A route takes 40 minutes.", "40 minutes"),
        ("Carla Olsen founded the company.", "Carla Olsen"),
        ("We move to Salem, Massachusetts.", "Salem, Massachusetts"),
        ("Portland, Maine is where it started.", "Portland, Maine"),
        ("Jenkins founded the company.", "Jenkins"),
        ("Boston will be our new home.", "Boston"),
    ],
)
def test_inventions_against_a_news_style_story_in_english_are_flagged(post: str, flag: str) -> None:
    assert flagged(post, NEWS["en"], "en") == [flag]


@pytest.mark.parametrize(
    "post",
    [
        "Zaterdag 4 september openen we ons nieuwe DC in Waalwijk!",
        "Op 4 sept. opent het nieuwe distributiecentrum.",
        "Sinds '88 groeien we. Els van Gelder begon in 1988.",
        "We zijn met zo'n 70 collega's en hebben ruim 3.000 klanten.",
        "Met ongeveer zeventig mensen en meer dan 3000 klanten.",
        "Meer dan 50% van de ritten is elektrisch.",
        "Meer dan de helft van onze ritten is elektrisch.",
        "Voor de derde keer verhuizen we.",
        "Het is drie keer raak: weer een verhuizing.",
        "8.500 m² aan de Industrieweg, voor €1,2 mln.",
        "Goed voor 900 kWh per dag.",
        "Van Gelder Logistiek B.V. groeit. De Wit is trots.",
        "Dit najaar volgt Breda.",
    ],
)
def test_dutch_restatements_are_not_flagged(post: str) -> None:
    assert flagged(post, NEWS["nl"], "nl") == []


@pytest.mark.parametrize(
    ("post", "flag"),
    [
        ("Zondag 4 september openen we ons nieuwe DC.", "Zondag 4 september"),
        ("Op 4 september 2025 opent het nieuwe DC.", "4 september 2025"),
        ("Op 4 oktober opent het nieuwe DC.", "4 oktober"),
        ("We zijn met ongeveer tachtig collega's.", "tachtig"),
        ("We zijn met 71 collega's.", "71"),
        ("We hebben meer dan vierduizend klanten.", "vierduizend"),
        ("Bijna driekwart van de ritten is elektrisch.", "driekwart"),
        ("Meer dan 60% van de ritten is elektrisch.", "60%"),
        ("Voor de vierde keer verhuizen we.", "vierde"),
        ("Het pand staat aan de Industrieweg 12.", "12"),
        ("Het pand kostte 1,5 miljoen euro.", "1,5 miljoen euro"),
        ("Goed voor 950kWh per dag.", "950kWh"),
        ("Het pand is 9.500 vierkante meter groot.", "9.500 vierkante meter"),
        ("Deze zomer volgt Breda.", "zomer"),
        ("Els de Wit begon het bedrijf.", "Els de Wit"),
        ("Philips leverde de zonnepanelen.", "Philips"),
        ("Volgend jaar volgt Eindhoven.", "Eindhoven"),
    ],
)
def test_dutch_inventions_are_flagged(post: str, flag: str) -> None:
    assert flagged(post, NEWS["nl"], "nl") == [flag]


def test_the_hint_is_a_fact_of_the_same_kind() -> None:
    [finding] = check_facts("Revenue grew 35%.", SOURCE_NL, "en")
    assert finding.hint == "30 procent"


def test_the_hint_for_a_measure_is_a_measure_not_a_count() -> None:
    [finding] = check_facts("The plant covers 15,000 m².", SOURCE_EN, "en")
    assert finding.hint == "12,000 square metres"


def test_every_occurrence_is_located() -> None:
    post = "150 jobs. Yes, 150 jobs."
    findings = check_facts(post, SOURCE_EN, "en")
    assert [(f.start, f.end) for f in findings] == [(0, 3), (15, 18)]


def test_without_a_story_every_checkable_fact_is_flagged() -> None:
    findings = check_facts("Acme Robotics hired 120 people in Eindhoven.", FactSource.of(""), "en")
    assert {f.kind for f in findings} == {"count", "organisation", "place"}


MERGER = FactSource.of(
    "Datavisie serves about 1,400 customers and has 38 stores. Klarwerk has 600 customers. "
    "Datavisie will open 14 new stores. Its flagship in Salt Lake City opens soon."
)


@pytest.mark.parametrize(
    ("post", "flags"),
    [
        ("Together we serve some 2,000 customers.", []),  # the sum of the story's two counts of customers
        ("Together we serve 2,600 customers.", ["2,600"]),
        ("We open 14 new stores and now have 38.", []),
        ("We open 38 new stores.", ["38"]),  # the stores it has are not the ones it adds
        ("Our flagship in Salt Lake City, Utah.", []),
        ("Our flagship in Salt Lake City, Colorado.", ["Salt Lake City, Colorado"]),  # the town is in Utah
    ],
)
def test_sums_new_counts_and_the_regions_of_towns(post: str, flags: list[str]) -> None:
    assert flagged(post, MERGER, "en") == flags


def test_a_bare_figure_in_the_story_backs_the_same_amount_with_a_currency() -> None:
    source = FactSource.of("The investment is 2.5 million, spread over three years.")
    assert flagged("A €2.5 million investment.", source, "en") == []
    assert flagged("A €3.5 million investment.", source, "en") == ["€3.5 million"]
