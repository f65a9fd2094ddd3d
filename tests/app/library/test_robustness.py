"""Crashes, two instances, a full disk, a read-only folder: with real processes and file systems."""

from __future__ import annotations

import os
import random
from contextlib import nullcontext
from pathlib import Path

import pytest

from app.library import (
    LibraryBusyError,
    LibraryCorruptError,
    LibraryReadOnlyError,
    LibraryWriteError,
    WriteFailure,
    open_library,
)
from app.paths import AppPaths
from app.secrets import SecretStore
from tests.app.library.fs_faults import fill_up, remount, small_tmpfs
from tests.app.library.helpers import OPTIONS, PASSPHRASE, finish_child, kill_child, read_line, start_child


def sequence_of(text: str) -> int:
    return int(text.split()[1])


def test_kill_9_while_autosaving_keeps_every_completed_save(
    ownvoice_home: AppPaths, no_keyring: SecretStore
) -> None:
    home = ownvoice_home.data_dir.parent
    for round_number, saves_before_kill in enumerate((5, 37, 111)):
        child = start_child("save-loop", home)
        card_id = int(read_line(child).split()[1])
        printed = 0
        while printed < saves_before_kill:
            printed = int(read_line(child))
        unread = kill_child(child)  # lands in the middle of a later save
        last_reported = max([printed, *(int(line) for line in unread)])

        with open_library(ownvoice_home, PASSPHRASE, secret_store=no_keyring) as library:
            assert library.check_integrity() == [], f"round {round_number}"
            saved = sequence_of(library.get_card(card_id).text)
            # Everything reported as saved is there; at most one more save had committed but not
            # yet been reported when the kill landed.
            assert last_reported <= saved <= last_reported + 1, f"round {round_number}"
            assert sequence_of(library.card_versions(card_id)[-1].text) == saved
            assert len(library.list_drafts()) == round_number + 1


def test_a_second_instance_is_refused_for_writing_and_may_read(
    ownvoice_home: AppPaths, no_keyring: SecretStore
) -> None:
    first = start_child("hold", ownvoice_home.data_dir.parent)
    try:
        card_id = int(read_line(first).split()[1])
        assert read_line(first) == "ready"

        with pytest.raises(LibraryBusyError, match="already open in another OwnVoice window"):
            open_library(ownvoice_home, PASSPHRASE, secret_store=no_keyring)

        with open_library(ownvoice_home, PASSPHRASE, secret_store=no_keyring, allow_read_only=True) as reader:
            assert reader.read_only and "another OwnVoice window" in (reader.read_only_reason or "")
            assert reader.get_card(card_id).text == "seq 0"
            assert first.stdin is not None
            first.stdin.write("written by the first window\n")
            first.stdin.flush()
            assert read_line(first) == "saved"
            assert reader.get_card(card_id).text == "written by the first window"  # sees new commits
            with pytest.raises(LibraryReadOnlyError, match="another OwnVoice window"):
                reader.save_card_text(card_id, "from the second window")
            with pytest.raises(LibraryReadOnlyError):
                reader.create_draft("new", OPTIONS)
        assert finish_child(first) == 0
    finally:
        if first.poll() is None:
            kill_child(first)

    with open_library(ownvoice_home, PASSPHRASE, secret_store=no_keyring) as library:
        assert not library.read_only
        assert library.get_card(card_id).text == "written by the first window"
        assert library.check_integrity() == []


def test_the_lock_is_freed_when_the_holder_is_killed(ownvoice_home: AppPaths, no_keyring: SecretStore) -> None:
    holder = start_child("hold", ownvoice_home.data_dir.parent)
    read_line(holder)
    assert read_line(holder) == "ready"
    with pytest.raises(LibraryBusyError):
        open_library(ownvoice_home, PASSPHRASE, secret_store=no_keyring)
    kill_child(holder)
    with open_library(ownvoice_home, PASSPHRASE, secret_store=no_keyring) as library:
        assert len(library.list_drafts()) == 1


def test_two_opens_in_one_process_exclude_each_other_too(
    library: object, ownvoice_home: AppPaths, no_keyring: SecretStore
) -> None:
    with pytest.raises(LibraryBusyError):
        open_library(ownvoice_home, PASSPHRASE, secret_store=no_keyring)


def random_text(n_words: int, seed: int) -> str:
    words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliet"]
    rng = random.Random(seed)
    return " ".join(rng.choice(words) + str(rng.randrange(10_000)) for _ in range(n_words))


