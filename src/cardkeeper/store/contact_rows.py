"""What the contacts list shows: one light row per contact, read in one query.

The main window lists every contact of the library at once (and sorts and
filters them in memory), so the rows hold only what the list shows and are
read with a single statement, never one per row. Loading whole
:class:`~cardkeeper.domain.Contact` objects would cost four more queries and
many more objects for fields the list never shows. Even so, making the Python
objects costs more than the query; see :func:`list_contact_rows`.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from cardkeeper.store.database import Library
from cardkeeper.store.images import ImageStore
from cardkeeper.store.sort_name import sort_name
from cardkeeper.store.sql import json_list

_ROWS = """
SELECT
    c.id,
    CASE
        WHEN c.full_name <> '' THEN c.full_name
        WHEN c.given_name <> '' AND c.family_name <> '' THEN c.given_name || ' ' || c.family_name
        ELSE c.given_name || c.family_name
    END,
    c.company,
    c.title,
    c.event_id,
    coalesce(e.name, ''),
    c.met_on,
    c.created_at,
    c.needs_review,
    (SELECT i.file_name FROM card_images AS i
        WHERE i.contact_id = c.id AND i.side = 'front' AND i.role = 'flattened'
        ORDER BY i.card LIMIT 1),
    coalesce((SELECT m.address FROM emails AS m
        WHERE m.contact_id = c.id ORDER BY m.position LIMIT 1), ''),
    c.given_name,
    c.family_name
FROM contacts AS c LEFT JOIN events AS e ON e.id = c.event_id
"""
"""The name is :attr:`Contact.display_name <cardkeeper.domain.Contact.display_name>` in SQL."""


@dataclass(frozen=True)
class ContactRow:
    """One line of the contacts list."""

    id: int
    name: str
    """As :attr:`Contact.display_name <cardkeeper.domain.Contact.display_name>`; "" if none."""
    company: str
    title: str
    event_id: int | None
    event_name: str
    """"" when the contact has no event."""
    met_on: date | None
    created_at: datetime
    needs_review: bool
    thumbnail: Path | None
    """The flattened front of the (first) card, or None for a contact typed in by hand."""
    emails: str = ""
    """The first email, for display."""
    sort_name: str = ""
    """What the list sorts by name: family name first, titles left out (see ``store.sort_name``)."""


def list_contact_rows(
    library: Library, *, deleted: bool = False, ids: Iterable[int] | None = None
) -> list[ContactRow]:
    """The rows of the library (or of the trash with ``deleted=True``), newest first.

    ``ids`` narrows them to those contacts, e.g. the ones a search found; the
    order stays newest first. For numbers alone :func:`count_rows` is far cheaper.

    All rows of a big library take a while (100,000: over a second on a slow
    machine, half of it making objects, the Paths most of all), so load them
    off the GUI thread, and after a change reload only the ids that changed.
    """
    # The unary + keeps SQLite off the deleted_at index for the library: walking
    # contacts_by_created_at backwards gives the rows in order, with no sort.
    where = (
        "c.deleted_at IS NOT NULL AND c.merged_into IS NULL"  # merged: not a person to show
        if deleted
        else "+c.deleted_at IS NULL"
    )
    parameters: tuple[Any, ...] = ()
    if ids is not None:
        where += " AND c.id IN (SELECT value FROM json_each(?))"
        parameters = (json_list(ids),)
    rows = library.connection.execute(
        f"{_ROWS} WHERE {where} ORDER BY c.created_at DESC, c.id DESC", parameters
    ).fetchall()
    card_file = _CardFiles(library.images)
    with _no_garbage_collection():
        return [
            ContactRow(
                id=row[0],
                name=row[1],
                company=row[2],
                title=row[3],
                event_id=row[4],
                event_name=row[5],
                met_on=date.fromisoformat(row[6]) if row[6] else None,
                created_at=datetime.fromisoformat(row[7]),
                needs_review=bool(row[8]),
                thumbnail=card_file(row[9]) if row[9] else None,
                emails=row[10],
                sort_name=sort_name(row[1], row[11], row[12]),
            )
            for row in rows
        ]


class _CardFiles:
    """Paths of card image files, made by joining a name to its folder's path.

    Parsing a whole path for each of 100,000 rows is the costliest part of
    building them; joining a name to one of the (at most 256) folders takes a
    third less.
    """

    def __init__(self, images: ImageStore) -> None:
        self._images = images
        self._folders: dict[str, Path] = {}

    def __call__(self, file_name: str) -> Path:
        folder = self._folders.get(file_name[:2])
        if folder is None:
            folder = self._folders[file_name[:2]] = self._images.path(file_name).parent
        return folder.joinpath(self._images.checked(file_name))


@contextmanager
def _no_garbage_collection() -> Iterator[None]:
    """Pause the cyclic garbage collector while many objects are made, none of them garbage.

    Each row is two or three new tracked objects, and every few hundred the
    collector would walk them all (and the whole heap now and then): a quarter
    of the time for 100,000 rows.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@dataclass(frozen=True)
class RowCounts:
    """The numbers beside the sections of the sidebar."""

    library: int
    needing_review: int
    """Not in the trash and not reviewed yet."""
    trash: int


def count_rows(library: Library) -> RowCounts:
    """How many contacts the library, the review inbox and the trash hold (the trash's
    without the contacts merged into others, which it does not list).

    One pass over the contacts table (milliseconds on 100,000), where counting
    listed rows would build every row first.
    """
    row = library.connection.execute(
        "SELECT count(*) - count(deleted_at),"
        " coalesce(sum(needs_review = 1 AND deleted_at IS NULL), 0),"
        " count(deleted_at) - count(merged_into)"
        " FROM contacts"
    ).fetchone()
    return RowCounts(*row)


def ids_with_tag(library: Library, tag: str) -> set[int]:
    """Ids of the contacts carrying ``tag`` (any case), in the library or the trash.

    For filtering rows already listed: the list chose between library and trash.
    """
    rows = library.connection.execute(
        "SELECT ct.contact_id FROM contact_tags AS ct JOIN tags AS t ON t.id = ct.tag_id"
        " WHERE t.name = ? COLLATE NOCASE",
        (tag,),
    )
    return {contact_id for (contact_id,) in rows}
