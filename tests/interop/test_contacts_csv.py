"""Contacts go out as Google's and Outlook's CSV layouts and come back with nothing they hold lost.

The files "as the products export them" are written out here by hand, cell
by cell, from the header rows cited in the module's docstring.
"""

from __future__ import annotations

import codecs
import csv
import io
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from cardkeeper.domain import AddressParts, Contact, Phone, PhoneKind
from cardkeeper.errors import ExchangeError
from cardkeeper.interop.contacts_csv import (
    CSV_FIELDS,
    GOOGLE_HEADER,
    OUTLOOK_EXPORT_HEADER,
    OUTLOOK_HEADER,
    contacts_to_csv,
    csv_header,
    csv_samples,
    csv_to_contacts,
    detect_layout,
    google_header,
    guess_mapping,
)
from cardkeeper.interop.csv_reading import MAX_ROW_CHARS
from cardkeeper.interop.read_entry import ReadEntry

GOOGLE_HEADER_LINE = (
    "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,"
    "Phonetic Last Name,Name Prefix,Name Suffix,Nickname,File As,Organization Name,"
    "Organization Title,Organization Department,Birthday,Notes,Photo,Labels,"
    "E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,"
    "Address 1 - Label,Address 1 - Formatted,Address 1 - Street,Address 1 - City,"
    "Address 1 - PO Box,Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,"
    "Address 1 - Extended Address,Website 1 - Label,Website 1 - Value"
)
OUTLOOK_HEADER_LINE = (
    "First Name,Middle Name,Last Name,Title,Suffix,Nickname,Given Yomi,Surname Yomi,"
    "E-mail Address,E-mail 2 Address,E-mail 3 Address,Home Phone,Home Phone 2,"
    "Business Phone,Business Phone 2,Mobile Phone,Car Phone,Other Phone,Primary Phone,"
    "Pager,Business Fax,Home Fax,Other Fax,Company Main Phone,Callback,Radio Phone,Telex,"
    "TTY/TDD Phone,IMAddress,Job Title,Department,Company,Office Location,Manager's Name,"
    "Assistant's Name,Assistant's Phone,Company Yomi,Business Street,Business City,"
    "Business State,Business Postal Code,Business Country/Region,Home Street,Home City,"
    "Home State,Home Postal Code,Home Country/Region,Other Street,Other City,Other State,"
    "Other Postal Code,Other Country/Region,Personal Web Page,Spouse,Schools,Hobby,"
    "Location,Web Page,Birthday,Anniversary,Notes"
)
FAIR = 7
EVENTS = {FAIR: "LogiMAT 2025, Stuttgart"}


def _anna() -> Contact:
    """A contact with every field CardKeeper has that a CSV layout can hold."""
    return Contact(
        prefix="Dr.",
        given_name="Anna",
        middle_name="Maria",
        family_name="Müller-Lüdenscheidt",
        suffix="PhD",
        full_name="Dr. Anna Maria Müller-Lüdenscheidt PhD",
        title="Head of Procurement",
        company='Example Logistics "Süd" GmbH, Berlin',
        # as Germany prints it: Outlook has no column for the text, so it is built again
        address="Hauptstraße 5\n10115 Berlin\nGermany",
        address_parts=AddressParts(
            street="Hauptstraße 5", postcode="10115", city="Berlin", country="DE"
        ),
        emails=["anna.mueller@example.de", "a.m@example.com"],
        phones=[
            Phone(PhoneKind.WORK, "+493012345678"),
            Phone(PhoneKind.MOBILE, "+4915112345678"),
            Phone(PhoneKind.FAX, "+493012345679"),
            Phone(PhoneKind.OTHER, "+493099999999"),
        ],
        websites=["www.example.de", "https://example.com/anna"],
        tags=["fair", "logistics"],
        notes="Wants a quote by May.\nCall before 10.",
        interested_in="pallet racking, cold storage",
        event_id=FAIR,
        met_on=date(2025, 3, 12),
        needs_review=False,
    )


def _only(entries: list[ReadEntry]) -> Contact:
    assert [entry.error for entry in entries] == [""]
    contact = entries[0].contact
    assert contact is not None
    return contact


def _rows(data: bytes, encoding: str = "utf-8") -> list[list[str]]:
    return list(csv.reader(io.StringIO(data.decode(encoding), newline="")))


def _kept(contact: Contact) -> Contact:
    """What comes back: no store ids, phones in kind order (Outlook's columns are by kind)."""
    return replace(contact, event_id=None, phones=sorted(contact.phones, key=lambda p: p.kind))


