"""Everything about models the main window needs, behind one object, so wiring it in takes a
few lines: the download controller, the shared model listing, the backend status widget,
the model manager and the first-run offer.

    self.models = ModelFeatures(paths, store, settings, parent=self)
    status_bar.addPermanentWidget(self.models.status)
    status_bar.addPermanentWidget(self.models.download_indicator)   # hidden while idle
    self.models.download_indicator.clicked.connect(
        lambda: self.models.open_manager(self, self.model_path, ModelManagerDialog.GET_TAB))
    self.models.chooseModel.connect(self.choose_model)        # Path
    self.models.reloadModel.connect(self.load_model)          # Path: settings need a reload
    self.models.backendSwitched.connect(lambda: self.load_model(self.model_path or starter))
    menu.addAction("Manage models…", lambda: self.models.open_manager(self, self.model_path))
    QTimer.singleShot(0, lambda: self.models.offer_first_run(self))   # after start()
    # starter notice button: self.models.offer_first_run(self, again=True)
    # on model ready: self.models.show_model(info.name); on close: self.models.shutdown()
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QToolButton, QWidget

from app.model_preferences import ModelPreferences
from app.paths import AppPaths
from app.settings import Settings, SettingsStore
from models.catalog import starter_model_path
from ui.backend_status import BackendStatus
from ui.downloads import RUNNING, DownloadController
from ui.first_run import offer_better_model
from ui.model_listing import ModelListing
from ui.model_manager import ModelManagerDialog, open_model_manager
from ui.widgets import shortened

TITLE_CHARS = 28


class ModelFeatures(QObject):
    chooseModel = Signal(object)  # pathlib.Path to use (the starter model when one was removed)
    reloadModel = Signal(object)  # pathlib.Path whose engine settings need a reload
    backendSwitched = Signal()  # local <-> server: reload the model through the new backend
    modelDownloaded = Signal(object)  # pathlib.Path of a verified download, ready to use

    def __init__(self, paths: AppPaths, store: SettingsStore, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.paths, self.store, self.settings = paths, store, settings
        self.downloads = DownloadController(paths.models_dir, self)
        self.listing = ModelListing(paths, settings, parent=self)
        self.status = BackendStatus()
        self.status.show_preferences(ModelPreferences.of(settings))
        self.download_indicator = QToolButton()
        self.download_indicator.setAutoRaise(True)
        self.download_indicator.setAccessibleName(self.tr("Model downloads"))
        self.download_indicator.hide()
        self.downloads.changed.connect(self._show_downloads)
        self.downloads.removed.connect(self._show_downloads)
        self.downloads.completed.connect(self._downloaded)
        self.manager: ModelManagerDialog | None = None
        self._active: Path | None = None
        self._offered_key: str | None = None
        self.listing.refresh()

    def open_manager(self, parent: QWidget, active_model: Path | None, tab: int = ModelManagerDialog.MODELS_TAB) -> ModelManagerDialog:
        """Show the model manager (one at a time)."""
        self._active = active_model
        if self.manager is not None:
            self.manager.tabs.setCurrentIndex(tab)
            self.manager.raise_()
            self.manager.activateWindow()
            return self.manager
        dialog = open_model_manager(parent, self.paths, self.store, self.settings, self.downloads,
                                    active_model=active_model, listing=self.listing, tab=tab)  # fmt: skip
        dialog.modelChosen.connect(self._chosen)
        dialog.engineSettingsChanged.connect(self._settings_changed)
        dialog.backendChanged.connect(self._backend_changed)
        dialog.destroyed.connect(self._manager_closed)
        self.manager = dialog
        return dialog

    def offer_first_run(self, parent: QWidget, *, again: bool = False) -> str | None:
        """The first-run offer (once), or `again` from the starter model's notice."""
        key = offer_better_model(parent, self.paths.models_dir, self.store, self.settings, self.downloads, again=again)
        if key is not None:
            self._offered_key = key
        return key

    def show_model(self, model_name: str) -> None:
        self.status.show_preferences(ModelPreferences.of(self.settings), model_name)

    def shutdown(self) -> None:
        """Pause running downloads (their parts stay for next time)."""
        self.downloads.shutdown()

    # ---------------------------------------------------------------- internals

    def _chosen(self, path: object) -> None:
        target = path if isinstance(path, Path) else starter_model_path()
        if target is not None:
            self._active = target
            self.chooseModel.emit(target)

    def _settings_changed(self, path: object, needs_reload: bool) -> None:
        if needs_reload and isinstance(path, Path) and path == self._active:
            self.reloadModel.emit(path)

    def _backend_changed(self) -> None:
        self.status.show_preferences(ModelPreferences.of(self.settings))
        self.backendSwitched.emit()

    def _show_downloads(self, _key: str = "") -> None:
        running = [s for s in self.downloads.states() if s.status == RUNNING]
        if not running:
            self.download_indicator.hide()
            return
        state = running[0]
        percent = f" {state.progress.fraction * 100:.0f}%" if state.progress is not None and state.progress.total else ""
        title = shortened(state.title, TITLE_CHARS)  # the status bar must fit a 1024-pixel screen
        self.download_indicator.setText(self.tr("Downloading %1%2").replace("%1", title).replace("%2", percent))
        progress = state.progress.describe() if state.progress is not None else ""
        self.download_indicator.setToolTip(f"{state.title}\n{progress}".strip())
        self.download_indicator.show()

    def _manager_closed(self) -> None:
        self.manager = None

    def _downloaded(self, target: object) -> None:
        self.listing.refresh()
        if isinstance(target, Path):
            self.modelDownloaded.emit(target)
            if self._offered_key == str(target):
                # The user asked for it in the first-run offer: switch to it once it is verified.
                self._offered_key = None
                self._chosen(target)
