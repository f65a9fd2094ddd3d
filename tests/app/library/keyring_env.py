"""The real Secret Service keyring for tests, or a clear skip (or failure) when there is none.

`make test` runs pytest inside `dbus-run-session` with an unlocked gnome-keyring and sets
OWNVOICE_REQUIRE_KEYRING=1 there: then a keyring that does not work is a failure, not a skip,
so a broken CI set-up cannot silently skip the keyring tests.
"""

from __future__ import annotations

import functools
import os
import uuid
from collections.abc import Iterator

import keyring
import pytest

from app.paths import AppPaths
from app.secrets import SERVICE_NAME, SecretStore, SecretStoreUnavailableError

REQUIRE_ENV = "OWNVOICE_REQUIRE_KEYRING"
PROBE_SERVICE = f"{SERVICE_NAME} test probe"


@functools.cache
def keyring_problem() -> str | None:
    """None when a real keyring stores and returns a secret; else what went wrong."""
    backend = keyring.get_keyring()
    where = f"backend {type(backend).__module__}.{type(backend).__name__}"
    try:
        SecretStore(service=PROBE_SERVICE).check_available()
        probe = uuid.uuid4().hex
        backend.set_password(PROBE_SERVICE, probe, "probe")
        value = backend.get_password(PROBE_SERVICE, probe)
        backend.delete_password(PROBE_SERVICE, probe)
    except SecretStoreUnavailableError:
        return f"no usable keyring, {where}"
    except Exception as exc:  # any backend failure means: no usable keyring here
        return f"{where} failed: {type(exc).__name__}: {exc}"
    return None if value == "probe" else f"{where} did not return the stored secret"


def require_real_keyring() -> None:
    problem = keyring_problem()
    if problem is None:
        return
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(f"{REQUIRE_ENV}=1 but no Secret Service keyring works here: {problem}")
    pytest.skip(
        f"no Secret Service keyring ({problem}); run under dbus-run-session with an unlocked "
        "gnome-keyring, as `make test` does (see DEVELOPERS.md)"
    )


@pytest.fixture
def real_secret_store(ownvoice_home: AppPaths) -> Iterator[SecretStore]:
    """The platform keyring, under the service name of this test's own OwnVoice home (never the
    real "OwnVoice" entries of the person running the tests); emptied afterwards."""
    require_real_keyring()
    store = SecretStore.for_paths(ownvoice_home)
    assert store.service != SERVICE_NAME
    yield store
    store.delete_all()