# --- the header rows --------------------------------------------------------------------


def test_google_header_is_googles_export_header_for_one_of_each() -> None:
    assert ",".join(GOOGLE_HEADER) == GOOGLE_HEADER_LINE
    exported = contacts_to_csv([Contact(given_name="Bo")], "google")
    assert exported.startswith(GOOGLE_HEADER_LINE.encode() + b"\r\n"), "UTF-8, no BOM"


def test_googles_groups_grow_with_the_fullest_contact_as_in_its_export() -> None:
    header = tuple(_rows(contacts_to_csv([_anna(), Contact(given_name="Bo")], "google"))[0])

    assert header == google_header(emails=2, phones=4, websites=2)
    assert header[17:21] == (
        "E-mail 1 - Label",
        "E-mail 1 - Value",
        "E-mail 2 - Label",
        "E-mail 2 - Value",
    )
    assert header[-4:] == (
        "Website 1 - Label",
        "Website 1 - Value",
        "Website 2 - Label",
        "Website 2 - Value",
    )


def test_outlook_header_is_outlook_coms_61_columns_plus_categories_with_a_bom() -> None:
    assert ",".join(OUTLOOK_HEADER) == OUTLOOK_HEADER_LINE
    assert len(OUTLOOK_HEADER) == 61
    assert (*OUTLOOK_HEADER, "Categories") == OUTLOOK_EXPORT_HEADER

    exported = contacts_to_csv([Contact(given_name="Bo")], "outlook")

    assert exported.startswith(codecs.BOM_UTF8 + OUTLOOK_HEADER_LINE.encode() + b",Categories\r\n")
    assert all(len(row) == 62 for row in _rows(exported, "utf-8-sig"))


# --- round trips ------------------------------------------------------------------------


def test_google_round_trip_keeps_every_field() -> None:
    anna = _anna()

    entries = csv_to_contacts(contacts_to_csv([anna], "google", event_names=EVENTS))

    assert entries[0].position == 2
    assert entries[0].event_name == "LogiMAT 2025, Stuttgart"
    assert _only(entries) == replace(anna, event_id=None)


def test_outlook_round_trip_keeps_every_field_with_phones_in_column_order() -> None:
    anna = _anna()

    entries = csv_to_contacts(contacts_to_csv([anna], "outlook", event_names=EVENTS))

    assert entries[0].event_name == "LogiMAT 2025, Stuttgart"
    assert _kept(_only(entries)) == _kept(anna)


TARO = Contact(
    given_name="太郎",
    family_name="山田",
    full_name="太郎 山田",
    reading_given="Taro",
    reading_family="Yamada",
    company="山田商事株式会社",
    needs_review=False,
)
"""A name printed in Japanese with its reading in Latin letters beside it."""


@pytest.mark.parametrize("layout", ["google", "outlook"])
def test_the_name_s_reading_goes_out_in_its_columns_and_comes_back_unchanged(layout: str) -> None:
    first = contacts_to_csv([TARO], layout)  # type: ignore[arg-type]
    cells = dict(zip(*_rows(first, "utf-8-sig"), strict=True))
    if layout == "google":
        assert (cells["Phonetic First Name"], cells["Phonetic Last Name"]) == ("Taro", "Yamada")
    else:
        assert (cells["Given Yomi"], cells["Surname Yomi"]) == ("Taro", "Yamada")

    back = _only(csv_to_contacts(first))

    assert back == TARO
    assert contacts_to_csv([back], layout) == first  # type: ignore[arg-type]


def test_the_readings_of_older_google_and_outlook_com_layouts_are_read() -> None:
    google = (
        "Name,Given Name,Additional Name,Family Name,Yomi Name,Given Name Yomi,"
        "Additional Name Yomi,Family Name Yomi,Group Membership,E-mail 1 - Type,"
        "E-mail 1 - Value\r\n"
        "山田太郎,太郎,,山田,,Taro,,Yamada,* myContacts,* Work,taro@example.jp\r\n"
    ).encode()
    outlook = (
        "First Name,Middle Name,Last Name,Suffix,Given Name Yomi,Family Name Yomi,"
        "E-mail Address,Job Title\r\n太郎,,山田,,Taro,Yamada,taro@example.jp,部長\r\n"
    ).encode()

    for data in (google, outlook):
        taro = _only(csv_to_contacts(data))
        assert (taro.given_name, taro.family_name) == ("太郎", "山田")
        assert (taro.reading_given, taro.reading_family) == ("Taro", "Yamada")


