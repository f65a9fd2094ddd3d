"""Fact lock, second round: the classes of failure a blind evaluation set (bench/data/factlock-blind)
showed, each as a table of true restatements (never flagged) and inventions (flagged), English and
Dutch. Each story is short and made up for the table; the evaluation set itself is not used here.
"""

from __future__ import annotations

import functools
import tomllib

import pytest

from app.checks.facts import FactSource, check_facts


@functools.cache
def _source(story: str, notes: str) -> FactSource:
    return FactSource.of(story, notes)


def flagged(post: str, story: str, notes: str = "") -> list[str]:
    return [post[f.start : f.end] for f in check_facts(post, _source(story, notes)) if f.start is not None]


# --- Times of day as people write them: "5 uur 's ochtends", "10-16 uur", "05.00" -----------------

HOURS_NL = "De stalling is elke dag open van 05.00 tot 01.00 uur. De open dag is van 10.00 tot 16.00 uur."
HOURS_EN = "The hotline is open from 8 a.m. to 8 p.m. The museum closes at 17:30."


@pytest.mark.parametrize(
    ("story", "post"),
    [
        (HOURS_NL, "Open van 5 uur 's ochtends tot 1 uur 's nachts."),
        (HOURS_NL, "Open van 05:00 tot 01:00."),
        (HOURS_NL, "Open dag: 10-16 uur."),
        (HOURS_NL, "Open dag van 10 tot 16 uur."),
        (HOURS_NL, "Open dag: 10:00–16:00."),
        (HOURS_NL, "De open dag duurt tot 4 uur 's middags."),
        (HOURS_EN, "Call us 8am–8pm."),
        (HOURS_EN, "Call us from 8 in the morning to 8 in the evening."),
        (HOURS_EN, "The museum closes at 5:30 p.m."),
        (HOURS_EN, "The museum closes at 5:30."),  # a 12-hour clock without a.m. or p.m.
    ],
)
def test_a_time_of_day_in_another_form_is_not_flagged(story: str, post: str) -> None:
    assert flagged(post, story) == []


@pytest.mark.parametrize(
    ("story", "post", "flags"),
    [
        (HOURS_NL, "Open van 6 uur 's ochtends tot 1 uur 's nachts.", ["6 uur 's ochtends"]),
        (HOURS_NL, "Open dag: 10-17 uur.", ["17"]),  # 17:00 is no 05.00
        (HOURS_NL, "Open van 17.00 tot 01.00 uur.", ["17.00"]),
        (HOURS_NL, "Open tot 11 uur 's avonds.", ["11 uur 's avonds"]),
        (HOURS_NL, "Open van 06.00 tot 01.00 uur.", ["06.00"]),
        (HOURS_NL, "Het duurt 2 tot 3 uur.", ["2", "3 uur"]),  # durations, not times the story gives
        (HOURS_EN, "Call us 9am–8pm.", ["9am"]),
        (HOURS_EN, "Call us until 11 at night.", ["11 at night"]),
    ],
)
def test_another_time_of_day_is_flagged(story: str, post: str, flags: list[str]) -> None:
    assert flagged(post, story) == flags


# --- One unit for two figures: "from 2.8 to 1.4 million m³", "the other 45" ------------------------

SHARED_NL = (
    "De brouwerij gebruikte 1,4 miljoen kubieke meter aardgas, tegen 2,8 miljoen in 2019. De voorraad daalde "
    "tot 96 dagen, van 131 dagen eind juni. Velora verwacht een omzet van 330 tot 345 miljoen euro."
)
SHARED_EN = (
    "Northwind shareholders will own 55% and Carrow shareholders 45%. Staff turnover fell from 28% to 11%. "
    "The grant is worth between €2 million and €3 million. Stock fell from 131 days to 96 days."
)


