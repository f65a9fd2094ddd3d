"""User settings: a JSON file in the config dir, written atomically.

A corrupt or unreadable file never stops the app: it is moved aside (kept, not deleted),
defaults are used, and `LoadedSettings.warning` tells the user what happened.
Secrets never go here: they belong in the OS keyring (app/secrets.py).
"""

from __future__ import annotations

import dataclasses
import json
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.atomic import atomic_write_text
from app.data_files import load_json

SETTINGS_VERSION = 1
MAX_SETTINGS_BYTES = 1024 * 1024  # ours are about 1 KB; a larger file is not ours


@dataclass
class Settings:
    display_name: str = ""
    headline: str = ""
    tone: str = "warm"
    angles: list[str] = field(default_factory=lambda: ["learned", "team"])
    language: str = "en"
    length: str = "medium"
    model_path: str = ""  # empty: the bundled starter model
    theme: str = "system"  # system | light | dark
    unicode_styling: bool = True  # bold/italic as Unicode letters when copying for LinkedIn
    preview_mobile: bool = False
    window_geometry: str = ""  # Qt's saveGeometry(), base64
    window_state: str = ""
    ui_language: str = ""  # empty: follow the system
    text_zoom: int = 0  # text areas' size in steps from the system font size (ui/text_zoom.py)
    extra: dict[str, Any] = field(default_factory=dict)  # settings of later features, kept verbatim

    def to_json(self) -> str:
        data = dataclasses.asdict(self)
        data["version"] = SETTINGS_VERSION
        return json.dumps(data, indent=2, ensure_ascii=False, sort_keys=True) + "\n"

    @classmethod
    def from_mapping(cls, data: dict[str, Any]) -> Settings:
        """Build from parsed JSON, keeping defaults for missing or wrongly typed fields."""
        defaults = cls()
        values: dict[str, Any] = {}
        for f in dataclasses.fields(cls):
            if f.name not in data:
                continue
            value = data[f.name]
            default = getattr(defaults, f.name)
            if isinstance(default, bool):
                ok = isinstance(value, bool)
            elif isinstance(default, list):
                ok = isinstance(value, list) and all(isinstance(v, str) for v in value)
            else:
                ok = isinstance(value, type(default))
            if ok:
                values[f.name] = value
        return cls(**values)


@dataclass(frozen=True)
class LoadedSettings:
    settings: Settings
    warning: str | None = None  # a sentence for the user when the file could not be used


class SettingsStore:
    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> LoadedSettings:
        try:
            with self.path.open("rb") as handle:
                raw = handle.read(MAX_SETTINGS_BYTES + 1)
        except FileNotFoundError:
            return LoadedSettings(Settings())
        except OSError as exc:
            return LoadedSettings(
                Settings(),
                f"Could not read your settings ({exc.strerror}); using defaults for now.",
            )
        try:
            if len(raw) > MAX_SETTINGS_BYTES:
                raise ValueError(f"it is larger than {MAX_SETTINGS_BYTES // 1024} KB")
            data = load_json(raw.decode("utf-8"))
            if not isinstance(data, dict):
                raise ValueError("the file does not hold a settings object")
        except (UnicodeDecodeError, ValueError) as exc:
            kept = self._move_aside()
            where = f" The damaged file was kept as {kept.name}." if kept else ""
            return LoadedSettings(
                Settings(),
                f"Your settings file was damaged ({_short(exc)}), so defaults are used.{where}",
            )
        return LoadedSettings(Settings.from_mapping(data))

    def save(self, settings: Settings) -> None:
        """Write atomically. Raises OSError (disk full, read-only) with the old file intact."""
        atomic_write_text(self.path, settings.to_json())

    def _move_aside(self) -> Path | None:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        target = self.path.with_name(f"{self.path.name}.corrupt-{stamp}")
        try:
            self.path.replace(target)
        except OSError:
            return None
        return target


def _short(exc: Exception) -> str:
    text = str(exc)
    return text if len(text) < 120 else text[:117] + "…"