def test_a_full_disk_fails_the_save_clearly_and_a_retry_succeeds(tmp_path: Path, no_keyring: SecretStore) -> None:
    with small_tmpfs(tmp_path / "disk", size_kb=3072) as disk:
        paths = AppPaths.under(disk)
        library = open_library(paths, PASSPHRASE, secret_store=no_keyring)
        try:
            card = library.create_draft("Story", OPTIONS, "m", {"team": "generated"}).cards[0]
            library.save_card_text(card.id, "saved before the disk filled up")
            filler = fill_up(disk)
            typed = random_text(40_000, seed=1)  # ~400 KB: more than any space SQLite kept in reserve

            with pytest.raises(LibraryWriteError) as caught:
                library.save_card_text(card.id, typed)

            assert caught.value.failure is WriteFailure.DISK_FULL
            assert str(caught.value) == (
                "Could not save: the disk is full. Your text is still in the window; "
                "free some space and OwnVoice will save it."
            )
            assert library.get_card(card.id).text == "saved before the disk filled up"
            with pytest.raises(LibraryWriteError):
                library.create_draft(typed, OPTIONS)

            filler.unlink()
            library.save_card_text(card.id, typed)  # the same text, kept by the caller, saves now
            assert library.get_card(card.id).text == typed
            assert library.check_integrity() == []
        finally:
            library.close()
        with open_library(paths, PASSPHRASE, secret_store=no_keyring) as reopened:
            assert reopened.get_card(card.id).text == typed
            assert len(reopened.list_drafts()) == 1


def test_a_full_disk_at_first_start_creates_nothing_half_made(tmp_path: Path, no_keyring: SecretStore) -> None:
    with small_tmpfs(tmp_path / "disk", size_kb=1024) as disk:
        paths = AppPaths.under(disk)
        paths.data_dir.mkdir(parents=True)
        filler = fill_up(disk)
        with pytest.raises(LibraryWriteError) as caught:
            open_library(paths, PASSPHRASE, secret_store=no_keyring)
        assert caught.value.failure is WriteFailure.DISK_FULL
        assert "cannot write to your drafts library: the disk is full" in str(caught.value)
        filler.unlink()
        with open_library(paths, PASSPHRASE, secret_store=no_keyring) as library:
            assert library.list_drafts() == []
            assert library.check_integrity() == []


def _make_read_only(mechanism: str, disk: Path, paths: AppPaths) -> None:
    if mechanism == "read-only mount":
        remount(disk, "ro")
    else:
        for path in paths.data_dir.iterdir():
            path.chmod(0o400)
        paths.data_dir.chmod(0o500)


@pytest.mark.parametrize("mechanism", ["read-only mount", "no write permission"])
def test_a_read_only_drafts_folder_is_explained_and_can_still_be_read(
    tmp_path: Path, no_keyring: SecretStore, mechanism: str
) -> None:
    if mechanism == "no write permission" and os.geteuid() == 0:
        pytest.skip("file permissions do not stop root; the read-only mount case covers this here")
    folder = small_tmpfs(tmp_path / "disk", 2048) if mechanism == "read-only mount" else nullcontext(tmp_path / "dir")
    with folder as disk:
        paths = AppPaths.under(disk)
        with open_library(paths, PASSPHRASE, secret_store=no_keyring) as library:
            library.create_draft("Readable story", OPTIONS, "m", {"team": "post"})
        _make_read_only(mechanism, disk, paths)
        try:
            with pytest.raises(LibraryWriteError) as caught:
                open_library(paths, PASSPHRASE, secret_store=no_keyring)
            assert caught.value.failure is WriteFailure.READ_ONLY
            assert f"the drafts folder {paths.data_dir} is read-only" in str(caught.value)

            with open_library(paths, PASSPHRASE, secret_store=no_keyring, allow_read_only=True) as reader:
                assert reader.read_only and "read-only" in (reader.read_only_reason or "")
                assert [d.title for d in reader.list_drafts()] == ["Readable story"]
                with pytest.raises(LibraryReadOnlyError, match="read-only"):
                    reader.save_card_text(reader.get_draft(1).cards[0].id, "x")
        finally:
            if mechanism == "read-only mount":
                remount(disk, "rw")
            else:
                paths.data_dir.chmod(0o700)


def test_a_damaged_page_is_reported_clearly_and_left_alone(ownvoice_home: AppPaths, no_keyring: SecretStore) -> None:
    with open_library(ownvoice_home, PASSPHRASE, secret_store=no_keyring) as library:
        for n in range(40):
            library.create_draft(f"Story {n} " + random_text(300, seed=n), OPTIONS)
    damaged = bytearray(ownvoice_home.library_file.read_bytes())
    page = 4096
    damaged[20 * page + 100 : 20 * page + 160] = bytes(60)  # as a failing disk or a stray tool might
    ownvoice_home.library_file.write_bytes(bytes(damaged))

    with open_library(ownvoice_home, PASSPHRASE, secret_store=no_keyring) as library:
        assert library.check_integrity() != []
        with pytest.raises(LibraryCorruptError, match="is damaged.*OwnVoice has not changed the file"):
            for summary in library.list_drafts():
                library.get_draft(summary.id)
    assert ownvoice_home.library_file.read_bytes() == bytes(damaged)