@pytest.mark.parametrize(
    ("story", "post"),
    [
        (SHARED_NL, "Van 2,8 naar 1,4 miljoen m³ aardgas!"),
        (SHARED_NL, "Onze voorraad ging van 131 naar 96 dagen."),
        (SHARED_NL, "Onze voorraad ging van 131 naar\n96 dagen."),
        (SHARED_NL, "Wij verwachten 330 à 345 miljoen."),
        (SHARED_NL, "Een omzet tussen de 330 en 345 miljoen euro."),
        (SHARED_EN, "Northwind gets 55 per cent, Carrow the other 45."),
        (SHARED_EN, "Turnover went from 28 to 11 per cent."),
        (SHARED_EN, "A grant of €2-3 million."),
        (SHARED_EN, "Between 2 and 3 million euros."),
        (SHARED_EN, "Stock went from 131 to 96 days."),
    ],
)
def test_a_figure_sharing_the_next_ones_unit_is_read_with_it(story: str, post: str) -> None:
    assert flagged(post, story) == []


@pytest.mark.parametrize(
    ("story", "post", "flags"),
    [
        (SHARED_NL, "Van 2,6 naar 1,4 miljoen m³ aardgas!", ["2,6"]),
        (SHARED_NL, "Onze voorraad ging van 113 naar 96 dagen.", ["113"]),
        (SHARED_NL, "Wij verwachten 330 à 354 miljoen.", ["354 miljoen"]),
        (SHARED_EN, "Northwind gets 55 per cent, Carrow the other 40.", ["40"]),
        (SHARED_EN, "Turnover went from 29 to 11 per cent.", ["29"]),
        (SHARED_EN, "A grant of €2-4 million.", ["4 million"]),
        (SHARED_EN, "Stock went from 131 to 69 days.", ["69 days"]),
    ],
)
def test_a_wrong_figure_sharing_a_unit_is_flagged(story: str, post: str, flags: list[str]) -> None:
    assert flagged(post, story) == flags


# --- What a count counts: names before the noun, compounds, capacities, "people" ------------------

COUNTED_EN = (
    "More than 140 Meridian Insurance employees ran the race. Last year 96 colleagues took part. "
    "The Jaarbeurs hall welcomed 400 visitors, and 35 patients joined the walk. The car park has room "
    "for 1,200 cars, of which 80 are for electric cars."
)
COUNTED_NL = (
    "De stalling biedt plaats aan 5.600 fietsen, waarvan 400 plekken voor bakfietsen. Het station heeft "
    "in totaal bijna 12.000 fietsparkeerplaatsen. De dag trok ruim 400 bezoekers; de drukste sessie had 180 "
    "toehoorders. Er werken 870 mensen."
)


@pytest.mark.parametrize(
    ("story", "post"),
    [
        (COUNTED_EN, "140+ colleagues ran, up from 96 last year."),
        (COUNTED_EN, "More than a hundred and forty of our people ran."),
        (COUNTED_EN, "400 people came to the Jaarbeurs."),  # people: the story's visitors
        (COUNTED_EN, "35 people joined the walk."),
        (COUNTED_EN, "Room for 1,200 cars: 1,200 parking spaces."),
        (COUNTED_NL, "5600 plekken, waarvan 400 voor bakfietsen."),
        (COUNTED_NL, "Bijna twaalfduizend plekken voor fietsers in totaal."),
        (COUNTED_NL, "Ruim 400 mensen kwamen naar de dag."),
        (COUNTED_NL, "Er werken 870 collega's."),
    ],
)
def test_a_count_is_read_with_what_it_counts(story: str, post: str) -> None:
    assert flagged(post, story) == []


@pytest.mark.parametrize(
    ("story", "post", "flags"),
    [
        (COUNTED_EN, "140 Meridian Insurance patients ran the race.", ["140"]),
        (COUNTED_EN, "35 colleagues joined the walk.", ["35"]),  # the patients were no colleagues
        (COUNTED_EN, "Room for 1,280 cars.", ["1,280"]),  # no sum of a total and its part
        (COUNTED_EN, "400 patients joined the walk.", ["400"]),  # the visitors were no patients
        (COUNTED_NL, "5.400 plekken in de stalling.", ["5.400"]),
        (COUNTED_NL, "Bijna dertienduizend fietsparkeerplaatsen.", ["dertienduizend"]),  # 12.000 + 400 is no total
        (COUNTED_NL, "Er werken 870 bezoekers.", ["870"]),  # the story's people are its staff
        (COUNTED_NL, "Ruim 500 bezoekers.", ["500"]),  # 400 visitors and 180 listeners are no 580 visitors
    ],
)
def test_a_count_of_another_thing_is_flagged(story: str, post: str, flags: list[str]) -> None:
    assert flagged(post, story) == flags


