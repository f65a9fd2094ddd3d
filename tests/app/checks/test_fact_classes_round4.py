"""Fact lock, fourth round: the classes of failure the single-sentence probes
(bench/data/factlock-probes) showed, each as a table of true restatements (never flagged) and
inventions (flagged), English and Dutch. The stories here are made up for the tables; the probe
set itself is not used.
"""

from __future__ import annotations

import functools

import pytest

from app.checks import binding
from app.checks.facts import FactSource, check_facts
from app.checks.names import find_names
from app.checks.quantities import find_quantities


@functools.cache
def _source(story: str, notes: str) -> FactSource:
    return FactSource.of(story, notes)


def flagged(post: str, story: str, notes: str = "", language: str = "") -> list[str]:
    return [post[f.start : f.end] for f in check_facts(post, _source(story, notes), language) if f.start is not None]


# --- Which party, row and time a figure belongs to (app.checks.binding) ----------------------------------

SHARES_EN = "Under the merger, Vandermolen gets 55% of the new company and Okoye Foods the other 45%."
SITES_EN = "The Leeds plant makes 1,200 bikes a week; the Hull plant 800."
ROWS_EN = "Orders by channel: web 5,400, phone 2,100, shops 900."
EVENTS_EN = "The school reopened on 2 September; the new sports hall follows on 14 October."
BEFORE_NOW_EN = "The clinic now sees 140 patients a day, up from 90."
YEARS_EN = "Turnover reached €8.3 million this year, after €6.9 million last year."
PLAN_EN = "The firm employs 60 people today and plans to reach 100 by 2027."
EACH_EN = "Each ferry carries 400 passengers; the whole fleet 9,000 a day."

SHARES_NL = "Bij de fusie krijgt Vandermolen 55% van het nieuwe bedrijf en Okoye Foods de overige 45%."
SITES_NL = "De vestiging in Zwolle telt 310 medewerkers, die in Deventer 120."
ROWS_NL = "Bestellingen per kanaal: web 5.400, telefoon 2.100, winkels 900."
EVENTS_NL = "De school ging op 2 september weer open; de nieuwe sporthal volgt op 14 oktober."
BEFORE_NOW_NL = "De kliniek ziet nu 140 patiënten per dag, tegen 90 eerder."
YEARS_NL = "De omzet kwam dit jaar uit op € 8,3 miljoen, na € 6,9 miljoen vorig jaar."
PLAN_NL = "Het bedrijf heeft nu 60 medewerkers en wil in 2027 naar 100."


@pytest.mark.parametrize(
    ("story", "post"),
    [
        (SHARES_EN, "Okoye Foods will own 45% of the merged company."),
        (SHARES_EN, "Vandermolen gets 55%, Okoye Foods 45%."),
        (SHARES_EN, "45% of the new company goes to Okoye Foods."),
        (SITES_EN, "Hull makes 800 bikes a week."),
        (SITES_EN, "Our Leeds plant turns out 1,200 bikes every week."),
        (ROWS_EN, "The phone brought in 2,100 orders."),
        (ROWS_EN, "Web orders: 5,400."),
        (EVENTS_EN, "The sports hall opens on 14 October."),
        (EVENTS_EN, "School started again on 2 September."),
        (BEFORE_NOW_EN, "The clinic sees 140 patients a day now, up from 90."),
        (BEFORE_NOW_EN, "From 90 to 140 patients a day: the clinic has grown."),
        (BEFORE_NOW_EN, "We used to see 90 patients a day."),
        (YEARS_EN, "Turnover rose from €6.9m last year to €8.3m."),
        (YEARS_EN, "This year's turnover: €8.3 million."),
        (PLAN_EN, "We have 60 people now and want to reach 100 by 2027."),
        (EACH_EN, "Each ferry takes 400 passengers."),
        (SHARES_NL, "Okoye Foods krijgt 45% van het nieuwe bedrijf."),
        (SHARES_NL, "Vandermolen 55%, Okoye Foods 45%."),
        (SITES_NL, "In Deventer werken 120 mensen."),
        (SITES_NL, "Zwolle telt 310 medewerkers."),
        (ROWS_NL, "Via de telefoon kwamen 2.100 bestellingen binnen."),
        (EVENTS_NL, "De sporthal gaat op 14 oktober open."),
        (BEFORE_NOW_NL, "De kliniek ziet nu 140 patiënten per dag, dat waren er 90."),
        (BEFORE_NOW_NL, "Van 90 naar 140 patiënten per dag: de kliniek groeide."),
        (YEARS_NL, "De omzet steeg van 6,9 naar 8,3 miljoen euro."),
        (PLAN_NL, "Nu 60 medewerkers, in 2027 willen we er 100."),
    ],
)
def test_a_figure_given_to_its_own_party_row_or_time_is_not_flagged(story: str, post: str) -> None:
    assert flagged(post, story) == []


