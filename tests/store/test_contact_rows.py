"""The rows of the contacts list: what each shows, their order, and one query for all of them."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

import pytest

from cardkeeper.domain import Contact
from cardkeeper.store.card_images import ImageRole, ScannedSide, Side
from cardkeeper.store.contact_rows import (
    ContactRow,
    RowCounts,
    count_rows,
    ids_with_tag,
    list_contact_rows,
)
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import Library
from cardkeeper.store.events import Events

from .conftest import full_contact, scanned_side


def test_a_row_shows_the_contact_its_event_card_and_first_email(
    contacts: Contacts, library: Library
) -> None:
    event = Events(library).get_or_create("Hannover Messe", day=date(2024, 4, 22))
    contact = replace(full_contact(), event_id=event.id)
    contact_id = contacts.save_new_contact(contact, [scanned_side()])
    saved = contacts.get_contact(contact_id)
    assert saved is not None and saved.created_at is not None
    front = contacts.card_details(contact_id).images[0]
    assert (front.side, front.role) == (Side.FRONT, ImageRole.FLATTENED)

    assert list_contact_rows(library) == [
        ContactRow(
            id=contact_id,
            name=contact.display_name,
            company="Example Logistics GmbH & Co. KG",
            title="Head of 調達 / Procurement",
            event_id=event.id,
            event_name="Hannover Messe",
            met_on=date(2024, 5, 17),
            created_at=saved.created_at,
            needs_review=False,
            thumbnail=front.path,
            emails="Anna.Mueller@Example.de",
            sort_name='Müller-Łukasiewicz Anna "Annie" O\'Brien',
        )
    ]
    assert front.path.is_file()


def test_a_contact_typed_in_by_hand_has_no_card_event_or_email(
    contacts: Contacts, library: Library
) -> None:
    contact_id = contacts.save_new_contact(Contact(given_name="Ben"))
    [row] = list_contact_rows(library)
    assert (row.id, row.name, row.event_id, row.event_name) == (contact_id, "Ben", None, "")
    assert (row.thumbnail, row.emails, row.met_on, row.needs_review) == (None, "", None, True)


def test_only_the_flattened_front_is_a_thumbnail(contacts: Contacts, library: Library) -> None:
    back_only = ScannedSide(flattened=scanned_side(seed=1).flattened, side=Side.BACK)
    contacts.save_new_contact(Contact(given_name="Back"), [back_only])
    assert [row.thumbnail for row in list_contact_rows(library)] == [None]


@pytest.mark.parametrize(
    "contact",
    [
        Contact(full_name="Dr. Anna Müller", given_name="Anna", family_name="Müller"),
        Contact(given_name="Anna", family_name="Müller"),
        Contact(given_name="Anna"),
        Contact(family_name="Müller"),
        Contact(prefix="Dr.", middle_name="Zoë"),
        Contact(company="Nameless GmbH"),
    ],
)
def test_the_name_is_the_display_name(
    contacts: Contacts, library: Library, contact: Contact
) -> None:
    contacts.save_new_contact(contact)
    assert [row.name for row in list_contact_rows(library)] == [contact.display_name]


def test_newest_first_then_highest_id(contacts: Contacts, library: Library) -> None:
    def at(day: int) -> datetime:
        return datetime(2024, 5, day, 9, tzinfo=UTC)

    old = contacts.save_new_contact(Contact(given_name="Old", created_at=at(1)))
    newest = contacts.save_new_contact(Contact(given_name="Newest", created_at=at(9)))
    twin_a = contacts.save_new_contact(Contact(given_name="Twin A", created_at=at(5)))
    twin_b = contacts.save_new_contact(Contact(given_name="Twin B", created_at=at(5)))
    assert [row.id for row in list_contact_rows(library)] == [newest, twin_b, twin_a, old]
    assert [row.created_at for row in list_contact_rows(library)] == [at(9), at(5), at(5), at(1)]


def test_the_trash_is_listed_apart(contacts: Contacts, library: Library) -> None:
    kept, gone = (contacts.save_new_contact(Contact(given_name=n)) for n in ("Kept", "Gone"))
    contacts.soft_delete([gone])
    assert [row.id for row in list_contact_rows(library)] == [kept]
    assert [row.id for row in list_contact_rows(library, deleted=True)] == [gone]


def test_ids_narrow_the_rows_and_keep_their_order(contacts: Contacts, library: Library) -> None:
    ids = [contacts.save_new_contact(Contact(given_name=f"Anna {i}")) for i in range(5)]
    contacts.soft_delete([ids[3]])
    assert [row.id for row in list_contact_rows(library, ids=iter([ids[0], ids[4], ids[3]]))] == [
        ids[4],
        ids[0],
    ]
    assert [row.id for row in list_contact_rows(library, ids={ids[3]}, deleted=True)] == [ids[3]]
    assert list_contact_rows(library, ids=[]) == []
    assert list_contact_rows(library, ids=[999]) == []


def test_all_rows_come_from_one_statement(contacts: Contacts, library: Library) -> None:
    event = Events(library).get_or_create("Fair")
    for i in range(20):
        contacts.save_new_contact(
            Contact(given_name=f"Anna {i}", emails=[f"a{i}@x.de"], event_id=event.id),
            [scanned_side(seed=i)],
        )
    statements: list[str] = []
    library.connection.set_trace_callback(statements.append)
    try:
        rows = list_contact_rows(library)
    finally:
        library.connection.set_trace_callback(None)
    assert len(rows) == 20
    assert all(row.thumbnail and row.emails and row.event_name == "Fair" for row in rows)
    assert len(statements) == 1


def test_ids_with_a_tag_in_any_case(contacts: Contacts, library: Library) -> None:
    vip = contacts.save_new_contact(Contact(given_name="A", tags=["VIP", "Fair 2024"]))
    trashed = contacts.save_new_contact(Contact(given_name="B", tags=["vip"]))
    contacts.save_new_contact(Contact(given_name="C", tags=["Fair 2024"]))
    contacts.soft_delete([trashed])
    assert ids_with_tag(library, "Vip") == {vip, trashed}
    assert ids_with_tag(library, "nobody") == set()


def test_the_review_inbox_and_trash_are_counted(contacts: Contacts, library: Library) -> None:
    def at(day: int) -> datetime:
        return datetime(2024, 5, day, tzinfo=UTC)

    contacts.save_new_contact(Contact(given_name="Later", created_at=at(3)))
    contacts.save_new_contact(Contact(given_name="First", created_at=at(1)))
    contacts.save_new_contact(Contact(given_name="Looked at", needs_review=False))
    trashed = contacts.save_new_contact(Contact(given_name="Trashed"))
    contacts.soft_delete([trashed])
    assert count_rows(library) == RowCounts(library=3, needing_review=2, trash=1)


def test_an_empty_library_has_no_rows(library: Library) -> None:
    assert list_contact_rows(library) == []
    assert count_rows(library) == RowCounts(0, 0, 0)


@pytest.mark.parametrize(
    ("contact", "sorted_as"),
    [
        (Contact(full_name="Drs. Anna Zeeman"), "Zeeman Anna"),
        (Contact(full_name="Prof. Dr.-Ing. Carla Meier, PhD"), "Meier Carla"),
        (Contact(full_name="Ludwig van Beethoven"), "Beethoven Ludwig van"),
        (
            Contact(full_name="Pieter de Vries", given_name="Pieter", family_name="de Vries"),
            "Vries Pieter",
        ),
        (
            Contact(full_name="Gianni De Luca", given_name="Gianni", family_name="De Luca"),
            "De Luca Gianni",
        ),
        (Contact(full_name="Madonna"), "Madonna"),
        (Contact(company="Nameless GmbH"), ""),
    ],
)
def test_a_row_is_sorted_by_family_name_without_titles(
    contacts: Contacts, library: Library, contact: Contact, sorted_as: str
) -> None:
    contacts.save_new_contact(contact)
    [row] = list_contact_rows(library)
    assert row.sort_name == sorted_as
