"""Turns one sequence's token pieces (bytes) into text chunks safe to show.

- A UTF-8 character split over two tokens is held until it is complete.
- Text that may be the start of a stop string is held until it is clear it is not; a stop
  string ends the text (it is not shown).

Plain Python, no llama_cpp.
"""

from __future__ import annotations

import codecs
from collections.abc import Sequence


class TextAssembler:
    def __init__(self, stops: Sequence[str] = ()) -> None:
        self._stops = tuple(s for s in stops if s)
        self._decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        self._text = ""  # decoded, not yet shown
        self.shown = ""  # everything shown so far
        self.stopped = False  # a stop string was found

    def add(self, piece: bytes) -> str:
        """The text that can be shown now (may be empty)."""
        if self.stopped:
            return ""
        self._text += self._decoder.decode(piece)
        stop_at = self._first_stop()
        if stop_at >= 0:
            self.stopped = True
            return self._show(self._text[:stop_at], rest="")
        hold = self._partial_stop_length()
        return self._show(self._text[: len(self._text) - hold], rest=self._text[len(self._text) - hold :])

    def finish(self) -> str:
        """The held text, once the sequence has ended."""
        if self.stopped:
            return ""
        self._text += self._decoder.decode(b"", final=True)
        return self._show(self._text, rest="")

    def _show(self, text: str, rest: str) -> str:
        self._text = rest
        self.shown += text
        return text

    def _first_stop(self) -> int:
        found = [i for i in (self._text.find(stop) for stop in self._stops) if i >= 0]
        return min(found) if found else -1

    def _partial_stop_length(self) -> int:
        """Length of the longest end of the text that begins a stop string."""
        longest = 0
        for stop in self._stops:
            for size in range(min(len(stop) - 1, len(self._text)), longest, -1):
                if self._text.endswith(stop[:size]):
                    longest = size
                    break
        return longest
