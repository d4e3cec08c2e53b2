"""Follow-ups: what to do next about whom, by when, and what became of it.

A follow-up is open while it is pending or snoozed. Done and skipped ones
stay, with when their state changed and (for the last of a sequence) why it
ended, so the contact pane can tell the story.
"""

from __future__ import annotations

import enum
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from cardkeeper.domain import Channel, FollowUp, FollowUpState, Outcome, QueueItem
from cardkeeper.errors import FollowUpError
from cardkeeper.store.database import Library
from cardkeeper.store.display_name import DISPLAY_NAME
from cardkeeper.store.sql import inserted_id, json_list
from cardkeeper.store.timestamps import (
    date_to_text,
    datetime_to_text,
    now_text,
    text_to_date,
    text_to_datetime,
)
from cardkeeper.wording import translate

OPEN_STATES = (FollowUpState.PENDING, FollowUpState.SNOOZED)

_COLUMNS = (
    "id, contact_id, due, channel, step, reason, template_id, state, state_changed_at,"
    " sequence_id, outcome"
)

_OPEN = "f.state IN ('pending', 'snoozed') AND c.deleted_at IS NULL"

_ITEMS = f"""
SELECT
    {", ".join(f"f.{column.strip()}" for column in _COLUMNS.split(","))},
    {DISPLAY_NAME} AS name,
    c.company,
    coalesce((SELECT m.address FROM emails AS m
        WHERE m.contact_id = c.id ORDER BY m.position LIMIT 1), ''),
    coalesce(e.name, ''),
    c.met_on,
    c.interested_in,
    coalesce(s.name, ''),
    (SELECT count(*) FROM sequence_steps AS st WHERE st.sequence_id = f.sequence_id),
    coalesce(t.name, ''),
    CASE WHEN f.state = 'snoozed' THEN 0 ELSE coalesce(w.window_days, 0) END
FROM follow_ups AS f
    JOIN contacts AS c ON c.id = f.contact_id
    LEFT JOIN events AS e ON e.id = c.event_id
    LEFT JOIN sequences AS s ON s.id = f.sequence_id
    LEFT JOIN templates AS t ON t.id = f.template_id
    LEFT JOIN sequence_steps AS w ON w.sequence_id = f.sequence_id AND w.step = f.step
"""
"""Follow-ups with what the queue shows of their person, in one statement."""

_QUEUE = f"{_ITEMS} WHERE {_OPEN} ORDER BY f.due, name COLLATE NOCASE, f.id"
"""Every open follow-up with what the queue shows of its person."""


@dataclass(frozen=True)
class ContactStatus:
    """What a follow-up needs to know of its contact to refuse with a clear sentence."""

    name: str
    in_trash: bool


class FollowUps:
    def __init__(self, library: Library) -> None:
        self._library = library

    def add(self, follow_up: FollowUp) -> int:
        """Save a new follow-up (``id`` must be None); return its id."""
        with self._library.transaction() as connection:
            return insert(connection, follow_up)

    def get(self, follow_up_id: int) -> FollowUp | None:
        return find(self._library.connection, follow_up_id)

    def for_contact(self, contact_id: int) -> list[FollowUp]:
        """All of the contact's follow-ups, open or not, in the order they are due."""
        rows = self._library.connection.execute(
            f"SELECT {_COLUMNS} FROM follow_ups WHERE contact_id = ? ORDER BY due, step, id",
            (contact_id,),
        )
        return [_follow_up(row) for row in rows]

    def open_items(self) -> list[QueueItem]:
        """The queue: open follow-ups of contacts not in the trash, by due date, then name."""
        rows = self._library.connection.execute(_QUEUE).fetchall()
        return [_queue_item(row) for row in rows]

    def items(self, follow_up_ids: list[int]) -> list[QueueItem]:
        """These follow-ups as the queue would show them, open or not (a closed one's task
        is updated with what it says)."""
        found: list[QueueItem] = []
        for start in range(0, len(follow_up_ids), 500):
            chunk = follow_up_ids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            rows = self._library.connection.execute(f"{_ITEMS} WHERE f.id IN ({marks})", chunk)
            found.extend(_queue_item(row) for row in rows)
        return found

    def count_due(self, by: date) -> int:
        """How many open follow-ups (of contacts not in the trash) are due on ``by`` or before."""
        (count,) = self._library.connection.execute(
            "SELECT count(*) FROM follow_ups AS f JOIN contacts AS c ON c.id = f.contact_id"
            f" WHERE {_OPEN} AND f.due <= ?",
            (date_to_text(by),),
        ).fetchone()
        return int(count)

    def set_state(
        self,
        follow_up_id: int,
        state: FollowUpState,
        now: datetime,
        *,
        due: date | None = None,
        outcome: Outcome | None = None,
    ) -> None:
        """Change a follow-up's state as of ``now``, and its due day or outcome when given."""
        with self._library.transaction() as connection:
            change_state(connection, follow_up_id, state, now, due=due, outcome=outcome)

    def delete(self, follow_up_id: int) -> None:
        """Remove a follow-up for good, e.g. to undo the accept that scheduled it."""
        with self._library.transaction() as connection:
            connection.execute("DELETE FROM follow_ups WHERE id = ?", (follow_up_id,))


