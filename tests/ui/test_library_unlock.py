"""Start-up unlock flow: choosing and entering a passphrase, wrong ones, busy and broken libraries."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from app.library import Library, LibraryCorruptError, UnlockMethod, library_exists, open_library
from app.library.schema import CURRENT_VERSION
from app.paths import AppPaths
from app.secrets import SecretStore
from tests.app.library.damaging import PAGE, fill_library, zero_bytes
from tests.app.library.helpers import OPTIONS, PASSPHRASE, digest, raw_connect
from tests.app.test_secrets import DictKeyring
from tests.library_fixtures import clock, library, no_keyring  # noqa: F401 - fixtures
from ui.library_damage import DamageChoice, DamagedLibraryDialog
from ui.library_unlock import PassphraseDialog, PassphraseRequest, unlock_library


class Conversation:
    """Plays the user: answers each passphrase question from a script, remembers what it was told."""

    def __init__(self, *answers: str | None) -> None:
        self.answers = list(answers)
        self.requests: list[PassphraseRequest] = []
        self.told: list[str] = []

    def ask(self, request: PassphraseRequest) -> str | None:
        self.requests.append(request)
        return self.answers.pop(0) if self.answers else None

    def tell(self, message: str) -> None:
        self.told.append(message)


def unlock(
    paths: AppPaths, talk: Conversation, store: SecretStore, *, allow_read_only: bool = True
) -> Library | None:
    return unlock_library(
        None, paths, allow_read_only=allow_read_only, ask=talk.ask, tell=talk.tell, secret_store=store
    )


def make_library(paths: AppPaths, store: SecretStore) -> None:
    with open_library(paths, PASSPHRASE, secret_store=store) as lib:
        lib.create_draft("Our Rotterdam line ships its first crate", OPTIONS, posts={"learned": "A crate is heavy."})


def test_first_start_without_a_keyring_asks_to_choose_a_passphrase_and_explains_why(
    ownvoice_home: AppPaths, no_keyring: SecretStore
) -> None:
    talk = Conversation(PASSPHRASE)

    lib = unlock(ownvoice_home, talk, no_keyring)

    assert lib is not None
    with lib:
        assert lib.unlock_method is UnlockMethod.PASSPHRASE and not lib.read_only
    [request] = talk.requests
    assert request.creating and request.problem == ""
    assert "no system keyring" in request.explanation and "Nobody can recover it" in request.explanation
    with open_library(ownvoice_home, PASSPHRASE, secret_store=no_keyring) as reopened:
        assert reopened.list_drafts() == []


def test_cancelling_the_first_passphrase_creates_nothing(ownvoice_home: AppPaths, no_keyring: SecretStore) -> None:
    talk = Conversation(None)

    assert unlock(ownvoice_home, talk, no_keyring) is None
    assert not library_exists(ownvoice_home.library_file)
    assert talk.told == []  # the user chose this; the window's banner says drafts are not saved


def test_a_too_short_new_passphrase_is_refused_with_the_domains_reason_and_asked_again(
    ownvoice_home: AppPaths, no_keyring: SecretStore
) -> None:
    talk = Conversation("short", PASSPHRASE)

    lib = unlock(ownvoice_home, talk, no_keyring)

    assert lib is not None
    lib.close()
    assert [r.creating for r in talk.requests] == [True, True]
    assert "at least 8 characters" in talk.requests[1].problem


def typing_into_dialog(qtbot: QtBot, entries: list[tuple[str, str]], problems: list[str]) -> Callable[..., str | None]:
    """An `ask` that types into the real dialog and presses its OK button, as a user would."""

    def ask(request: PassphraseRequest) -> str | None:
        dialog = PassphraseDialog(request)
        qtbot.addWidget(dialog)
        dialog.show()
        first, second = entries.pop(0)
        qtbot.keyClicks(dialog.passphrase_edit, first)
        if dialog.repeat_edit.isVisible():
            qtbot.keyClicks(dialog.repeat_edit, second)
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
        problems.append(dialog.problem)
        accepted = dialog.result() == QDialog.DialogCode.Accepted
        dialog.close()
        return dialog.passphrase() if accepted else None

    return ask


def test_creating_a_passphrase_with_two_different_entries_is_refused(
    qtbot: QtBot, ownvoice_home: AppPaths, no_keyring: SecretStore
) -> None:
    problems: list[str] = []
    ask = typing_into_dialog(qtbot, [(PASSPHRASE, PASSPHRASE + "!")], problems)

    lib = unlock_library(None, ownvoice_home, ask=ask, tell=pytest.fail, secret_store=no_keyring)

    assert lib is None
    assert "differ" in problems[0]
    assert not library_exists(ownvoice_home.library_file)


def test_the_same_passphrase_twice_creates_the_library(
    qtbot: QtBot, ownvoice_home: AppPaths, no_keyring: SecretStore
) -> None:
    problems: list[str] = []
    ask = typing_into_dialog(qtbot, [(PASSPHRASE, PASSPHRASE)], problems)

    lib = unlock_library(None, ownvoice_home, ask=ask, tell=pytest.fail, secret_store=no_keyring)

    assert lib is not None and problems == [""]
    lib.close()
    assert library_exists(ownvoice_home.library_file)


def test_a_wrong_passphrase_leaves_the_database_bytes_alone_and_asks_again_with_the_reason(
    ownvoice_home: AppPaths, no_keyring: SecretStore
) -> None:
    make_library(ownvoice_home, no_keyring)
    db_file = ownvoice_home.library_file
    before = digest(db_file), db_file.stat().st_mtime_ns
    talk = Conversation("not my passphrase", None)

    assert unlock(ownvoice_home, talk, no_keyring) is None

    assert [r.creating for r in talk.requests] == [False, False]
    assert talk.requests[0].problem == ""
    assert "does not open your drafts library" in talk.requests[1].problem
    assert (digest(db_file), db_file.stat().st_mtime_ns) == before
    assert not db_file.with_name(db_file.name + "-wal").exists()


def test_the_dialog_shows_the_last_problem_and_asks_only_once_when_unlocking(qtbot: QtBot) -> None:
    message = "That passphrase does not open your drafts library."
    dialog = PassphraseDialog(PassphraseRequest(creating=False, explanation="Enter it.", problem=message))
    qtbot.addWidget(dialog)
    dialog.show()

    assert dialog.problem == message
    assert not dialog.repeat_edit.isVisible()
    assert dialog.passphrase_edit.text() == "" and dialog.focusWidget() is dialog.passphrase_edit

    dialog.show_request(PassphraseRequest(creating=False, explanation="Enter it."))
    assert dialog.problem == ""


def test_the_right_passphrase_after_a_wrong_one_opens_the_drafts(ownvoice_home: AppPaths, no_keyring: SecretStore) -> None:
    make_library(ownvoice_home, no_keyring)
    talk = Conversation("not my passphrase", PASSPHRASE)

    lib = unlock(ownvoice_home, talk, no_keyring)

    assert lib is not None
    with lib:
        assert [d.title for d in lib.list_drafts()] == ["Our Rotterdam line ships its first crate"]


def test_a_library_open_in_another_window_opens_read_only_with_the_reason(
    ownvoice_home: AppPaths, no_keyring: SecretStore, library: Library
) -> None:
    library.create_draft("Held by the first window", OPTIONS)
    talk = Conversation(PASSPHRASE)

    second = unlock(ownvoice_home, talk, no_keyring)

    assert second is not None
    with second:
        assert second.read_only
        assert "another OwnVoice window" in (second.read_only_reason or "")
        assert [d.title for d in second.list_drafts()] == ["Held by the first window"]
    assert talk.told == []


def test_without_read_only_a_library_open_elsewhere_is_refused_clearly(
    ownvoice_home: AppPaths, no_keyring: SecretStore, library: Library
) -> None:
    talk = Conversation(PASSPHRASE)

    assert unlock(ownvoice_home, talk, no_keyring, allow_read_only=False) is None

    [message] = talk.told
    assert "already open in another OwnVoice window" in message


def _newer_schema(paths: AppPaths, no_keyring: SecretStore) -> SecretStore:
    make_library(paths, no_keyring)
    db = raw_connect(paths.library_file)
    db.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    db.close()
    return no_keyring


def _key_gone_from_keyring(paths: AppPaths, no_keyring: SecretStore) -> SecretStore:
    with open_library(paths, secret_store=SecretStore(DictKeyring())) as lib:  # keyring mode
        lib.create_draft("Locked with a keyring key", OPTIONS)
    return SecretStore(DictKeyring())  # a keyring without that entry


@pytest.mark.parametrize(
    ("make", "words"),
    [(_newer_schema, "newer"), (_key_gone_from_keyring, "missing from the system keyring")],
    ids=["too-new", "key-missing"],
)
def test_a_library_that_cannot_be_opened_is_explained_and_left_untouched(
    ownvoice_home: AppPaths,
    no_keyring: SecretStore,
    make: Callable[[AppPaths, SecretStore], SecretStore],
    words: str,
) -> None:
    store = make(ownvoice_home, no_keyring)
    before = digest(ownvoice_home.library_file)
    talk = Conversation(PASSPHRASE)

    assert unlock(ownvoice_home, talk, store) is None

    [message] = talk.told
    assert words in message
    assert digest(ownvoice_home.library_file) == before


# -- a damaged library ---------------------------------------------------------------------------


class DamageTalk(Conversation):
    """Also answers the damaged-library question, and picks an export to restore."""

    def __init__(self, *answers: str | None, choice: DamageChoice, export: Path | None = None) -> None:
        super().__init__(*answers)
        self.choice = choice
        self.export = export
        self.damage: list[LibraryCorruptError] = []
        self.informed: list[str] = []

    def about_damage(self, error: LibraryCorruptError) -> DamageChoice:
        self.damage.append(error)
        return self.choice

    def choose_export(self) -> Path | None:
        return self.export


def unlock_damaged(paths: AppPaths, talk: DamageTalk, store: SecretStore) -> Library | None:
    return unlock_library(
        None,
        paths,
        ask=talk.ask,
        tell=talk.tell,
        about_damage=talk.about_damage,
        choose_export=talk.choose_export,
        inform=talk.informed.append,
        secret_store=store,
    )


def damaged_library(paths: AppPaths, store: SecretStore, where: str) -> bytes:
    fill_library(paths, store, drafts=20)
    pages = paths.library_file.stat().st_size // PAGE
    zero_bytes(paths.library_file, 200 if where == "first page" else (pages // 2) * PAGE + 300)
    return paths.library_file.read_bytes()


@pytest.mark.parametrize("where", ["first page", "mid-file"])
def test_a_damaged_library_is_explained_not_called_a_wrong_passphrase_and_left_alone(
    ownvoice_home: AppPaths, no_keyring: SecretStore, where: str
) -> None:
    damaged = damaged_library(ownvoice_home, no_keyring, where)
    talk = DamageTalk(PASSPHRASE, choice=DamageChoice.CONTINUE)

    assert unlock_damaged(ownvoice_home, talk, no_keyring) is None

    [request] = talk.requests  # asked once, never told the passphrase was wrong
    assert request.problem == ""
    [error] = talk.damage
    assert error.path == ownvoice_home.library_file and error.detail
    assert talk.told == [] and talk.informed == []
    assert ownvoice_home.library_file.read_bytes() == damaged


def test_starting_a_new_library_keeps_the_damaged_file_aside_and_opens_an_empty_one(
    ownvoice_home: AppPaths, no_keyring: SecretStore
) -> None:
    damaged = damaged_library(ownvoice_home, no_keyring, "first page")
    talk = DamageTalk(PASSPHRASE, choice=DamageChoice.NEW_LIBRARY)

    library = unlock_damaged(ownvoice_home, talk, no_keyring)

    assert library is not None
    with library:
        assert library.list_drafts() == [] and not library.read_only
        library.create_draft("Saved in the new library", OPTIONS)
    [kept] = ownvoice_home.data_dir.glob("drafts.damaged-*.db")
    assert kept.read_bytes() == damaged
    [notice] = talk.informed
    assert str(kept) in notice
    assert len(talk.requests) == 1  # the passphrase typed for the old library protects the new one
    with open_library(ownvoice_home, PASSPHRASE, secret_store=no_keyring) as reopened:
        assert [d.title for d in reopened.list_drafts()] == ["Saved in the new library"]


def test_restoring_from_an_export_fills_the_new_library(
    ownvoice_home: AppPaths, no_keyring: SecretStore, tmp_path: Path
) -> None:
    make_library(ownvoice_home, no_keyring)
    with open_library(ownvoice_home, PASSPHRASE, secret_store=no_keyring) as library:
        export = tmp_path / "backup.json"
        export.write_text(library.export_json(), encoding="utf-8")
    damaged_library(ownvoice_home, no_keyring, "first page")
    talk = DamageTalk(PASSPHRASE, choice=DamageChoice.RESTORE, export=export)

    library = unlock_damaged(ownvoice_home, talk, no_keyring)

    assert library is not None
    with library:
        assert [d.title for d in library.list_drafts()] == ["Our Rotterdam line ships its first crate"]
    assert talk.informed[-1] == "Imported 1 draft."


def test_the_damage_dialog_says_what_where_and_that_nothing_changed(qtbot: QtBot, tmp_path: Path) -> None:
    error = LibraryCorruptError("…", path=tmp_path / "drafts.db", detail="the file is cut short")
    dialog = DamagedLibraryDialog(error)
    qtbot.addWidget(dialog)
    assert "the file is cut short" in dialog.text()
    assert str(tmp_path / "drafts.db") in dialog.informativeText()
    assert "has not changed the file" in dialog.informativeText()
    assert "export" in dialog.informativeText()
    assert [b.text() for b in (dialog.new_button, dialog.restore_button, dialog.continue_button)] == [
        "Start a new library",
        "Restore from an export…",
        "Continue without my drafts",
    ]
    dialog.show()
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert dialog.choice() is DamageChoice.NEW_LIBRARY
