"""Cards written at once (issue 11) as the window shows them: the status bar says how the cards
were written, and one card's Stop stops that card alone, quickly, while the others go on."""

from __future__ import annotations

import time
from collections.abc import Sequence

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.draft.model import CardStatus
from app.options import Length, PostOptions
from app.paths import AppPaths
from models.contract import CancelToken, ChatMessage, GenerationOptions, MultiStream
from models.engine.client import LocalEngineBackend
from models.fake import OneAtATimeBackend, ScriptedBackend
from tests.ui.conftest import WindowFactory, scripted, wait_ready
from tests.ui.test_main_window import STORY, real_factory
from ui.main_window import MainWindow

STOP_WITHIN_S = 0.25  # issue 11: one card stops within 250 ms (scripted backend: no CPU contention)
# With the real engine the time depends on how busy the machine is: bench/bench_cancel.py measures
# it against the 250 ms target; here it only has to be obeyed within a few words and promptly.
REAL_ENGINE_STOP_WITHIN_S = 2.0


def choose(window: MainWindow, *angles: str, length: Length = Length.SHORT) -> None:
    window.story_editor.setPlainText(STORY)
    window.angle_panel.set_post_options(PostOptions(tone="warm", angles=tuple(angles), length=length))


def generate(qtbot: QtBot, window: MainWindow, timeout: int = 20_000) -> bool:
    """Generate and wait for the job's end; returns whether it was cancelled."""
    with qtbot.waitSignal(window.jobDone, timeout=timeout) as done:
        window.generate()
    return bool(done.args[0])


def start(window: MainWindow) -> list[bool]:
    """Generate without waiting; the list gets the job's end (cancelled?)."""
    ended: list[bool] = []
    window.jobDone.connect(ended.append)
    window.generate()
    return ended


def words(window: MainWindow, key: str) -> int:
    card = window.model.card(key)
    assert card is not None
    return len(card.text.split())


def status(window: MainWindow, key: str) -> CardStatus:
    card = window.model.card(key)
    assert card is not None
    return card.status


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


# ---------------------------------------------------------------- one card's Stop


def stop_one_card(qtbot: QtBot, window: MainWindow, key: str, *, after_words: int, timeout: int) -> tuple[float, int]:
    """Click `key`'s own Stop once it has `after_words` words; returns (seconds until the card
    stopped, its words at the click)."""
    qtbot.waitUntil(lambda: words(window, key) >= after_words, timeout=timeout)
    card = window.cards_view.widget(key)
    assert card is not None and card.regenerate_button.text().endswith("Stop")
    at_click = words(window, key)
    clicked = time.monotonic()
    qtbot.mouseClick(card.regenerate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: status(window, key) is CardStatus.STOPPED, timeout=5000)
    return time.monotonic() - clicked, at_click


def test_one_cards_stop_reaches_the_worker_and_the_others_finish(
    qtbot: QtBot, make_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the scripted backend writing three cards at once (one word of each per step); 70 words
    fit a short post's token limit (72 of this backend's one-word tokens)."""
    backend = ScriptedBackend(replies=[" ".join(f"w{i}" for i in range(70))], chunk_delay_s=0.01)
    window = make_window(scripted(backend))
    wait_ready(qtbot, window)
    asked: list[tuple[int, str]] = []
    cancel_card = window.host.cancel_card
    monkeypatch.setattr(window.host, "cancel_card", lambda job, key: (asked.append((job, key)), cancel_card(job, key)))
    choose(window, "learned", "team", "customers")
    ended = start(window)
    job = window.model.job
    assert job is not None
    stopped_after, at_click = stop_one_card(qtbot, window, "team", after_words=5, timeout=10_000)
    assert asked == [(job.job_id, "team")]
    assert stopped_after < STOP_WITHIN_S
    assert window.model.generating  # the other two are still being written
    qtbot.waitUntil(lambda: bool(ended), timeout=20_000)
    assert ended == [False]  # the job itself was not cancelled
    assert at_click <= words(window, "team") <= at_click + 3 < 70
    for other in ("learned", "customers"):
        assert words(window, other) == 70 and status(window, other) is CardStatus.IDLE
    assert window.cards_view.widget("team").status_label.text() == "Stopped"  # type: ignore[union-attr]


@pytest.mark.engine
def test_one_cards_stop_with_the_real_engine(
    qtbot: QtBot, make_window: WindowFactory, ownvoice_home: AppPaths
) -> None:
    created: list[LocalEngineBackend] = []
    window = make_window(real_factory(created, ownvoice_home))
    wait_ready(qtbot, window)
    choose(window, "learned", "team", "customers", length=Length.LONG)
    ended = start(window)
    stopped_after, at_click = stop_one_card(qtbot, window, "team", after_words=3, timeout=120_000)
    others_at_stop = {key: words(window, key) for key in ("learned", "customers")}
    assert stopped_after < REAL_ENGINE_STOP_WITHIN_S
    qtbot.waitUntil(lambda: bool(ended), timeout=180_000)
    assert ended == [False]
    assert words(window, "team") <= at_click + 3
    for key, before in others_at_stop.items():
        assert status(window, key) is CardStatus.IDLE  # finished on their own, not stopped
        assert words(window, key) > before  # and went on writing after the stop
    assert created and created[-1].last_done is not None and created[-1].last_done.path == "parallel"