class KeptSequence(enum.StrEnum):
    """Whose open follow-ups go on after a merge: a person gets each step once, not twice."""

    NONE = "none"
    """Neither contact had a follow-up open."""
    TARGET = "target"
    """Only the contact kept had one open: it goes on."""
    SOURCE = "source"
    """Only the card merged into it had one open: it moved over and goes on."""
    TARGET_FURTHER = "target_further"
    """Both had one open; the kept contact's was as far along or further, so it goes on and
    the card's stays with the card in the trash."""
    SOURCE_FURTHER = "source_further"
    """Both had one open; the card's was further along, so it moved over and goes on, and the
    kept contact's waits with the card in the trash: starting again from an earlier step
    would repeat a step the person already had."""


@dataclass(frozen=True)
class MovedFollowUps:
    """What a merge did to the two contacts' follow-ups, and what undoing it needs."""

    kept: KeptSequence
    moved_ids: tuple[int, ...]
    """The source's follow-ups now the target's: its history, and its open steps if kept."""
    parked_ids: tuple[int, ...]
    """The target's open follow-ups now with the source in the trash (``SOURCE_FURTHER``)."""


def move_for_merge(
    connection: sqlite3.Connection, source_id: int, target_id: int
) -> MovedFollowUps:
    """Give the source's follow-ups to the target, keeping one open sequence of the two.

    Done and skipped ones always move: they are what happened with the person.
    When both have open steps, the sequence further along (its open step has the
    higher number) goes on, the target's on a tie; the other's open steps stay
    with the source, in the trash, where undo finds them.
    """
    target_step = _open_step(connection, target_id)
    source_step = _open_step(connection, source_id)
    if source_step is None:
        kept = KeptSequence.TARGET if target_step is not None else KeptSequence.NONE
    elif target_step is None:
        kept = KeptSequence.SOURCE
    elif source_step > target_step:
        kept = KeptSequence.SOURCE_FURTHER
    else:
        kept = KeptSequence.TARGET_FURTHER
    # The source's open steps stay with it only when the target's go on instead.
    moved = _ids(
        connection, source_id, only=_ONLY_CLOSED if kept is KeptSequence.TARGET_FURTHER else ""
    )
    parked = (
        _ids(connection, target_id, only=_ONLY_OPEN) if kept is KeptSequence.SOURCE_FURTHER else ()
    )
    _give(connection, moved, target_id)
    _give(connection, parked, source_id)
    return MovedFollowUps(kept, moved, parked)


def return_for_merge(
    connection: sqlite3.Connection, moved: MovedFollowUps, source_id: int, target_id: int
) -> None:
    """Take back :func:`move_for_merge`: each follow-up back with the contact it came from."""
    _give(connection, moved.moved_ids, source_id)
    _give(connection, moved.parked_ids, target_id)


_ONLY_OPEN = "AND state IN ('pending', 'snoozed')"
_ONLY_CLOSED = "AND state NOT IN ('pending', 'snoozed')"


def _open_step(connection: sqlite3.Connection, contact_id: int) -> int | None:
    (step,) = connection.execute(
        f"SELECT max(step) FROM follow_ups WHERE contact_id = ? {_ONLY_OPEN}", (contact_id,)
    ).fetchone()
    return None if step is None else int(step)


def _ids(connection: sqlite3.Connection, contact_id: int, *, only: str) -> tuple[int, ...]:
    """Ids of the contact's follow-ups, ``only`` the open or closed ones ("": all of them)."""
    rows = connection.execute(
        f"SELECT id FROM follow_ups WHERE contact_id = ? {only} ORDER BY id", (contact_id,)
    )
    return tuple(follow_up_id for (follow_up_id,) in rows)


