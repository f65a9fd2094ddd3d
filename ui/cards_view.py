"""The cards: one PostCard per card of the draft model, and the preview of the selected one.

The view follows the model. Text that streams in is painted in batches (every
FLUSH_INTERVAL_MS), for any number of cards writing at once; a busy card's status line says
what is happening, for how long, and about how long it will still take.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from app.draft.model import CardStatus, Change, DraftCard, DraftChange, DraftModel
from app.draft.progress import Estimate, Phase
from app.presets import PresetCatalog
from ui.cards_area import CardsArea
from ui.post_card import PostCard
from ui.preview import LinkedInPreview

FLUSH_INTERVAL_MS = 40  # streamed text is painted in batches: smooth text, a responsive window
PROGRESS_INTERVAL_MS = 500  # the busy cards' clocks tick this often


def duration_text(seconds: float) -> str:
    whole = max(0, round(seconds))
    return f"{whole // 60}:{whole % 60:02d}"


class CardsView(QObject):
    regenerateRequested = Signal(str)
    stopRequested = Signal(str)
    tweakRequested = Signal(str, str)
    copyRequested = Signal(str)
    keepRequested = Signal(str)
    historyRequested = Signal(str)
    cardsChanged = Signal()  # cards came or went: the window redoes the Tab order

    def __init__(
        self,
        model: DraftModel,
        catalog: PresetCatalog,
        ui_language: str,
        preview: LinkedInPreview,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.model = model
        self.catalog = catalog
        self.ui_language = ui_language
        self.preview = preview
        self.area = CardsArea()
        self.unicode_styling = True
        self._widgets: dict[str, PostCard] = {}
        self._dirty_text: set[str] = set()
        self._preview_dirty = False
        self._flush_timer = QTimer(self)
        self._flush_timer.setInterval(FLUSH_INTERVAL_MS)
        self._flush_timer.timeout.connect(self.flush)
        self._progress_timer = QTimer(self)
        self._progress_timer.setInterval(PROGRESS_INTERVAL_MS)
        self._progress_timer.timeout.connect(self._show_progress)
        model.subscribe(self.render)

    # ---------------------------------------------------------------- reading

    def widget(self, key: str) -> PostCard | None:
        return self._widgets.get(key)

    @property
    def widgets(self) -> list[PostCard]:
        return [self._widgets[key] for key in self.model.keys if key in self._widgets]

    def focus_chain(self) -> list[QWidget]:
        return [widget for card in self.widgets for widget in card.focus_chain()]

    def set_unicode_styling(self, enabled: bool) -> None:
        self.unicode_styling = enabled
        for card in self._widgets.values():
            card.set_unicode_styling(enabled)

    # ---------------------------------------------------------------- model -> view

    def render(self, change: DraftChange) -> None:
        what = change.what
        if what & (Change.CARDS | Change.DRAFT):
            self._sync_cards()
        keys = change.cards or frozenset(self.model.keys)
        if what & Change.TEXT:
            self._dirty_text |= keys
            self._preview_dirty = self._preview_dirty or self.model.selected_key in keys
            if not self._flush_timer.isActive():
                self._flush_timer.start()
        if what & (Change.STATUS | Change.DRAFT | Change.CARDS):
            self.flush()  # a card that starts or ends shows its final text at once
            for key in keys:
                self._show_status(key)
        if what & (Change.REPORT | Change.DRAFT | Change.CARDS):
            for key in keys:
                self._show_report(key)
        if what & (Change.KEPT | Change.DRAFT | Change.CARDS):
            for key in keys:
                card, widget = self.model.card(key), self._widgets.get(key)
                if card is not None and widget is not None:
                    widget.set_kept(card.kept)
        if what & (Change.SELECTION | Change.DRAFT | Change.CARDS):
            for key, widget in self._widgets.items():
                widget.set_selected(key == self.model.selected_key)
            self._preview_dirty = True
            self.flush()
        if what & Change.JOB:
            if self.model.generating:
                self._progress_timer.start()
            else:
                self._progress_timer.stop()

    def flush(self) -> None:
        """Paint the text that arrived since the last batch."""
        dirty, self._dirty_text = self._dirty_text, set()
        if not dirty and not self._preview_dirty:
            self._flush_timer.stop()
            return
        for key in dirty:
            card, widget = self.model.card(key), self._widgets.get(key)
            if card is None or widget is None:
                continue
            shown = widget.text()
            if card.busy and card.text.startswith(shown) and shown:
                widget.append_text(card.text[len(shown) :])  # streaming: add the new words only
            elif card.text != shown:
                widget.restore_text(card.text)  # not a user edit
        if self._preview_dirty:
            self._preview_dirty = False
            selected = self.model.selected
            self.preview.set_text(selected.text if selected is not None else "")

    def _sync_cards(self) -> None:
        keys = self.model.keys
        for key in list(self._widgets):
            if key not in keys:
                self._widgets.pop(key)  # CardsArea deletes it
        for card in self.model.cards:
            if card.key not in self._widgets:
                self._widgets[card.key] = self._new_widget(card)
                self._dirty_text.add(card.key)
        self.area.set_cards([self._widgets[key] for key in keys])
        self.cardsChanged.emit()

    def _new_widget(self, card: DraftCard) -> PostCard:
        widget = PostCard(card.key, self._title(card))
        widget.set_unicode_styling(self.unicode_styling)
        widget.regenerateRequested.connect(self.regenerateRequested)
        widget.stopRequested.connect(self.stopRequested)
        widget.tweakRequested.connect(self.tweakRequested)
        widget.copyRequested.connect(self.copyRequested)
        widget.keepRequested.connect(self.keepRequested)
        widget.historyRequested.connect(self.historyRequested)
        widget.activated.connect(self.model.select)
        widget.textEdited.connect(lambda key: self._edited(key))
        return widget

    def _edited(self, key: str) -> None:
        widget = self._widgets.get(key)
        if widget is not None:
            self.model.edit_card(key, widget.text())
            if key == self.model.selected_key:
                self.preview.set_text(widget.text())

    def _title(self, card: DraftCard) -> str:
        label = self.catalog.angle(card.angle).label(self.ui_language) if card.angle in self._angle_ids() else card.angle
        number = card.key.partition("~")[2]
        return f"{label} ({number})" if number else label

    def _angle_ids(self) -> set[str]:
        return {angle.id for angle in self.catalog.angles}

    def _show_status(self, key: str) -> None:
        card, widget = self.model.card(key), self._widgets.get(key)
        if card is None or widget is None:
            return
        if card.busy and not widget.streaming:
            widget.set_busy(True)
        elif not card.busy and widget.streaming:
            widget.end_stream(card.text, "")
        widget.set_status(self.status_text(card, self.model.estimate(key)))

    def _show_report(self, key: str) -> None:
        card, widget = self.model.card(key), self._widgets.get(key)
        if card is not None and widget is not None:
            widget.show_report(card.current_report if card.text.strip() else None)

    def _show_progress(self) -> None:
        for card in self.model.cards:
            if card.busy:
                self._show_status(card.key)

    def status_text(self, card: DraftCard, estimate: Estimate | None) -> str:
        if card.busy and card.stop_requested:
            return self.tr("Stopping…")
        if estimate is not None:
            doing = {
                Phase.WAITING: self.tr("Waiting"),
                Phase.READING: self.tr("Reading the story"),
                Phase.WRITING: self.tr("Writing"),
            }[estimate.phase]
            parts = [doing, duration_text(estimate.elapsed_s)]
            if estimate.remaining_s is not None:
                parts.append(
                    self.tr("almost done")
                    if estimate.remaining_s < 1
                    else self.tr("about %1 left").replace("%1", duration_text(estimate.remaining_s))
                )
            return " · ".join(parts)
        return {
            CardStatus.STOPPED: self.tr("Stopped"),
            CardStatus.NOT_WRITTEN: self.tr("Not written"),
            CardStatus.INTERRUPTED: self.tr("Interrupted"),
        }.get(card.status, "")
