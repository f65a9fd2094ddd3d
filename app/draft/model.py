"""The draft being worked on, without Qt: the story, the choices, the cards and the running job.

The window renders this model and turns the user's actions into calls on it; the generation
worker's events update it; the autosave reads it. State never lives in widgets.

Every change is announced to the listeners as one `DraftChange` (what changed, and for which
cards), synchronously, on the thread that made it (the GUI thread in the app).

Rules the model keeps, whatever the caller does:
- Generate never overwrites a card the user kept or edited by hand: a new card goes beside it.
- A card that was being rewritten and got no new text keeps its old text.
- Events of an old job, and check reports for another draft or another text, are ignored.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from enum import Flag, StrEnum, auto

from app.checks import CheckReport, Guidelines
from app.draft.progress import CardProgress, Estimate, SpeedMeter, estimate, expected_chunks, own_rate
from app.library.model import VersionSource
from app.options import PersonalNotes, PostOptions
from app.voice import VoiceProfile

Clock = Callable[[], float]


class CardStatus(StrEnum):
    IDLE = "idle"  # nothing is happening to this card
    WAITING = "waiting"  # queued in the running job
    READING = "reading"  # the model is reading the story for this card
    WRITING = "writing"  # text is streaming in
    STOPPED = "stopped"  # stopped by the user; what was written stays
    NOT_WRITTEN = "not_written"  # the job ended before this card got any new text
    INTERRUPTED = "interrupted"  # the job failed while this card was being written


BUSY = frozenset({CardStatus.WAITING, CardStatus.READING, CardStatus.WRITING})


class Change(Flag):
    NONE = 0
    STORY = auto()
    OPTIONS = auto()
    CARDS = auto()  # cards were added, removed or reordered
    TEXT = auto()  # a card's text
    STATUS = auto()  # a card's status or progress
    KEPT = auto()
    REPORT = auto()  # a card's check report
    SELECTION = auto()
    JOB = auto()  # a job started or ended
    DRAFT = auto()  # another draft was loaded or a new one started (everything changed)
    STORED = auto()  # the draft's library id or saved state
    CONTEXT = auto()  # the voice profile or guidelines the checks use
    GENERATED = auto()  # a generation finished: worth saving at once


@dataclass(frozen=True)
class DraftChange:
    what: Change
    cards: frozenset[str] = frozenset()  # keys of the cards concerned (empty: none or all)


Listener = Callable[[DraftChange], None]


@dataclass(frozen=True)
class VersionEntry:
    """One version of a card's text, in the order they happened."""

    id: int  # unique in this model's lifetime
    text: str
    source: str  # app.library.VersionSource: generated, edited, restored, tweak:<id>
    model: str = ""
    stored: bool = False  # read from the library (already there)


@dataclass
class DraftCard:
    key: str  # unique in the draft: the angle id, or "<angle>~2" for a second card of that angle
    angle: str
    text: str = ""
    status: CardStatus = CardStatus.IDLE
    kept: bool = False
    hand_edited: bool = False  # the user changed the text since it was generated
    versions: list[VersionEntry] = field(default_factory=list)
    report: CheckReport | None = None
    checked_text: str | None = None  # the text `report` is about
    checked_context: int = -1  # the model's context_revision `report` was made for
    library_id: int | None = None
    loaded_kept: bool = False  # kept as stored in the library when the draft was opened
    progress: CardProgress | None = None  # while busy
    stop_requested: bool = False
    text_before: str = ""  # the text before the running task, put back if it writes nothing
    task_source: str = VersionSource.GENERATED

    @property
    def busy(self) -> bool:
        return self.status in BUSY

    @property
    def protected(self) -> bool:
        """Generate must not write over this card."""
        return self.kept or self.hand_edited

    @property
    def current_report(self) -> CheckReport | None:
        """The report, only when it is about the text the card shows now."""
        return self.report if self.report is not None and self.checked_text == self.text else None


@dataclass(frozen=True)
class TaskPlan:
    """One card a job writes."""

    key: str
    angle: str
    tweak: str | None = None  # tweak id: rewrite `current_text`
    current_text: str = ""


@dataclass
class JobState:
    job_id: int
    keys: tuple[str, ...]
    started_at: float
    stopping: bool = False


