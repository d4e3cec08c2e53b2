"""Addresses in parts in the library: saved and loaded with the text as printed, searched by
city and postcode, and split once when an older library is opened."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

from cardkeeper.domain import AddressParts, Contact
from cardkeeper.postal import split_address
from cardkeeper.store.contacts import Contacts
from cardkeeper.store.database import DATABASE_FILE_NAME, open_library
from cardkeeper.store.migrate import migrate, migrations

LYON = AddressParts(
    street="12 rue de la République",
    extended="Bâtiment B, 3e étage",
    postcode="69002",
    city="Lyon",
    region="Auvergne-Rhône-Alpes",
    country="FR",
)
CLAIRE = Contact(
    full_name="Claire Lefèvre",
    company="Atelier Lumière",
    address="Atelier Lumière\n12 rue de la République\nBâtiment B, 3e étage\n69002 Lyon",
    address_parts=LYON,
)


def test_the_parts_come_back_with_the_text_as_printed(contacts: Contacts) -> None:
    claire = contacts.get_contact(contacts.save_new_contact(CLAIRE))
    assert claire is not None
    assert (claire.address, claire.address_parts) == (CLAIRE.address, LYON)

    moved = AddressParts(street="Hauptstraße 5", postcode="10115", city="Berlin", country="DE")
    contacts.update_contact(replace(claire, address_parts=moved))
    again = contacts.get_contact(claire.id or 0)
    assert again is not None
    assert (again.address, again.address_parts) == (CLAIRE.address, moved)


def test_a_contact_without_an_address_has_empty_parts(contacts: Contacts) -> None:
    bo = contacts.get_contact(contacts.save_new_contact(Contact(full_name="Bo")))
    assert bo is not None and bo.address_parts.is_empty


def test_search_finds_a_contact_by_city_postcode_region_and_country(contacts: Contacts) -> None:
    # Parts typed apart from the text: found by them, not only by the printed words.
    typed = replace(CLAIRE, address="", address_parts=LYON)
    claire = contacts.save_new_contact(typed)
    contacts.save_new_contact(Contact(full_name="Bo", address="Oslo"))
    for query in ("lyon", "69002", "6900", "auvergne", "republique", "etage", "claire lyon"):
        assert contacts.search(query) == [claire], query
    assert contacts.search("paris") == []


def test_a_city_is_found_past_long_notes_too(contacts: Contacts) -> None:
    long_notes = "Kickoff " + "x" * 5000 + " Wintergarten"
    claire = contacts.save_new_contact(replace(CLAIRE, notes=long_notes))
    assert contacts.search("wintergarten lyon") == [claire]


def test_a_city_edited_away_is_no_longer_found(contacts: Contacts) -> None:
    claire_id = contacts.save_new_contact(replace(CLAIRE, address=""))
    claire = contacts.get_contact(claire_id)
    assert claire is not None
    contacts.update_contact(replace(claire, address_parts=replace(LYON, city="Villeurbanne")))
    assert contacts.search("lyon") == []
    assert contacts.search("villeur") == [claire_id]


def _version_before_parts() -> int:
    """The schema version just before addresses came in parts (the lead renumbers migrations)."""
    (parts,) = [m.version for m in migrations() if m.name.endswith("_address_parts.sql")]
    return parts - 1


def _library_before_parts(folder: Path, addresses: dict[int, str]) -> None:
    """A library as the version before parts left it, one contact per address."""
    folder.mkdir()
    connection = sqlite3.connect(folder / DATABASE_FILE_NAME, isolation_level=None)
    migrate(connection, up_to=_version_before_parts())
    for contact_id, address in addresses.items():
        connection.execute(
            "INSERT INTO contacts (id, full_name, address, created_at, updated_at)"
            " VALUES (?, ?, ?, '2024-04-22T10:00:00+00:00', '2024-04-22T10:00:00+00:00')",
            (contact_id, f"Person {contact_id}", address),
        )
    connection.close()


OLD_ADDRESSES = {
    1: "1600 Amphitheatre Parkway\nMountain View, CA 94043\nUSA",
    2: "Hauptstraße 5\n10115 Berlin\nGermany",
    3: "",
}


def test_an_older_library_has_each_address_split_once_with_the_text_kept(tmp_path: Path) -> None:
    folder = tmp_path / "library"
    _library_before_parts(folder, OLD_ADDRESSES)

    with open_library(folder) as library:
        found = {c.id: c for c in Contacts(library).get_contacts(OLD_ADDRESSES)}
        for contact_id, address in OLD_ADDRESSES.items():
            assert found[contact_id].address == address
            assert found[contact_id].address_parts == split_address(address)
        assert found[3].address_parts.is_empty
        assert Contacts(library).search("mountain view") == [1]
        assert Contacts(library).search("10115") == [2]


def test_an_older_us_and_german_address_come_out_in_their_parts(tmp_path: Path) -> None:
    """Needs the per-country splitter (cardkeeper.postal): with the placeholder that puts
    everything in the street, this fails."""
    folder = tmp_path / "library"
    _library_before_parts(folder, OLD_ADDRESSES)

    with open_library(folder) as library:
        found = {c.id: c for c in Contacts(library).get_contacts(OLD_ADDRESSES)}
    assert found[1].address_parts == AddressParts(
        street="1600 Amphitheatre Parkway",
        postcode="94043",
        city="Mountain View",
        region="CA",
        country="US",
    )
    assert found[2].address_parts == AddressParts(
        street="Hauptstraße 5", postcode="10115", city="Berlin", country="DE"
    )