# --- Dates: "Jan 2025", "the 21st", "13-09", "ma t/m vr", "seven days a week" --------------------

DATES_EN = (
    "Kettles sold between March 2023 and January 2024 are recalled. Enrolment starts in January 2025. "
    "The update rolls out from Tuesday, October 7; the desktop app follows on October 21. The hotline is "
    "open every day."
)
DATES_NL = (
    "De open dag is op zaterdag 13 september. De stalling opent op maandag 3 februari en is elke dag "
    "open. De winkel is open van maandag tot en met vrijdag."
)


@pytest.mark.parametrize(
    ("story", "post"),
    [
        (DATES_EN, "Sold from March '23 to Jan '24."),
        (DATES_EN, "Enrolment opens in Jan 2025."),
        (DATES_EN, "Rolling out from Tue 7 Oct; desktop on the 21st."),
        (DATES_EN, "Desktop follows by the 21st."),
        (DATES_EN, "The hotline is open seven days a week."),
        (DATES_EN, "Open 7 days a week."),
        (DATES_EN, "Big news in the 21st century: I learn something every day."),  # no dates at all
        (DATES_NL, "Open dag op 13-09."),
        (DATES_NL, "Open dag: za 13/9."),
        (DATES_NL, "Opening: ma 3/2."),
        (DATES_NL, "De stalling is zeven dagen per week open."),
        (DATES_NL, "De winkel: ma t/m vr open."),
        (DATES_NL, "De winkel is open van maandag t/m vrijdag, ma-vr dus."),
    ],
)
def test_a_date_in_another_short_form_is_not_flagged(story: str, post: str) -> None:
    assert flagged(post, story) == []


@pytest.mark.parametrize(
    ("story", "post", "flags"),
    [
        (DATES_EN, "Sold until Feb '24.", ["Feb '24"]),
        (DATES_EN, "Enrolment opens in Jan 2026.", ["Jan 2026"]),
        (DATES_EN, "Desktop on the 22nd.", ["the 22nd"]),
        (DATES_EN, "The hotline is open five days a week.", ["five days a week"]),
        (DATES_EN, "The hotline is open Monday to Friday.", ["Monday to Friday"]),
        (DATES_NL, "Open dag op 14-09.", ["14-09"]),
        (DATES_NL, "Opening: di 3/2.", ["di 3/2"]),
        (DATES_NL, "De stalling is zes dagen per week open.", ["zes dagen per week"]),
        (DATES_NL, "De winkel: ma t/m zo open.", ["ma t/m zo"]),
        (DATES_NL, "De winkel is open van dinsdag tot en met vrijdag.", ["dinsdag tot en met vrijdag"]),
    ],
)
def test_another_date_in_a_short_form_is_flagged(story: str, post: str, flags: list[str]) -> None:
    assert flagged(post, story) == flags


# --- Ordinals and list counts: "de 1.000e dag", "came third", "38:12", "3 things I love" ----------

ORDINALS_EN = (
    "The fastest runner finished in 38 minutes and 12 seconds; the slowest in 1 hour, 2 minutes and 33 "
    "seconds. Halden came second in the Sustainable Business category. The plant has run 1,000 days "
    "without an accident. Ledgerly fixed 212 bugs."
)
ORDINALS_NL = (
    "De fabriek draait 1.000 dagen zonder verzuimongeval. Het team eindigde als tweede in de landelijke "
    "competitie. Het bedrijf bestaat 25 jaar."
)