def test_each_layout_puts_each_field_in_its_own_column() -> None:
    google = dict(
        zip(*_rows(contacts_to_csv([_anna()], "google", event_names=EVENTS)), strict=True)
    )
    outlook = dict(zip(*_rows(contacts_to_csv([_anna()], "outlook"), "utf-8-sig"), strict=True))

    assert google["Name Prefix"] == "Dr." and outlook["Title"] == "Dr."
    assert google["Organization Title"] == outlook["Job Title"] == "Head of Procurement"
    assert google["Phone 2 - Label"] == "Mobile" and google["Phone 3 - Label"] == "Work Fax"
    assert outlook["Mobile Phone"] == " +4915112345678"
    assert outlook["Business Fax"] == " +493012345679"
    assert outlook["Other Phone"] == " +493099999999"
    assert google["Labels"] == "LogiMAT 2025, Stuttgart ::: fair ::: logistics ::: * myContacts"
    assert outlook["Categories"] == "fair;logistics"
    assert google["Address 1 - Formatted"] == "Hauptstraße 5\n10115 Berlin\nGermany"
    assert [
        google[f"Address 1 - {part}"]
        for part in ("Street", "Extended Address", "City", "Region", "Postal Code", "Country")
    ] == ["Hauptstraße 5", "", "Berlin", "", "10115", "Germany"]
    assert [
        outlook[f"Business {part}"]
        for part in ("Street", "City", "State", "Postal Code", "Country/Region")
    ] == ["Hauptstraße 5", "Berlin", "", "10115", "Germany"]
    assert outlook["Web Page"] == "www.example.de"
    assert outlook["Personal Web Page"] == "https://example.com/anna"
    assert google["Notes"] == (
        "Met at: LogiMAT 2025, Stuttgart\nMet on: 2025-03-12\n"
        "Interested in: pallet racking, cold storage\n\nWants a quote by May.\nCall before 10."
    )


def test_outlook_phones_beyond_a_kinds_columns_go_to_its_spare_columns() -> None:
    mobiles = [Phone(PhoneKind.MOBILE, f"+49151000000{n}") for n in range(4)]

    data = contacts_to_csv([Contact(given_name="Bo", phones=mobiles)], "outlook")

    row = dict(zip(*_rows(data, "utf-8-sig"), strict=True))
    assert [row["Mobile Phone"], row["Car Phone"], row["Other Phone"], row["Home Phone"]] == [
        " " + p.number for p in mobiles
    ]


# --- formula injection ------------------------------------------------------------------


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_free_text_that_could_run_as_a_formula_is_neutralised_and_read_back(start: str) -> None:
    risky = Contact(
        given_name=f'{start}HYPERLINK("http://evil")',
        family_name=f"{start}Doe",
        company=f"{start}1+1",
        title=f"{start}cmd|' /C calc'!A0",
        emails=[f"{start}x@example.com"],
        websites=[f"{start}example.com"],
        tags=[f"{start}tag"],
        notes=f"{start}SUM(A1:A9)",
        phones=[Phone(PhoneKind.WORK, "+493012345678")],
        needs_review=False,
    )
    risky.full_name = f"{risky.given_name} {risky.family_name}"
    # Emails, websites and tags lose surrounding white space (a tab or CR start) when read.
    expected = replace(
        risky,
        emails=[e.strip() for e in risky.emails],
        websites=[w.strip() for w in risky.websites],
        tags=[t.strip() for t in risky.tags],
    )
    for layout, encoding in (("google", "utf-8"), ("outlook", "utf-8-sig")):
        data = contacts_to_csv([risky], layout, event_names={})  # type: ignore[arg-type]
        header, row = _rows(data, encoding)
        cells = dict(zip(header, row, strict=True))
        phone_column = "Phone 1 - Value" if layout == "google" else "Business Phone"

        assert cells[phone_column] == " +493012345678", "an E.164 phone: after a space"
        risky_cells = [
            v for k, v in cells.items() if v and k != phone_column and not k.endswith(" - Label")
        ]
        assert risky_cells and all(v.startswith("'" + start) for v in risky_cells), layout
        assert len(risky_cells) == 8, "names, company, title, notes, tags, email, website"
        assert _only(csv_to_contacts(data)) == expected, layout


