"""The drafts library's API as the Drafts view, autosave and `rewrite --save` use it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.library import (
    DraftNotFoundError,
    DraftStatus,
    Library,
    LibraryError,
    UnlockMethod,
    VersionSource,
    open_library,
)
from app.library.model import title_from_story
from app.options import PostOptions
from app.paths import AppPaths
from app.secrets import SecretStore
from tests.app.library.helpers import OPTIONS, PASSPHRASE, FakeClock

STORY = "Acme opens a factory in Eindhoven\n\nIt employs 120 people and runs on solar power."
POSTS = {"learned": "What I learned building the Eindhoven line.", "team": "Proud of this team."}


def test_create_draft_keeps_story_options_model_and_generated_cards(library: Library) -> None:
    draft = library.create_draft(STORY, OPTIONS, "SmolLM2-135M", POSTS)

    again = library.get_draft(draft.id)
    assert again == draft
    assert draft.title == "Acme opens a factory in Eindhoven"
    assert draft.options == OPTIONS
    assert draft.model == "SmolLM2-135M"
    assert draft.status is DraftStatus.DRAFT and draft.posted_at is None and draft.deleted_at is None
    assert [(c.angle, c.position, c.text) for c in draft.cards] == [
        ("learned", 0, POSTS["learned"]),
        ("team", 1, POSTS["team"]),
    ]
    history = library.card_versions(draft.cards[0].id)
    assert [(v.source, v.text, v.model) for v in history] == [("generated", POSTS["learned"], "SmolLM2-135M")]
    assert draft.created_at.tzinfo is not None and library.unlock_method is UnlockMethod.PASSPHRASE


def test_save_card_text_writes_nothing_when_unchanged(library: Library) -> None:
    card = library.create_draft(STORY, OPTIONS, "m", POSTS).cards[0]
    before = library.get_draft(card.draft_id).updated_at

    assert library.save_card_text(card.id, card.text) is None

    assert library.get_draft(card.draft_id).updated_at == before
    assert len(library.card_versions(card.id)) == 1


def test_autosaves_while_typing_fold_into_one_edited_version(library: Library, clock: FakeClock) -> None:
    card = library.create_draft(STORY, OPTIONS, "m", POSTS).cards[0]
    for text in ("What I learned", "What I learned today", "What I learned today, honestly"):
        clock.advance(seconds=2)
        library.save_card_text(card.id, text)

    history = library.card_versions(card.id)
    assert [(v.source, v.text) for v in history] == [
        ("generated", POSTS["learned"]),
        ("edited", "What I learned today, honestly"),
    ]
    assert history[1].saved_at > history[1].created_at
    assert library.get_card(card.id).text == "What I learned today, honestly"


def test_a_pause_longer_than_the_window_starts_a_new_version(library: Library, clock: FakeClock) -> None:
    card = library.create_draft(STORY, OPTIONS, "m", POSTS).cards[0]
    library.save_card_text(card.id, "first session")
    clock.advance(minutes=3)
    library.save_card_text(card.id, "second session")

    assert [v.text for v in library.card_versions(card.id)] == [POSTS["learned"], "first session", "second session"]


def test_a_generation_between_edits_starts_a_new_edited_version(library: Library) -> None:
    card = library.create_draft(STORY, OPTIONS, "m", POSTS).cards[0]
    library.save_card_text(card.id, "my edit")
    tweaked = library.add_generated_version(card.id, "shorter", "m2", VersionSource.tweak("shorter"))
    library.save_card_text(card.id, "my edit of the shorter one")

    history = library.card_versions(card.id)
    assert [v.source for v in history] == ["generated", "edited", "tweak:shorter", "edited"]
    assert tweaked.model == "m2" and library.get_draft(card.draft_id).model == "m2"


def test_coalescing_can_be_switched_off(ownvoice_home: AppPaths, no_keyring: SecretStore) -> None:
    with open_library(
        ownvoice_home, PASSPHRASE, secret_store=no_keyring, edit_coalesce_window=timedelta(0)
    ) as library:
        card = library.create_draft(STORY, OPTIONS, "m", POSTS).cards[0]
        library.save_card_text(card.id, "one")
        library.save_card_text(card.id, "two")
        assert [v.source for v in library.card_versions(card.id)] == ["generated", "edited", "edited"]


def test_restore_version_makes_it_current_and_records_it(library: Library) -> None:
    card = library.create_draft(STORY, OPTIONS, "m", POSTS).cards[0]
    original = library.card_versions(card.id)[0]
    library.save_card_text(card.id, "rewritten by me")

    restored = library.restore_version(original.id)

    assert restored.text == POSTS["learned"]
    history = library.card_versions(card.id)
    assert [v.source for v in history] == ["generated", "edited", "restored"]
    assert history[-1].model == "m"
    # Restoring what is already current adds nothing.
    library.restore_version(history[-1].id)
    assert len(library.card_versions(card.id)) == 3


def test_add_card_appends_at_the_end(library: Library) -> None:
    draft = library.create_draft(STORY, OPTIONS, "m", POSTS)
    card = library.add_card(draft.id, "question", "What would you do?", "m3")

    assert card.position == 2
    assert [c.angle for c in library.get_draft(draft.id).cards] == ["learned", "team", "question"]
    assert library.card_versions(card.id)[0].source == "generated"


def test_update_draft_changes_only_what_is_given(library: Library) -> None:
    draft = library.create_draft(STORY, OPTIONS, "m", POSTS)
    new_options = PostOptions(tone="proud", angles=("team",))

    updated = library.update_draft(draft.id, story="A new story", options=new_options)

    assert (updated.story, updated.options, updated.model) == ("A new story", new_options, "m")
    assert updated.updated_at > draft.updated_at
    unchanged = library.update_draft(draft.id, story="A new story")
    assert unchanged.updated_at == updated.updated_at


def test_list_is_newest_change_first_and_filters_by_status(library: Library, clock: FakeClock) -> None:
    first = library.create_draft("First story", OPTIONS)
    second = library.create_draft("Second story", OPTIONS)
    library.save_card_text(library.add_card(first.id, "team", "x").id, "edited later")
    posted = library.mark_posted(second.id, datetime(2026, 3, 1, 12, 0, tzinfo=UTC))
    third = library.create_draft("Third story", OPTIONS)
    library.set_status(third.id, DraftStatus.ARCHIVED)

    assert [d.id for d in library.list_drafts()] == [third.id, second.id, first.id]
    assert [d.id for d in library.list_drafts(status="posted")] == [second.id]
    assert [d.id for d in library.list_drafts(status=DraftStatus.ARCHIVED)] == [third.id]
    summary = library.list_drafts(status="posted")[0]
    assert summary.posted_at == posted.posted_at == datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    assert summary.title == "Second story" and summary.card_count == 0 and summary.snippet == ""


def test_back_to_draft_forgets_the_posting_date_archive_keeps_it(library: Library) -> None:
    draft = library.create_draft(STORY, OPTIONS)
    library.mark_posted(draft.id)
    assert library.set_status(draft.id, "archived").posted_at is not None
    back = library.set_status(draft.id, "draft")
    assert back.status is DraftStatus.DRAFT and back.posted_at is None


def test_delete_can_be_undone_until_purged(library: Library, clock: FakeClock) -> None:
    keep = library.create_draft("Keep me", OPTIONS, "m", POSTS)
    gone = library.create_draft("Delete me", OPTIONS, "m", POSTS)

    library.delete_draft(gone.id)
    assert [d.id for d in library.list_drafts()] == [keep.id]
    assert [d.id for d in library.list_drafts(deleted=True)] == [gone.id]
    library.undo_delete(gone.id)
    assert {d.id for d in library.list_drafts()} == {keep.id, gone.id}

    library.delete_draft(gone.id)
    clock.advance(days=1)
    assert library.purge_deleted(older_than=timedelta(days=2)) == 0
    assert library.purge_deleted() == 1
    with pytest.raises(DraftNotFoundError):
        library.get_draft(gone.id)
    with pytest.raises(DraftNotFoundError):
        library.card_versions(gone.cards[0].id)
    assert library.check_integrity() == []


def test_duplicate_copies_cards_and_history_under_a_new_identity(library: Library) -> None:
    draft = library.create_draft(STORY, OPTIONS, "m", POSTS)
    library.save_card_text(draft.cards[0].id, "edited")
    library.mark_posted(draft.id)

    copy = library.duplicate_draft(draft.id)

    assert copy.id != draft.id and copy.uid != draft.uid
    assert copy.status is DraftStatus.DRAFT and copy.posted_at is None
    assert (copy.story, copy.options, copy.model) == (draft.story, draft.options, draft.model)
    assert [c.text for c in copy.cards] == ["edited", POSTS["team"]]
    assert [v.text for v in library.card_versions(copy.cards[0].id)] == [POSTS["learned"], "edited"]
    # The copy is independent of the original.
    library.save_card_text(copy.cards[0].id, "only in the copy")
    assert library.get_draft(draft.id).cards[0].text == "edited"


@pytest.mark.parametrize(
    "call",
    [
        lambda lib: lib.get_draft(999),
        lambda lib: lib.save_card_text(999, "x"),
        lambda lib: lib.get_version(999),
        lambda lib: lib.mark_posted(999),
        lambda lib: lib.delete_draft(999),
        lambda lib: lib.duplicate_draft(999),
        lambda lib: lib.add_card(999, "team", "x"),
    ],
)
def test_unknown_ids_raise_draft_not_found(library: Library, call: object) -> None:
    with pytest.raises(DraftNotFoundError, match="999"):
        call(library)  # type: ignore[operator]


def test_version_sources_are_checked(library: Library) -> None:
    card = library.create_draft(STORY, OPTIONS, "m", POSTS).cards[0]
    with pytest.raises(ValueError):
        library.add_generated_version(card.id, "x", "m", source="made-up")
    with pytest.raises(ValueError):
        VersionSource.tweak("Not Valid!")


def test_a_closed_library_says_so(library: Library) -> None:
    library.close()
    assert library.closed
    with pytest.raises(LibraryError, match="closed"):
        library.list_drafts()


@pytest.mark.parametrize(
    ("story", "title"),
    [
        ("", "Untitled draft"),
        ("\n\n  \n", "Untitled draft"),
        ("## Big news\nmore", "Big news"),
        ("word " * 40, ("word " * 15).strip() + "…"),
    ],
)
def test_title_from_story(story: str, title: str) -> None:
    assert title_from_story(story) == title


def test_a_library_serves_two_threads_at_once(library: Library) -> None:
    """The app saves and searches on its library thread while the GUI thread reads a card's history."""
    import threading

    draft = library.create_draft(STORY, OPTIONS, "m", POSTS)
    card_id = draft.cards[0].id
    problems: list[BaseException] = []

    def save_many() -> None:
        try:
            for n in range(60):
                library.save_card_text(card_id, f"edit {n}")
                library.list_drafts("factory")
        except BaseException as exc:  # noqa: BLE001 - reported below
            problems.append(exc)

    worker = threading.Thread(target=save_many)
    worker.start()
    for _ in range(60):
        library.card_versions(card_id)
        library.get_draft(draft.id)
    worker.join(timeout=60)
    assert problems == [] and not worker.is_alive()
    assert library.get_card(card_id).text == "edit 59"
