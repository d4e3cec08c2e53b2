"""Reviewing imported cards: the user looks at what the reader found, mends it, accepts it.

A contact imported from a card needs review until the user has looked at it,
since OCR misreads; accepting is where the follow-ups will be scheduled too.
"""

from __future__ import annotations

from dataclasses import replace

from cardkeeper.domain import Contact
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library


def accept(library: Library, contact: Contact) -> None:
    """Save ``contact`` as the user sees it, marked as reviewed; ``contact`` itself is unchanged.

    Saving the fields too means the edits the user made while looking are kept
    by the same click.
    """
    Contacts(library).update_contact(replace(contact, needs_review=False))
