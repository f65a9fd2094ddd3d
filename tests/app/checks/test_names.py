"""Proper names: found without flagging ordinary capitalised words, and checked as whole entities."""

from __future__ import annotations

import pytest

from app.checks.names import NameSource, find_names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("We met Acme Robotics in Eindhoven.", ["Acme Robotics", "Eindhoven"]),
        ("Yesterday Acme Robotics opened.", ["Acme Robotics"]),
        ("I spoke with Jan van der Berg and Jan de Vries.", ["Jan van der Berg", "Jan de Vries"]),
        ("A deal with Procter & Gamble.", ["Procter & Gamble"]),
        ("Sanne's team uses an iPhone and ASML machines.", ["Sanne", "iPhone", "ASML"]),
        ("Ik sprak met Piet Jansen in Utrecht.", ["Piet Jansen", "Utrecht"]),
        ("Thanks to our CEO Maria García!", ["Maria García"]),
        ("Proud of Acme's Eindhoven plant.", ["Acme", "Eindhoven"]),  # a possessive ends a name
        ("Our plant in Portland, Oregon opens.", ["Portland, Oregon"]),
        # names at the start of a sentence
        ("Maria organised it. Lyon will follow.", ["Maria", "Lyon"]),
        ("Philips leverde de robots.", ["Philips"]),
        ("Proud moment. Jenkins runs the team.", ["Jenkins"]),
        # no names: sentence starts, pronouns, months, headings, hashtags, URLs, abbreviations
        ("Today we opened. Proud moment. I cried.", []),
        ("On Monday in March I met the team.", []),
        ("Big News For Our Whole Team", []),
        ("When I started, I was a small team in Veldhoven.", ["Veldhoven"]),  # "I" makes no heading
        ("Join us: #AcmeLife https://acme.example/Careers @acme", []),
        ("Vandaag openden we. Ik ben trots. Het team ook.", []),
        ("Organised by the team. Thrilled, humbled, grateful.", []),
        ("Klantgerichtheid staat voorop. Duurzaamheid ook.", []),
        ("Onboarding starts Monday. Cobots are the future. Upskilling matters. Shoutout to ops!", []),
        ("Our new HQ, the DC and the CFO.", []),
        ("5G and COVID-19.", []),
    ],
)
def test_finds_names(text: str, names: list[str]) -> None:
    assert [name.text for name in find_names(text)] == names


SOURCE = NameSource.of(
    [
        "Acme Robotics opens a plant in Eindhoven. CEO Jan de Vries is proud. The Eindhoven University of "
        "Technology helps. Offices in Portland, Oregon and Augusta, Maine. Annual recurring revenue grew.",
        "My manager Zoë Bakker.",
    ]
)


@pytest.mark.parametrize(
    ("post", "known"),
    [
        ("We love Acme Robotics.", True),
        ("We love Acme.", True),  # part of a longer name
        ("We love ACME's plant.", True),  # possessive, other case
        ("Acme Robotics B.V. and Acme Robotics Inc.", True),  # a legal form added
        ("Thanks, Jan and Mr de Vries.", True),
        ("Thanks to Zoe Bakker.", True),  # accents do not matter
        ("The Eindhovense plant.", True),  # a little Dutch inflection
        ("A plant in Portland, Oregon.", True),
        ("The EUT helps, and our ARR grew.", True),  # initials of the story's words
        ("Acme Eindhoven is hiring.", True),  # a name and a place of the story
        ("We love Acme Robotix.", False),
        ("The plant in Rotterdam.", False),
        ("Thanks to Piet Jansen.", False),
        ("Thanks to Jan Bakker.", False),  # first name of one person, surname of another
        ("Thanks to Zoë de Vries.", False),
        ("A plant in Portland, Maine.", False),  # a real town with the wrong state
        ("Augusta, Oregon is next.", False),
    ],
)
def test_knows_names_as_whole_entities(post: str, known: bool) -> None:
    names = find_names(post)
    assert names
    assert all(SOURCE.knows(name) for name in names) is known


def test_nearest_name_is_the_most_alike() -> None:
    [name] = find_names("We love Acme Robotix.")
    assert SOURCE.nearest(name) == "Acme Robotics"
    [other] = find_names("Thanks to Piet Jansen.")
    assert SOURCE.nearest(other) == ""


def test_a_mixed_name_at_the_start_of_a_sentence_is_flagged_whole() -> None:
    [name] = find_names("Jan Bakker opened the plant.")
    assert SOURCE.unknown(name) is not None
    assert SOURCE.unknown(name).text == "Jan Bakker"  # type: ignore[union-attr]
