"""Unlocking: a random key in the real keyring, or the user's passphrase where there is no keyring.

Whatever goes wrong (wrong passphrase, missing key, unreachable keyring), the database file is
never changed, replaced or deleted.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from sqlcipher3 import dbapi2 as sqlcipher

from app.library import (
    KeyringUnavailableError,
    LibraryKeyMissingError,
    PassphraseRequiredError,
    UnlockMethod,
    WeakPassphraseError,
    WrongPassphraseError,
    open_library,
)
from app.library.unlock import unlock_info_path
from app.paths import AppPaths
from app.secrets import LIBRARY_KEY_PREFIX, SecretStore
from tests.app.library.helpers import (
    OPTIONS,
    PASSPHRASE,
    kill_child,
    raw_connect,
    read_line,
    snapshot_files,
    start_child,
)


def library_files(paths: AppPaths) -> dict[str, tuple[str, int]]:
    """The database, its -wal and the unlock record. Not the lock file (it records the pid of
    whoever opened it last) nor -shm (SQLite's shared-memory index, rebuilt from the -wal)."""
    files = snapshot_files(paths.data_dir)
    return {name: state for name, state in files.items() if not name.endswith((".lock", "-shm"))}


def make_library(paths: AppPaths, store: SecretStore, passphrase: str | None = PASSPHRASE) -> None:
    with open_library(paths, passphrase, secret_store=store) as library:
        library.create_draft("Secret merger with Blauwkraai", OPTIONS, "m", {"team": "Big news soon"})


# -- passphrase mode (no keyring) -------------------------------------------------------------


def test_without_a_keyring_a_new_library_asks_to_choose_a_passphrase(
    ownvoice_home: AppPaths, no_keyring: SecretStore
) -> None:
    with pytest.raises(PassphraseRequiredError) as caught:
        open_library(ownvoice_home, secret_store=no_keyring)

    assert caught.value.creating
    message = str(caught.value)
    assert "no system keyring" in message and "Choose a passphrase" in message
    assert "Nobody can recover it" in message
    assert not ownvoice_home.library_file.exists()  # never an unencrypted library


def test_passphrase_mode_is_remembered_and_asked_for(ownvoice_home: AppPaths, no_keyring: SecretStore) -> None:
    make_library(ownvoice_home, no_keyring)
    info = json.loads(unlock_info_path(ownvoice_home.library_file).read_text())
    assert info["method"] == "passphrase" and PASSPHRASE not in json.dumps(info)

    with pytest.raises(PassphraseRequiredError) as caught:
        open_library(ownvoice_home, secret_store=no_keyring)
    assert not caught.value.creating
    assert "Enter it" in str(caught.value)

    with open_library(ownvoice_home, PASSPHRASE, secret_store=no_keyring) as library:
        assert library.unlock_method is UnlockMethod.PASSPHRASE
        assert library.list_drafts()[0].title == "Secret merger with Blauwkraai"


def test_a_wrong_passphrase_says_so_and_touches_nothing(ownvoice_home: AppPaths, no_keyring: SecretStore) -> None:
    make_library(ownvoice_home, no_keyring)
    before = library_files(ownvoice_home)

    for attempt in ("wrong passphrase", PASSPHRASE.upper(), PASSPHRASE + " "):
        with pytest.raises(WrongPassphraseError, match="does not open your drafts library.*not been changed"):
            open_library(ownvoice_home, attempt, secret_store=no_keyring)

    assert library_files(ownvoice_home) == before
    with open_library(ownvoice_home, PASSPHRASE, secret_store=no_keyring) as library:
        assert len(library.list_drafts()) == 1


def test_a_wrong_passphrase_leaves_an_unfinished_wal_alone(ownvoice_home: AppPaths) -> None:
    """After a crash the newest saves are only in the -wal file: a wrong passphrase must not lose them."""
    child = start_child("save-loop", ownvoice_home.data_dir.parent)
    try:
        read_line(child)  # "card N"
        last = 0
        while last < 20:
            last = int(read_line(child))
    finally:
        kill_child(child)
    wal = ownvoice_home.data_dir / "drafts.db-wal"
    assert wal.exists() and wal.stat().st_size > 0
    before = library_files(ownvoice_home)

    with pytest.raises(WrongPassphraseError):
        open_library(ownvoice_home, "not the passphrase")

    assert library_files(ownvoice_home) == before
    with open_library(ownvoice_home, PASSPHRASE) as library:
        (card,) = library.get_draft(library.list_drafts()[0].id).cards
        assert int(card.text.split()[1]) >= last


@pytest.mark.parametrize(
    ("passphrase", "message"),
    [("short", "at least 8 characters"), ("has a \x00 in it", "NUL")],
)
def test_a_weak_new_passphrase_is_refused_before_anything_is_created(
    ownvoice_home: AppPaths, no_keyring: SecretStore, passphrase: str, message: str
) -> None:
    with pytest.raises(WeakPassphraseError, match=message):
        open_library(ownvoice_home, passphrase, secret_store=no_keyring)
    assert not ownvoice_home.library_file.exists()


def test_quotes_and_any_script_in_a_passphrase_work(ownvoice_home: AppPaths, no_keyring: SecretStore) -> None:
    passphrase = "it's \"ünïcödé\" 🙂 ключ '); DROP"
    make_library(ownvoice_home, no_keyring, passphrase)
    with open_library(ownvoice_home, passphrase, secret_store=no_keyring) as library:
        assert len(library.list_drafts()) == 1
    with pytest.raises(WrongPassphraseError):
        open_library(ownvoice_home, passphrase[:-1], secret_store=no_keyring)


def test_the_passphrase_really_is_the_sqlcipher_key(ownvoice_home: AppPaths, no_keyring: SecretStore) -> None:
    make_library(ownvoice_home, no_keyring)
    db = raw_connect(ownvoice_home.library_file, PASSPHRASE)
    assert db.execute("SELECT story FROM drafts").fetchone()[0] == "Secret merger with Blauwkraai"
    db.close()


def test_a_lost_unlock_record_still_lets_the_passphrase_in(ownvoice_home: AppPaths, no_keyring: SecretStore) -> None:
    make_library(ownvoice_home, no_keyring)
    unlock_info_path(ownvoice_home.library_file).unlink()

    with pytest.raises(PassphraseRequiredError, match="drafts.unlock.json.*is missing") as caught:
        open_library(ownvoice_home, secret_store=no_keyring)
    assert not caught.value.creating
    with open_library(ownvoice_home, PASSPHRASE, secret_store=no_keyring) as library:
        assert len(library.list_drafts()) == 1


class _LockedKeyring(KeyringBackend):
    """A keyring whose collection stays locked (the user dismissed the unlock prompt)."""

    # keyring registers every backend class it sees; below the "fail" backend's 0, it is never
    # picked as this process's default keyring.
    priority = -10

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")


def test_a_locked_keyring_at_creation_offers_a_passphrase_and_says_why(ownvoice_home: AppPaths) -> None:
    with pytest.raises(PassphraseRequiredError, match="keyring is locked.*Choose a passphrase") as caught:
        open_library(ownvoice_home, secret_store=SecretStore(backend=_LockedKeyring()))
    assert caught.value.creating


# -- keyring mode (the real Secret Service) ---------------------------------------------------


@pytest.mark.keyring
def test_a_new_library_keeps_a_random_key_in_the_keyring(
    ownvoice_home: AppPaths, real_secret_store: SecretStore
) -> None:
    make_library(ownvoice_home, real_secret_store, passphrase=None)

    info = json.loads(unlock_info_path(ownvoice_home.library_file).read_text())
    assert info["method"] == "keyring" and info["keyring_name"].startswith(LIBRARY_KEY_PREFIX)
    stored = real_secret_store.get(info["keyring_name"])
    assert stored is not None and len(bytes.fromhex(stored)) == 32
    assert stored not in unlock_info_path(ownvoice_home.library_file).read_text()
    # The stored key is the raw SQLCipher key of the file.
    raw = sqlcipher.connect(str(ownvoice_home.library_file))
    raw.execute(f"PRAGMA key = \"x'{stored}'\"")
    assert raw.execute("SELECT count(*) FROM drafts").fetchone()[0] == 1
    raw.close()

    with open_library(ownvoice_home, secret_store=real_secret_store) as library:
        assert library.unlock_method is UnlockMethod.KEYRING
        assert library.list_drafts()[0].title == "Secret merger with Blauwkraai"


@pytest.mark.keyring
def test_two_libraries_keep_separate_keys(ownvoice_home: AppPaths, real_secret_store: SecretStore) -> None:
    other = AppPaths.under(ownvoice_home.data_dir.parent.parent / "second-home")
    make_library(ownvoice_home, real_secret_store, passphrase=None)
    make_library(other, real_secret_store, passphrase=None)
    for paths in (ownvoice_home, other):
        with open_library(paths, secret_store=real_secret_store) as library:
            assert len(library.list_drafts()) == 1


def _replace_key(store: SecretStore, paths: AppPaths) -> None:
    name = json.loads(unlock_info_path(paths.library_file).read_text())["keyring_name"]
    store.put(name, "ab" * 32)


def _delete_key(store: SecretStore, paths: AppPaths) -> None:
    name = json.loads(unlock_info_path(paths.library_file).read_text())["keyring_name"]
    assert store.delete(name)


@pytest.mark.keyring
@pytest.mark.parametrize(
    ("damage", "message"),
    [(_delete_key, "missing from the system keyring"), (_replace_key, "does not open the drafts library")],
)
def test_a_missing_or_wrong_key_says_so_and_never_recreates_the_library(
    ownvoice_home: AppPaths,
    real_secret_store: SecretStore,
    damage: Callable[[SecretStore, AppPaths], None],
    message: str,
) -> None:
    make_library(ownvoice_home, real_secret_store, passphrase=None)
    damage(real_secret_store, ownvoice_home)
    before = library_files(ownvoice_home)

    for _ in range(2):  # and a second start does not "fix" it by starting over
        with pytest.raises(LibraryKeyMissingError, match=message):
            open_library(ownvoice_home, secret_store=real_secret_store)

    assert library_files(ownvoice_home) == before


@pytest.mark.keyring
def test_a_keyring_library_without_the_keyring_explains_it_cannot_open(
    ownvoice_home: AppPaths, real_secret_store: SecretStore, no_keyring: SecretStore
) -> None:
    make_library(ownvoice_home, real_secret_store, passphrase=None)
    before = library_files(ownvoice_home)

    with pytest.raises(KeyringUnavailableError, match="no system keyring.*cannot be opened until"):
        open_library(ownvoice_home, PASSPHRASE, secret_store=no_keyring)

    assert library_files(ownvoice_home) == before


@pytest.mark.keyring
def test_a_passphrase_given_at_creation_chooses_passphrase_mode_even_with_a_keyring(
    ownvoice_home: AppPaths, real_secret_store: SecretStore
) -> None:
    names_before = set(real_secret_store.stored_names())
    make_library(ownvoice_home, real_secret_store, PASSPHRASE)
    assert set(real_secret_store.stored_names()) == names_before
    with pytest.raises(PassphraseRequiredError):
        open_library(ownvoice_home, secret_store=real_secret_store)
