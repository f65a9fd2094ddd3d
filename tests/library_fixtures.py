"""Shared fixtures for tests that need a drafts library: a real SQLCipher library in passphrase
mode (it works with or without a keyring on the machine), on the test's own OwnVoice home."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from keyring.backends import fail

from app.library import Library, open_library
from app.paths import AppPaths
from app.secrets import SecretStore
from tests.app.library.helpers import PASSPHRASE, FakeClock


@pytest.fixture
def no_keyring() -> SecretStore:
    """What a bare Linux desktop has: no keyring backend at all."""
    return SecretStore(backend=fail.Keyring())


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def library(ownvoice_home: AppPaths, no_keyring: SecretStore, clock: FakeClock) -> Iterator[Library]:
    lib = open_library(ownvoice_home, PASSPHRASE, secret_store=no_keyring, clock=clock)
    yield lib
    lib.close()
