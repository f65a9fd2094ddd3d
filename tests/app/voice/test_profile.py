"""VoiceProfile: built from 3 to 20 posts, editable, stored as JSON, and it recognises its own voice."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from app.story_io import InputError
from app.voice import VoiceProfile
from tests.app.voice.samples import FORMAL_EN, FORMAL_NL, FORMAL_POST, INFORMAL_NL, PUNCHY_EN, PUNCHY_POST


def test_measures_the_habits_of_the_samples() -> None:
    profile = VoiceProfile.from_posts(PUNCHY_EN)
    assert profile.language == "en"
    assert profile.words_per_sentence < 6
    assert profile.emoji_per_post == 1
    assert profile.hashtags_per_post == 1
    assert profile.closing == "hashtags"
    assert profile.favourite_emoji[0] in "🚀🙌😅💤🎤"
    assert profile.first_person_per_100_words > 4
    assert profile.em_dashes_per_post == 0


def test_a_profile_matches_a_post_in_its_style_better_than_one_in_another_style() -> None:
    punchy = VoiceProfile.from_posts(PUNCHY_EN)
    formal = VoiceProfile.from_posts(FORMAL_EN)
    assert punchy.match(PUNCHY_POST).score > punchy.match(FORMAL_POST).score + 30
    assert formal.match(FORMAL_POST).score > formal.match(PUNCHY_POST).score + 30
    assert punchy.match(PUNCHY_POST).score >= 80


@pytest.mark.parametrize(
    ("samples", "note"),
    [
        (PUNCHY_EN, "Keep sentences short (about 4 words)."),
        (PUNCHY_EN, "Use about 1 hashtag at the end."),
        (PUNCHY_EN, "Put most sentences on a line of their own."),
        (PUNCHY_EN, "Write in the first person ('I'), about your own experience."),
        (PUNCHY_EN, "Avoid exclamation marks."),
        (FORMAL_EN, "Use no hashtags."),
        (FORMAL_EN, "Use no emoji."),
        (FORMAL_EN, "Longer, flowing sentences are fine (about 29 words)."),
        (FORMAL_EN, "Keep the focus on the team and the work rather than on 'I'."),
        (INFORMAL_NL, "Address readers as 'je' (informal Dutch)."),
        (FORMAL_NL, "Address readers as 'u' (formal Dutch)."),
    ],
)
def test_style_notes_are_short_imperatives_from_the_numbers(samples: list[str], note: str) -> None:
    assert note in VoiceProfile.from_posts(samples).style_notes()


def test_edited_numbers_change_the_derived_notes() -> None:
    profile = replace(VoiceProfile.from_posts(PUNCHY_EN), hashtags_per_post=0.0)
    assert "Use no hashtags." in profile.style_notes()


def test_the_user_can_edit_the_notes_and_go_back() -> None:
    profile = VoiceProfile.from_posts(PUNCHY_EN)
    edited = profile.with_style_notes(["Never use hashtags.", "  ", " Tell one story. "])
    assert edited.style_notes() == ["Never use hashtags.", "Tell one story."]
    assert edited.with_style_notes(None).style_notes() == profile.style_notes()


@pytest.mark.parametrize(
    ("count", "message"),
    [(0, "at least 3"), (2, "found 2"), (21, "at most 20")],
)
def test_needs_three_to_twenty_posts(count: int, message: str) -> None:
    with pytest.raises(InputError, match=message):
        VoiceProfile.from_posts([f"Post number {i} about my work." for i in range(count)])


def test_blank_posts_do_not_count() -> None:
    with pytest.raises(InputError, match="found 2"):
        VoiceProfile.from_posts(["One post.", "  \n ", "Another post.", ""])


def test_round_trips_through_json() -> None:
    profile = VoiceProfile.from_posts(INFORMAL_NL).with_style_notes(["Schrijf kort."])
    restored = VoiceProfile.from_dict(json.loads(json.dumps(profile.to_dict())))
    assert restored == profile


@pytest.mark.parametrize(
    ("field", "value"),
    [("samples", "not a list"), ("words_per_sentence", "twelve"), ("formality", 3), ("custom_notes", [1, 2])],
)
def test_a_damaged_stored_profile_names_the_field(field: str, value: object) -> None:
    data = VoiceProfile.from_posts(PUNCHY_EN).to_dict()
    data[field] = value
    with pytest.raises(InputError, match=field):
        VoiceProfile.from_dict(data)


def test_a_stored_profile_without_a_field_is_refused() -> None:
    data = VoiceProfile.from_posts(PUNCHY_EN).to_dict()
    del data["language"]
    with pytest.raises(InputError, match="language"):
        VoiceProfile.from_dict(data)


def words_as_tokens(text: str) -> int:
    return len(text.split())


def test_choose_samples_picks_typical_posts_within_the_budget() -> None:
    profile = VoiceProfile.from_posts(PUNCHY_EN)
    chosen = profile.choose_samples(40, words_as_tokens)
    assert 1 <= len(chosen) <= 3
    assert sum(words_as_tokens(sample) for sample in chosen) <= 40
    assert all(sample in PUNCHY_EN for sample in chosen)


def test_choose_samples_takes_at_most_three() -> None:
    assert len(VoiceProfile.from_posts(PUNCHY_EN).choose_samples(10_000, words_as_tokens)) == 3


def test_choose_samples_returns_nothing_when_nothing_fits() -> None:
    assert VoiceProfile.from_posts(FORMAL_EN).choose_samples(5, words_as_tokens) == []


def test_summary_says_what_the_profile_measured() -> None:
    summary = dict(VoiceProfile.from_posts(INFORMAL_NL).summary())
    assert summary["Language"] == "Dutch"
    assert summary["Dutch form of address (informal 'je' / formal 'u')"] == "'je' (informal)"
    assert summary["Hashtags per post"] == "0.0 per post"
