"""Fact lock, third round: the classes of failure a third blind evaluation set
(bench/data/factlock-round3) showed, each as a table of true restatements (never flagged) and
inventions (flagged), English and Dutch. Each story here is short and made up for the table; the
evaluation set itself is not used.
"""

from __future__ import annotations

import functools

import pytest

from app.checks.facts import FactSource, check_facts


@functools.cache
def _source(story: str, notes: str) -> FactSource:
    return FactSource.of(story, notes)


def flagged(post: str, story: str, notes: str = "") -> list[str]:
    return [post[f.start : f.end] for f in check_facts(post, _source(story, notes)) if f.start is not None]


# --- Money in any currency, and in pence and cents --------------------------------------------------

MONEY_EN = (
    "Nordhavn pays CHF 84 million (about SEK 1.0 billion) for the Zurich firm. Its sales were ¥3.2 billion "
    "and A$12m. Of every £1 donated, 88p goes to the projects."
)
MONEY_NL = "Het Zweedse bedrijf betaalt 84 miljoen Zwitserse frank. Een kop koffie kost 35 eurocent."


@pytest.mark.parametrize(
    ("story", "post"),
    [
        (MONEY_EN, "We're paying CHF 84m for them."),
        (MONEY_EN, "A price of 84 million Swiss francs, about 1 billion Swedish kronor."),
        (MONEY_EN, "Sales of 3.2 billion yen and AUD 12 million."),
        (MONEY_EN, "88 pence of every pound goes to the projects."),
        (MONEY_NL, "De prijs: CHF 84 mln."),
        (MONEY_NL, "Koffie voor 35 cent!"),
    ],
)
def test_money_in_other_currencies_and_minor_units_is_read(story: str, post: str) -> None:
    assert flagged(post, story) == []


@pytest.mark.parametrize(
    ("story", "post", "flags"),
    [
        (MONEY_EN, "We're paying €84 million for them.", ["€84 million"]),  # another currency
        (MONEY_EN, "A price of 84 million US dollars.", ["84 million US dollars"]),
        (MONEY_EN, "Sales of ¥3.5 billion.", ["¥3.5 billion"]),
        (MONEY_EN, "91p of every £1 goes to the projects.", ["91p"]),
        (MONEY_NL, "De prijs: 84 miljoen euro.", ["84 miljoen euro"]),
        (MONEY_NL, "Koffie voor 45 eurocent!", ["45 eurocent"]),
    ],
)
def test_another_currency_or_amount_is_flagged(story: str, post: str, flags: list[str]) -> None:
    assert flagged(post, story) == flags


# --- A financial or school year: "2023/24" = "2023-24" = "2023–2024" ---------------------------------

YEARS_EN = "The Harbour Trust's annual review 2023/24 is out."
YEARS_NL = "In het schooljaar 2024/2025 telt de school 812 leerlingen."


@pytest.mark.parametrize(
    ("story", "post"),
    [
        (YEARS_EN, "Our 2023-24 review is out."),
        (YEARS_EN, "In 2023–2024 we helped more people than ever."),
        (YEARS_EN, "Our review for 2023/24."),
        (YEARS_NL, "Schooljaar 2024-25: 812 leerlingen."),
        (YEARS_NL, "In 2024/25 telt de school 812 leerlingen."),
    ],
)
def test_a_two_year_period_in_another_form_is_not_flagged(story: str, post: str) -> None:
    assert flagged(post, story) == []


@pytest.mark.parametrize(
    ("story", "post", "flags"),
    [
        (YEARS_EN, "Our 2022-23 review is out.", ["2022"]),
        (YEARS_EN, "Our review for 2023/25.", ["25"]),
        (YEARS_NL, "Schooljaar 2025/26: 812 leerlingen.", ["26"]),
    ],
)
def test_another_two_year_period_is_flagged(story: str, post: str, flags: list[str]) -> None:
    assert flagged(post, story) == flags


