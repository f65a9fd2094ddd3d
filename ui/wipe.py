""""Delete all my data": say exactly what goes, make the user type DELETE, then remove it.

The confirmation and the report are injectable callables, so tests never block on a dialog.
The library is closed only after the user confirmed; a cancelled wipe changes nothing.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.library import LibraryError
from app.paths import AppPaths
from app.secrets import service_for
from app.wipe import WipeReport, delete_all_data

if TYPE_CHECKING:
    from app.secrets import SecretStore

# Red in both themes: the one button in the app that destroys data should look it.
DANGER_BUTTON_STYLE = (
    "QPushButton { background: #d11124; color: #ffffff; border: none; border-radius: 16px;"
    " padding: 7px 20px; font-weight: 600; }"
    "QPushButton:focus { border: 2px solid palette(text); }"
    "QPushButton:disabled { background: palette(mid); color: palette(window); }"
)


ConfirmWipe = Callable[[AppPaths], bool]  # shown what `paths` hold; True: go ahead
ShowWipeResult = Callable[[WipeReport], None]


def confirm_and_wipe(
    parent: QWidget | None,
    paths: AppPaths,
    close_library: Callable[[], None],
    confirm: ConfirmWipe | None = None,
    *,
    show_result: ShowWipeResult | None = None,
    secret_store: SecretStore | None = None,
) -> WipeReport | None:
    """None when the user cancelled (nothing was touched, the library is still open).

    Otherwise the library has been closed and the wipe attempted: the report lists what went
    and, in `problems`, anything that could not be removed (also when another OwnVoice window
    holds the library, in which case nothing was deleted).
    """
    confirm = confirm or confirm_with_dialog(parent)
    show_result = show_result or show_result_in_message_box(parent)
    if not confirm(paths):
        return None
    close_library()
    try:
        report = delete_all_data(paths, secret_store=secret_store)
    except LibraryError as exc:  # another OwnVoice window has the library open
        report = WipeReport(removed_files=(), removed_secrets=(), problems=(str(exc),))
    show_result(report)
    return report


def confirm_with_dialog(parent: QWidget | None) -> ConfirmWipe:
    def confirm(paths: AppPaths) -> bool:
        return WipeConfirmDialog(paths, parent).exec() == QDialog.DialogCode.Accepted

    return confirm


def show_result_in_message_box(parent: QWidget | None) -> ShowWipeResult:
    def show(report: WipeReport) -> None:
        box = QMessageBox(parent)
        box.setWindowTitle(QCoreApplication.translate("Wipe", "Delete all my data"))
        if report.complete:
            box.setIcon(QMessageBox.Icon.Information)
            box.setText(QCoreApplication.translate("Wipe", "All your OwnVoice data has been deleted from this computer."))
            box.setInformativeText(QCoreApplication.translate("Wipe", "OwnVoice starts afresh: your drafts are no longer saved until you restart it."))
        else:
            box.setIcon(QMessageBox.Icon.Warning)
            box.setText(QCoreApplication.translate("Wipe", "Some of your data could not be deleted:"))
            box.setInformativeText("\n\n".join(report.problems))
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()

    return show


class WipeConfirmDialog(QDialog):
    """Lists what will be removed; the destructive button works only once DELETE is typed."""

    def __init__(self, paths: AppPaths, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WipeConfirmDialog")
        self.setWindowTitle(self.tr("Delete all my data"))
        self.setMinimumWidth(520)
        self.confirm_word = self.tr("DELETE")

        warning = QFrame()
        warning.setObjectName("Banner")
        warning.setProperty("level", "warning")
        warning_text = QLabel(self.tr("⚠️ This cannot be undone. Export your drafts first if you want to keep them."))
        warning_text.setWordWrap(True)
        QVBoxLayout(warning).addWidget(warning_text)
        title = QLabel(self.tr("Delete everything OwnVoice stored on this computer?"))
        title.setObjectName("SectionTitle")
        title.setWordWrap(True)
        self.details_label = QLabel(self._details_html(paths))
        self.details_label.setWordWrap(True)
        self.details_label.setTextFormat(Qt.TextFormat.RichText)
        self.details_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.confirm_edit = QLineEdit()
        self.confirm_edit.setAccessibleName(self.tr("Type %1 to confirm").replace("%1", self.confirm_word))
        self.confirm_edit.textChanged.connect(self._update_button)
        prompt = QLabel(self.tr("Type <b>%1</b> to confirm:").replace("%1", html.escape(self.confirm_word)))
        prompt.setBuddy(self.confirm_edit)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.delete_button = QPushButton(self.tr("Delete everything"))
        self.delete_button.setStyleSheet(DANGER_BUTTON_STYLE)
        self.delete_button.setAccessibleName(self.tr("Delete all my data"))
        buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        # No default button: Enter in the field means "delete" once the word is typed and does
        # nothing before; it can never land on a button by accident. Escape cancels.
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        for button in (self.delete_button, self.cancel_button):
            button.setAutoDefault(False)
        self.confirm_edit.returnPressed.connect(self.accept)
        self.delete_button.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(warning)
        layout.addWidget(self.details_label)
        layout.addWidget(prompt)
        layout.addWidget(self.confirm_edit)
        layout.addWidget(buttons)
        self._update_button()
        self.confirm_edit.setFocus()

    def _details_html(self, paths: AppPaths) -> str:
        removed = [
            self.tr("your drafts library, with every draft and its history: %1").replace("%1", _code(paths.library_file)),
            self.tr("the key to it in the system keyring (entry “%1”), if there is one").replace(
                "%1", html.escape(service_for(paths))
            ),
            self.tr("your settings: %1").replace("%1", _code(paths.settings_file)),
            self.tr("OwnVoice's logs in %1").replace("%1", _code(paths.log_dir)),
        ]
        kept = self.tr("Not touched: model files in %1 and files you exported.").replace("%1", _code(paths.models_dir))
        items = "".join(f"<li>{item}</li>" for item in removed)
        removes = self.tr("This removes:")
        return f"<p>{removes}</p><ul>{items}</ul><p>{kept}</p>"

    def _update_button(self) -> None:
        self.delete_button.setEnabled(self.confirm_edit.text().strip() == self.confirm_word)

    def accept(self) -> None:
        if self.delete_button.isEnabled():  # nothing may get round the typed word
            super().accept()


def _code(path: object) -> str:
    return f"<span style='font-family: monospace'>{html.escape(str(path))}</span>"