@pytest.mark.parametrize(
    ("story", "post"),
    [
        (ORDINALS_EN, "An incredible 38:12 for the fastest runner."),
        (ORDINALS_EN, "The slowest of us took 1:02:33, and it still counts."),
        (ORDINALS_EN, "We came second for Sustainable Business."),
        (ORDINALS_EN, "We finished 2nd for Sustainable Business."),
        (ORDINALS_EN, "Today is our 1,000th day without an accident."),
        (ORDINALS_EN, "3 things I love about this release: speed, calm, the team."),
        (ORDINALS_EN, "Five lessons from 212 fixed bugs."),
        (ORDINALS_NL, "Vandaag de 1.000e dag zonder verzuimongeval!"),
        (ORDINALS_NL, "We werden tweede in de competitie."),
        (ORDINALS_NL, "Ons 25e jaar!"),
        (ORDINALS_NL, "Drie dingen die ik leerde, en 4 tips voor jou."),
    ],
)
def test_an_ordinal_or_a_list_count_that_restates_the_story_is_not_flagged(story: str, post: str) -> None:
    assert flagged(post, story) == []


@pytest.mark.parametrize(
    ("story", "post", "flags"),
    [
        (ORDINALS_EN, "An incredible 36:12 for the fastest runner.", ["36:12"]),
        (ORDINALS_EN, "We came third for Sustainable Business.", ["third"]),
        (ORDINALS_EN, "We ranked 4th for Sustainable Business.", ["4th"]),
        (ORDINALS_EN, "Today is our 1,100th day without an accident.", ["1,100th"]),
        (ORDINALS_NL, "Vandaag de 1.001e dag zonder verzuimongeval!", ["1.001e"]),
        (ORDINALS_NL, "We eindigden als derde in de competitie.", ["derde"]),
        (ORDINALS_NL, "Ons 30e jaar!", ["30e"]),
    ],
)
def test_a_changed_ordinal_is_flagged(story: str, post: str, flags: list[str]) -> None:
    assert flagged(post, story) == flags


def test_a_list_count_is_a_claim_where_the_story_counts_the_same_things() -> None:
    story = "The report names three lessons for the sector."
    assert flagged("Three lessons for the sector.", story) == []
    assert flagged("Four lessons for the sector.", story) == ["Four"]


# --- Names: wrapped lines, acronyms, prefixes, legal forms, towns with their state -----------------

NAMES_EN = (
    "ANN ARBOR, Mich. — A team at the University of Michigan has received a grant from the National Institutes\n"
    "of Health to study fatigue after COVID-19. The deal needs approval from the European Commission. "
    "Helen Marsh, managing director of BrightHome UK, apologised. Acme Robotics AS and Harbor Freight Lines "
    "Inc. signed it."
)
NAMES_NL = (
    "Het nieuws kwam van de Rijksdienst voor Ondernemend Nederland en van hoogleraar Mirjam van Dijk, die samen\n"
    "met Koninklijke Philips N.V. werkt. Het winnende team kwam van de Hogeschool Utrecht."
)


@pytest.mark.parametrize(
    ("story", "post"),
    [
        (NAMES_EN, "A new National Institutes of Health award for U-M!"),
        (NAMES_EN, "The NIH backs research into post-COVID fatigue. Pre-COVID, nobody asked."),
        (NAMES_EN, "It closes once the EC has said yes."),
        (NAMES_EN, "As Helen Marsh put it: we are sorry. As Helen said, sorry."),
        (NAMES_EN, "Acme Robotics signed, and so did Harbor Freight Lines."),
        (NAMES_EN, "Our team in Ann Arbor, Michigan, is thrilled."),
        (NAMES_NL, "Dank aan de RVO en aan Mirjam van Dijk."),
        (NAMES_NL, "Samen met Philips, en met studenten van de HU."),
        (NAMES_NL, "Als Mirjam het zegt, klopt het."),
    ],
)
def test_a_name_of_the_story_in_another_form_is_not_flagged(story: str, post: str) -> None:
    assert flagged(post, story) == []