SPREADSHEET_FORMULA_STARTS = (
    *'=+-@\t\r\0|"',
    *"\uff1d\uff0b\uff0d\uff20\uff5c",  # full-width = + - @ |, as East Asian IMEs type them
    *"\ufe66\ufe62\ufe63\ufe6b",  # small = + - @
)
"""What a cell may not start with: OWASP's list (CSV Injection), the pipe of DDE
(``|cmd``), a double quote that a sloppy reader drops, and the full-width and small forms
of the formula signs, which spreadsheets in East Asian locales take for them."""


@pytest.mark.parametrize("layout", ["google", "outlook"])
def test_no_cell_of_an_export_can_start_a_formula_and_the_file_reads_back(
    layout: str, tmp_path: Path
) -> None:
    hostile = [f"{start}1+1" for start in SPREADSHEET_FORMULA_STARTS] + [
        '=HYPERLINK("http://evil.example","x")',
        "+1+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        '"=1+1',
        "\uff1d1+1",
        "|cmd",
        "'=already quoted",
    ]
    contacts = [
        Contact(
            given_name=value,
            family_name=value,
            company=value,
            title=value,
            address=value,
            emails=[value],
            websites=[value],
            tags=[value],
            notes=value,
            # a phone that does not parse is stored as written, and phone columns are a target
            phones=[Phone(PhoneKind.WORK, value), Phone(PhoneKind.MOBILE, "+4930123456")],
            needs_review=False,
        )
        for value in hostile
    ]
    path = tmp_path / f"{layout}.csv"
    path.write_bytes(contacts_to_csv(contacts, layout))  # type: ignore[arg-type]

    rows = _rows(path.read_bytes(), "utf-8-sig")
    dangerous = [
        cell for row in rows for cell in row if cell.startswith(SPREADSHEET_FORMULA_STARTS)
    ]
    assert dangerous == []
    # An E.164 number is only digits after its sign: written after a space, no spreadsheet
    # starts a formula at it, and one that trims the space reads a number, never a call.
    assert all(" +4930123456" in row for row in rows[1:])
    for contact, entry in zip(contacts, csv_to_contacts(path.read_bytes()), strict=True):
        read = entry.contact
        assert read is not None, entry.error
        value = contact.given_name
        assert (read.given_name, read.family_name, read.company, read.notes) == (value,) * 4
        assert read.title == value
        assert read.emails == [value.strip()] and read.websites == [value.strip()]
        assert {p.number for p in read.phones} >= {"+4930123456"}
        assert any(value.strip() in (p.number, p.printed) for p in read.phones), read.phones


# --- files as Google and Outlook write them ---------------------------------------------


def test_a_google_export_reads_with_labels_shared_cells_and_system_labels_dropped() -> None:
    header = (
        "First Name,Middle Name,Last Name,Phonetic First Name,Phonetic Middle Name,"
        "Phonetic Last Name,Name Prefix,Name Suffix,Nickname,File As,Organization Name,"
        "Organization Title,Organization Department,Birthday,Notes,Photo,Labels,"
        "E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,"
        "Phone 1 - Label,Phone 1 - Value,Phone 2 - Label,Phone 2 - Value,"
        "Address 1 - Label,Address 1 - Formatted,Address 1 - Street,Address 1 - City,"
        "Address 1 - PO Box,Address 1 - Region,Address 1 - Postal Code,Address 1 - Country,"
        "Address 1 - Extended Address,Website 1 - Label,Website 1 - Value"
    )
    rows = [
        'David,M.,Cole,,,,,CPA,,,David M. Cole CPA,Accountant,,,"Pays in March",,'
        "* myContacts ::: * starred ::: Clients,* Work,d@cole.example ::: david@cole.example,"
        "Home,dave@home.example,Mobile,+1 407-536-2033,Work Fax,(407) 536-2034,"
        'Work,"5401 S Kirkman Rd\nOrlando, FL 32819\nUS",5401 S Kirkman Rd,Orlando,,FL,'
        "32819,US,,Profile,https://cole.example",
        ",,,,,,,,,,Acme Corp,,,,,,* myContacts,,,,,Main,+44 20 7946 0958" + "," * 13,
    ]
    data = ("\r\n".join([header, *rows]) + "\r\n").encode()

    assert detect_layout(csv_header(data)) == "google"
    david, acme = (entry.contact for entry in csv_to_contacts(data))

    assert david is not None and acme is not None
    assert (david.given_name, david.middle_name, david.family_name, david.suffix) == (
        "David",
        "M.",
        "Cole",
        "CPA",
    )
    assert david.full_name == "David M. Cole CPA"
    assert (david.company, david.title, david.notes) == (
        "David M. Cole CPA",
        "Accountant",
        "Pays in March",
    )
    assert david.tags == ["Clients"]
    assert david.emails == ["d@cole.example", "david@cole.example", "dave@home.example"]
    assert david.phones == [
        Phone(PhoneKind.MOBILE, "+14075362033", "+1 407-536-2033"),
        Phone(PhoneKind.FAX, "(407) 536-2034", "(407) 536-2034"),
    ]
    assert david.address == "5401 S Kirkman Rd\nOrlando, FL 32819\nUS"
    assert david.websites == ["https://cole.example"]
    assert acme.company == "Acme Corp" and acme.display_name == ""
    assert acme.phones == [Phone(PhoneKind.WORK, "+442079460958", "+44 20 7946 0958")]


