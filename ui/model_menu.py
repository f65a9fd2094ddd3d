"""The Model menu: the models on this computer (from the window's one background, cached
listing, ui/model_listing.py, shared with the model manager), "Manage models…", a file of
one's own, and the models folder. Opening the menu shows the last listing at once and asks
for a fresh one; nothing here reads a file on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from app.model_preferences import ModelPreferences
from app.paths import AppPaths
from app.settings import Settings
from models.http import host_of
from ui.model_listing import ModelListing


class ModelMenu(QObject):
    def __init__(
        self,
        menu: QMenu,
        listing: ModelListing,
        paths: AppPaths,
        settings: Settings,
        active: Callable[[], Path | None],
        choose: Callable[[Path], None],
        manage: Callable[[], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.menu = menu
        self.listing = listing
        self.paths = paths
        self.settings = settings
        self._active = active
        self._choose = choose
        self._manage = manage
        self._parent = parent
        self._group = QActionGroup(self)
        self._listed_once = False
        menu.aboutToShow.connect(self._about_to_show)
        listing.listed.connect(self._on_listed)
        self.fill()

    def _about_to_show(self) -> None:
        self.fill()  # the last listing (and the model in use) at once
        self.listing.refresh()  # then a fresh one, filled in when it arrives

    def _on_listed(self) -> None:
        self._listed_once = True
        self.fill()

    def fill(self) -> None:
        menu = self.menu
        menu.clear()
        for action in self._group.actions():
            self._group.removeAction(action)
        prefs = ModelPreferences.of(self.settings)
        if prefs.uses_server:  # the local files are not what writes now: say where posts go instead
            where = menu.addAction(self.tr("Posts are written on %1").replace("%1", host_of(prefs.server_base_url)))
            where.setEnabled(False)
        if not self._listed_once and not self.listing.entries:
            waiting = menu.addAction(self.tr("Looking for models…"))
            waiting.setEnabled(False)
        active = self._active()
        for entry in self.listing.entries:
            label = entry.label if entry.usable else self.tr("%1 (cannot be used)").replace("%1", entry.label)
            action = QAction(label, self, checkable=True)
            action.setEnabled(entry.usable and not prefs.uses_server)
            action.setToolTip(entry.problem or entry.display_path)
            action.setChecked(not prefs.uses_server and active is not None and entry.path == active)
            action.triggered.connect(lambda _=False, path=entry.path: self._choose(path))
            self._group.addAction(action)
            menu.addAction(action)
        menu.addSeparator()
        self.manage_action = menu.addAction(self.tr("Manage models…"), self._manage)
        menu.addAction(self.tr("Choose a model file…"), self.choose_file)
        menu.addAction(self.tr("Open my models folder"), self.open_models_folder)

    def model_actions(self) -> list[QAction]:
        """The menu's model entries, in order (for tests and accessibility checks)."""
        return list(self._group.actions())

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self._parent, self.tr("Choose a GGUF model"), str(self.paths.models_dir), self.tr("GGUF models (*.gguf)")
        )
        if name:
            self._choose(Path(name))

    def open_models_folder(self) -> None:
        self.paths.models_dir.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths.models_dir)))
