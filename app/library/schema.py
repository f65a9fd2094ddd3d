"""The library's schema and its migrations.

`PRAGMA user_version` holds the schema version. `MIGRATIONS[n]` takes a database from version n
to n + 1, in one transaction together with the version bump, so a crash mid-migration leaves
the old version intact. A shipped migration is history: never edit one, add a new one.
tests/app/library/schema_history/ keeps each version's schema as SQL, and a test checks that
these functions still produce exactly that.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.library.errors import LibraryReadOnlyError, LibraryTooNewError

Connection = Any  # sqlcipher3 ships no type information


def _v1_initial(db: Connection) -> None:
    db.execute(
        """
        CREATE TABLE drafts (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            story TEXT NOT NULL,
            options_json TEXT NOT NULL,
            model TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'posted', 'archived')),
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            deleted_at TEXT
        )
        """
    )
    db.execute("CREATE INDEX drafts_by_update ON drafts(updated_at)")
    db.execute(
        """
        CREATE TABLE cards (
            id INTEGER PRIMARY KEY,
            draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
            angle TEXT NOT NULL,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX cards_by_draft ON cards(draft_id, position)")
    db.execute(
        """
        CREATE TABLE card_versions (
            id INTEGER PRIMARY KEY,
            card_id INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            source TEXT NOT NULL,
            model TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            saved_at TEXT NOT NULL
        )
        """
    )
    db.execute("CREATE INDEX versions_by_card ON card_versions(card_id, id)")


def _v2_posted_at(db: Connection) -> None:
    """When a draft was posted. Version 1 only knew *that* it was; its last change is the best guess."""
    db.execute("ALTER TABLE drafts ADD COLUMN posted_at TEXT")
    db.execute("UPDATE drafts SET posted_at = updated_at WHERE status = 'posted'")


# One search document per draft: its story and the current text of all its cards.
_REINDEX_POSTS = """
    UPDATE draft_search
    SET posts = coalesce((SELECT group_concat(text, char(10)) FROM cards WHERE draft_id = {draft}), '')
    WHERE rowid = {draft};
"""


def _v3_full_text_search(db: Connection) -> None:
    """FTS5 over story and posts, kept in step by triggers (inside the encrypted database)."""
    db.execute(
        "CREATE VIRTUAL TABLE draft_search USING fts5(story, posts, tokenize = 'unicode61 remove_diacritics 2')"
    )
    db.execute(
        """
        CREATE TRIGGER drafts_search_insert AFTER INSERT ON drafts BEGIN
            INSERT INTO draft_search(rowid, story, posts) VALUES (NEW.id, NEW.story, '');
        END
        """
    )
    db.execute(
        """
        CREATE TRIGGER drafts_search_update AFTER UPDATE OF story ON drafts BEGIN
            UPDATE draft_search SET story = NEW.story WHERE rowid = NEW.id;
        END
        """
    )
    db.execute(
        """
        CREATE TRIGGER drafts_search_delete AFTER DELETE ON drafts BEGIN
            DELETE FROM draft_search WHERE rowid = OLD.id;
        END
        """
    )
    for event, row in (("INSERT", "NEW"), ("UPDATE OF text", "NEW"), ("DELETE", "OLD")):
        name = "cards_search_" + event.split()[0].lower()
        body = _REINDEX_POSTS.format(draft=f"{row}.draft_id")
        db.execute(f"CREATE TRIGGER {name} AFTER {event} ON cards BEGIN {body} END")
    db.execute(
        """
        INSERT INTO draft_search(rowid, story, posts)
        SELECT d.id, d.story,
               coalesce((SELECT group_concat(c.text, char(10)) FROM cards c WHERE c.draft_id = d.id), '')
        FROM drafts d
        """
    )


def _v4_kept_cards_and_preferences(db: Connection) -> None:
    """Cards the user chose to keep, and private preferences (the voice profile, company
    guidelines) that belong inside the encrypted database rather than in plain settings."""
    db.execute("ALTER TABLE cards ADD COLUMN kept INTEGER NOT NULL DEFAULT 0")
    db.execute(
        """
        CREATE TABLE preferences (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )
        """
    )


MIGRATIONS: tuple[Callable[[Connection], None], ...] = (
    _v1_initial,
    _v2_posted_at,
    _v3_full_text_search,
    _v4_kept_cards_and_preferences,
)
CURRENT_VERSION = len(MIGRATIONS)


def schema_version(db: Connection) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def check_version_supported(version: int) -> None:
    if version > CURRENT_VERSION:
        raise LibraryTooNewError(
            f"This drafts library was written by a newer OwnVoice (schema {version}); this version "
            f"understands up to schema {CURRENT_VERSION}. Update OwnVoice to open it. The library "
            "has not been changed."
        )


def migrate(db: Connection, *, writable: bool, up_to: int = CURRENT_VERSION) -> int:
    """Bring the schema to `up_to` (tests stop early to build old libraries). Returns the old version.

    Raises LibraryTooNewError for a newer schema (nothing is written), and LibraryReadOnlyError
    when an upgrade is needed but the library is open read-only.
    """
    version = schema_version(db)
    check_version_supported(version)
    if version < up_to and not writable:
        raise LibraryReadOnlyError(
            "Your drafts library needs a one-time upgrade to this version of OwnVoice, which "
            "cannot be done while it is open read-only. Close other OwnVoice windows and try again."
        )
    for target in range(version + 1, up_to + 1):
        db.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[target - 1](db)
            db.execute(f"PRAGMA user_version = {target:d}")
            db.execute("COMMIT")
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise
    return version