def _give(connection: sqlite3.Connection, ids: Sequence[int], contact_id: int) -> None:
    connection.execute(
        "UPDATE follow_ups SET contact_id = ? WHERE id IN (SELECT value FROM json_each(?))",
        (contact_id, json_list(ids)),
    )


def insert(connection: sqlite3.Connection, follow_up: FollowUp) -> int:
    """Add a follow-up inside the caller's transaction."""
    if follow_up.id is not None:
        raise ValueError(f"follow-up {follow_up.id} is already saved")
    changed = follow_up.state_changed_at
    cursor = connection.execute(
        "INSERT INTO follow_ups (contact_id, sequence_id, step, due, channel, reason, template_id,"
        " state, state_changed_at, outcome, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            follow_up.contact_id,
            follow_up.sequence_id,
            follow_up.step,
            date_to_text(follow_up.due),
            follow_up.channel,
            follow_up.reason,
            follow_up.template_id,
            follow_up.state,
            datetime_to_text(changed) if changed else None,
            follow_up.outcome,
            now_text(),
        ),
    )
    return inserted_id(cursor)


def find(connection: sqlite3.Connection, follow_up_id: int) -> FollowUp | None:
    row = connection.execute(
        f"SELECT {_COLUMNS} FROM follow_ups WHERE id = ?", (follow_up_id,)
    ).fetchone()
    return _follow_up(row) if row else None


def has_open(connection: sqlite3.Connection, contact_id: int) -> bool:
    """Whether the contact has a pending or snoozed follow-up."""
    row = connection.execute(
        "SELECT 1 FROM follow_ups WHERE contact_id = ? AND state IN ('pending', 'snoozed') LIMIT 1",
        (contact_id,),
    ).fetchone()
    return row is not None


def contact_status(connection: sqlite3.Connection, contact_id: int) -> ContactStatus | None:
    """The contact's display name and whether it is in the trash; None if it is gone."""
    row = connection.execute(
        f"SELECT {DISPLAY_NAME}, deleted_at IS NOT NULL FROM contacts AS c WHERE c.id = ?",
        (contact_id,),
    ).fetchone()
    return ContactStatus(row[0], bool(row[1])) if row else None


def change_state(
    connection: sqlite3.Connection,
    follow_up_id: int,
    state: FollowUpState,
    now: datetime,
    *,
    due: date | None = None,
    outcome: Outcome | None = None,
) -> None:
    """Set the state (and due day, outcome when given) inside the caller's transaction."""
    cursor = connection.execute(
        "UPDATE follow_ups SET state = ?, state_changed_at = ?, due = coalesce(?, due),"
        " outcome = coalesce(?, outcome) WHERE id = ?",
        (
            state,
            datetime_to_text(now),
            date_to_text(due),
            None if outcome is None else str(outcome),
            follow_up_id,
        ),
    )
    if cursor.rowcount == 0:
        raise FollowUpError(
            translate("follow_ups", "There is no follow-up #{id} in the library.").format(
                id=follow_up_id
            )
        )


def restore(connection: sqlite3.Connection, follow_up: FollowUp) -> None:
    """Put a follow-up back exactly as it was read (an undo), inside the caller's transaction."""
    changed = follow_up.state_changed_at
    connection.execute(
        "UPDATE follow_ups SET state = ?, state_changed_at = ?, due = ?, outcome = ? WHERE id = ?",
        (
            follow_up.state,
            datetime_to_text(changed) if changed else None,
            date_to_text(follow_up.due),
            str(follow_up.outcome),
            follow_up.id,
        ),
    )


def _follow_up(row: tuple[Any, ...]) -> FollowUp:
    due = text_to_date(row[2])
    assert due is not None  # NOT NULL in the schema
    return FollowUp(
        id=row[0],
        contact_id=row[1],
        due=due,
        channel=Channel(row[3]),
        step=row[4],
        reason=row[5],
        template_id=row[6],
        state=FollowUpState(row[7]),
        state_changed_at=text_to_datetime(row[8]),
        sequence_id=row[9],
        outcome=Outcome(row[10]),
    )


def _queue_item(row: tuple[Any, ...]) -> QueueItem:
    return QueueItem(
        follow_up=_follow_up(row[:11]),
        contact_name=row[11],
        company=row[12],
        email=row[13],
        event_name=row[14],
        met_on=text_to_date(row[15]),
        interested_in=row[16],
        sequence_name=row[17],
        steps_in_sequence=row[18],
        template_name=row[19],
        window_days=row[20],
    )
