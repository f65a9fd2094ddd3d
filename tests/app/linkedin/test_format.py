"""to_linkedin_text on concrete examples: what an employee would paste into LinkedIn."""

from __future__ import annotations

import unicodedata

import pytest

from app.linkedin.format import LINKEDIN_MAX_CHARS, linkedin_length, to_linkedin_text, unstyle


def plain(text: str) -> str:
    return to_linkedin_text(text, unicode_styling=False)


@pytest.mark.parametrize(
    ("markdown", "expected"),
    [
        ("We **launched** today", "We 𝗹𝗮𝘂𝗻𝗰𝗵𝗲𝗱 today"),
        ("We __launched__ today", "We 𝗹𝗮𝘂𝗻𝗰𝗵𝗲𝗱 today"),
        ("a *quiet* win", "a 𝘲𝘶𝘪𝘦𝘵 win"),
        ("a _quiet_ win", "a 𝘲𝘶𝘪𝘦𝘵 win"),
        ("***all of it***", "𝙖𝙡𝙡 𝙤𝙛 𝙞𝙩"),
        ("**bold with *italic* inside**", "𝗯𝗼𝗹𝗱 𝘄𝗶𝘁𝗵 𝙞𝙩𝙖𝙡𝙞𝙘 𝗶𝗻𝘀𝗶𝗱𝗲"),
        ("**2024** in numbers", "𝟮𝟬𝟮𝟰 in numbers"),
        ("*hoh*", "𝘩𝘰𝘩"),  # sans-serif italic h is U+1D629: no reserved hole to trip over
    ],
)
def test_emphasis_becomes_unicode_letters(markdown: str, expected: str) -> None:
    assert to_linkedin_text(markdown) == expected
    assert plain(markdown) == unstyle(expected)


def test_styled_letters_are_the_sans_serif_mathematical_ones() -> None:
    styled = to_linkedin_text("**Bold 09** *Italic* ***Both 7***")
    names = {unicodedata.name(char) for char in styled if ord(char) > 0xFFFF}
    assert names, "something should be styled"
    assert all(name.startswith("MATHEMATICAL SANS-SERIF") for name in names)


@pytest.mark.parametrize(
    ("markdown", "expected"),
    [
        ("# Big news", "Big news"),
        ("### Big news ###", "Big news"),
        ("Big news\n========\nBody", "Big news\nBody"),
        ("- one\n- two", "• one\n• two"),
        ("* one\n+ two", "• one\n• two"),
        ("- one\n  - nested\n    - deeper\n- back", "• one\n    • nested\n        • deeper\n• back"),
        ("1. first\n2. second\n10. tenth", "1. first\n2. second\n10. tenth"),
        ("1. first\n   - detail", "1. first\n    • detail"),
        ("> a quote\n> > nested", "a quote\nnested"),
        ("above\n\n---\n\nbelow", "above\n\nbelow"),
        ("above\n\n* * *\n\nbelow", "above\n\nbelow"),
        ("See [our blog](https://example.com/blog)", "See our blog (https://example.com/blog)"),
        ("See [https://example.com](https://example.com)", "See https://example.com"),
        ("Mail <mailto:hi@example.com> or <https://example.com>", "Mail hi@example.com or https://example.com"),
        ("Run `make test` now", "Run make test now"),
        ("Run ``a ` b`` now", "Run a ` b now"),
        ("\\*not italic\\* and 1\\. not a list", "*not italic* and 1. not a list"),
        ("```python\nprint('**hi**')\n```\nafter", "print('**hi**')\nafter"),
        ("one\n\n\n\n\ntwo", "one\n\ntwo"),
        ("trailing   \nspaces\t\n", "trailing\nspaces"),
        ("\n\n  \nstarts late", "starts late"),
        ("windows\r\nline\r\n\r\nends", "windows\nline\n\nends"),
    ],
)
def test_block_markdown_is_converted(markdown: str, expected: str) -> None:
    assert plain(markdown) == expected


def test_headings_are_bold_when_styling() -> None:
    assert to_linkedin_text("## Big *news*") == "𝗕𝗶𝗴 𝙣𝙚𝙬𝙨"


@pytest.mark.parametrize(
    "text",
    [
        "#launch #TeamWork #ai_tools",
        "Proud of #1 and #2",
        "snake_case and file_name_here",
        "5*3 = 15 and 4*2 = 8",
        "2 * 3 = 6",
        "@Jane and hi@example.com",
        "Read https://example.com/_private_/a_b_c?x=1&y=2 today.",
        "C# and F# developers",
        "• already a bullet\n1. already numbered",
    ],
)
def test_things_that_look_like_markdown_but_are_not_stay(text: str) -> None:
    assert to_linkedin_text(text) == text
    assert plain(text) == text


