"""LinkedIn limits: 3,000 characters, the fold, more than 5 hashtags, @mentions."""

from __future__ import annotations

import pytest

from app.checks.limits import MENTION_WHY, check_limits, fold_offset, hook_end


def limits(post: str) -> list[tuple[str, str]]:
    return [(f.kind, f.severity) for f in check_limits(post, fold_offset(post))]


def test_too_long_says_how_much_to_cut() -> None:
    post = "Too long. " + "word " * 698  # 3,500 characters
    [finding] = check_limits(post, fold_offset(post))
    assert (finding.kind, finding.severity) == ("length", "warning")
    assert "3,500 characters" in finding.message and "Cut 500" in finding.message
    assert (finding.start, finding.end) == (3000, 3500)


def test_emoji_count_double_like_linkedin_counts_them() -> None:
    post = "🚀" * 1501
    [finding] = check_limits(post, None)
    assert "3,002 characters" in finding.message
    assert finding.start == 1500


@pytest.mark.parametrize(
    ("post", "expected"),
    [
        ("A short post.", []),
        ("Exactly at the limit. " + "x" * 2978, []),
        ("Short hook.\n" + "Body text here. " * 30, []),
        ("This first sentence goes on and on " * 8 + "and only ends here. Then more.", [("hook", "info")]),
        ("One.\n#a #b #c #d #e", []),
        ("One.\n#a #b #c #d #e #f", [("hashtags", "info")]),
        ("Thanks @Sanne for the help.", [("mention", "info")]),
        ("Mail me at jan@acme.example.", []),
        ("Bedankt @Sanne en @Piet!", [("mention", "info"), ("mention", "info")]),
    ],
)
def test_limits(post: str, expected: list[tuple[str, str]]) -> None:
    assert limits(post) == expected


def test_mentions_explain_that_linkedin_shows_plain_text() -> None:
    [finding] = check_limits("Thanks @Sanne!", None)
    assert finding.why == MENTION_WHY
    assert "Thanks @Sanne!"[finding.start : finding.end] == "@Sanne"


def test_the_fold_follows_linkedins_three_lines_or_210_characters() -> None:
    assert fold_offset("Short.") is None
    assert fold_offset("One\nTwo\nThree\nFour") == len("One\nTwo\nThree")
    long_line = "word " * 60
    fold = fold_offset(long_line)
    assert fold is not None and 150 < fold <= 210


def test_the_hook_ends_at_the_first_sentence_or_the_fold() -> None:
    post = "Hook here. " + "More words follow. " * 20
    assert hook_end(post, fold_offset(post)) == len("Hook here.")
    assert hook_end("word " * 100, 200) == 200
