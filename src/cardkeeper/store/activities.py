"""What happened with each contact (scanned, met, emailed, called, a note); who drifts away.

Logging an email, a call or a meeting also moves the contact's "last
contacted" time forward, in the same transaction, so the two never disagree.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from datetime import datetime
from typing import Any

from cardkeeper.domain import Activity, ActivityKind
from cardkeeper.store.database import Library
from cardkeeper.store.display_name import DISPLAY_NAME
from cardkeeper.store.sql import inserted_id, json_list
from cardkeeper.store.timestamps import datetime_to_text, text_to_datetime

CONTACTING = frozenset({ActivityKind.EMAILED, ActivityKind.CALLED, ActivityKind.MET})
"""The kinds that are the user reaching the person, which reset "last contacted"."""

_LOSING_TOUCH = f"""
SELECT id, name, last_activity FROM (
    SELECT
        c.id,
        {DISPLAY_NAME} AS name,
        c.created_at,
        CASE
            WHEN c.last_contacted_at IS NULL THEN a.at
            WHEN a.at IS NULL OR c.last_contacted_at > a.at THEN c.last_contacted_at
            ELSE a.at
        END AS last_activity
    FROM contacts AS c
        LEFT JOIN (SELECT contact_id, max(at) AS at FROM activities GROUP BY contact_id) AS a
        ON a.contact_id = c.id
    WHERE c.deleted_at IS NULL
)
WHERE coalesce(last_activity, created_at) < ?
ORDER BY coalesce(last_activity, created_at), name COLLATE NOCASE, id
"""
"""``last_contacted_at`` counts as activity too: a contact imported from another
program may bring it along without any activity of ours.
"""


class Activities:
    def __init__(self, library: Library) -> None:
        self._library = library

    def log(self, activity: Activity) -> int:
        """Record ``activity`` (its ``id`` must be None); return its id."""
        with self._library.transaction() as connection:
            return insert(connection, activity)

    def for_contact(self, contact_id: int) -> list[Activity]:
        """The contact's activity log, newest first."""
        rows = self._library.connection.execute(
            "SELECT id, contact_id, kind, at, detail FROM activities WHERE contact_id = ?"
            " ORDER BY at DESC, id DESC",
            (contact_id,),
        )
        return [_activity(row) for row in rows]

    def losing_touch(self, before: datetime) -> list[tuple[int, str, datetime | None]]:
        """Contacts not in the trash with no activity since ``before``, longest silent first.

        Each is (contact id, display name, time of the last activity or None if
        there was none); a contact with no activity counts from when it was
        added, so a card scanned yesterday is not yet drifting away.
        """
        rows = self._library.connection.execute(_LOSING_TOUCH, (datetime_to_text(before),))
        return [(row[0], row[1], text_to_datetime(row[2])) for row in rows]


def insert(connection: sqlite3.Connection, activity: Activity) -> int:
    """Record an activity inside the caller's transaction, moving "last contacted" if it counts.

    "Last contacted" only moves forward: a call logged late, for last week,
    does not hide the email sent yesterday.
    """
    if activity.id is not None:
        raise ValueError(f"activity {activity.id} is already saved")
    at = datetime_to_text(activity.at)
    cursor = connection.execute(
        "INSERT INTO activities (contact_id, kind, at, detail) VALUES (?, ?, ?, ?)",
        (activity.contact_id, activity.kind, at, activity.detail),
    )
    if activity.kind in CONTACTING:
        connection.execute(
            "UPDATE contacts SET last_contacted_at = ?"
            " WHERE id = ? AND (last_contacted_at IS NULL OR last_contacted_at < ?)",
            (at, activity.contact_id, at),
        )
    return inserted_id(cursor)


def last_contacted(connection: sqlite3.Connection, contact_id: int) -> datetime | None:
    """The contact's "last contacted", read inside the caller's transaction."""
    row = connection.execute(
        "SELECT last_contacted_at FROM contacts WHERE id = ?", (contact_id,)
    ).fetchone()
    return text_to_datetime(row[0]) if row else None


def remove(
    connection: sqlite3.Connection,
    activity: int,
    contact_id: int,
    last_contacted_at: datetime | None,
) -> None:
    """Take back a logged activity inside the caller's transaction, and the "last contacted" it
    moved: ``last_contacted_at`` is what :func:`last_contacted` said before it was logged.
    """
    connection.execute("DELETE FROM activities WHERE id = ?", (activity,))
    connection.execute(
        "UPDATE contacts SET last_contacted_at = ? WHERE id = ?",
        (datetime_to_text(last_contacted_at) if last_contacted_at else None, contact_id),
    )


def _activity(row: tuple[Any, ...]) -> Activity:
    at = text_to_datetime(row[3])
    assert at is not None  # NOT NULL in the schema
    return Activity(id=row[0], contact_id=row[1], kind=ActivityKind(row[2]), at=at, detail=row[4])


def move(connection: sqlite3.Connection, source_id: int, target_id: int) -> tuple[int, ...]:
    """Give the source's activity log to the target (a merge); return the ids moved."""
    rows = connection.execute(
        "UPDATE activities SET contact_id = ? WHERE contact_id = ? RETURNING id",
        (target_id, source_id),
    ).fetchall()
    return tuple(sorted(activity_id for (activity_id,) in rows))


def give_back(connection: sqlite3.Connection, activity_ids: Sequence[int], source_id: int) -> None:
    """Take back :func:`move`: these activities are the source's again."""
    connection.execute(
        "UPDATE activities SET contact_id = ? WHERE id IN (SELECT value FROM json_each(?))",
        (source_id, json_list(activity_ids)),
    )