@pytest.mark.parametrize(
    ("story", "post", "flags"),
    [
        (NAMES_EN, "A new National Institutes of Wealth award.", ["National Institutes of Wealth"]),
        (NAMES_EN, "Our team in Ann Arbor, Ohio, is thrilled.", ["Ann Arbor, Ohio"]),
        (NAMES_EN, "Research into post-Brexit fatigue.", ["post-Brexit"]),
        (NAMES_EN, "As Helen Reyes put it: we are sorry.", ["Helen Reyes"]),
        (NAMES_EN, "Once the SEC has said yes.", ["SEC"]),
        (NAMES_NL, "Dank aan de KvK en aan Mirjam van Dijk.", ["KvK"]),
        (NAMES_NL, "Samen met Koninklijke Shell N.V.", ["Koninklijke Shell N.V."]),
    ],
)
def test_an_invented_name_in_those_forms_is_flagged(story: str, post: str, flags: list[str]) -> None:
    assert flagged(post, story) == flags


# --- House numbers in streets without a street word: "aan de Esp 120" ----------------------------

ADDRESS_NL = "De open dag is in de fabriek aan de Esp 120 in Eindhoven. Er komen 150 technici bij."
ADDRESS_EN = "The new office is at Kerkbrink 12, Hilversum. We hire 40 engineers."


@pytest.mark.parametrize(
    ("story", "post"),
    [
        (ADDRESS_NL, "Kom langs: Esp 120 in Eindhoven. We zoeken 150 technici!"),
        (ADDRESS_NL, "Open dag aan de Esp 120."),
        (ADDRESS_EN, "Find us at Kerkbrink 12 in Hilversum: 40 engineers wanted."),
    ],
)
def test_a_house_number_is_read_as_one(story: str, post: str) -> None:
    assert flagged(post, story) == []


@pytest.mark.parametrize(
    ("story", "post", "flags"),
    [
        (ADDRESS_NL, "We zoeken 120 nieuwe technici.", ["120"]),  # the house number is no count
        (ADDRESS_NL, "Open dag aan de Esp 102.", ["102"]),
        (ADDRESS_EN, "We hire 12 engineers.", ["12"]),
        (ADDRESS_EN, "Find us at Kerkbrink 21, Hilversum.", ["21"]),
    ],
)
def test_a_house_number_backs_no_count_and_a_wrong_one_is_flagged(story: str, post: str, flags: list[str]) -> None:
    assert flagged(post, story) == flags


# --- Towns at the start of a sentence: "Lansing is next", "Zeist krijgt een vestiging" -------------

TOWNS_EN = "The study runs in Ann Arbor, Detroit and Toledo. Proud of the team."
TOWNS_NL = "De bakkerij opent een winkel in Amersfoort. Leiden volgt later."


@pytest.mark.parametrize(
    ("story", "post"),
    [
        (TOWNS_EN, "Reading the news made my day. Simmering excitement! Eureka, it runs in Detroit."),
        (TOWNS_EN, "Toledo is part of it. Lakeside chats next week? Best team ever."),
        (TOWNS_NL, "Best nieuws! Echt waar. Leiden volgt. Amersfoort eerst."),
        (TOWNS_NL, "Houten banken in de winkel, en goes it. Kampen vol energie."),
    ],
)
def test_an_ordinary_word_that_is_also_a_town_opens_a_sentence_as_a_word(story: str, post: str) -> None:
    assert flagged(post, story) == []


@pytest.mark.parametrize(
    ("story", "post", "flags"),
    [
        (TOWNS_EN, "Lansing is the next site.", ["Lansing"]),
        (TOWNS_EN, "Leeds joins next year.", ["Leeds"]),
        (TOWNS_EN, "Kettering is where I grew up.", ["Kettering"]),
        (TOWNS_NL, "Zeist krijgt de volgende winkel.", ["Zeist"]),
        (TOWNS_NL, "Veenendaal volgt daarna.", ["Veenendaal"]),
        (TOWNS_NL, "Roeselare is de eerste buiten Nederland.", ["Roeselare", "Nederland"]),
    ],
)
def test_a_town_the_story_does_not_name_is_flagged_at_the_start_of_a_sentence(
    story: str, post: str, flags: list[str]
) -> None:
    assert flagged(post, story) == flags


