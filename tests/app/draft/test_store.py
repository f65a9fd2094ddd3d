"""Snapshots of the draft model written to a real (SQLCipher) library, each change once."""

from __future__ import annotations

import pytest

from app.draft.model import DraftModel
from app.draft.store import DraftRecorder, snapshot, stored_cards
from app.library import Library, LibraryWriteError, WriteFailure
from app.options import PersonalNotes, PostOptions
from tests.app.draft.test_model import generate
from tests.library_fixtures import clock, library, no_keyring  # noqa: F401 - fixtures

STORY = "Northwind opened a battery factory in Groningen."
EXAMPLE = "The example story."


def fresh_model() -> DraftModel:
    model = DraftModel(example_story=EXAMPLE)
    model.set_options(PostOptions(tone="warm", angles=("learned", "team")))
    return model


def save(recorder: DraftRecorder, library: Library, model: DraftModel) -> int:
    result = recorder.save(library, snapshot(model))
    model.mark_saved(result.token, result.revision, result.draft_id, dict(result.card_ids))
    return result.draft_id


def test_nothing_is_stored_until_the_draft_holds_something_of_the_users(library: Library) -> None:
    model = fresh_model()
    recorder = DraftRecorder()
    assert save(recorder, library, model) == 0  # the untouched example story
    model.begin_job(1, model.plan_generation(("team",)))
    model.job_finished(1, cancelled=False, failed=True)  # a failed attempt
    assert save(recorder, library, model) == 0
    assert library.list_drafts() == [] and not model.unsaved
    model.set_story(STORY)
    draft_id = save(recorder, library, model)
    [summary] = library.list_drafts()
    assert summary.id == draft_id and library.get_draft(draft_id).story == STORY


def test_a_generation_an_edit_and_keep_each_reach_the_library_once(library: Library) -> None:
    model = fresh_model()
    model.set_story(STORY)
    model.set_model_name("SmolLM2")
    recorder = DraftRecorder()
    generate(model, 1, {"learned": "What I learned.", "team": "Proud of the team."})
    draft_id = save(recorder, library, model)
    assert save(recorder, library, model) == draft_id  # saving again writes nothing new
    draft = library.get_draft(draft_id)
    assert [(c.angle, c.text) for c in draft.cards] == [("learned", "What I learned."), ("team", "Proud of the team.")]
    team_id = model.card("team").library_id  # type: ignore[union-attr]
    assert team_id == draft.cards[1].id
    model.edit_card("team", "Proud of the whole team.")
    model.set_kept("team", True)
    save(recorder, library, model)
    save(recorder, library, model)
    versions = library.card_versions(team_id)
    assert [(v.source, v.text, v.model) for v in versions] == [
        ("generated", "Proud of the team.", "SmolLM2"),
        ("edited", "Proud of the whole team.", ""),
    ]
    assert library.get_card(team_id).kept
    # Generate again: the kept card stays, a new one goes beside it.
    generate(model, 2, {"learned": "Learned again.", "team": "Another team post."})
    save(recorder, library, model)
    texts = {c.angle: c.text for c in library.get_draft(draft_id).cards if c.angle == "learned"}
    assert texts == {"learned": "Learned again."}
    assert sorted(c.text for c in library.get_draft(draft_id).cards if c.angle == "team") == [
        "Another team post.",
        "Proud of the whole team.",
    ]
    assert [v.source for v in library.card_versions(model.card("learned").library_id)] == ["generated", "generated"]  # type: ignore[arg-type,union-attr]


def test_two_snapshots_of_a_new_draft_never_make_two_drafts(library: Library) -> None:
    model = fresh_model()
    model.set_story(STORY)
    recorder = DraftRecorder()
    first, second = snapshot(model), None
    model.set_options(PostOptions(tone="witty", angles=("team",), notes=PersonalNotes(role="I led it")))
    second = snapshot(model)
    assert first.draft_id == second.draft_id == 0  # both taken before any save came back
    recorder.save(library, first)
    result = recorder.save(library, second)
    [summary] = library.list_drafts()
    assert summary.id == result.draft_id
    assert library.get_draft(result.draft_id).options.notes.role == "I led it"


def test_a_failed_save_is_written_by_the_next_snapshot(library: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    model = fresh_model()
    model.set_story(STORY)
    recorder = DraftRecorder()
    generate(model, 1, {"learned": "One.", "team": "Two."})
    real_add_card = library.add_card
    calls = {"n": 0}

    def add_card_once_failing(*args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 2:
            raise LibraryWriteError("The disk is full.", WriteFailure.DISK_FULL, "the disk is full")
        return real_add_card(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(library, "add_card", add_card_once_failing)
    with pytest.raises(LibraryWriteError):
        recorder.save(library, snapshot(model))
    assert model.unsaved
    draft_id = save(recorder, library, model)
    assert [c.text for c in library.get_draft(draft_id).cards] == ["One.", "Two."]
    assert not model.unsaved


def test_an_opened_draft_is_updated_not_copied(library: Library) -> None:
    stored = library.create_draft("A bridge story.", PostOptions(tone="modest", angles=("team",)), "m", {"team": "Bridge crew."})
    model = fresh_model()
    draft = library.get_draft(stored.id)
    model.load(draft.id, draft.story, draft.options, stored_cards(library, draft))
    recorder = DraftRecorder()
    assert save(recorder, library, model) == stored.id
    assert [v.source for v in library.card_versions(stored.cards[0].id)] == ["generated"]  # nothing rewritten
    model.edit_card("team", "The whole bridge crew.")
    save(recorder, library, model)
    assert len(library.list_drafts()) == 1
    assert library.get_draft(stored.id).cards[0].text == "The whole bridge crew."
