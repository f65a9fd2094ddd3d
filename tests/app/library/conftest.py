"""Fixtures for the drafts library tests: passphrase mode by default (works on every machine);
tests that need the real keyring ask for `real_secret_store` and carry the `keyring` mark."""

from __future__ import annotations

from tests.app.library.keyring_env import real_secret_store  # noqa: F401 - a fixture for this folder
from tests.library_fixtures import clock, library, no_keyring  # noqa: F401 - fixtures for this folder
