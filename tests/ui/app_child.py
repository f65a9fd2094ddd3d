"""Run by the robustness tests: the real `ownvoice` entry point, steered by environment variables.

Every dialog is printed to standard output as `dialog {json}` and answered: a message box by
clicking the button named in OWNVOICE_TEST_ANSWER (else it is dismissed), the native-crash
dialog by pressing "Copy report" (the clipboard is printed as `clipboard {json}`).

OWNVOICE_TEST_PASSPHRASE  the passphrase typed whenever one is asked (no keyring is used)
OWNVOICE_TEST_FAIL_AT     make one start-up step raise: window, unlock, purge, purge-library, attach, start
OWNVOICE_TEST_ACTION      once the model is ready: quit (default), crash, wait, edit-and-wait, qt-warning,
                          full-round (story, notes, guidelines, generate, edit, keep, history, copy, export)
OWNVOICE_TEST_REPLY, _EDIT, _NOTES, _GUIDELINES, _EXPORT  what the model writes, the user's edit, notes,
                          guidelines (TOML) and the export file the user chooses, for full-round
OWNVOICE_TEST_STORY       the story to put in the window before the action
The model is models.fake.ScriptedBackend: fast, and the same on every machine.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ENV = os.environ


def say(kind: str, data: object) -> None:
    print(f"{kind} {json.dumps(data, ensure_ascii=False)}", flush=True)


def patch_dialogs() -> None:
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtWidgets import QDialog, QMessageBox

    from ui.crash import NativeCrashDialog
    from ui.drafts_view import DraftsDialog
    from ui.history_dialog import HistoryDialog

    def message_box_exec(box: QMessageBox) -> int:
        buttons = [button.text() for button in box.buttons()]
        say("dialog", {"title": box.windowTitle(), "text": box.text(), "informative": box.informativeText(), "buttons": buttons})
        for button in box.buttons():
            if button.text() == ENV.get("OWNVOICE_TEST_ANSWER"):
                button.click()
                return 0
        return 0

    def dialog_exec(dialog: QDialog) -> int:
        data: dict[str, object] = {"title": dialog.windowTitle(), "class": type(dialog).__name__}
        if isinstance(dialog, HistoryDialog):
            dialog.restore_selected()  # the user's own earlier version becomes the card's text again
        if isinstance(dialog, DraftsDialog) and ENV.get("OWNVOICE_TEST_EXPORT"):
            export = Path(ENV["OWNVOICE_TEST_EXPORT"])
            dialog._save_path = lambda *_args: export  # the file the user chose
            data["exported"] = [str(dialog.export_drafts("json", selected_only=False))]
            dialog._save_path = lambda *_args: export.with_suffix(".md")
            data["exported"].append(str(dialog.export_drafts("md", selected_only=False)))  # type: ignore[attr-defined]
        if isinstance(dialog, NativeCrashDialog):
            data["text"] = dialog.explanation.text()
            dialog.copy_button.click()
            clipboard = QGuiApplication.clipboard()
            say("clipboard", clipboard.text() if clipboard is not None else "")
        say("dialog", data)
        return 0

    QMessageBox.exec = message_box_exec  # type: ignore[method-assign,assignment]
    QDialog.exec = dialog_exec  # type: ignore[method-assign,assignment]


def patch_model_and_keyring() -> None:
    import keyring
    from keyring.backends import fail

    import ui.backend
    import ui.library_unlock
    from models.fake import ScriptedBackend

    keyring.set_keyring(fail.Keyring())
    reply = ENV.get("OWNVOICE_TEST_REPLY", "A scripted post about the plant.")
    # The app builds its backend through make_chosen_backend (local engine or organisation server).
    ui.backend.make_chosen_backend = lambda model, paths: ScriptedBackend(  # type: ignore[assignment]
        replies=[reply] * 20, name="Scripted test model"
    )
    passphrase = ENV.get("OWNVOICE_TEST_PASSPHRASE")
    ui.library_unlock.ask_with_dialog = lambda parent: (lambda request: passphrase)  # type: ignore[assignment]


def inject_failure(step: str) -> None:
    from app.library import LibraryWriteError, WriteFailure
    from app.library.repository import Library
    from ui.main_window import MainWindow

    def boom(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError(f"injected failure at {step}")

    def full_disk(*_args: object, **_kwargs: object) -> None:
        raise LibraryWriteError("Could not save: the disk is full.", WriteFailure.DISK_FULL, "the disk is full")

    if step == "window":  # inside MainWindow.__init__, after its worker thread started
        MainWindow._restore_size = boom  # type: ignore[method-assign]
    elif step == "unlock":
        import ui.library_unlock

        ui.library_unlock.unlock_library = boom  # type: ignore[assignment]
    elif step == "purge":
        Library.purge_deleted = boom  # type: ignore[method-assign,assignment]
    elif step == "purge-library":
        Library.purge_deleted = full_disk  # type: ignore[method-assign,assignment]
    elif step == "attach":
        MainWindow.attach_library = boom  # type: ignore[method-assign,assignment]
    elif step == "start":
        MainWindow.start = boom  # type: ignore[method-assign]


def act_when_ready(action: str) -> None:
    import faulthandler

    from PySide6.QtCore import QTimer, qWarning
    from PySide6.QtWidgets import QApplication

    from app.options import PostOptions

    app = QApplication.instance()
    assert app is not None

    def window() -> object | None:
        found = [w for w in app.topLevelWidgets() if w.objectName() == "MainWindow" and w.isVisible()]
        return found[0] if found else None

    def edited(main: object) -> None:
        card = main.cards_area.cards[0]  # type: ignore[attr-defined]
        card.editor.setPlainText("Edited by hand just before the signal.")
        say("state", "edited")

    def full_round(main: object) -> None:
        """Story, notes and guidelines in; generate; edit, keep, history, copy, export; close."""
        from app.checks import parse_guidelines
        from app.options import PersonalNotes

        main.prefs.set_guidelines(parse_guidelines(ENV["OWNVOICE_TEST_GUIDELINES"]))  # type: ignore[attr-defined]
        notes = PersonalNotes(detail=ENV["OWNVOICE_TEST_NOTES"])
        main.angle_panel.set_post_options(PostOptions(tone="warm", angles=("team", "learned"), notes=notes))  # type: ignore[attr-defined]

        def after_generating(_cancelled: bool) -> None:
            card = main.cards_area.cards[0]  # type: ignore[attr-defined]
            card.editor.setPlainText(ENV["OWNVOICE_TEST_EDIT"])
            main.controller.keep_card(card.card_id)  # type: ignore[attr-defined]
            main.library.show_history(card.card_id)  # type: ignore[attr-defined]
            main.run_copy_box = lambda _box: 0  # type: ignore[attr-defined]
            main.controller.copy_card(card.card_id)  # type: ignore[attr-defined]
            main.show_drafts()  # type: ignore[attr-defined]
            say("state", "round done")
            QTimer.singleShot(1500, main.close)  # type: ignore[attr-defined]  # after the checks and autosave

        main.jobDone.connect(lambda cancelled: QTimer.singleShot(0, lambda: after_generating(cancelled)))  # type: ignore[attr-defined]
        main.generate()  # type: ignore[attr-defined]

    def check() -> None:
        main = window()
        if main is None or getattr(main, "state", "") != "ready":
            QTimer.singleShot(50, check)
            return
        say("ready", {"banner": main.banner.text if main.banner.isVisible() else "", "library": main.library_label.text()})  # type: ignore[attr-defined]
        if ENV.get("OWNVOICE_TEST_STORY"):
            main.story_editor.setPlainText(ENV["OWNVOICE_TEST_STORY"])  # type: ignore[attr-defined]
        if action == "crash":
            QTimer.singleShot(200, faulthandler._sigsegv)
        elif action == "wait":
            say("state", "waiting")
        elif action == "edit-and-wait":
            main.angle_panel.set_post_options(PostOptions(tone="warm", angles=("team",)))  # type: ignore[attr-defined]
            main.jobDone.connect(lambda _cancelled: QTimer.singleShot(0, lambda: edited(main)))  # type: ignore[attr-defined]
            main.generate()  # type: ignore[attr-defined]
        elif action == "full-round":
            full_round(main)
        elif action == "qt-warning":
            qWarning("a warning from Qt itself, for the log")
            main.close()  # type: ignore[attr-defined]
        else:
            main.close()  # type: ignore[attr-defined]

    QTimer.singleShot(50, check)
    QTimer.singleShot(60_000, app.quit)  # never hang a test run


def main() -> int:
    from PySide6.QtWidgets import QApplication

    patch_dialogs()
    patch_model_and_keyring()
    if ENV.get("OWNVOICE_TEST_FAIL_AT"):
        inject_failure(ENV["OWNVOICE_TEST_FAIL_AT"])
    original_exec = QApplication.exec

    def exec_with_action(app: QApplication) -> int:
        act_when_ready(ENV.get("OWNVOICE_TEST_ACTION", "quit"))
        return original_exec()

    QApplication.exec = exec_with_action  # type: ignore[method-assign,assignment]
    from ui.main import main as app_main

    return app_main(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
