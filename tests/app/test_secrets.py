"""Secrets in the OS keyring: the real Secret Service where there is one, clear errors where not."""

from __future__ import annotations

from pathlib import Path

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null

from app.paths import AppPaths, default_paths
from app.secrets import INDEX_NAME, SERVICE_NAME, SecretStore, SecretStoreUnavailableError, service_for
from tests.app.library.keyring_env import real_secret_store  # noqa: F401 - fixture


class DictKeyring(KeyringBackend):
    """Keeps secrets in a dict; `drop=True` accepts them and forgets them (a broken backend)."""

    priority = -10  # below "fail": never chosen as the process default

    def __init__(self, drop: bool = False, error: Exception | None = None) -> None:
        super().__init__()
        self.values: dict[tuple[str, str], str] = {}
        self.drop = drop
        self.error = error

    def get_password(self, service: str, username: str) -> str | None:
        if self.error:
            raise self.error
        return self.values.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        if self.error:
            raise self.error
        if not self.drop:
            self.values[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.error:
            raise self.error
        if self.values.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("not found")


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()], ids=["fail", "null"])
def test_placeholder_backends_count_as_no_keyring(backend: KeyringBackend) -> None:
    store = SecretStore(backend=backend)
    for call in (store.check_available, lambda: store.get("x"), lambda: store.put("x", "y")):
        with pytest.raises(SecretStoreUnavailableError, match="no system keyring that OwnVoice can use"):
            call()


def test_a_keyring_that_forgets_what_it_stored_is_not_trusted() -> None:
    with pytest.raises(SecretStoreUnavailableError, match="did not give it back"):
        SecretStore(backend=DictKeyring(drop=True)).put("library-key/x", "00")


@pytest.mark.parametrize(
    ("error", "message"),
    [
        (keyring.errors.NoKeyringError("none"), "no system keyring"),
        (keyring.errors.KeyringLocked("Failed to unlock the collection!"), "keyring is locked. Unlock it"),
        (keyring.errors.InitError("no D-Bus"), r"could not be started \(no D-Bus\)"),
        (keyring.errors.PasswordSetError("refused"), r"reported a problem \(PasswordSetError: refused\)"),
        (OSError("socket closed"), r"reported a problem \(OSError: socket closed\)"),
    ],
)
def test_backend_failures_become_one_typed_error_with_a_reason(error: Exception, message: str) -> None:
    store = SecretStore(backend=DictKeyring(error=error))
    with pytest.raises(SecretStoreUnavailableError, match=message):
        store.get("anything")


def test_the_main_installation_uses_the_service_ownvoice_and_other_homes_their_own(tmp_path: Path) -> None:
    assert SERVICE_NAME == "OwnVoice"
    assert service_for(default_paths(environ={})) == "OwnVoice"
    portable = AppPaths.under(tmp_path / "portable")
    assert service_for(portable) == f"OwnVoice ({portable.data_dir})"
    assert SecretStore.for_paths(portable).service == service_for(portable)


def test_the_index_lists_what_was_stored_so_all_of_it_can_be_deleted() -> None:
    backend = DictKeyring()
    store = SecretStore(backend=backend)
    store.put("library-key/1", "aa")
    store.set_api_key("acme-server", "sk-123")

    assert store.stored_names() == ["library-key/1", "api-key/acme-server"]
    assert store.get_api_key("acme-server") == "sk-123"
    assert backend.values[(SERVICE_NAME, "api-key/acme-server")] == "sk-123"

    assert store.delete_api_key("acme-server") and not store.delete_api_key("acme-server")
    assert store.stored_names() == ["library-key/1"]
    assert sorted(store.delete_all(also=("library-key/untracked",))) == ["library-key/1"]
    assert backend.values == {}


def test_a_damaged_index_is_treated_as_empty() -> None:
    backend = DictKeyring()
    backend.values[(SERVICE_NAME, INDEX_NAME)] = "{not json"
    assert SecretStore(backend=backend).stored_names() == []


@pytest.mark.keyring
def test_secrets_round_trip_through_the_real_keyring(real_secret_store: SecretStore) -> None:
    real_secret_store.put("test/round-trip", "sécret value 🙂")
    assert keyring.get_password(real_secret_store.service, "test/round-trip") == "sécret value 🙂"
    assert real_secret_store.get("test/round-trip") == "sécret value 🙂"
    assert "test/round-trip" in real_secret_store.stored_names()

    assert real_secret_store.delete("test/round-trip")
    assert real_secret_store.get("test/round-trip") is None
    assert not real_secret_store.delete("test/round-trip")


@pytest.mark.keyring
def test_api_keys_live_only_in_the_real_keyring(real_secret_store: SecretStore) -> None:
    real_secret_store.set_api_key("test-org-server", "sk-live-abc")
    assert keyring.get_password(real_secret_store.service, "api-key/test-org-server") == "sk-live-abc"
    assert real_secret_store.get_api_key("test-org-server") == "sk-live-abc"
    removed = real_secret_store.delete_all()
    assert "api-key/test-org-server" in removed
    assert real_secret_store.get_api_key("test-org-server") is None
