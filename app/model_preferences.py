"""What the user chose about models, kept in settings.json under `extra["models"]`.

Folders they added, the backend in use (the local engine or their organisation's server),
the server's address and model, the hosts they confirmed sending text to, whether the
first-run offer was made, and engine settings per model. No secrets: the server's API key
lives in the keyring (app/secrets.py). A damaged or hand-edited section never stops the
app: wrong types fall back to defaults, field by field.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from app.settings import Settings

EXTRA_KEY = "models"
Backend = Literal["local", "server"]


@dataclass
class ModelPreferences:
    extra_folders: list[str] = field(default_factory=list)
    backend: Backend = "local"
    server_base_url: str = ""
    server_model: str = ""
    confirmed_hosts: list[str] = field(default_factory=list)  # text may be sent there
    first_run_offer_done: bool = False
    engine_settings: dict[str, dict[str, Any]] = field(default_factory=dict)  # model path -> overrides

    # ---------------------------------------------------------------- in Settings.extra

    @classmethod
    def of(cls, settings: Settings) -> ModelPreferences:
        raw = settings.extra.get(EXTRA_KEY)
        return cls.from_mapping(raw if isinstance(raw, dict) else {})

    def store_in(self, settings: Settings) -> None:
        settings.extra[EXTRA_KEY] = self.to_mapping()

    @classmethod
    def from_mapping(cls, data: dict[str, Any]) -> ModelPreferences:
        prefs = cls()
        folders = data.get("extra_folders")
        if isinstance(folders, list):
            prefs.extra_folders = [f for f in folders if isinstance(f, str) and f]
        if data.get("backend") in ("local", "server"):
            prefs.backend = data["backend"]
        for name in ("server_base_url", "server_model"):
            if isinstance(data.get(name), str):
                setattr(prefs, name, data[name])
        hosts = data.get("confirmed_hosts")
        if isinstance(hosts, list):
            prefs.confirmed_hosts = [h for h in hosts if isinstance(h, str)]
        if isinstance(data.get("first_run_offer_done"), bool):
            prefs.first_run_offer_done = data["first_run_offer_done"]
        per_model = data.get("engine_settings")
        if isinstance(per_model, dict):
            prefs.engine_settings = {
                key: dict(value) for key, value in per_model.items() if isinstance(key, str) and isinstance(value, dict)
            }
        return prefs

    def to_mapping(self) -> dict[str, Any]:
        return {
            "extra_folders": list(self.extra_folders),
            "backend": self.backend,
            "server_base_url": self.server_base_url,
            "server_model": self.server_model,
            "confirmed_hosts": list(self.confirmed_hosts),
            "first_run_offer_done": self.first_run_offer_done,
            "engine_settings": {k: dict(v) for k, v in self.engine_settings.items()},
        }

    # ---------------------------------------------------------------- helpers

    @property
    def uses_server(self) -> bool:
        """Posts are written on the organisation's server (chosen, with an address and a model)."""
        return self.backend == "server" and bool(self.server_base_url and self.server_model)

    @property
    def folders(self) -> list[Path]:
        return [Path(f) for f in self.extra_folders]

    def add_folder(self, folder: Path) -> bool:
        text = str(folder)
        if text in self.extra_folders:
            return False
        self.extra_folders.append(text)
        return True

    def remove_folder(self, folder: Path) -> None:
        self.extra_folders = [f for f in self.extra_folders if f != str(folder)]

    def overrides_for(self, model_path: Path | str) -> dict[str, Any]:
        return dict(self.engine_settings.get(str(model_path), {}))

    def set_overrides(self, model_path: Path | str, overrides: dict[str, Any]) -> None:
        if overrides:
            self.engine_settings[str(model_path)] = dict(overrides)
        else:
            self.engine_settings.pop(str(model_path), None)

    def host_confirmed(self, host: str) -> bool:
        return host.lower() in (h.lower() for h in self.confirmed_hosts)

    def confirm_host(self, host: str) -> None:
        if not self.host_confirmed(host):
            self.confirmed_hosts.append(host)


def read_model_preferences(settings_file: Path) -> ModelPreferences:
    """The preferences as saved now, for code outside the GUI thread. Unlike
    SettingsStore.load() it never moves a damaged file aside: it just uses defaults."""
    try:
        data = json.loads(settings_file.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return ModelPreferences()
    extra = data.get("extra") if isinstance(data, dict) else None
    section = extra.get(EXTRA_KEY) if isinstance(extra, dict) else None
    return ModelPreferences.from_mapping(section if isinstance(section, dict) else {})
