"""A friendly notice above the cards while the bundled starter model writes: it is a demo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class StarterNotice(QFrame):
    def __init__(self, better_model: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StarterNotice")
        self._label = QLabel(
            self.tr(
                "You are trying OwnVoice with its starter model: a small demo that shows how everything "
                "works, but writes poorly. For posts worth sharing, use a bigger model."
            )
        )
        self._label.setWordWrap(True)
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton(self.tr("Get a better model…"))
        self.button.setObjectName("SecondaryButton")
        self.button.setAccessibleName(self.tr("Get a better model"))
        self.button.clicked.connect(better_model)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 8, 6)
        layout.addWidget(self._label, 1)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.setAccessibleName(self.tr("About the starter model"))
        self.setAccessibleDescription(self._label.text())

    def text(self) -> str:
        return self._label.text()
