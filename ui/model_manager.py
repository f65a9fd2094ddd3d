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
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.model_preferences import ModelPreferences
from app.paths import AppPaths
from app.settings import Settings, SettingsStore
from models.catalog import HeaderCache, ModelEntry, display_path
from models.curated import CatalogueEntry, CatalogueError, load_catalogue
from models.download import DownloadRequest, file_name_from_url
from models.engine.threads import AUTO_THREADS
from models.library import ImportCancelled, ModelFileError, import_model, remove_model, removable
from models.memory import Fit, format_bytes, judge_fit, model_memory_need, total_ram_bytes
from ui.background import BackgroundTask
from ui.downloads import FAILED, PAUSED, RUNNING, DownloadController, DownloadState
from ui.engine_settings_dialog import EngineSettingsDialog
from ui.model_listing import ModelListing
from ui.server_panel import ServerPanel

DEFAULT_CONTEXT_FOR_ESTIMATE = 8192
FIT_TEXT = {Fit.FITS: "fits", Fit.TIGHT: "tight", Fit.TOO_BIG: "too big"}


class ModelTable(QAbstractTableModel):
    """Rows of ModelEntry with what the table shows. Pure presentation."""

    COLUMNS = ("Model", "Parameters", "Quantisation", "File size", "Trained context", "Chat template", "Licence",
               "Memory on this computer")  # fmt: skip

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entries: list[ModelEntry] = []
        self.active: Path | None = None
        self.total_ram = total_ram_bytes()

    def set_entries(self, entries: list[ModelEntry], active: Path | None) -> None:
        self.beginResetModel()
        self.entries, self.active = entries, active
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

    def fit_of(self, entry: ModelEntry) -> tuple[int, Fit] | None:
        if entry.info is None:
            return None
        context = min(entry.info.context_length or 4096, DEFAULT_CONTEXT_FOR_ESTIMATE)
        need = model_memory_need(entry.info, context, entry.size_bytes)
        return need, judge_fit(need, self.total_ram)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        entry = self.entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if not entry.usable:
                return self.tr("Cannot be used: %1").replace("%1", entry.problem)
            return entry.display_path
        if role == Qt.ItemDataRole.FontRole and self.active is not None and entry.path == self.active and column == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and not entry.usable:
            return QPalette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None

    def _text(self, entry: ModelEntry, column: int) -> str:
        info = entry.info
        if column == 0:
            active = self.active is not None and entry.path == self.active
            return entry.label + (self.tr(" (in use)") if active else "")
        if not entry.usable or info is None:
            if column == 7:
                return self.tr("Unusable: %1").replace("%1", entry.problem)
            return format_bytes(entry.size_bytes) if column == 3 and entry.size_bytes else ""
        if column == 1:
            return info.size_label
        if column == 2:
            return info.quantisation
        if column == 3:
            return format_bytes(entry.size_bytes)
        if column == 4:
            return f"{info.context_length:,}" if info.context_length else self.tr("not stated")
        if column == 5:
            return self.tr("yes") if info.has_chat_template else self.tr("no")
        if column == 6:
            return info.licence or self.tr("not stated")
        fit = self.fit_of(entry)
        if fit is None:
            return ""
        need, verdict = fit
        return self.tr("%1: %2").replace("%1", format_bytes(need)).replace("%2", self.tr(FIT_TEXT[verdict]))


class DownloadRow(QWidget):
    """One download: title, progress bar, what it is doing, pause/resume and cancel."""

    def __init__(self, state: DownloadState, controller: DownloadController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = state.key
        self._controller = controller
        self.title = QLabel(state.title)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1000)
        self.bar.setAccessibleName(self.tr("Download progress"))
        self.detail = QLabel()
        self.detail.setObjectName("Hint")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.clicked.connect(self._pause_or_resume)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(lambda: controller.cancel(self.key))
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.pause_button)
        top.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addLayout(top)
        layout.addWidget(self.bar)
        layout.addWidget(self.detail)
        self.update_state(state)

    def update_state(self, state: DownloadState) -> None:
        progress = state.progress
        if progress is not None and progress.total:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(progress.fraction * 1000))
        else:
            self.bar.setRange(0, 0 if state.status == RUNNING else 1000)
        text = progress.describe() if progress is not None else self.tr("Starting…")
        if state.status == PAUSED:
            text = self.tr("Paused · %1").replace("%1", text)
        elif state.status == FAILED:
            text = state.error
        self.detail.setText(text)
        self.pause_button.setText(self.tr("Pause") if state.status == RUNNING else self.tr("Resume"))

    def _pause_or_resume(self) -> None:
        state = self._controller.state(self.key)
        if state is None:
            return
        if state.status == RUNNING:
            self._controller.pause(self.key)
        else:
            self._controller.resume(self.key)


