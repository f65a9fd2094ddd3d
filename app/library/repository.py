"""`Library`: the drafts, their cards and version history, in an open encrypted database.

Every change is one transaction, committed and synced before the method returns, so what a
method call saved survives a crash. A failed save raises LibraryWriteError and leaves the
database as it was; the caller keeps its text and simply calls again later. `save_card_text`
is cheap enough to call on every autosave tick: it does nothing when the text did not change.

A Library may be used from several threads: every call holds the library's lock for its whole
transaction, so calls never interleave (the app runs searches and saves on its library thread,
ui/ops.py, and reads a little on the GUI thread). Close it when done; `open_library`
(app.library.opening) is how to get one.
"""

from __future__ import annotations

import json
import threading
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any

from app.data_files import load_json
from app.library import transfer
from app.library.connection import (
    DatabaseError,
    damage_error,
    integrity_problems,
    is_damage,
    is_write_failure,
    write_error_from_sqlite,
)
from app.library.errors import DraftNotFoundError, LibraryCorruptError, LibraryError, LibraryReadOnlyError
from app.library.instance_lock import InstanceLock
from app.library.model import (
    Card,
    CardVersion,
    Draft,
    DraftStatus,
    DraftSummary,
    VersionSource,
    from_db_time,
    title_from_story,
    to_db_time,
)
from app.library.schema import Connection
from app.library.search import HIGHLIGHT_END, HIGHLIGHT_START, fts_query
from app.library.unlock import UnlockMethod
from app.options import PostOptions

Clock = Callable[[], datetime]
Row = Any  # sqlcipher3.Row

# Autosaves while the user keeps typing fold into one "edited" version for this long, so the
# history holds one entry per few minutes of editing rather than one per 2-second autosave.
DEFAULT_EDIT_COALESCE_WINDOW = timedelta(minutes=2)
SNIPPET_WORDS = 12
SNIPPET_ROWS = 50  # matches after the first 50 (more than a screenful) come without a snippet
TITLE_SOURCE_CHARS = 1000  # enough of the story to find its first line for the list's title

_DRAFT_COLUMNS = "id, uid, story, options_json, model, status, posted_at, created_at, updated_at, deleted_at"
_SUMMARY_COLUMNS = (
    f"d.id, d.uid, substr(d.story, 1, {TITLE_SOURCE_CHARS}) AS story_start, d.status, d.posted_at,"
    " d.created_at, d.updated_at, (SELECT count(*) FROM cards c WHERE c.draft_id = d.id) AS card_count"
)