@pytest.mark.parametrize(
    ("story", "post", "flags"),
    [
        (SHARES_EN, "Vandermolen gets 45% of the new company.", ["45%"]),  # the other party's share
        (SHARES_EN, "Okoye Foods takes 55% of the merged company.", ["55%"]),
        (SITES_EN, "Our Hull plant makes 1,200 bikes a week.", ["1,200"]),  # the other site's
        (ROWS_EN, "The shops brought in 2,100 orders.", ["2,100"]),  # another row's figure
        (EVENTS_EN, "The sports hall opened on 2 September.", ["2 September"]),  # another event's date
        (BEFORE_NOW_EN, "The clinic now sees 90 patients a day.", ["90"]),  # the figure of before, as now
        (YEARS_EN, "Last year turnover was €8.3 million.", ["€8.3 million"]),  # this year's as last year's
        (YEARS_EN, "This year's turnover came to €6.9 million.", ["€6.9 million"]),
        (PLAN_EN, "The firm now employs 100 people.", ["100"]),  # the plan as what is
        (EACH_EN, "Each ferry carries 9,000 passengers.", ["9,000"]),  # the fleet's, given to one ferry
        (SHARES_NL, "Vandermolen krijgt 45% van het nieuwe bedrijf.", ["45%"]),
        (SITES_NL, "In Deventer werken 310 mensen.", ["310"]),
        (ROWS_NL, "De winkels waren goed voor 2.100 bestellingen.", ["2.100"]),
        (EVENTS_NL, "De sporthal opende op 2 september.", ["2 september"]),
        (BEFORE_NOW_NL, "De kliniek ziet nu 90 patiënten per dag.", ["90"]),
        (YEARS_NL, "Vorig jaar was de omzet € 8,3 miljoen.", ["€ 8,3 miljoen"]),
        (YEARS_NL, "Dit jaar kwam de omzet uit op € 6,9 miljoen.", ["€ 6,9 miljoen"]),
        (PLAN_NL, "Het bedrijf heeft nu 100 medewerkers.", ["100"]),
    ],
)
def test_a_figure_given_to_another_party_row_or_time_is_flagged(story: str, post: str, flags: list[str]) -> None:
    assert flagged(post, story) == flags


def test_the_hint_names_the_figure_the_story_gives_that_party() -> None:
    findings = check_facts("Vandermolen gets 45% of the new company.", _source(SHARES_EN, ""))
    assert [(f.hint, f.kind) for f in findings] == [("55%", "percent")]


@pytest.mark.parametrize(
    ("text", "figure", "time"),
    [
        ("Capacity rose to 95 beds, up from 70.", "95", binding.NOW),
        ("Capacity rose to 95 beds, up from 70.", "70", binding.BEFORE),
        ("Profit was €2m this year, after €1m last year.", "€1m", binding.BEFORE),
        ("The plant will employ 300 people.", "300", binding.LATER),
        ("The school has 600 pupils.", "600", binding.NOW),
        ("Sales grew 4% in May.", "4%", ""),
        ("De winst steeg van 1,4 naar 2,1 miljoen euro.", "1,4", binding.BEFORE),
        ("Vorig jaar waren het er 550.", "550", binding.BEFORE),
        ("Volgend jaar komen er 30 bij.", "30", binding.LATER),
        ("In Gent werken 90 mensen.", "90", binding.NOW),
    ],
)
def test_the_time_of_a_figure_is_read_from_its_clause(text: str, figure: str, time: str) -> None:
    facts = find_quantities(text)
    frames = binding.frames(text, facts, find_names(text), story=True)
    assert {q.text: f.time for q, f in zip(facts, frames)}[figure] == time


