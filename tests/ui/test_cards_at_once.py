"""Cards written at once (issue 11) as the window shows them: the status bar says how the cards
were written, and one card's Stop stops that card alone, quickly, while the others go on."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from pytestqt.qtbot import QtBot

from app.options import Length, PostOptions
from models.contract import CancelToken, ChatMessage, GenerationOptions, MultiStream
from models.fake import OneAtATimeBackend, ScriptedBackend
from tests.ui.conftest import WindowFactory, scripted, wait_ready
from tests.ui.test_main_window import STORY
from ui.main_window import MainWindow

def choose(window: MainWindow, *angles: str, length: Length = Length.SHORT) -> None:
    window.story_editor.setPlainText(STORY)
    window.angle_panel.set_post_options(PostOptions(tone="warm", angles=tuple(angles), length=length))


def generate(qtbot: QtBot, window: MainWindow, timeout: int = 20_000) -> bool:
    """Generate and wait for the job's end; returns whether it was cancelled."""
    with qtbot.waitSignal(window.jobDone, timeout=timeout) as done:
        window.generate()
    return bool(done.args[0])


# ---------------------------------------------------------------- the status bar says the path


class FellBack(ScriptedBackend):
    """A backend that could have written the cards at once but wrote them one after another
    (as the engine does when they do not fit its context together)."""

    note: str = "3 posts at once need more context than this model may use"

    def stream_many(  # type: ignore[override]
        self,
        conversations: Sequence[Sequence[ChatMessage]],
        options: GenerationOptions,
        cancel: CancelToken,
        stops: Sequence[CancelToken] | None = None,
    ) -> MultiStream:
        stream = super().stream_many(conversations, options, cancel, stops)
        for stats in stream.stats:
            stats.path, stats.path_note = "sequential", self.note
        return stream


@pytest.mark.parametrize(
    ("backend", "shown", "tooltip"),
    [
        (ScriptedBackend(replies=["one two three four"], chunk_delay_s=0.002), "per card · all cards at once", "every card at the same time"),
        (FellBack(replies=["one two three four"], chunk_delay_s=0.002), "· one card after another", FellBack.note),
        (
            OneAtATimeBackend(ScriptedBackend(replies=["one two three four"], chunk_delay_s=0.002)),
            "· one card after another",
            "this model writes one post at a time",
        ),
    ],
    ids=["at-once", "engine-fell-back", "one-at-a-time-backend"],
)
def test_the_status_bar_says_how_the_cards_were_written(
    qtbot: QtBot, make_window: WindowFactory, backend: object, shown: str, tooltip: str
) -> None:
    window = make_window(scripted(backend))  # type: ignore[arg-type]
    wait_ready(qtbot, window)
    choose(window, "learned", "team")
    assert generate(qtbot, window) is False
    label = window.speed_label
    assert "tokens/s" in label.text() and label.text().endswith(shown)
    assert tooltip in label.toolTip()
    other = "all cards at once" if "after another" in shown else "one card after another"
    assert other not in label.text() and other not in label.toolTip()


def test_a_single_card_says_only_its_speed(qtbot: QtBot, make_window: WindowFactory) -> None:
    window = make_window(scripted(OneAtATimeBackend(ScriptedBackend(replies=["one two three four"], chunk_delay_s=0.002))))
    wait_ready(qtbot, window)
    choose(window, "learned", "team")
    generate(qtbot, window)
    with qtbot.waitSignal(window.jobDone, timeout=20_000):
        window.controller.regenerate_card("team")
    text = window.speed_label.text()
    assert text.endswith("tokens/s") and "card" not in text
