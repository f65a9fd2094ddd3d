"""The window and the drafts library: the last draft back at start, the drafts and history
dialogs, private preferences, "Delete all my data", and the library's status in the status bar.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QFileDialog, QLabel

from app.checks import Guidelines
from app.draft.model import StoredCard
from app.draft.store import stored_cards
from app.library import Draft, DraftNotFoundError, Library
from app.private_preferences import load_guidelines, load_open_draft, load_voice_profile
from app.voice import VoiceProfile
from ui.ops import OpChanges
from ui.story_editor import OPENABLE_SUFFIXES

if TYPE_CHECKING:
    from ui.main_window import MainWindow

PURGE_AFTER = timedelta(hours=1)  # drafts deleted (and not undone) longer ago are erased at start


@dataclass(frozen=True)
class StartState:
    """What the library holds for the window at start."""

    profile: VoiceProfile | None
    guidelines: Guidelines | None
    draft: Draft | None  # the draft to put back in the window
    cards: list[StoredCard] = field(default_factory=list)
    new_draft_was_open: bool = False  # the user had started a new (empty) draft


def read_start_state(library: Library) -> StartState:
    """The draft that was open when the app closed (else the newest), and the private preferences."""
    profile, guidelines = load_voice_profile(library), load_guidelines(library)
    open_id = load_open_draft(library)
    if open_id == 0:
        return StartState(profile, guidelines, None, new_draft_was_open=True)
    draft: Draft | None = None
    if open_id:
        try:
            draft = library.get_draft(open_id)
        except DraftNotFoundError:
            draft = None
        if draft is not None and draft.deleted_at is not None:
            draft = None
    if draft is None:
        newest = library.list_drafts()
        draft = library.get_draft(newest[0].id) if newest else None
    return StartState(profile, guidelines, draft, stored_cards(library, draft) if draft is not None else [])


class WindowLibrary:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.data_wiped = False
        self.label = QLabel()
        self.label.setAccessibleName(window.tr("Drafts library"))
        window.autosaver.saved.connect(self._show_saved)

    @property
    def library(self) -> Library | None:
        return self.window.ops.library

    def attach(self, library: Library | None, *, explain: bool = False) -> None:
        """Use this drafts library from now on (None: drafts are not saved; `explain` says so), and
        put the last draft back in the window."""
        window = self.window
        window.ops.library = library
        tr = window.tr
        if library is None:
            if explain:
                window.bridge.warning(
                    tr("Your drafts are not being saved: the drafts library is not open. Restart OwnVoice to try again.")
                )
            self.label.setText(tr("Drafts not saved"))
            return
        if library.read_only:
            window.bridge.warning(library.read_only_reason or tr("The drafts library is open read-only."))
            self.label.setText(tr("Drafts read-only"))
        else:
            self.label.setText(tr("Drafts saved privately"))
        self.label.setToolTip(tr("Your drafts are kept in an encrypted library on this computer."))
        window.ops.query(read_start_state, self._restore, lambda exc: window.bridge.warning(str(exc)))
        if not library.read_only:  # deletions not undone in an earlier session go for good
            # A failure (a full disk) is only a warning: those drafts simply wait for the next start.
            window.ops.change(
                lambda lib: lib.purge_deleted(older_than=PURGE_AFTER),
                OpChanges(drafts=True),
                failure=lambda exc: window.bridge.warning(str(exc)),
            )

    def _restore(self, state: StartState) -> None:
        window, model = self.window, self.window.model
        window.prefs.use_guidelines(state.guidelines)
        window.prefs.use_voice_profile(state.profile)
        if model.holds_user_work or model.draft_id:  # the user is already at work: leave it be
            return
        if state.draft is not None:
            window.controller.show_draft(state.draft, state.cards)
        elif state.new_draft_was_open:
            model.new_draft()

    def _show_saved(self) -> None:
        if self.library is not None and not self.library.read_only:
            self.label.setText(self.window.tr("Drafts saved privately"))

    def store_privately(self, save: Callable[[Library, Any], None], value: object) -> None:
        window = self.window
        if not window.ops.writable:
            window.bridge.note(window.tr("Used for this session only: drafts are not saved here."), 6000)
            return
        window.ops.change(lambda library: save(library, value), OpChanges(preferences=True))

    # ---------------------------------------------------------------- dialogs

    def choose_story_file(self) -> None:
        window = self.window
        patterns = " ".join(f"*{suffix}" for suffix in OPENABLE_SUFFIXES)
        name, _ = QFileDialog.getOpenFileName(
            window, window.tr("Open a company story"), "", window.tr("Stories (%1)").replace("%1", patterns)
        )
        if name:
            window.controller.open_story_file(Path(name))

    def show_drafts(self) -> None:
        from ui.drafts_view import DraftsDialog

        window = self.window
        if self.library is None:
            window.bridge.info(window.tr("Drafts are not saved on this computer, so there are none to show."))
            return
        window.autosaver.flush()  # the list shows this draft as it is now
        dialog = DraftsDialog(window.ops, window)
        dialog.openRequested.connect(window.controller.open_draft)
        dialog.draftsPurged.connect(self._on_drafts_purged)
        dialog.exec()

    def _on_drafts_purged(self, draft_ids: list[int]) -> None:
        if self.window.model.draft_id in draft_ids:
            self.window.model.forget_library()  # its text stays in the window; the next save stores it anew

    def show_history(self, key: str) -> None:
        from ui.history_dialog import HistoryDialog

        window = self.window
        card = window.model.card(key)
        library = self.library
        if library is None or card is None or card.library_id is None:
            window.bridge.info(window.tr("This draft has no saved history yet."))
            return
        window.autosaver.flush()  # the newest edit belongs in the list
        widget = window.cards_view.widget(key)
        dialog = HistoryDialog(window.ops, card.library_id, widget.title_label.text() if widget else "", window)
        dialog.restored.connect(lambda _library_card, text: window.model.restore_text(key, text))
        dialog.exec()

    def delete_all_data(self) -> None:
        from ui.wipe import confirm_and_wipe

        window = self.window
        window.controller.stop()
        report = confirm_and_wipe(window, window.paths, self._close_for_wipe)
        if report is None or not report.complete:
            return
        self.data_wiped = True  # do not write the settings back when the window closes
        self.attach(None)
        window.model.forget_library()
        window.prefs.use_voice_profile(None)
        window.prefs.use_guidelines(None)
        window.bridge.info(
            window.tr("All your OwnVoice data was deleted. Drafts are not saved until you restart OwnVoice.")
        )

    def _close_for_wipe(self) -> None:
        self.window.autosaver.flush()
        library, self.window.ops.library = self.library, None
        if library is not None:
            library.close()

    def close(self) -> None:
        """At quit: finish the library's work, then close it."""
        window = self.window
        window.ops.runner.shutdown()
        library, window.ops.library = self.library, None
        if library is not None:
            library.close()
