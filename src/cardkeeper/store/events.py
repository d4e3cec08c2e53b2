"""Events: where the user met people. Found by name, so typing a known name reuses it."""

from __future__ import annotations

from datetime import date
from typing import Any

from cardkeeper.domain import Event
from cardkeeper.store.database import Library
from cardkeeper.store.timestamps import date_to_text, now_text, text_to_date


class Events:
    def __init__(self, library: Library) -> None:
        self._library = library

    def get_or_create(self, name: str, *, day: date | None = None, place: str = "") -> Event:
        """The event called ``name`` (any case), made with ``day`` and ``place`` if it is new.

        An existing event keeps its date and place: the user typed a name to
        pick it, not to change it.
        """
        name = name.strip()
        if not name:
            raise ValueError("an event needs a name")
        with self._library.transaction() as connection:
            connection.execute(
                "INSERT INTO events (name, date, place, created_at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT DO NOTHING",
                (name, date_to_text(day), place, now_text()),
            )
            row = connection.execute(
                "SELECT id, name, date, place FROM events WHERE name = ? COLLATE NOCASE", (name,)
            ).fetchone()
        return _event(row)

    def get(self, event_id: int) -> Event | None:
        row = self._library.connection.execute(
            "SELECT id, name, date, place FROM events WHERE id = ?", (event_id,)
        ).fetchone()
        return _event(row) if row else None

    def list_events(self) -> list[Event]:
        """Most recent first; events without a date last."""
        rows = self._library.connection.execute(
            "SELECT id, name, date, place FROM events ORDER BY date IS NULL, date DESC, id DESC"
        )
        return [_event(row) for row in rows]


def _event(row: tuple[Any, ...]) -> Event:
    return Event(name=row[1], date=text_to_date(row[2]), place=row[3], id=row[0])
