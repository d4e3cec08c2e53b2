-- Contacts and what a card brings with them: emails, phones, websites,
-- socials, the card images, the OCR words and how sure each field was.
-- Dates are ISO 8601 text ('2024-05-17'); times are ISO 8601 UTC text
-- ('2024-05-17T09:30:00.000000+00:00'), so text order is time order.
-- Texts are NOT NULL DEFAULT '' because "not found" is an empty string in the
-- domain, never a NULL that every reader would have to handle.

CREATE TABLE events (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL CHECK (name <> ''),
    date       TEXT,
    place      TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
-- Events are found by name when the user types one ("get or create").
CREATE UNIQUE INDEX events_by_name ON events (name COLLATE NOCASE);

CREATE TABLE contacts (
    id                INTEGER PRIMARY KEY,
    prefix            TEXT NOT NULL DEFAULT '',
    given_name        TEXT NOT NULL DEFAULT '',
    middle_name       TEXT NOT NULL DEFAULT '',
    family_name       TEXT NOT NULL DEFAULT '',
    suffix            TEXT NOT NULL DEFAULT '',
    full_name         TEXT NOT NULL DEFAULT '',
    title             TEXT NOT NULL DEFAULT '',
    company           TEXT NOT NULL DEFAULT '',
    address           TEXT NOT NULL DEFAULT '',
    notes             TEXT NOT NULL DEFAULT '',
    interested_in     TEXT NOT NULL DEFAULT '',
    card_text         TEXT NOT NULL DEFAULT '',
    event_id          INTEGER REFERENCES events (id) ON DELETE SET NULL,
    met_on            TEXT,
    needs_review      INTEGER NOT NULL DEFAULT 1 CHECK (needs_review IN (0, 1)),
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    deleted_at        TEXT,
    last_contacted_at TEXT
);
CREATE INDEX contacts_by_event ON contacts (event_id);
CREATE INDEX contacts_by_deleted_at ON contacts (deleted_at);
CREATE INDEX contacts_by_created_at ON contacts (created_at);

CREATE TABLE emails (
    id         INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    address    TEXT NOT NULL,
    -- address.casefold(): duplicates are found case-insensitively, and
    -- SQLite's NOCASE only folds ASCII.
    match_key  TEXT NOT NULL,
    position   INTEGER NOT NULL,
    UNIQUE (contact_id, position)
);
CREATE INDEX emails_by_match_key ON emails (match_key);

CREATE TABLE phones (
    id         INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('work', 'mobile', 'fax', 'other')),
    e164       TEXT NOT NULL,
    printed    TEXT NOT NULL DEFAULT '',
    position   INTEGER NOT NULL,
    UNIQUE (contact_id, position)
);
CREATE INDEX phones_by_e164 ON phones (e164);

CREATE TABLE websites (
    id         INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    url        TEXT NOT NULL,
    position   INTEGER NOT NULL,
    UNIQUE (contact_id, position)
);

-- LinkedIn URLs and @handles, kept apart from websites as the parser does.
CREATE TABLE socials (
    id         INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    handle     TEXT NOT NULL,
    position   INTEGER NOT NULL,
    UNIQUE (contact_id, position)
);

CREATE TABLE tags (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL CHECK (name <> '')
);
CREATE UNIQUE INDEX tags_by_name ON tags (name COLLATE NOCASE);

CREATE TABLE contact_tags (
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL REFERENCES tags (id) ON DELETE CASCADE,
    PRIMARY KEY (contact_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX contact_tags_by_tag ON contact_tags (tag_id);

-- One row per image file of a card: the flattened card the words were read
-- from, and the photo as the user gave it. file_name is the sha256 of the
-- bytes plus a suffix; the file lives in cards/<first two hex digits>/.
CREATE TABLE card_images (
    id         INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    side       TEXT NOT NULL CHECK (side IN ('front', 'back')),
    role       TEXT NOT NULL CHECK (role IN ('flattened', 'original')),
    file_name  TEXT NOT NULL,
    width      INTEGER NOT NULL CHECK (width > 0),
    height     INTEGER NOT NULL CHECK (height > 0),
    UNIQUE (contact_id, side, role)
);
CREATE INDEX card_images_by_file_name ON card_images (file_name);

CREATE TABLE ocr_words (
    id            INTEGER PRIMARY KEY,
    card_image_id INTEGER NOT NULL REFERENCES card_images (id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    text          TEXT NOT NULL,
    box_left      INTEGER NOT NULL,
    box_top       INTEGER NOT NULL,
    box_width     INTEGER NOT NULL,
    box_height    INTEGER NOT NULL,
    confidence    REAL NOT NULL CHECK (confidence BETWEEN 0.0 AND 1.0),
    block         INTEGER NOT NULL DEFAULT 0,
    paragraph     INTEGER NOT NULL DEFAULT 0,
    line          INTEGER NOT NULL DEFAULT 0,
    -- The contact field this word was read into ('name', 'email', ...), or ''.
    field         TEXT NOT NULL DEFAULT '',
    UNIQUE (card_image_id, position)
);

-- How sure the reader was of each field, so the review pane can mark weak ones.
CREATE TABLE field_confidences (
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    field      TEXT NOT NULL,
    confidence REAL NOT NULL CHECK (confidence BETWEEN 0.0 AND 1.0),
    PRIMARY KEY (contact_id, field)
) WITHOUT ROWID;