def test_googles_older_export_layout_still_reads() -> None:
    data = (
        b"Name,Given Name,Additional Name,Family Name,Group Membership,E-mail 1 - Type,"
        b"E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Organization 1 - Name,"
        b"Organization 1 - Title\r\n"
        b"Li Wei,Wei,,Li,* myContacts ::: Suppliers,* Work,li@example.cn,Mobile,"
        b"+86 138 0013 8000,Wei Trading,Sales\r\n"
    )

    li = _only(csv_to_contacts(data))

    assert (li.full_name, li.given_name, li.family_name) == ("Li Wei", "Wei", "Li")
    assert (li.company, li.title, li.tags, li.emails) == (
        "Wei Trading",
        "Sales",
        ["Suppliers"],
        ["li@example.cn"],
    )
    assert [(p.kind, p.number) for p in li.phones] == [(PhoneKind.MOBILE, "+8613800138000")]


def test_tags_with_commas_survive_googles_labels() -> None:
    tagged = Contact(given_name="Bo", full_name="Bo", tags=["Fair, Berlin", "VIP"])

    assert _only(csv_to_contacts(contacts_to_csv([tagged], "google"))).tags == tagged.tags


def test_an_outlook_com_export_reads_with_its_bom_and_a_home_only_address() -> None:
    cells = dict.fromkeys(OUTLOOK_HEADER, "")
    cells.update(
        {
            "First Name": "Zoë",
            "Last Name": "Ångström",
            "Title": "Ms.",
            "E-mail Address": "zoe@example.se",
            "Business Phone": "+46 8 123 456 78",
            "Mobile Phone": "+46 70 123 45 67",
            "Pager": "+46 74 000 00 00",
            "Job Title": "CTO",
            "Company": "Nordlys AB",
            "Home Street": "Storgatan 1",
            "Home City": "Stockholm",
            "Home Postal Code": "111 22",
            "Home Country/Region": "Sweden",
            "Web Page": "nordlys.example",
            "Notes": "Met at the booth.",
        }
    )
    out = io.StringIO()
    csv.writer(out).writerows([OUTLOOK_HEADER, list(cells.values())])
    data = codecs.BOM_UTF8 + out.getvalue().encode()

    zoe = _only(csv_to_contacts(data))

    assert (zoe.prefix, zoe.given_name, zoe.family_name, zoe.full_name) == (
        "Ms.",
        "Zoë",
        "Ångström",
        "Ms. Zoë Ångström",
    )
    assert (zoe.title, zoe.company, zoe.emails, zoe.websites) == (
        "CTO",
        "Nordlys AB",
        ["zoe@example.se"],
        ["nordlys.example"],
    )
    assert [(p.kind, p.number) for p in zoe.phones] == [
        (PhoneKind.WORK, "+46812345678"),
        (PhoneKind.MOBILE, "+46701234567"),
        (PhoneKind.OTHER, "+46740000000"),
    ]
    assert zoe.address == "Storgatan 1\n111 22 Stockholm\nSweden"
    assert zoe.address_parts == AddressParts(
        street="Storgatan 1", postcode="111 22", city="Stockholm", country="SE"
    )
    assert zoe.notes == "Met at the booth." and zoe.met_on is None


