"""A day's work in the window, as a new user does it: never lost, mixed up or hidden (issue 10)."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.library import Library
from app.library.model import title_from_story
from app.options import Length, PostOptions
from app.paths import AppPaths
from app.voice import VoiceProfile
from models.catalog import starter_model_path
from models.contract import ChatBackend, ChatMessage, ModelFormatError
from models.fake import OneAtATimeBackend, ScriptedBackend
from tests.ui.conftest import (
    WindowFactory,
    attach,
    open_story,
    open_test_library,
    scripted,
    settle,
    wait_ready,
    written_window,
)
from ui.main_window import MainWindow

STORY = "Northwind opened a battery factory in Groningen. It employs 140 people and makes 25,000 batteries a year."
MY_POSTS = [
    "Spent the morning on the factory floor with the night shift. Honest work, proud team, strong coffee.",
    "Small wins matter. Today our team shipped the new dashboard after six weeks of testing with real users.",
    "Three things I learned from our first customer visit: listen first, write it down, and always follow up.",
]


def choose(window: MainWindow, *angles: str, tone: str = "warm", length: Length = Length.MEDIUM) -> None:
    window.angle_panel.set_post_options(PostOptions(tone=tone, angles=tuple(angles), length=length))


def generate(qtbot: QtBot, window: MainWindow, timeout: int = 20_000) -> None:
    with qtbot.waitSignal(window.jobDone, timeout=timeout):
        window.generate()
    settle(window)


def card_texts(window: MainWindow) -> list[str]:
    return [card.text() for card in window.cards_area.cards]


# ---------------------------------------------------------------- never lost


def test_the_last_draft_comes_back_at_start(
    qtbot: QtBot, make_window: WindowFactory, ownvoice_home: AppPaths, library: Library
) -> None:
    window = make_window(scripted(ScriptedBackend(replies=["We hired 500 people.", "Proud of the team."])))
    attach(window, library)
    wait_ready(qtbot, window)
    window.story_editor.setPlainText(STORY)
    choose(window, "learned", "team", tone="modest", length=Length.SHORT)
    window.angle_panel.role_edit.setText("I run the night shift")
    generate(qtbot, window)
    window.cards_area.cards[1].editor.setPlainText("Proud of the whole team in Groningen.")
    window.close()

    with open_test_library(ownvoice_home) as reopened:
        again = make_window(scripted(ScriptedBackend()))
        assert "Northwind Energy" in again.story_editor.toPlainText()  # before the library is read
        attach(again, reopened)
        assert again.story_editor.toPlainText() == STORY
        options = again.angle_panel.post_options()
        assert (options.tone, options.angles, options.length) == ("modest", ("learned", "team"), Length.SHORT)
        assert options.notes.role == "I run the night shift"
        assert card_texts(again) == ["We hired 500 people.", "Proud of the whole team in Groningen."]
        first = again.cards_area.cards[0]
        qtbot.waitUntil(lambda: first.hints.report() is not None, timeout=5000)  # its hints, without an edit
        assert any(f.check == "fact" and "500" in first.hints.report().excerpt(f) for f in first.hints.report().findings)  # type: ignore[union-attr]
        again.close()


def test_a_new_draft_left_open_comes_back_empty(
    qtbot: QtBot, make_window: WindowFactory, ownvoice_home: AppPaths, library: Library
) -> None:
    window = written_window(qtbot, make_window, library, ["A post."], STORY, "team")
    window.controller.new_draft()
    window.close()
    with open_test_library(ownvoice_home) as reopened:
        again = make_window(scripted(ScriptedBackend()))
        attach(again, reopened)
        assert again.story_editor.toPlainText() == "" and again.cards_area.cards == []
        assert [d.title for d in reopened.list_drafts()] == [title_from_story(STORY)]
        again.close()


def test_failed_attempts_on_the_example_leave_no_empty_drafts(
    qtbot: QtBot, make_window: WindowFactory, library: Library
) -> None:
    backend = ScriptedBackend(fail_after_chunks=(0, ModelFormatError("x.gguf", "it broke.")))
    window = make_window(scripted(backend))
    attach(window, library)
    wait_ready(qtbot, window)
    choose(window, "learned", "team")
    for _ in range(3):
        generate(qtbot, window)
    window.autosaver.flush()
    assert library.list_drafts() == []  # the example story and no posts: nothing of the user's
    window.story_editor.setPlainText("My own story about the Groningen line.")
    window.autosaver.flush()
    assert [d.title for d in library.list_drafts()] == ["My own story about the Groningen line."]


def test_opening_a_story_file_while_the_draft_has_posts_starts_a_new_draft(
    qtbot: QtBot, make_window: WindowFactory, library: Library, tmp_path: Path
) -> None:
    window = written_window(qtbot, make_window, library, ["The old post."], STORY, "team")
    old_id = window.model.draft_id
    story_file = tmp_path / "bridge.md"
    story_file.write_text("A new bridge opens in Zwolle.", encoding="utf-8")
    assert open_story(qtbot, window, story_file)
    settle(window)
    assert window.story_editor.toPlainText() == "A new bridge opens in Zwolle."
    assert window.cards_area.cards == [] and window.model.draft_id == 0
    assert "new draft" in window.banner.text
    old = library.get_draft(old_id)
    assert old.story == STORY and [c.text for c in old.cards] == ["The old post."]  # untouched
    window.autosaver.flush()
    assert {d.title for d in library.list_drafts()} == {old.title, "A new bridge opens in Zwolle."}


# ---------------------------------------------------------------- never mixed up


def test_an_opened_draft_is_checked_at_once_and_never_shows_another_drafts_findings(
    qtbot: QtBot, make_window: WindowFactory, library: Library
) -> None:
    dutch = library.create_draft(
        "Northwind opent op 2 februari 2026 een fabriek in Groningen met 140 mensen.",
        PostOptions(tone="warm", angles=("team",), language="nl"),
        "m",
        {"team": "Op 3 maart 2026 openen we de fabriek met 500 mensen."},
    )
    english = library.create_draft(
        "Northwind opens a bridge in Zwolle on 12 May.",
        PostOptions(tone="warm", angles=("team",)),
        "m",
        {"team": "Proud that our bridge in Zwolle opens on 12 May."},
    )
    window = make_window(scripted(ScriptedBackend()))
    attach(window, library)
    window.controller.open_draft(dutch.id)
    settle(window)
    card = window.cards_area.cards[0]
    qtbot.waitUntil(lambda: card.hints.report() is not None, timeout=5000)  # checked without an edit
    assert any("2 februari 2026" in f.hint for f in card.hints.report().findings)  # type: ignore[union-attr]

    window.controller.open_draft(english.id)
    settle(window)
    shown: list[object] = []
    english_card = window.cards_area.cards[0]
    english_card.hints.show_report = lambda report: shown.append(report)  # type: ignore[method-assign]
    qtbot.waitUntil(lambda: window.model.cards[0].current_report is not None, timeout=5000)
    window.cards_view.flush()
    report = window.model.cards[0].current_report
    assert report is not None and report.post == "Proud that our bridge in Zwolle opens on 12 May."
    assert not any("februari" in f.hint or "maart" in f.message for f in report.findings)
    assert all(r is None or r.post == report.post for r in shown)  # type: ignore[attr-defined]


def test_generate_never_overwrites_a_kept_or_edited_card(qtbot: QtBot, make_window: WindowFactory) -> None:
    backend = ScriptedBackend(replies=["Learned one.", "Team one.", "Customers one.", "Learned two.", "Team two.", "Customers two."])
    window = make_window(scripted(backend))
    wait_ready(qtbot, window)
    window.story_editor.setPlainText(STORY)
    choose(window, "learned", "team", "customers")
    generate(qtbot, window)
    window.controller.keep_card("learned")
    window.cards_area.card("team").editor.setPlainText("My own team post.")  # type: ignore[union-attr]
    generate(qtbot, window)
    assert [c.card_id for c in window.cards_area.cards] == ["learned", "learned~2", "team", "team~2", "customers"]
    assert card_texts(window) == ["Learned one.", "Learned two.", "My own team post.", "Team two.", "Customers two."]
    assert window.cards_area.card("learned").kept  # type: ignore[union-attr]
    assert window.cards_area.card("learned~2").title_label.text() == "What I learned (2)"  # type: ignore[union-attr]


def test_regenerate_and_tweak_keep_the_selection_on_that_card(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(scripted(ScriptedBackend(replies=["One.", "Two.", "Three.", "Again."], chunk_delay_s=0.01)))
    wait_ready(qtbot, window)
    window.story_editor.setPlainText(STORY)
    choose(window, "learned", "team", "customers")
    generate(qtbot, window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    team = window.cards_area.card("team")
    assert team is not None
    qtbot.mouseClick(team.editor.viewport(), Qt.MouseButton.LeftButton)
    assert window.selected_card_id == "team"
    with qtbot.waitSignal(window.jobDone, timeout=10_000):
        qtbot.mouseClick(team.regenerate_button, Qt.MouseButton.LeftButton)
    assert window.selected_card_id == "team" and team.isAncestorOf(QApplication.focusWidget())
    team.tweak_button.setFocus()
    with qtbot.waitSignal(window.jobDone, timeout=10_000):
        team.tweak_button.menu().actions()[0].trigger()
    assert window.selected_card_id == "team" and team.isAncestorOf(QApplication.focusWidget())
    assert team.property("selected") is True
    assert [c.property("selected") for c in window.cards_area.cards] == [False, True, False]


def test_voice_samples_go_only_into_my_voice(qtbot: QtBot, make_window: WindowFactory) -> None:
    backend = ScriptedBackend(replies=["A post."])
    window = make_window(scripted(backend))
    wait_ready(qtbot, window)
    window.prefs.set_voice_profile(VoiceProfile.from_posts(MY_POSTS))
    window.story_editor.setPlainText(STORY)
    choose(window, "team", tone="warm")
    generate(qtbot, window)
    prompt = " ".join(m.content for m in backend.calls[-1])
    assert not any(post in prompt for post in MY_POSTS)
    choose(window, "team", tone="my-voice")
    generate(qtbot, window)
    prompt = " ".join(m.content for m in backend.calls[-1])
    assert any(post in prompt for post in MY_POSTS)


# ---------------------------------------------------------------- never hidden


def inside(widget: QWidget, window: MainWindow) -> bool:
    """The whole widget is shown: inside the window and not cut off by any scroll area or card."""
    rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    return window.rect().contains(rect) and widget.visibleRegion().boundingRect() == widget.rect()


@pytest.mark.parametrize("size", [(1366, 768), (1024, 640)])
def test_every_button_of_every_card_lies_inside_the_window(
    qtbot: QtBot, make_window: WindowFactory, size: tuple[int, int]
) -> None:
    window = make_window(scripted(ScriptedBackend(replies=["A post with a few words in it. " * 8])))
    window.resize(*size)
    wait_ready(qtbot, window)
    assert (window.width(), window.height()) == size  # no minimum size pushes it past the screen
    window.story_editor.setPlainText(STORY)
    choose(window, "learned", "team", "customers", "behind-the-scenes")
    generate(qtbot, window)
    cards = window.cards_area.cards
    qtbot.waitUntil(lambda: all(card.hints.report() is not None for card in cards), timeout=5000)  # at full height
    QApplication.processEvents()
    assert len(cards) == 4
    for button in (window.generate_button, window.stop_button):
        assert inside(button, window), button.accessibleName()  # in the footer: never scrolled away
    for card in window.cards_area.cards:
        window.cards_area.ensureWidgetVisible(card, 0, 0)
        QApplication.processEvents()
        for button in card.buttons():
            assert inside(button, window), f"{card.card_id}: {button.text()} at {size}"


def test_the_window_fits_the_screen_it_opens_on(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(scripted(ScriptedBackend()), start=False)
    available = window.screen().availableGeometry()
    assert available.contains(window.frameGeometry())
    assert inside(window.generate_button, window) and inside(window.stop_button, window)
    window.resize(1500, 920)  # as the old first window was, or a window saved on a bigger screen
    window.close()
    again = make_window(scripted(ScriptedBackend()), start=False)
    assert available.contains(again.frameGeometry())


# ---------------------------------------------------------------- the model


class SlowReader(ScriptedBackend):
    """Reads the story for a while before the first word, as a real model does (once for all
    cards when it writes them at once)."""

    read_s: float = 0.3

    def stream(self, messages: Sequence[ChatMessage], options, cancel):  # type: ignore[no-untyped-def]
        time.sleep(self.read_s)
        return super().stream(messages, options, cancel)

    def stream_many(self, conversations, options, cancel, stops=None):  # type: ignore[no-untyped-def]
        time.sleep(self.read_s)
        return super().stream_many(conversations, options, cancel, stops)


def statuses_while_writing(qtbot: QtBot, window: MainWindow) -> list[tuple[str, str]]:
    """Write two short cards (learned, team); their status lines as they were shown together,
    until the job ended."""
    wait_ready(qtbot, window)
    window.story_editor.setPlainText(STORY)
    choose(window, "learned", "team", length=Length.SHORT)
    window.generate()
    first, second = window.cards_area.cards
    assert (first.card_id, second.card_id) == ("learned", "team")
    shown: list[tuple[str, str]] = []

    def record() -> bool:
        now = (first.status_label.text(), second.status_label.text())
        if not shown or shown[-1] != now:
            shown.append(now)
        return not window.model.generating

    qtbot.waitUntil(record, timeout=20_000)
    assert first.status_label.text() == second.status_label.text() == ""
    return shown


def test_each_card_says_what_it_is_doing_for_how_long_and_how_long_still(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    """One card after another (a backend that writes one at a time): the later card waits."""
    backend = OneAtATimeBackend(SlowReader(replies=[" ".join(f"w{i}" for i in range(60))], chunk_delay_s=0.02))
    shown = statuses_while_writing(qtbot, make_window(scripted(backend)))
    learned, team = {pair[0] for pair in shown}, {pair[1] for pair in shown}
    assert any(s.startswith("Waiting · 0:0") for s in team)
    assert any(s.startswith("Reading the story · 0:0") for s in learned)
    assert any(s.startswith("Writing · 0:0") for s in learned)
    # Once the first card showed the speed, the second one's wait has an estimate.
    assert any(s.startswith("Waiting") and "left" in s for s in team)
    assert any(s.startswith("Writing") and ("left" in s or "almost done" in s) for s in team)


def test_cards_written_at_once_read_and_write_together_with_an_estimate(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    backend = SlowReader(replies=[" ".join(f"w{i}" for i in range(60))], chunk_delay_s=0.01)
    shown = statuses_while_writing(qtbot, make_window(scripted(backend)))
    # Both cards read the story at the same time, then both write, each with the time it still needs.
    assert any(a.startswith("Reading the story · 0:0") and b.startswith("Reading the story · 0:0") for a, b in shown)
    writing = [(a, b) for a, b in shown if a.startswith("Writing") and b.startswith("Writing")]
    assert any(("left" in a or "almost done" in a) and ("left" in b or "almost done" in b) for a, b in writing)
    # No card waits behind another once writing began.
    first_writing = next(i for i, (a, b) in enumerate(shown) if a.startswith("Writing") or b.startswith("Writing"))
    assert not any(s.startswith("Waiting") for pair in shown[first_writing:] for s in pair)


def test_one_card_can_be_stopped_while_the_others_go_on(qtbot: QtBot, make_window: WindowFactory) -> None:
    backend = ScriptedBackend(replies=[" ".join(f"w{i}" for i in range(80))], chunk_delay_s=0.01)
    window = make_window(scripted(backend))
    wait_ready(qtbot, window)
    choose(window, "learned", "team")
    window.generate()
    first, second = window.cards_area.cards
    qtbot.waitUntil(lambda: len(first.text().split()) >= 5, timeout=10_000)
    assert first.regenerate_button.text().endswith("Stop")
    with qtbot.waitSignal(window.jobDone, timeout=20_000):
        qtbot.mouseClick(first.regenerate_button, Qt.MouseButton.LeftButton)
    assert 5 <= len(first.text().split()) < 80 and first.status_label.text() == "Stopped"
    assert len(second.text().split()) == 80 and second.status_label.text() == ""


def failing_for(bad: str, backend: ScriptedBackend) -> Callable[[Path], ChatBackend]:
    def factory(path: Path) -> ChatBackend:
        if path.name == bad:
            return ScriptedBackend(fail_on_load=ModelFormatError(str(path), "it is not a GGUF model."))
        backend.name = path.name
        return backend

    return factory


def test_a_model_that_fails_to_load_falls_back_to_the_last_working_one(
    qtbot: QtBot, make_window: WindowFactory, tmp_path: Path
) -> None:
    window = make_window(failing_for("broken.gguf", ScriptedBackend(replies=["Still writing."])))
    wait_ready(qtbot, window)
    broken = tmp_path / "broken.gguf"
    broken.write_bytes(b"not a model")
    window.model_status.choose(broken)
    qtbot.waitUntil(lambda: window.state == "ready" and window.model_path == starter_model_path(), timeout=10_000)
    assert window.banner.level == "warning" and "broken.gguf could not be loaded" in window.banner.text
    assert starter_model_path().name in window.banner.text  # type: ignore[union-attr]
    assert window.generate_button.isEnabled()
    assert window.settings.model_path == ""  # the broken one is not remembered
    choose(window, "team")
    generate(qtbot, window)
    assert card_texts(window) == ["Still writing."]


def test_generate_is_disabled_with_the_reason_while_no_model_is_ready(
    qtbot: QtBot, make_window: WindowFactory
) -> None:
    window = make_window(failing_for(starter_model_path().name, ScriptedBackend()))  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: window.state == "error", timeout=10_000)
    assert not window.generate_button.isEnabled()
    reason = window.story_panel.reason_label
    assert reason.isVisible() and "No model is ready" in reason.text() and "not a GGUF model" in reason.text()
    assert window.generate_button.toolTip() == reason.text()
    window.generate()  # Ctrl+Enter: no empty cards, the reason instead
    assert window.cards_area.cards == [] and "No model is ready" in window.banner.text


def test_the_starter_model_is_honest_about_itself(qtbot: QtBot, make_window: WindowFactory, tmp_path: Path) -> None:
    opened: list[str] = []
    backend = ScriptedBackend()
    window = make_window(scripted(backend))
    window.open_better_model = lambda: opened.append("dialog")  # type: ignore[method-assign]
    wait_ready(qtbot, window)
    notice, in_status_bar = window.model_status.notice, window.model_status.status_notice
    assert notice.isVisible() and in_status_bar.isVisible()
    assert "starter model" in notice.text() and "writes poorly" in notice.text()
    qtbot.mouseClick(notice.button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(in_status_bar, Qt.MouseButton.LeftButton)
    assert opened == ["dialog", "dialog"]  # both open the one way to a better model
    other = tmp_path / "Qwen2.5-7B-Instruct-Q4_K_M.gguf"
    other.write_bytes(b"GGUF")
    window.model_status.choose(other)
    qtbot.waitUntil(lambda: window.state == "ready" and window.model_path == other, timeout=10_000)
    assert window.model_label.text() == other.name
    assert not notice.isVisible() and not in_status_bar.isVisible()
    window.model_status.choose(starter_model_path())  # type: ignore[arg-type]
    qtbot.waitUntil(lambda: notice.isVisible(), timeout=10_000)
