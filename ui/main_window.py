"""The main window: story in, angle cards streaming side by side, LinkedIn preview, copy-ready text.

Rules and text live in app/; this module wires widgets to them and to the generation
worker. The model runs in the worker thread (and its engine in a child process), so
nothing here ever blocks the event loop.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QLocale, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDesktopServices, QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.checks import CardChecker, Guidelines
from app.library import Draft, Library, LibraryError, VersionSource
from app.options import Length, PersonalNotes, PostOptions
from app.paths import AppPaths
from app.presets import PresetCatalog
from app.private_preferences import load_guidelines, load_voice_profile, save_guidelines, save_voice_profile
from app.prompt import PromptInput, prompt_input_for
from app.rewrite import DraftJob, DraftTask, PostResult
from app.settings import Settings, SettingsStore
from app.story_io import InputError, read_text_file
from app.story_length import check_story_length, story_length_problem
from app.tweaks import tweak
from app.voice import VoiceProfile
from app.voice_prompt import my_voice_tone
from models.catalog import available_models, default_model_path
from models.contract import ModelInfo
from ui.angle_panel import AnglePanel, section_title
from ui.banner import MessageBanner
from ui.cards_area import CardsArea
from ui.dialogs import ProfileDialog, ShortcutsDialog, about_text
from ui.draft_session import DraftSession
from ui.drafts_view import DraftsDialog
from ui.history_dialog import HistoryDialog
from ui.guidelines_panel import GuidelinesBox
from ui.hints import copy_confirmation
from ui.post_card import PostCard
from ui.preview import LinkedInPreview
from ui.story_editor import OPENABLE_SUFFIXES, StoryEditor
from ui.text_zoom import TextZoom
from ui.theme import THEMES, apply_theme
from ui.voice_dialog import VoiceProfileDialog
from ui.wipe import confirm_and_wipe
from ui.worker import BackendFactory, WorkerHost

log = logging.getLogger(__name__)

FLUSH_INTERVAL_MS = 40  # tokens are painted in batches: smooth text, a responsive window
CHECK_DELAY_MS = 250  # hints follow typing without running on every keystroke


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
        self.catalog = catalog
        self.language = ui_language(settings)
        self.model_info: ModelInfo | None = None
        self.model_path: Path | None = None
        self.state = "loading"
        self.current_job = 0
        self.selected_card_id = ""
        self._pending_chunks: dict[str, list[str]] = {}
        self._last_request: PromptInput | None = None  # reused by regenerate and tweaks
        self._running_tasks: dict[str, DraftTask] = {}  # card id -> the task writing it
        self._data_wiped = False
        self.session = DraftSession(None, self._story_state, self._card_text)
        self.base_catalog = catalog
        self.voice_profile: VoiceProfile | None = None
        self.guidelines: Guidelines | None = None
        self._checker: CardChecker | None = None  # rebuilt when the story, notes or rules change
        self._cards_to_check: set[str] = set()
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self._run_checks)
        self.run_copy_box = QMessageBox.exec  # tests replace this to answer the copy question

        self.setWindowTitle(self.tr("OwnVoice"))
        self.setObjectName("MainWindow")
        self.setAcceptDrops(True)
        self.host = WorkerHost(backend_factory, self)
        worker = self.host.worker
        worker.modelLoading.connect(self._on_model_loading)
        worker.modelReady.connect(self._on_model_ready)
        worker.modelFailed.connect(self._on_model_failed)
        worker.taskStarted.connect(self._on_task_started)
        worker.chunkReady.connect(self._on_chunk)
        worker.taskFinished.connect(self._on_task_finished)
        worker.jobFailed.connect(self._on_job_failed)
        worker.jobFinished.connect(self._on_job_finished)

        self._flush_timer = QTimer(self)
        self._flush_timer.setInterval(FLUSH_INTERVAL_MS)
        self._flush_timer.timeout.connect(self._flush_chunks)

        self._build_widgets(example_story)
        self._build_actions()
        self._build_status_bar()
        self._restore_settings()
        self._set_state("loading")
        self.story_editor.textChanged.connect(self.session.story_edited)
        self.angle_panel.changed.connect(self.session.story_edited)
        self.story_editor.textChanged.connect(self._invalidate_checks)
        self.angle_panel.changed.connect(self._invalidate_checks)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_colour_scheme_changed)
        self.session.saveFailed.connect(lambda message: self.banner.show_message(message, "error"))
        self.session.saveRecovered.connect(self._on_save_recovered)

    # ================================================================ construction

    def _build_widgets(self, example_story: str) -> None:
        self.story_editor = StoryEditor()
        self.story_editor.setPlainText(example_story)
        self.story_editor.fileDropped.connect(self.open_story_file)
        open_button = QPushButton(self.tr("Open file…"))
        open_button.setAccessibleName(self.tr("Open a story file"))
        open_button.clicked.connect(self.choose_story_file)
        story_header = QHBoxLayout()
        story_header.addWidget(section_title(self.tr("Company story")), 1)
        story_header.addWidget(open_button)

        self.angle_panel = AnglePanel(self.catalog, self.language)

        self.generate_button = QPushButton(self.tr("Generate"))
        self.generate_button.setObjectName("PrimaryButton")
        self.generate_button.setToolTip(self.tr("Draft one post per angle (Ctrl+Enter)"))
        self.generate_button.setAccessibleName(self.tr("Generate drafts"))
        self.generate_button.clicked.connect(self.generate)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setObjectName("SecondaryButton")
        self.stop_button.setToolTip(self.tr("Stop writing; the text so far stays (Esc)"))
        self.stop_button.setAccessibleName(self.tr("Stop generating"))
        self.stop_button.clicked.connect(self.stop)
        buttons = QHBoxLayout()
        buttons.addWidget(self.generate_button, 1)
        buttons.addWidget(self.stop_button)

        left = QWidget()
        left.setObjectName("LeftPanel")
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(12, 8, 12, 12)
        left_layout.addLayout(story_header)
        left_layout.addWidget(self.story_editor, 1)
        left_layout.addWidget(self.angle_panel)
        left_layout.addLayout(buttons)
        left_scroll = QScrollArea()
        left_scroll.setWidget(left)
        left_scroll.setWidgetResizable(True)
        left_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        left_scroll.setMinimumWidth(340)

        self.banner = MessageBanner()
        self.cards_area = CardsArea()
        middle = QWidget()
        middle.setObjectName("CardsPage")
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(8, 8, 8, 8)
        middle_layout.addWidget(section_title(self.tr("Your drafts")))
        middle_layout.addWidget(self.banner)
        middle_layout.addWidget(self.cards_area, 1)

        self.preview = LinkedInPreview()
        self.preview.set_author(self.settings.display_name, self.settings.headline)
        self.preview.set_mobile(self.settings.preview_mobile)
        self.preview.set_unicode_styling(self.settings.unicode_styling)
        self.preview.mobileChanged.connect(self._on_preview_mobile_changed)
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
        self.splitter.addWidget(left_scroll)
        self.splitter.addWidget(middle)
        self.splitter.addWidget(self.preview_panel)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([330, 800, 390])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

        # Keyboard order follows the work: story, choices, generate, then the cards.
        chain: list[QWidget] = [open_button, self.story_editor, self.angle_panel.tone_combo]
        chain += list(self.angle_panel.chips.values())
        chain += [
            self.angle_panel.language_combo,
            *self.angle_panel.length_group.buttons(),
            self.angle_panel.personal_toggle,
            self.angle_panel.role_edit,
            self.angle_panel.why_edit,
            self.angle_panel.detail_edit,
            self.generate_button,
            self.stop_button,
        ]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _action(self, text: str, slot: object, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)  # type: ignore[arg-type]
        self.addAction(action)  # shortcuts work wherever the focus is in this window
        return action

    def _build_actions(self) -> None:
        menu = self.menuBar()
        file_menu = menu.addMenu(self.tr("&File"))
        self.new_action = self._action(self.tr("&New draft"), self.new_draft, QKeySequence.StandardKey.New)
        file_menu.addAction(self.new_action)
        self.open_action = self._action(self.tr("&Open story…"), self.choose_story_file, QKeySequence.StandardKey.Open)
        file_menu.addAction(self.open_action)
        self.drafts_action = self._action(self.tr("My &drafts…"), self.show_drafts, "Ctrl+Shift+O")
        file_menu.addAction(self.drafts_action)
        self.file_menu = file_menu
        file_menu.addSeparator()
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        file_menu.addAction(self.quit_action)

        draft_menu = menu.addMenu(self.tr("&Draft"))
        self.generate_action = self._action(self.tr("&Generate"), self.generate, "Ctrl+Return")
        self.generate_action.setShortcuts([QKeySequence("Ctrl+Return"), QKeySequence("Ctrl+Enter")])
        self.stop_action = self._action(self.tr("&Stop"), self.stop, "Esc")
        self.copy_action = self._action(self.tr("&Copy selected draft for LinkedIn"), self.copy_selected, "Ctrl+Shift+C")
        self.next_card_action = self._action(self.tr("Next draft"), lambda: self._cycle_card(1), "Ctrl+]")
        self.previous_card_action = self._action(self.tr("Previous draft"), lambda: self._cycle_card(-1), "Ctrl+[")
        for action in (self.generate_action, self.stop_action, self.copy_action, self.next_card_action, self.previous_card_action):
            draft_menu.addAction(action)

        self.model_menu = menu.addMenu(self.tr("&Model"))
        self.model_group = QActionGroup(self)
        self.model_menu.aboutToShow.connect(self._fill_model_menu)

        view_menu = menu.addMenu(self.tr("&View"))
        theme_menu = view_menu.addMenu(self.tr("&Theme"))
        self.theme_group = QActionGroup(self)
        theme_names = {"system": self.tr("Follow the system"), "light": self.tr("Light"), "dark": self.tr("Dark")}
        self.theme_actions: dict[str, QAction] = {}
        for theme in THEMES:
            action = QAction(theme_names[theme], self, checkable=True)
            action.setChecked(theme == self.settings.theme)
            action.triggered.connect(lambda _=False, name=theme: self.set_theme(name))
            self.theme_group.addAction(action)
            theme_menu.addAction(action)
            self.theme_actions[theme] = action
        self.preview_action = self._action(self.tr("Show LinkedIn &preview"), self._toggle_preview, "F9")
        self.preview_action.setCheckable(True)
        self.preview_action.setChecked(True)
        self.mobile_action = self._action(self.tr("&Mobile preview"), self._toggle_mobile, "Ctrl+M")
        self.mobile_action.setCheckable(True)
        self.mobile_action.setChecked(self.settings.preview_mobile)
        self.styling_action = self._action(self.tr("Copy **bold** as Unicode bold letters"), self._toggle_styling)
        self.styling_action.setCheckable(True)
        self.styling_action.setChecked(self.settings.unicode_styling)
        self.styling_action.setToolTip(self.tr("Screen readers read these letters badly; turn off for plain text."))
        for action in (self.preview_action, self.mobile_action, self.styling_action):
            view_menu.addAction(action)
        view_menu.addSeparator()
        self.text_zoom = TextZoom(self, self.settings.text_zoom)  # Ctrl+Plus/Minus/0 for the text areas
        self.text_zoom.stepChanged.connect(lambda _: self.statusBar().showMessage(self.text_zoom.describe(), 3000))
        view_menu.addActions(self.text_zoom.actions())

        profile_menu = menu.addMenu(self.tr("&Profile"))
        self.profile_action = self._action(self.tr("Your name and &headline…"), self.edit_profile, "Ctrl+,")
        profile_menu.addAction(self.profile_action)
        self.voice_action = self._action(self.tr("My &voice…"), self.edit_voice_profile, "Ctrl+Shift+V")
        profile_menu.addAction(self.voice_action)
        self.forget_voice_action = self._action(self.tr("Forget my voice profile"), lambda: self.set_voice_profile(None))
        profile_menu.addAction(self.forget_voice_action)
        self.guidelines_action = self._action(self.tr("Company &guidelines…"), self.edit_guidelines)
        profile_menu.addAction(self.guidelines_action)
        profile_menu.addSeparator()
        self.wipe_action = self._action(self.tr("Delete all my data…"), self.delete_all_data)
        profile_menu.addAction(self.wipe_action)
        self.profile_menu = profile_menu

        help_menu = menu.addMenu(self.tr("&Help"))
        self.shortcuts_action = self._action(self.tr("&Keyboard shortcuts"), self.show_shortcuts, "F1")
        help_menu.addAction(self.shortcuts_action)
        help_menu.addAction(self._action(self.tr("Open the &log folder"), self._open_log_folder))
        help_menu.addAction(self._action(self.tr("&About OwnVoice"), self._show_about))

    def _build_status_bar(self) -> None:
        self.model_label = QLabel()
        self.model_label.setAccessibleName(self.tr("Model"))
        self.state_label = QLabel()
        self.state_label.setAccessibleName(self.tr("State"))
        self.speed_label = QLabel()
        self.speed_label.setAccessibleName(self.tr("Speed of the last run"))
        self.library_label = QLabel()
        self.library_label.setAccessibleName(self.tr("Drafts library"))
        bar = self.statusBar()
        bar.addPermanentWidget(self.library_label)
        bar.addPermanentWidget(self.model_label)
        bar.addPermanentWidget(self.state_label)
        bar.addPermanentWidget(self.speed_label)

    def _restore_settings(self) -> None:
        settings = self.settings
        if settings.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(settings.window_geometry.encode("ascii")))
        else:
            self.resize(1500, 920)
        angles = tuple(a for a in settings.angles if a in self.angle_panel.chips) or ("learned",)
        self.angle_panel.set_post_options(
            PostOptions(tone=settings.tone, angles=angles, language=settings.language, length=Length.parse(settings.length))
        )

    # ================================================================ model

    def start(self) -> None:
        """Load the model in the background; the window is already visible."""
        path = self.resolve_model_path()
        if path is None:
            self._set_state("error")
            self.banner.show_message(
                self.tr("No model is installed. Put a .gguf model file in %1 and choose it under Model.").replace(
                    "%1", str(self.paths.models_dir)
                ),
                "error",
            )
            return
        self.load_model(path)

    def resolve_model_path(self) -> Path | None:
        configured = Path(self.settings.model_path) if self.settings.model_path else None
        if configured is not None and configured.is_file():
            return configured
        return default_model_path()

    def load_model(self, path: Path) -> None:
        self.model_path = path
        self.model_info = None
        self.host.load_model(path)

    @Slot(str)
    def _on_model_loading(self, path: str) -> None:
        self.model_label.setText(Path(path).name)
        self._set_state("loading")

    @Slot(object)
    def _on_model_ready(self, info: ModelInfo) -> None:
        self.model_info = info
        self.model_label.setText(info.name)
        self.model_label.setToolTip(
            self.tr("%1\n%2-token context").replace("%1", info.path).replace("%2", f"{info.context_length:,}")
        )
        if self.state != "generating":
            self._set_state("ready")
        for note in info.notes:
            self.banner.show_message(note, "warning")

    @Slot(str)
    def _on_model_failed(self, message: str) -> None:
        self._set_state("error")
        self.banner.show_message(message, "error")

    def _fill_model_menu(self) -> None:
        self.model_menu.clear()
        for action in self.model_group.actions():
            self.model_group.removeAction(action)
        for entry in available_models(self.paths.models_dir):
            label = entry.label if entry.usable else self.tr("%1 (cannot be used)").replace("%1", entry.label)
            action = QAction(label, self, checkable=True)
            action.setEnabled(entry.usable)
            action.setToolTip(entry.problem or str(entry.path))
            action.setChecked(self.model_path is not None and entry.path == self.model_path)
            action.triggered.connect(lambda _=False, path=entry.path: self.choose_model(path))
            self.model_group.addAction(action)
            self.model_menu.addAction(action)
        self.model_menu.addSeparator()
        self.model_menu.addAction(self.tr("Choose a model file…"), self._choose_model_file)
        self.model_menu.addAction(self.tr("Open my models folder"), self._open_models_folder)

    def choose_model(self, path: Path) -> None:
        if self.state == "generating":
            self.banner.show_message(self.tr("Stop the current drafts before switching models."), "info")
            return
        self.settings.model_path = str(path)
        self.load_model(path)

    def _choose_model_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a GGUF model"), str(self.paths.models_dir), self.tr("GGUF models (*.gguf)")
        )
        if name:
            self.choose_model(Path(name))

    def _open_models_folder(self) -> None:
        self.paths.models_dir.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths.models_dir)))

    # ================================================================ story

    def choose_story_file(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in OPENABLE_SUFFIXES)
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a company story"), "", self.tr("Stories (%1)").replace("%1", patterns)
        )
        if name:
            self.open_story_file(Path(name))

    def open_story_file(self, path: Path) -> bool:
        """Load a story; on any problem say so and keep the current text."""
        try:
            text = read_text_file(path, self.tr("The file"))
            check_story_length(text)  # hardening: refused in words before the editor or any check holds it
            if not text.strip():
                raise InputError(self.tr("%1 is empty, so the current story was kept.").replace("%1", str(path)))
        except InputError as exc:
            self.banner.show_message(str(exc), "error")
            return False
        self.story_editor.setPlainText(text)
        self.banner.hide()
        self.statusBar().showMessage(self.tr("Opened %1").replace("%1", path.name), 4000)
        return True

    def dragEnterEvent(self, event: object) -> None:  # type: ignore[override]  # noqa: N802 - Qt API
        self.story_editor.dragEnterEvent(event)  # type: ignore[arg-type]

    def dropEvent(self, event: object) -> None:  # type: ignore[override]  # noqa: N802
        self.story_editor.dropEvent(event)  # type: ignore[arg-type]

    # ================================================================ generation

    def generate(self) -> None:
        if self.state == "generating":
            return
        story = self.story_editor.toPlainText()
        options = self.angle_panel.post_options()
        if not story.strip():
            self.banner.show_message(self.tr("Paste or open a company story first."), "info")
            self.story_editor.setFocus()
            return
        if not options.angles:
            self.banner.show_message(self.tr("Choose at least one angle."), "info")
            return
        too_long = story_length_problem(story, self.model_info.context_length if self.model_info else None)
        if too_long:  # hardening: before any prompt is built
            self.banner.show_message(too_long, "error")
            return
        request = prompt_input_for(story, options, self.catalog)
        self._last_request = request
        cards = []
        for angle_id in options.angles:
            angle = self.catalog.angle(angle_id)
            card = self.cards_area.card(angle_id) or self._new_card(angle_id, angle.label(self.language))
            cards.append(card)
        self.cards_area.set_cards(cards)
        tasks = tuple(DraftTask(angle_id, self.catalog.angle(angle_id)) for angle_id in options.angles)
        self.session.generation_started(self.model_name())
        self._submit(request, tasks)
        if not self.selected_card_id or self.cards_area.card(self.selected_card_id) is None:
            self.select_card(options.angles[0])

    def regenerate_card(self, card_id: str) -> None:
        if self.state == "generating" or self._last_request is None:
            return
        self._submit(self._last_request, (DraftTask(card_id, self.catalog.angle(card_id)),))

    def tweak_card(self, card_id: str, tweak_id: str) -> None:
        card = self.cards_area.card(card_id)
        if self.state == "generating" or card is None or self._last_request is None:
            return
        if not card.text().strip():
            self.banner.show_message(self.tr("This draft is empty; generate it first."), "info")
            return
        task = DraftTask(card_id, self.catalog.angle(card_id), tweak=tweak(tweak_id), current_text=card.text())
        self._submit(self._last_request, (task,))

    def _submit(self, request: PromptInput, tasks: tuple[DraftTask, ...]) -> None:
        job_id = self.host.new_job_id()
        self.current_job = job_id
        self.banner.hide()
        self._running_tasks = {task.card_id: task for task in tasks}
        for task in tasks:
            card = self.cards_area.card(task.card_id)
            if card is not None:
                card.set_status(self.tr("Waiting…"))
        self._set_state("generating")
        self.host.submit(DraftJob(job_id, request, tasks, profile=self.voice_profile))

    def stop(self) -> None:
        if self.state == "generating" and self.current_job:
            self.host.cancel(self.current_job)
            self.state_label.setText(self.tr("Stopping…"))

    def _new_card(self, card_id: str, title: str) -> PostCard:
        card = PostCard(card_id, title)
        card.set_unicode_styling(self.settings.unicode_styling)
        card.regenerateRequested.connect(self.regenerate_card)
        card.tweakRequested.connect(self.tweak_card)
        card.copyRequested.connect(self.copy_card)
        card.keepRequested.connect(self.keep_card)
        card.activated.connect(self.select_card)
        card.textEdited.connect(self._on_card_edited)
        card.historyRequested.connect(self.show_history)
        return card

    @Slot(int, str)
    def _on_task_started(self, job_id: int, card_id: str) -> None:
        card = self.cards_area.card(card_id)
        if job_id != self.current_job or card is None:
            return
        self._pending_chunks.pop(card_id, None)
        card.begin_stream(self.tr("Writing…"))
        if card_id == self.selected_card_id:
            self.preview.set_text("")

    @Slot(int, str, str)
    def _on_chunk(self, job_id: int, card_id: str, text: str) -> None:
        if job_id != self.current_job:
            return
        self._pending_chunks.setdefault(card_id, []).append(text)
        if not self._flush_timer.isActive():
            self._flush_timer.start()

    def _flush_chunks(self) -> None:
        pending, self._pending_chunks = self._pending_chunks, {}
        if not pending:
            self._flush_timer.stop()
            return
        for card_id, chunks in pending.items():
            card = self.cards_area.card(card_id)
            if card is not None:
                card.append_text("".join(chunks))
                if card_id == self.selected_card_id:
                    self.preview.set_text(card.text())

    def _flush_card(self, card_id: str) -> None:
        chunks = self._pending_chunks.pop(card_id, None)
        card = self.cards_area.card(card_id)
        if chunks and card is not None:
            card.append_text("".join(chunks))

    @Slot(int, str, object)
    def _on_task_finished(self, job_id: int, card_id: str, result: PostResult) -> None:
        card = self.cards_area.card(card_id)
        if job_id != self.current_job or card is None:
            return
        self._flush_card(card_id)
        stats = result.stats
        status = self.tr("Stopped") if result.cancelled else ""
        card.end_stream(result.text if result.text or not result.cancelled else None, status)
        task = self._running_tasks.get(card_id)
        source = VersionSource.tweak(task.tweak.id) if task is not None and task.tweak else VersionSource.GENERATED
        self.session.generation_finished(card_id, card_id, card.text(), self.model_name(), source)
        self._schedule_check(card_id)
        if stats.tokens_per_second:
            self.speed_label.setText(self.tr("%1 tokens/s").replace("%1", f"{stats.tokens_per_second:.1f}"))
        if card_id == self.selected_card_id:
            self.preview.set_text(card.text())

    @Slot(int, str)
    def _on_job_failed(self, job_id: int, message: str) -> None:
        if job_id == self.current_job:
            self.banner.show_message(message, "error")

    @Slot(int, bool)
    def _on_job_finished(self, job_id: int, cancelled: bool) -> None:
        if job_id != self.current_job:
            return
        for card_id in list(self._pending_chunks):
            self._flush_card(card_id)
        for card in self.cards_area.cards:
            if card.streaming:  # interrupted by an error: keep what was written
                card.end_stream(None, self.tr("Stopped") if cancelled else self.tr("Interrupted"))
                self.session.generation_finished(
                    card.card_id, card.card_id, card.text(), self.model_name(), VersionSource.GENERATED
                )
            elif card.status_label.text() == self.tr("Waiting…"):
                card.set_status(self.tr("Not written") if cancelled else "")
        self.current_job = 0
        self._set_state("ready" if self.model_info is not None else ("error" if self.banner.isVisible() else "loading"))
        self.jobDone.emit(cancelled)

    # ================================================================ drafts library

    def attach_library(self, library: Library | None, *, explain: bool = False) -> None:
        """Use this drafts library from now on (None: drafts are not saved; `explain` says so)."""
        self.session.library = library
        if library is None:
            if explain:
                self.banner.show_message(
                    self.tr("Your drafts are not being saved: the drafts library is not open. Restart OwnVoice to try again."),
                    "warning",
                )
            self.library_label.setText(self.tr("Drafts not saved"))
            return
        try:
            self.guidelines = load_guidelines(library)
            self._use_voice_profile(load_voice_profile(library))
        except LibraryError as exc:
            self.banner.show_message(str(exc), "warning")
        if library.read_only:
            reason = library.read_only_reason or self.tr("The drafts library is open read-only.")
            self.banner.show_message(reason, "warning")
            self.library_label.setText(self.tr("Drafts read-only"))
        else:
            self.library_label.setText(self.tr("Drafts saved privately"))
        self.library_label.setToolTip(self.tr("Your drafts are kept in an encrypted library on this computer."))

    def model_name(self) -> str:
        return self.model_info.name if self.model_info is not None else ""

    def _story_state(self) -> tuple[str, PostOptions]:
        return self.story_editor.toPlainText(), self.angle_panel.post_options()

    def _card_text(self, card_id: str) -> str | None:
        card = self.cards_area.card(card_id)
        return card.text() if card is not None else None

    def _on_save_recovered(self, failure_message: str) -> None:
        if self.banner.isVisible() and self.banner.text == failure_message:
            self.banner.hide()  # the save that failed has now gone through

    def new_draft(self) -> None:
        """Start over with an empty story; the current draft stays in the library."""
        if self.state == "generating":
            self.stop()
        self.session.start_new_draft()
        self._last_request = None
        self.cards_area.set_cards([])
        self.selected_card_id = ""
        self.preview.set_text("")
        self.story_editor.clear()
        self.angle_panel.set_post_options(replace(self.angle_panel.post_options(), notes=PersonalNotes()))
        self.story_editor.setFocus()

    def show_draft(self, draft: Draft) -> None:
        """Put a stored draft in the window: its story, choices and cards."""
        known = tuple(a for a in draft.options.angles if a in self.angle_panel.chips)
        options = replace(draft.options, angles=known)
        if options.tone not in {t.id for t in self.catalog.tones}:
            options = replace(options, tone=self.angle_panel.post_options().tone)
        self.story_editor.blockSignals(True)
        self.story_editor.setPlainText(draft.story)
        self.story_editor.blockSignals(False)
        self.angle_panel.blockSignals(True)
        self.angle_panel.set_post_options(options)
        self.angle_panel.blockSignals(False)
        self._last_request = prompt_input_for(draft.story, options, self.catalog)
        cards = []
        for stored in draft.cards:
            if stored.angle not in {a.id for a in self.catalog.angles}:
                continue
            card = self.cards_area.card(stored.angle) or self._new_card(
                stored.angle, self.catalog.angle(stored.angle).label(self.language)
            )
            card.blockSignals(True)
            card.set_text(stored.text)
            card.blockSignals(False)
            card.set_kept(stored.kept)
            card.set_status("")
            cards.append(card)
        self.cards_area.set_cards(cards)
        self.select_card(cards[0].card_id if cards else "")

    def show_drafts(self) -> None:
        library = self.session.library
        if library is None:
            self.banner.show_message(self.tr("Drafts are not saved on this computer, so there are none to show."), "info")
            return
        self.session.flush()
        dialog = DraftsDialog(library, self)
        dialog.openRequested.connect(self.open_draft)
        dialog.draftsPurged.connect(self._on_drafts_purged)
        dialog.exec()

    def _on_drafts_purged(self, draft_ids: list[int]) -> None:
        if self.session.draft_id in draft_ids:
            self.session.start_new_draft()  # its text stays in the window; the next Generate saves it anew

    def show_history(self, card_id: str) -> None:
        library = self.session.library
        library_card = self.session.card_ids.get(card_id)
        if library is None or library_card is None:
            self.banner.show_message(self.tr("This draft has no saved history yet."), "info")
            return
        self.session.flush()  # the newest edit belongs in the list
        card = self.cards_area.card(card_id)
        dialog = HistoryDialog(library, library_card, card.title_label.text() if card else "", self)
        dialog.restored.connect(lambda _library_card, text: self._restore_card_text(card_id, text))
        dialog.exec()

    def _restore_card_text(self, card_id: str, text: str) -> None:
        card = self.cards_area.card(card_id)
        if card is not None:
            card.restore_text(text)
            self._schedule_check(card_id)
            if card_id == self.selected_card_id:
                self.preview.set_text(text)

    def delete_all_data(self) -> None:
        if self.state == "generating":
            self.stop()
        report = confirm_and_wipe(self, self.paths, self.session.close)
        if report is None:
            return
        if report.complete:
            self._data_wiped = True  # do not write the settings back when the window closes
            self.attach_library(None)
            self.voice_profile = None
            self._use_voice_profile(None)
            self.guidelines = None
            self.banner.show_message(
                self.tr("All your OwnVoice data was deleted. Drafts are not saved until you restart OwnVoice."),
                "info",
            )

    def open_draft(self, draft_id: int) -> None:
        if self.state == "generating":
            self.banner.show_message(self.tr("Stop the current drafts before opening another one."), "info")
            return
        draft = self.session.open_draft(draft_id)
        if draft is not None:
            self.show_draft(draft)

    # ================================================================ voice, guidelines and hints

    def edit_voice_profile(self) -> None:
        dialog = VoiceProfileDialog(self.voice_profile, self)
        if dialog.exec():
            self.set_voice_profile(dialog.profile())

    def set_voice_profile(self, profile: VoiceProfile | None) -> None:
        """Use (and store, privately) the user's voice profile; None forgets it."""
        self._use_voice_profile(profile)
        if profile is not None:
            self.angle_panel.set_post_options(replace(self.angle_panel.post_options(), tone=my_voice_tone().id))
        self._store_privately(save_voice_profile, profile)

    def _use_voice_profile(self, profile: VoiceProfile | None) -> None:
        self.voice_profile = profile
        self.catalog = self.base_catalog.with_tone(my_voice_tone()) if profile else self.base_catalog
        self.angle_panel.set_catalog(self.catalog)
        self.forget_voice_action.setEnabled(profile is not None)
        self._invalidate_checks()

    def edit_guidelines(self) -> None:
        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Company guidelines"))
        box = GuidelinesBox(self.guidelines, dialog)
        box.guidelinesChanged.connect(self.set_guidelines)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(box)
        layout.addWidget(buttons)
        dialog.resize(520, 420)
        dialog.exec()

    def set_guidelines(self, guidelines: Guidelines | None) -> None:
        self.guidelines = guidelines
        self._invalidate_checks()
        self._store_privately(save_guidelines, guidelines)

    def _store_privately(self, save: Callable[[Library, Any], None], value: object) -> None:
        library = self.session.library
        if library is None or library.read_only:
            self.statusBar().showMessage(self.tr("Used for this session only: drafts are not saved here."), 6000)
            return
        try:
            save(library, value)
        except LibraryError as exc:
            self.banner.show_message(str(exc), "error")

    def _checker_now(self) -> CardChecker:
        if self._checker is None:
            story, options = self._story_state()
            self._checker = CardChecker.for_story(story, options.notes.all_text(), self.voice_profile, self.guidelines)
        return self._checker

    def _invalidate_checks(self) -> None:
        self._checker = None
        for card in self.cards_area.cards:
            self._schedule_check(card.card_id)

    def _schedule_check(self, card_id: str) -> None:
        self._cards_to_check.add(card_id)
        self._check_timer.start()

    def _run_checks(self) -> None:
        pending, self._cards_to_check = self._cards_to_check, set()
        language = self.angle_panel.post_options().language
        for card_id in pending:
            card = self.cards_area.card(card_id)
            if card is None or card.streaming:
                continue
            card.show_report(self._checker_now().check(card.text(), language) if card.text().strip() else None)

    # ================================================================ cards

    def select_card(self, card_id: str) -> None:
        self.selected_card_id = card_id
        for card in self.cards_area.cards:
            card.set_selected(card.card_id == card_id)
        card = self.cards_area.card(card_id)
        self.preview.set_text(card.text() if card is not None else "")

    def _cycle_card(self, step: int) -> None:
        cards = self.cards_area.cards
        if not cards:
            return
        ids = [c.card_id for c in cards]
        index = ids.index(self.selected_card_id) if self.selected_card_id in ids else -step
        target = cards[(index + step) % len(cards)]
        self.select_card(target.card_id)
        target.editor.setFocus()

    def _on_card_edited(self, card_id: str) -> None:
        self.session.card_edited(card_id)
        self._schedule_check(card_id)
        if card_id == self.selected_card_id:
            card = self.cards_area.card(card_id)
            if card is not None:
                self.preview.set_text(card.text())

    def copy_card(self, card_id: str) -> None:
        card = self.cards_area.card(card_id)
        if card is None or not card.text().strip():
            return
        report = self._checker_now().check(card.text(), self.angle_panel.post_options().language)
        if not copy_confirmation(self, report, run=self.run_copy_box):
            return
        QGuiApplication.clipboard().setText(card.linkedin_text())
        self.select_card(card_id)
        self.statusBar().showMessage(self.tr("Copied. Paste it into LinkedIn when you are ready."), 5000)

    def copy_selected(self) -> None:
        if self.selected_card_id:
            self.copy_card(self.selected_card_id)

    def keep_card(self, card_id: str) -> None:
        card = self.cards_area.card(card_id)
        if card is None:
            return
        if self.session.library is None:
            card.set_kept(not card.kept)  # no library: remembered for this session only
            self.statusBar().showMessage(self.tr("Kept for now; drafts are not saved on this computer."), 5000)
        elif self.session.set_kept(card_id, not card.kept):
            card.set_kept(not card.kept)
            self.statusBar().showMessage(
                self.tr("Kept in your drafts.") if card.kept else self.tr("No longer marked as kept."), 4000
            )

    # ================================================================ view & settings

    def set_theme(self, theme: str) -> None:
        self.settings.theme = theme
        app = QGuiApplication.instance()
        if app is not None:
            apply_theme(app, theme)  # type: ignore[arg-type]
        # The preview colours its labels from the palette; it must look once the new one has landed.
        QTimer.singleShot(0, self.preview.refresh_colours)
        self.theme_actions[theme].setChecked(True)

    def _on_system_colour_scheme_changed(self) -> None:
        if self.settings.theme == "system":
            self.set_theme("system")

    def _toggle_preview(self, visible: bool) -> None:
        self.preview_panel.setVisible(visible)

    def _toggle_mobile(self, mobile: bool) -> None:
        self.preview.set_mobile(mobile)

    def _on_preview_mobile_changed(self, mobile: bool) -> None:
        self.settings.preview_mobile = mobile
        self.mobile_action.setChecked(mobile)

    def _toggle_styling(self, enabled: bool) -> None:
        self.settings.unicode_styling = enabled
        self.preview.set_unicode_styling(enabled)
        for card in self.cards_area.cards:
            card.set_unicode_styling(enabled)

    def edit_profile(self) -> None:
        dialog = ProfileDialog(self.settings.display_name, self.settings.headline, self)
        if dialog.exec():
            self.settings.display_name, self.settings.headline = dialog.values()
            self.preview.set_author(self.settings.display_name, self.settings.headline)
            self.save_settings()

    def show_shortcuts(self) -> None:
        actions = [a for a in self.actions() if not a.shortcut().isEmpty()]
        ShortcutsDialog(actions, self).exec()

    def _show_about(self) -> None:
        QMessageBox.about(self, self.tr("About OwnVoice"), about_text(self))

    def _open_log_folder(self) -> None:
        self.paths.log_dir.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths.log_dir)))

    def _set_state(self, state: str) -> None:
        self.state = state
        names = {
            "loading": self.tr("Loading the model…"),
            "ready": self.tr("Ready"),
            "generating": self.tr("Writing…"),
            "error": self.tr("Model not available"),
        }
        self.state_label.setText(names[state])
        generating = state == "generating"
        self.generate_button.setEnabled(not generating)
        self.generate_action.setEnabled(not generating)
        self.stop_button.setEnabled(generating)
        self.stop_action.setEnabled(generating)
        self.stateChanged.emit(state)

    def current_settings(self) -> Settings:
        options = self.angle_panel.post_options()
        return replace(
            self.settings,
            tone=options.tone,
            angles=list(options.angles),
            language=options.language,
            length=options.length.value,
            text_zoom=self.text_zoom.step,
            window_geometry=bytes(self.saveGeometry().toBase64().data()).decode("ascii"),
        )

    def save_settings(self) -> bool:
        self.settings = self.current_settings()
        try:
            self.settings_store.save(self.settings)
        except OSError as exc:
            log.warning("saving settings failed: %s", exc)
            self.statusBar().showMessage(
                self.tr("Your settings could not be saved (%1).").replace("%1", exc.strerror or str(exc)), 8000
            )
            return False
        return True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if not self._data_wiped:
            self.save_settings()
        self._flush_timer.stop()
        self.host.stop()
        self._flush_chunks()
        self.session.close()
        super().closeEvent(event)