class Library:
    def __init__(
        self,
        db: Connection,
        *,
        path: Path,
        lock: InstanceLock | None,
        unlock_method: UnlockMethod,
        read_only_reason: str | None,
        clock: Clock,
        edit_coalesce_window: timedelta = DEFAULT_EDIT_COALESCE_WINDOW,
    ) -> None:
        self._db: Connection | None = db
        self.path = path
        self._instance_lock = lock
        self.unlock_method = unlock_method
        self.read_only_reason = read_only_reason
        self._clock = clock
        self._edit_coalesce_window = edit_coalesce_window
        self._lock = threading.RLock()  # one call at a time, whichever thread makes it
        # Once damage is found, every later call reports it too: SQLCipher refuses writes after a
        # page fails to decrypt, and nothing more should be written to a damaged file anyway.
        self.damage: LibraryCorruptError | None = None

    # -- life cycle ---------------------------------------------------------------------------

    @property
    def read_only(self) -> bool:
        return self.read_only_reason is not None

    @property
    def closed(self) -> bool:
        return self._db is None

    def close(self) -> None:
        """Close the database (a clean close also folds the WAL into the main file) and unlock."""
        with self._lock:
            db, self._db = self._db, None
            try:
                if db is not None:
                    db.close()
            finally:
                if self._instance_lock is not None:
                    self._instance_lock.release()

    def __enter__(self) -> Library:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def check_integrity(self) -> list[str]:
        """SQLite's integrity check: [] when the database is sound, else its findings."""
        try:
            with self._lock:
                return integrity_problems(self._connection())
        except DatabaseError as exc:  # SQLCipher refuses to decrypt a damaged page outright
            return [str(exc)]

    # -- drafts -------------------------------------------------------------------------------

    def create_draft(
        self, story: str, options: PostOptions, model: str = "", posts: Mapping[str, str] | None = None
    ) -> Draft:
        """A new draft; `posts` (angle id -> generated text, in card order) become its cards."""
        now = self._now()
        with self._transaction() as db:
            draft_id = db.execute(
                "INSERT INTO drafts (uid, story, options_json, model, status, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, 'draft', ?, ?)",
                (uuid.uuid4().hex, story, _options_json(options), model, now, now),
            ).lastrowid
            for position, (angle, text) in enumerate((posts or {}).items()):
                card_id = self._insert_card(db, draft_id, angle, position, text, now)
                self._insert_version(db, card_id, text, VersionSource.GENERATED, model, now, now)
        return self.get_draft(draft_id)

    def update_draft(
        self,
        draft_id: int,
        *,
        story: str | None = None,
        options: PostOptions | None = None,
        model: str | None = None,
    ) -> Draft:
        """Change the story, options or model; fields left as None keep their value."""
        changes: dict[str, str] = {}
        if story is not None:
            changes["story"] = story
        if options is not None:
            changes["options_json"] = _options_json(options)
        if model is not None:
            changes["model"] = model
        with self._transaction() as db:
            current = self._draft_row(db, draft_id)
            if any(current[column] != value for column, value in changes.items()):
                changes["updated_at"] = self._now()
                assignments = ", ".join(f"{column} = ?" for column in changes)
                db.execute(f"UPDATE drafts SET {assignments} WHERE id = ?", (*changes.values(), draft_id))
        return self.get_draft(draft_id)

    def get_draft(self, draft_id: int) -> Draft:
        with self._reading() as db:
            row = self._draft_row(db, draft_id)
            cards = db.execute("SELECT * FROM cards WHERE draft_id = ? ORDER BY position, id", (draft_id,)).fetchall()
        return _draft_from_row(row, tuple(_card_from_row(c) for c in cards))

    def list_drafts(
        self, query: str = "", status: DraftStatus | str | None = None, *, deleted: bool = False
    ) -> list[DraftSummary]:
        """Drafts, newest change first; with a query, best match first (story and posts, FTS5).

        `query` is what the user typed: any text is safe, and the last word matches as a prefix.
        `deleted=True` lists the drafts deleted but not yet purged (for undo) instead.
        """
        conditions = ["d.deleted_at IS NOT NULL" if deleted else "d.deleted_at IS NULL"]
        params: list[str] = []
        if status is not None:
            conditions.append("d.status = ?")
            params.append(DraftStatus(status).value)
        where = " AND ".join(conditions)
        match = fts_query(query)
        with self._reading() as db:
            if not match:
                rows = db.execute(
                    f"SELECT {_SUMMARY_COLUMNS} FROM drafts d WHERE {where} ORDER BY d.updated_at DESC, d.id DESC",
                    params,
                ).fetchall()
                return [_summary_from_row(row, snippet="") for row in rows]
            # ORDER BY rank alone lets FTS5 deliver rows in rank order without a sort, so the
            # LIMIT stops the snippet query early: a snippet re-reads the document it marks.
            matching = f"FROM draft_search JOIN drafts d ON d.id = draft_search.rowid WHERE draft_search MATCH ? AND {where}"
            rows = db.execute(f"SELECT {_SUMMARY_COLUMNS} {matching} ORDER BY draft_search.rank", [match, *params])
            snippets = db.execute(
                f"SELECT d.id, snippet(draft_search, -1, ?, ?, '…', {SNIPPET_WORDS}) {matching}"
                f" ORDER BY draft_search.rank LIMIT {SNIPPET_ROWS}",
                [HIGHLIGHT_START, HIGHLIGHT_END, match, *params],
            )
            snippet_of = dict(snippets.fetchall())
            return [_summary_from_row(row, snippet=snippet_of.get(row["id"], "")) for row in rows.fetchall()]

    def duplicate_draft(self, draft_id: int) -> Draft:
        """A copy with a new identity, status "draft", the same cards and their history."""
        now = self._now()
        with self._transaction() as db:
            row = self._draft_row(db, draft_id)
            copy_id = db.execute(
                "INSERT INTO drafts (uid, story, options_json, model, status, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, 'draft', ?, ?)",
                (uuid.uuid4().hex, row["story"], row["options_json"], row["model"], now, now),
            ).lastrowid
            for card in db.execute("SELECT * FROM cards WHERE draft_id = ? ORDER BY position, id", (draft_id,)):
                card_copy = self._insert_card(db, copy_id, card["angle"], card["position"], card["text"], now)
                db.execute(
                    "INSERT INTO card_versions (card_id, text, source, model, created_at, saved_at)"
                    " SELECT ?, text, source, model, created_at, saved_at FROM card_versions"
                    " WHERE card_id = ? ORDER BY id",
                    (card_copy, card["id"]),
                )
        return self.get_draft(copy_id)

    def delete_draft(self, draft_id: int) -> None:
        """Move to the deleted list (undoable with `undo_delete`) until `purge_deleted`."""
        self._set_deleted(draft_id, self._now())

    def undo_delete(self, draft_id: int) -> None:
        self._set_deleted(draft_id, None)

    def purge_deleted(self, older_than: timedelta | None = None) -> int:
        """Erase deleted drafts for good (all, or those deleted longer ago than `older_than`)."""
        sql = "DELETE FROM drafts WHERE deleted_at IS NOT NULL"
        params: tuple[str, ...] = ()
        if older_than is not None:
            sql += " AND deleted_at <= ?"
            params = (to_db_time(self._clock() - older_than),)
        with self._transaction() as db:
            count: int = db.execute(sql, params).rowcount
        return count

    def mark_posted(self, draft_id: int, when: datetime | None = None) -> Draft:
        moment = to_db_time(when) if when is not None else self._now()
        with self._transaction() as db:
            self._draft_row(db, draft_id)
            db.execute(
                "UPDATE drafts SET status = 'posted', posted_at = ?, updated_at = ? WHERE id = ?",
                (moment, self._now(), draft_id),
            )
        return self.get_draft(draft_id)

    def set_status(self, draft_id: int, status: DraftStatus | str) -> Draft:
        """Back to "draft" forgets the posting date; "archived" keeps it (it was posted once)."""
        status = DraftStatus(status)
        if status is DraftStatus.POSTED:
            return self.mark_posted(draft_id)
        clear_posted = ", posted_at = NULL" if status is DraftStatus.DRAFT else ""
        with self._transaction() as db:
            self._draft_row(db, draft_id)
            db.execute(
                f"UPDATE drafts SET status = ?, updated_at = ?{clear_posted} WHERE id = ?",
                (status.value, self._now(), draft_id),
            )
        return self.get_draft(draft_id)

    # -- cards and versions -------------------------------------------------------------------

    def add_card(self, draft_id: int, angle: str, text: str, model: str = "") -> Card:
        """A new generated card at the end of the draft, with its first version."""
        now = self._now()
        with self._transaction() as db:
            self._draft_row(db, draft_id)
            position = db.execute(
                "SELECT coalesce(max(position) + 1, 0) FROM cards WHERE draft_id = ?", (draft_id,)
            ).fetchone()[0]
            card_id = self._insert_card(db, draft_id, angle, position, text, now)
            self._insert_version(db, card_id, text, VersionSource.GENERATED, model, now, now)
            self._touch_draft(db, draft_id, now, model=model or None)
        return self.get_card(card_id)

    def set_card_kept(self, card_id: int, kept: bool) -> Card:
        """Mark a card as one the user wants to keep (or not)."""
        with self._transaction() as db:
            card = self._card_row(db, card_id)
            db.execute("UPDATE cards SET kept = ? WHERE id = ?", (int(kept), card_id))
            self._touch_draft(db, card["draft_id"], self._now())
        return self.get_card(card_id)

    def get_preference(self, key: str) -> str | None:
        """A private preference (e.g. the voice profile as JSON), or None when not set."""
        with self._reading() as db:
            row = db.execute("SELECT value FROM preferences WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_preference(self, key: str, value: str | None) -> None:
        """Store (or with None, remove) a private preference inside the encrypted database."""
        with self._transaction() as db:
            if value is None:
                db.execute("DELETE FROM preferences WHERE key = ?", (key,))
            else:
                db.execute(
                    "INSERT INTO preferences(key, value, updated_at) VALUES (?, ?, ?) "
                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
                    (key, value, self._now()),
                )

    def get_card(self, card_id: int) -> Card:
        with self._reading() as db:
            return _card_from_row(self._card_row(db, card_id))

    def add_generated_version(
        self, card_id: int, text: str, model: str, source: str = VersionSource.GENERATED
    ) -> CardVersion:
        """Record a generation (or a tweak: `VersionSource.tweak("shorter")`) as the card's text."""
        if not VersionSource.is_valid(source):
            raise ValueError(f"Unknown version source {source!r}.")
        now = self._now()
        with self._transaction() as db:
            card = self._card_row(db, card_id)
            version_id = self._insert_version(db, card_id, text, source, model, now, now)
            db.execute("UPDATE cards SET text = ?, updated_at = ? WHERE id = ?", (text, now, card_id))
            self._touch_draft(db, card["draft_id"], now, model=model or None)
        return self.get_version(version_id)

    def save_card_text(self, card_id: int, text: str) -> CardVersion | None:
        """Autosave the user's edit. Returns None, writing nothing, when the text is unchanged.

        Consecutive edits within the coalescing window update one "edited" version instead of
        adding one per autosave; a generation or restore in between starts a new one.
        """
        now_time = self._clock()
        now = to_db_time(now_time)
        with self._transaction() as db:
            card = self._card_row(db, card_id)
            if card["text"] == text:
                return None
            latest = db.execute(
                "SELECT id, source, created_at FROM card_versions WHERE card_id = ? ORDER BY id DESC LIMIT 1",
                (card_id,),
            ).fetchone()
            if (
                latest is not None
                and latest["source"] == VersionSource.EDITED
                and now_time - from_db_time(latest["created_at"]) < self._edit_coalesce_window
            ):
                version_id = latest["id"]
                db.execute("UPDATE card_versions SET text = ?, saved_at = ? WHERE id = ?", (text, now, version_id))
            else:
                version_id = self._insert_version(db, card_id, text, VersionSource.EDITED, "", now, now)
            db.execute("UPDATE cards SET text = ?, updated_at = ? WHERE id = ?", (text, now, card_id))
            self._touch_draft(db, card["draft_id"], now)
        return self.get_version(version_id)

    def card_versions(self, card_id: int) -> list[CardVersion]:
        """The card's history, oldest first."""
        with self._reading() as db:
            self._card_row(db, card_id)
            rows = db.execute("SELECT * FROM card_versions WHERE card_id = ? ORDER BY id", (card_id,)).fetchall()
        return [_version_from_row(r) for r in rows]

    def get_version(self, version_id: int) -> CardVersion:
        with self._reading() as db:
            row = db.execute("SELECT * FROM card_versions WHERE id = ?", (version_id,)).fetchone()
        if row is None:
            raise DraftNotFoundError(f"Version {version_id} does not exist (its draft may have been deleted).")
        return _version_from_row(row)

    def restore_version(self, version_id: int) -> Card:
        """Make an old version the card's text again, recorded as a new "restored" version."""
        version = self.get_version(version_id)
        now = self._now()
        with self._transaction() as db:
            card = self._card_row(db, version.card_id)
            if card["text"] != version.text:
                self._insert_version(db, card["id"], version.text, VersionSource.RESTORED, version.model, now, now)
                db.execute("UPDATE cards SET text = ?, updated_at = ? WHERE id = ?", (version.text, now, card["id"]))
                self._touch_draft(db, card["draft_id"], now)
        return self.get_card(version.card_id)

    # -- export and import --------------------------------------------------------------------

    def export_records(self, draft_ids: Sequence[int] | None = None) -> list[transfer.DraftRecord]:
        """The given drafts (in that order), or every draft not deleted (oldest first)."""
        with self._reading() as db:
            if draft_ids is None:
                rows = db.execute(
                    f"SELECT {_DRAFT_COLUMNS} FROM drafts WHERE deleted_at IS NULL ORDER BY created_at, id"
                ).fetchall()
            else:
                rows = [self._draft_row(db, draft_id) for draft_id in draft_ids]
            return [self._record_from_row(db, row) for row in rows]

    def export_json(self, draft_ids: Sequence[int] | None = None) -> str:
        return transfer.to_json(self.export_records(draft_ids), self._clock())

    def export_markdown(self, draft_ids: Sequence[int] | None = None) -> str:
        return transfer.to_markdown(self.export_records(draft_ids))

    def import_json(self, text: str) -> transfer.ImportReport:
        """Import an export file, all or nothing. Drafts already here (same uid) are left alone."""
        return self.import_records(transfer.parse_json(text))

    def import_records(self, records: Sequence[transfer.DraftRecord]) -> transfer.ImportReport:
        added: list[str] = []
        skipped: list[str] = []
        with self._transaction() as db:
            for record in records:
                if db.execute("SELECT 1 FROM drafts WHERE uid = ?", (record.uid,)).fetchone():
                    skipped.append(record.uid)
                    continue
                self._insert_record(db, record)
                added.append(record.uid)
        return transfer.ImportReport(tuple(added), tuple(skipped))

    # -- internals ----------------------------------------------------------------------------

    def _connection(self) -> Connection:
        if self._db is None:
            raise LibraryError("The drafts library has been closed; open it again to continue.")
        if self.damage is not None:
            raise self.damage
        return self._db

    def _damaged(self, exc: BaseException) -> LibraryCorruptError:
        self.damage = damage_error(self.path, exc)
        return self.damage

    def _now(self) -> str:
        return to_db_time(self._clock())

    @contextmanager
    def _transaction(self) -> Iterator[Connection]:
        """BEGIN IMMEDIATE … COMMIT; on any failure roll back and map I/O failures to LibraryWriteError."""
        if self.read_only_reason is not None:
            raise LibraryReadOnlyError(f"Changes cannot be saved: {self.read_only_reason}")
        with self._in_transaction("BEGIN IMMEDIATE", self._write_error) as db:
            yield db

    @contextmanager
    def _reading(self) -> Iterator[Connection]:
        """One read transaction, so a multi-query read sees one consistent state (another
        process may be writing when this library is open read-only)."""
        with self._in_transaction("BEGIN", self._read_error) as db:
            yield db

    @contextmanager
    def _in_transaction(
        self, begin: str, error_for: Callable[[BaseException], Exception | None]
    ) -> Iterator[Connection]:
        """`begin` … COMMIT under the lock; on any failure roll back, and raise damage as damage and
        what `error_for` maps (None: as it came)."""
        with self._lock:
            db = self._connection()
            try:
                db.execute(begin)
                yield db
                db.execute("COMMIT")
            except BaseException as exc:
                _rollback_quietly(db)
                if is_damage(exc):
                    raise self._damaged(exc) from exc
                mapped = error_for(exc)
                if mapped is not None:
                    raise mapped from exc
                raise

    def _write_error(self, exc: BaseException) -> Exception | None:
        return write_error_from_sqlite(exc, self.path.parent) if is_write_failure(exc) else None

    def _read_error(self, exc: BaseException) -> Exception | None:
        if not isinstance(exc, DatabaseError):
            return None
        return LibraryError(  # e.g. an I/O error while reading: never a traceback
            f"Your drafts could not be read from {self.path} ({exc}). Nothing was changed; "
            "try again, and check the disk if it keeps happening."
        )

    def _draft_row(self, db: Connection, draft_id: int) -> Row:
        row = db.execute(f"SELECT {_DRAFT_COLUMNS} FROM drafts WHERE id = ?", (draft_id,)).fetchone()
        if row is None:
            raise DraftNotFoundError(f"There is no draft {draft_id} (it may have been deleted).")
        return row

    def _card_row(self, db: Connection, card_id: int) -> Row:
        row = db.execute("SELECT * FROM cards WHERE id = ?", (card_id,)).fetchone()
        if row is None:
            raise DraftNotFoundError(f"There is no card {card_id} (its draft may have been deleted).")
        return row

    def _set_deleted(self, draft_id: int, when: str | None) -> None:
        with self._transaction() as db:
            self._draft_row(db, draft_id)
            db.execute("UPDATE drafts SET deleted_at = ? WHERE id = ?", (when, draft_id))

    @staticmethod
    def _insert_card(db: Connection, draft_id: int, angle: str, position: int, text: str, now: str) -> int:
        card_id: int = db.execute(
            "INSERT INTO cards (draft_id, angle, position, text, updated_at) VALUES (?, ?, ?, ?, ?)",
            (draft_id, angle, position, text, now),
        ).lastrowid
        return card_id

    @staticmethod
    def _insert_version(
        db: Connection, card_id: int, text: str, source: str, model: str, created_at: str, saved_at: str
    ) -> int:
        version_id: int = db.execute(
            "INSERT INTO card_versions (card_id, text, source, model, created_at, saved_at)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            (card_id, text, source, model, created_at, saved_at),
        ).lastrowid
        return version_id

    @staticmethod
    def _touch_draft(db: Connection, draft_id: int, now: str, model: str | None = None) -> None:
        if model is None:
            db.execute("UPDATE drafts SET updated_at = ? WHERE id = ?", (now, draft_id))
        else:
            db.execute("UPDATE drafts SET updated_at = ?, model = ? WHERE id = ?", (now, model, draft_id))

    def _record_from_row(self, db: Connection, row: Row) -> transfer.DraftRecord:
        draft = _draft_from_row(row, ())
        cards = []
        for card in db.execute("SELECT * FROM cards WHERE draft_id = ? ORDER BY position, id", (draft.id,)):
            versions = db.execute(
                "SELECT * FROM card_versions WHERE card_id = ? ORDER BY id", (card["id"],)
            ).fetchall()
            cards.append(
                transfer.CardRecord(
                    angle=card["angle"],
                    text=card["text"],
                    updated_at=from_db_time(card["updated_at"]),
                    versions=tuple(
                        transfer.VersionRecord(
                            text=v["text"],
                            source=v["source"],
                            model=v["model"],
                            created_at=from_db_time(v["created_at"]),
                            saved_at=from_db_time(v["saved_at"]),
                        )
                        for v in versions
                    ),
                )
            )
        return transfer.DraftRecord(
            uid=draft.uid,
            story=draft.story,
            options=draft.options,
            model=draft.model,
            status=draft.status,
            posted_at=draft.posted_at,
            created_at=draft.created_at,
            updated_at=draft.updated_at,
            cards=tuple(cards),
        )

    def _insert_record(self, db: Connection, record: transfer.DraftRecord) -> None:
        draft_id = db.execute(
            "INSERT INTO drafts (uid, story, options_json, model, status, posted_at, created_at, updated_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                record.uid,
                record.story,
                _options_json(record.options),
                record.model,
                record.status.value,
                to_db_time(record.posted_at) if record.posted_at else None,
                to_db_time(record.created_at),
                to_db_time(record.updated_at),
            ),
        ).lastrowid
        for position, card in enumerate(record.cards):
            stamp = to_db_time(card.updated_at)
            card_id = self._insert_card(db, draft_id, card.angle, position, card.text, stamp)
            if not card.versions:  # a hand-written file may list only the text
                self._insert_version(db, card_id, card.text, VersionSource.IMPORTED, "", stamp, stamp)
            for v in card.versions:
                self._insert_version(
                    db, card_id, v.text, v.source, v.model, to_db_time(v.created_at), to_db_time(v.saved_at)
                )


