"""Choosing where posts are written: on this computer (the default, offline) or on the
organisation's own model server. The API key goes to the keyring only; switching to a
server asks, the first time for each host, whether the user agrees that their text is
sent there."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.backends import server_api_key
from app.model_preferences import ModelPreferences
from app.paths import AppPaths
from app.secrets import SecretStore, SecretStoreUnavailableError
from app.settings import Settings, SettingsStore
from models.http import host_of, is_loopback
from models.server import ServerError, list_models, normalise_base_url, server_id
from ui.background import BackgroundTask

ConfirmHost = Callable[[QWidget, str, bool], bool]


def confirm_sending_to(parent: QWidget, host: str, encrypted: bool) -> bool:
    """Asked the first time posts would be written on `host`."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(parent.tr("Use your organisation's model server?"))
    text = parent.tr(
        "From now on your story, notes and voice samples are sent to %1 to write the posts. "
        "They no longer stay only on this computer. Your drafts library stays on this computer."
    ).replace("%1", host)
    if not encrypted:
        text += "\n\n" + parent.tr("The connection is not encrypted (http://): others on the network could read it.")
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Yes).setText(parent.tr("Send to %1").replace("%1", host))
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box.exec() == QMessageBox.StandardButton.Yes


class ServerPanel(QWidget):
    backendChanged = Signal()  # preferences saved with another backend (GUI thread)
    modelsListed = Signal()  # a model listing ended, with models or a reason (GUI thread)

    def __init__(
        self,
        paths: AppPaths,
        store: SettingsStore,
        settings: Settings,
        *,
        secrets: SecretStore | None = None,
        confirm_host: ConfirmHost = confirm_sending_to,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._paths, self._store, self._settings = paths, store, settings
        self._secrets = secrets or SecretStore.for_paths(paths)
        self._confirm_host = confirm_host
        self._task: BackgroundTask | None = None
        prefs = ModelPreferences.of(settings)

        self.local_choice = QRadioButton(self.tr("On this computer (offline; nothing leaves it)"))
        self.server_choice = QRadioButton(self.tr("On my organisation's model server"))
        group = QButtonGroup(self)
        group.addButton(self.local_choice)
        group.addButton(self.server_choice)
        (self.server_choice if prefs.backend == "server" else self.local_choice).setChecked(True)

        self.url_edit = QLineEdit(prefs.server_base_url)
        self.url_edit.setPlaceholderText("https://llm.example.com/v1")
        self.url_edit.setAccessibleName(self.tr("Server address"))
        self.key_edit = QLineEdit()
        self.key_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.key_edit.setAccessibleName(self.tr("API key"))
        self.key_edit.setPlaceholderText(self.tr("optional; kept in the system keyring"))
        if prefs.server_base_url and self._stored_key(prefs.server_base_url):
            self.key_edit.setPlaceholderText(self.tr("a key is stored in the keyring (type to replace it)"))
        self.model_combo = QComboBox()
        self.model_combo.setEditable(True)
        self.model_combo.setAccessibleName(self.tr("Model on the server"))
        if prefs.server_model:
            self.model_combo.addItem(prefs.server_model)
        self.list_button = QPushButton(self.tr("Connect and list models"))
        self.list_button.clicked.connect(self.list_server_models)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setObjectName("Hint")
        self.apply_button = QPushButton(self.tr("Use this choice"))
        self.apply_button.setObjectName("PrimaryButton")
        self.apply_button.clicked.connect(self.apply)

        form = QFormLayout()
        form.addRow(self.tr("Server address"), self.url_edit)
        form.addRow(self.tr("API key"), self.key_edit)
        row = QHBoxLayout()
        row.addWidget(self.model_combo, 1)
        row.addWidget(self.list_button)
        form.addRow(self.tr("Model"), row)
        self.server_fields = QWidget()
        self.server_fields.setLayout(form)
        self.server_choice.toggled.connect(self.server_fields.setEnabled)
        self.server_fields.setEnabled(self.server_choice.isChecked())
        intro = QLabel(self.tr(
            "Where should OwnVoice write your posts? On this computer nothing is sent anywhere. "
            "Your organisation's server (vLLM, Ollama, a llama.cpp server or any OpenAI-compatible "
            "service) can run bigger models; your story is then sent to it."
        ))  # fmt: skip
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.local_choice)
        layout.addWidget(self.server_choice)
        layout.addWidget(self.server_fields)
        layout.addWidget(self.status)
        layout.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.apply_button)
        layout.addLayout(buttons)

    # ---------------------------------------------------------------- actions

    def base_url(self) -> str:
        """The address as the backend will use it. Raises ServerError."""
        return normalise_base_url(self.url_edit.text())

    def api_key(self, base_url: str) -> str:
        return self.key_edit.text().strip() or self._stored_key(base_url)

    def _stored_key(self, base_url: str) -> str:
        try:
            return server_api_key(self._paths, base_url, self._secrets)
        except ServerError:
            return ""

    def list_server_models(self) -> None:
        try:
            base_url = self.base_url()
        except ServerError as exc:
            self._show_status(str(exc))
            self.modelsListed.emit()
            return
        key = self.api_key(base_url)
        self.list_button.setEnabled(False)
        self._show_status(self.tr("Connecting to %1…").replace("%1", host_of(base_url)))
        self._task = BackgroundTask(lambda: list_models(base_url, key), "list-server-models", self)
        self._task.succeeded.connect(self._on_models)
        self._task.failed.connect(self._on_list_failed)
        self._task.start()

    def _on_models(self, ids: object) -> None:
        self.list_button.setEnabled(True)
        names = [str(i) for i in ids] if isinstance(ids, list) else []
        current = self.model_combo.currentText()
        self.model_combo.clear()
        self.model_combo.addItems(names)
        if current in names:
            self.model_combo.setCurrentText(current)
        self._show_status(
            self.tr("The server offers %n model(s).", "", len(names)) if names else self.tr("The server offers no models.")
        )
        self.modelsListed.emit()

    def _on_list_failed(self, error: object) -> None:
        self.list_button.setEnabled(True)
        self._show_status(str(error) if isinstance(error, ServerError) else self.tr("Listing failed: %1").replace("%1", str(error)))
        self.modelsListed.emit()

    def apply(self) -> bool:
        """Save the choice. False (with the reason shown) when it cannot be used yet."""
        prefs = ModelPreferences.of(self._settings)
        if self.local_choice.isChecked():
            changed = prefs.backend != "local"
            prefs.backend = "local"
        else:
            try:
                base_url = self.base_url()
            except ServerError as exc:
                self._show_status(str(exc))
                return False
            model = self.model_combo.currentText().strip()
            if not model:
                self._show_status(self.tr("Choose the model on the server (Connect and list models)."))
                return False
            host = host_of(base_url)
            encrypted = base_url.startswith("https://") or is_loopback(host)
            if not prefs.host_confirmed(host):
                if not self._confirm_host(self, host, encrypted):
                    self._show_status(self.tr("Nothing changed: posts are still written on this computer."))
                    return False
                prefs.confirm_host(host)
            key = self.key_edit.text().strip()
            if key:
                try:
                    self._secrets.set_api_key(server_id(base_url), key)
                except SecretStoreUnavailableError as exc:
                    self._show_status(self.tr("The API key could not be stored: %1 OwnVoice never writes keys to a file.").replace("%1", str(exc)))
                    return False
                self.key_edit.clear()
            changed = (prefs.backend, prefs.server_base_url, prefs.server_model) != ("server", base_url, model)
            prefs.backend, prefs.server_base_url, prefs.server_model = "server", base_url, model
        prefs.store_in(self._settings)
        try:
            self._store.save(self._settings)
        except OSError as exc:
            self._show_status(self.tr("Your choice could not be saved (%1).").replace("%1", exc.strerror or str(exc)))
            return False
        self._show_status(self.tr("Saved."))
        if changed:
            self.backendChanged.emit()
        return True

    def _show_status(self, text: str) -> None:
        self.status.setText(text)
