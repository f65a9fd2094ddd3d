"""What the user does with the draft, turned into calls on the draft model and jobs for the worker.

Generate, Regenerate, a tweak, Stop (all, or one card); the generation worker's events back
into the model; Copy and Keep; a new draft, a stored draft, a story file. No widget state is
read here: everything comes from the draft model.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.draft.generation import draft_job, prompt_request
from app.draft.model import DraftModel, StoredCard, TaskPlan
from app.draft.store import stored_cards
from app.library import Draft, Library
from app.linkedin.format import to_linkedin_text
from app.presets import PresetCatalog
from app.rewrite import PostResult
from app.story_io import InputError, read_text_file
from app.story_length import check_story_length, story_length_problem
from ui.autosave import Autosaver
from ui.check_runner import CheckRunner
from ui.copy_check import copy_confirmation
from ui.message_bridge import MessageBridge
from ui.model_status import ModelStatus
from ui.ops import LibraryOps
from ui.worker import WorkerHost

log = logging.getLogger(__name__)


class DraftController(QObject):
    jobDone = Signal(bool)  # a Generate/regenerate/tweak ended (cancelled?), in the GUI thread
    storyOpened = Signal(bool)  # a story file was read (True) or could not be (False)
    draftOpened = Signal(int)  # a stored draft is in the window now

    def __init__(
        self,
        model: DraftModel,
        host: WorkerHost,
        catalog: Callable[[], PresetCatalog],
        ops: LibraryOps,
        autosaver: Autosaver,
        checks: CheckRunner,
        model_status: ModelStatus,
        bridge: MessageBridge,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.host = host
        self._catalog = catalog
        self.ops = ops
        self.autosaver = autosaver
        self.checks = checks
        self.model_status = model_status
        self.bridge = bridge
        self.window = parent
        self.unicode_styling = True
        self.run_copy_box: Callable[[QMessageBox], object] = QMessageBox.exec  # tests answer the question
        worker = host.worker
        worker.taskStarted.connect(self._on_task_started)
        worker.chunkReady.connect(self._on_chunk)
        worker.taskFinished.connect(self._on_task_finished)
        worker.jobFailed.connect(self._on_job_failed)
        worker.jobFinished.connect(self._on_job_finished)
        self._failed_jobs: set[int] = set()

    # ================================================================ generation

    def generate(self) -> None:
        model = self.model
        if model.generating:
            return
        blocked = self.model_status.session.generate_blocked()
        if blocked:
            self.bridge.info(blocked)
            return
        if not model.story.strip():
            self.bridge.info(self.tr("Paste or open a company story first."))
            return
        if not model.options.angles:
            self.bridge.info(self.tr("Choose at least one angle."))
            return
        info = self.model_status.session.info
        too_long = story_length_problem(model.story, info.context_length if info is not None else None)
        if too_long:  # before any prompt is built
            self.bridge.error(too_long)
            return
        self._submit(model.plan_generation(model.options.angles))

    def regenerate_card(self, key: str) -> None:
        if self.model.generating or self.model_status.session.generate_blocked():
            return
        plan = self.model.plan_regenerate(key)
        if plan is not None:
            self._submit([plan])

    def tweak_card(self, key: str, tweak_id: str) -> None:
        card = self.model.card(key)
        if self.model.generating or card is None or self.model_status.session.generate_blocked():
            return
        plan = self.model.plan_tweak(key, tweak_id)
        if plan is None:
            self.bridge.info(self.tr("This draft is empty; generate it first."))
            return
        self._submit([plan])

    def _submit(self, plans: Sequence[TaskPlan]) -> None:
        catalog = self._catalog()
        job_id = self.host.new_job_id()
        job = draft_job(job_id, prompt_request(self.model, catalog), plans, catalog, self.model.voice_profile)
        self.model.begin_job(job_id, plans)
        self.host.submit(job)

    def stop(self) -> None:
        """Stop the whole job; what was written so far stays."""
        job = self.model.job
        if job is not None and self.model.request_stop():
            self.host.cancel(job.job_id)

    def stop_card(self, key: str) -> None:
        """Stop one card; the others go on."""
        job = self.model.job
        if job is not None and self.model.request_stop(key):
            self.host.cancel_card(job.job_id, key)

    @Slot(int, str)
    def _on_task_started(self, job_id: int, key: str) -> None:
        self.model.task_started(job_id, key)

    @Slot(int, str, str)
    def _on_chunk(self, job_id: int, key: str, text: str) -> None:
        self.model.chunk(job_id, key, text)

    @Slot(int, str, object)
    def _on_task_finished(self, job_id: int, key: str, result: PostResult) -> None:
        self.model.task_finished(job_id, key, result.text, result.cancelled)
        self.model_status.show_speed(result.stats)

    @Slot(int, str)
    def _on_job_failed(self, job_id: int, message: str) -> None:
        if self.model.job is not None and job_id == self.model.job.job_id:
            self._failed_jobs.add(job_id)
            self.bridge.error(message)

    @Slot(int, bool)
    def _on_job_finished(self, job_id: int, cancelled: bool) -> None:
        if self.model.job is None or job_id != self.model.job.job_id:
            return
        self.model.job_finished(job_id, cancelled, failed=job_id in self._failed_jobs)
        self._failed_jobs.discard(job_id)
        self.jobDone.emit(cancelled)

    # ================================================================ cards

    def copy_card(self, key: str) -> None:
        card = self.model.card(key)
        if card is None or card.busy or not card.text.strip():
            return
        report = card.current_report
        if report is None or card.checked_context != self.model.context_revision:
            report = self.checks.check_now(card.text)
        if not copy_confirmation(self.window, report, run=self.run_copy_box):
            return
        QGuiApplication.clipboard().setText(to_linkedin_text(card.text, unicode_styling=self.unicode_styling))
        self.model.select(key)
        self.bridge.note(self.tr("Copied. Paste it into LinkedIn when you are ready."), 5000)

    def copy_selected(self) -> None:
        if self.model.selected_key:
            self.copy_card(self.model.selected_key)

    def keep_card(self, key: str) -> None:
        card = self.model.card(key)
        if card is None:
            return
        self.model.set_kept(key, not card.kept)
        if not self.autosaver.enabled:
            self.bridge.note(self.tr("Kept for now; drafts are not saved on this computer."), 5000)
        else:
            self.bridge.note(self.tr("Kept in your drafts.") if card.kept else self.tr("No longer marked as kept."), 4000)

    # ================================================================ drafts and stories

    def new_draft(self) -> None:
        """Start over with an empty story; the current draft stays in the library."""
        self.stop()
        self.model.new_draft()
        self.autosaver.draft_opened(0)

    def open_draft(self, draft_id: int) -> None:
        if self.model.generating:
            self.bridge.info(self.tr("Stop the current drafts before opening another one."))
            return
        self.autosaver.save_now()  # queued before the read: the list and the draft are up to date

        def read(library: Library) -> tuple[Draft, list[StoredCard]]:
            draft = library.get_draft(draft_id)
            return draft, stored_cards(library, draft)

        self.ops.query(read, self._show_draft)

    def _show_draft(self, loaded: tuple[Draft, list[StoredCard]]) -> None:
        draft, cards = loaded
        self.show_draft(draft, cards)
        self.autosaver.draft_opened(draft.id)
        self.draftOpened.emit(draft.id)

    def show_draft(self, draft: Draft, cards: list[StoredCard]) -> None:
        """Put a stored draft in the window: its story, choices and cards (with their history)."""
        catalog = self._catalog()
        known_angles = {a.id for a in catalog.angles}
        options = draft.options
        angles = tuple(a for a in options.angles if a in known_angles)
        tone = options.tone if options.tone in {t.id for t in catalog.tones} else self.model.options.tone
        options = replace(options, tone=tone, angles=angles)
        self.model.load(draft.id, draft.story, options, [c for c in cards if c.angle in known_angles])

    def open_story_file(self, path: Path) -> None:
        """Read a story file in the background; on any problem say so and keep the current text.
        A draft with posts keeps its story: the file starts a new draft."""
        what = self.tr("The file")

        def read() -> str:
            text = read_text_file(path, what)
            check_story_length(text)  # refused in words before the draft or any check holds it
            if not text.strip():
                raise InputError(self.tr("%1 is empty, so the current story was kept.").replace("%1", str(path)))
            return text

        def opened(text: str) -> None:
            if self.model.generating and self.model.has_posts:
                self.stop()
            new = self.model.open_story(text)
            if new:
                self.autosaver.draft_opened(0)
                self.bridge.info(
                    self.tr("%1 is open as a new draft; your earlier posts stay under File → My drafts.").replace(
                        "%1", path.name
                    )
                )
            else:
                self.bridge.note(self.tr("Opened %1").replace("%1", path.name), 4000)
            self.storyOpened.emit(True)

        def failed(exc: Exception) -> None:
            if not isinstance(exc, InputError):
                raise exc
            self.bridge.error(str(exc))
            self.storyOpened.emit(False)

        self.ops.runner.run(read, opened, failed)
