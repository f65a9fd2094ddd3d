"""The left column: the story and the choices (scrolling), and a fixed footer with Generate and Stop.

Renders the draft model's story and choices, and turns the user's typing and clicking into
calls on the model. Generate and Stop sit in a footer outside the scrolling part, so they are
visible on any screen; while no model is ready, Generate is disabled and the footer says why.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from app.draft.model import Change, DraftChange, DraftModel
from app.presets import PresetCatalog
from ui.angle_panel import AnglePanel
from ui.story_editor import StoryEditor
from ui.widgets import section_title

LEFT_MIN_WIDTH = 300


class StoryPanel(QWidget):
    generateRequested = Signal()
    stopRequested = Signal()
    openFileRequested = Signal()
    fileDropped = Signal(Path)
    tabOrderChanged = Signal()  # the angle chips were rebuilt: the window redoes the Tab order

    def __init__(self, model: DraftModel, catalog: PresetCatalog, ui_language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.setObjectName("StoryPanel")

        self.open_button = QPushButton(self.tr("Open file…"))
        self.open_button.setAccessibleName(self.tr("Open a story file"))
        self.open_button.clicked.connect(self.openFileRequested)
        self.story_editor = StoryEditor()
        self.story_editor.setPlainText(model.story)
        self.story_editor.fileDropped.connect(self.fileDropped)
        self.angle_panel = AnglePanel(catalog, ui_language)
        self.angle_panel.chipsRebuilt.connect(self.tabOrderChanged)

        header = QHBoxLayout()
        header.addWidget(section_title(self.tr("Company story")), 1)
        header.addWidget(self.open_button)
        inner = QWidget()
        inner.setObjectName("LeftPanel")
        inner_layout = QVBoxLayout(inner)
        inner_layout.setContentsMargins(12, 8, 12, 8)
        inner_layout.addLayout(header)
        inner_layout.addWidget(self.story_editor, 1)
        inner_layout.addWidget(self.angle_panel)
        self.story_editor.setMinimumHeight(140)
        self.scroll = QScrollArea()
        self.scroll.setWidget(inner)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.generate_button = QPushButton(self.tr("Generate"))
        self.generate_button.setObjectName("PrimaryButton")
        self.generate_button.setToolTip(self.tr("Draft one post per angle (Ctrl+Enter)"))
        self.generate_button.setAccessibleName(self.tr("Generate drafts"))
        self.generate_button.clicked.connect(self.generateRequested)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setObjectName("SecondaryButton")
        self.stop_button.setToolTip(self.tr("Stop writing; the text so far stays (Esc)"))
        self.stop_button.setAccessibleName(self.tr("Stop generating"))
        self.stop_button.clicked.connect(self.stopRequested)
        self.reason_label = QLabel()  # why Generate is disabled, or what the cards are doing
        self.reason_label.setObjectName("Hint")
        self.reason_label.setWordWrap(True)
        self.reason_label.setAccessibleName(self.tr("Generate status"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.generate_button, 1)
        buttons.addWidget(self.stop_button)
        footer = QWidget()
        footer.setObjectName("Footer")
        footer_layout = QVBoxLayout(footer)
        footer_layout.setContentsMargins(12, 6, 12, 8)
        footer_layout.setSpacing(4)
        footer_layout.addLayout(buttons)
        footer_layout.addWidget(self.reason_label)
        self.footer = footer

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(footer)
        self.setMinimumWidth(LEFT_MIN_WIDTH)

        self.angle_panel.set_post_options(model.options)
        self.story_editor.textChanged.connect(self._story_typed)
        self.angle_panel.changed.connect(self._choices_changed)
        model.subscribe(self.render)

    def focus_chain(self) -> list[QWidget]:
        return [self.open_button, self.story_editor, *self.angle_panel.focus_chain(), self.generate_button, self.stop_button]

    def set_generate_state(self, generating: bool, blocked_reason: str) -> None:
        """Generate is off while writing or while no model is ready (and the footer says why)."""
        self.generate_button.setEnabled(not generating and not blocked_reason)
        self.generate_button.setToolTip(blocked_reason or self.tr("Draft one post per angle (Ctrl+Enter)"))
        self.stop_button.setEnabled(generating)
        self.reason_label.setText(blocked_reason)
        self.reason_label.setVisible(bool(blocked_reason))

    # ---------------------------------------------------------------- view -> model

    def _story_typed(self) -> None:
        self.model.set_story(self.story_editor.toPlainText())

    def _choices_changed(self) -> None:
        self.model.set_options(self.angle_panel.post_options())

    # ---------------------------------------------------------------- model -> view

    def render(self, change: DraftChange) -> None:
        if change.what & Change.STORY and self.story_editor.toPlainText() != self.model.story:
            self.story_editor.setPlainText(self.model.story)
        if change.what & Change.OPTIONS and self.angle_panel.post_options() != self.model.options:
            self.angle_panel.blockSignals(True)
            try:
                self.angle_panel.set_post_options(self.model.options)
            finally:
                self.angle_panel.blockSignals(False)
            shown = self.angle_panel.post_options()
            if shown != self.model.options:  # e.g. a tone this catalog lacks: the model follows the panel
                self.model.set_options(shown)