# --- Shares: percentage points, "by a third", tenths, and a change is no level ----------------------

SHARES_EN = (
    "Punctuality rose to 91.4%, a rise of 6.7 percentage points. Cancellations fell by almost half. "
    "Sales grew by a quarter to £58m. The council funded 85% of the hall, and 40% of visitors are children."
)
SHARES_NL = (
    "De stiptheid steeg met 6,7 procentpunt tot 91,4 procent. De online omzet steeg met een kwart. "
    "Twee derde van de medewerkers werkt parttime. De gemeente betaalde 90 procent van de hal."
)


@pytest.mark.parametrize(
    ("story", "post"),
    [
        (SHARES_EN, "Punctuality is up 6.7 points, to 91.4%."),
        (SHARES_EN, "Up 6.7 percentage points!"),
        (SHARES_EN, "Cancellations nearly halved, down by almost 50%."),
        (SHARES_EN, "Sales up 25% to £58m."),
        (SHARES_EN, "The council paid for 85 per cent of the hall; two in five visitors are children."),
        (SHARES_NL, "Stiptheid +6,7 procentpunt."),
        (SHARES_NL, "Online groeiden we met 25%."),
        (SHARES_NL, "Ongeveer 67% van ons werkt parttime."),
        (SHARES_NL, "De gemeente betaalde negen op de tien euro."),
        (SHARES_NL, "De gemeente betaalde negen tiende van de hal."),
    ],
)
def test_a_share_in_other_words_is_not_flagged(story: str, post: str) -> None:
    assert flagged(post, story) == []


@pytest.mark.parametrize(
    ("story", "post", "flags"),
    [
        (SHARES_EN, "Punctuality rose by 6.7% in a year.", ["6.7%"]),  # points are no per cent
        (SHARES_EN, "Cancellations fell by a third.", ["a third"]),
        (SHARES_EN, "About half of our visitors are children.", ["half"]),  # a level, not the fall
        (SHARES_EN, "The council paid for nine-tenths of the hall.", ["nine-tenths"]),
        (SHARES_EN, "Sales grew by a tenth.", ["a tenth"]),
        (SHARES_NL, "De stiptheid steeg met 6,7 procent.", ["6,7 procent"]),
        (SHARES_NL, "De online omzet steeg met een derde tot 58 miljoen.", ["een derde", "58 miljoen"]),
        (SHARES_NL, "Een kwart van de medewerkers werkt parttime.", ["Een kwart"]),  # the growth, not a level
        (SHARES_NL, "De helft van de medewerkers werkt parttime.", ["De helft"]),
    ],
)
def test_a_share_of_another_figure_or_meaning_is_flagged(story: str, post: str, flags: list[str]) -> None:
    assert flagged(post, story) == flags


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Sales rose 38% last year.", "change"),
        ("Prices are 15% lower than in 2022.", "change"),
        ("De vraag is met 70% gestegen.", "change"),
        ("een stijging van bijna 9 procent", "change"),
        ("by 35 to 40 per cent", "change"),
        ("Commuters make up about 40% of passengers.", "level"),
        ("Punctuality rose to 91.4%.", "level"),
        ("38 procent van de verkopen", "level"),
        ("We have an 85% score.", ""),
    ],
)
def test_a_share_says_whether_it_is_a_change_or_a_level(text: str, role: str) -> None:
    from app.checks.quantities import PERCENT, find_quantities

    shares = [q for q in find_quantities(text) if q.kind == PERCENT]
    assert [q.change for q in shares][-1:] == [role]


# --- The story's own date: years of dates without one, "next year", the time until a date ----------

