"""The window's link to the drafts library: one draft at a time, saved as the user works.

- Every generation (and tweak) is stored the moment it finishes, as a version of its card.
- Edits to the story, the choices and the cards are autosaved at most AUTOSAVE_DELAY_MS
  after the last keystroke, and again when the window closes.
- A failed save (disk full, read-only folder) is reported once per problem; the text stays
  in the window, marked unsaved, and the next save tries again.

The library is used from the GUI thread only (a save takes a few milliseconds).
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from app.library import Draft, Library, LibraryError
from app.options import PostOptions

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 1500  # within the promised 2 seconds after the last keystroke

StoryState = Callable[[], tuple[str, PostOptions]]
CardText = Callable[[str], str | None]  # card key -> current text (None: the card is gone)


class DraftSession(QObject):
    saved = Signal()  # everything pending reached the library
    saveFailed = Signal(str)  # a sentence for the user; the text stays in the window
    saveRecovered = Signal(str)  # a save worked again after this failure message
    draftChanged = Signal(int)  # the id of the draft now open (0: none yet)

    def __init__(self, library: Library | None, story_state: StoryState, card_text: CardText) -> None:
        super().__init__()
        self.library = library
        self._story_state = story_state
        self._card_text = card_text
        self.draft_id = 0
        self.card_ids: dict[str, int] = {}  # card key (angle id) -> library card id
        self._dirty_cards: set[str] = set()
        self._story_dirty = False
        self._last_error = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)

    @property
    def enabled(self) -> bool:
        return self.library is not None and not self.library.read_only

    @property
    def has_unsaved_changes(self) -> bool:
        return bool(self._dirty_cards or self._story_dirty)

    # ---------------------------------------------------------------- changes from the window

    def story_edited(self) -> None:
        if self.enabled and self.draft_id:
            self._story_dirty = True
            self._timer.start()

    def card_edited(self, card_key: str) -> None:
        if self.enabled and card_key in self.card_ids:
            self._dirty_cards.add(card_key)
            self._timer.start()

    def generation_started(self, model: str) -> None:
        """Make sure a draft exists for what is being generated, with the current story."""
        if not self.enabled:
            return
        story, options = self._story_state()
        assert self.library is not None
        try:
            if self.draft_id:
                self.library.update_draft(self.draft_id, story=story, options=options, model=model)
            else:
                self.draft_id = self.library.create_draft(story, options, model).id
                self.draftChanged.emit(self.draft_id)
            self._story_dirty = False
        except LibraryError as exc:
            self._fail(exc)

    def generation_finished(self, card_key: str, angle: str, text: str, model: str, source: str) -> None:
        """Store a finished (or stopped) generation as a new version of its card."""
        if not self.enabled or not self.draft_id or not text:
            return
        assert self.library is not None
        try:
            card_id = self.card_ids.get(card_key)
            if card_id is None:
                self.card_ids[card_key] = self.library.add_card(self.draft_id, angle, text, model).id
            else:
                self.library.add_generated_version(card_id, text, model, source)
            self._dirty_cards.discard(card_key)
            self._succeeded()
        except LibraryError as exc:
            self._fail(exc)

    def set_kept(self, card_key: str, kept: bool) -> bool:
        card_id = self.card_ids.get(card_key)
        if not self.enabled or card_id is None:
            return False
        assert self.library is not None
        try:
            self.flush()
            self.library.set_card_kept(card_id, kept)
            return True
        except LibraryError as exc:
            self._fail(exc)
            return False

    # ---------------------------------------------------------------- saving

    def flush(self) -> bool:
        """Save everything pending now. Returns False when something could not be saved."""
        self._timer.stop()
        if not self.enabled or not self.has_unsaved_changes:
            return True
        assert self.library is not None
        try:
            if self._story_dirty and self.draft_id:
                story, options = self._story_state()
                self.library.update_draft(self.draft_id, story=story, options=options)
                self._story_dirty = False
            for card_key in sorted(self._dirty_cards):
                text = self._card_text(card_key)
                if text is not None:
                    self.library.save_card_text(self.card_ids[card_key], text)
                self._dirty_cards.discard(card_key)
        except LibraryError as exc:
            self._fail(exc)
            return False
        self._succeeded()
        return True

    # ---------------------------------------------------------------- drafts

    def open_draft(self, draft_id: int) -> Draft | None:
        """Switch to another draft (saving this one first)."""
        if self.library is None:
            return None
        self.flush()
        try:
            draft = self.library.get_draft(draft_id)
        except LibraryError as exc:
            self._fail(exc)
            return None
        self.draft_id = draft.id
        self.card_ids = {card.angle: card.id for card in draft.cards}
        self.draftChanged.emit(self.draft_id)
        return draft

    def start_new_draft(self) -> None:
        self.flush()
        self.draft_id = 0
        self.card_ids = {}
        self.draftChanged.emit(0)

    def close(self) -> None:
        self.flush()
        if self.library is not None:
            self.library.close()
            self.library = None

    def _fail(self, exc: LibraryError) -> None:
        message = str(exc)
        log.warning("saving a draft failed: %s", message)
        if message != self._last_error:  # say it once, not on every keystroke
            self._last_error = message
            self.saveFailed.emit(message)

    def _succeeded(self) -> None:
        if self._last_error:
            self.saveRecovered.emit(self._last_error)
        self._last_error = ""
        self.saved.emit()
