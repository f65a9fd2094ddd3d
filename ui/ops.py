"""Library and file work off the GUI thread, the way Anki's QueryOp and CollectionOp do it.

    ops.query(lambda library: library.list_drafts(text), success=show_list)
    ops.change(lambda library: library.delete_draft(draft_id), OpChanges(drafts=True))

The function runs on the library's own thread (one thread: operations run in the order they
were asked for); `success` (or `failure`) then runs on the GUI thread. A LibraryError goes to
`failure`, or by default to the message bridge as an error; any other exception is a bug and
is raised on the GUI thread (where the crash reporter sees it). After a successful change,
`changed` carries an `OpChanges`: the one "what changed" notice that views follow.

`Background` is the same machinery without the library, for file work (reading a story
file, listing model files, running checks).
"""

from __future__ import annotations

import logging
import queue
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from typing import TypeVar

from PySide6.QtCore import QObject, Signal, Slot

from app.library import Library, LibraryError
from ui.message_bridge import MessageBridge

log = logging.getLogger(__name__)

T = TypeVar("T")
Outcome = Callable[[], None]


class Background(QObject):
    """One worker thread; functions run in order, their results are handled on the GUI thread."""

    _delivered = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=name)
        self._outcomes: queue.SimpleQueue[Outcome] = queue.SimpleQueue()
        self._futures: set[Future[None]] = set()
        self._closed = False
        self._delivered.connect(self._dispatch)

    @property
    def busy(self) -> bool:
        return bool(self._futures) or not self._outcomes.empty()

    def run(
        self,
        work: Callable[[], T],
        success: Callable[[T], None],
        failure: Callable[[Exception], None],
    ) -> None:
        """Run `work` on the worker thread; then `success(result)` or `failure(exception)` here."""
        if self._closed:
            log.warning("background work after shutdown ignored: %r", work)
            return

        def job() -> None:
            outcome: Outcome
            try:
                value = work()
            except Exception as exc:  # noqa: BLE001 - handed to `failure` on the GUI thread
                error = exc
                outcome = lambda: failure(error)  # noqa: E731
            else:
                outcome = lambda: success(value)  # noqa: E731
            self._outcomes.put(outcome)
            self._delivered.emit()  # queued to the GUI thread

        future = self._executor.submit(job)
        self._futures.add(future)
        future.add_done_callback(self._futures.discard)

    def drain(self, timeout_s: float = 60.0) -> None:
        """Wait for everything asked so far and handle the results now (closing, tests)."""
        pending = set(self._futures)
        if pending:
            wait(pending, timeout=timeout_s)
        self._dispatch()

    def shutdown(self) -> None:
        """Finish what was asked, handle it, and accept no more."""
        self._executor.shutdown(wait=True)
        self._dispatch()
        self._closed = True

    @Slot()
    def _dispatch(self) -> None:
        while True:
            try:
                outcome = self._outcomes.get_nowait()
            except queue.Empty:
                return
            outcome()


@dataclass(frozen=True)
class OpChanges:
    """What a library change touched, for the views that show it."""

    drafts: bool = False  # drafts were added, removed, renamed or changed status: lists refresh
    draft_id: int = 0  # the one draft whose content changed (0: none in particular)
    preferences: bool = False  # the voice profile, guidelines or other private preferences


class LibraryOps(QObject):
    changed = Signal(object)  # OpChanges, after every successful change

    def __init__(self, bridge: MessageBridge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.library: Library | None = None
        self.runner = Background("library", self)

    @property
    def writable(self) -> bool:
        return self.library is not None and not self.library.read_only

    def query(
        self,
        op: Callable[[Library], T],
        success: Callable[[T], None],
        failure: Callable[[LibraryError], None] | None = None,
    ) -> bool:
        """Read from the library in the background. False (nothing runs) without a library."""
        return self._run(op, success, failure, None)

    def change(
        self,
        op: Callable[[Library], T],
        changes: OpChanges,
        success: Callable[[T], None] | None = None,
        failure: Callable[[LibraryError], None] | None = None,
    ) -> bool:
        """Change the library in the background, then announce `changes`."""
        return self._run(op, success or (lambda _result: None), failure, changes)

    def drain(self) -> None:
        self.runner.drain()

    def _run(
        self,
        op: Callable[[Library], T],
        success: Callable[[T], None],
        failure: Callable[[LibraryError], None] | None,
        changes: OpChanges | None,
    ) -> bool:
        library = self.library
        if library is None:
            return False

        def succeeded(result: T) -> None:
            success(result)
            if changes is not None:
                self.changed.emit(changes)

        def failed(exc: Exception) -> None:
            if not isinstance(exc, LibraryError):
                raise exc  # a bug: let the crash reporter (and the tests) see it
            log.warning("library operation failed: %s", exc)
            if failure is not None:
                failure(exc)
            else:
                self.bridge.error(str(exc))

        self.runner.run(lambda: op(library), succeeded, failed)
        return True
