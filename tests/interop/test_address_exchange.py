"""Addresses in parts through vCard and CSV files: the city and postcode in their own fields,
the text as printed beside them, and a file exported, imported and exported again unchanged."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable

import pytest
import vobject

from cardkeeper.domain import AddressParts, Contact
from cardkeeper.interop.contacts_csv import contacts_to_csv, csv_to_contacts
from cardkeeper.interop.vcard import VCardContact, contacts_to_vcf, vcf_to_contacts

BERLIN = AddressParts(
    street="Hauptstraße 5",
    extended='Haus B; 3. OG, "Nord"',
    postcode="10115",
    city="Berlin",
    country="DE",
)
ANNA = Contact(
    given_name="Anna",
    family_name="Müller",
    company="Example GmbH",
    address='Example GmbH\nHauptstraße 5\nHaus B; 3. OG, "Nord"\n10115 Berlin',
    address_parts=BERLIN,
    needs_review=False,
    uid="anna",
)
PEOPLE = [
    ANNA,
    # parts typed in the form, no text as printed
    Contact(
        given_name="Dana",
        family_name="Whitfield",
        address_parts=AddressParts(
            street="1600 Amphitheatre Parkway",
            postcode="94043",
            city="Mountain View",
            region="CA",
            country="US",
        ),
        needs_review=False,
        uid="dana",
    ),
    # text only, as an older library or a one-column CSV held it
    Contact(
        given_name="Ben",
        family_name="Okafor",
        address="1 Canada Square, London",
        needs_review=False,
        uid="ben",
    ),
    # a country spelt in its own language, a region, a street with a comma
    Contact(
        given_name="Jonas",
        family_name="Roth",
        address="Seestrasse 12, 8002 Zürich",
        address_parts=AddressParts(
            street="Seestrasse 12, Hinterhaus",
            postcode="8002",
            city="Zürich",
            region="ZH",
            country="Schweiz",
        ),
        needs_review=False,
        uid="jonas",
    ),
    Contact(
        given_name="花子",
        family_name="佐藤",
        reading_given="Hanako",
        reading_family="Sato",
        address="〒100-6921\n東京都千代田区丸の内2-6-1",
        address_parts=AddressParts(
            street="丸の内2-6-1",
            postcode="100-6921",
            city="千代田区",
            region="東京都",
            country="JP",
        ),
        needs_review=False,
        uid="hanako",
    ),
    Contact(given_name="No", family_name="Address", needs_review=False, uid="none"),
]


def vcard_3(contacts: list[Contact]) -> bytes:
    return contacts_to_vcf([VCardContact(c) for c in contacts], "3.0")


def vcard_4(contacts: list[Contact]) -> bytes:
    return contacts_to_vcf([VCardContact(c) for c in contacts], "4.0")


def google(contacts: list[Contact]) -> bytes:
    return contacts_to_csv(contacts, "google")


def outlook(contacts: list[Contact]) -> bytes:
    return contacts_to_csv(contacts, "outlook")


def read_vcf(data: bytes) -> list[Contact]:
    return [e.contact for e in vcf_to_contacts(data) if e.contact is not None]


def read_csv(data: bytes) -> list[Contact]:
    return [e.contact for e in csv_to_contacts(data) if e.contact is not None]


FORMATS: dict[str, tuple[Callable[[list[Contact]], bytes], Callable[[bytes], list[Contact]]]] = {
    "vcard 3.0": (vcard_3, read_vcf),
    "vcard 4.0": (vcard_4, read_vcf),
    "google csv": (google, read_csv),
    "outlook csv": (outlook, read_csv),
}


@pytest.mark.parametrize("name", FORMATS)
def test_exported_imported_and_exported_again_the_file_is_the_same(name: str) -> None:
    write, read = FORMATS[name]
    first = write(PEOPLE)
    back = read(first)
    assert len(back) == len(PEOPLE)
    assert write(back) == first


@pytest.mark.parametrize("name", FORMATS)
def test_the_name_s_reading_comes_back_in_every_format(name: str) -> None:
    write, read = FORMATS[name]
    hanako = next(c for c in read(write(PEOPLE)) if c.given_name == "花子")
    assert (hanako.reading_given, hanako.reading_family) == ("Hanako", "Sato")


@pytest.mark.parametrize("name", ["vcard 3.0", "vcard 4.0", "google csv"])
def test_the_text_as_printed_and_the_parts_both_come_back(name: str) -> None:
    write, read = FORMATS[name]
    (anna,) = read(write([ANNA]))
    assert (anna.address, anna.address_parts) == (ANNA.address, BERLIN)


def test_outlook_has_no_printed_text_so_it_comes_back_as_germany_prints_it() -> None:
    (anna,) = read_csv(outlook([ANNA]))
    assert anna.address_parts == BERLIN
    assert anna.address == 'Hauptstraße 5\nHaus B; 3. OG, "Nord"\n10115 Berlin\nGermany'


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_a_vcard_carries_city_and_postcode_in_their_own_components(version: str) -> None:
    data = contacts_to_vcf([VCardContact(ANNA)], version)  # type: ignore[arg-type]
    card = vobject.readOne(data.decode("utf-8"))
    adr = card.adr.value
    assert (adr.street, adr.extended, adr.code, adr.city, adr.region, adr.country) == (
        "Hauptstraße 5",
        'Haus B; 3. OG, "Nord"',
        "10115",
        "Berlin",
        "",
        "Germany",
    )
    assert card.adr.params["TYPE"] == ["work"]
    if version == "3.0":
        assert card.label.value == ANNA.address
    else:
        assert "LABEL=" in data.decode("utf-8").replace("\r\n ", "")


def test_a_google_csv_carries_city_and_postcode_in_their_own_columns() -> None:
    rows = list(csv.DictReader(io.StringIO(google([ANNA]).decode("utf-8"))))
    assert {k: v for k, v in rows[0].items() if k.startswith("Address 1")} == {
        "Address 1 - Label": "Work",
        "Address 1 - Formatted": ANNA.address,
        "Address 1 - Street": "Hauptstraße 5",
        "Address 1 - City": "Berlin",
        "Address 1 - PO Box": "",
        "Address 1 - Region": "",
        "Address 1 - Postal Code": "10115",
        "Address 1 - Country": "Germany",
        "Address 1 - Extended Address": 'Haus B; 3. OG, "Nord"',
    }


def vcard_with(adr_lines: str) -> bytes:
    return f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Someone\r\n{adr_lines}END:VCARD\r\n".encode()


@pytest.mark.parametrize(
    ("adr", "text"),
    [
        (
            "ADR;TYPE=WORK:;;1600 Amphitheatre Parkway;Mountain View;CA;94043;USA",
            "1600 Amphitheatre Parkway\nMountain View, CA 94043\nUSA",
        ),
        (
            "ADR:;Suite 5;350 Fifth Avenue;New York;NY;10118;",
            "350 Fifth Avenue\nSuite 5\nNew York, NY 10118",
        ),
        ("ADR:;;Hauptstraße 5;Berlin;;10115;Germany", "Hauptstraße 5\n10115 Berlin\nGermany"),
        ("ADR:;;12 rue de la Paix;Paris;;75002;France", "12 rue de la Paix\n75002 Paris\nFrance"),
        ("ADR:;;Via Roma 1;Milano;MI;20121;Italia", "Via Roma 1\n20121 Milano MI\nItalia"),
        (
            "ADR:;;1 Canada Square;London;;E14 5AB;United Kingdom",
            "1 Canada Square\nLondon\nE14 5AB\nUnited Kingdom",
        ),
        (
            "ADR:;;200 George St;Sydney;NSW;2000;Australia",
            "200 George St\nSydney NSW 2000\nAustralia",
        ),
        (
            "ADR:;;Rua 15 de Novembro\\, 193;São Paulo;SP;01013-001;Brasil",
            "Rua 15 de Novembro, 193\nSão Paulo - SP\n01013-001\nBrasil",
        ),
        (
            "ADR:;;丸の内2-6-1;千代田区;東京都;100-6921;日本",
            "〒100-6921\n東京都千代田区丸の内2-6-1\n日本",
        ),
        ("ADR:PO Box 12;;;Oslo;;0102;Norway", "PO Box 12\n0102 Oslo\nNorway"),
    ],
)
def test_parts_without_a_printed_text_are_written_as_the_country_writes_them(
    adr: str, text: str
) -> None:
    (contact,) = read_vcf(vcard_with(adr + "\r\n"))
    assert contact.address == text


def test_the_country_name_exports_write_comes_back_as_its_code_and_others_as_written() -> None:
    (germany, elsewhere) = read_vcf(
        vcard_with("ADR:;;Hauptstraße 5;Berlin;;10115;Germany\r\n")
        + vcard_with("ADR:;;Hauptstraße 5;Berlin;;10115;Deutschland\r\n")
    )
    assert germany.address_parts.country == "DE"
    assert elsewhere.address_parts.country == "Deutschland"


def test_a_post_office_box_goes_on_the_extra_line() -> None:
    (contact,) = read_vcf(vcard_with("ADR:PO Box 12;Floor 3;;Oslo;;0102;Norway\r\n"))
    assert contact.address_parts == AddressParts(
        extended="PO Box 12, Floor 3", postcode="0102", city="Oslo", country="NO"
    )


def test_a_label_of_the_same_group_or_place_is_the_text_as_printed() -> None:
    (apple, outlook_card) = read_vcf(
        vcard_with(
            "item1.ADR;type=WORK:;;Hauptstraße 5;Berlin;;10115;Germany\r\n"
            "item2.ADR;type=HOME:;;Gartenweg 1;Potsdam;;14467;Germany\r\n"
            "item2.LABEL:Gartenweg 1\\n14467 Potsdam\r\n"
            "item1.LABEL:Example GmbH\\nHauptstraße 5\\nD-10115 Berlin\r\n"
        )
        + vcard_with(
            "ADR;HOME:;;Gartenweg 1;Potsdam;;14467;Germany\r\n"
            "ADR;WORK:;;Hauptstraße 5;Berlin;;10115;Germany\r\n"
            "LABEL;HOME:Gartenweg 1\\n14467 Potsdam\r\n"
        )
    )
    assert (
        apple.address == "Example GmbH\nHauptstraße 5\nD-10115 Berlin\n\nGartenweg 1\n14467 Potsdam"
    )
    assert outlook_card.address == (
        "Gartenweg 1\n14467 Potsdam\n\nHauptstraße 5\n10115 Berlin\nGermany"
    )
    # the parts are those of the work address, whichever comes first
    for contact in (apple, outlook_card):
        assert contact.address_parts == AddressParts(
            street="Hauptstraße 5", postcode="10115", city="Berlin", country="DE"
        )


@pytest.mark.parametrize(
    "label", ['"Hauptstraße 5^n10115 Berlin"', '"Hauptstraße 5\\n10115 Berlin"']
)
def test_a_vcard_4_label_parameter_reads_either_way_of_writing_a_line_end(label: str) -> None:
    data = (
        "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Anna\r\n"
        f"ADR;LABEL={label}:;;Hauptstraße 5;Berlin;;10115;Germany\r\nEND:VCARD\r\n"
    ).encode()
    (anna,) = read_vcf(data)
    assert anna.address == "Hauptstraße 5\n10115 Berlin"


def test_a_google_csv_with_parts_but_no_formatted_address_gets_its_text() -> None:
    data = (
        b"First Name,Last Name,Address 1 - Label,Address 1 - Street,Address 1 - City,"
        b"Address 1 - Region,Address 1 - Postal Code,Address 1 - Country\r\n"
        b"Dana,Whitfield,Work,350 Fifth Avenue,New York,NY,10118,United States\r\n"
    )
    (dana,) = read_csv(data)
    assert dana.address == "350 Fifth Avenue\nNew York, NY 10118\nUnited States"
    assert dana.address_parts == AddressParts(
        street="350 Fifth Avenue", postcode="10118", city="New York", region="NY", country="US"
    )


def test_an_outlook_street_of_several_lines_keeps_the_others_on_the_extra_line() -> None:
    data = (
        "First Name,Last Name,E-mail Address,Business Street,Business City,"
        "Business Postal Code,Business Country/Region\r\n"
        'Anna,Koch,anna@koch.de,"Friedrichstraße 123\nAufgang C",Berlin,10117,Germany\r\n'
    ).encode()
    (anna,) = read_csv(data)
    assert anna.address_parts == AddressParts(
        street="Friedrichstraße 123",
        extended="Aufgang C",
        postcode="10117",
        city="Berlin",
        country="DE",
    )
    assert anna.address == "Friedrichstraße 123\nAufgang C\n10117 Berlin\nGermany"