def test_googles_outlook_csv_reads_with_its_formatted_address_and_without_system_groups() -> None:
    header = (
        "First Name,Middle Name,Last Name,Title,Suffix,Web Page,Birthday,Anniversary,Notes,"
        "E-mail Address,E-mail 2 Address,E-mail 3 Address,Primary Phone,Home Phone,Home Phone 2,"
        "Mobile Phone,Pager,Home Fax,Home Address,Home Street,Home Street 2,Home Street 3,"
        "Home Address PO Box,Home City,Home State,Home Postal Code,Home Country,Spouse,Children,"
        "Manager's Name,Assistant's Name,Referred By,Company Main Phone,Business Phone,"
        "Business Phone 2,Business Fax,Assistant's Phone,Company,Job Title,Department,"
        "Business Address,Business Street,Business Street 2,Business Street 3,"
        "Business Address PO Box,Business City,Business State,Business Postal Code,"
        "Business Country,Other Phone,Other Fax,Other Address,Other Street,Other Street 2,"
        "Other Street 3,Other Address PO Box,Other City,Other State,Other Postal Code,"
        "Other Country,Callback,Car Phone,ISDN,Radio Phone,TTY/TDD Phone,Telex,Categories"
    )
    row = (
        "Kari,,Nordmann,,,,,,,kari@example.no,,,,,,+47 411 11 111,,,"
        '"Industrigata 50B\nOslo, 0357\nNorway",50B Industrigata,,,,Oslo,,0357,Norway'
        + "," * 40
        + "Restored from Samsung;myContacts;starred"
    )
    data = f"{header}\n{row}\n".encode()
    assert len(next(csv.reader([row]))) == len(header.split(","))

    kari = _only(csv_to_contacts(data))

    assert (kari.full_name, kari.emails) == ("Kari Nordmann", ["kari@example.no"])
    assert kari.phones == [Phone(PhoneKind.MOBILE, "+4741111111", "+47 411 11 111")]
    assert kari.address == "Industrigata 50B\nOslo, 0357\nNorway"
    assert kari.tags == ["Restored from Samsung"]


# --- encodings and separators -----------------------------------------------------------

LATIN = (
    "First Name,Last Name,E-mail Address,Company\r\nJosé,Ñúñez-Größe,jose@example.es,Café Olé\r\n"
)


@pytest.mark.parametrize(
    "encoded",
    [
        LATIN.encode("utf-8"),
        codecs.BOM_UTF8 + LATIN.encode("utf-8"),
        LATIN.encode("utf-16"),  # with its BOM, in this machine's byte order
        codecs.BOM_UTF16_BE + LATIN.encode("utf-16-be"),
        LATIN.encode("latin-1"),
        LATIN.replace("Café", "Café €").encode("cp1252"),
    ],
    ids=["utf8", "utf8-bom", "utf16", "utf16-be", "latin1", "windows-1252"],
)
def test_every_encoding_reads_the_same_names(encoded: bytes) -> None:
    jose = _only(csv_to_contacts(encoded))

    assert (jose.given_name, jose.family_name) == ("José", "Ñúñez-Größe")
    assert jose.company in ("Café Olé", "Café € Olé")


def test_a_semicolon_separated_excel_file_reads_through_a_guessed_mapping() -> None:
    data = "Vorname;Nachname;E-Mail;Handy;Firma\nJürgen;Weiß;jw@example.de;0151 2345678;Weiß KG\n"

    entries = csv_to_contacts(data.encode("cp1252"), region="DE")

    jurgen = _only(entries)
    assert (jurgen.given_name, jurgen.family_name, jurgen.company) == ("Jürgen", "Weiß", "Weiß KG")
    assert jurgen.emails == ["jw@example.de"]
    assert jurgen.phones == [Phone(PhoneKind.MOBILE, "+491512345678", "0151 2345678")]


# --- other files: mapping ---------------------------------------------------------------


def test_guess_mapping_reads_common_headers_and_outlook_as_outlook_means_it() -> None:
    header = [
        "Full Name",
        "e_mail",
        "Email 2",
        "Mobile Number",
        "Work Phone",
        "Fax",
        "Organisation",
        "Position",
        "Street",
        "City",
        "Tags",
        "Comments",
        "Favourite colour",
    ]
    assert guess_mapping(header) == {
        "Full Name": "full_name",
        "e_mail": "email",
        "Email 2": "email",
        "Mobile Number": "phone_mobile",
        "Work Phone": "phone_work",
        "Fax": "phone_fax",
        "Organisation": "company",
        "Position": "title",
        "Street": "address",
        "City": "address",
        "Tags": "tags",
        "Comments": "notes",
    }
    outlook = guess_mapping(OUTLOOK_HEADER)
    assert outlook["Title"] == "prefix" and outlook["Job Title"] == "title"
    assert set(guess_mapping(header).values()) <= set(CSV_FIELDS)


