"""How long a story may be: one rule, said in words, before any check or prompt is built.

A model reads a fixed number of tokens (its context window), the instructions and the post
included. No tokenizer fits more than a handful of characters of prose into one token, so a
story longer than `context × CHARS_PER_TOKEN_CEILING` characters can never fit: it is refused
here at once, instead of after minutes of checks, a prompt of megabytes and an engine that
runs out of memory. Stories that might fit are measured exactly by the engine, which says
so (ContextTooLongError) when one does not.
"""

from __future__ import annotations

from app.story_io import InputError

# English and Dutch prose averages 3.5-4.5 characters per token; 6 leaves room for any text.
CHARS_PER_TOKEN_CEILING = 6
# The largest window OwnVoice opens for any model (the local engine uses at most 8,192 tokens;
# a larger allowance keeps room for backends with bigger windows).
LARGEST_CONTEXT_TOKENS = 32_768


class StoryTooLongError(InputError):
    """The story can never fit the model's context window. `str(err)` says so and what to do."""


def story_limit_chars(context_tokens: int | None = None) -> int:
    """The most characters a story may have for a model with this window (None: any model)."""
    tokens = context_tokens if context_tokens and context_tokens > 0 else LARGEST_CONTEXT_TOKENS
    return min(tokens, LARGEST_CONTEXT_TOKENS) * CHARS_PER_TOKEN_CEILING


def story_length_problem(story: str, context_tokens: int | None = None) -> str | None:
    """The sentence refusing a story that can never fit, or None when it might."""
    limit = story_limit_chars(context_tokens)
    if len(story) <= limit:
        return None
    if context_tokens:
        reader = f"This model reads at most {context_tokens:,} tokens, about {limit:,} characters"
    else:
        reader = f"Even the largest model OwnVoice runs reads at most about {limit:,} characters"
    return (
        f"The story is {len(story):,} characters, far more than a model can read. {reader}, "
        "the instructions and the post included. Keep the part of the story your post is about "
        "(a few paragraphs is plenty) and try again."
    )


def check_story_length(story: str, context_tokens: int | None = None) -> None:
    """Raise StoryTooLongError (an InputError, exit code 2) for a story that can never fit."""
    problem = story_length_problem(story, context_tokens)
    if problem is not None:
        raise StoryTooLongError(problem)
