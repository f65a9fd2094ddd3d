"""The window and the model features of ui/model_features.py (issue 9): where posts are written
and the download indicator in the status bar, the Model menu, the model manager, the first-run
offer, and the manager's choices turned into loads on the window's model status.

ModelFeatures works on the window's own Settings object (the one the window saves), so a model
chosen or a backend switched in the manager is what the window saves and loads.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMenu

from models.contract import ModelInfo
from ui.better_model import open_better_model
from ui.model_features import ModelFeatures
from ui.model_manager import ModelManagerDialog
from ui.model_menu import ModelMenu

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class WindowModels:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.features = ModelFeatures(window.paths, window.settings_store, window.settings, parent=window)
        self.menu: ModelMenu | None = None
        self._pending_reload: Path | None = None
        features = self.features
        features.chooseModel.connect(lambda path: window.model_status.choose(path))
        features.reloadModel.connect(self.reload)
        features.backendSwitched.connect(self.reload_current)
        features.status.openRequested.connect(lambda: self.open_manager(ModelManagerDialog.SERVER_TAB))
        features.download_indicator.clicked.connect(lambda: self.open_manager(ModelManagerDialog.GET_TAB))
        # Downloads go on with the manager closed: how they end is told in the window.
        features.downloads.failed.connect(lambda _key, message: window.bridge.warning(message))
        features.modelDownloaded.connect(
            lambda path: window.bridge.info(
                window.tr("%1 is downloaded and checked: it is under Model now.").replace("%1", Path(path).name)
            )
        )
        window.host.worker.modelReady.connect(self._on_model_ready)
        window.jobDone.connect(self._after_job)

    def add_to_status_bar(self) -> None:
        bar = self.window.statusBar()
        bar.addPermanentWidget(self.features.download_indicator)  # hidden while nothing downloads
        bar.addPermanentWidget(self.features.status)  # always: where posts are written

    def attach_menu(self, menu: QMenu) -> None:
        window = self.window
        self.menu = ModelMenu(
            menu,
            self.features.listing,
            window.paths,
            window.settings,
            lambda: window.model_path,
            window.model_status.choose,
            self.open_manager,
            window,
        )

    # ---------------------------------------------------------------- what the window's parts call

    def open_manager(self, tab: int = ModelManagerDialog.MODELS_TAB) -> ModelManagerDialog:
        return self.features.open_manager(self.window, self.window.model_path, tab)

    def open_better_model(self) -> None:
        open_better_model(self.window, self.features, self.window.model_path)

    def offer_first_run(self) -> None:
        """After the start: the offer of a better model, once, when only the starter model is here."""
        self.features.offer_first_run(self.window)

    def shutdown(self) -> None:
        """Running downloads pause (their partial files stay for the next start)."""
        self.features.shutdown()

    # ---------------------------------------------------------------- the manager's choices

    def reload(self, path: Path) -> None:
        """Load `path` again (its engine settings changed, or the backend did); while posts are
        being written, once they are done."""
        window = self.window
        if window.model.generating:
            self._pending_reload = path
            window.bridge.info(window.tr("The new model settings apply once these drafts are written."))
            return
        window.model_status.load(path)

    def reload_current(self) -> None:
        path = self.window.model_path or self.window.model_status.session.starter
        if path is not None:
            self.reload(path)
        self.menu_refresh()

    def menu_refresh(self) -> None:
        if self.menu is not None:
            self.menu.fill()

    def _after_job(self, _cancelled: bool) -> None:
        path, self._pending_reload = self._pending_reload, None
        if path is not None:
            self.window.model_status.load(path)

    def _on_model_ready(self, info: ModelInfo) -> None:
        self.features.show_model(info.name)