DATED_EN = (
    "MEMO\nDate: Thursday 7 November 2024\n\nOur lease ends on 31 January. Moving weekend: Friday 24 January to "
    "Sunday 26 January. The rest of the buses are due by the end of next year. Halden was founded in 2017."
)
DATED_NL = (
    "UTRECHT, maandag 2 september 2024 – We verhuizen in het weekend van 12 en 13 oktober; op maandag 14 oktober "
    "werken we in het nieuwe pand. Vorig jaar groeide het kantoor. Het bedrijf bestaat sinds 1994."
)


@pytest.mark.parametrize(
    ("story", "post"),
    [
        (DATED_EN, "Our lease ends on 31 January 2025."),
        (DATED_EN, "Moving weekend: 24–26 January 2025."),
        (DATED_EN, "We move on January 24-26."),
        (DATED_EN, "All buses by the end of 2025."),
        (DATED_EN, "Seven years after Halden was founded."),
        (DATED_EN, "We move in eleven weeks."),  # 78 days from the memo
        (DATED_NL, "Over zes weken zitten we in het nieuwe pand!"),
        (DATED_NL, "Verhuizen op 12–13 oktober 2024."),
        (DATED_NL, "In 2023 groeide het kantoor."),
        (DATED_NL, "Al dertig jaar een begrip."),
    ],
)
def test_a_date_read_from_the_story_date_is_not_flagged(story: str, post: str) -> None:
    assert flagged(post, story) == []


@pytest.mark.parametrize(
    ("story", "post", "flags"),
    [
        (DATED_EN, "Our lease ends on 31 January 2024.", ["31 January 2024"]),
        (DATED_EN, "Moving weekend: 24–26 January 2026.", ["24", "26 January 2026"]),
        (DATED_EN, "All buses by the end of 2026.", ["2026"]),
        (DATED_EN, "Nine years after Halden was founded.", ["Nine years"]),
        (DATED_EN, "We move in two weeks.", ["two weeks"]),
        (DATED_NL, "Over vier weken zitten we in het nieuwe pand!", ["vier weken"]),
        (DATED_NL, "Verhuizen op 19–20 oktober.", ["19", "20 oktober"]),
        (DATED_NL, "In 2022 groeide het kantoor.", ["2022"]),
    ],
)
def test_a_date_or_time_the_story_date_does_not_give_is_flagged(story: str, post: str, flags: list[str]) -> None:
    assert flagged(post, story) == flags


def test_without_a_dateline_a_date_keeps_no_year() -> None:
    story = "Our lease ends on 31 January. We were founded in 2017."
    assert flagged("Our lease ends on 31 January 2025.", story) == ["31 January 2025"]
    assert flagged("Seven years after we were founded.", story) == ["Seven years"]


# --- Figures side by side: "anderhalf keer zoveel", "35 more than in 2022" --------------------------

SIDE_BY_SIDE_EN = (
    "Key figures (2022 in brackets):\nFood parcels: 48,600 (39,200)\nHomes made safe: 412 (377)\n"
    "Revenue was $95 million, against $61 million a year earlier. The new plant makes three times as many pumps."
)
SIDE_BY_SIDE_NL = (
    "Woningen versterkt tegen aardbevingen in 2023: 412 (2022: 377). De omzet komt uit op circa 95 miljoen euro, tegen "
    "61 miljoen euro vorig jaar. De fabriek maakt drie keer zoveel warmtepompen als die in Joure."
)


@pytest.mark.parametrize(
    ("story", "post"),
    [
        (SIDE_BY_SIDE_EN, "We made 35 more homes safe than in 2022."),
        (SIDE_BY_SIDE_EN, "Up 9,400 food parcels on the year before."),
        (SIDE_BY_SIDE_EN, "Revenue is over 1.5 times as much as a year ago."),
        (SIDE_BY_SIDE_EN, "The new plant makes 3x as many pumps."),
        (SIDE_BY_SIDE_NL, "We versterkten er 35 meer dan in 2022."),
        (SIDE_BY_SIDE_NL, "Een omzet die ruim anderhalf keer zoveel is als vorig jaar."),
        (SIDE_BY_SIDE_NL, "De nieuwe fabriek maakt er 3x zoveel."),
    ],
)
def test_a_ratio_or_difference_of_figures_side_by_side_is_not_flagged(story: str, post: str) -> None:
    assert flagged(post, story) == []


