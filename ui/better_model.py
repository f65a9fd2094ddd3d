"""The way to a better model than the starter: where to put a GGUF file, and which sizes fit here.

`open_better_model(parent, paths)` is the one function the window's buttons call; when the
model manager (ui/model_manager.py) lands, point it there.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from app.model_advice import GB, largest_fitting, size_advice, total_memory_bytes
from app.paths import AppPaths


def open_better_model(parent: QWidget | None, paths: AppPaths) -> None:
    BetterModelDialog(paths, total_memory_bytes(), parent).exec()


class BetterModelDialog(QDialog):
    def __init__(self, paths: AppPaths, memory_bytes: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.paths = paths
        self.setWindowTitle(self.tr("Get a better model"))
        self.setObjectName("BetterModelDialog")
        intro = QLabel(
            self.tr(
                "OwnVoice writes with a model file on this computer (GGUF format). The starter model is a tiny "
                "demo. Any instruction-tuned GGUF model (its name says “Instruct” or “chat”) writes far better; "
                "Q4_K_M files are a good balance of size and quality."
            )
        )
        intro.setWordWrap(True)
        steps = QLabel(
            self.tr(
                "1. Download a .gguf model file (for example from the model's page on Hugging Face).\n"
                "2. Put it in your models folder: %1\n"
                "3. Choose it under Model in the menu bar."
            ).replace("%1", str(paths.models_dir))
        )
        steps.setWordWrap(True)
        steps.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sizes_label = QLabel(self.sizes_html(memory_bytes))
        self.sizes_label.setTextFormat(Qt.TextFormat.RichText)
        self.sizes_label.setWordWrap(True)
        self.sizes_label.setAccessibleName(self.tr("Model sizes for this computer"))
        self.open_button = QPushButton(self.tr("Open folder"))
        self.open_button.setAccessibleName(self.tr("Open my models folder"))
        self.open_button.clicked.connect(self.open_folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, steps, self.sizes_label):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def sizes_html(self, memory_bytes: int | None) -> str:
        if memory_bytes is None:
            head = self.tr("OwnVoice could not read how much memory this computer has.")
        else:
            head = self.tr("This computer has %1 GB of memory.").replace("%1", f"{memory_bytes / GB:.0f}")
            best = largest_fitting(memory_bytes)
            if best is not None:
                head += " " + self.tr("Models up to %1 parameters fit well.").replace("%1", best.parameters)
            else:
                head += " " + self.tr("Even small models will be tight; close other programs while writing.")
        rows = []
        for item in size_advice(memory_bytes):
            mark = "✓" if item.fits else "✗"
            fits = self.tr("fits") if item.fits else self.tr("too big here")
            rows.append(
                f"<tr><td>{mark}</td><td><b>{html.escape(item.size.parameters)}</b></td>"
                f"<td>{self.tr('about %1 GB file').replace('%1', f'{item.size.file_gb:g}')}</td>"
                f"<td>{html.escape(fits)}</td><td>{html.escape(item.size.note)}</td></tr>"
            )
        return f"<p>{html.escape(head)}</p><table cellspacing='6'>{''.join(rows)}</table>"

    def open_folder(self) -> None:
        self.paths.models_dir.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths.models_dir)))
