"""Where OwnVoice keeps its files.

Everything goes through `AppPaths` so tests (and portable installs) can redirect it:
set OWNVOICE_HOME and every folder lives below it instead of the platform's folders.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "OwnVoice"
HOME_ENV = "OWNVOICE_HOME"


@dataclass(frozen=True)
class AppPaths:
    config_dir: Path
    data_dir: Path
    log_dir: Path
    cache_dir: Path

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @property
    def library_file(self) -> Path:
        return self.data_dir / "drafts.db"

    @property
    def models_dir(self) -> Path:
        """The user's own GGUF models: drop files here and they appear in the model list."""
        return self.data_dir / "models"

    @property
    def log_file(self) -> Path:
        return self.log_dir / "ownvoice.log"

    @property
    def engine_log_file(self) -> Path:
        return self.log_dir / "engine.log"

    @classmethod
    def under(cls, root: Path) -> AppPaths:
        return cls(
            config_dir=root / "config",
            data_dir=root / "data",
            log_dir=root / "logs",
            cache_dir=root / "cache",
        )


def default_paths(environ: Mapping[str, str] | None = None) -> AppPaths:
    env = os.environ if environ is None else environ
    home = env.get(HOME_ENV)
    if home:
        return AppPaths.under(Path(home))
    return AppPaths(
        config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
        cache_dir=Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
    )
