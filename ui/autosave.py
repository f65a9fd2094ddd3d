"""Autosave: the draft model, written to the library on the library thread.

- A finished generation (or tweak) and Keep are saved at once.
- Typing in the story, the choices or a card is saved at most AUTOSAVE_DELAY_MS after the
  last keystroke, and again when the window closes (`flush`).
- A draft is stored only once it holds something of the user's (app.draft.model).
- Before the model lets go of a draft (another opens, a new one starts), its last state is
  queued for saving, so switching never loses an edit.
- A failed save (disk full, read-only folder) is reported once per problem through the
  message bridge; the text stays in the window, and the next save tries again. When a save
  works again, the message goes away.

The autosave reads the model, never a widget.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from app.draft.model import Change, DraftChange, DraftModel
from app.draft.store import DraftRecorder, DraftSnapshot, SaveResult, snapshot
from app.library import Library, LibraryError
from app.private_preferences import save_open_draft
from ui.message_bridge import MessageBridge
from ui.ops import LibraryOps, OpChanges

log = logging.getLogger(__name__)

AUTOSAVE_DELAY_MS = 1500  # within the promised 2 seconds after the last keystroke
SAVE_MESSAGE_KEY = "save"
KEPT = Change.STORY | Change.OPTIONS | Change.TEXT | Change.KEPT | Change.CARDS


class Autosaver(QObject):
    saved = Signal()  # a save reached the library (on the GUI thread)

    def __init__(self, model: DraftModel, ops: LibraryOps, bridge: MessageBridge, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.ops = ops
        self.bridge = bridge
        self._recorder = DraftRecorder()  # used on the library thread only
        self._last_error = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        model.subscribe(self._on_change)
        model.before_switch(self.save_now)

    @property
    def enabled(self) -> bool:
        return self.ops.writable

    def _on_change(self, change: DraftChange) -> None:
        if not self.enabled:
            return
        if change.what & (Change.GENERATED | Change.KEPT):  # a generation, or Keep pressed: at once
            self.save_now()
        elif change.what & KEPT and not change.what & Change.DRAFT:
            self._timer.start()

    def save_now(self) -> None:
        """Queue a save of the draft as it is now (nothing when it is saved already)."""
        self._timer.stop()
        if not self.enabled or not self.model.unsaved:
            return
        snap = snapshot(self.model)
        self.ops.change(
            lambda library: self._save(library, snap),
            OpChanges(drafts=True, draft_id=snap.draft_id),
            success=self._saved,
            failure=self._failed,
        )

    def flush(self) -> bool:
        """Save now and wait for it (closing the window). False when something could not be saved."""
        self.save_now()
        self.ops.drain()
        return not self._last_error

    def draft_opened(self, draft_id: int) -> None:
        """Remember which draft is open (0: a new one), for the next start."""
        if self.enabled:
            self.ops.change(lambda library: save_open_draft(library, draft_id), OpChanges(preferences=True))

    def _save(self, library: Library, snap: DraftSnapshot) -> SaveResult:
        result = self._recorder.save(library, snap)
        if result.created:
            save_open_draft(library, result.draft_id)
        return result

    def _saved(self, result: SaveResult) -> None:
        self.model.mark_saved(result.token, result.revision, result.draft_id, dict(result.card_ids))
        if self._last_error:
            self.bridge.clear(SAVE_MESSAGE_KEY)  # the save that failed has now gone through
            self._last_error = ""
        self.saved.emit()

    def _failed(self, exc: LibraryError) -> None:
        message = str(exc)
        log.warning("saving a draft failed: %s", message)
        if message != self._last_error:  # say it once, not on every keystroke
            self._last_error = message
            self.bridge.error(message, SAVE_MESSAGE_KEY)