@pytest.mark.parametrize(
    ("story", "post", "flags"),
    [
        (SIDE_BY_SIDE_EN, "We made 45 more homes safe than in 2022.", ["45"]),
        (SIDE_BY_SIDE_EN, "We made 35 homes safe.", ["35"]),  # a difference, not a count of homes
        (SIDE_BY_SIDE_EN, "Revenue is twice as much as a year ago.", ["twice"]),
        (SIDE_BY_SIDE_EN, "The new plant makes 4x as many pumps.", ["4x"]),
        (SIDE_BY_SIDE_NL, "We versterkten er 53 meer dan in 2022.", ["53"]),
        (SIDE_BY_SIDE_NL, "Een omzet die twee keer zoveel is als vorig jaar.", ["twee keer zoveel"]),
        (SIDE_BY_SIDE_NL, "De nieuwe fabriek maakt er twee keer zoveel.", ["twee keer zoveel"]),
    ],
)
def test_another_ratio_or_difference_is_flagged(story: str, post: str, flags: list[str]) -> None:
    assert flagged(post, story) == flags


# --- What a count counts: desks, fte, "krachten", compound adjectives, elided nouns, "er … bij" -----

COUNTS_EN = (
    "The new office has 380 desks for our 520 colleagues, in line with three office days a week. Southlink runs "
    "24 battery-electric double-deckers and 34 dual chargers. The firm has 260 stores in England and 31 in Wales."
)
COUNTS_NL = (
    "Het kantoor heeft 96 werkplekken voor 134 collega's. De corporatie werkt met 118 medewerkers (103 fte). "
    "Er werken 85 vaste medewerkers en zo'n 60 seizoenskrachten. De bouw kostte 9,8 miljoen euro, waarvan de "
    "Vlaamse overheid 2,1 miljoen euro betaalde. Vitalis telt 260 winkels in Nederland en 31 in België; vorig "
    "jaar kwamen er 12 bij."
)


@pytest.mark.parametrize(
    ("story", "post"),
    [
        (COUNTS_EN, "380 workstations for 520 of us, 3 office days a week."),
        (COUNTS_EN, "24 new double-deckers on the road!"),
        (COUNTS_EN, "Some 290 stores in England and Wales."),
        (COUNTS_NL, "96 plekken voor 134 collega's."),
        (COUNTS_NL, "103 fte aan banen."),
        (COUNTS_NL, "Ik ben een van de 85 vaste krachten, en er komen ongeveer 60 collega's bij."),
        (COUNTS_NL, "Bijna 10 miljoen euro, waarvan 2,1 miljoen van de Vlaamse overheid."),
        (COUNTS_NL, "Zo'n 290 winkels, 12 meer dan vorig jaar."),
        (COUNTS_NL, "Vorig jaar kwamen er 12 winkels bij."),
    ],
)
def test_a_count_of_the_same_thing_in_other_words_is_not_flagged(story: str, post: str) -> None:
    assert flagged(post, story) == []


@pytest.mark.parametrize(
    ("story", "post", "flags"),
    [
        (COUNTS_EN, "The new office has 520 desks.", ["520"]),
        (COUNTS_EN, "Four office days a week.", ["Four office days a week"]),
        (COUNTS_EN, "We put in 24 dual chargers.", ["24"]),
        (COUNTS_NL, "Het kantoor heeft 134 werkplekken.", ["134"]),
        (COUNTS_NL, "De corporatie heeft 103 medewerkers.", ["103"]),
        (COUNTS_NL, "Vorig jaar kwamen er 31 winkels bij.", ["31"]),
    ],
)
def test_a_count_of_another_thing_is_flagged_round_three(story: str, post: str, flags: list[str]) -> None:
    assert flagged(post, story) == flags


