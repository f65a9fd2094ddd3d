"""How the library is unlocked: a random key kept in the keyring, or the user's passphrase.

The method is remembered in a small, non-secret file next to the database (`drafts.unlock.json`)
so that on the next start OwnVoice knows whether to look in the keyring or ask for the passphrase.
It lives beside the database rather than in the settings because the settings may be reset
(a damaged settings file falls back to defaults) and the unlock method must never be forgotten.

Keys:
- keyring mode: 32 random bytes, stored hex-encoded under "library-key/<uuid>" in service "OwnVoice";
  SQLCipher gets them as a raw key, so no key derivation is needed.
- passphrase mode: SQLCipher derives the key from the passphrase (PBKDF2-HMAC-SHA512).
"""

from __future__ import annotations

import json
import secrets
import uuid
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from app.atomic import atomic_write_text
from app.data_files import load_json
from app.library.errors import (
    KeyringUnavailableError,
    LibraryKeyMissingError,
    PassphraseRequiredError,
    WeakPassphraseError,
)
from app.secrets import LIBRARY_KEY_PREFIX, SecretStore, SecretStoreUnavailableError

KEY_BYTES = 32
MIN_PASSPHRASE_LENGTH = 8
UNLOCK_INFO_VERSION = 1


class UnlockMethod(StrEnum):
    KEYRING = "keyring"
    PASSPHRASE = "passphrase"


@dataclass(frozen=True)
class UnlockInfo:
    """The non-secret record of how to unlock the library."""

    method: UnlockMethod
    keyring_name: str = ""  # the keyring entry's user name, in keyring mode

    def to_json(self) -> str:
        data = {"version": UNLOCK_INFO_VERSION, "method": self.method.value, "keyring_name": self.keyring_name}
        return json.dumps(data, indent=2) + "\n"

    @classmethod
    def from_json(cls, text: str) -> UnlockInfo | None:
        """None when the file is unreadable as an unlock record (treated as missing)."""
        try:
            data = load_json(text)
            method = UnlockMethod(data["method"])
            name = data.get("keyring_name", "")
        except (ValueError, KeyError, TypeError):
            return None
        if not isinstance(name, str) or (method is UnlockMethod.KEYRING and not name):
            return None
        return cls(method, name)


@dataclass(frozen=True)
class RawKey:
    key: bytes

    def pragma_value(self) -> str:
        return f"\"x'{self.key.hex()}'\""


@dataclass(frozen=True)
class Passphrase:
    text: str

    def pragma_value(self) -> str:
        # A string literal: SQLCipher runs its key derivation on it. Quotes are doubled, and
        # NUL (which would cut the literal short) is refused by `check_passphrase_usable`.
        return "'" + self.text.replace("'", "''") + "'"


DatabaseKey = RawKey | Passphrase


def unlock_info_path(library_file: Path) -> Path:
    return library_file.with_name(library_file.stem + ".unlock.json")


