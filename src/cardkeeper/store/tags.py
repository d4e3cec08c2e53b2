"""Tags on contacts. A tag is one name whatever its case: "VIP" and "vip" are the same tag."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence

from cardkeeper.store.sql import json_list


def set_tags(connection: sqlite3.Connection, contact_id: int, names: Iterable[str]) -> None:
    """Make the contact's tags exactly ``names`` (blank ones ignored); call inside a transaction."""
    connection.execute("DELETE FROM contact_tags WHERE contact_id = ?", (contact_id,))
    for name in filter(None, (raw.strip() for raw in names)):
        connection.execute("INSERT INTO tags (name) VALUES (?) ON CONFLICT DO NOTHING", (name,))
        connection.execute(
            "INSERT OR IGNORE INTO contact_tags (contact_id, tag_id)"
            " SELECT ?, id FROM tags WHERE name = ? COLLATE NOCASE",
            (contact_id, name),
        )


def tags_of(connection: sqlite3.Connection, contact_ids: Sequence[int]) -> dict[int, list[str]]:
    """The tags of each contact, in alphabetical order."""
    found: dict[int, list[str]] = {}
    rows = connection.execute(
        "SELECT ct.contact_id, t.name FROM contact_tags AS ct JOIN tags AS t ON t.id = ct.tag_id"
        " WHERE ct.contact_id IN (SELECT value FROM json_each(?))"
        " ORDER BY ct.contact_id, t.name COLLATE NOCASE",
        (json_list(contact_ids),),
    )
    for contact_id, name in rows:
        found.setdefault(contact_id, []).append(name)
    return found


def all_tags(connection: sqlite3.Connection) -> list[str]:
    """Every tag some contact not deleted carries, in alphabetical order."""
    return [
        name
        for (name,) in connection.execute(
            "SELECT name FROM tags WHERE id IN (SELECT ct.tag_id FROM contact_tags AS ct"
            " JOIN contacts AS c ON c.id = ct.contact_id WHERE c.deleted_at IS NULL)"
            " ORDER BY name COLLATE NOCASE"
        )
    ]
