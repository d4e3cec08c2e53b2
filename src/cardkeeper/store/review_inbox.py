"""The review inbox as a terminal lists it: the cards read and not yet accepted, in one query.

The window's list filters the rows it already holds; ``cardkeeper review``
reads only the inbox, with where each card came from (the line its scan left
in the activity log), so that a user can tell the cards of one import apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from cardkeeper.store.database import Library
from cardkeeper.store.display_name import DISPLAY_NAME
from cardkeeper.store.timestamps import text_to_datetime

_INBOX = f"""
SELECT
    c.id,
    {DISPLAY_NAME},
    c.company,
    coalesce((SELECT m.address FROM emails AS m
        WHERE m.contact_id = c.id ORDER BY m.position LIMIT 1), ''),
    coalesce((SELECT a.detail FROM activities AS a
        WHERE a.contact_id = c.id AND a.kind = 'scanned' ORDER BY a.at, a.id LIMIT 1), ''),
    coalesce(e.name, ''),
    c.created_at
FROM contacts AS c LEFT JOIN events AS e ON e.id = c.event_id
WHERE c.needs_review = 1 AND c.deleted_at IS NULL
ORDER BY c.created_at, c.id
"""


@dataclass(frozen=True)
class InboxCard:
    """One card waiting for review."""

    id: int
    name: str
    """As :attr:`Contact.display_name <cardkeeper.domain.Contact.display_name>`; "" if none."""
    company: str
    email: str
    """The first email, "" if none."""
    source: str
    """Where the card came from, as its scan was logged ("Card read from scan-3.png");
    "" for a contact that came in another way."""
    event: str
    """Where the user met the person; "" when not known."""
    added_at: datetime


def inbox_cards(library: Library) -> list[InboxCard]:
    """The cards in the review inbox, in the order they came in (oldest first)."""
    rows = library.connection.execute(_INBOX).fetchall()
    return [_card(row) for row in rows]


def _card(row: tuple[str | int, ...]) -> InboxCard:
    added_at = text_to_datetime(str(row[6]))
    assert added_at is not None  # NOT NULL in the schema
    return InboxCard(
        int(row[0]), str(row[1]), str(row[2]), str(row[3]), str(row[4]), str(row[5]), added_at
    )


@dataclass(frozen=True)
class CardState:
    """Where a contact is, for a command to say why it cannot accept or discard it."""

    name: str
    needs_review: bool
    in_trash: bool
    merged_into: int | None
    """The contact it was merged into, when it is in the trash for that reason."""


def card_state(library: Library, contact_id: int) -> CardState | None:
    """The contact's name and where it is; None when the library has no such contact."""
    row = library.connection.execute(
        f"SELECT {DISPLAY_NAME}, c.needs_review, c.deleted_at IS NOT NULL, c.merged_into"
        " FROM contacts AS c WHERE c.id = ?",
        (contact_id,),
    ).fetchone()
    return CardState(row[0], bool(row[1]), bool(row[2]), row[3]) if row else None
