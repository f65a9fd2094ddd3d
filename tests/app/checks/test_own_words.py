"""Own-words meter: shared five-word sequences and the longest copied run."""

from __future__ import annotations

import pytest

from app.checks.own_words import MESSAGE, measure_own_words, own_words_findings, story_shingles
from tests.app.checks.stories import STORY_EN, STORY_NL

SHINGLES_EN = story_shingles(STORY_EN)
SHINGLES_NL = story_shingles(STORY_NL)


@pytest.mark.parametrize(
    ("shingles", "post", "press_release"),
    [
        (SHINGLES_EN, STORY_EN, True),
        # copied with other case and punctuation is still copied
        (SHINGLES_EN, STORY_EN.upper().replace(".", "!"), True),
        (SHINGLES_NL, STORY_NL, True),
        # one long copied sentence inside own words
        (
            SHINGLES_EN,
            "What a week for us. The €2.5 million investment creates 120 jobs over 18 months. Revenue grew "
            "30% last year. I never thought I would see this happen in my own town, and I am grateful.",
            True,
        ),
        # own words about the same facts
        (
            SHINGLES_EN,
            "Our Eindhoven plant opens in March. 120 new colleagues will join over the next year and a half, "
            "and I get to help train them. That is the part I am most excited about.",
            False,
        ),
        (
            SHINGLES_NL,
            "In maart gaat onze fabriek in Eindhoven open. Ik mag de nieuwe collega's opleiden, en daar kijk ik "
            "echt naar uit.",
            False,
        ),
        # quoting the CEO is fine
        (SHINGLES_EN, 'Our CEO said it best: "This is a big step for Brabant." I agree, and here is why.', False),
        (SHINGLES_EN, "Short.", False),
    ],
)
def test_flags_a_card_that_reads_like_the_press_release(
    shingles: frozenset[tuple[str, ...]], post: str, press_release: bool
) -> None:
    meter = measure_own_words(post, shingles)
    assert meter.reads_like_press_release is press_release
    findings = own_words_findings(meter)
    assert [f.message for f in findings] == ([MESSAGE] if press_release else [])


def test_the_longest_run_is_located_in_the_card() -> None:
    post = "What a week. The €2.5 million investment creates 120 jobs over 18 months. Wow."
    meter = measure_own_words(post, SHINGLES_EN)
    copied = post[meter.longest_run_start : meter.longest_run_end]
    assert copied == "The €2.5 million investment creates 120 jobs over 18 months"
    assert meter.longest_run_words == 11
    assert meter.copied_runs == ((meter.longest_run_start, meter.longest_run_end),)
    assert 0.5 < meter.shared_share < 1


def test_an_empty_or_tiny_card_has_an_empty_meter() -> None:
    meter = measure_own_words("Hi there", SHINGLES_EN)
    assert (meter.shared_share, meter.longest_run_words, meter.longest_run_start) == (0.0, 0, None)


# ---------------------------------------------------------------- copying the user's own earlier posts

MY_POSTS = [
    "Spent the morning on the factory floor with the night shift. Honest work, proud team, strong coffee.",
    "Small wins matter. Today our team shipped the new dashboard after six weeks of testing with real users.",
    "Three things I learned from our first customer visit: listen first, write it down, and always follow up.",
]


def _profile():  # type: ignore[no-untyped-def]
    from app.voice import VoiceProfile

    return VoiceProfile.from_posts(MY_POSTS)


@pytest.mark.parametrize(
    ("post", "copies"),
    [
        # a whole sentence lifted from an earlier post, inside new words
        (
            "Our Eindhoven plant opens in March. Spent the morning on the factory floor with the night shift. "
            "I cannot wait to meet the new colleagues.",
            True,
        ),
        # the earlier post almost entirely, with other punctuation and case
        (MY_POSTS[1].upper().replace(".", "!"), True),
        # the same habits (short sentences, "proud team") but new words
        (
            "Big news from Eindhoven. Our plant opens in March. Proud team, long weeks, and 120 new colleagues "
            "to train. I will be there.",
            False,
        ),
        ("Short.", False),
    ],
)
def test_the_meter_warns_when_a_post_copies_the_users_own_posts(post: str, copies: bool) -> None:
    from app.checks import CardChecker
    from app.checks.own_words import OWN_POST_MESSAGE

    report = CardChecker.for_story(STORY_EN, profile=_profile()).check(post, "en")
    own_post = [f for f in report.findings if f.kind == "own_post"]
    assert bool(own_post) is copies
    assert report.own_posts is not None
    if copies:
        finding = own_post[0]
        assert finding.severity == "warning" and finding.message == OWN_POST_MESSAGE
        assert finding.start is not None and finding.end is not None
        assert report.copied_share >= report.own_posts.shared_share > 0
        assert report.to_dict()["meters"]["own_posts"]["longest_run_words"] >= 8


def test_without_a_voice_profile_there_is_no_own_posts_meter() -> None:
    from app.checks import CardChecker

    report = CardChecker.for_story(STORY_EN).check(MY_POSTS[0], "en")
    assert report.own_posts is None and not [f for f in report.findings if f.kind == "own_post"]
