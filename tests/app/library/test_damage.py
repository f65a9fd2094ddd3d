"""A damaged library (cut short, bytes changed, a damaged log of recent saves) is reported as
damaged, with where it is and what to do, is never changed, and can be set aside for a new one."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest

from app.library import (
    LibraryCorruptError,
    LibraryKeyMissingError,
    WrongPassphraseError,
    open_library,
    set_aside_damaged_library,
)
from app.library.damage import wal_damage
from app.library.unlock import unlock_info_path
from app.paths import AppPaths
from app.secrets import SecretStore
from app.wipe import delete_all_data
from tests.app.library.damaging import (
    PAGE,
    fill_library,
    flip_bytes,
    library_with_unfolded_wal,
    truncate,
    wal_frame_offset,
    zero_bytes,
)
from tests.app.library.helpers import OPTIONS, PASSPHRASE, digest
from tests.app.test_secrets import DictKeyring

ADVICE = ("OwnVoice has not changed the file", "start a new library", "drafts import FILE")


def files_of(paths: AppPaths) -> dict[str, str]:
    """Digests of the library's files (not the lock file, which records who opened it last)."""
    return {p.name: digest(p) for p in sorted(paths.data_dir.iterdir()) if p.is_file() and not p.name.endswith(".lock")}


def assert_reported_as_damaged(caught: pytest.ExceptionInfo[LibraryCorruptError], paths: AppPaths) -> None:
    message = str(caught.value)
    assert f"Your drafts library at {paths.library_file} is damaged" in message
    for advice in ADVICE:
        assert advice in message
    assert caught.value.path == paths.library_file and caught.value.detail


@pytest.mark.parametrize("keep_pages", [0.25, 17, 60])
def test_a_library_cut_short_is_reported_as_damaged_and_left_alone(
    ownvoice_home: AppPaths, no_keyring: SecretStore, keep_pages: float
) -> None:
    fill_library(ownvoice_home, no_keyring)
    truncate(ownvoice_home.library_file, int(keep_pages * PAGE))
    before = files_of(ownvoice_home)

    for verify in (False, True):
        with pytest.raises(LibraryCorruptError) as caught:
            with open_library(ownvoice_home, PASSPHRASE, secret_store=no_keyring, verify=verify) as library:
                library.purge_deleted(older_than=timedelta(hours=1))
                for summary in library.list_drafts():
                    library.get_draft(summary.id)
        assert_reported_as_damaged(caught, ownvoice_home)
    assert files_of(ownvoice_home) == before