def test_the_town_list_holds_towns_and_no_common_words() -> None:
    from app.checks.lexicon import towns
    from tests.app.checks.make_places import ORDINARY, TARGET

    lines = str(tomllib.loads(TARGET.read_text(encoding="utf-8"))["towns"]).split()
    assert lines == sorted(set(lines)) and all(line == line.casefold() for line in lines)
    assert {"lansing", "zeist", "veenendaal", "doncaster", "kettering"} <= towns()
    assert not {"bath", "best", "reading", "nice", "leiden", "houten", "simmering", "eureka"} & towns()
    assert not ORDINARY & towns()


# --- A date of another event: "412 dagen, in 2018" where 2018 is the notes' year -----------------

EVENTS_EN = (
    "The four-day week was introduced in 2022, and the apprenticeship scheme has trained 75 apprentices "
    "since 2019. In the third quarter of 2024 revenue rose to €84.6 million. Stock fell to 96 days at the "
    "end of June."
)
EVENTS_EN_NOTES = "I started as an apprentice in 2020."
EVENTS_NL = (
    "Het vorige record was 412 dagen, in 2019. Sinds 2021 investeerde de fabriek ongeveer 2,5 miljoen euro. "
    "In het derde kwartaal van 2024 was de omzet 84,6 miljoen euro."
)
EVENTS_NL_NOTES = "Ik zit sinds 2018 in ploeg C. Wij volgden de training in maart 2021."


@pytest.mark.parametrize(
    ("story", "notes", "post"),
    [
        (EVENTS_EN, EVENTS_EN_NOTES, "I started as an apprentice in 2020; the scheme has trained 75 apprentices since 2019."),
        (EVENTS_EN, EVENTS_EN_NOTES, "I joined in 2020. Since then the scheme trained 75 apprentices."),  # two sentences
        (EVENTS_EN, EVENTS_EN_NOTES, "Revenue of €84.6 million in Q3 2024, and a four-day week since '22."),
        (EVENTS_EN, EVENTS_EN_NOTES, "This summer revenue hit €84.6 million."),  # summer and Q3 overlap
        (EVENTS_EN, EVENTS_EN_NOTES, "75 apprentices, a four-day week since 2022 and €84.6 million in Q3."),
        (EVENTS_NL, EVENTS_NL_NOTES, "Sinds 2021 ongeveer €2,5 mln geïnvesteerd; wij trainden als eerste, in maart '21."),
        (EVENTS_NL, EVENTS_NL_NOTES, "Toen ik in 2018 begon, was 412 dagen nog ver weg: dat record kwam in 2019."),
        (EVENTS_NL, EVENTS_NL_NOTES, "Omzet in het derde kwartaal: 84,6 miljoen."),
    ],
)
def test_a_date_that_goes_with_its_figure_is_not_flagged(story: str, notes: str, post: str) -> None:
    assert flagged(post, story, notes) == []


@pytest.mark.parametrize(
    ("story", "notes", "post", "flags"),
    [
        (EVENTS_EN, EVENTS_EN_NOTES, "The scheme has trained 75 apprentices since 2020.", ["2020"]),
        (EVENTS_EN, EVENTS_EN_NOTES, "In the second quarter revenue rose to €84.6 million.", ["second quarter"]),
        (EVENTS_EN, EVENTS_EN_NOTES, "In spring 2024 revenue rose to €84.6 million.", ["spring 2024"]),
        (EVENTS_NL, EVENTS_NL_NOTES, "Het vorige record was 412 dagen, in 2018.", ["2018"]),
        (EVENTS_NL, EVENTS_NL_NOTES, "In het tweede kwartaal was de omzet 84,6 miljoen euro.", ["tweede kwartaal"]),
        (EVENTS_NL, EVENTS_NL_NOTES, "Sinds 2018 investeerden we ongeveer 2,5 miljoen euro.", ["2018"]),
    ],
)
def test_a_date_of_another_event_next_to_a_figure_is_flagged(story: str, notes: str, post: str, flags: list[str]) -> None:
    assert flagged(post, story, notes) == flags


