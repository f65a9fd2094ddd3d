"""Secrets live in the operating system's keyring, never in files.

`SecretStore` wraps `keyring` with the service name "OwnVoice" and turns the many ways a
keyring can be missing (no backend on a bare Linux desktop, a locked collection, a D-Bus
failure, the do-nothing "null" backend) into one typed error, `SecretStoreUnavailableError`,
whose message explains the situation. It keeps a small index entry listing the names it stored,
so "Delete all my data" can remove every secret OwnVoice ever put in the keyring.
"""

from __future__ import annotations

import json
from typing import Any

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import fail, null

from app.data_files import load_json
from app.paths import AppPaths, default_paths

SERVICE_NAME = "OwnVoice"
INDEX_NAME = "stored-names"  # a JSON list of the other names; holds no secret itself
API_KEY_PREFIX = "api-key/"
LIBRARY_KEY_PREFIX = "library-key/"


class SecretStoreUnavailableError(Exception):
    """The keyring cannot be used here. `str(err)` says why in a sentence for the user."""


def service_for(paths: AppPaths) -> str:
    """"OwnVoice" for the normal installation. A home redirected with OWNVOICE_HOME (a portable
    copy, the tests) gets its own service name, so its keys and its "Delete all my data" never
    touch those of the main installation."""
    if paths == default_paths(environ={}):
        return SERVICE_NAME
    return f"{SERVICE_NAME} ({paths.data_dir})"


class SecretStore:
    """Get, put and delete OwnVoice's secrets in the system keyring.

    `backend` is for tests and special set-ups; by default keyring picks the platform's
    (Secret Service, macOS Keychain, Windows Credential Locker).
    """

    def __init__(self, backend: KeyringBackend | None = None, service: str = SERVICE_NAME) -> None:
        self._explicit_backend = backend
        self.service = service

    @classmethod
    def for_paths(cls, paths: AppPaths, backend: KeyringBackend | None = None) -> SecretStore:
        return cls(backend, service_for(paths))

    # -- generic --------------------------------------------------------------------------

    def check_available(self) -> None:
        """Raise SecretStoreUnavailableError unless a real keyring backend is configured."""
        self._backend()

    def get(self, name: str) -> str | None:
        backend = self._backend()
        try:
            value: str | None = backend.get_password(self.service, name)
        except Exception as exc:  # backends raise KeyringError, D-Bus and OS errors alike
            raise _unavailable(exc) from exc
        return value

    def put(self, name: str, value: str) -> None:
        """Store `value` and read it back: a keyring that silently drops secrets would lose data."""
        backend = self._backend()
        try:
            backend.set_password(self.service, name, value)
            stored = backend.get_password(self.service, name)
        except Exception as exc:
            raise _unavailable(exc) from exc
        if stored != value:
            raise SecretStoreUnavailableError(
                "The system keyring accepted a secret but did not give it back, so OwnVoice "
                "cannot rely on it."
            )
        if name != INDEX_NAME:
            self._update_index(add=name)

    def delete(self, name: str) -> bool:
        """Remove `name`; False when it was not there."""
        backend = self._backend()
        try:
            backend.delete_password(self.service, name)
        except keyring.errors.PasswordDeleteError:
            found = False
        except Exception as exc:
            raise _unavailable(exc) from exc
        else:
            found = True
        if name != INDEX_NAME:
            self._update_index(remove=name)
        return found

    def stored_names(self) -> list[str]:
        """Names of the secrets OwnVoice stored (from its index entry)."""
        raw = self.get(INDEX_NAME)
        if not raw:
            return []
        try:
            names = load_json(raw)
        except ValueError:
            return []
        return [n for n in names if isinstance(n, str)] if isinstance(names, list) else []

    def delete_all(self, also: tuple[str, ...] = ()) -> list[str]:
        """Delete every secret in the index plus `also`; return the names that were removed."""
        removed = [name for name in dict.fromkeys([*self.stored_names(), *also]) if self.delete(name)]
        self.delete(INDEX_NAME)
        return removed

    # -- API keys (an organisation's model server, added by a later feature) ---------------

    def get_api_key(self, server_id: str) -> str | None:
        return self.get(API_KEY_PREFIX + server_id)

    def set_api_key(self, server_id: str, api_key: str) -> None:
        self.put(API_KEY_PREFIX + server_id, api_key)

    def delete_api_key(self, server_id: str) -> bool:
        return self.delete(API_KEY_PREFIX + server_id)

    # -- internals ------------------------------------------------------------------------

    def _backend(self) -> KeyringBackend:
        # Looked up on use, not at construction: building a store has no side effects.
        backend: KeyringBackend = self._explicit_backend or keyring.get_keyring()
        if _is_placeholder(backend):
            raise SecretStoreUnavailableError(NO_KEYRING_MESSAGE)
        return backend

    def _update_index(self, add: str | None = None, remove: str | None = None) -> None:
        names = self.stored_names()
        if add is not None and add not in names:
            names.append(add)
        if remove is not None and remove in names:
            names.remove(remove)
        if names:
            self.put(INDEX_NAME, json.dumps(names))
        else:
            self.delete(INDEX_NAME)


NO_KEYRING_MESSAGE = (
    "This computer has no system keyring that OwnVoice can use (such as GNOME Keyring, "
    "KWallet, the macOS Keychain or the Windows Credential Locker)."
)


def _is_placeholder(backend: Any) -> bool:
    """The fail and null backends stand in when nothing real exists; the chainer may wrap none."""
    if isinstance(backend, (fail.Keyring, null.Keyring)):
        return True
    inner = getattr(backend, "backends", None)
    return isinstance(inner, list) and not [b for b in inner if not _is_placeholder(b)]


def _unavailable(exc: Exception) -> SecretStoreUnavailableError:
    if isinstance(exc, keyring.errors.NoKeyringError):
        return SecretStoreUnavailableError(NO_KEYRING_MESSAGE)
    if isinstance(exc, keyring.errors.KeyringLocked):
        return SecretStoreUnavailableError(
            "The system keyring is locked. Unlock it (usually by logging in to your desktop) "
            "and try again."
        )
    if isinstance(exc, keyring.errors.InitError):
        return SecretStoreUnavailableError(f"The system keyring could not be started ({exc}).")
    return SecretStoreUnavailableError(
        f"The system keyring reported a problem ({type(exc).__name__}: {exc})."
    )
