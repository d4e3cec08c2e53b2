-- Follow-ups as tasks in a CalDAV task list (issue 19): the list a library
-- syncs with, and for each follow-up shared with it where its task is and what
-- both sides last agreed on. The account (user name, password in the keyring)
-- is the CardDAV sync's.

CREATE TABLE caldav_task_list (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    list_url       TEXT NOT NULL CHECK (list_url <> ''),
    username       TEXT NOT NULL,
    last_synced_at TEXT
);

-- One row per task the server and the library share. follow_up_id becomes
-- NULL when the follow-up is deleted here (an undone step), so the next sync
-- still knows to delete its task there.
CREATE TABLE caldav_tasks (
    href         TEXT PRIMARY KEY,
    follow_up_id INTEGER UNIQUE REFERENCES follow_ups (id) ON DELETE SET NULL,
    etag         TEXT NOT NULL,
    -- sha256 of the task as this library last wrote or read it: a different
    -- hash now means the follow-up changed here since.
    synced_hash  TEXT NOT NULL
);