def test_bytes_changed_mid_file_are_found_at_open_when_verifying(
    ownvoice_home: AppPaths, no_keyring: SecretStore
) -> None:
    fill_library(ownvoice_home, no_keyring)
    pages = ownvoice_home.library_file.stat().st_size // PAGE
    zero_bytes(ownvoice_home.library_file, (pages // 2) * PAGE + 300)
    before = files_of(ownvoice_home)

    with pytest.raises(LibraryCorruptError) as caught:
        open_library(ownvoice_home, PASSPHRASE, secret_store=no_keyring, verify=True)
    assert_reported_as_damaged(caught, ownvoice_home)

    # Without the check, whatever read meets the page says the same, never a raw SQLite error.
    with open_library(ownvoice_home, PASSPHRASE, secret_store=no_keyring) as library:
        operations = [
            lambda: [library.get_draft(s.id) for s in library.list_drafts()],
            lambda: library.list_drafts("solar"),
            library.export_json,
            lambda: library.purge_deleted(),
        ]
        raised = []
        for operation in operations:
            try:
                operation()
            except LibraryCorruptError as exc:
                raised.append(exc)
        assert raised, "no operation met the damaged page"
        assert all(str(ownvoice_home.library_file) in str(exc) for exc in raised)
    assert files_of(ownvoice_home) == before


def test_a_damaged_first_page_is_not_called_a_wrong_passphrase(ownvoice_home: AppPaths, no_keyring: SecretStore) -> None:
    fill_library(ownvoice_home, no_keyring)
    zero_bytes(ownvoice_home.library_file, 200)  # inside page 1, after SQLCipher's salt
    before = files_of(ownvoice_home)

    with pytest.raises(LibraryCorruptError) as caught:
        open_library(ownvoice_home, PASSPHRASE, secret_store=no_keyring)
    assert_reported_as_damaged(caught, ownvoice_home)
    assert "1 of its" in caught.value.detail and "does not decrypt" in caught.value.detail

    # A wrong passphrase is still just that, damaged first page or not.
    with pytest.raises(WrongPassphraseError):
        open_library(ownvoice_home, "not the passphrase", secret_store=no_keyring)
    assert files_of(ownvoice_home) == before


def test_a_wrong_passphrase_on_a_sound_library_is_still_a_wrong_passphrase(
    ownvoice_home: AppPaths, no_keyring: SecretStore
) -> None:
    fill_library(ownvoice_home, no_keyring, drafts=3)
    with pytest.raises(WrongPassphraseError):
        open_library(ownvoice_home, "not the passphrase", secret_store=no_keyring)


def test_keyring_mode_tells_a_damaged_first_page_from_a_replaced_key(ownvoice_home: AppPaths) -> None:
    keyring = SecretStore(DictKeyring())
    fill_library(ownvoice_home, keyring, drafts=10, passphrase=None)
    zero_bytes(ownvoice_home.library_file, 200)
    with pytest.raises(LibraryCorruptError) as caught:
        open_library(ownvoice_home, secret_store=keyring)
    assert_reported_as_damaged(caught, ownvoice_home)

    [name] = keyring.stored_names()
    keyring.put(name, "ab" * 32)  # another key under the same entry
    with pytest.raises(LibraryKeyMissingError, match="keyring entry may have been replaced"):
        open_library(ownvoice_home, secret_store=keyring)


def test_a_damaged_log_of_recent_saves_is_reported_before_sqlite_can_drop_them(
    ownvoice_home: AppPaths, no_keyring: SecretStore
) -> None:
    wal = library_with_unfolded_wal(ownvoice_home, no_keyring)
    assert wal_damage(wal) is None
    flip_bytes(wal, wal_frame_offset(3) + 24 + 1000)  # inside the page of the 4th frame
    before = files_of(ownvoice_home)

    with pytest.raises(LibraryCorruptError) as caught:
        open_library(ownvoice_home, PASSPHRASE, secret_store=no_keyring)
    assert_reported_as_damaged(caught, ownvoice_home)
    assert "drafts.db-wal" in caught.value.detail
    assert files_of(ownvoice_home) == before  # SQLite would have folded in a cut log and deleted it


def test_a_damaged_start_of_the_log_is_reported(ownvoice_home: AppPaths, no_keyring: SecretStore) -> None:
    wal = library_with_unfolded_wal(ownvoice_home, no_keyring)
    flip_bytes(wal, 16)  # the salts in the log's header
    with pytest.raises(LibraryCorruptError, match="drafts.db-wal"):
        open_library(ownvoice_home, PASSPHRASE, secret_store=no_keyring)


def test_a_log_torn_by_a_crash_mid_save_is_normal_and_keeps_every_finished_save(
    ownvoice_home: AppPaths, no_keyring: SecretStore
) -> None:
    wal = library_with_unfolded_wal(ownvoice_home, no_keyring, drafts=12)
    with wal.open("ab") as handle:  # half of one more frame: the save that the crash interrupted
        handle.write(bytes(range(256)) * 10)
    assert wal_damage(wal) is None
    with open_library(ownvoice_home, PASSPHRASE, secret_store=no_keyring, verify=True) as library:
        assert len(library.list_drafts()) == 12


def test_setting_a_damaged_library_aside_keeps_it_and_starts_a_new_one(
    ownvoice_home: AppPaths, no_keyring: SecretStore
) -> None:
    fill_library(ownvoice_home, no_keyring, drafts=5)
    zero_bytes(ownvoice_home.library_file, 200)
    damaged = digest(ownvoice_home.library_file)

    aside = set_aside_damaged_library(ownvoice_home)

    assert aside.library_file.parent == ownvoice_home.data_dir
    assert aside.library_file.name.startswith("drafts.damaged-") and aside.library_file.suffix == ".db"
    assert digest(aside.library_file) == damaged
    assert unlock_info_path(aside.library_file) in aside.moved  # so it can still be opened for a rescue
    assert not ownvoice_home.library_file.exists()
    with open_library(ownvoice_home, PASSPHRASE, secret_store=no_keyring, verify=True) as library:
        assert library.list_drafts() == []
        library.create_draft("A fresh start", OPTIONS)
    assert digest(aside.library_file) == damaged

    second = set_aside_damaged_library(ownvoice_home)  # a second one never overwrites the first
    assert second.library_file != aside.library_file and digest(aside.library_file) == damaged


def test_delete_all_my_data_also_removes_libraries_set_aside(ownvoice_home: AppPaths, no_keyring: SecretStore) -> None:
    fill_library(ownvoice_home, no_keyring, drafts=2)
    aside = set_aside_damaged_library(ownvoice_home)
    report = delete_all_data(ownvoice_home, secret_store=no_keyring)
    assert aside.library_file in report.removed_files
    assert not any(Path(ownvoice_home.data_dir).glob("drafts*")) if ownvoice_home.data_dir.exists() else True
