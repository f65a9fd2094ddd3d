"""An inline message above the cards: errors and hints without a modal dialog in the way."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

LEVELS = ("info", "warning", "error")


class MessageBanner(QFrame):
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Banner")
        self.setProperty("level", "info")
        self._icon = QLabel()
        self._text = QLabel()
        self._text.setWordWrap(True)
        self._text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._close = QToolButton()
        self._close.setText("✕")
        self._close.setAutoRaise(True)
        self._close.setToolTip(self.tr("Dismiss"))
        self._close.setAccessibleName(self.tr("Dismiss message"))
        self._close.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self._text, 1)
        layout.addWidget(self._close, 0, Qt.AlignmentFlag.AlignTop)
        self.setAccessibleName(self.tr("Message"))
        self.hide()

    @property
    def text(self) -> str:
        return self._text.text()

    @property
    def level(self) -> str:
        return str(self.property("level"))

    def show_message(self, text: str, level: str = "info") -> None:
        assert level in LEVELS, level
        self.setProperty("level", level)
        self._icon.setText({"info": "ℹ️", "warning": "⚠️", "error": "⛔"}[level])
        self._text.setText(text)
        self.setAccessibleDescription(text)
        self.style().unpolish(self)
        self.style().polish(self)
        self.show()

    def dismiss(self) -> None:
        self.hide()
        self.dismissed.emit()
