"""A status-bar widget that always says where posts are written: on this computer, or on
which server (so a user knows where their text goes). Clicking it opens the model manager."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QToolButton, QWidget

from app.model_preferences import ModelPreferences
from models.http import host_of
from ui.widgets import shortened

HOST_CHARS = 32  # the status bar must fit a 1024-pixel screen

class BackendStatus(QToolButton):
    openRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoRaise(True)
        self.setObjectName("BackendStatus")
        self.clicked.connect(self.openRequested)
        self.kind = "local"
        self.host = ""
        self.show_local()

    def show_local(self, model_name: str = "") -> None:
        self.kind, self.host = "local", ""
        self.setText(self.tr("On this computer"))
        self.setProperty("backend", "local")
        what = self.tr("Posts are written by %1 on this computer; nothing is sent anywhere.").replace(
            "%1", model_name or self.tr("the local model")
        )
        self._describe(what)

    def show_server(self, host: str, model: str = "") -> None:
        self.kind, self.host = "server", host
        self.setText(self.tr("Server: %1").replace("%1", shortened(host, HOST_CHARS)))  # whole in the tooltip
        self.setProperty("backend", "server")
        what = self.tr("Posts are written by %1 on %2: your story is sent to that server.").replace(
            "%1", model or self.tr("a model")
        ).replace("%2", host)
        self._describe(what)

    def show_preferences(self, prefs: ModelPreferences, model_name: str = "") -> None:
        if prefs.uses_server:
            self.show_server(host_of(prefs.server_base_url), prefs.server_model)
        else:
            self.show_local(model_name)

    def _describe(self, text: str) -> None:
        self.setToolTip(text + "\n" + self.tr("Click to choose the model or where posts are written."))
        self.setAccessibleName(self.tr("Where posts are written"))
        self.setAccessibleDescription(text)
        self.style().unpolish(self)
        self.style().polish(self)
