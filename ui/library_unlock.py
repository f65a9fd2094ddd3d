"""Opening the drafts library at start-up: the keyring key, or the user's passphrase.

`unlock_library` runs `open_library` and talks to the user only when it must: to choose a
passphrase (no keyring on this computer), to enter it, or to explain why the drafts cannot be
opened. It never writes to a library it could not unlock (the domain guarantees that), and a
wrong passphrase only ever leads to asking again. Both conversations are injectable callables,
so tests drive the flow without a blocking dialog.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app.library import (
    MIN_PASSPHRASE_LENGTH,
    Library,
    LibraryCorruptError,
    LibraryError,
    PassphraseRequiredError,
    WeakPassphraseError,
    WrongPassphraseError,
    open_library,
    set_aside_damaged_library,
)
from app.library.transfer import MAX_IMPORT_BYTES
from app.paths import AppPaths
from app.secrets import SecretStore
from app.story_io import InputError, read_text_file
from ui.banner import MessageBanner
from ui.library_damage import (
    AskAboutDamage,
    ChooseExport,
    DamageChoice,
    ask_about_damage_with_dialog,
    choose_export_with_dialog,
)


@dataclass(frozen=True)
class PassphraseRequest:
    """What the passphrase dialog needs to know.

    creating: the user chooses a new passphrase (ask twice) rather than entering the existing one.
    explanation: the domain's sentence saying why a passphrase is needed here.
    problem: what went wrong with the previous attempt ("" on the first ask).
    """

    creating: bool
    explanation: str
    problem: str = ""


AskPassphrase = Callable[[PassphraseRequest], "str | None"]  # None: the user cancelled
TellProblem = Callable[[str], None]


def unlock_library(
    parent: QWidget | None,
    paths: AppPaths,
    *,
    allow_read_only: bool = True,
    ask: AskPassphrase | None = None,
    tell: TellProblem | None = None,
    about_damage: AskAboutDamage | None = None,
    choose_export: ChooseExport | None = None,
    inform: TellProblem | None = None,
    secret_store: SecretStore | None = None,
) -> Library | None:
    """The open library, or None when it cannot (or, by the user's choice, will not) be opened.

    With allow_read_only, a library another OwnVoice window holds is opened read-only
    (`Library.read_only_reason` says why). None means the app runs on without saving drafts;
    the reason has been shown through `tell` unless the user cancelled the passphrase.

    Every page is checked before anything is written. A damaged library is explained through
    `about_damage`; the user may set it aside (kept, renamed) for a new one, optionally restored
    from an export chosen with `choose_export`. `inform` then says where the damaged file went.
    """
    ask = ask or ask_with_dialog(parent)
    tell = tell or tell_with_message_box(parent)
    about_damage = about_damage or ask_about_damage_with_dialog(parent)
    choose_export = choose_export or choose_export_with_dialog(parent)
    inform = inform or inform_with_message_box(parent)
    passphrase: str | None = None
    request: PassphraseRequest | None = None
    restore = False
    while True:
        try:
            library = _open_with_busy_cursor(paths, passphrase, allow_read_only, secret_store)
        except LibraryCorruptError as exc:
            choice = about_damage(exc)
            if choice is DamageChoice.CONTINUE:
                return None
            try:
                aside = set_aside_damaged_library(paths)
            except LibraryError as problem:
                tell(str(problem))
                return None
            restore = choice is DamageChoice.RESTORE
            inform(_set_aside_notice(aside.library_file))
            continue  # a passphrase typed for the old library protects the new one too
        except PassphraseRequiredError as exc:
            request = PassphraseRequest(creating=exc.creating, explanation=str(exc))
        except (WrongPassphraseError, WeakPassphraseError) as exc:
            if request is None:  # only a passphrase we asked for can be wrong or weak
                tell(str(exc))
                return None
            request = replace(request, problem=str(exc))
        except LibraryError as exc:
            tell(str(exc))
            return None
        else:
            if restore:
                _restore_from_export(library, choose_export, inform, tell)
            return library
        passphrase = ask(request)
        if passphrase is None:
            return None


def _set_aside_notice(aside: Path) -> str:
    text = QCoreApplication.translate(
        "unlock", "A new, empty drafts library was started. The damaged one was kept, renamed, as %1."
    )
    return text.replace("%1", str(aside))


def _restore_from_export(library: Library, choose: ChooseExport, inform: TellProblem, tell: TellProblem) -> None:
    """Import an export the user picks into the new library (nothing if they pick none)."""
    path = choose()
    if path is None:
        return
    try:
        report = library.import_json(read_text_file(path, "The export file", max_bytes=MAX_IMPORT_BYTES))
    except (InputError, LibraryError) as exc:
        tell(str(exc))
        return
    inform(report.summary())


def _open_with_busy_cursor(
    paths: AppPaths, passphrase: str | None, allow_read_only: bool, secret_store: SecretStore | None
) -> Library:
    # Deriving the key from a passphrase, and checking every page, take a noticeable moment.
    busy = QGuiApplication.instance() is not None
    if busy:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return open_library(
            paths, passphrase, allow_read_only=allow_read_only, secret_store=secret_store, verify=True
        )
    finally:
        if busy:
            QGuiApplication.restoreOverrideCursor()


def ask_with_dialog(parent: QWidget | None) -> AskPassphrase:
    """Asks with one `PassphraseDialog`, reused so a second try appears where the first was."""
    dialogs: list[PassphraseDialog] = []

    def ask(request: PassphraseRequest) -> str | None:
        if not dialogs:
            dialogs.append(PassphraseDialog(request, parent))
        dialog = dialogs[0]
        dialog.show_request(request)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.passphrase()

    return ask


def tell_with_message_box(parent: QWidget | None) -> TellProblem:
    def tell(message: str) -> None:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(box.tr("Your drafts cannot be opened"))
        box.setText(message)
        box.setInformativeText(
            box.tr("OwnVoice keeps working, but your drafts are not saved until this is solved.")
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()

    return tell


def inform_with_message_box(parent: QWidget | None) -> TellProblem:
    def inform(message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, box_title(), message, QMessageBox.StandardButton.Ok, parent)
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.exec()

    return inform


def box_title() -> str:
    return QCoreApplication.translate("unlock", "Your drafts")


class PassphraseDialog(QDialog):
    """Choose a new passphrase (typed twice) or enter the existing one.

    OK checks only what the dialog itself can see (a passphrase typed, both entries equal);
    the domain judges the passphrase and the caller shows its verdict with `show_request`.
    """

    def __init__(self, request: PassphraseRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PassphraseDialog")
        self.setMinimumWidth(460)

        self.title_label = QLabel()
        self.title_label.setObjectName("SectionTitle")
        self.explanation_label = QLabel()
        self.explanation_label.setWordWrap(True)
        self.explanation_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit.setAccessibleName(self.tr("Repeat the passphrase"))
        self.form = QFormLayout()
        self.form.addRow(self.tr("Passphrase"), self.passphrase_edit)
        self.form.addRow(self.tr("Repeat it"), self.repeat_edit)

        self.hint_label = QLabel()
        self.hint_label.setObjectName("Hint")
        self.hint_label.setWordWrap(True)
        self.hint_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.problem_banner = MessageBanner()

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setObjectName("PrimaryButton")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.title_label)
        layout.addWidget(self.explanation_label)
        layout.addLayout(self.form)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.problem_banner)
        layout.addStretch(1)  # spare height (wrapped labels ask for some) goes above the buttons
        layout.addWidget(self.buttons)
        self.show_request(request)

    @property
    def creating(self) -> bool:
        return self._request.creating

    def show_request(self, request: PassphraseRequest) -> None:
        """Set the dialog up for `request`; a problem from the last try is shown and the fields cleared."""
        self._request = request
        creating = request.creating
        self.setWindowTitle(self.tr("Protect your drafts") if creating else self.tr("Unlock your drafts"))
        self.title_label.setText(
            self.tr("Choose a passphrase for your drafts") if creating else self.tr("Enter your drafts passphrase")
        )
        self.explanation_label.setText(request.explanation)
        self.form.setRowVisible(self.repeat_edit, creating)
        if creating:
            self.hint_label.setText(
                self.tr("At least %1 characters. A few unrelated words are easy to remember and hard to guess.").replace(
                    "%1", str(MIN_PASSPHRASE_LENGTH)
                )
            )
            self.ok_button.setText(self.tr("Protect my drafts"))
            self.cancel_button.setText(self.tr("Continue without saving drafts"))
        else:
            self.hint_label.setText(self.tr("Capitals count. Nothing in the library changes until it opens."))
            self.ok_button.setText(self.tr("Unlock"))
            self.cancel_button.setText(self.tr("Continue without my drafts"))
        self.passphrase_edit.clear()
        self.repeat_edit.clear()
        self._show_problem(request.problem)
        self.passphrase_edit.setFocus()
        self.adjustSize()

    def passphrase(self) -> str:
        return self.passphrase_edit.text()

    @property
    def problem(self) -> str:
        """The message shown for the last try ("" when there is none)."""
        return self.problem_banner.text if self.problem_banner.isVisibleTo(self) else ""

    def accept(self) -> None:
        if not self.passphrase_edit.text():
            self._show_problem(self.tr("Please type your passphrase."))
            self.passphrase_edit.setFocus()
            return
        if self.creating and self.repeat_edit.text() != self.passphrase_edit.text():
            self._show_problem(self.tr("The two passphrases differ. Type the same passphrase in both fields."))
            self.repeat_edit.clear()
            self.repeat_edit.setFocus()
            return
        super().accept()

    def _show_problem(self, text: str) -> None:
        if text:
            self.problem_banner.show_message(text, "error")
        else:
            self.problem_banner.hide()