# --- Names in other forms: short first names, "D&M", "NL", "Vlaanderen", Dutch compounds -----------

NAMES_EN = "Halden was founded by Priya Raman and Thomas Whitaker. Procter & Gamble buys in the Netherlands."
NAMES_NL = (
    "Aan: alle medewerkers van Dijkstra & Mulder Advocaten. De Vlaamse overheid en Cornelis de Boer betalen mee. "
    "Vitalis telt 260 winkels in Nederland."
)


@pytest.mark.parametrize(
    ("story", "post"),
    [
        (NAMES_EN, "Priya and Tom started it."),
        (NAMES_EN, "Tom Whitaker is proud."),
        (NAMES_EN, "P&G buys here, in NL."),
        (NAMES_NL, "Goed geregeld bij D&M!"),
        (NAMES_NL, "Met geld van Vlaanderen en van Kees de Boer."),
        (NAMES_NL, "260 winkels in NL."),
        (NAMES_NL, "Verhuisweekend: alles gaat in dozen."),
        (NAMES_NL, "Kantoordagen liggen voortaan vast."),
    ],
)
def test_a_name_of_the_story_in_another_form_is_not_flagged_round_three(story: str, post: str) -> None:
    assert flagged(post, story) == []


@pytest.mark.parametrize(
    ("story", "post", "flags"),
    [
        (NAMES_EN, "Congrats to Bill Whitaker.", ["Bill Whitaker"]),  # another short form
        (NAMES_EN, "Tom Raman is proud.", ["Tom Raman"]),  # a short form mixed with another surname
        (NAMES_EN, "P&W buys here, in FR.", ["P&W", "FR"]),
        (NAMES_NL, "Goed geregeld bij D&B!", ["D&B"]),
        (NAMES_NL, "Met geld van Wallonië.", ["Wallonië"]),
        (NAMES_NL, "Naaldwijk krijgt ook een winkel.", ["Naaldwijk"]),  # a town, not two words
    ],
)
def test_a_name_not_in_the_story_in_those_forms_is_flagged(story: str, post: str, flags: list[str]) -> None:
    assert flagged(post, story) == flags


# --- A year that is a count: "255 van de 1829 aanvragen" ---------------------------------------------

YEAR_OR_COUNT = "Van de 1.829 aanvragen werden er 255 gehonoreerd. Founded in 1998, the firm had 1,250 applicants."


@pytest.mark.parametrize("post", ["255 van de 1829 aanvragen kregen een beurs.", "We had 1250 applicants in 1998."])
def test_a_count_written_like_a_year_is_read_as_the_count(post: str) -> None:
    assert flagged(post, YEAR_OR_COUNT) == []


@pytest.mark.parametrize(
    ("post", "flags"),
    [("255 van de 1892 aanvragen kregen een beurs.", ["1892"]), ("We had 1350 applicants in 1998.", ["1350"])],
)
def test_a_wrong_count_or_year_written_like_a_year_is_flagged(post: str, flags: list[str]) -> None:
    assert flagged(post, YEAR_OR_COUNT) == flags


# --- Who is what: titles and family ties -------------------------------------------------------------

ROLES_EN = (
    "\"It was our busiest year,\" said Priya Raman, Chief Executive Officer of Halden. Halden was founded by "
    "Priya Raman and Thomas Whitaker. Daniel Okoro, currently the trust's treasurer, takes over as chair from "
    "Ruth Abadi. Cllr Niamh Forde, Lord Mayor of Cork, opened it. Operations director Sunita Rao thanked staff."
)
ROLES_NL = (
    "\"Een mooie dag,\" zegt algemeen directeur\nJelle Hoekstra. Het bedrijf werd opgericht door zijn grootvader "
    "Sjoerd Hoekstra. Schepen van Sport Lien Vandenberghe opent de hal. Bart van der Lans runt het bedrijf met "
    "zijn broer Kees. Financieel directeur Joost van Dam is tevreden."
)


