"""Proper names: found without flagging ordinary capitalised words, and known in other forms."""

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
        ("Sanne's team uses an iPhone and ASML machines.", ["iPhone", "ASML"]),
        ("Ik sprak met Piet Jansen in Utrecht.", ["Piet Jansen", "Utrecht"]),
        ("Thanks to our CEO Maria García!", ["Maria García"]),
        # no names: sentence starts, pronouns, months, headings, hashtags, URLs, mentions of numbers
        ("Today we opened. Proud moment. I cried.", []),
        ("On Monday in March I met the team.", []),
        ("Big News For Our Whole Team", []),
        ("When I started, I was a small team in Veldhoven.", ["Veldhoven"]),  # "I" makes no heading
        ("Join us: #AcmeLife https://acme.example/Careers", []),
        ("Vandaag openden we. Ik ben trots. Het team ook.", []),
        ("5G and COVID-19.", []),
    ],
)
def test_finds_names(text: str, names: list[str]) -> None:
    assert [name.text for name in find_names(text)] == names


SOURCE = NameSource.of(["Acme Robotics opens a plant in Eindhoven. CEO Jan de Vries is proud.", "My manager Zoë Bakker."])


@pytest.mark.parametrize(
    ("post", "known"),
    [
        ("We love Acme Robotics.", True),
        ("We love Acme.", True),  # part of a longer name
        ("We love ACME's plant.", True),  # possessive, other case
        ("Thanks, Jan and Mr de Vries.", True),
        ("Thanks to Zoe Bakker.", True),  # accents do not matter
        ("The Eindhovense plant.", True),  # a little Dutch inflection
        ("We love Acme Robotix.", False),
        ("The plant in Rotterdam.", False),
        ("Thanks to Piet Jansen.", False),
    ],
)
def test_knows_names_from_the_source(post: str, known: bool) -> None:
    names = find_names(post)
    assert names
    assert all(SOURCE.knows(name) for name in names) is known


def test_nearest_name_is_the_most_alike() -> None:
    [name] = find_names("We love Acme Robotix.")
    assert SOURCE.nearest(name) == "Acme Robotics"
    [other] = find_names("Thanks to Piet Jansen.")
    assert SOURCE.nearest(other) == ""
