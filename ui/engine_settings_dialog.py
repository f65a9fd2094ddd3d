"""Engine settings for one model: context, threads, temperature, top-p, max tokens, repeat
penalty and seed. Defaults come from the model and this computer (models/engine_settings.py);
"Reset to defaults" brings them back, and only changed values are stored."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.backends import engine_settings_for, model_header
from app.model_preferences import ModelPreferences
from models.catalog import display_path
from models.engine_settings import (
    CTX_MULTIPLE,
    MIN_CONTEXT,
    RELOAD_FIELDS,
    EngineSettings,
    limits_for,
    overrides_between,
    validate,
)


class EngineSettingsDialog(QDialog):
    """After Accepted: `overrides()` is what to store, `needs_reload` whether the engine must
    restart (context or threads changed)."""

    def __init__(self, model_path: Path, prefs: ModelPreferences, *, threads: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Engine settings"))
        info = model_header(model_path)
        self._limits = limits_for(info, os.cpu_count() or 1)
        self.defaults, current, _ = engine_settings_for(model_path, prefs, threads=threads, info=info)
        self._initial = current
        self.needs_reload = False

        self.context = QSpinBox()
        self.context.setRange(MIN_CONTEXT, self._limits.max_context)
        self.context.setSingleStep(CTX_MULTIPLE)
        self.context.setSuffix(self.tr(" tokens"))
        self.threads = QSpinBox()
        self.threads.setRange(0, self._limits.max_threads)
        self.threads.setSpecialValueText(self.tr("Automatic"))
        self.temperature = _double(0.0, 2.0, 0.05)
        self.top_p = _double(0.05, 1.0, 0.05)
        self.max_tokens = QSpinBox()
        self.max_tokens.setRange(0, 4096)
        self.max_tokens.setSingleStep(16)
        self.max_tokens.setSpecialValueText(self.tr("By post length"))
        self.repeat_penalty = _double(1.0, 2.0, 0.05)
        self.fixed_seed = QCheckBox(self.tr("Same seed every time"))
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.fixed_seed.toggled.connect(self.seed.setEnabled)

        form = QFormLayout()
        rows: list[tuple[str, QWidget, str]] = [
            (self.tr("Context window"), self.context, self.tr("How much text the model sees at once. Larger needs more memory.")),
            (self.tr("Threads"), self.threads, self.tr("Processor cores the model uses. 'Automatic' uses every core other programs leave free, and gives one back while they are busy.")),
            (self.tr("Temperature"), self.temperature, self.tr("Higher is more varied, lower is more predictable.")),
            (self.tr("Top-p"), self.top_p, self.tr("Only the most likely words that together reach this share are considered.")),
            (self.tr("Max tokens"), self.max_tokens, self.tr("The longest reply. 'By post length' follows short/medium/long.")),
            (self.tr("Repeat penalty"), self.repeat_penalty, self.tr("Above 1 discourages repeating the same words.")),
            (self.tr("Seed"), self.seed, self.tr("A fixed seed gives the same post for the same input.")),
        ]  # fmt: skip
        for label, widget, tip in rows:
            widget.setToolTip(tip)
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        form.addRow("", self.fixed_seed)
        title = QLabel(self.tr("Settings for %1").replace("%1", display_path(model_path.name)))
        title.setTextFormat(Qt.TextFormat.PlainText)
        self.problems = QLabel()
        self.problems.setObjectName("Hint")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        note = QLabel(self.tr("Changing the context window or threads restarts the model in the background."))
        note.setObjectName("Hint")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.reset_button = buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults)
        self.reset_button.setText(self.tr("Reset to defaults"))
        self.reset_button.clicked.connect(lambda: self.show_settings(self.defaults))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.problems)
        layout.addWidget(buttons)
        self.show_settings(current)

    def show_settings(self, settings: EngineSettings) -> None:
        self.context.setValue(settings.context)
        self.threads.setValue(settings.threads)
        self.temperature.setValue(settings.temperature)
        self.top_p.setValue(settings.top_p)
        self.max_tokens.setValue(settings.max_tokens)
        self.repeat_penalty.setValue(settings.repeat_penalty)
        self.fixed_seed.setChecked(settings.seed is not None)
        self.seed.setValue(settings.seed or 0)
        self.seed.setEnabled(settings.seed is not None)
        self.problems.clear()

    def chosen(self) -> EngineSettings:
        return EngineSettings(
            context=self.context.value(),
            threads=self.threads.value(),
            temperature=round(self.temperature.value(), 2),
            top_p=round(self.top_p.value(), 2),
            max_tokens=self.max_tokens.value(),
            repeat_penalty=round(self.repeat_penalty.value(), 2),
            seed=self.seed.value() if self.fixed_seed.isChecked() else None,
        )

    def overrides(self) -> dict[str, object]:
        return overrides_between(self.defaults, self.chosen())

    def accept(self) -> None:
        chosen = self.chosen()
        problems = validate(chosen, self._limits)
        if problems:
            self.problems.setText("\n".join(p.message for p in problems))
            return
        self.needs_reload = any(getattr(chosen, f) != getattr(self._initial, f) for f in RELOAD_FIELDS)
        super().accept()


def _double(low: float, high: float, step: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setSingleStep(step)
    box.setDecimals(2)
    return box
