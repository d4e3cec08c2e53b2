"""Sequences of follow-up steps, and which one an event's contacts follow.

A sequence is saved whole: its row and all of its steps in one transaction, so
a follow-up never meets a sequence with half of its new steps.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

from cardkeeper.domain import Channel, Sequence, SequenceStep
from cardkeeper.errors import FollowUpError
from cardkeeper.store.database import Library
from cardkeeper.store.sql import inserted_id, json_list
from cardkeeper.store.timestamps import now_text
from cardkeeper.wording import translate

_SELECT = "SELECT id, name, built_in FROM sequences"


class Sequences:
    def __init__(self, library: Library) -> None:
        self._library = library

    def all(self) -> list[Sequence]:
        """Every sequence with its steps, by name (any case)."""
        connection = self._library.connection
        rows = connection.execute(f"{_SELECT} ORDER BY name COLLATE NOCASE, id").fetchall()
        return _with_steps(connection, rows)

    def get(self, sequence_id: int) -> Sequence | None:
        return find(self._library.connection, sequence_id)

    def by_name(self, name: str) -> Sequence | None:
        return find_by_name(self._library.connection, name)

    def save(self, sequence: Sequence) -> int:
        """Insert ``sequence`` (id None) or update it and replace its steps; return its id.

        Steps are numbered 1, 2, 3… in the order of the list, whatever their
        ``step`` says, so an editor can reorder them freely. A built-in
        sequence keeps its name and flag. Raises :class:`FollowUpError` for an
        empty or taken name, no steps, a negative delay or window, a template
        that is gone, or a sequence deleted meanwhile.
        """
        name = sequence.name.strip()
        _check(name, sequence.steps)
        with self._library.transaction() as connection:
            taken = find_by_name(connection, name)
            if taken is not None and taken.id != sequence.id:
                raise FollowUpError(
                    translate(
                        "sequences",
                        "There is already a sequence called “{name}”: pick another name.",
                    ).format(name=taken.name)
                )
            _check_templates(connection, sequence.steps)
            if sequence.id is None:
                return insert(connection, sequence)
            stored = find(connection, sequence.id)
            if stored is None:
                raise FollowUpError(
                    translate(
                        "sequences",
                        "The sequence “{name}” was deleted meanwhile, "
                        "so the changes were not saved.",
                    ).format(name=name)
                )
            if stored.built_in and name != stored.name:
                raise FollowUpError(
                    translate(
                        "sequences",
                        "“{name}” is the built-in sequence and keeps its name: "
                        "make a new sequence to have one of your own.",
                    ).format(name=stored.name)
                )
            connection.execute("UPDATE sequences SET name = ? WHERE id = ?", (name, sequence.id))
            connection.execute("DELETE FROM sequence_steps WHERE sequence_id = ?", (sequence.id,))
            _insert_steps(connection, sequence.id, sequence.steps)
            return sequence.id

    def delete(self, sequence_id: int) -> None:
        """Delete a sequence of the user's; its follow-ups stay, but schedule no further steps.

        Events that used it go back to the default sequence. Deleting one that
        is already gone does nothing.
        """
        with self._library.transaction() as connection:
            stored = find(connection, sequence_id)
            if stored is not None and stored.built_in:
                raise FollowUpError(
                    translate(
                        "sequences",
                        "“{name}” is the built-in sequence and cannot be deleted; "
                        "change its steps instead.",
                    ).format(name=stored.name)
                )
            connection.execute("DELETE FROM sequences WHERE id = ?", (sequence_id,))

    def for_event(self, event_id: int) -> Sequence | None:
        """The sequence chosen for the event, or None when it uses the default."""
        return for_event(self._library.connection, event_id)

    def set_for_event(self, event_id: int, sequence_id: int | None) -> None:
        """Make the event's contacts follow ``sequence_id`` (None: the default sequence)."""
        with self._library.transaction() as connection:
            if sequence_id is not None and find(connection, sequence_id) is None:
                raise FollowUpError(
                    translate(
                        "sequences", "That sequence is no longer in the library: pick another one."
                    )
                )
            cursor = connection.execute(
                "UPDATE events SET sequence_id = ? WHERE id = ?", (sequence_id, event_id)
            )
            if cursor.rowcount == 0:
                raise FollowUpError(
                    translate("sequences", "That event is no longer in the library.")
                )


