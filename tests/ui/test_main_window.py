"""The main window driven like a user would, with a scripted model (fast) and the real one."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QPlainTextEdit
from pytestqt.qtbot import QtBot

from app.linkedin.format import to_linkedin_text
from app.options import PostOptions
from app.paths import AppPaths
from app.settings import SettingsStore
from models.catalog import starter_model_path
from models.contract import EngineCrashedError
from models.engine.client import LocalEngineBackend
from models.fake import ScriptedBackend
from tests.ui.conftest import WindowFactory, open_story, scripted, wait_ready
from ui.backend import make_local_backend
from ui.main_window import MainWindow

STORY = "Northwind opened a battery factory in Groningen. It employs 140 people and makes 25,000 batteries a year."


def choose(window: MainWindow, *angles: str, tone: str = "warm") -> None:
    window.angle_panel.set_post_options(PostOptions(tone=tone, angles=tuple(angles)))


def generate_and_wait(qtbot: QtBot, window: MainWindow, timeout: int = 120_000) -> None:
    with qtbot.waitSignal(window.jobDone, timeout=timeout):
        window.generate()
    qtbot.waitUntil(lambda: window.state != "generating", timeout=5000)


# ---------------------------------------------------------------- scripted model


def test_first_start_shows_example_story_and_picks_the_starter_model(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    backend = ScriptedBackend()
    window = make_window(scripted(backend))
    wait_ready(qtbot, window)
    assert "Northwind Energy" in window.story_editor.toPlainText()
    assert window.model_path == starter_model_path()
    assert window.model_label.text() == starter_model_path().name  # type: ignore[union-attr]
    assert window.state_label.text() == "Ready"


def test_generate_fills_one_card_per_angle(qtbot: QtBot, make_window: WindowFactory) -> None:
    backend = ScriptedBackend(replies=["First **bold** draft.", "Second draft #launch"])
    window = make_window(scripted(backend))
    wait_ready(qtbot, window)
    window.story_editor.setPlainText(STORY)
    choose(window, "learned", "team")
    generate_and_wait(qtbot, window)
    cards = window.cards_area.cards
    assert [c.card_id for c in cards] == ["learned", "team"]
    # The card keeps the cleaned-up post: hashtags on a line of their own at the end.
    assert [c.text() for c in cards] == ["First **bold** draft.", "Second draft\n\n#launch"]
    assert STORY in backend.calls[0][-1].content
    assert window.preview.text() == "First **bold** draft."


def test_stop_leaves_partial_text_and_allows_generating_again(qtbot: QtBot, make_window: WindowFactory) -> None:
    # 130 words: within a medium post's token limit (135 of this backend's one-word tokens).
    backend = ScriptedBackend(replies=[" ".join(f"word{i}" for i in range(130))], chunk_delay_s=0.02)
    window = make_window(scripted(backend))
    wait_ready(qtbot, window)
    choose(window, "learned", "team")
    window.generate()
    qtbot.waitUntil(lambda: len(window.cards_area.cards[0].text().split()) >= 5, timeout=10_000)
    with qtbot.waitSignal(window.jobDone, timeout=10_000) as finished:
        qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert finished.args[0] is True  # cancelled
    partial = window.cards_area.cards[0].text()
    assert 5 <= len(partial.split()) < 130
    assert window.cards_area.cards[0].status_label.text() == "Stopped"
    # Both cards were being written at once: the second keeps its partial text too.
    assert 1 <= len(window.cards_area.cards[1].text().split()) < 130
    assert window.cards_area.cards[1].status_label.text() == "Stopped"
    assert window.state == "ready"
    backend.chunk_delay_s = 0
    generate_and_wait(qtbot, window)
    assert len(window.cards_area.cards[1].text().split()) == 130


def test_engine_error_shows_a_message_and_keeps_story_and_cards(qtbot: QtBot, make_window: WindowFactory) -> None:
    backend = ScriptedBackend(replies=["one two three four"])
    window = make_window(scripted(backend))
    wait_ready(qtbot, window)
    window.story_editor.setPlainText(STORY)
    choose(window, "team")
    generate_and_wait(qtbot, window)
    backend.fail_after_chunks = (2, EngineCrashedError("killed by SIGKILL"))
    window.angle_panel.role_edit.setText("I lead the night shift")
    generate_and_wait(qtbot, window)
    assert window.banner.isVisible() and window.banner.level == "error"
    assert "engine stopped unexpectedly" in window.banner.text
    assert window.story_editor.toPlainText() == STORY
    assert window.angle_panel.role_edit.text() == "I lead the night shift"
    assert window.cards_area.cards[0].text() == "one two"  # what was written before the crash stays
    assert window.cards_area.cards[0].status_label.text() == "Interrupted"
    assert "Traceback" not in window.banner.text
    assert window.generate_button.isEnabled()


def test_copy_puts_linkedin_text_on_the_clipboard(qtbot: QtBot, make_window: WindowFactory) -> None:
    draft = "**Proud** of the team in Groningen!\n\n- 140 people\n- *25,000* batteries\n\n#energy"
    window = make_window(scripted(ScriptedBackend(replies=[draft])))
    wait_ready(qtbot, window)
    choose(window, "team")
    generate_and_wait(qtbot, window)
    card = window.cards_area.cards[0]
    qtbot.mouseClick(card.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text()
    assert copied == to_linkedin_text(draft)
    assert copied.startswith("𝗣𝗿𝗼𝘂𝗱 of the team in Groningen!\n\n• 140 people\n• ")
    assert copied.endswith(" batteries\n\n#energy")
    assert "**" not in copied and "*" not in copied and "- 140" not in copied
    window.styling_action.trigger()  # plain text for screen readers
    qtbot.mouseClick(card.copy_button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text().startswith("Proud of the team")


def test_opening_bad_files_keeps_the_story(qtbot: QtBot, make_window: WindowFactory, tmp_path: Path) -> None:
    window = make_window(scripted(ScriptedBackend()), start=False)
    window.story_editor.setPlainText(STORY)
    cases = {
        "binary.txt": b"\x00\x01\x02\x03PNG",
        "latin1.txt": "Caf\xe9".encode("latin-1"),
        "empty.md": b"  \n",
    }
    for name, content in cases.items():
        path = tmp_path / name
        path.write_bytes(content)
        assert open_story(qtbot, window, path) is False
        assert window.banner.isVisible() and window.banner.level == "error"
        assert name in window.banner.text
        assert window.story_editor.toPlainText() == STORY == window.model.story
    good = tmp_path / "good.md"
    good.write_text("A new story.", encoding="utf-8")
    assert open_story(qtbot, window, good)
    assert window.story_editor.toPlainText() == "A new story." == window.model.story


def test_empty_story_or_no_angle_explains_instead_of_generating(qtbot: QtBot, make_window: WindowFactory) -> None:
    backend = ScriptedBackend()
    window = make_window(scripted(backend))
    wait_ready(qtbot, window)
    window.story_editor.setPlainText("   ")
    window.generate()
    assert "story first" in window.banner.text
    window.story_editor.setPlainText(STORY)
    choose(window)
    window.generate()
    assert "at least one angle" in window.banner.text
    assert backend.calls == [] and window.state == "ready"


def test_a_story_too_long_for_the_model_is_refused_before_a_prompt_or_a_file_load(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    backend = ScriptedBackend(context_length=2048)
    window = make_window(scripted(backend))
    wait_ready(qtbot, window)
    choose(window, "team")
    window.story_editor.setPlainText(STORY + " More." * 3000)  # 20,000 characters: too long for 2,048 tokens
    window.generate()
    assert window.banner.level == "error" and "This model reads at most 2,048 tokens" in window.banner.text
    assert backend.calls == [] and window.state == "ready"

    huge = tmp_path / "huge.txt"
    huge.write_text(STORY * 20_000, encoding="utf-8")  # 2 MB: no model could take it
    window.story_editor.setPlainText(STORY)
    assert open_story(qtbot, window, huge) is False
    assert "far more than a model can read" in window.banner.text
    assert window.story_editor.toPlainText() == STORY


def test_choices_and_window_are_remembered(qtbot: QtBot, make_window: WindowFactory, ownvoice_home: AppPaths) -> None:
    window = make_window(scripted(ScriptedBackend()))
    choose(window, "customers", "question", tone="witty")
    dutch = window.angle_panel.language_combo.findData("nl")
    window.angle_panel.language_combo.setCurrentIndex(dutch)
    window.angle_panel.language_combo.activated.emit(dutch)  # the user's pick, which the English story cannot undo
    window.resize(701, 523)  # within the offscreen screen (800×600), so nothing is clamped
    window.close()
    saved = SettingsStore(ownvoice_home.settings_file).load().settings
    assert (saved.tone, saved.angles, saved.language) == ("witty", ["customers", "question"], "nl")
    again = make_window(scripted(ScriptedBackend()))
    options = again.angle_panel.post_options()
    assert (options.tone, options.angles, options.language) == ("witty", ("customers", "question"), "nl")
    assert (again.size().width(), again.size().height()) == (701, 523)


def test_ctrl_enter_generates(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(scripted(ScriptedBackend(replies=["hello there"])))
    wait_ready(qtbot, window)
    choose(window, "team")
    window.story_editor.setFocus()
    with qtbot.waitSignal(window.jobDone, timeout=10_000):
        qtbot.keyClick(window.story_editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.cards_area.cards[0].text() == "hello there"


def test_every_control_has_an_accessible_name(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(scripted(ScriptedBackend(replies=["x"])))
    wait_ready(qtbot, window)
    choose(window, "team")
    generate_and_wait(qtbot, window)
    unnamed = [
        f"{type(w).__name__}({getattr(w, 'text', lambda: '')()!r})"
        for kind in (QAbstractButton, QLineEdit, QPlainTextEdit, QComboBox)
        for w in window.findChildren(kind)
        if w.isVisible() and not w.accessibleName()
    ]
    assert unnamed == []


def test_shortcuts_dialog_lists_the_main_actions(qtbot: QtBot, make_window: WindowFactory) -> None:
    from ui.dialogs import ShortcutsDialog

    window = make_window(scripted(ScriptedBackend()), start=False)
    dialog = ShortcutsDialog([a for a in window.actions() if not a.shortcut().isEmpty()], window)
    qtbot.addWidget(dialog)
    rows = {dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert rows["Generate"] == "Ctrl+Return"
    assert rows["Stop"] == "Esc"
    assert "Copy selected draft for LinkedIn" in rows


def test_story_file_argument_opens_it(qtbot: QtBot, make_window: WindowFactory, tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("Story from the command line.", encoding="utf-8")
    window = make_window(scripted(ScriptedBackend()), start=False)
    assert open_story(qtbot, window, path)
    assert window.story_editor.toPlainText() == "Story from the command line."


# ---------------------------------------------------------------- the real starter model


@pytest.fixture
def real_backends(ownvoice_home: AppPaths) -> list[LocalEngineBackend]:
    return []


def real_factory(created: list[LocalEngineBackend], home: AppPaths):  # type: ignore[no-untyped-def]
    def factory(path: Path) -> LocalEngineBackend:
        backend = make_local_backend(path, home)
        created.append(backend)
        return backend

    return factory


@pytest.mark.engine
def test_real_model_fills_two_cards(
    qtbot: QtBot, make_window: WindowFactory, real_backends: list[LocalEngineBackend], ownvoice_home: AppPaths
) -> None:
    window = make_window(real_factory(real_backends, ownvoice_home))
    wait_ready(qtbot, window)
    window.story_editor.setPlainText(STORY)
    choose(window, "learned", "team")
    window.angle_panel.length_group.buttons()[0].setChecked(True)  # short
    generate_and_wait(qtbot, window)
    texts = [card.text() for card in window.cards_area.cards]
    assert len(texts) == 2 and all(len(t.split()) >= 5 for t in texts)
    assert "tokens/s" in window.speed_label.text()
    assert "all cards at once" in window.speed_label.text()  # the engine wrote both cards in parallel


@pytest.mark.engine
def test_real_model_stop_and_crash_recovery(
    qtbot: QtBot, make_window: WindowFactory, real_backends: list[LocalEngineBackend], ownvoice_home: AppPaths
) -> None:
    window = make_window(real_factory(real_backends, ownvoice_home))
    wait_ready(qtbot, window)
    window.story_editor.setPlainText(STORY)
    choose(window, "customers", "team")
    # Stop mid-stream: partial text stays.
    window.generate()
    qtbot.waitUntil(lambda: len(window.cards_area.cards[0].text()) > 20, timeout=60_000)
    with qtbot.waitSignal(window.jobDone, timeout=10_000):
        window.stop()
    partial = window.cards_area.cards[0].text()
    assert partial.strip()
    assert window.cards_area.cards[0].status_label.text() == "Stopped"
    # Kill the engine mid-stream: a readable error, story kept.
    window.generate()
    qtbot.waitUntil(lambda: len(window.cards_area.cards[0].text()) > 10, timeout=60_000)
    pid = real_backends[-1].engine_pid
    assert pid is not None
    with qtbot.waitSignal(window.jobDone, timeout=30_000):
        os.kill(pid, signal.SIGKILL)
    assert window.banner.level == "error" and "SIGKILL" in window.banner.text
    assert window.story_editor.toPlainText() == STORY
    # The next request starts a fresh engine by itself.
    window.angle_panel.length_group.buttons()[0].setChecked(True)
    generate_and_wait(qtbot, window)
    assert all(card.text().strip() for card in window.cards_area.cards)
    assert real_backends[-1].engine_pid not in (None, pid)


# ---------------------------------------------------------------- honesty hints and the user's voice

MY_POSTS = [
    "Short one today. Our team shipped the new app. Proud of them.",
    "Big week. We moved to a new office. Coffee is better now.",
    "Quick thought. Good tools save time. Bad tools waste it.",
]


def test_cards_show_hints_and_copy_asks_about_invented_facts(qtbot: QtBot, make_window: WindowFactory) -> None:
    draft = "Proud that we hired 500 people in Groningen this week!"
    window = make_window(scripted(ScriptedBackend(replies=[draft])))
    wait_ready(qtbot, window)
    window.story_editor.setPlainText(STORY)
    choose(window, "team")
    generate_and_wait(qtbot, window)
    card = window.cards_area.cards[0]
    qtbot.waitUntil(lambda: card.hints.report() is not None, timeout=3000)
    report = card.hints.report()
    assert report is not None
    facts = [f for f in report.findings if f.check == "fact"]
    assert any(draft[f.start : f.end] == "500" for f in facts)
    assert card.hints.isVisible()
    assert "500" in card.hints.summary_text() or "fact" in card.hints.summary_text().lower()
    # Copying asks first; answering "go back" leaves the clipboard alone.
    QGuiApplication.clipboard().setText("before")
    asked: list[str] = []
    window.run_copy_box = lambda box: (asked.append(box.text()), 0)[1]  # type: ignore[assignment]
    qtbot.mouseClick(card.copy_button, Qt.MouseButton.LeftButton)
    assert asked and QGuiApplication.clipboard().text() == "before"


def test_a_voice_profile_adds_my_voice_and_reaches_the_prompt(qtbot: QtBot, make_window: WindowFactory) -> None:
    from app.voice import VoiceProfile

    backend = ScriptedBackend(replies=["Short post. Proud of the team."])
    window = make_window(scripted(backend))
    wait_ready(qtbot, window)
    assert window.angle_panel.tone_combo.findData("my-voice") == -1
    window.prefs.set_voice_profile(VoiceProfile.from_posts(MY_POSTS))
    assert window.angle_panel.tone_combo.currentData() == "my-voice"
    choose(window, "team", tone="my-voice")
    generate_and_wait(qtbot, window)
    system, user = backend.calls[-1]
    assert "My own voice" in system.content
    assert any(post in user.content for post in MY_POSTS)
    card = window.cards_area.cards[0]
    qtbot.waitUntil(lambda: card.hints.report() is not None, timeout=3000)
    assert card.hints.report().voice is not None  # type: ignore[union-attr]
    window.prefs.set_voice_profile(None)
    assert window.angle_panel.tone_combo.findData("my-voice") == -1


def test_a_quick_tweak_rewrites_the_current_text(qtbot: QtBot, make_window: WindowFactory) -> None:
    backend = ScriptedBackend(replies=["A long first draft about the factory.", "Shorter draft."])
    window = make_window(scripted(backend))
    wait_ready(qtbot, window)
    window.story_editor.setPlainText(STORY)
    choose(window, "team")
    generate_and_wait(qtbot, window)
    card = window.cards_area.cards[0]
    card.editor.setPlainText("My edited first draft.")
    with qtbot.waitSignal(window.jobDone, timeout=10_000):
        card.tweak_button.menu().actions()[0].trigger()  # "Shorter"
    user = backend.calls[-1][-1]
    assert user.content.index("My edited first draft.") > user.content.index(STORY)
    assert "a third shorter" in user.content
    assert card.text() == "Shorter draft."
    assert window.preview.text() == "Shorter draft." or window.selected_card_id != "team"


def test_write_in_follows_a_pasted_story_until_the_user_picks(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(scripted(ScriptedBackend()))
    combo = window.angle_panel.language_combo
    assert combo.currentData() == "en"  # the English example story
    window.story_editor.setPlainText(
        "Vandaag opent Northwind Energy de eerste batterijfabriek in Groningen. Er werken 140 mensen, van wie 60 uit de regio."
    )
    assert combo.currentData() == "nl" and window.model.options.language == "nl"
    english = combo.findData("en")
    combo.setCurrentIndex(english)
    combo.activated.emit(english)
    window.story_editor.setPlainText(window.story_editor.toPlainText() + " Het is een mooie dag voor de regio en voor ons.")
    assert combo.currentData() == "en" and window.model.options.language == "en"
