"""A story no model could ever take is refused in words, before any check or prompt is built."""

from __future__ import annotations

import pytest

from app.story_length import (
    CHARS_PER_TOKEN_CEILING,
    LARGEST_CONTEXT_TOKENS,
    StoryTooLongError,
    check_story_length,
    story_length_problem,
    story_limit_chars,
)
from app.story_io import InputError


def test_a_normal_story_passes_for_any_model() -> None:
    story = "Acme opens a plant in Eindhoven. " * 300  # ~10,000 characters, a long press release
    assert story_length_problem(story) is None
    assert story_length_problem(story, 4096) is None
    check_story_length(story, 2048)


def test_a_story_past_the_largest_window_is_refused_whatever_the_model() -> None:
    story = "x" * (LARGEST_CONTEXT_TOKENS * CHARS_PER_TOKEN_CEILING + 1)
    with pytest.raises(StoryTooLongError) as caught:
        check_story_length(story)
    assert isinstance(caught.value, InputError) and caught.value.exit_code == 2
    message = str(caught.value)
    assert f"{len(story):,} characters" in message and "Even the largest model" in message
    assert "a few paragraphs" in message  # what to do about it


def test_the_loaded_models_window_sets_the_limit() -> None:
    limit = story_limit_chars(4096)
    assert limit == 4096 * CHARS_PER_TOKEN_CEILING
    assert story_length_problem("y" * limit, 4096) is None
    problem = story_length_problem("y" * (limit + 1), 4096)
    assert problem is not None and "This model reads at most 4,096 tokens" in problem
    assert story_limit_chars(10**9) == story_limit_chars()  # never more than the largest window
