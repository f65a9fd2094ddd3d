"""Fixtures for the drafts library tests: passphrase mode by default (works on every machine);
tests that need the real keyring ask for `real_secret_store` and carry the `keyring` mark."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from keyring.backends import fail

from app.library import Library, open_library
from app.paths import AppPaths
from app.secrets import SecretStore
from tests.app.library.helpers import PASSPHRASE, FakeClock
from tests.app.library.keyring_env import real_secret_store  # noqa: F401 - a fixture for this folder


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