def test_hashtags_mentions_and_urls_are_never_styled() -> None:
    # LinkedIn would no longer link a hashtag written in mathematical letters.
    assert to_linkedin_text("**Join #launch with @Jane at https://example.com**") == (
        "𝗝𝗼𝗶𝗻 #launch 𝘄𝗶𝘁𝗵 @Jane 𝗮𝘁 https://example.com"
    )


def test_unmatched_double_markers_are_dropped_single_ones_kept() -> None:
    assert plain("an **unfinished bold") == "an unfinished bold"
    assert plain("Terms apply*") == "Terms apply*"
    assert plain("a ` stray backtick") == "a  stray backtick"


@pytest.mark.parametrize(
    "emoji",
    ["🚀", "👍🏽", "👩‍💻", "👩‍👩‍👧‍👦", "🇳🇱", "❤️", "1️⃣", "#️⃣", "🏴󠁧󠁢󠁳󠁣󠁴󠁿"],
)
def test_emoji_pass_through_untouched(emoji: str) -> None:
    for markdown in (f"{emoji} start", f"**bold {emoji} inside**", f"- {emoji}", f"# {emoji} title"):
        assert emoji in to_linkedin_text(markdown)
        assert emoji in plain(markdown)


def test_english_round_trip() -> None:
    markdown = (
        "# We shipped it 🚀\n\n"
        "After **six months** of work, our team *finally* launched the new app.\n\n"
        "What I learned:\n"
        "- Talk to users **early**\n"
        "- Ship small\n\n"
        "1. Listen\n2. Build\n\n"
        "Read more: [the story](https://example.com/story) #launch #teamwork"
    )
    assert to_linkedin_text(markdown) == (
        "𝗪𝗲 𝘀𝗵𝗶𝗽𝗽𝗲𝗱 𝗶𝘁 🚀\n\n"
        "After 𝘀𝗶𝘅 𝗺𝗼𝗻𝘁𝗵𝘀 of work, our team 𝘧𝘪𝘯𝘢𝘭𝘭𝘺 launched the new app.\n\n"
        "What I learned:\n"
        "• Talk to users 𝗲𝗮𝗿𝗹𝘆\n"
        "• Ship small\n\n"
        "1. Listen\n2. Build\n\n"
        "Read more: the story (https://example.com/story) #launch #teamwork"
    )
    assert unstyle(to_linkedin_text(markdown)) == plain(markdown)


def test_dutch_round_trip_keeps_accented_letters_whole() -> None:
    markdown = "**Één** team, *één* doel: **geëvalueerd** in __Zürich__ 🇨🇭\n\n- **Café** ideeën"
    styled = to_linkedin_text(markdown)
    # Accented letters have no mathematical form: they stay, precomposed, inside styled words.
    assert styled == "Éé𝗻 team, éé𝘯 doel: 𝗴𝗲ë𝘃𝗮𝗹𝘂𝗲𝗲𝗿𝗱 in 𝗭ü𝗿𝗶𝗰𝗵 🇨🇭\n\n• 𝗖𝗮𝗳é ideeën"
    assert unicodedata.is_normalized("NFC", styled)
    assert unstyle(styled) == plain(markdown) == "Één team, één doel: geëvalueerd in Zürich 🇨🇭\n\n• Café ideeën"


def test_a_letter_with_a_combining_accent_stays_plain_so_it_still_composes() -> None:
    decomposed = "**e\u0301te\u0301**"  # été written as e + U+0301 COMBINING ACUTE ACCENT
    styled = to_linkedin_text(decomposed)
    assert unicodedata.normalize("NFC", styled) == "é𝘁é"


def test_plain_option_removes_markers_without_styling() -> None:
    out = plain("# Title\n\n**bold** *italic* `code` [link](https://e.com)")
    assert out == "Title\n\nbold italic code link (https://e.com)"
    assert unstyle(out) == out


def test_linkedin_length_counts_utf16_code_units() -> None:
    assert LINKEDIN_MAX_CHARS == 3000
    assert linkedin_length("") == 0
    assert linkedin_length("hello") == 5
    assert linkedin_length("één") == 3  # precomposed accents: one unit each
    assert linkedin_length("👍") == 2  # astral: a surrogate pair
    assert linkedin_length("👍🏽") == 4
    assert linkedin_length("👩‍👩‍👧‍👦") == 11
    assert linkedin_length(to_linkedin_text("**bold**")) == 8  # mathematical letters are astral
    assert linkedin_length("a\r\nb") == linkedin_length("a\nb") == 3
