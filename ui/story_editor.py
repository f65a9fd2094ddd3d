"""The story pane: a plain-text editor that also accepts dropped .txt, .md and .docx files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QPlainTextEdit, QWidget

OPENABLE_SUFFIXES = (".txt", ".md", ".markdown", ".docx")


def dropped_file(event: QDragEnterEvent | QDropEvent) -> Path | None:
    mime = event.mimeData()
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile():
            return Path(url.toLocalFile())
    return None


class StoryEditor(QPlainTextEdit):
    """Emits `fileDropped` for a dropped file; the window reads it (and reports problems)."""

    fileDropped = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self.setTabChangesFocus(True)  # keyboard users move on with Tab
        self.setPlaceholderText(
            self.tr("Paste the company story here, or drop a .txt, .md or .docx file on the window.")
        )
        self.setAccessibleName(self.tr("Company story"))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if dropped_file(event) is not None:
            event.acceptProposedAction()
        else:
            super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]  # noqa: N802
        if dropped_file(event) is not None:
            event.acceptProposedAction()
        else:
            super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        path = dropped_file(event)
        if path is None:
            super().dropEvent(event)
            return
        event.acceptProposedAction()
        self.fileDropped.emit(path)
