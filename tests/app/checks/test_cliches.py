"""Clichés and AI tells in English and Dutch, and overuse of em dashes, emoji and hashtags."""

from __future__ import annotations

import pytest

from app.checks.cliches import bundled_cliches, check_cliches, parse_cliche_file
from app.voice import VoiceProfile


@pytest.mark.parametrize(
    ("post", "flagged", "kind"),
    [
        ("Today I'm excited to announce our new plant.", "excited to announce", "cliche"),
        ("Today I am thrilled to share some news.", "thrilled to share", "cliche"),
        ("This robot is a game-changer for us.", "game-changer", "cliche"),
        ("This robot is a game changer for us.", "game changer", "cliche"),
        ("In today's fast-paced world, robots matter.", "In today's fast-paced world", "cliche"),
        ("In today’s fast-paced world, robots matter.", "In today’s fast-paced world", "cliche"),
        ("Let us delve into the numbers.", "delve", "ai_tell"),
        ("We delved into the numbers.", "delved", "ai_tell"),
        ("A rich tapestry of skills.", "tapestry", "ai_tell"),
        ("It's not just a plant, it's a promise.", "It's not just a plant, it's", "ai_tell"),
        ("Trots om te mogen delen dat we groeien.", "Trots om te mogen delen", "cliche"),
        ("Ik ben ontzettend blij met dit team.", "ontzettend blij", "cliche"),
        ("Ik ben supertrots op dit team.", "supertrots", "cliche"),
        ("In deze snel veranderende wereld telt snelheid.", "In deze snel veranderende wereld", "cliche"),
        ("Het is niet alleen een fabriek, het is een belofte.", "Het is niet alleen een fabriek, het is", "ai_tell"),
        ("Deze machine is een gamechanger.", "gamechanger", "cliche"),
    ],
)
def test_flags_stock_phrases_with_a_why(post: str, flagged: str, kind: str) -> None:
    findings = [f for f in check_cliches(post) if f.kind in ("cliche", "ai_tell")]
    assert [(post[f.start : f.end], f.kind) for f in findings if f.start is not None] == [(flagged, kind)]
    assert findings[0].why
    assert findings[0].severity == "info"


@pytest.mark.parametrize(
    "post",
    [
        "Today we opened our new plant. I am proud of the team.",
        "The game changed when we hired Sanne.",  # not "game-changer"
        "Announcing the winners was exciting.",
        "We delivered 120 robots to Eindhoven.",  # "delivered" is not "delve"
        "Vandaag openden we de fabriek. Ik ben trots op het team.",  # plain "trots" is fine
        "Ik ben blij met de nieuwe collega's.",
        "It is not just about robots. People matter too.",  # two sentences, no "it's Y" turn
    ],
)
def test_leaves_plain_writing_alone(post: str) -> None:
    assert check_cliches(post) == []


def test_a_cliche_in_the_hook_says_so() -> None:
    [finding] = check_cliches("Excited to announce our plant. More below.")
    assert finding.why.startswith("It is in your hook")
    [later] = check_cliches("Our plant opened. We are excited to announce more soon.")
    assert not later.why.startswith("It is in your hook")


@pytest.mark.parametrize(
    ("post", "kind"),
    [
        ("We built it — fast — and well — together.", "em_dash"),
        ("We built it -- fast -- and well -- together.", "em_dash"),
        ("Launch 🚀🚀🎉🎉🙌🙌 today.", "emoji"),
        ("What we did:\n✅ built it\n✅ shipped it\n✅ loved it", "emoji_bullets"),
        ("Great day.\n#robots #ai #jobs #eindhoven", "hashtag_wall"),
    ],
)
def test_flags_overuse(post: str, kind: str) -> None:
    assert [f.kind for f in check_cliches(post)] == [kind]


@pytest.mark.parametrize(
    "post",
    [
        "We built it — fast — together.",  # two dashes
        "Launch day 🚀 and a party 🎉.",
        "Great day.\n#robots #ai #jobs",
        "Great day.\n#a #b #c #d #e #f",  # over LinkedIn's limit: the limits check says it instead
    ],
)
def test_moderate_use_is_fine(post: str) -> None:
    assert check_cliches(post) == []


def test_a_habit_of_the_user_is_not_overuse() -> None:
    dashes = "We built it — fast — and well — together."
    profile = VoiceProfile.from_posts([dashes, "One — two — three — four.", "Yes — no — maybe."])
    assert check_cliches(dashes, profile) == []


def test_bundled_lists_load_with_a_why_for_every_entry() -> None:
    cliches = bundled_cliches()
    assert {entry.language for entry in cliches.entries} == {"en", "nl"}
    assert all(entry.why and entry.kind in ("cliche", "ai_tell") for entry in cliches.entries)


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ('[[entry]]\nkind = "nonsense"\nphrases = ["x"]\nwhy = "y"', "kind"),
        ('[[entry]]\nkind = "cliche"\nphrases = ["x"]', "why"),
        ('[[entry]]\nkind = "cliche"\nwhy = "y"', "phrases or patterns"),
        ('[[entry]]\nkind = "cliche"\nphrases = "x"\nwhy = "y"', "list of strings"),
    ],
)
def test_a_broken_list_names_the_entry(text: str, error: str) -> None:
    with pytest.raises(ValueError, match=error):
        parse_cliche_file(text, "test.toml", "en")