# --- Counts of time, ages, -s nouns and short names (fresh set) ------------------------------------

MIXED_EN = (
    "Staff gave a combined 3,200 hours to 48 charities. Everyone gets two paid volunteer days a year. "
    "Graham McLeod, 64, is retiring after 11 years; Priscilla Obi, 47, takes over. The bank employs 1,100 people."
)
MIXED_NL = (
    "Drukkerij Hendriks bestaat 75 jaar. Opa Piet begon in 1950 met één handpers. Kleindochter Lotte Hendriks (41) leidt de drukkerij, die 75 "
    "jaar bestaat en 48 medewerkers heeft. Het lab komt op de campus in Eindhoven."
)


@pytest.mark.parametrize(
    ("story", "post"),
    [
        (MIXED_EN, "3,200 volunteer hours for 48 charities."),
        (MIXED_EN, "Two paid days a year to volunteer."),
        (MIXED_EN, "Graham (64) retires; Priscilla, 47, takes over."),
        (MIXED_NL, "Driekwart eeuw Drukkerij Hendriks!"),
        (MIXED_NL, "75 jaar, en Lotte is 41 jaar."),
        (MIXED_NL, "Het begon met één handpers."),
    ],
)
def test_hours_ages_and_centuries_in_other_words_are_not_flagged(story: str, post: str) -> None:
    assert flagged(post, story) == []


@pytest.mark.parametrize(
    ("story", "post", "flags"),
    [
        (MIXED_EN, "3,400 volunteer hours for 48 charities.", ["3,400"]),
        (MIXED_EN, "The bank employs 64 people.", ["64"]),  # an age is no count
        (MIXED_NL, "Een halve eeuw Drukkerij Hendriks!", ["Een halve eeuw"]),
        (MIXED_NL, "Het familiebedrijf heeft 41 medewerkers.", ["41"]),
        (MIXED_NL, "Piet begon met twee handpersen.", ["twee"]),
        (MIXED_NL, "Delft krijgt het volgende lab.", ["Delft"]),  # not "de" with an ending
    ],
)
def test_a_changed_count_of_time_an_age_as_a_count_or_a_short_town_is_flagged(
    story: str, post: str, flags: list[str]
) -> None:
    assert flagged(post, story) == flags


# --- Names written as a list, a Title Case phrase or a short form (fresh set) ---------------------

FORMS_EN = (
    "Fernwood scored 104.6 points on B Lab's impact assessment. It buys from farms in Colombia, Ethiopia and Peru. "
    "The company was founded by siblings Tom and Eleanor Price; Procter & Gamble is a customer."
)
FORMS_NL = (
    "De Technische Universiteit Eindhoven (TU/e) en Lumina openen een lab. Het Universitair Ziekenhuis Gent "
    "en de Hogeschool van Amsterdam zijn klant."
)


@pytest.mark.parametrize(
    ("story", "post"),
    [
        (FORMS_EN, "Scored 104.6 on the B Impact Assessment."),
        (FORMS_EN, "Direct from farms in Colombia, Ethiopia & Peru."),
        (FORMS_EN, "Procter & Gamble buys our coffee."),
        (FORMS_NL, "Samen met de TU Eindhoven, en het UZ Gent is klant."),
        (FORMS_NL, "De HvA is klant."),
    ],
)
def test_a_story_name_in_a_list_phrase_or_short_form_is_not_flagged(story: str, post: str) -> None:
    assert flagged(post, story) == []


@pytest.mark.parametrize(
    ("story", "post", "flags"),
    [
        (FORMS_EN, "Scored 104.6 on the B Carbon Assessment.", ["B Carbon Assessment"]),
        (FORMS_EN, "Direct from farms in Colombia, Ethiopia & Kenya.", ["Ethiopia & Kenya"]),
        (FORMS_EN, "Founded by Eleanor Tom.", ["Eleanor Tom"]),
        (FORMS_EN, "Procter & Colombia buys our coffee.", ["Procter & Colombia"]),
        (FORMS_NL, "Samen met de TU Delft.", ["TU Delft"]),
        (FORMS_NL, "Het AZ Gent is klant.", ["AZ Gent"]),
    ],
)
def test_an_invented_name_in_those_forms_is_flagged_too(story: str, post: str, flags: list[str]) -> None:
    assert flagged(post, story) == flags


