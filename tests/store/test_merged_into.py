"""A contact merged into another is not a person in the trash, and goes when that one goes."""

from __future__ import annotations

from datetime import timedelta

from cardkeeper.app.merge_contacts import merge_contacts, undo_merge
from cardkeeper.domain import Contact
from cardkeeper.store.contact_rows import count_rows, list_contact_rows
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library


def _anna_twice(library: Library) -> tuple[int, int]:
    store = Contacts(library)
    kept = store.save_new_contact(Contact(full_name="Anna Koch", needs_review=False))
    card = store.save_new_contact(Contact(full_name="Anna Koch", title="CTO"))
    return kept, card


def test_the_trash_lists_and_counts_no_contact_merged_into_another(library: Library) -> None:
    kept, card = _anna_twice(library)
    store = Contacts(library)
    record = merge_contacts(library, kept, card)

    assert store.list_contacts(deleted=True) == []
    assert list_contact_rows(library, deleted=True) == []
    assert count_rows(library).trash == 0
    assert store.get_contact(card) is not None, "kept, for undo to bring back"

    undo_merge(library, record)
    assert {row.id for row in list_contact_rows(library)} == {kept, card}
    store.soft_delete([card])
    assert [row.id for row in list_contact_rows(library, deleted=True)] == [card]
    assert count_rows(library).trash == 1


def test_purging_a_contact_purges_the_cards_merged_into_it(library: Library) -> None:
    kept, card = _anna_twice(library)
    store = Contacts(library)
    merge_contacts(library, kept, card)
    store.soft_delete([kept])

    assert store.purge_deleted(timedelta(0)) == 2
    assert (store.get_contact(kept), store.get_contact(card)) == (None, None)
