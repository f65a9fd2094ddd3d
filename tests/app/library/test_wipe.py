""""Delete all my data": the library, its key in the keyring, the settings and logs; not the models."""

from __future__ import annotations

import json

import pytest

from app.library import LibraryBusyError, open_library
from app.library.unlock import unlock_info_path
from app.paths import AppPaths
from app.secrets import SecretStore
from app.settings import Settings, SettingsStore
from app.wipe import delete_all_data
from tests.app.library.helpers import OPTIONS, PASSPHRASE, finish_child, read_line, start_child


def populate(paths: AppPaths, store: SecretStore, passphrase: str | None) -> None:
    with open_library(paths, passphrase, secret_store=store) as library:
        library.create_draft("Story", OPTIONS, "m", {"team": "post"})
    SettingsStore(paths.settings_file).save(Settings(display_name="Ada"))
    (paths.config_dir / "settings.json.corrupt-20260101-101010").write_text("{oops")
    paths.log_dir.mkdir(parents=True)
    for name in ("ownvoice.log", "ownvoice.log.1", "engine.log"):
        (paths.log_dir / name).write_text("log line\n")
    paths.models_dir.mkdir(parents=True)
    (paths.models_dir / "mine.gguf").write_bytes(b"GGUF")


def remaining_files(paths: AppPaths) -> list[str]:
    root = paths.data_dir.parent
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def test_removes_library_settings_and_logs_but_not_the_users_models(
    ownvoice_home: AppPaths, no_keyring: SecretStore
) -> None:
    populate(ownvoice_home, no_keyring, PASSPHRASE)

    report = delete_all_data(ownvoice_home, secret_store=no_keyring)  # no passphrase needed

    assert report.complete and report.removed_secrets == ()
    assert remaining_files(ownvoice_home) == ["data/models/mine.gguf"]
    names = {p.name for p in report.removed_files}
    assert {"drafts.db", "drafts.unlock.json", "settings.json", "ownvoice.log.1", "engine.log"} <= names
    assert not ownvoice_home.config_dir.exists() and not ownvoice_home.log_dir.exists()
    # A fresh start works: the next library is a new one.
    with open_library(ownvoice_home, "a new passphrase", secret_store=no_keyring) as library:
        assert library.list_drafts() == []


@pytest.mark.keyring
def test_removes_the_key_from_the_real_keyring_first(ownvoice_home: AppPaths, real_secret_store: SecretStore) -> None:
    populate(ownvoice_home, real_secret_store, passphrase=None)
    key_name = json.loads(unlock_info_path(ownvoice_home.library_file).read_text())["keyring_name"]
    real_secret_store.set_api_key("org-server", "sk-1")

    report = delete_all_data(ownvoice_home, secret_store=real_secret_store)

    assert report.complete
    assert set(report.removed_secrets) == {key_name, "api-key/org-server"}
    assert real_secret_store.get(key_name) is None and real_secret_store.stored_names() == []
    assert remaining_files(ownvoice_home) == ["data/models/mine.gguf"]


@pytest.mark.keyring
def test_an_unreachable_keyring_is_reported_and_the_files_still_go(
    ownvoice_home: AppPaths, real_secret_store: SecretStore, no_keyring: SecretStore
) -> None:
    populate(ownvoice_home, real_secret_store, passphrase=None)

    report = delete_all_data(ownvoice_home, secret_store=no_keyring)

    assert not report.complete
    (problem,) = report.problems
    assert "Could not remove the drafts key from the system keyring" in problem
    assert remaining_files(ownvoice_home) == ["data/models/mine.gguf"]


def test_refuses_while_another_instance_has_the_library_open(ownvoice_home: AppPaths) -> None:
    holder = start_child("hold", ownvoice_home.data_dir.parent)
    try:
        read_line(holder)
        assert read_line(holder) == "ready"
        before = remaining_files(ownvoice_home)
        with pytest.raises(LibraryBusyError, match="already open in another OwnVoice window"):
            delete_all_data(ownvoice_home)
        assert remaining_files(ownvoice_home) == before
    finally:
        assert finish_child(holder) == 0


def test_nothing_to_delete_is_fine(ownvoice_home: AppPaths, no_keyring: SecretStore) -> None:
    report = delete_all_data(ownvoice_home, secret_store=no_keyring)
    assert report.complete and report.removed_files == ()
