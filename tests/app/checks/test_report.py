"""run_checks: every check in one report, with meters, offsets and JSON."""

from __future__ import annotations

import json

import pytest

from app.checks import CardChecker, format_report, parse_guidelines, run_checks
from app.voice import VoiceProfile
from tests.app.checks.stories import NOTES, STORY_EN, STORY_NL
from tests.app.voice.samples import PUNCHY_EN

GUIDELINES = parse_guidelines('name = "Acme"\nforbidden_terms = ["Project Falcon"]\nmax_hashtags = 2\n')
BAD_POST = (
    "I'm excited to announce that Acme Robotics opens its new plant in Rotterdam!\n"
    "The €3 million investment creates 120 jobs. Project Falcon is next. Thanks @Sanne.\n"
    "#robots #acme #jobs"
)
GOOD_POST = "Our plant in Eindhoven opens in March.\nI will train 120 new colleagues.\nNervous? A bit. 😅\n#robots"


def test_a_card_with_problems_gets_a_finding_from_every_check() -> None:
    report = run_checks(BAD_POST, STORY_EN, NOTES, VoiceProfile.from_posts(PUNCHY_EN), GUIDELINES)
    assert {f.check for f in report.findings} == {"fact", "guideline", "limit", "cliche", "voice"}
    assert [report.excerpt(f) for f in report.unmatched_facts] == ["Rotterdam", "€3 million"]
    assert report.voice is not None and report.voice.score < 80
    assert report.language == "en"


def test_findings_are_grouped_by_check_then_position() -> None:
    report = run_checks(BAD_POST, STORY_EN, NOTES, guidelines=GUIDELINES)
    order = ["fact", "guideline", "limit", "own_words", "cliche", "voice"]
    checks = [f.check for f in report.findings]
    assert checks == sorted(checks, key=order.index)


def test_a_good_card_has_no_warnings() -> None:
    report = run_checks(GOOD_POST, STORY_EN, NOTES, VoiceProfile.from_posts(PUNCHY_EN))
    assert report.warnings == ()
    assert report.copy_warning() is None
    assert report.voice is not None and report.voice.score >= 70


def test_a_dutch_card_from_an_english_story() -> None:
    post = "Onze fabriek in Eindhoven opent op 12 maart. 120 banen in anderhalf jaar, een investering van €2,5 miljoen."
    assert run_checks(post, STORY_EN).unmatched_facts == ()
    assert run_checks(post, STORY_NL, language="nl").unmatched_facts == ()


def test_copy_warning_names_the_facts() -> None:
    report = run_checks(BAD_POST, STORY_EN, NOTES, guidelines=GUIDELINES)
    assert report.copy_warning() == (
        "2 facts are not in the story or your notes: \u201cRotterdam\u201d, \u201c€3 million\u201d. Check before you post."
    )


def test_json_has_offsets_lines_and_meters() -> None:
    report = run_checks(BAD_POST, STORY_EN, NOTES, VoiceProfile.from_posts(PUNCHY_EN), GUIDELINES)
    data = json.loads(report.to_json())
    assert set(data["meters"]) == {"own_words", "voice", "own_posts"}
    assert data["meters"]["own_posts"]["longest_run_words"] == 0  # the post does not copy the profile's posts
    assert data["characters"] == len(BAD_POST)
    money = next(f for f in data["findings"] if f["kind"] == "money")
    assert BAD_POST[money["start"] : money["end"]] == "€3 million" == money["excerpt"]
    assert (money["line"], money["column"]) == (2, 5)
    assert money["hint"] == "€2.5 million"


def test_a_forbidden_term_is_not_also_an_unknown_name() -> None:
    without = run_checks(BAD_POST, STORY_EN, NOTES)
    assert "Falcon" in [without.excerpt(f) for f in without.unmatched_facts]
    with_guidelines = run_checks(BAD_POST, STORY_EN, NOTES, guidelines=GUIDELINES)
    assert "Falcon" not in [with_guidelines.excerpt(f) for f in with_guidelines.unmatched_facts]


def test_the_checker_reads_the_story_once_for_many_cards() -> None:
    checker = CardChecker.for_story(STORY_EN, NOTES)
    assert checker.check(BAD_POST) == run_checks(BAD_POST, STORY_EN, NOTES)
    assert checker.check(GOOD_POST).warnings == ()


@pytest.mark.parametrize("post", [BAD_POST, GOOD_POST])
def test_text_report_shows_positions_and_groups(post: str) -> None:
    text = format_report(run_checks(post, STORY_EN, NOTES, guidelines=GUIDELINES), indent="  ")
    assert text.startswith("  Own words:")
    if post is BAD_POST:
        assert "Facts (2)" in text
        assert "2:5" in text and "Nearest in the story: €2.5 million" in text


def test_text_report_for_a_clean_card() -> None:
    text = format_report(run_checks("Plain words about the plant.", STORY_EN))
    assert "No hints" in text


def test_a_card_far_past_linkedins_limit_is_checked_on_its_start_with_the_true_length() -> None:
    post = BAD_POST + "\n" + "More words here. " * 300_000  # 5 MB pasted into a card
    report = CardChecker.for_story(STORY_EN, NOTES).check(post, "en")
    [note] = [f for f in report.findings if f.kind == "not_checked"]
    assert "first 20,000 characters" in note.message
    [length] = [f for f in report.findings if f.kind == "length"]
    assert f"{len(post):,} characters" in length.message
    assert [report.excerpt(f) for f in report.unmatched_facts][:2] == ["Rotterdam", "€3 million"]


def test_a_card_with_more_facts_than_a_post_has_says_what_was_left_unchecked() -> None:
    post = " ".join(f"{n} robots in Zwolle{n}." for n in range(300, 700))
    report = CardChecker.for_story(STORY_EN).check(post, "en")
    facts = report.unmatched_facts
    assert any(f.kind == "not_checked" for f in facts)
    assert len([f for f in facts if f.kind != "not_checked"]) <= 200  # figures and names, 100 each
    assert sum(1 for f in facts if f.hint) <= 100 + 20  # nearest-name hints are bounded too
