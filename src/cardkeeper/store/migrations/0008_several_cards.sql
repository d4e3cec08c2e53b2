-- Issue 19: a contact can hold several cards (two cards of one person merged
-- into one contact, an old card and a new one), each with a front and a back.
-- card_images gets a card number, 1 for the card the contact was read from;
-- each card has at most one image per side and role. Every image already
-- there is card 1, so nothing changes for a library's contacts.
--
-- SQLite cannot change a table's UNIQUE constraint, so card_images is made
-- again by SQLite's own recipe (create the new table, copy, drop the old one,
-- rename the new one), with foreign keys off while it runs (see
-- cardkeeper.store.migrate): ocr_words keeps pointing at card_images by name,
-- and its rows (millions in a big library) are neither copied nor lost. Rows
-- keep their ids.

CREATE TABLE card_images_several (
    id         INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    card       INTEGER NOT NULL DEFAULT 1 CHECK (card >= 1),
    side       TEXT NOT NULL CHECK (side IN ('front', 'back')),
    role       TEXT NOT NULL CHECK (role IN ('flattened', 'original')),
    file_name  TEXT NOT NULL,
    width      INTEGER NOT NULL CHECK (width > 0),
    height     INTEGER NOT NULL CHECK (height > 0),
    UNIQUE (contact_id, card, side, role)
);

INSERT INTO card_images_several (id, contact_id, card, side, role, file_name, width, height)
SELECT id, contact_id, 1, side, role, file_name, width, height FROM card_images;

DROP TABLE card_images;

ALTER TABLE card_images_several RENAME TO card_images;

CREATE INDEX card_images_by_file_name ON card_images (file_name);
