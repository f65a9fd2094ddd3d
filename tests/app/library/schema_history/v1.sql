-- Drafts library schema version 1, as shipped. Frozen history: never edit.

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
        );

CREATE INDEX drafts_by_update ON drafts(updated_at);

CREATE TABLE cards (
            id INTEGER PRIMARY KEY,
            draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
            angle TEXT NOT NULL,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );

CREATE INDEX cards_by_draft ON cards(draft_id, position);

CREATE TABLE card_versions (
            id INTEGER PRIMARY KEY,
            card_id INTEGER NOT NULL REFERENCES cards(id) ON DELETE CASCADE,
            text TEXT NOT NULL,
            source TEXT NOT NULL,
            model TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            saved_at TEXT NOT NULL
        );

CREATE INDEX versions_by_card ON card_versions(card_id, id);
