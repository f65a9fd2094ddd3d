"""Ctrl+Plus / Ctrl+Minus / Ctrl+0: the window's text areas larger or smaller.

Sizes are a percentage of the system's font size, and follow it when it changes: at 100 % the
text areas simply use the system font. One style rule on the window reaches every text area in
it, those created later (cards, dialogs) included, so no widget has to be registered.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

ZOOM_PERCENTS = (70, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300)
NORMAL = ZOOM_PERCENTS.index(100)
TEXT_AREAS = "QPlainTextEdit, QTextEdit"  # QTextBrowser is a QTextEdit


class TextZoom(QObject):
    stepChanged = Signal(int)  # steps from 100 % (negative: smaller); what the settings keep

    def __init__(self, window: QWidget, step: int = 0) -> None:
        super().__init__(window)
        self._window = window
        self._index = self._clamped(NORMAL + step)
        self.zoom_in_action = self._action(self.tr("&Larger text"), self.zoom_in, QKeySequence.StandardKey.ZoomIn, "Ctrl+=")
        self.zoom_out_action = self._action(self.tr("&Smaller text"), self.zoom_out, QKeySequence.StandardKey.ZoomOut)
        self.reset_action = self._action(self.tr("&Normal text size"), self.reset, "Ctrl+0")
        window.installEventFilter(self)
        self._apply()

    @property
    def step(self) -> int:
        return self._index - NORMAL

    @property
    def percent(self) -> int:
        return ZOOM_PERCENTS[self._index]

    def actions(self) -> list[QAction]:
        return [self.zoom_in_action, self.zoom_out_action, self.reset_action]

    def describe(self) -> str:
        return self.tr("Text size %1 %").replace("%1", str(self.percent))

    def point_size(self) -> float:
        """The text areas' size now: the system font's, scaled."""
        system = QApplication.font().pointSizeF()
        return round((system if system > 0 else 10.0) * self.percent / 100, 1)

    def zoom_in(self) -> None:
        self.set_step(self.step + 1)

    def zoom_out(self) -> None:
        self.set_step(self.step - 1)

    def reset(self) -> None:
        self.set_step(0)

    def set_step(self, step: int) -> None:
        index = self._clamped(NORMAL + step)
        if index != self._index:
            self._index = index
            self._apply()
            self.stepChanged.emit(self.step)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self._window and event.type() == QEvent.Type.ApplicationFontChange:
            self._apply()  # the system font size changed: keep the same percentage of it
        return False

    def _apply(self) -> None:
        sheet = "" if self.percent == 100 else f"{TEXT_AREAS} {{ font-size: {self.point_size()}pt; }}"
        if self._window.styleSheet() != sheet:
            self._window.setStyleSheet(sheet)
        self.zoom_in_action.setEnabled(self._index < len(ZOOM_PERCENTS) - 1)
        self.zoom_out_action.setEnabled(self._index > 0)
        self.reset_action.setEnabled(self._index != NORMAL)

    def _action(self, text: str, slot: object, *shortcuts: QKeySequence.StandardKey | str) -> QAction:
        action = QAction(text, self._window)
        keys: list[QKeySequence] = []
        for shortcut in shortcuts:
            keys += QKeySequence.keyBindings(shortcut) if isinstance(shortcut, QKeySequence.StandardKey) else [QKeySequence(shortcut)]
        action.setShortcuts(keys)
        action.triggered.connect(slot)  # type: ignore[arg-type]
        self._window.addAction(action)  # the shortcuts work wherever the focus is in the window
        return action

    @staticmethod
    def _clamped(index: int) -> int:
        return max(0, min(len(ZOOM_PERCENTS) - 1, index))