# --- Numbers that are about the post, or figures of speech, are no facts ----------------------------------

CAFE_EN = "Our cafe in Utrecht now serves lunch."
CAFE_NL = "Ons café in Utrecht serveert nu lunch."


@pytest.mark.parametrize(
    ("story", "post"),
    [
        (CAFE_EN, "1/ Our Utrecht cafe now serves lunch."),
        (CAFE_EN, "2/ Why lunch matters to our regulars."),
        (CAFE_EN, "Just my 2 cents on our new lunch menu."),
        (CAFE_EN, "My two cents: lunch in Utrecht was overdue."),
        (CAFE_EN, "A million thanks to the kitchen team."),
        (CAFE_EN, "Thanks a million to our cooks."),
        (CAFE_EN, "Day 1 of lunch in Utrecht, and it went well."),
        (CAFE_EN, "Day one of our lunch service."),
        (CAFE_EN, "Part 3 of my series on our cafe: lunch."),
        (CAFE_EN, "Episode 4: lunch in Utrecht."),
        (CAFE_EN, "Lunch in Utrecht: 100% worth the wait."),
        (CAFE_EN, "I am 100% behind this."),
        (CAFE_EN, "A reading time of 2 minutes for a lunch break."),
        (CAFE_NL, "1/ Ons café in Utrecht serveert nu lunch."),
        (CAFE_NL, "Dag 1 van de lunch in Utrecht, en het loopt goed."),
        (CAFE_NL, "Deel 2 van mijn reeks over ons café: de lunch."),
        (CAFE_NL, "Aflevering 3: lunch in Utrecht."),
        (CAFE_NL, "Lunch in Utrecht: 100% de moeite waard."),
        (CAFE_NL, "Ik sta er 100% achter."),
        (CAFE_NL, "Een leestijd van 3 minuten, voor in de lunchpauze."),
        (CAFE_NL, "Duizendmaal dank aan de keuken."),
        (CAFE_NL, "Mijn 2 centen: lunch in Utrecht was hard nodig."),
    ],
)
def test_numbers_about_the_post_or_figures_of_speech_are_no_facts(story: str, post: str) -> None:
    assert flagged(post, story) == []


@pytest.mark.parametrize(
    ("story", "post", "flag"),
    [
        (CAFE_EN, "Our Utrecht cafe now serves lunch to 100 guests a day.", "100"),
        (CAFE_EN, "Lunch in Utrecht is 100% organic.", "100%"),
        (CAFE_EN, "Lunch costs 2 euros in Utrecht.", "2 euros"),
        (CAFE_EN, "Our cafe opened its Utrecht lunch room on day 3 of the fair.", "3"),
        (CAFE_EN, "The cafe is a 2-minute walk from Utrecht station.", "2-minute"),
        (CAFE_NL, "Ons café in Utrecht serveert nu lunch aan 100 gasten per dag.", "100"),
        (CAFE_NL, "De lunch in Utrecht is 100% biologisch.", "100%"),
        (CAFE_NL, "Het café ligt op 2 minuten lopen van het station.", "2 minuten"),
    ],
)
def test_figures_next_to_figures_of_speech_are_still_facts(story: str, post: str, flag: str) -> None:
    assert flag in " ".join(flagged(post, story))


DESK_EN = "Our help desk now answers chats in English and French."
DESK_24_EN = "Our help desk now answers chats around the clock."
DESK_NL = "Onze helpdesk beantwoordt nu chats in het Nederlands en het Frans."
DESK_24_NL = "Onze helpdesk beantwoordt nu dag en nacht chats."
MAKER_EN = "Harlow Cycles now builds e-bikes in Ghent."
LEADER_EN = "Harlow Cycles is the largest e-bike maker in Belgium."


