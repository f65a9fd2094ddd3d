"""Deleting drafts in the Drafts dialog: soft at first (undoable from the undo bar), for good when
the undo bar times out or the dialog closes."""

from __future__ import annotations

import logging
from typing import Any

from app.library import Library, LibraryError
from ui.ops import OpChanges

log = logging.getLogger(__name__)


class DraftDeletes:
    """A mixin for the Drafts dialog: it uses the dialog's list, undo bar, timer and ops."""

    _pending_deletes: list[int]
    _select_after: int | None
    ops: Any
    library: Library
    model: Any
    list_view: Any
    undo_bar: Any
    undo_timer: Any
    draftsPurged: Any  # noqa: N815 - the dialog's Qt signal

    def delete_selected(self) -> None:
        summary = self.selected_summary()
        if summary is None or self.library.read_only:
            return
        row = self.list_view.currentIndex().row()
        following = self.model.summary(row + 1).id if row + 1 < self.model.rowCount() else None
        previous = self.model.summary(row - 1).id if row > 0 else None

        def deleted(_result: object) -> None:
            self._pending_deletes.append(summary.id)
            if len(self._pending_deletes) == 1:
                text = self.tr("Deleted “%1”.").replace("%1", summary.title)
            else:
                text = self.tr("Deleted %1 drafts.").replace("%1", str(len(self._pending_deletes)))
            self.undo_bar.show_text(text)
            self.undo_timer.start()
            self._select_after = following if following is not None else previous  # the next takes its place
            self.list_view.setFocus()

        self.model.remove(summary.id)  # gone from the list at once; the library follows
        self._change(lambda library: library.delete_draft(summary.id), deleted)

    def undo_deletes(self) -> None:
        pending = list(self._pending_deletes)

        def undo(library: Library) -> list[int]:
            restored = []
            for draft_id in pending:
                try:
                    library.undo_delete(draft_id)
                except LibraryError as exc:
                    log.warning("could not undo deleting draft %s: %s", draft_id, exc)
                else:
                    restored.append(draft_id)
            return restored

        def undone(restored: list[int]) -> None:
            self._pending_deletes = [draft_id for draft_id in self._pending_deletes if draft_id not in restored]
            if len(restored) < len(pending):
                self._show_error(self.tr("Some drafts could not be brought back; they stay deleted."))
            if not self._pending_deletes:
                self.undo_timer.stop()
                self.undo_bar.hide()
            self._select_after = restored[-1] if restored else None
            self.list_view.setFocus()

        self._change(undo, undone)

    def purge_pending_deletes(self) -> None:
        """Erase the deleted drafts for good: the undo bar timed out or the dialog closes."""
        self.undo_timer.stop()
        self.undo_bar.hide()
        if not self._pending_deletes:
            return
        purged, self._pending_deletes = self._pending_deletes, []

        def failed(exc: LibraryError) -> None:
            # They stay in the deleted list, out of sight; the next purge takes them.
            log.warning("could not purge deleted drafts: %s", exc)
            self._show_error(str(exc))

        self.ops.change(
            lambda library: library.purge_deleted(),
            OpChanges(drafts=True),
            lambda _count: self.draftsPurged.emit(purged),
            failed,
        )
