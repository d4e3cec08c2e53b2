-- Following through: templates, sequences of steps, the follow-ups they
-- schedule, what happened with each contact, and the search index.

CREATE TABLE templates (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL CHECK (name <> ''),
    subject    TEXT NOT NULL DEFAULT '',
    body       TEXT NOT NULL DEFAULT '',
    -- Shipped with the app: may be restored, not deleted.
    built_in   INTEGER NOT NULL DEFAULT 0 CHECK (built_in IN (0, 1)),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX templates_by_name ON templates (name COLLATE NOCASE);

CREATE TABLE sequences (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL CHECK (name <> ''),
    built_in   INTEGER NOT NULL DEFAULT 0 CHECK (built_in IN (0, 1)),
    created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX sequences_by_name ON sequences (name COLLATE NOCASE);

CREATE TABLE sequence_steps (
    id            INTEGER PRIMARY KEY,
    sequence_id   INTEGER NOT NULL REFERENCES sequences (id) ON DELETE CASCADE,
    step          INTEGER NOT NULL CHECK (step >= 1),
    -- Counted from the previous step (from meeting the contact for step 1).
    delay_days    INTEGER NOT NULL CHECK (delay_days >= 0),
    business_days INTEGER NOT NULL DEFAULT 0 CHECK (business_days IN (0, 1)),
    channel       TEXT NOT NULL DEFAULT 'email'
                  CHECK (channel IN ('email', 'call', 'meeting', 'other')),
    template_id   INTEGER REFERENCES templates (id) ON DELETE SET NULL,
    UNIQUE (sequence_id, step)
);

CREATE TABLE follow_ups (
    id               INTEGER PRIMARY KEY,
    contact_id       INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    sequence_id      INTEGER REFERENCES sequences (id) ON DELETE SET NULL,
    step             INTEGER NOT NULL DEFAULT 1 CHECK (step >= 1),
    due              TEXT NOT NULL,
    channel          TEXT NOT NULL DEFAULT 'email'
                     CHECK (channel IN ('email', 'call', 'meeting', 'other')),
    reason           TEXT NOT NULL DEFAULT '',
    template_id      INTEGER REFERENCES templates (id) ON DELETE SET NULL,
    state            TEXT NOT NULL DEFAULT 'pending'
                     CHECK (state IN ('pending', 'done', 'snoozed', 'skipped')),
    state_changed_at TEXT,
    created_at       TEXT NOT NULL
);
-- The queue window asks "what is open, by due date" on every refresh.
CREATE INDEX follow_ups_by_state_and_due ON follow_ups (state, due);
CREATE INDEX follow_ups_by_contact ON follow_ups (contact_id);

CREATE TABLE activities (
    id         INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('scanned', 'met', 'emailed', 'called', 'note')),
    at         TEXT NOT NULL,
    detail     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX activities_by_contact ON activities (contact_id, at);

-- What the search index holds, defined once: a row for each contact not in
-- the trash. The repository refreshes a contact's row from this view after
-- each change (a deleted contact's row goes), and this migration fills the
-- index from it for the contacts already there.
CREATE VIEW contact_search_source AS
SELECT
    c.id AS contact_id,
    c.prefix || ' ' || c.given_name || ' ' || c.middle_name || ' ' || c.family_name || ' '
        || c.suffix || ' ' || c.full_name AS name,
    c.company AS company,
    c.title AS title,
    (SELECT group_concat(address, ' ') FROM emails WHERE contact_id = c.id) AS emails,
    (SELECT group_concat(e164 || ' ' || printed, ' ') FROM phones WHERE contact_id = c.id)
        AS phones,
    c.notes AS notes,
    c.interested_in AS interests,
    c.card_text AS card_text
FROM contacts AS c
WHERE c.deleted_at IS NULL;

-- Words are matched by prefix as the user types. Prefix indexes for the
-- first four characters keep the first keystrokes fast on a big library (a
-- "+4930" in 100,000 Berlin numbers: 46 ms without the 4, under 1 ms with it).
-- remove_diacritics lets "muller" find "Müller".
CREATE VIRTUAL TABLE contact_search USING fts5 (
    name, company, title, emails, phones, notes, interests, card_text,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '1 2 3 4'
);

INSERT INTO contact_search (rowid, name, company, title, emails, phones, notes, interests, card_text)
SELECT contact_id, name, company, title, emails, phones, notes, interests, card_text
FROM contact_search_source;
