"""The model part of the window: loading and falling back (app.model_session), the status bar
and the starter-model notice. (The Model menu is ui/model_menu.py; the model manager, downloads
and where posts are written are behind ui/model_features.py.)
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QLabel, QPushButton, QStatusBar, QWidget

from app.draft.generation import choose_model_path
from app.draft.model import DraftModel
from app.model_preferences import ModelPreferences
from app.model_session import ModelPhase, ModelSession
from app.paths import AppPaths
from app.settings import Settings
from models.catalog import starter_model_path
from models.contract import PATH_PARALLEL, PATH_SEQUENTIAL, ModelInfo, RunStats
from ui.message_bridge import MessageBridge
from ui.starter_notice import StarterNotice
from ui.widgets import ElidedLabel
from ui.worker import WorkerHost

log = logging.getLogger(__name__)

MODEL_MESSAGE_KEY = "model"


class ModelStatus(QObject):
    changed = Signal()  # loading, ready or failed: Generate and the window's state follow

    def __init__(
        self,
        paths: AppPaths,
        settings: Settings,
        host: WorkerHost,
        model: DraftModel,
        bridge: MessageBridge,
        better_model: Callable[[], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.paths = paths
        self.settings = settings
        self.host = host
        self.model = model
        self.bridge = bridge
        self.session = ModelSession(starter_model_path())

        self.model_label = ElidedLabel()  # a long model name never pushes the status bar off the window
        self.model_label.setAccessibleName(self.tr("Model"))
        self.state_label = QLabel()
        self.state_label.setAccessibleName(self.tr("State"))
        self.speed_label = QLabel()
        self.last_run: RunStats | None = None  # the stats of the last card written
        self.speed_label.setAccessibleName(self.tr("Speed of the last run"))
        self.notice = StarterNotice(better_model)
        self.status_notice = QPushButton(self.tr("Starter model: writes poorly · Get a better model"))
        self.status_notice.setObjectName("StarterStatus")
        self.status_notice.setFlat(True)
        self.status_notice.setAccessibleName(self.tr("Get a better model than the starter model"))
        self.status_notice.setToolTip(self.notice.text())
        self.status_notice.clicked.connect(better_model)
        self.notice.hide()
        self.status_notice.hide()

        worker = host.worker
        worker.modelLoading.connect(self._on_loading)
        worker.modelReady.connect(self._on_ready)
        worker.modelFailed.connect(self._on_failed)

    def add_to(self, bar: QStatusBar) -> None:
        bar.addPermanentWidget(self.status_notice)
        bar.addPermanentWidget(self.model_label)
        bar.addPermanentWidget(self.state_label)
        bar.addPermanentWidget(self.speed_label)

    # ================================================================ loading

    def start(self) -> None:
        """Load the model chosen before (or the starter model) in the background."""
        choice = choose_model_path(None, self.settings.model_path, self.session.starter)
        if choice.note:
            self.bridge.warning(choice.note, MODEL_MESSAGE_KEY)
        if choice.path is None:
            self.session.no_model(self.tr("No model is installed."))
            self.bridge.error(
                self.tr("No model is installed. Put a .gguf model file in %1 and choose it under Model.").replace(
                    "%1", str(self.paths.models_dir)
                ),
                MODEL_MESSAGE_KEY,
            )
            self._render()
            return
        self.load(choice.path)

    def load(self, path: Path) -> None:
        self.session.loading(path)
        self.host.load_model(path)
        self._render()

    def choose(self, path: Path) -> None:
        if self.model.generating:
            self.bridge.info(self.tr("Stop the current drafts before switching models."))
            return
        self.bridge.clear(MODEL_MESSAGE_KEY)
        self.load(path)

    @Slot(str)
    def _on_loading(self, path: str) -> None:
        self.model_label.setText(Path(path).name)

    @Slot(object)
    def _on_ready(self, info: ModelInfo) -> None:
        self.session.loaded(info)
        path = self.session.path
        starter = self.session.starter
        # Remember only a model that worked; the starter model is the default anyway.
        self.settings.model_path = "" if path is None or (starter is not None and path == starter) else str(path)
        self.model.set_model_name(info.name)
        for note in info.notes:
            self.bridge.warning(note)
        self._render()

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        fallback = self.session.failed(message)
        if fallback is not None:
            self.bridge.warning(fallback.notice, MODEL_MESSAGE_KEY)
            self.session.loading(fallback.path)
            self.host.load_model(fallback.path)
        else:
            self.bridge.error(message, MODEL_MESSAGE_KEY)
        self._render()

    def show_speed(self, stats: RunStats) -> None:
        """The speed of the last card, and how the cards of its job were written: all at once, or
        one after another (the reason in the tooltip). A single card says neither."""
        self.last_run = stats
        if not stats.tokens_per_second:
            return
        speed = self.tr("%1 tokens/s").replace("%1", f"{stats.tokens_per_second:.1f}")
        tip = self.tr("How fast the model wrote the last card (a token is about ¾ of a word).")
        if stats.path == PATH_PARALLEL:
            speed = self.tr("%1 per card · all cards at once").replace("%1", speed)
            tip += "\n" + self.tr("The model read the story once and wrote every card at the same time.")
        elif stats.path == PATH_SEQUENTIAL and stats.path_note:
            speed = self.tr("%1 · one card after another").replace("%1", speed)
            tip += "\n" + self.tr("The cards were written one after another: %1.").replace("%1", stats.path_note)
        self.speed_label.setText(speed)
        self.speed_label.setToolTip(tip)

    def _render(self) -> None:
        session = self.session
        if session.info is not None:
            self.model_label.setText(session.info.name)
            self.model_label.setToolTip(
                self.tr("%1\n%2-token context")
                .replace("%1", session.info.path)
                .replace("%2", f"{session.info.context_length:,}")
            )
        elif session.path is not None:
            self.model_label.setText(session.path.name)
        # The starter notice is about the model writing: not while the organisation's server writes.
        starter = session.is_starter and not ModelPreferences.of(self.settings).uses_server
        self.notice.setVisible(starter)
        self.status_notice.setVisible(starter)
        self.changed.emit()

    def state_text(self, generating: bool, stopping: bool) -> str:
        if generating:
            return self.tr("Stopping…") if stopping else self.tr("Writing…")
        return {
            ModelPhase.LOADING: self.tr("Loading the model…"),
            ModelPhase.READY: self.tr("Ready"),
            ModelPhase.FAILED: self.tr("Model not available"),
            ModelPhase.NONE: self.tr("Model not available"),
        }[self.session.phase]