class ModelManagerDialog(QDialog):
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
        self.use_button = _button(self.tr("Use this model"), self.use_selected, primary=True)
        self.settings_button = _button(self.tr("Engine settings…"), self.edit_engine_settings)
        import_menu = QMenu(self)
        import_menu.addAction(self.tr("Copy a model file into my models folder…"), lambda: self._choose_import(link=False))
        import_menu.addAction(self.tr("Link to a model file where it is…"), lambda: self._choose_import(link=True))
        self.import_button = QPushButton(self.tr("Add a model file"))
        self.import_button.setObjectName("SecondaryButton")
        self.import_button.setMenu(import_menu)
        self.folder_button = _button(self.tr("Add a folder…"), self._choose_folder)
        self.remove_button = _button(self.tr("Remove…"), self.remove_selected)
        self.open_folder_button = _button(self.tr("Open models folder"), self._open_models_folder)
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

    # ================================================================ Get models

    def _build_get_tab(self) -> QWidget:
        self.catalogue_tree = QTreeWidget()
        self.catalogue_tree.setColumnCount(5)
        self.catalogue_tree.setHeaderLabels([self.tr("Model"), self.tr("Parameters"), self.tr("Download"),
                                             self.tr("Memory on this computer"), self.tr("Licence")])  # fmt: skip
        self.catalogue_tree.setAccessibleName(self.tr("Models you can download"))
        self.catalogue_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            self.catalogue_tree.header().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.catalogue_tree.header().setStretchLastSection(False)
        self.catalogue_tree.currentItemChanged.connect(self._show_catalogue_details)
        self.catalogue_details = QLabel()
        self.catalogue_details.setWordWrap(True)
        self.catalogue_details.setTextFormat(Qt.TextFormat.RichText)
        self.catalogue_details.setOpenExternalLinks(True)
        self.download_button = _button(self.tr("Download"), self.download_selected, primary=True)
        self.url_button = _button(self.tr("Download from a link…"), self._ask_url)
        self.downloads_box = QVBoxLayout()
        self.downloads_box.setContentsMargins(0, 0, 0, 0)
        self.download_rows: dict[str, DownloadRow] = {}
        buttons = QHBoxLayout()
        buttons.addWidget(self.download_button)
        buttons.addWidget(self.url_button)
        buttons.addStretch(1)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addWidget(self.catalogue_tree, 1)
        layout.addWidget(self.catalogue_details)
        layout.addLayout(buttons)
        layout.addLayout(self.downloads_box)
        self._fill_catalogue()
        return tab

    def _fill_catalogue(self) -> None:
        try:
            catalogue = load_catalogue()
        except CatalogueError as exc:
            self.catalogue_details.setText(_escape(str(exc)))
            catalogue = []
        self.catalogue: dict[str, CatalogueEntry] = {e.id: e for e in catalogue}
        ram = total_ram_bytes()
        self.catalogue_tree.clear()
        for tier in sorted({e.laptop_gb for e in catalogue}):
            group = QTreeWidgetItem([self.tr("For %1 GB laptops").replace("%1", str(tier))])
            group.setFlags(group.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.catalogue_tree.addTopLevelItem(group)
            for entry in (e for e in catalogue if e.laptop_gb == tier):
                name = entry.name + (self.tr(" (recommended)") if entry.recommended else "")
                if (self.paths.models_dir / entry.file_name).exists():
                    name += self.tr(" · downloaded")
                size = ("" if entry.size_exact else "≈") + format_bytes(entry.size_bytes)
                memory = f"{format_bytes(entry.memory_need)}: {self.tr(FIT_TEXT[entry.fit(ram)])}"
                licence = entry.licence + (self.tr(" (accept first)") if entry.needs_acceptance else "")
                item = QTreeWidgetItem([name, entry.parameters, size, memory, licence])
                item.setData(0, Qt.ItemDataRole.UserRole, entry.id)
                group.addChild(item)
            group.setExpanded(True)

    def selected_catalogue_entry(self) -> CatalogueEntry | None:
        item = self.catalogue_tree.currentItem()
        entry_id = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return self.catalogue.get(str(entry_id)) if entry_id else None

    def select_catalogue_entry(self, entry_id: str) -> bool:
        for index in range(self.catalogue_tree.topLevelItemCount()):
            group = self.catalogue_tree.topLevelItem(index)
            for child in range(group.childCount()):
                item = group.child(child)
                if item.data(0, Qt.ItemDataRole.UserRole) == entry_id:
                    self.catalogue_tree.setCurrentItem(item)
                    return True
        return False

    def _show_catalogue_details(self) -> None:
        entry = self.selected_catalogue_entry()
        self.download_button.setEnabled(entry is not None)
        if entry is None:
            self.catalogue_details.clear()
            return
        hash_note = (self.tr("checked against the SHA-256 the catalogue lists") if entry.sha256
                     else self.tr("checked against the SHA-256 the server gives"))  # fmt: skip
        self.catalogue_details.setText(
            f"<p>{_escape(entry.why)}</p><p><b>{self.tr('Licence')}:</b> {_escape(entry.licence)}. "
            f"{_escape(entry.licence_note)} <a href='{_escape(entry.licence_url)}'>{self.tr('Read it')}</a> · "
            f"<a href='{_escape(entry.page)}'>{self.tr('Model page')}</a></p>"
            f"<p>{self.tr('The download is %1.').replace('%1', hash_note)}</p>"
        )

    def download_selected(self, accept_licence: Callable[[QWidget, CatalogueEntry], bool] | None = None) -> str | None:
        entry = self.selected_catalogue_entry()
        if entry is None:
            return None
        if entry.needs_acceptance and not (accept_licence or _accept_licence)(self, entry):
            return None
        return self.downloads.start(entry.download_request(self.paths.models_dir), entry.name)

    def _ask_url(self) -> None:
        url, ok = QInputDialog.getText(self, self.tr("Download from a link"), self.tr("Link to a .gguf file (https://…):"))
        if ok and url.strip():
            self.download_url(url.strip())

    def download_url(self, url: str, sha256: str = "") -> str | None:
        if not url.startswith(("https://", "http://")):
            self.catalogue_details.setText(_escape(self.tr("'%1' is not a web link.").replace("%1", url)))
            return None
        request = DownloadRequest(url, self.paths.models_dir / file_name_from_url(url), sha256.lower())
        if request.target.exists():
            self.catalogue_details.setText(_escape(self.tr("%1 is already in your models folder.").replace("%1", request.target.name)))
            return None
        return self.downloads.start(request, request.target.name)

    def _add_download_row(self, state: DownloadState) -> None:
        row = DownloadRow(state, self.downloads, self)
        self.download_rows[state.key] = row
        self.downloads_box.addWidget(row)

    def _on_download_changed(self, key: str) -> None:
        state = self.downloads.state(key)
        if state is None:
            return
        row = self.download_rows.get(key)
        if row is None:
            self._add_download_row(state)
        else:
            row.update_state(state)

    def _on_download_removed(self, key: str) -> None:
        row = self.download_rows.pop(key, None)
        if row is not None:
            row.setParent(None)
            row.deleteLater()

    def _on_download_completed(self, _target: object) -> None:
        self._fill_catalogue()
        self.refresh()


# ---------------------------------------------------------------- small helpers


def _button(text: str, on_click: Callable[[], object], *, primary: bool = False) -> QPushButton:
    button = QPushButton(text)
    button.setObjectName("PrimaryButton" if primary else "SecondaryButton")
    button.clicked.connect(lambda _checked=False: on_click())
    return button


def _confirm(parent: QWidget, question: str) -> bool:
    answer = QMessageBox.question(parent, parent.tr("Remove model"), question,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                  QMessageBox.StandardButton.Cancel)  # fmt: skip
    return answer == QMessageBox.StandardButton.Yes


def _accept_licence(parent: QWidget, entry: CatalogueEntry) -> bool:
    text = parent.tr("%1 is under the %2. %3\n\nRead the licence at %4. Do you accept it?")
    for marker, value in (("%1", entry.name), ("%2", entry.licence), ("%3", entry.licence_note), ("%4", entry.licence_url)):
        text = text.replace(marker, value)
    answer = QMessageBox.question(parent, parent.tr("Licence"), text,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                  QMessageBox.StandardButton.Cancel)  # fmt: skip
    return answer == QMessageBox.StandardButton.Yes


def _reason(error: object) -> str:
    if isinstance(error, ImportCancelled):
        return "Adding the model was cancelled; nothing was added."
    if isinstance(error, ModelFileError):
        return str(error)
    return f"The model could not be added: {error}"


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&#39;")


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