@pytest.mark.parametrize(
    ("story", "post"),
    [
        (DESK_24_EN, "Our help desk now answers chats 24/7."),
        ("The help desk is open 24 hours a day, seven days a week.", "Our help desk is there for you 24/7."),
        (DESK_24_NL, "Onze helpdesk beantwoordt nu 24/7 chats."),
        ("De helpdesk is 24 uur per dag bereikbaar.", "De helpdesk is 24/7 bereikbaar."),
        (MAKER_EN, "My #1 reason to love Harlow: the people."),
        (MAKER_EN, "Tip #1: ride one of our e-bikes."),
    ],
)
def test_round_the_clock_and_rankings_backed_by_the_story_are_not_flagged(story: str, post: str) -> None:
    assert flagged(post, story) == []


@pytest.mark.parametrize(
    ("story", "post", "flag"),
    [
        (DESK_EN, "Our help desk now answers chats 24/7.", "24/7"),
        (DESK_NL, "Onze helpdesk beantwoordt nu 24/7 chats.", "24/7"),
        (MAKER_EN, "Harlow Cycles is now the #1 e-bike maker in Ghent.", "#1"),
        (LEADER_EN, "Harlow Cycles is the #2 e-bike maker in Belgium.", "#2"),
        ("Fietsfabriek Harlow bouwt nu e-bikes in Gent.", "Harlow is de #1 in e-bikes in Gent.", "#1"),
    ],
)
def test_round_the_clock_and_rankings_the_story_does_not_give_are_flagged(story: str, post: str, flag: str) -> None:
    assert flag in " ".join(flagged(post, story))


def test_round_the_clock_in_the_story_backs_every_day() -> None:
    assert flagged("The desk answers chats seven days a week.", DESK_24_EN) == []
    assert flagged("De helpdesk is 7 dagen per week bereikbaar.", DESK_24_NL) == []


# --- Ranges: hours without a unit, a currency said once, a weekday after the dateline, shares -------------

HOURS_EN = "The library is open Monday to Saturday, from 9 am to 6 pm."
OFFICE_EN = "Office hours are 9:00 to 17:30, Monday to Friday."
PRICES_EN = "Tickets cost from €8 to €14."
DATELINE_EN = "YORK, 2 June 2025 — The new pool opens on Friday."
THIRD_EN = "About a third of visitors came by bike."
HOURS_NL = "De bibliotheek is open van maandag tot en met zaterdag, van 9 tot 18 uur."
OFFICE_NL = "Kantoortijden zijn van 9.00 tot 17.30 uur, maandag tot en met vrijdag."
PRICES_NL = "Kaartjes kosten van € 8 tot € 14."
DATELINE_NL = "ASSEN, 2 juni 2025 – Het nieuwe zwembad opent vrijdag."
THIRD_NL = "Ongeveer een derde van de bezoekers kwam op de fiets."


@pytest.mark.parametrize(
    ("story", "post"),
    [
        (HOURS_EN, "Open Mon–Sat, 9–6."),
        (HOURS_EN, "Open from nine to six."),
        ("About a third paid in cash.", "Roughly one in three paid cash."),
        ("About a third paid in cash.", "Around 33% paid cash."),
        (OFFICE_EN, "Mon–Fri, 9.00–17.30."),
        (OFFICE_EN, "Office hours: 9:00-17:30."),
        (PRICES_EN, "Tickets: €8–14."),
        (PRICES_EN, "Tickets: €8–€14."),
        (DATELINE_EN, "The new pool opens Friday 6 June."),
        (DATELINE_EN, "The new pool opens on 6 June."),
        (THIRD_EN, "Roughly one in three visitors came by bike."),
        (THIRD_EN, "About 33% of visitors came by bike."),
        (HOURS_NL, "Open ma-za, 9-18."),
        (HOURS_NL, "Open van negen tot zes."),
        (OFFICE_NL, "Ma-vr 9.00-17.30."),
        (PRICES_NL, "Kaartjes: € 8-14."),
        (DATELINE_NL, "Het nieuwe zwembad opent vrijdag 6 juni."),
        (THIRD_NL, "Zo'n één op de drie bezoekers kwam op de fiets."),
        (THIRD_NL, "Ongeveer 33% van de bezoekers kwam op de fiets."),
    ],
)
def test_ranges_of_hours_prices_and_dates_said_another_way_are_not_flagged(story: str, post: str) -> None:
    assert flagged(post, story) == []


