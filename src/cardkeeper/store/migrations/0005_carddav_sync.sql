-- CardDAV sync (issue 6): the one address book a library syncs with, and for
-- each contact where its card is on the server and what was last agreed on.
-- The password is not here: it is in the system keyring.

CREATE TABLE carddav_account (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    book_url       TEXT NOT NULL CHECK (book_url <> ''),
    username       TEXT NOT NULL,
    -- RFC 6578 token of the last sync that finished; '' until one has.
    sync_token     TEXT NOT NULL DEFAULT '',
    last_synced_at TEXT
);

-- One row per card the server and the library share. contact_id becomes NULL
-- when the contact is purged from the trash, so the next sync still knows to
-- delete its card on the server instead of bringing it back.
CREATE TABLE carddav_cards (
    href        TEXT PRIMARY KEY,
    contact_id  INTEGER UNIQUE REFERENCES contacts (id) ON DELETE SET NULL,
    etag        TEXT NOT NULL,
    -- sha256 of the contact's synced fields as both sides last had them: a
    -- different hash now means the contact was edited here since.
    synced_hash TEXT NOT NULL
);
