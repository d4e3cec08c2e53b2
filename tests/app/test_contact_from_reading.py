"""A reading becomes a contact whose address is also split, by the card's country."""

from __future__ import annotations

from cardkeeper.app.contact_from_reading import contact_from_fields
from cardkeeper.domain import AddressParts
from cardkeeper.reading.fields import CardFields, Field


def test_an_address_that_names_no_country_is_split_by_the_cards_country() -> None:
    fields = CardFields(address=Field("Zone Artisanale 4, 74589 Satteldorf", 0.9), region="FR")

    contact = contact_from_fields(fields)

    assert contact.address == "Zone Artisanale 4, 74589 Satteldorf"
    assert contact.address_parts == AddressParts(
        street="Zone Artisanale 4", postcode="74589", city="Satteldorf", country="FR"
    )


def test_the_address_names_its_country_whatever_the_phones_say() -> None:
    fields = CardFields(address=Field("Via Roma 1, 20121 Milano (MI)", 0.9), region="US")

    parts = contact_from_fields(fields).address_parts

    assert (parts.city, parts.region, parts.country) == ("Milano", "MI", "IT")


def test_no_address_read_gives_no_parts() -> None:
    assert contact_from_fields(CardFields(region="DE")).address_parts == AddressParts()
