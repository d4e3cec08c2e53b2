"""Reviewing imported cards: accepting saves what the user sees; the queue runs oldest first."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from cardkeeper.app.review import accept, review_queue_ids
from cardkeeper.domain import Contact
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library, open_library


@pytest.fixture
def library(tmp_path: Path) -> Iterator[Library]:
    with open_library(tmp_path / "library") as opened:
        yield opened


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
    assert review_queue_ids(library) == []


def test_the_queue_is_oldest_first_without_reviewed_or_deleted_contacts(
    library: Library,
) -> None:
    contacts = Contacts(library)

    def scanned(name: str, day: int) -> int:
        when = datetime(2024, 5, day, tzinfo=UTC)
        return contacts.save_new_contact(Contact(given_name=name, created_at=when))

    third, first, second = scanned("C", 3), scanned("A", 1), scanned("B", 2)
    done, trashed = scanned("Done", 1), scanned("Trashed", 1)
    reviewed = contacts.get_contact(done)
    assert reviewed is not None
    accept(library, reviewed)
    contacts.soft_delete([trashed])

    assert review_queue_ids(library) == [first, second, third]
