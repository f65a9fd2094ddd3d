"""The dialog for a damaged drafts library: what is wrong, that the file was left untouched,
where it is, and the ways on (a new library with the damaged file kept aside, restored from an
export, or carrying on without saving drafts for now)."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from app.library import LibraryCorruptError


class DamageChoice(StrEnum):
    NEW_LIBRARY = "new"  # set the damaged file aside and start an empty library
    RESTORE = "restore"  # the same, then import an export into the new library
    CONTINUE = "continue"  # leave everything as it is; drafts are not saved this session


AskAboutDamage = Callable[[LibraryCorruptError], DamageChoice]
ChooseExport = Callable[[], "Path | None"]


class DamagedLibraryDialog(QMessageBox):
    """Explains the damage and offers the three ways on; `choice()` says which was taken."""

    def __init__(self, error: LibraryCorruptError, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DamagedLibraryDialog")
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Your drafts library is damaged"))
        location = str(error.path) if error.path else self.tr("(unknown)")
        detail = error.detail or str(error)
        self.setText(self.tr("OwnVoice cannot use your drafts library: %1.").replace("%1", detail))
        self.setInformativeText(
            self.tr(
                "OwnVoice has not changed the file. It is here:\n%1\n\n"
                "Start a new library to go on saving drafts: the damaged file is kept beside it under a "
                "new name, so nothing is deleted. If you exported your drafts (My drafts → Export → All drafts as JSON, or "
                "ownvoice-cli drafts export --format json), restore them into the new library."
            ).replace("%1", location)
        )
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.new_button = self._add(self.tr("Start a new library"), QMessageBox.ButtonRole.AcceptRole)
        self.restore_button = self._add(self.tr("Restore from an export…"), QMessageBox.ButtonRole.ActionRole)
        self.continue_button = self._add(self.tr("Continue without my drafts"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.new_button)
        self.setEscapeButton(self.continue_button)

    def _add(self, text: str, role: QMessageBox.ButtonRole) -> QPushButton:
        button = self.addButton(text, role)
        assert isinstance(button, QPushButton)
        return button

    def choice(self) -> DamageChoice:
        clicked = self.clickedButton()
        if clicked is self.new_button:
            return DamageChoice.NEW_LIBRARY
        if clicked is self.restore_button:
            return DamageChoice.RESTORE
        return DamageChoice.CONTINUE


def ask_about_damage_with_dialog(parent: QWidget | None) -> AskAboutDamage:
    def ask(error: LibraryCorruptError) -> DamageChoice:
        dialog = DamagedLibraryDialog(error, parent)
        dialog.exec()
        return dialog.choice()

    return ask


def choose_export_with_dialog(parent: QWidget | None) -> ChooseExport:
    def choose() -> Path | None:
        title = QCoreApplication.translate("DamagedLibraryDialog", "Restore drafts from an export")
        kinds = QCoreApplication.translate("DamagedLibraryDialog", "OwnVoice JSON export (*.json)")
        name, _ = QFileDialog.getOpenFileName(parent, title, str(Path.home()), kinds)
        return Path(name) if name else None

    return choose