@pytest.mark.parametrize(
    ("story", "post"),
    [
        (ROLES_EN, "Our CEO Priya Raman said it best."),
        (ROLES_EN, "Priya, our chief executive, and Tom founded Halden."),
        (ROLES_EN, "The Lord Mayor, Cllr Forde, opened it."),
        (ROLES_EN, "Daniel Okoro, our treasurer, is the new chair."),
        (ROLES_EN, "Thanks to Sunita Rao, our operations director."),
        (ROLES_NL, "Jelle Hoekstra, onze algemeen directeur, is trots."),
        (ROLES_NL, "Schepen Vandenberghe knipt het lint door."),
        (ROLES_NL, "Bart runt het met zijn broer Kees."),
        (ROLES_NL, "Opa Sjoerd Hoekstra begon ermee."),
        (ROLES_NL, "De cfo, Joost van Dam, is tevreden."),
    ],
)
def test_a_title_the_story_gives_is_not_flagged(story: str, post: str) -> None:
    assert flagged(post, story) == []


@pytest.mark.parametrize(
    ("story", "post", "flags"),
    [
        (ROLES_EN, "Thomas Whitaker, Halden's chief executive, signed it.", ["chief executive"]),
        (ROLES_EN, "Daniel Okoro, the trust's chief executive, takes over.", ["chief executive"]),
        (ROLES_EN, "Managing director Sunita Rao thanked staff.", ["Managing director"]),
        (ROLES_EN, "CFO Priya Raman is proud.", ["CFO"]),
        (ROLES_NL, "Algemeen directeur Sjoerd Hoekstra opent de fabriek.", ["Algemeen directeur"]),
        (ROLES_NL, "Burgemeester Lien Vandenberghe opent de hal.", ["Burgemeester"]),
        (ROLES_NL, "Bart runt het met zijn vader Kees.", ["vader"]),
        (ROLES_NL, "Joost van Dam, algemeen directeur, is tevreden.", ["algemeen directeur"]),
    ],
)
def test_a_title_the_story_gives_someone_else_or_not_at_all_is_flagged(story: str, post: str, flags: list[str]) -> None:
    assert flagged(post, story) == flags


# --- Months in a range: "van maart tot en met november", "juli t/m september" = Q3 -------------------

MONTHS_NL = "In de oogstmaanden, van maart tot en met november, komen er seizoenskrachten bij. Q3 2024 was goed."
MONTHS_EN = "From March to November we hire seasonal staff. The third quarter of 2024 was good."


@pytest.mark.parametrize(
    ("story", "post"),
    [
        (MONTHS_NL, "Van maart t/m november zijn er extra collega's."),
        (MONTHS_NL, "Van juli t/m september 2024 ging het goed."),
        (MONTHS_EN, "March to November: seasonal staff."),
        (MONTHS_EN, "July to September 2024 was good."),
    ],
)
def test_a_month_range_the_story_gives_is_not_flagged(story: str, post: str) -> None:
    assert flagged(post, story) == []


@pytest.mark.parametrize(
    ("story", "post", "flags"),
    [
        (MONTHS_NL, "Van april tot en met november zijn er extra collega's.", ["april"]),
        (MONTHS_NL, "Van maart t/m oktober zijn er extra collega's.", ["oktober"]),
        (MONTHS_NL, "Van april t/m juni 2024 ging het goed.", ["april t/m juni 2024"]),
        (MONTHS_EN, "From April to November: seasonal staff.", ["April"]),
    ],
)
def test_a_month_range_the_story_does_not_give_is_flagged(story: str, post: str, flags: list[str]) -> None:
    assert flagged(post, story) == flags


# --- A date of the story given to another of its events ---------------------------------------------