def test_first_names_joined_by_an_ampersand_are_the_story_people() -> None:
    assert flagged("Founded by Tom & Eleanor.", FORMS_EN) == []


@pytest.mark.parametrize(
    ("post", "flags"),
    [
        ("Tot zaterdag de 13e!", []),
        ("See you on Saturday the 13th.", []),
        ("Vanaf de 13e zijn we open.", []),
        ("We werden de 2e in de competitie.", ["2e"]),  # a rank, no date, and one the story does not give
        ("Tot zondag de 13e!", ["zondag de 13e"]),
        ("Tot zaterdag de 14e!", ["zaterdag de 14e"]),
        ("See you on the 14th.", ["the 14th"]),
    ],
)
def test_a_day_of_the_month_with_its_article(post: str, flags: list[str]) -> None:
    assert flagged(post, "Het feest is op zaterdag 13 september.") == flags


# --- A story figure that is rounded already is not rounded again -----------------------------------

ROUNDED_EN = "The wind team grew to about 900 people. Some 48,000 kettles are recalled. The plant has 2,347 staff."
ROUNDED_NL = "Het team groeide tot ongeveer 900 mensen. Zo'n 48.000 waterkokers worden teruggeroepen."


@pytest.mark.parametrize(
    ("story", "post", "flags"),
    [
        (ROUNDED_EN, "Our wind team: roughly 900 people.", []),
        (ROUNDED_EN, "Nearly 50,000 kettles are recalled.", []),
        (ROUNDED_EN, "Around 48k kettles.", []),
        (ROUNDED_EN, "About 2,300 staff.", []),  # an exact figure may be rounded
        (ROUNDED_EN, "Our wind team: about 1,000 people.", ["1,000"]),
        (ROUNDED_EN, "About 45,000 kettles are recalled.", ["45,000"]),
        (ROUNDED_NL, "Het team: zo'n 900 mensen, bijna 50.000 waterkokers.", []),
        (ROUNDED_NL, "Het team: ongeveer duizend mensen.", ["duizend"]),
    ],
)
def test_a_figure_the_story_rounds_already_is_not_rounded_further(story: str, post: str, flags: list[str]) -> None:
    assert flagged(post, story) == flags


# --- A town in the wrong country or state: "Brugge, Nederland" ------------------------------------

REGIONS_EN = "We work for AZ Sint-Jan in Brugge and for a hospital in Ann Arbor. Our office is in Zeist."


@pytest.mark.parametrize(
    ("post", "flags"),
    [
        ("AZ Sint-Jan in Brugge, België, is a client.", []),
        ("AZ Sint-Jan in Brugge, Belgium, is a client.", []),
        ("A hospital in Ann Arbor, Michigan.", []),
        ("Our office in Zeist, Nederland.", []),  # the story need not name the country
        ("AZ Sint-Jan in Brugge, Nederland, is a client.", ["Brugge, Nederland"]),
        ("A hospital in Ann Arbor, Ohio.", ["Ann Arbor, Ohio"]),
        ("Our office in Zeist, Belgium.", ["Zeist, Belgium"]),
    ],
)
def test_a_town_is_checked_against_the_country_or_state_it_lies_in(post: str, flags: list[str]) -> None:
    assert flagged(post, REGIONS_EN) == flags


def test_the_town_regions_use_region_names_a_post_uses() -> None:
    from app.checks.lexicon import town_regions

    regions = town_regions()
    assert {"belgium", "belgië"} <= regions.of_town["brugge"]
    assert "michigan" in regions.of_town["ann arbor"] and "scotland" in regions.of_town["aberdeen"]
    assert "nederland" in regions.names and "ohio" in regions.names
