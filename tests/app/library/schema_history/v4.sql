-- Drafts library schema version 4, as shipped. Frozen history: never edit.

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
        , posted_at TEXT);

CREATE INDEX drafts_by_update ON drafts(updated_at);

CREATE TABLE cards (
            id INTEGER PRIMARY KEY,
            draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
            angle TEXT NOT NULL,
            position INTEGER NOT NULL,
            text TEXT NOT NULL,
            updated_at TEXT NOT NULL
        , kept INTEGER NOT NULL DEFAULT 0);

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

CREATE VIRTUAL TABLE draft_search USING fts5(story, posts, tokenize = 'unicode61 remove_diacritics 2');

CREATE TRIGGER drafts_search_insert AFTER INSERT ON drafts BEGIN
            INSERT INTO draft_search(rowid, story, posts) VALUES (NEW.id, NEW.story, '');
        END;

CREATE TRIGGER drafts_search_update AFTER UPDATE OF story ON drafts BEGIN
            UPDATE draft_search SET story = NEW.story WHERE rowid = NEW.id;
        END;

CREATE TRIGGER drafts_search_delete AFTER DELETE ON drafts BEGIN
            DELETE FROM draft_search WHERE rowid = OLD.id;
        END;

CREATE TRIGGER cards_search_insert AFTER INSERT ON cards BEGIN 
    UPDATE draft_search
    SET posts = coalesce((SELECT group_concat(text, char(10)) FROM cards WHERE draft_id = NEW.draft_id), '')
    WHERE rowid = NEW.draft_id;
 END;

CREATE TRIGGER cards_search_update AFTER UPDATE OF text ON cards BEGIN 
    UPDATE draft_search
    SET posts = coalesce((SELECT group_concat(text, char(10)) FROM cards WHERE draft_id = NEW.draft_id), '')
    WHERE rowid = NEW.draft_id;
 END;

CREATE TRIGGER cards_search_delete AFTER DELETE ON cards BEGIN 
    UPDATE draft_search
    SET posts = coalesce((SELECT group_concat(text, char(10)) FROM cards WHERE draft_id = OLD.draft_id), '')
    WHERE rowid = OLD.draft_id;
 END;

CREATE TABLE preferences (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
