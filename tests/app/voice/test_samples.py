"""split_samples: "one post per block"."""

from __future__ import annotations

import pytest

from app.voice import split_samples


@pytest.mark.parametrize(
    ("text", "posts"),
    [
        # A line of dashes separates posts; blank lines inside a post stay.
        (
            "First post.\n\nSecond paragraph.\n---\nSecond post.\n---\nThird.",
            ["First post.\n\nSecond paragraph.", "Second post.", "Third."],
        ),
        ("One\n  ----  \nTwo\n===\nThree\n***\nFour", ["One", "Two", "Three", "Four"]),
        # Without separator lines, two or more blank lines separate posts.
        ("One.\n\nStill one.\n\n\nTwo.\n \n\t\n\nThree.", ["One.\n\nStill one.", "Two.", "Three."]),
        # With separator lines, blank lines never split.
        ("One.\n\n\nStill one.\n---\nTwo.", ["One.\n\n\nStill one.", "Two."]),
        # Windows line ends, empty blocks and surrounding space are cleaned up.
        ("---\r\nOne.\r\n---\r\n\r\n---\r\nTwo.\r\n", ["One.", "Two."]),
        ("", []),
        ("Just one post.", ["Just one post."]),
    ],
)
def test_splits_posts(text: str, posts: list[str]) -> None:
    assert split_samples(text) == posts


def test_a_dash_inside_a_line_does_not_split() -> None:
    text = "A post -- with dashes --- inside.\n\nSame post."
    assert split_samples(text) == [text]
