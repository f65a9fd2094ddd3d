"""Company guidelines in the settings: import a TOML file, see its rules, remove it.

Reading and validating the file is `app.checks.load_guidelines`; a bad file's message (naming
the file and the line) shows inline, and the guidelines in use stay as they were.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.checks import load_guidelines
from app.story_io import InputError
from ui.banner import MessageBanner
from ui.domain_text import error_text

if TYPE_CHECKING:
    from app.checks import Guidelines


class GuidelinesBox(QWidget):
    """Shows the imported guidelines, with "Import…" and "Remove".

    `guidelinesChanged(Guidelines | None)` is emitted when the user imports or removes a file,
    not by `set_guidelines` (which only shows what the caller already has, e.g. from settings).
    """

    guidelinesChanged = Signal(object)  # noqa: N815 (Qt signal naming)

    def __init__(self, guidelines: Guidelines | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Company guidelines"))
        self._guidelines: Guidelines | None = None

        title = QLabel(self.tr("Company guidelines"))
        title.setObjectName("SectionTitle")
        self.rules_label = QLabel()
        self.rules_label.setTextFormat(Qt.TextFormat.PlainText)  # the rules quote the file
        self.rules_label.setWordWrap(True)
        self.rules_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rules_label.setAccessibleName(self.tr("Guideline rules"))
        self.error_banner = MessageBanner(self)
        note = QLabel(self.tr("A draft that breaks a rule gets a hint on its card. Nothing is ever blocked or sent."))
        note.setObjectName("Hint")
        note.setWordWrap(True)

        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setObjectName("SecondaryButton")
        self.import_button.setToolTip(self.tr("Open a guidelines file (.toml) from your company"))
        self.import_button.setAccessibleName(self.tr("Import guidelines file"))
        self.import_button.clicked.connect(self._choose_file)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("SecondaryButton")
        self.remove_button.setToolTip(self.tr("Stop checking drafts against these guidelines"))
        self.remove_button.setAccessibleName(self.tr("Remove guidelines"))
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.import_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(title)
        layout.addWidget(self.rules_label)
        layout.addWidget(self.error_banner)
        layout.addWidget(note)
        layout.addLayout(buttons)
        self.set_guidelines(guidelines)

    def guidelines(self) -> Guidelines | None:
        return self._guidelines

    def set_guidelines(self, guidelines: Guidelines | None) -> None:
        """Show these guidelines (None: none imported). Does not emit `guidelinesChanged`."""
        self._guidelines = guidelines
        if guidelines is None:
            text = self.tr("None imported. If your company has a guidelines file, import it here.")
        else:
            rules = guidelines.summary() or [self.tr("The file sets no rules.")]
            heading = guidelines.name or self.tr("Imported guidelines")
            text = "\n".join([heading] + [f"\u2022 {rule}" for rule in rules])
        self.rules_label.setText(text)
        self.remove_button.setEnabled(guidelines is not None)

    def import_file(self, path: Path) -> bool:
        """Load `path`; on success use it and emit, on a problem show it and keep the current rules."""
        try:
            guidelines = load_guidelines(path)
        except InputError as exc:  # GuidelinesError included: the message names the file and line
            self.error_banner.show_message(error_text(exc), "warning")
            return False
        self.error_banner.dismiss()
        self.set_guidelines(guidelines)
        self.guidelinesChanged.emit(guidelines)
        return True

    def remove(self) -> None:
        self.error_banner.dismiss()
        if self._guidelines is not None:
            self.set_guidelines(None)
            self.guidelinesChanged.emit(None)

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import company guidelines"), "", self.tr("Guidelines (*.toml);;All files (*)")
        )
        if name:
            self.import_file(Path(name))
