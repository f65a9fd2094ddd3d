"""Library work off the GUI thread (QueryOp/CollectionOp style) and the one message bridge."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from app.library import Library, LibraryReadOnlyError
from tests.app.library.helpers import OPTIONS
from tests.library_fixtures import clock, library, no_keyring  # noqa: F401 - fixtures
from ui.banner import MessageBanner
from ui.message_bridge import MessageBridge
from ui.ops import LibraryOps, OpChanges


@pytest.fixture
def banner(qtbot: QtBot) -> MessageBanner:
    widget = MessageBanner()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def ops(library: Library, banner: MessageBanner) -> Iterator[LibraryOps]:
    bridge = MessageBridge()
    notes: list[str] = []
    bridge.set_sink(banner, lambda text, _ms: notes.append(text))
    ops = LibraryOps(bridge)
    ops.library = library
    yield ops
    ops.runner.shutdown()


def test_a_query_runs_on_the_library_thread_and_answers_on_the_gui_thread(qtbot: QtBot, ops: LibraryOps) -> None:
    threads: list[str] = []
    answered: list[tuple[str, int]] = []

    def op(library: Library) -> int:
        threads.append(threading.current_thread().name)
        return len(library.list_drafts())

    ops.query(op, lambda count: answered.append((threading.current_thread().name, count)))
    qtbot.waitUntil(lambda: bool(answered), timeout=5000)
    assert threads and threads[0] != threading.main_thread().name
    assert answered == [(threading.main_thread().name, 0)]


def test_operations_run_in_the_order_they_were_asked_and_changes_are_announced(
    qtbot: QtBot, ops: LibraryOps
) -> None:
    order: list[str] = []
    announced: list[OpChanges] = []
    ops.changed.connect(announced.append)
    ops.change(lambda lib: lib.create_draft("First story", OPTIONS), OpChanges(drafts=True), lambda d: order.append(d.title))
    ops.query(lambda lib: [d.title for d in lib.list_drafts()], lambda titles: order.append(",".join(titles)))
    ops.change(lambda lib: lib.create_draft("Second story", OPTIONS), OpChanges(drafts=True), lambda d: order.append(d.title))
    ops.drain()
    assert order == ["First story", "First story", "Second story"]
    assert announced == [OpChanges(drafts=True), OpChanges(drafts=True)]


def test_a_library_error_reaches_the_user_through_the_bridge(
    qtbot: QtBot, ops: LibraryOps, banner: MessageBanner, library: Library
) -> None:
    def fail(_library: Library) -> None:
        raise LibraryReadOnlyError("Changes cannot be saved: the library is open in another window.")

    announced: list[OpChanges] = []
    ops.changed.connect(announced.append)
    ops.change(fail, OpChanges(drafts=True))
    ops.drain()
    assert banner.level == "error" and "open in another window" in banner.text
    assert announced == []  # nothing changed
    handled: list[str] = []
    ops.change(fail, OpChanges(drafts=True), failure=lambda exc: handled.append(str(exc)))
    ops.drain()
    assert handled and "another window" in handled[0]


def test_a_bug_in_an_operation_is_not_swallowed(qtbot: QtBot, ops: LibraryOps) -> None:
    with qtbot.captureExceptions() as caught:  # raised on the GUI thread, where the crash reporter is
        ops.query(lambda _lib: 1 / 0, lambda _result: None)
        qtbot.waitUntil(lambda: bool(caught), timeout=5000)
    assert caught[0][0] is ZeroDivisionError
    ops.query(lambda _lib: 1 / 0, lambda _result: None)
    with pytest.raises(ZeroDivisionError):  # and to whoever waits for it
        ops.drain()


def test_without_a_library_nothing_runs(qtbot: QtBot) -> None:
    ops = LibraryOps(MessageBridge())
    assert ops.query(lambda lib: lib.list_drafts(), lambda _drafts: pytest.fail("ran")) is False
    ops.runner.shutdown()


def test_the_bridge_shows_messages_where_the_user_looks_and_clears_by_key(qtbot: QtBot, banner: MessageBanner) -> None:
    bridge = MessageBridge()
    notes: list[str] = []
    bridge.set_sink(banner, lambda text, _ms: notes.append(text))
    bridge.error("Your drafts could not be saved: the disk is full.", "save")
    assert banner.isVisible() and banner.level == "error" and bridge.showing("save")
    dialog_banner = MessageBanner()
    qtbot.addWidget(dialog_banner)
    with bridge.routed_to(dialog_banner):
        bridge.info("Exported.")
        assert dialog_banner.text == "Exported." and banner.text.startswith("Your drafts")
    bridge.clear("save")
    assert not banner.isVisible()
    bridge.clear("save")  # clearing what is gone is fine
    bridge.note("Copied.")
    assert notes == ["Copied."]


def test_the_bridge_can_be_told_from_another_thread(qtbot: QtBot, banner: MessageBanner) -> None:
    bridge = MessageBridge()
    bridge.set_sink(banner, lambda _text, _ms: None)
    with qtbot.waitSignal(bridge.messageShown, timeout=5000) as shown:
        worker = threading.Thread(target=lambda: bridge.warning("From the library thread."))
        worker.start()
        worker.join()
    assert shown.args == ["warning", "From the library thread."] and banner.text == "From the library thread."
