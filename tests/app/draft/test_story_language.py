""""Write in" follows the story's language until the user picks one."""

from __future__ import annotations

from app.draft.model import Change, DraftChange, DraftModel

DUTCH = (
    "Vandaag opent Northwind Energy de eerste batterijfabriek in Groningen. Er werken 140 mensen, "
    "van wie 60 uit de regio. De fabriek maakt vanaf 2027 elk jaar 25.000 batterijen."
)
ENGLISH = (
    "Today Northwind Energy opened its first battery factory in Groningen. The factory employs "
    "140 people, and it will produce 25,000 batteries a year from 2027."
)


def test_pasting_a_dutch_story_switches_write_in_to_dutch_and_back() -> None:
    model = DraftModel()
    changes: list[DraftChange] = []
    model.subscribe(changes.append)
    model.set_story(DUTCH)
    assert model.options.language == "nl"
    assert changes[-1].what & Change.OPTIONS  # the panel hears it and shows Dutch
    model.set_story(ENGLISH)
    assert model.options.language == "en"


def test_a_story_too_short_to_tell_keeps_the_language() -> None:
    model = DraftModel()
    model.set_story(DUTCH)
    model.set_story("Groningen 2027")
    assert model.options.language == "nl"


def test_the_users_choice_wins_over_the_story() -> None:
    model = DraftModel()
    model.choose_language("en")
    model.set_story(DUTCH)
    assert model.options.language == "en"
    assert model.language_chosen


def test_a_new_draft_and_an_opened_file_follow_their_story() -> None:
    model = DraftModel()
    model.new_draft(DUTCH)
    assert model.options.language == "nl"
    model.open_story(ENGLISH)
    assert model.options.language == "en"


def test_the_example_story_sets_the_language_at_start() -> None:
    model = DraftModel(example_story=DUTCH)
    model.follow_story_language()
    assert model.options.language == "nl"