EVENTS_EN = (
    "Date: Thursday 7 November 2024\n\nThe deal is expected to close in the second quarter of 2025 and to add "
    "to earnings per share from 2026. Drop-in sessions run every Tuesday in December. The first buses entered "
    "service on Monday on routes 220 and 225."
)
EVENTS_NL = (
    "Datum: maandag 2 september 2024\n\nDinsdag en donderdag zijn onze kantoordagen. Op maandag 14 oktober "
    "werken we voor het eerst in het nieuwe pand. De bouw begon in 2022, de opening volgt in 2025."
)


@pytest.mark.parametrize(
    ("story", "post"),
    [
        (EVENTS_EN, "The deal should close in Q2 2025 and add to earnings per share from 2026."),
        (EVENTS_EN, "Drop-in sessions every Tuesday in December, and the memo came out in November."),
        (EVENTS_EN, "On Monday the first buses entered service."),
        (EVENTS_NL, "Kantoordagen: dinsdag en donderdag. Maandag 14 oktober zitten we in het nieuwe pand."),
        (EVENTS_NL, "In 2022 begon de bouw, in 2025 gaan we open."),
    ],
)
def test_a_date_said_of_its_own_event_is_not_flagged(story: str, post: str) -> None:
    assert flagged(post, story) == []


@pytest.mark.parametrize(
    ("story", "post", "flags"),
    [
        (EVENTS_EN, "The deal will add to earnings per share from 2025.", ["2025"]),
        (EVENTS_EN, "Drop-in sessions every Tuesday in November.", ["November"]),
        (EVENTS_EN, "The first buses entered service on Thursday.", ["Thursday"]),
        (EVENTS_NL, "Op maandag zijn we voor het eerst in het nieuwe pand en op dinsdag 14 oktober vieren we het.", ["dinsdag 14 oktober"]),
        (EVENTS_NL, "De opening volgt in 2022.", ["2022"]),
    ],
)
def test_a_date_of_the_story_given_to_another_event_is_flagged(story: str, post: str, flags: list[str]) -> None:
    assert flagged(post, story) == flags


# --- Who said it: a quotation of the story given to another speaker ----------------------------------

SAID_EN = (
    "\"This is the biggest step we have taken,\" said Stephen Kerr, chief executive. Cllr Niamh Forde said: "
    "\"Cork people deserve clean air on their morning commute.\""
)
SAID_NL = (
    "\"Die onzekerheid zijn we nu kwijt,\" zegt mede-eigenaar Bart van der Lans. Wethouder Marieke Zwinkels "
    "van de gemeente Westland is blij: \"Hiermee zetten we een flinke stap.\" Decaan Koen Verhaeghe noemt de "
    "beurs \"een erkenning voor twintig jaar bodemonderzoek\"."
)


@pytest.mark.parametrize(
    ("story", "post"),
    [
        (SAID_EN, "\"This is the biggest step we have taken,\" said Stephen."),
        (SAID_EN, "Cllr Forde: \"Cork people deserve clean air on their morning commute.\""),
        (SAID_NL, "\"Die onzekerheid zijn we nu kwijt,\" zegt Bart."),
        (SAID_NL, "Zwinkels: \"Hiermee zetten we een flinke stap.\""),
        (SAID_NL, "Koen Verhaeghe noemt het \"een erkenning voor twintig jaar bodemonderzoek\"."),
    ],
)
def test_a_quotation_given_to_its_speaker_is_not_flagged(story: str, post: str) -> None:
    assert flagged(post, story) == []


