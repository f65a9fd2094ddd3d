"""Export as Markdown and JSON; import JSON back, validated, all or nothing, never duplicating."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.library import DraftStatus, ImportFormatError, Library, open_library
from app.paths import AppPaths
from app.secrets import SecretStore
from tests.app.library.helpers import OPTIONS, PASSPHRASE

STORY = "Quarterly results\n\nRevenue grew 12% thanks to the Nimbus launch."


@pytest.fixture
def filled(library: Library) -> Library:
    draft = library.create_draft(STORY, OPTIONS, "SmolLM2", {"learned": "Lesson one.", "team": "Team post."})
    library.save_card_text(draft.cards[0].id, "Lesson one, edited.")
    library.mark_posted(draft.id, datetime(2026, 2, 27, 8, 30, tzinfo=UTC))
    library.create_draft("A second story", OPTIONS)
    return library


@pytest.fixture
def other_library(tmp_path: Path, no_keyring: SecretStore) -> Iterator[Library]:
    """A library on "another laptop"."""
    with open_library(AppPaths.under(tmp_path / "elsewhere"), PASSPHRASE, secret_store=no_keyring) as lib:
        yield lib


def test_markdown_export_reads_well(filled: Library) -> None:
    text = filled.export_markdown()

    first, second = text.split("\n---\n\n")
    assert first.startswith("# Quarterly results\n")
    assert "- Status: posted on 2026-02-27" in first
    assert "Angles: learned, team" in first and "- Model: SmolLM2" in first
    assert "## Story\n\nQuarterly results\n\nRevenue grew 12%" in first
    assert "## Personal notes\n\n- My role: I led the pilot\n- A detail: the first crate" in first
    assert "### learned\n\nLesson one, edited.\n" in first
    assert second.startswith("# A second story")


def test_export_selected_drafts_only(filled: Library) -> None:
    second = filled.list_drafts("second")[0].id
    data = json.loads(filled.export_json([second]))
    assert [d["story"] for d in data["drafts"]] == ["A second story"]


def test_json_round_trip_keeps_everything(filled: Library, other_library: Library) -> None:
    exported = filled.export_json()

    report = other_library.import_json(exported)

    assert len(report.added) == 2 and report.skipped == ()
    assert report.summary() == "Imported 2 drafts."
    assert other_library.export_records() == filled.export_records()
    imported = other_library.get_draft(other_library.list_drafts("quarterly")[0].id)
    assert imported.status is DraftStatus.POSTED and imported.posted_at == datetime(2026, 2, 27, 8, 30, tzinfo=UTC)
    history = other_library.card_versions(imported.cards[0].id)
    assert [(v.source, v.text) for v in history] == [("generated", "Lesson one."), ("edited", "Lesson one, edited.")]


def test_importing_the_same_file_again_duplicates_nothing(filled: Library, other_library: Library) -> None:
    exported = filled.export_json()
    other_library.import_json(exported)
    local = other_library.list_drafts("second")[0]
    other_library.update_draft(local.id, story="A second story, improved here")

    report = other_library.import_json(exported)

    assert report.added == () and len(report.skipped) == 2
    assert "2 drafts already in your library, left unchanged" in report.summary()
    assert len(other_library.list_drafts()) == 2
    assert other_library.get_draft(local.id).story == "A second story, improved here"
    # Importing into the library the drafts came from is a no-op too.
    assert filled.import_json(exported).added == ()


def test_a_duplicated_draft_gets_its_own_uid(filled: Library, other_library: Library) -> None:
    filled.duplicate_draft(filled.list_drafts("second")[0].id)
    assert len(other_library.import_json(filled.export_json()).added) == 3


def test_deleted_drafts_are_not_exported(filled: Library) -> None:
    filled.delete_draft(filled.list_drafts("second")[0].id)
    assert len(json.loads(filled.export_json())["drafts"]) == 1


def test_a_hand_written_card_without_history_gets_one_version(other_library: Library) -> None:
    data = {
        "format": "ownvoice-drafts",
        "version": 1,
        "drafts": [
            {
                "uid": "0f8fad5b-d9cb-469f-a165-70867728950e",
                "story": "Hand-made",
                "created_at": "2026-01-01T10:00:00+01:00",
                "updated_at": "2026-01-01T10:00:00+01:00",
                "cards": [{"angle": "team", "text": "Typed in", "updated_at": "2026-01-01T10:00:00+01:00"}],
            }
        ],
    }
    other_library.import_json(json.dumps(data))
    draft = other_library.get_draft(other_library.list_drafts()[0].id)
    assert draft.uid == "0f8fad5bd9cb469fa16570867728950e"
    assert draft.created_at == datetime(2026, 1, 1, 9, 0, tzinfo=UTC)
    assert [(v.source, v.text) for v in other_library.card_versions(draft.cards[0].id)] == [("imported", "Typed in")]


def _export_with(change: dict[str, object], where: str = "draft") -> str:
    draft: dict[str, object] = {
        "uid": "0f8fad5bd9cb469fa16570867728950e",
        "story": "s",
        "status": "draft",
        "created_at": "2026-01-01T10:00:00+00:00",
        "updated_at": "2026-01-01T10:00:00+00:00",
        "cards": [
            {
                "angle": "team",
                "text": "t",
                "updated_at": "2026-01-01T10:00:00+00:00",
                "versions": [{"text": "t", "source": "generated", "created_at": "2026-01-01T10:00:00+00:00"}],
            }
        ],
    }
    data: dict[str, object] = {"format": "ownvoice-drafts", "version": 1, "drafts": [draft]}
    card = draft["cards"][0]  # type: ignore[index]
    target = {"file": data, "draft": draft, "card": card, "version": card["versions"][0]}[where]
    target.update(change)
    return json.dumps(data)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("not json", "not a JSON file"),
        ("[]", "not an OwnVoice drafts export"),
        (_export_with({"format": "something-else"}, "file"), "not an OwnVoice drafts export"),
        (_export_with({"version": 99}, "file"), "format version 99"),
        (_export_with({"drafts": {}}, "file"), 'no "drafts" list'),
        (_export_with({"uid": "nope"}), "Draft 1: 'uid' is not a valid identifier"),
        (_export_with({"story": 42}), "Draft 1: 'story' must be text"),
        (_export_with({"status": "published"}), "status 'published' is not one of draft, posted, archived"),
        (_export_with({"created_at": "yesterday"}), "'created_at' is not a valid date and time"),
        (_export_with({"options": []}), "'options' must be an object"),
        (_export_with({"cards": "x"}), "'cards' must be a list"),
        (_export_with({"source": "magic"}, "version"), "Draft 1, card 1, version 1: source 'magic'"),
        # Wrong types anywhere are the same typed error, never a TypeError.
        (_export_with({"options": {"angles": 5}}), "Draft 1, options: 'angles' must be a list"),
        (_export_with({"options": {"angles": [1, 2]}}), "'angles' must be a list of texts"),
        (_export_with({"options": {"tone": ["warm"]}}), "Draft 1, options: 'tone' must be text"),
        (_export_with({"options": {"length": 3}}), "'length' must be text"),
        (_export_with({"options": {"notes": "my notes"}}), "'notes' must be an object"),
        (_export_with({"options": {"notes": {"role": 7}}}), "Draft 1, options, notes: 'role' must be text"),
        (_export_with({"created_at": 20260101}), "'created_at' must be a date and time"),
        (_export_with({"created_at": "9999-12-31T23:00:00-05:00"}), "'created_at' is not a valid date"),
        (_export_with({"cards": [7]}), "Draft 1, card 1 is not an object"),
        (_export_with({"versions": {}}, "card"), "'versions' must be a list"),
        (_export_with({"text": None}, "version"), "version 1: 'text' must be text"),
    ],
)
def test_invalid_imports_say_what_is_wrong(other_library: Library, text: str, message: str) -> None:
    with pytest.raises(ImportFormatError, match=message.replace("(", r"\(")):
        other_library.import_json(text)
    assert other_library.list_drafts() == []


def test_a_bad_draft_late_in_the_file_imports_nothing(filled: Library, other_library: Library) -> None:
    data = json.loads(filled.export_json())
    data["drafts"].append(dict(data["drafts"][0], uid="1" * 32, story=None))
    with pytest.raises(ImportFormatError, match="Draft 3"):
        other_library.import_json(json.dumps(data))
    assert other_library.list_drafts() == []


def test_the_same_uid_twice_in_one_file_is_refused(filled: Library, other_library: Library) -> None:
    data = json.loads(filled.export_json())
    data["drafts"].append(data["drafts"][0])
    with pytest.raises(ImportFormatError, match="appears twice"):
        other_library.import_json(json.dumps(data))