@pytest.mark.parametrize(
    ("story", "post", "flag"),
    [
        (HOURS_EN, "Open Mon–Sat, 8–6.", "8"),
        (HOURS_EN, "Open Mon–Sat, 9–7.", "7"),
        (OFFICE_EN, "Mon–Fri, 9.00–18.00.", "18.00"),
        (PRICES_EN, "Tickets: €8–16.", "16"),
        (DATELINE_EN, "The new pool opens Friday 13 June.", "13 June"),
        (DATELINE_EN, "The new pool opens Saturday 7 June.", "Saturday"),
        (THIRD_EN, "Roughly half of visitors came by bike.", "half"),
        (HOURS_NL, "Open ma-za, 8-18.", "8"),
        (OFFICE_NL, "Ma-vr 9.00-18.00.", "18.00"),
        (PRICES_NL, "Kaartjes: € 8-16.", "16"),
        (DATELINE_NL, "Het nieuwe zwembad opent vrijdag 13 juni.", "13 juni"),
        (THIRD_NL, "Ongeveer de helft van de bezoekers kwam op de fiets.", "de helft"),
    ],
)
def test_ranges_with_an_end_the_story_does_not_give_are_flagged(story: str, post: str, flag: str) -> None:
    assert flag in " ".join(flagged(post, story))


@pytest.mark.parametrize(
    ("story", "post", "flags"),
    [
        ("Members: 3,915 (3,120).", "About a quarter more members than the year before.", []),
        ("Members: 3,915 (3,120).", "Membership grew by roughly 25%.", []),
        ("Members: 3,915 (3,120).", "About a third more members than the year before.", ["a third"]),
        ("Leden: 3.915 (3.120).", "Ongeveer een kwart meer leden dan vorig jaar.", []),
        ("Leden: 3.915 (3.120).", "Het aantal leden groeide met 40%.", ["40%"]),
    ],
)
def test_two_figures_side_by_side_back_their_change_in_per_cent(story: str, post: str, flags: list[str]) -> None:
    assert flagged(post, story) == flags


# --- Who is what and who did what, in any words (app.checks.titles) ----------------------------------------

GALLERY_EN = "Registrar Mia Holt hung the new collection; gallery director Tom Reyes welcomed the guests."
CLINIC_EN = "Medical director Dr. Sara Lind opened the clinic with charge nurse Jan Boer."
TEAM_EN = "Eva Ruiz planned the route; Omar Said drove the bus."
UNIT_EN = "The app was built by Lea Park, who heads the payments team."
MEMO_EN = "Hugo Brandt, the site's head of logistics, signed the contract.\nChief\nexecutive Ines Kaya approved it."
GALLERY_NL = "Registrator Mia Holt hing de nieuwe collectie op; galeriedirecteur Tom Reyes verwelkomde de gasten."
CLINIC_NL = "Medisch directeur Sara Lind opende de kliniek met afdelingshoofd Jan Boer."
TEAM_NL = "Eva Ruiz plande de route; Omar Said reed het busje."
BOARD_NL = "Hoogleraar Ida Mol is voorzitter van de raad; Bas Kok is de penningmeester."


