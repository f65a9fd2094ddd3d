"""The model manager: the models this computer has, the ones it can download, and where
posts are written (this computer or the organisation's server).

Everything that touches files runs off the GUI thread (`BackgroundTask`): listing reads
headers (cached by path, size and modification time in a shared `HeaderCache`), importing
copies gigabytes. Unusable files are listed with their reason and never opened beyond
their header. The dialog only presents; models/ does the work.

Entry point: `open_model_manager(...)`; the window connects `modelChosen`,
`engineSettingsChanged` and `backendChanged`.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.model_preferences import ModelPreferences
from app.paths import AppPaths
from app.settings import Settings, SettingsStore
from models.catalog import HeaderCache, ModelEntry, display_path
from models.engine.threads import AUTO_THREADS
from models.library import ImportCancelled, ModelFileError, import_model, remove_model, removable
from models.memory import format_bytes
from ui.background import BackgroundTask
from ui.downloads import DownloadController
from ui.engine_settings_dialog import EngineSettingsDialog
from ui.model_get_tab import GetModelsTab
from ui.model_listing import ModelListing
from ui.model_table import FIT_TEXT, ModelTable
from ui.server_panel import ServerPanel
from ui.widgets import text_button

class ModelManagerDialog(GetModelsTab, QDialog):
    modelChosen = Signal(object)  # pathlib.Path: use this model
    engineSettingsChanged = Signal(object, bool)  # model path, needs a reload
    backendChanged = Signal()  # local <-> server (see ModelPreferences)
    listingFinished = Signal()  # the "My models" list is up to date (GUI thread)
    importFinished = Signal(str)  # "" on success, else the reason (GUI thread)

    MODELS_TAB, GET_TAB, SERVER_TAB = 0, 1, 2

    def __init__(
        self,
        paths: AppPaths,
        store: SettingsStore,
        settings: Settings,
        downloads: DownloadController,
        *,
        active_model: Path | None = None,
        cache: HeaderCache | None = None,
        listing: ModelListing | None = None,
        server_panel: ServerPanel | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Models"))
        self.paths, self.store, self.settings = paths, store, settings
        self.downloads = downloads
        self.active_model = active_model
        self.listing = listing or ModelListing(paths, settings, cache, self)
        self.cache = self.listing.cache
        self.listing.listed.connect(self._on_listed)
        self.listing.failed.connect(lambda reason: self.listing_status.setText(self.tr("Listing failed: %1").replace("%1", reason)))
        self._tasks: list[BackgroundTask] = []
        self._import_cancel = False

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_models_tab(), self.tr("My models"))
        self.tabs.addTab(self._build_get_tab(), self.tr("Get models"))
        self.server_panel = server_panel or ServerPanel(paths, store, settings)
        self.server_panel.backendChanged.connect(self.backendChanged)
        self.tabs.addTab(self.server_panel, self.tr("Where posts are written"))
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addLayout(bottom)
        self.resize(980, 560)

        downloads.changed.connect(self._on_download_changed)
        downloads.removed.connect(self._on_download_removed)
        downloads.completed.connect(self._on_download_completed)
        for state in downloads.states():
            self._add_download_row(state)
        self.refresh()

    # ================================================================ My models

    def _build_models_tab(self) -> QWidget:
        self.table_model = ModelTable(self)
        self.table = QTableView()
        self.table.setModel(self.table_model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAccessibleName(self.tr("Your models"))
        header = self.table.horizontalHeader()
        for column in range(len(ModelTable.COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.use_selected())
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setObjectName("Hint")
        self.listing_status = QLabel()
        self.listing_status.setObjectName("Hint")
        self.use_button = text_button(self.tr("Use this model"), self.use_selected, primary=True)
        self.settings_button = text_button(self.tr("Engine settings…"), self.edit_engine_settings)
        import_menu = QMenu(self)
        import_menu.addAction(self.tr("Copy a model file into my models folder…"), lambda: self._choose_import(link=False))
        import_menu.addAction(self.tr("Link to a model file where it is…"), lambda: self._choose_import(link=True))
        self.import_button = QPushButton(self.tr("Add a model file"))
        self.import_button.setObjectName("SecondaryButton")
        self.import_button.setMenu(import_menu)
        self.folder_button = text_button(self.tr("Add a folder…"), self._choose_folder)
        self.remove_button = text_button(self.tr("Remove…"), self.remove_selected)
        self.open_folder_button = text_button(self.tr("Open models folder"), self._open_models_folder)
        buttons = QHBoxLayout()
        for button in (self.use_button, self.settings_button, self.import_button, self.folder_button,
                       self.remove_button, self.open_folder_button):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.listing_status)
        layout.addLayout(buttons)
        self._update_buttons()
        return tab

    @property
    def prefs(self) -> ModelPreferences:
        return ModelPreferences.of(self.settings)

    def refresh(self) -> None:
        """Re-list the models off the GUI thread; `listingFinished` says when it is done."""
        self.listing_status.setText(self.tr("Reading model files…"))
        self.listing.refresh()

    def _on_listed(self) -> None:
        self._show_entries(self.listing.entries)
        self.listingFinished.emit()

    def _show_entries(self, entries: object) -> None:
        selected = self.selected_entry()
        rows = list(entries) if isinstance(entries, list) else []
        self.table_model.set_entries(rows, self.active_model)
        unusable = sum(1 for e in rows if not e.usable)
        folders = ", ".join([str(self.paths.models_dir), *self.prefs.extra_folders])
        text = self.tr("%n model file(s) in %1.", "", len(rows)).replace("%1", folders)
        if unusable:
            text += " " + self.tr("%n cannot be used (hover for the reason).", "", unusable)
        self.listing_status.setText(text)
        if selected is not None:
            self.select_path(selected.path)
        self._update_buttons()

    def entries(self) -> list[ModelEntry]:
        return list(self.table_model.entries)

    def select_path(self, path: Path) -> bool:
        for row, entry in enumerate(self.table_model.entries):
            if entry.path == path:
                self.table.selectRow(row)
                return True
        return False

    def selected_entry(self) -> ModelEntry | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        row = rows[0].row()
        return self.table_model.entries[row] if row < len(self.table_model.entries) else None

    def _update_buttons(self) -> None:
        entry = self.selected_entry()
        usable = entry is not None and entry.usable
        self.use_button.setEnabled(usable and entry is not None and entry.path != self.active_model)
        self.settings_button.setEnabled(usable)
        self.remove_button.setEnabled(entry is not None and not removable(entry.path, self._folders()))
        self.details.setText(self._describe(entry) if entry is not None else "")

    def _describe(self, entry: ModelEntry) -> str:
        if not entry.usable or entry.info is None:
            return self.tr("%1 cannot be used: %2").replace("%1", entry.display_path).replace("%2", entry.problem)
        info = entry.info
        fit = self.table_model.fit_of(entry)
        parts = [entry.display_path, f"{info.architecture}, {info.size_label}, {info.quantisation}"]
        if fit is not None:
            need, verdict = fit
            parts.append(self.tr("needs about %1 of this computer's %2 memory: %3")
                         .replace("%1", format_bytes(need)).replace("%2", format_bytes(self.table_model.total_ram))
                         .replace("%3", self.tr(FIT_TEXT[verdict])))  # fmt: skip
        if not info.has_chat_template:
            parts.append(self.tr("no chat template: OwnVoice uses the common ChatML format, which may suit it poorly"))
        return " · ".join(parts)

    def _folders(self) -> list[Path]:
        return [self.paths.models_dir, *self.prefs.folders]

    # ---------------------------------------------------------------- actions

    def use_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None or not entry.usable:
            return
        self.active_model = entry.path
        self.table_model.set_entries(self.table_model.entries, entry.path)
        self.select_path(entry.path)
        self.modelChosen.emit(entry.path)

    def edit_engine_settings(self) -> None:
        entry = self.selected_entry()
        if entry is None or not entry.usable:
            return
        dialog = EngineSettingsDialog(entry.path, self.prefs, threads=AUTO_THREADS, parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.store_engine_settings(entry.path, dialog.overrides(), dialog.needs_reload)

    def store_engine_settings(self, path: Path, overrides: dict[str, object], needs_reload: bool) -> None:
        prefs = self.prefs
        prefs.set_overrides(path, dict(overrides))
        if self._save(prefs):
            self.engineSettingsChanged.emit(path, needs_reload)

    def _choose_import(self, *, link: bool) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a GGUF model"), str(Path.home()), self.tr("GGUF models (*.gguf)"))
        if name:
            self.import_file(Path(name), link=link)

    def import_file(self, source: Path, *, link: bool = False) -> None:
        """Check the header, then copy or link in the background; `importFinished` reports."""
        models_dir = self.paths.models_dir
        self._import_cancel = False
        self.import_button.setEnabled(False)
        self.listing_status.setText(self.tr("Adding %1…").replace("%1", display_path(source.name)))
        task = BackgroundTask(
            lambda: import_model(source, models_dir, link=link, cancelled=lambda: self._import_cancel),
            "import-model",
            self,
        )
        task.succeeded.connect(lambda target: self._import_done(target, ""))
        task.failed.connect(lambda error: self._import_done(None, _reason(error)))
        self._keep(task)
        task.start()

    def _import_done(self, target: object, reason: str) -> None:
        self.import_button.setEnabled(True)
        if reason:
            self.listing_status.setText(reason)
        else:
            self.listing_status.setText(self.tr("Added %1.").replace("%1", display_path(Path(str(target)).name)))
            self.refresh()
        self.importFinished.emit(reason)

    def _choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Add a folder with models"), str(Path.home()))
        if name:
            self.add_folder(Path(name))

    def add_folder(self, folder: Path) -> None:
        prefs = self.prefs
        if prefs.add_folder(folder) and self._save(prefs):
            self.refresh()

    def remove_folder(self, folder: Path) -> None:
        prefs = self.prefs
        prefs.remove_folder(folder)
        if self._save(prefs):
            self.refresh()

    def remove_selected(self, confirm: Callable[[QWidget, str], bool] | None = None) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        is_link = entry.path.is_symlink()
        if is_link:
            question = self.tr("Remove the link %1 from your models? The model file it points to stays where it is.")
        else:
            question = self.tr("Delete %1 (%2) from this computer? This cannot be undone; you would have to "
                               "download or copy it again.")  # fmt: skip
        question = question.replace("%1", entry.display_path).replace("%2", format_bytes(entry.size_bytes))
        if not (confirm or _confirm)(self, question):
            return
        try:
            remove_model(entry.path, self._folders())
        except ModelFileError as exc:
            self.listing_status.setText(str(exc))
            return
        self.cache.forget(entry.path)
        if self.active_model == entry.path:
            self.active_model = None
            self.modelChosen.emit(None)  # the window falls back to the starter model
        self.refresh()

    def _open_models_folder(self) -> None:
        self.paths.models_dir.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths.models_dir)))

    def _save(self, prefs: ModelPreferences) -> bool:
        prefs.store_in(self.settings)
        try:
            self.store.save(self.settings)
        except OSError as exc:
            self.listing_status.setText(self.tr("Could not save your settings (%1).").replace("%1", exc.strerror or str(exc)))
            return False
        return True

    def _keep(self, task: BackgroundTask) -> None:
        self._tasks.append(task)
        task.finished.connect(lambda: self._tasks.remove(task) if task in self._tasks else None)

    def done(self, result: int) -> None:
        self._import_cancel = True  # a copy in progress stops and leaves nothing behind
        super().done(result)

# ---------------------------------------------------------------- small helpers


def _confirm(parent: QWidget, question: str) -> bool:
    answer = QMessageBox.question(parent, parent.tr("Remove model"), question,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                  QMessageBox.StandardButton.Cancel)  # fmt: skip
    return answer == QMessageBox.StandardButton.Yes


def _reason(error: object) -> str:
    if isinstance(error, ImportCancelled):
        return "Adding the model was cancelled; nothing was added."
    if isinstance(error, ModelFileError):
        return str(error)
    return f"The model could not be added: {error}"


def open_model_manager(
    parent: QWidget,
    paths: AppPaths,
    store: SettingsStore,
    settings: Settings,
    downloads: DownloadController,
    *,
    active_model: Path | None = None,
    listing: ModelListing | None = None,
    tab: int = ModelManagerDialog.MODELS_TAB,
) -> ModelManagerDialog:
    """Show the model manager (non-modal) and return it so the caller can connect its signals:
    `modelChosen(Path | None)`, `engineSettingsChanged(Path, needs_reload)`, `backendChanged()`.
    Pass the window's own `settings` object (the dialog saves into it) and its `ModelListing`."""
    dialog = ModelManagerDialog(paths, store, settings, downloads, active_model=active_model, listing=listing, parent=parent)
    dialog.tabs.setCurrentIndex(tab)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
