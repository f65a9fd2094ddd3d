"""Issue 8 part 4 in the window itself: a card that is not a usable post says why in its hint
summary, the checks read a card in the language it is written in, and "No hints — it reads like
you" shows only on a card that passed every check. Real window, real check runner, scripted model."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.checks import CheckReport
from app.options import PostOptions
from models.fake import ScriptedBackend
from tests.ui.conftest import WindowFactory, scripted, settle, wait_ready
from ui.main_window import MainWindow
from ui.post_card import PostCard

ALL_CLEAR = "No hints \u2014 it reads like you."
STORY_NL = (
    "Northwind heeft in Groningen een batterijfabriek geopend. Er werken 140 mensen en de fabriek maakt "
    "25.000 batterijen per jaar."
)
GOOD_NL = (
    "Vorige week liep ik voor het eerst door onze nieuwe fabriek in Groningen. Het voelde goed om de eerste "
    "batterijen van de band te zien komen.\n\nWat me het meest raakte: de trots van de collega's die dit samen "
    "hebben opgebouwd."
)
GOOD_EN = (
    "Last week I walked through our new factory in Groningen for the first time. It felt good to see the first "
    "batteries come off the line.\n\nWhat struck me most: the pride of the colleagues who built this together."
)
OFF_SUBJECT_NL = (
    "Vandaag heb ik heerlijk gefietst langs de kust met mijn dochter. De zon scheen, de wind was rustig en we "
    "hebben onderweg twee keer koffie gedronken. Zulke dagen zijn zeldzaam en ik geniet er extra van. Morgen "
    "weer gewoon aan het werk, maar met een hoofd vol zeewind."
)


def written_cards(qtbot: QtBot, make_window: WindowFactory, replies: list[str], *angles: str) -> list[PostCard]:
    """A window asked for Dutch posts about the Dutch story, one card per angle, checked."""
    window: MainWindow = make_window(scripted(ScriptedBackend(replies=replies)))
    wait_ready(qtbot, window)
    window.story_editor.setPlainText(STORY_NL)
    window.angle_panel.set_post_options(PostOptions(tone="warm", angles=angles, language="nl"))
    with qtbot.waitSignal(window.jobDone, timeout=10_000):
        window.generate()
    settle(window)
    cards = window.cards_area.cards
    for card in cards:
        qtbot.waitUntil(lambda card=card: card.hints.report() is not None, timeout=5000)
    return cards


def report_of(card: PostCard) -> CheckReport:
    report = card.hints.report()
    assert report is not None
    return report


def test_a_card_in_another_language_says_so_and_is_checked_in_its_own(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    english, dutch = written_cards(qtbot, make_window, [GOOD_EN, GOOD_NL], "team", "learned")
    # Asked in Dutch, written in English: a hint, and the checks read it as English.
    assert english.hints.summary_text().startswith("This post is in English, not Dutch.")
    assert ALL_CLEAR not in english.hints.summary_text()
    assert report_of(english).language == "en"
    assert [f.kind for f in report_of(english).findings] == ["language"]  # nothing else misread
    # The Dutch card passed every check: only it reads "No hints".
    assert report_of(dutch).language == "nl" and report_of(dutch).findings == ()
    assert dutch.hints.summary_text().startswith(ALL_CLEAR)


@pytest.mark.parametrize(
    ("reply", "hint"),
    [
        ("#Groningen #Batterijen #Fabriek #Energie #Northwind", "This post is mostly hashtags."),
        ("Deze post gaat over de nieuwe fabriek en laat zien hoe trots het team is.", "This line is about the post"),
        (OFF_SUBJECT_NL, "This post does not mention"),
        (GOOD_NL + "\n\nMeer lezen: https://northwind.example/groningen", "A link in the post: put it in the first comment"),
    ],
    ids=["hashtags", "about-the-post", "off-subject", "link"],
)
def test_a_card_that_is_not_a_usable_post_never_reads_no_hints(
    qtbot: QtBot, make_window: WindowFactory, reply: str, hint: str
) -> None:
    (card,) = written_cards(qtbot, make_window, [reply], "team")
    summary = card.hints.summary_text()
    assert summary.startswith(hint)
    assert ALL_CLEAR not in summary
    assert report_of(card).findings


def test_no_hints_shows_exactly_on_the_cards_without_findings(qtbot: QtBot, make_window: WindowFactory) -> None:
    replies = [GOOD_NL, "#Groningen #Batterijen #Fabriek #Energie #Northwind", GOOD_EN]
    cards = written_cards(qtbot, make_window, replies, "team", "learned", "customers")
    all_clear = [ALL_CLEAR in card.hints.summary_text() for card in cards]
    assert all_clear == [not report_of(card).findings for card in cards] == [True, False, False]