@pytest.mark.parametrize(
    ("story", "post"),
    [
        (GALLERY_EN, "Gallery director Tom Reyes welcomed the guests."),
        (GALLERY_EN, "Mia Holt, our registrar, hung the collection."),
        (CLINIC_EN, "Dr. Sara Lind, our medical director, opened the clinic."),
        (CLINIC_EN, "Charge nurse Jan Boer was there too."),
        (TEAM_EN, "The route was planned by Eva Ruiz."),
        (TEAM_EN, "Omar Said drove the bus all the way."),
        (UNIT_EN, "Lea Park, head of our payments team, built the app."),
        (MEMO_EN, "Head of logistics Hugo Brandt signed the contract."),
        (MEMO_EN, "Our CEO Ines Kaya approved it."),
        (GALLERY_NL, "Galeriedirecteur Tom Reyes verwelkomde de gasten."),
        (CLINIC_NL, "Sara Lind, onze medisch directeur, opende de kliniek."),
        (TEAM_NL, "Omar Said reed het busje."),
        (BOARD_NL, "Ida Mol is voorzitter van de raad."),
        ("Mia Chen kwam in 2015 in dienst en Luis Ortiz in 2019.", "Luis Ortiz kwam in 2019 in dienst."),
        ("Op 14 april komt burgemeester Eva de Wit langs.", "Op 14 april komt burgemeester Eva de Wit langs."),
    ],
)
def test_a_title_or_deed_the_story_gives_that_person_is_not_flagged(story: str, post: str) -> None:
    assert flagged(post, story) == []


@pytest.mark.parametrize(
    ("story", "post", "flag"),
    [
        (GALLERY_EN, "Gallery director Mia Holt hung the new collection.", "Gallery director Mia Holt"),
        (GALLERY_EN, "Registrar Tom Reyes welcomed the guests.", "Registrar Tom Reyes"),
        (CLINIC_EN, "Charge nurse Sara Lind opened the clinic.", "Charge nurse Sara Lind"),
        (CLINIC_EN, "Medical director Jan Boer opened the clinic.", "Medical director Jan Boer"),
        (TEAM_EN, "Omar Said, who planned the route, is proud.", "Omar Said, who planned the route"),
        (TEAM_EN, "Eva Ruiz drove the bus.", "Eva Ruiz drove the bus"),
        (UNIT_EN, "Lea Park, head of our security team, built the app.", "head of our security team"),
        (MEMO_EN, "Chief executive Hugo Brandt signed the contract.", "Chief executive"),
        (GALLERY_NL, "Galeriedirecteur Mia Holt hing de collectie op.", "Galeriedirecteur Mia Holt"),
        (CLINIC_NL, "Afdelingshoofd Sara Lind opende de kliniek.", "Afdelingshoofd Sara Lind"),
        (TEAM_NL, "Eva Ruiz reed het busje.", "Eva Ruiz reed het busje"),
        (BOARD_NL, "Bas Kok is voorzitter van de raad.", "Bas Kok is voorzitter"),
    ],
)
def test_a_title_or_deed_the_story_gives_someone_else_is_flagged(story: str, post: str, flag: str) -> None:
    assert flag in " ".join(flagged(post, story))


# --- Units glued to their number: time units, centilitres, km/u ------------------------------------------

@pytest.mark.parametrize(
    ("story", "post", "flags"),
    [
        ("The charger needs 8 hours for a full battery.", "A full battery in 8h.", []),
        ("The charger needs 8 hours for a full battery.", "A full battery in 8hrs.", []),
        ("The charger needs 8 hours for a full battery.", "A full battery in 6h.", ["6h"]),
        ("The charger needs 8 hours for a full battery.", "A full battery in 9 hrs.", ["9 hrs"]),
        ("The tour takes 45 minutes.", "A 45min tour.", []),
        ("The tour takes 45 minutes.", "A 40min tour.", ["40min"]),
        ("De lader heeft 8 uur nodig.", "Volle accu in 8u.", []),
        ("De lader heeft 8 uur nodig.", "Volle accu in 6u.", ["6u"]),
        ("De winkel opent om 10 uur.", "De winkel opent om 10u.", []),
        ("The jars hold 50 cl.", "Our 50cl jars are back.", []),
        ("The jars hold 50 cl.", "Our 33cl jars are back.", ["33cl"]),
        ("De potten bevatten 50 centiliter.", "Onze 50cl-potten zijn terug.", []),
        ("De potten bevatten 50 centiliter.", "Onze 25cl-potten zijn terug.", ["25cl"]),
        ("De bus rijdt maximaal 50 kilometer per uur.", "De bus rijdt maximaal 50km/u.", []),
        ("De bus rijdt maximaal 50 kilometer per uur.", "De bus rijdt maximaal 70km/u.", ["70km/u"]),
        ("The bus runs at up to 50 kilometres an hour.", "The bus runs at up to 50 km/h.", []),
    ],
)
def test_units_glued_to_their_number(story: str, post: str, flags: list[str]) -> None:
    assert flagged(post, story) == flags