def read_unlock_info(library_file: Path) -> UnlockInfo | None:
    try:
        text = unlock_info_path(library_file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None
    return UnlockInfo.from_json(text)


def write_unlock_info(library_file: Path, info: UnlockInfo) -> None:
    atomic_write_text(unlock_info_path(library_file), info.to_json())


def check_passphrase_usable(passphrase: str) -> None:
    if "\x00" in passphrase:
        raise WeakPassphraseError("A passphrase cannot contain the NUL character. Please choose another one.")


def check_new_passphrase(passphrase: str) -> None:
    """Rules for a passphrase the user is choosing now (not for entering an existing one)."""
    check_passphrase_usable(passphrase)
    if len(passphrase) < MIN_PASSPHRASE_LENGTH:
        raise WeakPassphraseError(
            f"Please choose a passphrase of at least {MIN_PASSPHRASE_LENGTH} characters: it is "
            "the only thing protecting your drafts on this computer."
        )


WHY_PASSPHRASE_ON_CREATE = (
    "{problem} OwnVoice encrypts your drafts and normally keeps the key there. Choose a passphrase "
    "instead: you will type it each time you open OwnVoice. Nobody can recover it for you, and "
    "without it your drafts cannot be read."
)
WHY_PASSPHRASE_ON_OPEN = (
    "Your drafts are encrypted with the passphrase you chose when this computer had no system "
    "keyring. Enter it to open them."
)
WHY_PASSPHRASE_UNKNOWN = (
    "OwnVoice cannot tell how your drafts library was locked (its file {info} is missing). "
    "If you chose a passphrase, enter it; if OwnVoice kept the key in the system keyring, "
    "the library can no longer be opened."
)


def key_for_existing_library(
    library_file: Path, passphrase: str | None, store: SecretStore
) -> DatabaseKey:
    """The key to try on an existing database. Never creates or replaces anything."""
    info = read_unlock_info(library_file)
    if info is None:
        if passphrase is None:
            message = WHY_PASSPHRASE_UNKNOWN.format(info=unlock_info_path(library_file).name)
            raise PassphraseRequiredError(message, creating=False)
        check_passphrase_usable(passphrase)
        return Passphrase(passphrase)
    if info.method is UnlockMethod.PASSPHRASE:
        if passphrase is None:
            raise PassphraseRequiredError(WHY_PASSPHRASE_ON_OPEN, creating=False)
        check_passphrase_usable(passphrase)
        return Passphrase(passphrase)
    try:
        stored = store.get(info.keyring_name)
    except SecretStoreUnavailableError as exc:
        raise KeyringUnavailableError(
            f"{exc} Your drafts are encrypted with a key kept in that keyring, so they cannot "
            "be opened until it is available."
        ) from exc
    key = _parse_hex_key(stored)
    if key is None:
        raise LibraryKeyMissingError(
            f"The key that unlocks your drafts is missing from the system keyring "
            f"(service \"{store.service}\", entry \"{info.keyring_name}\"). Without it the "
            f"library at {library_file} cannot be read. OwnVoice has left the file untouched: "
            "restore the keyring entry (for example from a backup of your keyring) to open it."
        )
    return RawKey(key)


def key_for_new_library(library_file: Path, passphrase: str | None, store: SecretStore) -> DatabaseKey:
    """Choose and record how a new library is unlocked; returns the key to create it with.

    With a passphrase the library uses it (the user chose passphrase mode). Without one, a new
    random key goes to the keyring; if there is no usable keyring, PassphraseRequiredError asks
    the caller to get a passphrase from the user. The database is never created unencrypted.
    """
    if passphrase is not None:
        check_new_passphrase(passphrase)
        write_unlock_info(library_file, UnlockInfo(UnlockMethod.PASSPHRASE))
        return Passphrase(passphrase)
    try:
        key = _reuse_key_of_unfinished_creation(library_file, store)
        if key is None:
            name = LIBRARY_KEY_PREFIX + uuid.uuid4().hex
            key = secrets.token_bytes(KEY_BYTES)
            store.put(name, key.hex())
            write_unlock_info(library_file, UnlockInfo(UnlockMethod.KEYRING, name))
    except SecretStoreUnavailableError as exc:
        raise PassphraseRequiredError(WHY_PASSPHRASE_ON_CREATE.format(problem=str(exc)), creating=True) from exc
    return RawKey(key)


def _reuse_key_of_unfinished_creation(library_file: Path, store: SecretStore) -> bytes | None:
    """A previous start stored a key but could not create the database (e.g. disk full): reuse it."""
    info = read_unlock_info(library_file)
    if info is None or info.method is not UnlockMethod.KEYRING:
        return None
    return _parse_hex_key(store.get(info.keyring_name))


def _parse_hex_key(stored: str | None) -> bytes | None:
    if stored is None:
        return None
    try:
        key = bytes.fromhex(stored.strip())
    except ValueError:
        return None
    return key if len(key) == KEY_BYTES else None
