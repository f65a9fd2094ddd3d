"""One way to tell the user something, from anywhere (as in qutebrowser's message bridge).

Non-widget code (the autosave, library operations, the model status) calls
`bridge.error(text)`, `bridge.warning(...)`, `bridge.info(...)` or `bridge.note(...)` (a
passing line in the status bar), from any thread. The bridge delivers on the GUI thread to
the current place for messages: the main window's banner, or while a dialog with its own
banner is open, that dialog's (`with bridge.routed_to(dialog.banner):`).

A message may carry a key ("save", "model"); `clear(key)` takes it away again once it no
longer holds (a save that works again clears the "could not save" message), and a newer
message with the same key replaces it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Protocol

from PySide6.QtCore import QObject, Signal, Slot


class MessageSink(Protocol):
    """Where messages appear: ui.banner.MessageBanner is one."""

    def show_message(self, text: str, level: str = "info") -> None: ...

    def hide(self) -> None: ...

    def isVisible(self) -> bool: ...  # noqa: N802 - Qt's name


class MessageBridge(QObject):
    _shown = Signal(str, str, str)  # level, text, key
    _cleared = Signal(str)  # key
    _noted = Signal(str, int)  # text, milliseconds
    messageShown = Signal(str, str)  # level, text: after delivery (tests and logs follow this)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sinks: list[MessageSink] = []
        self._showing: dict[int, tuple[str, str]] = {}  # sink -> (key, text) of the message it shows
        self._note: Callable[[str, int], None] | None = None
        self._shown.connect(self._deliver)
        self._cleared.connect(self._clear)
        self._noted.connect(self._deliver_note)

    # ---------------------------------------------------------------- telling (any thread)

    def info(self, text: str, key: str = "") -> None:
        self._shown.emit("info", text, key)

    def warning(self, text: str, key: str = "") -> None:
        self._shown.emit("warning", text, key)

    def error(self, text: str, key: str = "") -> None:
        self._shown.emit("error", text, key)

    def clear(self, key: str) -> None:
        """Take away the message with this key, wherever it shows, if it still shows."""
        self._cleared.emit(key)

    def note(self, text: str, milliseconds: int = 5000) -> None:
        """A passing line in the status bar (nothing to act on)."""
        self._noted.emit(text, milliseconds)

    # ---------------------------------------------------------------- where messages go (GUI thread)

    def set_sink(self, sink: MessageSink, note: Callable[[str, int], None]) -> None:
        """The main window's banner and status bar."""
        self._sinks = [sink]
        self._note = note

    def push_sink(self, sink: MessageSink) -> None:
        """Messages go to `sink` (an open dialog's banner) until `pop_sink`."""
        if sink not in self._sinks:
            self._sinks.append(sink)

    def pop_sink(self, sink: MessageSink) -> None:
        if sink in self._sinks:
            self._sinks.remove(sink)
            self._showing.pop(id(sink), None)

    @contextmanager
    def routed_to(self, sink: MessageSink) -> Iterator[None]:
        """Messages go to `sink` while the block runs."""
        self.push_sink(sink)
        try:
            yield
        finally:
            self.pop_sink(sink)

    def showing(self, key: str) -> bool:
        return any(shown_key == key for shown_key, _ in self._showing.values())

    @Slot(str, str, str)
    def _deliver(self, level: str, text: str, key: str) -> None:
        if not self._sinks:
            return
        sink = self._sinks[-1]
        sink.show_message(text, level)
        self._showing[id(sink)] = (key, text)
        self.messageShown.emit(level, text)

    @Slot(str)
    def _clear(self, key: str) -> None:
        if not key:
            return
        for sink in self._sinks:
            shown = self._showing.get(id(sink))
            if shown is not None and shown[0] == key:
                if sink.isVisible():
                    sink.hide()
                del self._showing[id(sink)]

    @Slot(str, int)
    def _deliver_note(self, text: str, milliseconds: int) -> None:
        if self._note is not None:
            self._note(text, milliseconds)