def _rollback_quietly(db: Connection) -> None:
    if not db.in_transaction:
        return
    try:
        db.execute("ROLLBACK")
    except DatabaseError:
        pass  # SQLite already rolled back (it does so itself after some I/O errors)


def _options_json(options: PostOptions) -> str:
    return json.dumps(options.to_dict(), ensure_ascii=False, sort_keys=True)


def _options_from_json(text: str) -> PostOptions:
    try:
        data = load_json(text)
    except ValueError:
        data = {}
    return PostOptions.from_dict(data if isinstance(data, dict) else {})


def _draft_from_row(row: Row, cards: tuple[Card, ...]) -> Draft:
    return Draft(
        id=row["id"],
        uid=row["uid"],
        story=row["story"],
        options=_options_from_json(row["options_json"]),
        model=row["model"],
        status=DraftStatus(row["status"]),
        posted_at=_optional_time(row["posted_at"]),
        created_at=from_db_time(row["created_at"]),
        updated_at=from_db_time(row["updated_at"]),
        deleted_at=_optional_time(row["deleted_at"]),
        cards=cards,
    )


def _card_from_row(row: Row) -> Card:
    return Card(
        id=row["id"],
        draft_id=row["draft_id"],
        angle=row["angle"],
        position=row["position"],
        text=row["text"],
        updated_at=from_db_time(row["updated_at"]),
        kept=bool(row["kept"]),
    )


def _version_from_row(row: Row) -> CardVersion:
    return CardVersion(
        id=row["id"],
        card_id=row["card_id"],
        text=row["text"],
        source=row["source"],
        model=row["model"],
        created_at=from_db_time(row["created_at"]),
        saved_at=from_db_time(row["saved_at"]),
    )


def _summary_from_row(row: Row, snippet: str) -> DraftSummary:
    return DraftSummary(
        id=row["id"],
        uid=row["uid"],
        title=title_from_story(row["story_start"]),
        status=DraftStatus(row["status"]),
        posted_at=_optional_time(row["posted_at"]),
        created_at=from_db_time(row["created_at"]),
        updated_at=from_db_time(row["updated_at"]),
        card_count=row["card_count"],
        snippet=snippet,
    )


def _optional_time(text: str | None) -> datetime | None:
    return from_db_time(text) if text else None
