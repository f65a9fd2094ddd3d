"""Hints for a card that failed, on texts the models really wrote (bench/quality.py runs), in both
languages, and on posts that must pass."""

from __future__ import annotations

import pytest

from app.checks import run_checks
from app.checks.findings import POST
from app.checks.post_shape import StorySubject, check_post_shape

BAKERY = (
    "Bakkerij Van der Linde opent op zaterdag 6 september een tweede winkel, aan de Langestraat in Amersfoort. "
    "Daarmee komen er 14 nieuwe banen bij, waarvan 4 voor leerling-bakkers. Onverkocht brood gaat elke avond "
    "naar de Voedselbank Amersfoort. Op de openingsdag krijgt iedere klant een gratis krentenbol."
)
SOLAR = (
    "Larkfield Energy today switched on Brackenmoor Solar Farm, its largest project so far. The 48 MW farm "
    "near Doncaster has 92,000 panels on former farmland and will supply enough electricity for about 14,000 "
    "homes a year. A crew of 160 people built the farm in 11 months."
)
FUNDING_NL = (
    "Het Utrechtse softwarebedrijf Datavonk heeft 4,5 miljoen euro opgehaald bij Rabo Investments. Datavonk "
    "maakt Wobby, software die gemeenten helpt om verzoeken op grond van de Wet open overheid (Woo) af te "
    "handelen. Wobby wordt nu gebruikt door 27 gemeenten."
)
VOLUNTEERING = (
    "In 2024, people at Mosaic Insurance volunteered 5,600 hours for 38 charities across Wales and the west of "
    "England, through the Give a Day programme. The claims team in Cardiff gave the most time, 740 hours."
)

# (story, requested language, card text, the hints it must get) — texts from the benchmark runs.
CASES = [
    pytest.param(  # Qwen answered a Dutch request in English
        BAKERY,
        "nl",
        "I'm really excited to announce that Bakkerij Van der Linde is opening its second store in Amersfoort! "
        "This new store will add 14 new jobs, with 4 for our young learners.",
        ["language"],
        id="nl-request-english-post",
    ),
    pytest.param(
        SOLAR,
        "en",
        "Vandaag ging Brackenmoor Solar Farm aan. Ik ben trots op de 160 mensen die het in 11 maanden bouwden, "
        "en op het feit dat het genoeg stroom geeft voor 14.000 huizen.",
        ["language"],
        id="en-request-dutch-post",
    ),
    pytest.param(  # Qwen, Dutch with English words mixed in
        FUNDING_NL,
        "nl",
        "Ik wil graag vertellen why this matters for our field of industry: de bigger picture, in plain words. "
        "Datavonk helps the 27 gemeenten with their Woo requests, and that is what I love about it.",
        ["language", "echo"],  # "why this matters for our field" repeats the angle's instruction
        id="nl-request-mixed-post",
    ),
    pytest.param(  # SmolLM2: only hashtags left once the echoed instruction is gone
        SOLAR, "en", "#Bristol #Healthcare #Innovation #Rewards", ["mostly_hashtags"], id="en-only-hashtags"
    ),
    pytest.param(
        BAKERY, "nl", "Open! #Amersfoort #Bakkerij #Brood #Krentenbol", ["mostly_hashtags"], id="nl-mostly-hashtags"
    ),
    pytest.param(  # SmolLM2 wrote about something else entirely
        FUNDING_NL,
        "en",
        "Adele Dubois, a Dutch actress, was sentenced yesterday at a British court and is currently awaiting "
        "trial. The court also said that she does have an alibi.",
        ["off_subject"],
        id="en-off-subject",
    ),
    pytest.param(
        VOLUNTEERING,
        "en",
        "In a world where everyone has the ability to make a difference, and can use their own voice to share "
        "what's on their mind.",
        ["off_subject"],
        id="en-off-subject-generic",
    ),
    pytest.param(
        BAKERY,
        "nl",
        "Vandaag ging mijn fietsclub naar de Veluwe. We reden honderd kilometer door de bossen en dronken "
        "onderweg koffie bij een boerderij.",
        ["off_subject"],
        id="nl-off-subject",
    ),
    pytest.param(  # Qwen echoed "write as the employee"
        VOLUNTEERING,
        "en",
        "As an employee at Mosaic Insurance, I learned a valuable lesson about volunteering: 5,600 hours add up.",
        ["echo"],
        id="en-echo-as-an-employee",
    ),
    pytest.param(
        BAKERY,
        "nl",
        "Natuurlijk! Hier is een LinkedIn-bericht over de opening:\n\nZaterdag opent onze tweede winkel in "
        "Amersfoort, met 14 nieuwe banen.",
        ["preamble"],
        id="nl-preamble",
    ),
    pytest.param(  # Qwen: a note about the post after it
        SOLAR,
        "en",
        "We switched on Brackenmoor today: 92,000 panels, built by 160 people.\n\n"
        "This post highlights the teamwork behind the project.",
        ["notes"],
        id="en-note-after-the-post",
    ),
    pytest.param(
        SOLAR,
        "en",
        "We switched on Brackenmoor today: 92,000 panels. Read more at https://larkfield.example/brackenmoor.",
        ["link"],
        id="en-link",
    ),
    pytest.param(
        BAKERY,
        "nl",
        "Zaterdag opent onze tweede winkel in Amersfoort. Kijk op www.vanderlinde.example/amersfoort voor de route.",
        ["link"],
        id="nl-link",
    ),
    # Posts that pass.
    pytest.param(
        BAKERY,
        "nl",
        "Zaterdag gaat de deur open van onze tweede winkel, aan de Langestraat in Amersfoort. Veertien nieuwe "
        "collega's, van wie vier leerling-bakkers. En wat we 's avonds niet verkopen, gaat naar de Voedselbank."
        "\n\n#Amersfoort #Bakkerij",
        [],
        id="nl-good-post",
    ),
    pytest.param(
        SOLAR,
        "en",
        "92,000 panels, 160 people, 11 months.\n\nI coordinated the grid connection for Brackenmoor, and today "
        "it went live. Enough power for about 14,000 homes.\n\n#SolarEnergy #Doncaster",
        [],
        id="en-good-post",
    ),
    pytest.param(SOLAR, "nl", "Trots!", [], id="too-short-to-judge"),
    pytest.param(SOLAR, None, "Vandaag ging Brackenmoor aan, met 92.000 panelen.", [], id="no-language-asked"),
]