def test_a_name_s_reading_is_guessed_and_read_through_a_mapping() -> None:
    header = ["Vorname", "Nachname", "Phonetic First Name", "Phonetic Last Name", "E-Mail"]
    mapping = guess_mapping(header)
    assert (mapping["Phonetic First Name"], mapping["Phonetic Last Name"]) == (
        "reading_given",
        "reading_family",
    )
    assert guess_mapping(["First Name Yomi", "Surname Yomi"]) == {
        "First Name Yomi": "reading_given",
        "Surname Yomi": "reading_family",
    }
    data = b"Vorname;Nachname;Phonetic First Name;Phonetic Last Name;E-Mail\r\n"
    data += "太郎;山田;Taro;Yamada;taro@example.jp\r\n".encode()
    taro = _only(csv_to_contacts(data, mapping))
    assert (taro.reading_given, taro.reading_family) == ("Taro", "Yamada")


def test_a_mapping_reads_any_file_and_joins_columns_of_one_field() -> None:
    data = (
        b"who,org,mail,other mail,tel,street,town,met,fair,likes,tags,ignored\n"
        b"Kim Lee,Lee & Co,kim@lee.example,k@lee.example,+82 2 312 3456,1 Main St,Seoul,"
        b"2025-04-01,Expo,tea,a; b,x\n"
    )
    mapping = {
        "who": "full_name",
        "org": "company",
        "mail": "email",
        "other mail": "email",
        "tel": "phone_work",
        "street": "address",
        "town": "address",
        "met": "met_on",
        "fair": "event",
        "likes": "interested_in",
        "tags": "tags",
    }

    entries = csv_to_contacts(data, mapping)

    kim = _only(entries)
    assert entries[0].event_name == "Expo"
    assert (kim.full_name, kim.company, kim.address) == ("Kim Lee", "Lee & Co", "1 Main St, Seoul")
    assert kim.emails == ["kim@lee.example", "k@lee.example"]
    assert kim.phones == [Phone(PhoneKind.WORK, "+8223123456", "+82 2 312 3456")]
    assert (kim.met_on, kim.interested_in, kim.tags) == (date(2025, 4, 1), "tea", ["a", "b"])


def test_a_mapping_given_wins_over_the_layout_seen_in_the_header() -> None:
    data = contacts_to_csv([_anna()], "outlook")

    contact = _only(csv_to_contacts(data, {"Company": "full_name"}))

    assert contact.full_name == _anna().company and not contact.emails


def test_a_mapping_to_a_field_that_does_not_exist_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="shoe_size"):
        csv_to_contacts(b"a\n1\n", {"a": "shoe_size"})


# --- bad input --------------------------------------------------------------------------


def test_bad_rows_each_get_a_sentence_naming_the_row_and_the_rest_are_read() -> None:
    data = (
        b"Name,Email,Met on\n"
        b"Ann,ann@example.com,2025-01-02\n"
        b"Bob,bob@example.com,2025-01-03,surplus\n"
        b",,\n"
        b"Cy,cy@example.com,31/12/2025\n"
        b',,"   "\n'
        b",,2025-01-04\n"
        b'Di,"di@example.com" oops,2025-01-05\n'
        b"Ed,ed@example.com,\n"
        b'Flo,"flo@example.com,2025-01-06\n'
        b"Gus,gus@example.com,\n"
    )

    entries = csv_to_contacts(data)

    assert [(e.position, e.contact.display_name if e.contact else e.error) for e in entries] == [
        (2, "Ann"),
        (3, "Row 3 has 4 cells but the header only 3: check it for a stray separator."),
        (5, "Row 5: “31/12/2025” is not a day, so write it as YYYY-MM-DD."),
        (7, "Row 7 has no name, company, email or phone, so it was left out."),
        (8, "Row 8 has text after a closing quote: put the whole cell in quotes."),
        (9, "Ed"),
        (
            10,
            "Row 10 opens a quote that is never closed, so it and the rows after it were not read.",
        ),
    ]