def test_glued_hours_in_a_range_are_clock_times_not_durations() -> None:
    assert flagged("Open dag (10u–17u), om 14u een demo.", "De sporthal opent zaterdag van 10 tot 17 uur.") == []


# --- Date parts: a season after "through the", a month after "week of" ------------------------------------

@pytest.mark.parametrize(
    ("story", "post", "flags"),
    [
        ("The trial runs through the winter.", "The trial runs in winter.", []),
        ("The trial runs through the winter.", "The trial runs through the summer.", ["summer"]),
        ("The trial runs through the winter.", "The trial runs over the spring.", ["spring"]),
        ("De proef loopt tot de zomer.", "De proef loopt tot de herfst.", ["herfst"]),
        ("De proef loopt gedurende de winter.", "De proef loopt in de winter.", []),
        ("Training starts in the first week of March.", "Training starts early March.", []),
        ("Training starts in the first week of March.", "Training starts in the first week of April.", ["April"]),
        ("Training starts in the last weekend of June.", "Training starts in the last weekend of July.", ["July"]),
        ("De training begint in de eerste week van maart.", "De training begint begin maart.", []),
        ("De training begint in de eerste week van maart.", "De training begint in de eerste week van april.", ["april"]),
    ],
)
def test_seasons_and_months_after_a_span_word_are_date_parts(story: str, post: str, flags: list[str]) -> None:
    assert flagged(post, story) == flags


# --- The post's own language picks its number words; a short post gets both -------------------------------

@pytest.mark.parametrize(
    ("story", "post", "asked", "flags"),
    [
        ("Five teams took part in the hackathon.", "Six teams took part.", "nl", ["Six"]),
        ("Five teams took part in the hackathon.", "Five teams took part.", "nl", []),
        ("Het bedrijf nam drie monteurs aan.", "Er kwamen vier monteurs bij.", "en", ["vier"]),
        ("Het bedrijf nam drie monteurs aan.", "Drie monteurs erbij!", "en", []),
        ("The firm opened a plant in Leeds with 40 jobs.",
         "An elf on the shelf at our Leeds plant, where we will build robots for the food industry.", "en", []),
    ],
)
def test_number_words_are_read_in_the_posts_own_language(story: str, post: str, asked: str, flags: list[str]) -> None:
    assert flagged(post, story, language=asked) == flags


@pytest.mark.parametrize(
    ("story", "post", "flags"),
    [
        ("We namen in mei 7 ontwikkelaars aan.", "In mei kwamen er 7 ontwikkelaars bij.", []),
        ("We namen in mei 7 ontwikkelaars aan.", "In mei kwamen er acht ontwikkelaars bij.", ["acht"]),
        ("In March 12 engineers joined us.", "Twelve engineers joined in March.", []),
        ("In March 12 engineers joined us.", "In March 14 engineers joined us.", ["14"]),
        ("The plant opens on May 7 this year.", "It opens May 7.", []),
    ],
)
def test_a_count_after_a_month_is_no_day(story: str, post: str, flags: list[str]) -> None:
    assert flagged(post, story) == flags


@pytest.mark.parametrize(
    ("story", "post", "flags"),
    [
        ("Hale & Moor hired 12 lawyers.", "Hale & Moor LLP hired 12 lawyers.", []),
        ("Bakker & Zonen viert 40 jaar.", "Bakker & Zn. viert 40 jaar.", []),
        ("Alder & Co. posted record sales.", "Alder & Sons posted record sales.", ["Alder & Sons"]),
        ("Hale & Moor hired 12 lawyers.", "Hale & Stone LLP hired 12 lawyers.", ["Hale & Stone LLP"]),
        ("Bakker & Zonen viert 40 jaar.", "Visser & Zn. viert 40 jaar.", ["Visser & Zn."]),
    ],
)
def test_a_legal_form_or_family_suffix_may_be_added_or_dropped(story: str, post: str, flags: list[str]) -> None:
    assert flagged(post, story) == flags