def find(connection: sqlite3.Connection, sequence_id: int) -> Sequence | None:
    rows = connection.execute(f"{_SELECT} WHERE id = ?", (sequence_id,)).fetchall()
    return next(iter(_with_steps(connection, rows)), None)


def find_by_name(connection: sqlite3.Connection, name: str) -> Sequence | None:
    rows = connection.execute(
        f"{_SELECT} WHERE name = ? COLLATE NOCASE", (name.strip(),)
    ).fetchall()
    return next(iter(_with_steps(connection, rows)), None)


def for_event(connection: sqlite3.Connection, event_id: int) -> Sequence | None:
    rows = connection.execute(
        f"{_SELECT} WHERE id = (SELECT sequence_id FROM events WHERE id = ?)", (event_id,)
    ).fetchall()
    return next(iter(_with_steps(connection, rows)), None)


def insert(connection: sqlite3.Connection, sequence: Sequence) -> int:
    """Add a sequence and its steps inside the caller's transaction; the name must be free."""
    cursor = connection.execute(
        "INSERT INTO sequences (name, built_in, created_at) VALUES (?, ?, ?)",
        (sequence.name.strip(), int(sequence.built_in), now_text()),
    )
    sequence_id = inserted_id(cursor)
    _insert_steps(connection, sequence_id, sequence.steps)
    return sequence_id


def _check(name: str, steps: list[SequenceStep]) -> None:
    if not name:
        raise FollowUpError(translate("sequences", "A sequence needs a name."))
    if not steps:
        raise FollowUpError(
            translate("sequences", "The sequence “{name}” needs at least one step.").format(
                name=name
            )
        )
    for number, step in enumerate(steps, start=1):
        if step.delay_days < 0 or step.window_days < 0:
            raise FollowUpError(
                translate(
                    "sequences", "Step {number} of “{name}” cannot wait a negative number of days."
                ).format(number=number, name=name)
            )


def _check_templates(connection: sqlite3.Connection, steps: list[SequenceStep]) -> None:
    wanted = {step.template_id for step in steps if step.template_id is not None}
    found = {
        template_id
        for (template_id,) in connection.execute(
            "SELECT id FROM templates WHERE id IN (SELECT value FROM json_each(?))",
            (json_list(wanted),),
        )
    }
    for number, step in enumerate(steps, start=1):
        if step.template_id is not None and step.template_id not in found:
            raise FollowUpError(
                translate(
                    "sequences",
                    "Step {number} uses a template that is no longer in the library: "
                    "pick another one.",
                ).format(number=number)
            )


def _insert_steps(
    connection: sqlite3.Connection, sequence_id: int, steps: Iterable[SequenceStep]
) -> None:
    connection.executemany(
        "INSERT INTO sequence_steps (sequence_id, step, delay_days, window_days, business_days,"
        " channel, template_id, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                sequence_id,
                number,
                step.delay_days,
                step.window_days,
                int(step.business_days),
                step.channel,
                step.template_id,
                step.reason,
            )
            for number, step in enumerate(steps, start=1)
        ],
    )


def _with_steps(connection: sqlite3.Connection, rows: list[tuple[Any, ...]]) -> list[Sequence]:
    """The sequences of ``rows`` with their steps, read in one more query."""
    steps: dict[int, list[SequenceStep]] = {}
    step_rows = connection.execute(
        "SELECT sequence_id, step, delay_days, window_days, business_days, channel, template_id,"
        " reason FROM sequence_steps WHERE sequence_id IN (SELECT value FROM json_each(?))"
        " ORDER BY sequence_id, step",
        (json_list(row[0] for row in rows),),
    )
    for row in step_rows:
        steps.setdefault(row[0], []).append(
            SequenceStep(
                step=row[1],
                delay_days=row[2],
                window_days=row[3],
                business_days=bool(row[4]),
                channel=Channel(row[5]),
                template_id=row[6],
                reason=row[7],
            )
        )
    return [
        Sequence(name=row[1], steps=steps.get(row[0], []), built_in=bool(row[2]), id=row[0])
        for row in rows
    ]
