"""The way to a better model than the starter: the starter notice's button, the status bar's
"Get a better model" and Help → Get a better model all come here.

While the starter model is all this computer has, the one-click offer of the catalogue model
that fits this laptop best comes first (again, even after it was skipped once); otherwise the
model manager opens on its "Get models" tab, which also says what fits this computer and
where model files go.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QWidget

from app.model_preferences import ModelPreferences
from ui.first_run import only_the_starter_model, recommended_model
from ui.model_features import ModelFeatures
from ui.model_manager import ModelManagerDialog


def open_better_model(parent: QWidget, models: ModelFeatures, active_model: Path | None) -> None:
    prefs = ModelPreferences.of(models.settings)
    if only_the_starter_model(models.paths.models_dir, prefs) and recommended_model() is not None:
        models.offer_first_run(parent, again=True)
        return
    models.open_manager(parent, active_model, ModelManagerDialog.GET_TAB)
