"""Reading a card again after a crop by hand: which fields change, and which the user keeps."""

from __future__ import annotations

from cardkeeper.app.reread_card import field_changes, with_changes
from cardkeeper.domain import AddressParts, Contact, Phone, PhoneKind

FIRST = Contact(full_name="(Guina)", given_name="Guina", company="Alba", emails=[])
READ = Contact(
    full_name="Aguinaldo Righetti Jr.",
    given_name="Aguinaldo",
    family_name="Righetti",
    suffix="Jr.",
    company="Ediciones Alba S.A.",
    title="",
    emails=["a.righetti@alba.es"],
    phones=[Phone(PhoneKind.WORK, "+34915102799", "+34 915 10 27 99")],
)


def test_fields_left_as_read_take_the_new_reading_and_corrected_ones_are_kept() -> None:
    current = Contact(
        full_name="(Guina)", given_name="Guina", company="Alba Ediciones", title="Jefe", id=7
    )
    changes = {change.field: change for change in field_changes(current, FIRST, READ)}
    assert set(changes) == {"name", "title", "company", "emails", "phones"}
    assert changes["name"].now == "(Guina)"
    assert changes["name"].read == "Aguinaldo Righetti Jr."
    assert changes["name"].proposed and not changes["name"].edited
    assert changes["company"].edited and not changes["company"].proposed
    assert changes["phones"].read == "+34 915 10 27 99"
    # The title the user typed is not emptied by a reading that found none.
    assert changes["title"].read == "" and not changes["title"].proposed

    proposed = [change.field for change in changes.values() if change.proposed]
    after = with_changes(current, READ, proposed)
    assert after.display_name == "Aguinaldo Righetti Jr."
    assert (after.given_name, after.family_name, after.suffix) == ("Aguinaldo", "Righetti", "Jr.")
    assert after.company == "Alba Ediciones"
    assert after.title == "Jefe"
    assert after.emails == ["a.righetti@alba.es"]
    assert after.phones == READ.phones and after.phones is not READ.phones
    assert after.id == 7


def test_a_reading_that_changes_nothing_offers_nothing() -> None:
    assert field_changes(READ, FIRST, READ) == []


def test_an_address_taken_from_the_new_reading_comes_with_its_parts() -> None:
    berlin = AddressParts(street="Hauptstraße 5", postcode="10115", city="Berlin", country="DE")
    read = Contact(address="Hauptstraße 5\n10115 Berlin", address_parts=berlin)
    current = Contact(address="Hauptstr 5\n1O115 Berlin", address_parts=AddressParts("Hauptstr 5"))
    after = with_changes(current, read, ["address"])
    assert (after.address, after.address_parts) == (read.address, berlin)
