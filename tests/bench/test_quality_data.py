"""The quality benchmark's stories are sound: the facts listed are really in them."""

from __future__ import annotations

import pytest

from app.language import detect_language
from app.post_quality import facts_kept
from app.presets import load_catalog
from bench.quality import BenchStory, load_stories

STORIES = load_stories()


def test_at_least_ten_stories_half_english_half_dutch() -> None:
    languages = [story.language for story in STORIES]
    assert len(STORIES) >= 10
    assert languages.count("en") == languages.count("nl")


@pytest.mark.parametrize("story", STORIES, ids=[story.id for story in STORIES])
def test_story_is_complete_and_its_facts_are_in_it(story: BenchStory) -> None:
    catalog = load_catalog()
    catalog.tone(story.tone)
    assert len(story.angles) == 3 and all(catalog.angle(angle) for angle in story.angles)
    assert detect_language(story.story) == story.language
    assert len(story.facts) >= 5
    # Every key fact is stated in the story in one of its listed forms.
    for fact in story.facts:
        assert facts_kept(story.story, [fact]) == 1, fact
