"""Encryption at rest: no draft text in the database files, in either unlock mode."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.library import Library, open_library
from app.paths import AppPaths
from app.secrets import SecretStore
from tests.app.library.helpers import OPTIONS, PASSPHRASE

SECRETS = [
    "Zephyrine acquires Blauwkraai",  # story
    "Quokkaflux roadmap unveiled",  # generated post
    "Tellurian margin forecast",  # the user's edit
    "ProjectNightjar",  # personal notes
    "snoozy-model-7b",  # the model name
]


def fill(library: Library) -> None:
    from app.options import PersonalNotes, PostOptions

    options = PostOptions(OPTIONS.tone, OPTIONS.angles, notes=PersonalNotes(detail=SECRETS[3]))
    draft = library.create_draft(f"{SECRETS[0]} next month.", options, SECRETS[4], {"team": SECRETS[1]})
    library.save_card_text(draft.cards[0].id, f"{SECRETS[1]}. {SECRETS[2]}.")


def leaks(folder: Path) -> list[str]:
    found = []
    for path in sorted(p for p in folder.iterdir() if p.is_file()):
        data = path.read_bytes()
        for secret in SECRETS:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                if secret.encode(encoding) in data or secret.lower().encode(encoding) in data:
                    found.append(f"{secret!r} ({encoding}) in {path.name}")
    return found


def check_no_plain_text(paths: AppPaths, library: Library) -> None:
    fill(library)
    wal = Path(f"{paths.library_file}-wal")
    assert wal.exists() and wal.stat().st_size > 0, "while open, the newest saves sit in the -wal file"
    assert leaks(paths.data_dir) == []
    library.close()
    assert leaks(paths.data_dir) == []
    header = paths.library_file.read_bytes()[:16]
    assert header != b"SQLite format 3\x00", "an unencrypted SQLite file starts with this header"


def test_no_draft_text_on_disk_in_passphrase_mode(ownvoice_home: AppPaths, no_keyring: SecretStore) -> None:
    check_no_plain_text(ownvoice_home, open_library(ownvoice_home, PASSPHRASE, secret_store=no_keyring))


@pytest.mark.keyring
def test_no_draft_text_on_disk_in_keyring_mode(ownvoice_home: AppPaths, real_secret_store: SecretStore) -> None:
    check_no_plain_text(ownvoice_home, open_library(ownvoice_home, secret_store=real_secret_store))


def test_the_check_would_see_plain_text(tmp_path: Path) -> None:
    """The detector itself works: an unencrypted SQLite database is caught."""
    from sqlcipher3 import dbapi2 as sqlcipher

    db = sqlcipher.connect(str(tmp_path / "plain.db"))
    db.execute("CREATE TABLE t (x)")
    db.execute("INSERT INTO t VALUES (?)", (SECRETS[0],))
    db.execute("INSERT INTO t VALUES (?)", (SECRETS[1].encode("utf-16-le"),))
    db.commit()
    db.close()
    assert len(leaks(tmp_path)) == 2