@pytest.mark.parametrize(("story", "language", "post", "kinds"), CASES)
def test_post_shape_hints(story: str, language: str | None, post: str, kinds: list[str]) -> None:
    findings = check_post_shape(post, StorySubject.of(story), language)
    assert [finding.kind for finding in findings] == kinds


def test_language_hint_names_both_languages() -> None:
    [finding] = check_post_shape("I am proud of the new store in Amersfoort and of our team.", StorySubject.of(BAKERY), "nl")
    assert finding.message == "This post is in English, not Dutch."
    assert finding.severity == "warning"


def test_link_hint_suggests_the_first_comment_and_marks_the_link_only() -> None:
    post = "Read more at https://larkfield.example/brackenmoor."
    [finding] = check_post_shape(post, StorySubject.of(SOLAR), "en")
    assert "first comment" in finding.message + finding.why
    assert post[finding.start : finding.end] == "https://larkfield.example/brackenmoor"
    assert finding.severity == "info"


def test_a_failed_card_never_reads_as_passed() -> None:
    report = run_checks("#Bristol #Healthcare #Innovation #Rewards", SOLAR, language="en")
    assert report.by_check(POST)
    assert report.warnings


def test_checks_judge_the_language_the_post_is_in() -> None:
    """A Dutch request answered in English: the language hint, and the fact lock reads English."""
    post = "Our second store opens on Saturday 6 September with 14 new jobs and 25 new ovens."
    report = run_checks(post, BAKERY, language="nl")
    assert report.language == "en"
    assert [f.kind for f in report.by_check(POST)] == ["language"]
    assert [report.excerpt(f) for f in report.unmatched_facts] == ["25"]


def test_a_post_that_passes_every_check_has_no_findings() -> None:
    post = (
        "Zaterdag gaat de deur open van onze tweede winkel in Amersfoort. Veertien nieuwe collega's, van wie "
        "vier leerling-bakkers. Wat we 's avonds niet verkopen, gaat naar de Voedselbank."
    )
    assert run_checks(post, BAKERY, language="nl").findings == ()
