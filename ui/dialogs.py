"""Small dialogs: keyboard shortcuts, the LinkedIn profile shown in the preview, company guidelines, About."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.checks import Guidelines


class ShortcutsDialog(QDialog):
    """Lists every action that has a shortcut, read from the actions themselves."""

    def __init__(self, actions: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = [(a.text().replace("&", ""), a.shortcut().toString()) for a in actions if not a.shortcut().isEmpty()]
        table = QTableWidget(len(rows), 2)
        table.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.setAccessibleName(self.tr("Keyboard shortcuts"))
        for row, (name, keys) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(name))
            table.setItem(row, 1, QTableWidgetItem(keys))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        note = QLabel(self.tr("Tab and Shift+Tab move between fields; Space toggles an angle; Enter presses a button."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(table)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.table = table
        self.resize(480, 420)


class ProfileDialog(QDialog):
    """The name and headline the LinkedIn preview shows. Stored only on this computer."""

    def __init__(self, display_name: str, headline: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your LinkedIn profile"))
        self.name_edit = QLineEdit(display_name)
        self.name_edit.setAccessibleName(self.tr("Display name"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Sam de Jong"))
        self.headline_edit = QLineEdit(headline)
        self.headline_edit.setAccessibleName(self.tr("Headline"))
        self.headline_edit.setPlaceholderText(self.tr("e.g. Production engineer at Northwind Energy"))
        form = QFormLayout()
        form.addRow(self.tr("Display name"), self.name_edit)
        form.addRow(self.tr("Headline"), self.headline_edit)
        note = QLabel(self.tr("Used only for the preview. OwnVoice never connects to LinkedIn."))
        note.setObjectName("Hint")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def values(self) -> tuple[str, str]:
        return self.name_edit.text().strip(), self.headline_edit.text().strip()


def guidelines_dialog(
    guidelines: Guidelines | None, on_change: Callable[[Guidelines | None], None], parent: QWidget | None = None
) -> QDialog:
    """The company guidelines in a dialog: import, see, remove (each change goes to `on_change`)."""
    from ui.guidelines_panel import GuidelinesBox

    dialog = QDialog(parent)
    dialog.setWindowTitle(dialog.tr("Company guidelines"))
    box = GuidelinesBox(guidelines, dialog)
    box.guidelinesChanged.connect(on_change)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(box)
    layout.addWidget(buttons)
    dialog.resize(520, 420)
    return dialog


def about_text(widget: QWidget) -> str:
    return widget.tr(
        "<h3>OwnVoice</h3>"
        "<p>Turn company news into LinkedIn posts in your own voice.</p>"
        "<p>Everything runs on this computer: the model, your drafts and your settings. "
        "OwnVoice never posts anything for you.</p>"
    )

