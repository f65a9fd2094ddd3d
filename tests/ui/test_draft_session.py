"""The window and the drafts library: generations stored at once, edits autosaved, nothing lost."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from pytestqt.qtbot import QtBot

from app.library import Library
from app.paths import AppPaths
from models.fake import ScriptedBackend
from tests.app.library.fs_faults import fill_up, small_tmpfs
from tests.ui.conftest import (
    PASSPHRASE,
    WindowFactory,
    attach,
    open_test_library,
    scripted,
    settle,
    written_window,
)
from ui.autosave import AUTOSAVE_DELAY_MS
from ui.main_window import MainWindow

STORY = "Northwind opened a battery factory in Groningen with 140 people."


def generated_window(qtbot: QtBot, make_window: WindowFactory, library: Library, replies: list[str]) -> MainWindow:
    return written_window(qtbot, make_window, library, replies, STORY, *("learned", "team")[: len(replies)])


def library_card_id(window: MainWindow, key: str) -> int:
    card = window.model.card(key)
    assert card is not None and card.library_id is not None
    return card.library_id


def test_generations_are_stored_the_moment_they_finish(
    qtbot: QtBot, make_window: WindowFactory, library: Library
) -> None:
    window = generated_window(qtbot, make_window, library, ["First draft.", "Second draft."])
    [summary] = library.list_drafts()
    draft = library.get_draft(summary.id)
    assert draft.story == STORY
    assert [(c.angle, c.text) for c in draft.cards] == [("learned", "First draft."), ("team", "Second draft.")]
    assert draft.options.angles == ("learned", "team")
    assert window.library_label.text() == "Drafts saved privately"


def test_edits_are_autosaved_within_two_seconds_with_history(
    qtbot: QtBot, make_window: WindowFactory, library: Library
) -> None:
    assert AUTOSAVE_DELAY_MS <= 2000
    window = generated_window(qtbot, make_window, library, ["First draft."])
    card = window.cards_area.cards[0]
    card.editor.setPlainText("My own words now.")
    card_id = library_card_id(window, "learned")
    qtbot.waitUntil(lambda: library.get_card(card_id).text == "My own words now.", timeout=2500)
    versions = library.card_versions(card_id)
    assert [(v.source, v.text) for v in versions] == [("generated", "First draft."), ("edited", "My own words now.")]
    window.story_editor.setPlainText(STORY + " Updated.")
    qtbot.waitUntil(lambda: library.get_draft(window.model.draft_id).story.endswith("Updated."), timeout=2500)


def test_closing_the_window_saves_pending_edits(
    qtbot: QtBot, make_window: WindowFactory, ownvoice_home: AppPaths, library: Library
) -> None:
    window = generated_window(qtbot, make_window, library, ["First draft."])
    window.cards_area.cards[0].editor.setPlainText("Typed just before closing.")
    window.close()  # well within the autosave delay
    with open_test_library(ownvoice_home) as reopened:
        [summary] = reopened.list_drafts()
        assert reopened.get_draft(summary.id).cards[0].text == "Typed just before closing."


def test_keep_is_stored_and_a_draft_reopens_as_it_was(
    qtbot: QtBot, make_window: WindowFactory, library: Library
) -> None:
    window = generated_window(qtbot, make_window, library, ["First draft.", "Second draft."])
    window.controller.keep_card("team")
    assert window.cards_area.card("team").kept  # type: ignore[union-attr]
    settle(window)
    assert library.get_card(library_card_id(window, "team")).kept
    draft_id = window.model.draft_id
    window.controller.new_draft()
    assert window.cards_area.cards == [] and window.story_editor.toPlainText() == ""
    window.controller.open_draft(draft_id)
    settle(window)
    assert window.story_editor.toPlainText() == STORY
    assert [c.text() for c in window.cards_area.cards] == ["First draft.", "Second draft."]
    assert window.cards_area.card("team").kept  # type: ignore[union-attr]
    assert not window.cards_area.card("learned").kept  # type: ignore[union-attr]


def test_a_full_disk_shows_a_message_and_keeps_the_text(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    with small_tmpfs(tmp_path / "small", size_kb=2048) as mount:
        paths = AppPaths.under(mount)
        library = open_test_library(paths)
        try:
            window = generated_window(qtbot, make_window, library, ["First draft."])
            filler = fill_up(mount)
            card = window.cards_area.cards[0]
            card.editor.setPlainText("An edit that does not fit on the disk. " * 200)
            qtbot.waitUntil(lambda: window.banner.isVisible(), timeout=3000)
            assert window.banner.level == "error" and "disk is full" in window.banner.text
            assert card.text().startswith("An edit that does not fit")  # nothing lost in the window
            filler.unlink()
            card.editor.setPlainText("Space again.")
            card_id = library_card_id(window, "learned")
            qtbot.waitUntil(lambda: library.get_card(card_id).text == "Space again.", timeout=3000)
            settle(window)  # the save's success is handled on the GUI thread
            assert not window.banner.isVisible()
        finally:
            library.close()


def test_killing_the_app_loses_nothing_that_was_autosaved(tmp_path: Path, ownvoice_home: AppPaths) -> None:
    home = tmp_path / "killed-app"
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.autosave_child", str(home), PASSPHRASE],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    last = 0
    try:
        assert child.stdout is not None
        for line in child.stdout:
            last = int(line.split()[1])
            if last >= 3:
                break
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.kill()
        _, errors = child.communicate(timeout=10)  # also closes the pipes
    assert child.returncode == -signal.SIGKILL
    assert last >= 3, errors
    with open_test_library(AppPaths.under(home)) as library:
        assert library.check_integrity() == []
        [summary] = library.list_drafts()
        text = library.get_draft(summary.id).cards[0].text
        assert text.startswith("edit ") and int(text.split()[1]) >= last


def test_voice_profile_and_guidelines_are_kept_in_the_encrypted_library(
    qtbot: QtBot, make_window: WindowFactory, ownvoice_home: AppPaths, library: Library
) -> None:
    from app.checks import parse_guidelines
    from app.voice import VoiceProfile

    posts = [
        "Short one today. Our team shipped the new app. Proud of them.",
        "Big week. We moved to a new office. Coffee is better now.",
        "Quick thought. Good tools save time. Bad tools waste it.",
    ]
    window = make_window(scripted(ScriptedBackend()))
    attach(window, library)
    window.prefs.set_voice_profile(VoiceProfile.from_posts(posts))
    window.prefs.set_guidelines(parse_guidelines('forbidden_terms = ["Project Falcon"]\n', "guidelines.toml"))
    window.close()
    with open_test_library(ownvoice_home) as reopened:
        again = make_window(scripted(ScriptedBackend()))
        attach(again, reopened)
        assert again.prefs.voice_profile is not None and again.prefs.voice_profile.samples
        assert again.prefs.guidelines is not None and "Project Falcon" in again.prefs.guidelines.forbidden_terms
        assert again.angle_panel.tone_combo.findData("my-voice") >= 0
        again.close()
    raw = (ownvoice_home.library_file).read_bytes()
    assert b"Project Falcon" not in raw and b"Coffee is better" not in raw


def test_history_restore_puts_an_older_version_back(
    qtbot: QtBot, make_window: WindowFactory, library: Library
) -> None:
    window = generated_window(qtbot, make_window, library, ["The first draft."])
    card = window.cards_area.cards[0]
    card.editor.setPlainText("My edited draft.")
    window.autosaver.flush()
    card_id = library_card_id(window, "learned")
    first = library.card_versions(card_id)[0]
    restored = library.restore_version(first.id)
    window.model.restore_text("learned", restored.text)
    window.cards_view.flush()
    assert card.text() == "The first draft."
    window.autosaver.flush()
    assert [v.source for v in library.card_versions(card_id)] == ["generated", "edited", "restored"]


def test_opening_a_draft_from_the_drafts_dialog(qtbot: QtBot, make_window: WindowFactory, library: Library) -> None:
    from app.options import PostOptions as Options

    stored = library.create_draft("An older story about a bridge.", Options(tone="modest", angles=("team",)))
    library.add_card(stored.id, "team", "Proud of the bridge crew.")
    window = make_window(scripted(ScriptedBackend()))
    attach(window, library)
    window.controller.open_draft(stored.id)
    settle(window)
    assert window.story_editor.toPlainText() == "An older story about a bridge."
    assert window.angle_panel.post_options().tone == "modest"
    assert [c.text() for c in window.cards_area.cards] == ["Proud of the bridge crew."]
    window.cards_area.cards[0].editor.setPlainText("Proud of the whole bridge crew.")
    window.autosaver.flush()
    assert library.get_draft(stored.id).cards[0].text == "Proud of the whole bridge crew."