@dataclass(frozen=True)
class StoredVersion:
    """A card version as read from the library, for `DraftModel.load`."""

    text: str
    source: str
    model: str = ""


@dataclass(frozen=True)
class StoredCard:
    library_id: int
    angle: str
    text: str
    kept: bool
    versions: tuple[StoredVersion, ...] = ()


class DraftModel:
    def __init__(self, *, example_story: str = "", clock: Clock = time.monotonic) -> None:
        self._clock = clock
        self._listeners: list[Listener] = []
        self._before_switch: list[Callable[[], None]] = []
        self._version_ids = itertools.count(1)
        self._tokens = itertools.count(1)
        self.example_story = example_story
        self.token = next(self._tokens)  # identifies this draft while it is open
        self.story = example_story
        self.options = PostOptions(tone="warm", angles=("learned",))
        self.cards: list[DraftCard] = []
        self.selected_key = ""
        self.draft_id = 0  # 0: not in the library (yet)
        self.loaded_story: str | None = None  # story and options as the library holds them
        self.loaded_options: PostOptions | None = None
        self.job: JobState | None = None
        self.model_name = ""  # the model that writes the next versions
        self.voice_profile: VoiceProfile | None = None
        self.guidelines: Guidelines | None = None
        self.context_revision = 0  # changes whenever what the checks depend on changes
        self.revision = 0  # changes with everything the library keeps
        self.saved_revision = 0
        self.speed = SpeedMeter()

    # ================================================================ listening

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def before_switch(self, callback: Callable[[], None]) -> None:
        """Called just before the model lets go of the open draft (to save it)."""
        self._before_switch.append(callback)

    def _notify(self, what: Change, cards: Iterable[str] = ()) -> None:
        if what & (Change.STORY | Change.OPTIONS | Change.TEXT | Change.KEPT | Change.CARDS | Change.GENERATED):
            self.revision += 1
        if what & (Change.STORY | Change.OPTIONS | Change.CONTEXT | Change.DRAFT):
            self.context_revision += 1
        change = DraftChange(what, frozenset(cards))
        for listener in list(self._listeners):
            listener(change)

    # ================================================================ reading

    def card(self, key: str) -> DraftCard | None:
        return next((card for card in self.cards if card.key == key), None)

    @property
    def keys(self) -> list[str]:
        return [card.key for card in self.cards]

    @property
    def selected(self) -> DraftCard | None:
        return self.card(self.selected_key)

    @property
    def generating(self) -> bool:
        return self.job is not None

    @property
    def has_posts(self) -> bool:
        return any(card.text.strip() for card in self.cards)

    @property
    def holds_user_work(self) -> bool:
        """Worth keeping in the library: a post, notes, or a story that is not the untouched example."""
        story = self.story.strip()
        return self.has_posts or not self.options.notes.is_empty() or bool(story and story != self.example_story.strip())

    @property
    def unsaved(self) -> bool:
        return self.revision != self.saved_revision

    def cards_to_check(self) -> list[DraftCard]:
        """Cards whose report is missing, about another text or about another story, notes or
        rules (not while being written)."""
        return [
            card
            for card in self.cards
            if not card.busy and (card.checked_text != card.text or card.checked_context != self.context_revision)
        ]

    def estimate(self, key: str) -> Estimate | None:
        """Progress of a card being written (None when it is not busy)."""
        card = self.card(key)
        if card is None or card.progress is None or not card.busy:
            return None
        now = self._clock()
        busy = [c for c in self.cards if c.busy and c.progress is not None]
        live = next((rate for c in busy if c.progress and (rate := own_rate(c.progress, now))), None)
        ahead: float | None = 0.0
        if self.job is not None and card.status is CardStatus.WAITING:
            for other_key in self.job.keys:
                if other_key == key:
                    break
                other = self.card(other_key)
                if other is None or other.progress is None or not other.busy:
                    continue
                left = estimate(other.progress, self.speed, now, 0.0, live).remaining_s
                ahead = None if ahead is None or left is None else ahead + left
        return estimate(card.progress, self.speed, now, ahead, live)

    # ================================================================ the draft as a whole

    def set_story(self, story: str) -> None:
        if story != self.story:
            self.story = story
            self._notify(Change.STORY)

    def set_options(self, options: PostOptions) -> None:
        if options != self.options:
            self.options = options
            self._notify(Change.OPTIONS)

    def new_draft(self, story: str = "", *, keep_notes: bool = False) -> None:
        """Start over (the open draft stays in the library); the choices stay, the notes too if asked."""
        self._switching()
        options = self.options if keep_notes else replace(self.options, notes=PersonalNotes())
        self._reset(story=story, options=options, draft_id=0)
        self._notify(Change.DRAFT | Change.STORY | Change.OPTIONS | Change.CARDS | Change.SELECTION)

    def open_story(self, story: str) -> bool:
        """Put an opened story file in: into this draft while it has no posts, else into a new
        draft (the posts belong to the old story). Returns True when a new draft was started."""
        if self.has_posts:
            self.new_draft(story)
            return True
        self.set_story(story)
        return False

    def load(self, draft_id: int, story: str, options: PostOptions, cards: Sequence[StoredCard]) -> None:
        """Open a draft from the library (its cards in their order, each with its versions)."""
        self._switching()
        self._reset(story=story, options=options, draft_id=draft_id)
        self.loaded_story, self.loaded_options = story, options
        for stored in cards:
            versions = [
                VersionEntry(next(self._version_ids), v.text, v.source, v.model, stored=True) for v in stored.versions
            ]
            self.cards.append(
                DraftCard(
                    key=self._free_key(stored.angle),
                    angle=stored.angle,
                    text=stored.text,
                    kept=stored.kept,
                    hand_edited=bool(versions) and versions[-1].source in (VersionSource.EDITED, VersionSource.RESTORED),
                    versions=versions,
                    library_id=stored.library_id,
                    loaded_kept=stored.kept,
                )
            )
        self.selected_key = self.cards[0].key if self.cards else ""
        self.saved_revision = self.revision + 1  # what was just read is what the library holds
        self._notify(Change.DRAFT | Change.STORY | Change.OPTIONS | Change.CARDS | Change.SELECTION)

    def _switching(self) -> None:
        for callback in list(self._before_switch):
            callback()

    def _reset(self, *, story: str, options: PostOptions, draft_id: int) -> None:
        self.token = next(self._tokens)
        self.story = story
        self.options = options
        self.cards = []
        self.selected_key = ""
        self.draft_id = draft_id
        self.loaded_story = self.loaded_options = None
        self.job = None

    def set_check_context(self, profile: VoiceProfile | None, guidelines: Guidelines | None) -> None:
        self.voice_profile = profile
        self.guidelines = guidelines
        self._notify(Change.CONTEXT)

    # ================================================================ cards

    def select(self, key: str) -> None:
        if key != self.selected_key and (not key or self.card(key) is not None):
            self.selected_key = key
            self._notify(Change.SELECTION, [key] if key else [])

    def select_next(self, step: int) -> str:
        if not self.cards:
            return ""
        keys = self.keys
        index = keys.index(self.selected_key) if self.selected_key in keys else -step
        self.select(keys[(index + step) % len(keys)])
        return self.selected_key

    def edit_card(self, key: str, text: str) -> None:
        """The user typed in a card."""
        card = self.card(key)
        if card is None or card.busy or text == card.text:
            return
        card.text = text
        card.hand_edited = True
        last = card.versions[-1] if card.versions else None
        if last is not None and last.source == VersionSource.EDITED and not last.stored:
            card.versions[-1] = replace(last, text=text)  # one version per stretch of typing
        else:
            card.versions.append(VersionEntry(next(self._version_ids), text, VersionSource.EDITED))
        self._notify(Change.TEXT, [key])

    def restore_text(self, key: str, text: str) -> None:
        """An older version the library already put back (its history recorded it)."""
        card = self.card(key)
        if card is None or card.busy:
            return
        card.text = text
        card.hand_edited = True  # chosen by the user: Generate leaves it alone
        card.versions.append(VersionEntry(next(self._version_ids), text, VersionSource.RESTORED, stored=True))
        self._notify(Change.TEXT, [key])

    def set_kept(self, key: str, kept: bool) -> None:
        card = self.card(key)
        if card is not None and card.kept != kept:
            card.kept = kept
            self._notify(Change.KEPT, [key])

    def set_report(self, token: int, key: str, text: str, context_revision: int, report: CheckReport | None) -> bool:
        """A check finished (None: the card is empty, nothing to check). Applied only if it is
        about this draft, this card's current text and the current story, notes and rules;
        returns whether it was."""
        card = self.card(key)
        if token != self.token or context_revision != self.context_revision or card is None or card.text != text:
            return False
        card.report, card.checked_text, card.checked_context = report, text, context_revision
        self._notify(Change.REPORT, [key])
        return True

    # ================================================================ planning a job

    def plan_generation(self, angles: Sequence[str]) -> list[TaskPlan]:
        """One card per angle. An angle's card is rewritten in place unless the user kept or
        edited it (or it is busy); then a new card goes beside it."""
        plans: list[TaskPlan] = []
        for angle in dict.fromkeys(angles):
            card = next((c for c in self.cards if c.angle == angle and not c.protected and not c.busy), None)
            if card is None:
                card = self._add_card(angle)
            plans.append(TaskPlan(card.key, angle))
        if plans:
            self._notify(Change.CARDS)
            if self.selected is None:
                self.select(plans[0].key)
        return plans

    def plan_regenerate(self, key: str) -> TaskPlan | None:
        """Write this card's angle again: in place, or beside it when the user kept or edited it."""
        card = self.card(key)
        if card is None or card.busy:
            return None
        if card.protected:
            card = self._add_card(card.angle, beside=card.key)
            self._notify(Change.CARDS)
            self.select(card.key)
        return TaskPlan(card.key, card.angle)

    def plan_tweak(self, key: str, tweak_id: str) -> TaskPlan | None:
        """Rewrite this card's text with a quick tweak (the user asked for it on this text)."""
        card = self.card(key)
        if card is None or card.busy or not card.text.strip():
            return None
        return TaskPlan(card.key, card.angle, tweak=tweak_id, current_text=card.text)

    def _add_card(self, angle: str, beside: str | None = None) -> DraftCard:
        card = DraftCard(key=self._free_key(angle), angle=angle)
        same_angle = [i for i, c in enumerate(self.cards) if c.angle == angle or c.key == beside]
        self.cards.insert(same_angle[-1] + 1 if same_angle else len(self.cards), card)
        return card

    def _free_key(self, angle: str) -> str:
        taken = set(self.keys)
        if angle not in taken:
            return angle
        return next(f"{angle}~{n}" for n in itertools.count(2) if f"{angle}~{n}" not in taken)

    # ================================================================ the running job

    def begin_job(self, job_id: int, plans: Sequence[TaskPlan]) -> None:
        now = self._clock()
        keys = tuple(plan.key for plan in plans)
        self.job = JobState(job_id, keys, now)
        for plan in plans:
            card = self.card(plan.key)
            if card is None:
                continue
            card.status = CardStatus.WAITING
            card.stop_requested = False
            card.task_source = VersionSource.tweak(plan.tweak) if plan.tweak else VersionSource.GENERATED
            card.progress = CardProgress(now, expected_chunks(self.options.length, plan.current_text))
        self._notify(Change.JOB | Change.STATUS, keys)

    def _job_card(self, job_id: int, key: str) -> DraftCard | None:
        if self.job is None or job_id != self.job.job_id or key not in self.job.keys:
            return None
        return self.card(key)

    def task_started(self, job_id: int, key: str) -> None:
        card = self._job_card(job_id, key)
        if card is None or card.progress is None:
            return
        card.progress.started_at = self._clock()
        card.status = CardStatus.READING
        card.text_before = card.text
        card.text = ""
        card.report = card.checked_text = None
        self._notify(Change.STATUS | Change.TEXT | Change.REPORT, [key])

    def chunk(self, job_id: int, key: str, text: str) -> None:
        card = self._job_card(job_id, key)
        if card is None or card.progress is None or card.status not in (CardStatus.READING, CardStatus.WRITING):
            return
        now = self._clock()
        progress = card.progress
        changed = Change.TEXT
        if progress.first_chunk_at is None:
            progress.first_chunk_at = now
            if progress.started_at is not None:
                self.speed.record_read(now - progress.started_at)
            card.status = CardStatus.WRITING
            changed |= Change.STATUS
        progress.last_chunk_at = now
        progress.chunks += 1
        card.text += text
        self._notify(changed, [key])

    def task_finished(self, job_id: int, key: str, text: str, cancelled: bool) -> None:
        """A card's task ended; `text` is the cleaned post (or, cancelled, what was written)."""
        card = self._job_card(job_id, key)
        if card is None:
            return
        self._finish_card(card, text or card.text, CardStatus.STOPPED if cancelled else CardStatus.IDLE)
        self._notify(Change.TEXT | Change.STATUS | Change.GENERATED, [key])

    def job_finished(self, job_id: int, cancelled: bool, failed: bool = False) -> None:
        """The job ended (always called, after an error too): no card stays busy."""
        if self.job is None or job_id != self.job.job_id:
            return
        keys = self.job.keys
        for key in keys:
            card = self.card(key)
            if card is None or not card.busy:
                continue
            if card.status is CardStatus.WAITING:
                card.status = CardStatus.NOT_WRITTEN if (cancelled or failed or card.stop_requested) else CardStatus.IDLE
                card.progress = None
            else:  # interrupted while reading or writing: keep what was written
                stopped = cancelled or card.stop_requested
                self._finish_card(card, card.text, CardStatus.STOPPED if stopped else CardStatus.INTERRUPTED)
        self.job = None
        self._notify(Change.JOB | Change.STATUS | Change.TEXT | Change.GENERATED, keys)

    def _finish_card(self, card: DraftCard, text: str, status: CardStatus) -> None:
        progress = card.progress
        if progress is not None and progress.first_chunk_at is not None and progress.last_chunk_at is not None:
            if status is CardStatus.IDLE:  # a whole run: its speed speaks for the model
                self.speed.record_writing(progress.chunks, progress.last_chunk_at - progress.first_chunk_at)
        card.progress = None
        card.stop_requested = False
        if text.strip():
            card.text = text
            card.versions.append(VersionEntry(next(self._version_ids), text, card.task_source, self.model_name))
            if card.task_source == VersionSource.GENERATED:
                card.hand_edited = False
            card.status = status
        else:  # nothing new: the card keeps what it had
            card.text = card.text_before
            card.status = CardStatus.NOT_WRITTEN
        card.text_before = ""

    def request_stop(self, key: str | None = None) -> list[str]:
        """Stop the whole job, or one card (None: all). Returns the keys asked to stop."""
        if self.job is None:
            return []
        keys = list(self.job.keys) if key is None else [key]
        asked = []
        for card_key in keys:
            card = self.card(card_key)
            if card is not None and card.busy and not card.stop_requested:
                card.stop_requested = True
                asked.append(card_key)
        if key is None:
            self.job.stopping = True
        if asked or key is None:
            self._notify(Change.STATUS | Change.JOB, asked)
        return asked

    def set_model_name(self, name: str) -> None:
        if name != self.model_name:
            self.model_name = name
            self.speed.reset()

    # ================================================================ the library

    def mark_saved(self, token: int, revision: int, draft_id: int, card_ids: dict[str, int]) -> None:
        """The autosave wrote the draft as it was at `revision`."""
        if token != self.token:
            return
        changed = draft_id != self.draft_id
        self.draft_id = draft_id
        for card in self.cards:
            library_id = card_ids.get(card.key)
            if library_id is not None:
                card.library_id = library_id
        if revision > self.saved_revision:
            self.saved_revision = revision
            changed = True
        if changed:
            self._notify(Change.STORED)

    def forget_library(self) -> None:
        """The library is gone (deleted, or the draft was erased): nothing here is stored any more.
        The text stays; saved again, it becomes a new draft."""
        self.token = next(self._tokens)
        self.draft_id = 0
        self.loaded_story = self.loaded_options = None
        for card in self.cards:
            card.library_id = None
            card.versions = [replace(v, stored=False) for v in card.versions[-1:]]
        self.saved_revision = 0
        self._notify(Change.STORED)
