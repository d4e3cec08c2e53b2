"""The emails CardKeeper put in the Drafts folder of the user's mailbox, the open steps
whose replies to look for, and how far the last check read each folder.

A step is watched for a reply from when it was drafted there, or from when the
step before it was done (the user sent that email); for the user's own email
to them, from when it was scheduled. Both are read here in one statement for
every open follow-up, so one check of the mailbox costs one query.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime

from cardkeeper.store.database import Library
from cardkeeper.store.display_name import DISPLAY_NAME
from cardkeeper.store.sql import inserted_id
from cardkeeper.store.timestamps import datetime_to_text, text_to_datetime

_WATCHED = f"""
SELECT
    f.id,
    f.contact_id,
    {DISPLAY_NAME},
    (SELECT group_concat(m.address, ' ') FROM emails AS m WHERE m.contact_id = c.id),
    f.created_at,
    (SELECT max(d.drafted_at) FROM mail_drafts AS d WHERE d.follow_up_id = f.id),
    (SELECT max(p.state_changed_at) FROM follow_ups AS p
        WHERE p.contact_id = f.contact_id AND p.state = 'done' AND p.id <> f.id
        AND p.sequence_id IS f.sequence_id AND p.step = f.step - 1)
FROM follow_ups AS f
    JOIN contacts AS c ON c.id = f.contact_id
WHERE f.state IN ('pending', 'snoozed') AND c.deleted_at IS NULL
    AND EXISTS (SELECT 1 FROM emails AS m WHERE m.contact_id = c.id)
ORDER BY f.id
"""


@dataclass(frozen=True)
class WatchedStep:
    """An open follow-up of a contact with an email address, and since when to look."""

    follow_up_id: int
    contact_id: int
    name: str
    addresses: frozenset[str]
    """The contact's addresses, lower case."""
    scheduled_at: datetime
    """When the step was scheduled: mail the user sent them after it does the step."""
    reply_since: datetime | None
    """When the step was drafted, or the step before it sent: mail from them after it is
    a reply; None when neither happened yet (there is nothing to reply to)."""


def record(
    connection: sqlite3.Connection,
    contact_id: int,
    follow_up_id: int | None,
    subject: str,
    at: datetime,
) -> int:
    """Note, inside the caller's transaction, a draft put in the mailbox; its id."""
    cursor = connection.execute(
        "INSERT INTO mail_drafts (contact_id, follow_up_id, subject, drafted_at)"
        " VALUES (?, ?, ?, ?)",
        (contact_id, follow_up_id, subject, datetime_to_text(at)),
    )
    return inserted_id(cursor)


def remove(connection: sqlite3.Connection, draft_id: int) -> None:
    """Forget a draft noted by :func:`record` (to take back the saving of it)."""
    connection.execute("DELETE FROM mail_drafts WHERE id = ?", (draft_id,))


def watched_steps(library: Library) -> list[WatchedStep]:
    """Every open follow-up of a contact not in the trash that has an email address."""
    watched = []
    for row in library.connection.execute(_WATCHED):
        scheduled = text_to_datetime(row[4])
        assert scheduled is not None  # NOT NULL in the schema
        since = [t for t in (text_to_datetime(row[5]), text_to_datetime(row[6])) if t]
        watched.append(
            WatchedStep(
                follow_up_id=row[0],
                contact_id=row[1],
                name=row[2],
                addresses=frozenset(row[3].lower().split()),
                scheduled_at=scheduled,
                reply_since=max(since) if since else None,
            )
        )
    return watched


def seen_up_to(library: Library, account: str, folder: str) -> tuple[int, int] | None:
    """(UIDVALIDITY, last UID) of the folder as the last check for replies read it, or None."""
    row = library.connection.execute(
        "SELECT uid_validity, last_uid FROM mail_seen WHERE account = ? AND folder = ?",
        (account, folder),
    ).fetchone()
    return None if row is None else (row[0], row[1])


def note_seen(
    connection: sqlite3.Connection, account: str, folder: str, uid_validity: int, last_uid: int
) -> None:
    """Remember, inside the caller's transaction, that a check read the folder this far."""
    connection.execute(
        "INSERT INTO mail_seen (account, folder, uid_validity, last_uid) VALUES (?, ?, ?, ?)"
        " ON CONFLICT (account, folder) DO UPDATE SET uid_validity = excluded.uid_validity,"
        " last_uid = excluded.last_uid",
        (account, folder, uid_validity, last_uid),
    )
