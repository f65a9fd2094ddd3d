"""The main window: story in, angle cards side by side, LinkedIn preview, copy-ready text.

The window owns the draft model (app.draft) and puts its parts together; each part has one job:
- ui.story_panel: the story, the choices, and the fixed footer with Generate and Stop;
- ui.cards_view: the cards and the preview of the selected one;
- ui.draft_controller: what the user does with the draft, and the worker's events;
- ui.model_status: the model (loading, fallback, starter notice);
- ui.window_models: the model features of issue 9 (where posts are written, downloads, the
  Model menu, the model manager, the first-run offer);
- ui.window_menus: actions and menus; ui.autosave and ui.check_runner: saving and hints.
The model runs in the worker thread (its engine in a child process); the library and files
are read and written on the library thread (ui.ops). Nothing here blocks the event loop.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QLocale, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QMainWindow, QScrollArea, QSplitter, QVBoxLayout, QWidget

from app.draft.model import Change, DraftChange, DraftModel
from app.library import Library
from app.paths import AppPaths
from app.presets import PresetCatalog
from app.settings import Settings, SettingsStore
from ui.autosave import Autosaver
from ui.banner import MessageBanner
from ui.cards_view import CardsView
from ui.check_runner import CheckRunner
from ui.draft_controller import DraftController
from ui.message_bridge import MessageBridge
from ui.model_status import ModelStatus
from ui.ops import Background, LibraryOps
from ui.preview import LinkedInPreview
from ui.story_panel import StoryPanel
from ui.widgets import section_title, set_tab_order
from ui.window_library import WindowLibrary
from ui.window_menus import WindowActions
from ui.window_models import WindowModels
from ui.window_preferences import WindowPreferences
from ui.window_view import WindowView, options_from_settings
from ui.worker import BackendFactory, WorkerHost

log = logging.getLogger(__name__)

PREFERRED_SIZE = (1440, 900)
SCREEN_SHARE = 0.94  # a first window leaves a little of the screen around it
NARROW_WIDTH = 1180  # below this the preview steps aside (F9 brings it back), so the cards keep their room


def ui_language(settings: Settings) -> str:
    if settings.ui_language in ("en", "nl"):
        return settings.ui_language
    return "nl" if QLocale().language() == QLocale.Language.Dutch else "en"


class MainWindow(QMainWindow):
    stateChanged = Signal(str)  # "loading", "ready", "generating", "error"
    jobDone = Signal(bool)  # a Generate/regenerate/tweak ended (cancelled?), in the GUI thread

    def __init__(
        self,
        paths: AppPaths,
        settings_store: SettingsStore,
        settings: Settings,
        catalog: PresetCatalog,
        backend_factory: BackendFactory,
        example_story: str = "",
    ) -> None:
        super().__init__()
        self.paths = paths
        self.settings_store = settings_store
        self.settings = settings
        self.base_catalog = self.catalog = catalog
        self.language = ui_language(settings)
        self.state = ""
        self._closed = False
        self._fitted = False
        self.setWindowTitle(self.tr("OwnVoice"))
        self.setObjectName("MainWindow")
        self.setAcceptDrops(True)

        self.model = DraftModel(example_story=example_story)
        self.model.set_options(options_from_settings(settings))
        self.bridge = MessageBridge(self)
        self.ops = LibraryOps(self.bridge, self)
        self.host = WorkerHost(backend_factory, self)
        self.autosaver = Autosaver(self.model, self.ops, self.bridge, self)
        self.checks_thread = Background("checks", self)
        self.check_runner = CheckRunner(self.model, self.checks_thread, self)
        self.model_status = ModelStatus(
            paths, settings, self.host, self.model, self.bridge, lambda: self.open_better_model(), self
        )
        self.models = WindowModels(self)
        self._build_widgets()
        self.controller = DraftController(
            self.model,
            self.host,
            lambda: self.catalog,
            self.ops,
            self.autosaver,
            self.check_runner,
            self.model_status,
            self.bridge,
            self,
        )
        self.controller.jobDone.connect(self.jobDone)
        self.library = WindowLibrary(self)
        self.prefs = WindowPreferences(self)
        self.view = WindowView(self)
        self.actions_ = WindowActions(self)
        self._connect_cards()
        self.statusBar().addPermanentWidget(self.library.label)
        self.models.add_to_status_bar()
        self.model_status.add_to(self.statusBar())
        self.bridge.set_sink(self.banner, self.statusBar().showMessage)
        self.model.subscribe(self._on_model_change)
        self.model_status.changed.connect(self._update_state)
        self.story_panel.tabOrderChanged.connect(self._apply_tab_order)
        self.cards_view.cardsChanged.connect(self._apply_tab_order)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self.view.on_system_colour_scheme_changed)
        self.library.label.setText(self.tr("Drafts not saved"))
        self._apply_tab_order()
        self._restore_size()
        self._update_state()

    # ================================================================ construction

    def _build_widgets(self) -> None:
        self.story_panel = StoryPanel(self.model, self.catalog, self.language)
        self.story_editor = self.story_panel.story_editor
        self.angle_panel = self.story_panel.angle_panel
        self.generate_button = self.story_panel.generate_button
        self.stop_button = self.story_panel.stop_button

        self.preview = LinkedInPreview()
        self.preview.set_author(self.settings.display_name, self.settings.headline)
        self.preview.set_mobile(self.settings.preview_mobile)
        self.preview.set_unicode_styling(self.settings.unicode_styling)
        self.preview.mobileChanged.connect(lambda mobile: self.view.on_preview_mobile_changed(mobile))
        self.cards_view = CardsView(self.model, self.catalog, self.language, self.preview, self)
        self.cards_view.set_unicode_styling(self.settings.unicode_styling)
        self.cards_area = self.cards_view.area

        self.banner = MessageBanner()
        middle = QWidget()
        middle.setObjectName("CardsPage")
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(8, 8, 8, 8)
        middle_layout.addWidget(section_title(self.tr("Your drafts")))
        middle_layout.addWidget(self.banner)
        middle_layout.addWidget(self.model_status.notice)
        middle_layout.addWidget(self.cards_area, 1)

        self.preview_panel = QWidget()
        self.preview_panel.setObjectName("PreviewPanel")
        preview_layout = QVBoxLayout(self.preview_panel)
        preview_layout.setContentsMargins(8, 8, 12, 8)
        preview_layout.addWidget(section_title(self.tr("LinkedIn preview")))
        preview_scroll = QScrollArea()
        preview_scroll.setWidget(self.preview)
        preview_scroll.setWidgetResizable(True)
        preview_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        preview_layout.addWidget(preview_scroll, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        for index, (widget, stretch) in enumerate(((self.story_panel, 0), (middle, 1), (self.preview_panel, 0))):
            self.splitter.addWidget(widget)
            self.splitter.setStretchFactor(index, stretch)
        self.splitter.setSizes([330, 700, 390])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        self.story_panel.generateRequested.connect(lambda: self.controller.generate())
        self.story_panel.stopRequested.connect(lambda: self.controller.stop())
        self.story_panel.openFileRequested.connect(self.choose_story_file)
        self.story_panel.fileDropped.connect(self.open_story_file)

    def _connect_cards(self) -> None:
        view, controller = self.cards_view, self.controller
        view.regenerateRequested.connect(controller.regenerate_card)
        view.stopRequested.connect(controller.stop_card)
        view.tweakRequested.connect(controller.tweak_card)
        view.copyRequested.connect(controller.copy_card)
        view.keepRequested.connect(controller.keep_card)
        view.historyRequested.connect(self.library.show_history)

    def _apply_tab_order(self) -> None:
        """Tab follows the work: story, tone, angles, language, length, notes, Generate, the cards."""
        set_tab_order(self.story_panel.focus_chain() + self.cards_view.focus_chain())

    def _restore_size(self) -> None:
        """The size the window had last time, or one that suits the screen; `showEvent` then makes
        sure it fits the screen the window opens on."""
        if self.settings.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(self.settings.window_geometry.encode("ascii")))
            return
        screen = self.screen() or QGuiApplication.primaryScreen()
        available = screen.availableGeometry() if screen is not None else None
        width, height = PREFERRED_SIZE
        if available is not None:
            width = min(width, int(available.width() * SCREEN_SHARE))
            height = min(height, int(available.height() * SCREEN_SHARE))
        self.resize(width, height)
        if available is not None:
            self.move(available.center() - self.rect().center())

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            self.fit_to_screen()

    def fit_to_screen(self) -> None:
        """Shrink and move the window (frame included) into the screen's free area."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is None or self.isMaximized() or self.isFullScreen():
            return
        available = screen.availableGeometry()
        frame = self.frameGeometry()
        extra_w, extra_h = frame.width() - self.width(), frame.height() - self.height()
        width = min(self.width(), available.width() - extra_w)
        height = min(self.height(), available.height() - extra_h)
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        frame = self.frameGeometry()
        left = min(max(frame.left(), available.left()), available.right() - frame.width() + 1)
        top = min(max(frame.top(), available.top()), available.bottom() - frame.height() + 1)
        self.move(left, top)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt API
        super().resizeEvent(event)
        self._fit_columns(event.size().width())

    def _fit_columns(self, width: int) -> None:
        self.preview_panel.setVisible(self.view.preview_wanted and width >= NARROW_WIDTH)

    # ================================================================ state

    def _on_model_change(self, change: DraftChange) -> None:
        if change.what & (Change.JOB | Change.STATUS | Change.DRAFT):
            self._update_state()

    def _update_state(self) -> None:
        generating = self.model.generating
        blocked = self.model_status.session.generate_blocked()
        self.story_panel.set_generate_state(generating, blocked)
        if hasattr(self, "actions_"):
            self.actions_.set_generating(generating, blocked)
        stopping = self.model.job is not None and self.model.job.stopping
        self.model_status.state_label.setText(self.model_status.state_text(generating, stopping))
        if generating:
            state = "generating"
        else:
            state = {"ready": "ready", "loading": "loading"}.get(self.model_status.session.phase.value, "error")
        if state != self.state:
            self.state = state
            self.stateChanged.emit(state)

    # ---------------------------------------------------------------- what tests and main.py reach

    @property
    def model_path(self) -> Path | None:
        return self.model_status.session.path

    @property
    def model_label(self) -> Any:
        return self.model_status.model_label

    @property
    def state_label(self) -> Any:
        return self.model_status.state_label

    @property
    def speed_label(self) -> Any:
        return self.model_status.speed_label

    @property
    def library_label(self) -> Any:
        return self.library.label

    @property
    def styling_action(self) -> Any:
        return self.actions_.styling_action

    @property
    def run_copy_box(self) -> Any:
        """How the "check the facts" question is shown (tests answer it instead)."""
        return self.controller.run_copy_box

    @run_copy_box.setter
    def run_copy_box(self, run: Any) -> None:
        self.controller.run_copy_box = run

    @property
    def selected_card_id(self) -> str:
        return self.model.selected_key

    def start(self) -> None:
        """Load the model in the background; the window is already visible."""
        self.model_status.start()

    def generate(self) -> None:
        self.controller.generate()

    def stop(self) -> None:
        self.controller.stop()

    def select_card(self, key: str) -> None:
        self.model.select(key)

    def cycle_card(self, step: int) -> None:
        key = self.model.select_next(step)
        card = self.cards_view.widget(key)
        if card is not None:
            card.editor.setFocus()

    def attach_library(self, library: Library | None, *, explain: bool = False) -> None:
        self.library.attach(library, explain=explain)

    def open_story_file(self, path: Path) -> None:
        self.controller.open_story_file(path)

    def choose_story_file(self) -> None:
        self.library.choose_story_file()

    def show_drafts(self) -> None:
        self.library.show_drafts()

    def delete_all_data(self) -> None:
        self.library.delete_all_data()

    def open_better_model(self) -> None:
        """The one way to a better model (the starter notice, the status bar, the menus)."""
        self.models.open_better_model()

    def offer_first_run(self) -> None:
        """Offer a better model once, when only the starter model is here (main.py, after start)."""
        self.models.offer_first_run()

    # ================================================================ closing

    def save_before_quit(self) -> bool:
        """Everything the user did, safe on disk, and the model stopped: the one path out of the
        app (closing the window; also for quitting on a signal). Returns False when a save failed."""
        if self._closed:
            return True
        self._closed = True
        if not self.library.data_wiped:
            self.view.save_settings()
        job = self.model.job
        self.host.stop()
        if job is not None:  # the worker's last events will not be handled any more: end the job here
            self.model.job_finished(job.job_id, cancelled=True)
        self.cards_view.flush()
        saved = self.autosaver.flush()
        self.library.close()
        self.checks_thread.shutdown()
        self.models.shutdown()  # downloads pause; their partial files stay for the next start
        return saved

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        self.save_before_quit()
        super().closeEvent(event)

    def dragEnterEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        self.story_editor.dragEnterEvent(event)

    def dropEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        self.story_editor.dropEvent(event)

