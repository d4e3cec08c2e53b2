"""Reviewing imported cards: accepting saves what the user sees and leaves the inbox."""

from __future__ import annotations

from dataclasses import replace

from cardkeeper.app.review import accept
from cardkeeper.domain import Contact
from cardkeeper.store.contact_rows import count_rows
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library


def test_accepting_saves_the_edits_and_leaves_the_queue(library: Library) -> None:
    contacts = Contacts(library)
    contact_id = contacts.save_new_contact(Contact(given_name="Ana", company="Elbtal"))
    read = contacts.get_contact(contact_id)
    assert read is not None and read.needs_review
    mended = replace(read, given_name="Anna", emails=["anna@elbtal.de"])

    accept(library, mended)

    saved = contacts.get_contact(contact_id)
    assert saved is not None
    assert saved == replace(mended, needs_review=False, updated_at=saved.updated_at)
    assert mended.needs_review, "the caller's contact is left as it was"
    assert count_rows(library).needing_review == 0
