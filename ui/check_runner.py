"""Writing hints for every card, computed off the GUI thread and applied only where they still hold.

A check is tagged with the draft, the card's text and the model's context revision (story,
notes, choices, voice profile, guidelines). The model accepts the report only if all of them
are still current, so a card never shows findings about another draft, another text or an
older story. Opening a draft checks all its cards at once.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer

from app.checks import CardChecker, CheckReport, Guidelines
from app.draft.model import Change, DraftChange, DraftModel
from app.voice import VoiceProfile
from ui.ops import Background

CHECK_DELAY_MS = 250  # hints follow typing without running on every keystroke
WATCHED = Change.TEXT | Change.STORY | Change.OPTIONS | Change.CONTEXT | Change.DRAFT | Change.CARDS | Change.STATUS


@dataclass(frozen=True)
class _Inputs:
    story: str
    notes: str
    profile: VoiceProfile | None
    guidelines: Guidelines | None


class CheckRunner(QObject):
    def __init__(self, model: DraftModel, background: Background, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self._background = background
        self._checker: tuple[_Inputs, CardChecker] | None = None  # used on the checks thread only
        self._running = False
        self._again = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHECK_DELAY_MS)
        self._timer.timeout.connect(self.run)
        model.subscribe(self._on_change)

    def _on_change(self, change: DraftChange) -> None:
        if not change.what & WATCHED:
            return
        if change.what & Change.DRAFT:
            self.run()  # a draft just opened: its hints at once
        elif not self._timer.isActive():
            self._timer.start()

    def run(self) -> None:
        """Check every card that needs it, in the background."""
        self._timer.stop()
        if self._running:
            self._again = True
            return
        model = self.model
        cards = [(card.key, card.text) for card in model.cards_to_check()]
        if not cards:
            return
        token, context = model.token, model.context_revision
        inputs = _Inputs(model.story, model.options.notes.all_text(), model.voice_profile, model.guidelines)
        language = model.options.language

        def check() -> list[tuple[str, str, CheckReport | None]]:
            checker = self._checker_for(inputs)
            return [(key, text, checker.check(text, language) if text.strip() else None) for key, text in cards]

        def apply(reports: list[tuple[str, str, CheckReport | None]]) -> None:
            self._running = False
            for key, text, report in reports:
                model.set_report(token, key, text, context, report)
            if self._again:
                self._again = False
                self._timer.start()

        def failed(exc: Exception) -> None:
            self._running = False
            raise exc

        self._running = True
        self._background.run(check, apply, failed)

    def check_now(self, text: str) -> CheckReport:
        """A report for this text against the current story, here and now (before copying)."""
        model = self.model
        inputs = _Inputs(model.story, model.options.notes.all_text(), model.voice_profile, model.guidelines)
        return CardChecker.for_story(inputs.story, inputs.notes, inputs.profile, inputs.guidelines).check(
            text, model.options.language
        )

    def _checker_for(self, inputs: _Inputs) -> CardChecker:
        if self._checker is None or self._checker[0] != inputs:
            checker = CardChecker.for_story(inputs.story, inputs.notes, inputs.profile, inputs.guidelines)
            self._checker = (inputs, checker)
        return self._checker[1]