@pytest.mark.parametrize(
    ("story", "post", "flags"),
    [
        (SAID_EN, "\"This is the biggest step we have taken,\" said Niamh Forde.", ["Niamh Forde"]),
        (SAID_EN, "Stephen Kerr said: \"Cork people deserve clean air on their morning commute.\"", ["Kerr"]),
        (SAID_NL, "\"Die onzekerheid zijn we nu kwijt,\" zegt wethouder Zwinkels.", ["Zwinkels"]),
        (SAID_NL, "\"Een erkenning voor twintig jaar bodemonderzoek,\" zegt Bart van der Lans.", ["Bart van der Lans"]),
    ],
)
def test_a_quotation_given_to_another_speaker_is_flagged(story: str, post: str, flags: list[str]) -> None:
    assert flagged(post, story) == flags


# --- Where an organisation is from: "X-based", "het Xse bedrijf", "uit X" ---------------------------

HOMES_EN = (
    "Nordvik agreed to buy Lausanne-based Sensilab SA. Its US business will be run from Nordvik's office in "
    "Boston. Halden Foods, the Sheffield-based maker of ready meals, has a site in Rotherham."
)
HOMES_NL = (
    "Drogisterijketen Vitalis boekt een recordomzet, maakte het bedrijf uit Zwolle bekend. Er komt een nieuw "
    "distributiecentrum in Hattem. Woonstichting Eemsdelta uit Delfzijl bouwt in Appingedam."
)


@pytest.mark.parametrize(
    ("story", "post"),
    [
        (HOMES_EN, "Welcome, Lausanne-based Sensilab!"),
        (HOMES_EN, "Halden Foods, the Sheffield-based maker, is hiring in Rotherham."),
        (HOMES_NL, "Vitalis, het bedrijf uit Zwolle, opent een DC in Hattem."),
        (HOMES_NL, "Woonstichting Eemsdelta uit Delfzijl bouwt in Appingedam."),
    ],
)
def test_where_an_organisation_is_from_as_the_story_says_is_not_flagged(story: str, post: str) -> None:
    assert flagged(post, story) == []


@pytest.mark.parametrize(
    ("story", "post", "flags"),
    [
        (HOMES_EN, "Nordvik is buying Boston-based Sensilab.", ["Boston"]),
        (HOMES_EN, "Halden Foods, the Rotherham-based maker, won.", ["Rotherham-based"]),
        (HOMES_NL, "Het Hattemse bedrijf Vitalis boekt een recordomzet.", ["Hattemse"]),
        (HOMES_NL, "Woonstichting Eemsdelta uit Appingedam bouwt.", ["uit Appingedam"]),
    ],
)
def test_a_story_place_given_as_an_organisations_home_is_flagged(story: str, post: str, flags: list[str]) -> None:
    assert flagged(post, story) == flags


# --- A small number in words where the story has another in the same words --------------------------

SMALL_EN = "Facilities manager Gareth Lewis and his team of six will run the move. We have floors 6 and 7."
SMALL_NL = "Vlaanderen haalde er zes binnen, waarvan drie voor de UGent. De broers zijn de vierde generatie."


@pytest.mark.parametrize(
    ("story", "post"),
    [
        (SMALL_EN, "Gareth and his team of six will run the move."),
        (SMALL_EN, "Two colleagues of mine will help."),  # a small number the story does not give: language
        (SMALL_NL, "Zes in Vlaanderen, waarvan drie voor de UGent!"),
        (SMALL_NL, "De broers zijn de vierde generatie."),
    ],
)
def test_a_small_number_in_the_story_words_is_not_flagged(story: str, post: str) -> None:
    assert flagged(post, story) == []


@pytest.mark.parametrize(
    ("story", "post", "flags"),
    [
        (SMALL_EN, "Gareth Lewis and his team of seven will run the move.", ["seven"]),
        (SMALL_NL, "Vlaanderen haalde er zes binnen, waarvan vier voor de UGent.", ["vier"]),
        (SMALL_NL, "De broers zijn de derde generatie.", ["derde"]),
    ],
)
def test_another_small_number_in_the_story_words_is_flagged(story: str, post: str, flags: list[str]) -> None:
    assert flagged(post, story) == flags
