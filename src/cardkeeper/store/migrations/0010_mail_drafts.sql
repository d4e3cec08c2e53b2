-- Drafts in the user's mailbox (issue 19): each email CardKeeper put in the
-- Drafts folder of the user's IMAP account, for whom and for which step. A
-- reply is looked for from the time a step was drafted (or the step before it
-- was sent); the message itself is on the server, not here.

CREATE TABLE mail_drafts (
    id           INTEGER PRIMARY KEY,
    contact_id   INTEGER NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    -- NULL for a draft written with no follow-up, or once the follow-up is gone.
    follow_up_id INTEGER REFERENCES follow_ups (id) ON DELETE SET NULL,
    subject      TEXT NOT NULL DEFAULT '',
    drafted_at   TEXT NOT NULL
);
CREATE INDEX mail_drafts_by_follow_up ON mail_drafts (follow_up_id);

-- How far the last check for replies read each folder of a mailbox, by the
-- messages' UIDs (RFC 3501): the next check reads only the headers of the
-- messages that came since, unless the server numbered the folder anew (its
-- UIDVALIDITY changed) or it is another mailbox (account: user@host:port).
CREATE TABLE mail_seen (
    account      TEXT NOT NULL,
    folder       TEXT NOT NULL,
    uid_validity INTEGER NOT NULL,
    last_uid     INTEGER NOT NULL,
    PRIMARY KEY (account, folder)
);
