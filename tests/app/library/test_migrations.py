"""Schema versions: migrations from every earlier version, and refusing a newer one."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from app.library import LibraryReadOnlyError, LibraryTooNewError, open_library
from app.library import schema as schema_module
from app.library.instance_lock import InstanceLock
from app.library.opening import lock_file_for
from app.library.schema import CURRENT_VERSION, MIGRATIONS, migrate, schema_version
from app.library.unlock import UnlockInfo, UnlockMethod, write_unlock_info
from app.paths import AppPaths
from app.secrets import SecretStore
from tests.app.library.helpers import OPTIONS, PASSPHRASE, digest, raw_connect
from tests.app.library.schema_snapshots import normalized, schema_sql, snapshot_path

OPTIONS_JSON = '{"angles": ["team"], "language": "nl", "length": "long", "notes": {}, "tone": "proud"}'
T1, T2, T3 = "2025-01-01T08:00:00.000000+00:00", "2025-01-02T08:00:00.000000+00:00", "2025-01-03T08:00:00.000000+00:00"

_DRAFT_1 = f"1, '{'a' * 32}', 'Our Zanzibar office opens', '{OPTIONS_JSON}', 'old-model', 'posted', '{T1}', '{T2}'"
_COMMON_ROWS = [
    f"INSERT INTO drafts (id, uid, story, options_json, model, status, created_at, updated_at, deleted_at)"
    f" VALUES (2, '{'b' * 32}', 'A deleted one', '{OPTIONS_JSON}', '', 'draft', '{T1}', '{T1}', '{T3}')",
    f"INSERT INTO cards (id, draft_id, angle, position, text, updated_at) VALUES (1, 1, 'team', 0, 'Pelicans welcome us', '{T2}')",
    f"INSERT INTO card_versions (card_id, text, source, model, created_at, saved_at)"
    f" VALUES (1, 'Pelicans greet us', 'generated', 'old-model', '{T1}', '{T1}')",
    f"INSERT INTO card_versions (card_id, text, source, model, created_at, saved_at)"
    f" VALUES (1, 'Pelicans welcome us', 'edited', '', '{T2}', '{T2}')",
]
# Data as each old version of OwnVoice wrote it, in that version's own columns.
_V1_ROWS = [
    f"INSERT INTO drafts (id, uid, story, options_json, model, status, created_at, updated_at) VALUES ({_DRAFT_1})",
    *_COMMON_ROWS,
]
_V2_ROWS = [
    "INSERT INTO drafts (id, uid, story, options_json, model, status, created_at, updated_at, posted_at)"
    f" VALUES ({_DRAFT_1}, '{T3}')",
    *_COMMON_ROWS,
]
SAMPLE_ROWS = {1: _V1_ROWS, 2: _V2_ROWS, 3: _V2_ROWS}  # v3 added only the search index
EXPECTED_POSTED_AT = {1: T2, 2: T3, 3: T3}  # version 1 had no date: the last change stands in for it


def build_library_at(version: int, paths: AppPaths) -> None:
    """An encrypted library exactly as OwnVoice at schema `version` left it."""
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    write_unlock_info(paths.library_file, UnlockInfo(UnlockMethod.PASSPHRASE))
    db = raw_connect(paths.library_file)
    db.execute("PRAGMA journal_mode = WAL")
    db.executescript(snapshot_path(version).read_text(encoding="utf-8"))
    for row in SAMPLE_ROWS[version]:
        db.execute(row)
    db.execute(f"PRAGMA user_version = {version}")
    db.close()


def test_every_earlier_version_has_sample_data() -> None:
    assert sorted(SAMPLE_ROWS) == list(range(1, CURRENT_VERSION))


@pytest.mark.parametrize("version", range(1, CURRENT_VERSION + 1))
def test_migrations_still_produce_the_shipped_schema(version: int) -> None:
    db = sqlcipher.connect(":memory:", isolation_level=None)
    try:
        migrate(db, writable=True, up_to=version)
        assert schema_version(db) == version
        shipped = snapshot_path(version).read_text(encoding="utf-8")
        assert normalized(schema_sql(db, version)) == normalized(shipped), (
            f"migrations no longer produce schema v{version}: never edit a shipped migration, add a new one"
        )
    finally:
        db.close()


@pytest.mark.parametrize("version", range(1, CURRENT_VERSION))
def test_migrates_from_every_earlier_version_keeping_the_data(
    version: int, ownvoice_home: AppPaths, no_keyring: SecretStore
) -> None:
    build_library_at(version, ownvoice_home)

    with open_library(ownvoice_home, PASSPHRASE, secret_store=no_keyring) as library:
        assert schema_version(library._connection()) == CURRENT_VERSION
        draft = library.get_draft(1)
        assert draft.story == "Our Zanzibar office opens" and draft.model == "old-model"
        assert draft.options.tone == "proud" and draft.options.language == "nl"
        assert draft.posted_at == datetime.fromisoformat(EXPECTED_POSTED_AT[version])
        assert [v.text for v in library.card_versions(1)] == ["Pelicans greet us", "Pelicans welcome us"]
        # The search index was built from the existing drafts, story and posts.
        assert [d.id for d in library.list_drafts("zanzibar")] == [1]
        assert [d.id for d in library.list_drafts("pelicans")] == [1]
        assert [d.id for d in library.list_drafts(deleted=True)] == [2]
        # Cards start as not kept; preferences start empty.
        assert library.get_card(1).kept is False
        assert library.get_preference("voice_profile") is None
        # And the migrated library works as a new one does.
        library.set_card_kept(1, True)
        library.set_preference("voice_profile", "{}")
        assert library.get_card(1).kept and library.get_preference("voice_profile") == "{}"
        library.save_card_text(1, "Pelicans and flamingos welcome us")
        assert [d.id for d in library.list_drafts("flamingos")] == [1]
        assert library.check_integrity() == []


def test_a_failing_migration_leaves_the_previous_version_intact(
    ownvoice_home: AppPaths, no_keyring: SecretStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    build_library_at(CURRENT_VERSION - 1, ownvoice_home)

    def half_done_then_crash(db: Any) -> None:
        MIGRATIONS[-1](db)
        raise RuntimeError("power cut")

    broken: tuple[Callable[[Any], None], ...] = (*MIGRATIONS[:-1], half_done_then_crash)
    monkeypatch.setattr(schema_module, "MIGRATIONS", broken)
    with pytest.raises(RuntimeError, match="power cut"):
        open_library(ownvoice_home, PASSPHRASE, secret_store=no_keyring)

    db = raw_connect(ownvoice_home.library_file)
    assert schema_version(db) == CURRENT_VERSION - 1
    assert db.execute("SELECT count(*) FROM sqlite_master WHERE name = 'preferences'").fetchone()[0] == 0  # the last migration's table
    db.close()
    monkeypatch.undo()
    with open_library(ownvoice_home, PASSPHRASE, secret_store=no_keyring) as library:
        assert library.get_draft(1).story == "Our Zanzibar office opens"


def _make_newer(paths: AppPaths, no_keyring: SecretStore) -> None:
    with open_library(paths, PASSPHRASE, secret_store=no_keyring) as library:
        library.create_draft("From the future", OPTIONS)
    db = raw_connect(paths.library_file)
    db.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    db.close()


@pytest.mark.parametrize("allow_read_only", [False, True])
def test_a_library_from_a_newer_version_is_refused_and_left_alone(
    ownvoice_home: AppPaths, no_keyring: SecretStore, allow_read_only: bool
) -> None:
    _make_newer(ownvoice_home, no_keyring)
    before = digest(ownvoice_home.library_file), ownvoice_home.library_file.stat().st_mtime_ns

    with pytest.raises(LibraryTooNewError) as caught:
        open_library(ownvoice_home, PASSPHRASE, secret_store=no_keyring, allow_read_only=allow_read_only)

    message = str(caught.value)
    assert f"schema {CURRENT_VERSION + 1}" in message and f"up to schema {CURRENT_VERSION}" in message
    assert "Update OwnVoice" in message
    assert (digest(ownvoice_home.library_file), ownvoice_home.library_file.stat().st_mtime_ns) == before
    db = raw_connect(ownvoice_home.library_file)
    assert schema_version(db) == CURRENT_VERSION + 1
    db.close()


def test_an_old_library_open_read_only_asks_for_the_upgrade_first(
    ownvoice_home: AppPaths, no_keyring: SecretStore
) -> None:
    build_library_at(1, ownvoice_home)
    with InstanceLock.acquire(lock_file_for(ownvoice_home.library_file)):  # "another window"
        with pytest.raises(LibraryReadOnlyError, match="one-time upgrade"):
            open_library(ownvoice_home, PASSPHRASE, secret_store=no_keyring, allow_read_only=True)


def test_timestamps_are_stored_as_sortable_utc_text(ownvoice_home: AppPaths, no_keyring: SecretStore) -> None:
    from app.library.model import to_db_time

    assert to_db_time(datetime(2026, 1, 1, 10, 0, tzinfo=UTC)) == "2026-01-01T10:00:00.000000+00:00"
    with pytest.raises(ValueError):
        to_db_time(datetime(2026, 1, 1, 10, 0))