def test_a_row_too_long_for_a_contact_is_one_sentence_and_the_rest_are_read() -> None:
    cells = ",".join(["n" * 100_000] * (MAX_ROW_CHARS // 100_000 + 1))  # each cell is allowed
    data = f"Name,Notes\nAnn,hi\nHuge,{cells}\nBob,hi\n".encode()

    entries = csv_to_contacts(data, {"Name": "full_name", "Notes": "notes"})

    assert [(e.position, e.contact.display_name if e.contact else e.error) for e in entries] == [
        (2, "Ann"),
        (3, "Row 3 is too long for a contact, so it was left out."),
        (4, "Bob"),
    ]


def test_the_lines_of_a_quoted_cell_too_long_are_passed_over_not_read_as_rows() -> None:
    lines = "".join(f"line {n}, with a comma\r\n" for n in range(20_000))  # 500 kB
    data = f'Name,Notes\r\nAnn,hi\r\nHuge,"{lines}""quoted"" end"\r\nBob,hi\r\n'.encode()

    entries = csv_to_contacts(data, {"Name": "full_name", "Notes": "notes"})

    assert [(e.position, e.contact.display_name if e.contact else e.error) for e in entries] == [
        (2, "Ann"),
        (3, "Row 3 has a cell too long for a contact."),
        (4, "Bob"),
    ]


def test_a_file_is_read_in_the_encoding_all_of_it_has_and_its_lines_across_chunks() -> None:
    row = "Zoë,zoe@example.com\r\n".encode("cp1252")
    data = b"Name,Email\r\n" + b"Ann,ann@example.com\r\n" * 100_000 + row  # 2 MB: 2 chunks

    entries = csv_to_contacts(data)

    assert len(entries) == 100_001
    assert all(e.contact and e.contact.display_name == "Ann" for e in entries[:-1])
    assert entries[-1].contact and entries[-1].contact.display_name == "Zoë"


@pytest.mark.parametrize(
    "data", [b"", codecs.BOM_UTF8, b"\r\n\r\n", b" , ,\n", "".encode("utf-16")]
)
def test_an_empty_file_is_one_sentence(data: bytes) -> None:
    with pytest.raises(ExchangeError, match=r"^The CSV file is empty: .*\.$"):
        csv_to_contacts(data)


def test_a_file_with_only_a_header_has_no_entries() -> None:
    assert csv_to_contacts(GOOGLE_HEADER_LINE.encode()) == []


def test_a_file_whose_columns_mean_nothing_asks_for_a_mapping() -> None:
    with pytest.raises(ExchangeError, match="choose which column holds what"):
        csv_to_contacts(b"foo,bar\n1,2\n")


def test_a_header_row_with_an_open_quote_is_one_sentence() -> None:
    with pytest.raises(ExchangeError, match=r"^The CSV file's row 1 opens a quote .*\.$"):
        csv_to_contacts(b'"Name,Email\nAnn,ann@example.com\n')


# --- size -------------------------------------------------------------------------------


@pytest.mark.parametrize("layout", ["google", "outlook"])
def test_ten_thousand_contacts_go_out_and_come_back_whole(layout: str) -> None:
    """Every row of a big file comes back, in order; how fast is bench/exchange.py's to say."""
    many = [
        replace(
            _anna(), given_name=f"Anna{n}", full_name=f"Dr. Anna{n} Maria Müller-Lüdenscheidt PhD"
        )
        for n in range(10_000)
    ]

    entries = csv_to_contacts(contacts_to_csv(many, layout, event_names=EVENTS))  # type: ignore[arg-type]

    assert len(entries) == 10_000 and not any(entry.error for entry in entries)
    assert entries[-1].position == 10_001
    assert _kept(entries[-1].contact or Contact()) == _kept(many[-1])


def test_samples_show_each_columns_first_values_for_mapping() -> None:
    data = (  # as Excel saves it in Germany: semicolons, Windows-1252; cut mid-row at the end
        "Name;Cell #;Notes\r\n"
        "Jürgen Müller;'+49 171 1234567;\r\n"
        ";;\r\n"
        'Ben Ode;;"two\r\nlines"\r\n'
        "Sara Greco;0171 2345678;x\r\n"
        "Tom Berg;0160 99"
    ).encode("cp1252")

    assert csv_samples(data, 2) == {
        "Name": ["Jürgen Müller", "Ben Ode"],
        "Cell #": ["+49 171 1234567", "0171 2345678"],
        "Notes": ["two\r\nlines", "x"],
    }
    assert csv_samples(data, 5, cut=True)["Name"] == ["Jürgen Müller", "Ben Ode", "Sara Greco"]
    assert csv_samples(b"") == {}


def test_headers_in_other_languages_are_guessed_accents_and_all() -> None:
    header = ["Anrede", "Société", "Téléphone", "Telefon", "Handy", "Bemerkung", "Interesse"]
    assert guess_mapping(header) == {
        "Anrede": "prefix",
        "Société": "company",
        "Téléphone": "phone_work",
        "Telefon": "phone_work",
        "Handy": "phone_mobile",
        "Bemerkung": "notes",
        "Interesse": "interested_in",
    }
