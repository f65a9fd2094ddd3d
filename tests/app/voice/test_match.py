"""Voice match: a 0-100 score and the biggest differences in words."""

from __future__ import annotations

import pytest

from app.voice import VoiceMatch, VoiceProfile
from app.voice.features import measure
from tests.app.voice.samples import FORMAL_EN, FORMAL_NL, FORMAL_POST, INFORMAL_NL, PUNCHY_EN, PUNCHY_POST


@pytest.fixture(scope="module")
def punchy() -> VoiceProfile:
    return VoiceProfile.from_posts(PUNCHY_EN)


@pytest.fixture(scope="module")
def formal() -> VoiceProfile:
    return VoiceProfile.from_posts(FORMAL_EN)


@pytest.mark.parametrize(
    ("post", "difference"),
    [
        (FORMAL_POST, "longer sentences than you write"),
        (FORMAL_POST, "fewer line breaks than you use"),
        ("Big day.\nI joined the team.\nStill learning.\n#robots #ai #jobs #future", "4 hashtags; you usually use 1"),
        ("Big day.\nI joined the team.\nStill learning.", "no hashtags; you usually use 1"),
    ],
)
def test_names_what_differs_from_a_punchy_voice(punchy: VoiceProfile, post: str, difference: str) -> None:
    assert any(d.startswith(difference) for d in punchy.match(post).differences)


@pytest.mark.parametrize(
    ("post", "difference"),
    [
        (PUNCHY_POST, "shorter sentences than you write"),
        (FORMAL_EN[0] + " 🎉", "1 emoji; you use none"),
        (FORMAL_EN[0] + " #growth", "1 hashtag; you use none"),
        (FORMAL_POST + " — really — truly — indeed.", "3 em dashes; you use none"),
    ],
)
def test_names_what_differs_from_a_formal_voice(formal: VoiceProfile, post: str, difference: str) -> None:
    match = formal.match(post)
    assert any(d.startswith(difference) for d in match.differences), match.differences


def test_lists_at_most_three_differences(punchy: VoiceProfile) -> None:
    assert 1 <= len(punchy.match(FORMAL_POST).differences) <= 3


def test_no_differences_for_a_post_in_the_same_voice(punchy: VoiceProfile) -> None:
    match = punchy.match(PUNCHY_EN[0])
    assert match.score >= 90
    assert match.label == "Sounds like you"


def test_dutch_form_of_address_counts() -> None:
    informal = VoiceProfile.from_posts(INFORMAL_NL)
    match = informal.match(FORMAL_NL[0])
    assert "addresses readers as 'u'; you write 'je'" in match.differences


def test_language_counts() -> None:
    dutch = VoiceProfile.from_posts(INFORMAL_NL)
    assert any("written in English; your posts are in Dutch" == d for d in dutch.match(PUNCHY_EN[1]).differences)


@pytest.mark.parametrize(
    ("score", "label"), [(95, "Sounds like you"), (70, "Close to your voice"), (20, "Not quite your voice")]
)
def test_labels(score: int, label: str) -> None:
    assert VoiceMatch(score, ()).label == label


@pytest.mark.parametrize(
    ("post", "opening", "closing"),
    [
        ("Ever wondered why? Here is why.", "question", "statement"),
        ("I joined Acme. It is great!", "first_person", "exclamation"),
        ("🚀 Launch day. Go team 🎉", "emoji", "emoji"),
        ("3 lessons from my first year. Which one is yours?", "number", "question"),
        ("\u201cShip it,\u201d she said. We did.\n#shipping #teams", "quote", "hashtags"),
        ("Acme opened a plant. It is big.", "statement", "statement"),
    ],
)
def test_openings_and_closings(post: str, opening: str, closing: str) -> None:
    features = measure(post)
    assert (features.opening, features.closing) == (opening, closing)


def test_empty_post_measures_zero() -> None:
    features = measure("")
    assert features.words == 0 and features.sentences == 0
