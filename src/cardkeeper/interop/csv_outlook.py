"""Outlook's CSV layout: its header, a contact as its row, and its rows read back.

Where the header row comes from (looked up on 2026-11-26 with the code and
pages search; Microsoft does not document its export header, so it is taken
from files the product wrote, as quoted in public repositories; the quotes
carry no product version, and the newest of them sit in code written in
2024-2025): "Outlook CSV" as outlook.com exports it, 61 columns from
``First Name,Middle Name,Last Name,Title,Suffix`` to
``Birthday,Anniversary,Notes``: quoted verbatim, under the comment "(from
outlook.live.com) Default (no change by user) Headers", in a C# address book
importer; column by column in the README of github.com/michalbe/csv2vcard (a
converter for the live.com export); and in an LDIF-to-CSV script (search:
``Title,Suffix,Nickname,Given Yomi,Surname Yomi``). In this layout ``Title``
is the name prefix (Dr., Ms.) and ``Job Title`` the job; ``Given Yomi`` and
``Surname Yomi`` hold the name's reading (Taro and Yamada beside 山田太郎), which
an older outlook.com export called ``Given Name Yomi`` and ``Family Name Yomi``
(the csv2vcard README above), read too. It has no column for
tags, so the export adds desktop Outlook's own ``Categories`` column (values
separated by ``;``) after the 61: Outlook maps columns by header name, and an
importer that does not know a column leaves it out. Desktop Outlook's and
Google's "Outlook CSV" exports use the same column names in another order and
are read too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from cardkeeper.domain import AddressParts, Contact, PhoneKind
from cardkeeper.interop.address_text import (
    address_read,
    address_to_write,
    country_name,
    country_part,
)
from cardkeeper.interop.csv_cells import neutralised, notes_with_meeting, phone_cell
from cardkeeper.interop.csv_fields import PHONE_FIELDS, field_columns, mapped_reader
from cardkeeper.interop.csv_reading import RowReader

OUTLOOK_HEADER: tuple[str, ...] = (
    "First Name",
    "Middle Name",
    "Last Name",
    "Title",
    "Suffix",
    "Nickname",
    "Given Yomi",
    "Surname Yomi",
    "E-mail Address",
    "E-mail 2 Address",
    "E-mail 3 Address",
    "Home Phone",
    "Home Phone 2",
    "Business Phone",
    "Business Phone 2",
    "Mobile Phone",
    "Car Phone",
    "Other Phone",
    "Primary Phone",
    "Pager",
    "Business Fax",
    "Home Fax",
    "Other Fax",
    "Company Main Phone",
    "Callback",
    "Radio Phone",
    "Telex",
    "TTY/TDD Phone",
    "IMAddress",
    "Job Title",
    "Department",
    "Company",
    "Office Location",
    "Manager's Name",
    "Assistant's Name",
    "Assistant's Phone",
    "Company Yomi",
    "Business Street",
    "Business City",
    "Business State",
    "Business Postal Code",
    "Business Country/Region",
    "Home Street",
    "Home City",
    "Home State",
    "Home Postal Code",
    "Home Country/Region",
    "Other Street",
    "Other City",
    "Other State",
    "Other Postal Code",
    "Other Country/Region",
    "Personal Web Page",
    "Spouse",
    "Schools",
    "Hobby",
    "Location",
    "Web Page",
    "Birthday",
    "Anniversary",
    "Notes",
)
OUTLOOK_EXPORT_HEADER: tuple[str, ...] = (*OUTLOOK_HEADER, "Categories")
"""What :func:`~cardkeeper.interop.contacts_csv.contacts_to_csv` writes for Outlook: the 61
columns and desktop Outlook's ``Categories`` for the tags."""

_OUTLOOK_POSITION = {column: i for i, column in enumerate(OUTLOOK_EXPORT_HEADER)}

_OUTLOOK_PHONE_COLUMNS = {
    PhoneKind.WORK: ("Business Phone", "Business Phone 2", "Company Main Phone"),
    PhoneKind.MOBILE: ("Mobile Phone", "Car Phone"),
    PhoneKind.FAX: ("Business Fax", "Other Fax", "Home Fax"),
    PhoneKind.OTHER: ("Other Phone", "Home Phone", "Home Phone 2", "Callback"),
}
_OUTLOOK_SPARE_PHONE_COLUMNS = (*_OUTLOOK_PHONE_COLUMNS[PhoneKind.OTHER], "Primary Phone")
OUTLOOK_FIELDS: dict[str, str] = {
    "First Name": "given_name",
    "Middle Name": "middle_name",
    "Last Name": "family_name",
    "Title": "prefix",
    "Suffix": "suffix",
    "Given Yomi": "reading_given",
    "Surname Yomi": "reading_family",
    "Given Name Yomi": "reading_given",
    "Family Name Yomi": "reading_family",
    "E-mail Address": "email",
    "E-mail 2 Address": "email",
    "E-mail 3 Address": "email",
    "Job Title": "title",
    "Company": "company",
    "Web Page": "website",
    "Personal Web Page": "website",
    "Notes": "notes",
    "Categories": "tags",
    **{
        column: field
        for field, kind in PHONE_FIELDS.items()
        for column in _OUTLOOK_PHONE_COLUMNS[kind]
    },
    **{
        column: "phone_other"
        for column in (
            "Primary Phone",
            "Pager",
            "Radio Phone",
            "Telex",
            "TTY/TDD Phone",
            "ISDN",
            "Assistant's Phone",
        )
    },
}
_OUTLOOK_ADDRESSES = ("Business", "Home", "Other")
_OUTLOOK_ADDRESS_PARTS = (
    "Address",  # the formatted address, in Google's "Outlook CSV"
    "Street",
    "Street 2",
    "Street 3",
    "Address PO Box",
    "City",
    "State",
    "Postal Code",
    "Country/Region",
    "Country",  # in Google's "Outlook CSV"
)


def outlook_row(contact: Contact, event_name: str) -> list[str]:
    """The contact's cells under :data:`OUTLOOK_EXPORT_HEADER`, as many as its columns hold."""
    cells = {
        "First Name": contact.given_name,
        "Middle Name": contact.middle_name,
        "Last Name": contact.family_name,
        "Title": contact.prefix,
        "Suffix": contact.suffix,
        "Given Yomi": contact.reading_given,
        "Surname Yomi": contact.reading_family,
        "Job Title": contact.title,
        "Company": contact.company,
        "Notes": notes_with_meeting(contact, event_name),
        "Categories": ";".join(contact.tags),
    }
    if contact.address or not contact.address_parts.is_empty:
        _printed, parts = address_to_write(contact.address, contact.address_parts)
        cells["Business Street"] = "\n".join(p for p in (parts.street, parts.extended) if p)
        cells["Business City"] = parts.city
        cells["Business State"] = parts.region
        cells["Business Postal Code"] = parts.postcode
        cells["Business Country/Region"] = country_name(parts.country)
    cells.update(
        zip(
            ("E-mail Address", "E-mail 2 Address", "E-mail 3 Address"), contact.emails, strict=False
        )
    )
    cells.update(zip(("Web Page", "Personal Web Page"), contact.websites, strict=False))
    row = [neutralised(cells.get(column, "")) for column in OUTLOOK_EXPORT_HEADER]
    taken: set[str] = set()
    for phone in contact.phones:
        free = [c for c in _OUTLOOK_PHONE_COLUMNS[phone.kind] if c not in taken] or [
            c for c in _OUTLOOK_SPARE_PHONE_COLUMNS if c not in taken
        ]
        if free:
            taken.add(free[0])
            row[_OUTLOOK_POSITION[free[0]]] = phone_cell(phone.number)
    return row


def outlook_fields(header: Sequence[str]) -> dict[str, str]:
    """The field each of the header's columns feeds, as Outlook means its columns."""
    return {column: OUTLOOK_FIELDS[column] for column in header if column in OUTLOOK_FIELDS}


def outlook_reader(header: Sequence[str], region: str | None) -> RowReader:
    """Each column into its field; of Outlook's several addresses, the first one filled."""
    columns = field_columns(header, OUTLOOK_FIELDS)
    # its business "Web Page" comes after "Personal Web Page" but is the first
    columns.sort(key=lambda column: header[column[0]] == "Personal Web Page")
    read_fields = mapped_reader(columns, region)
    index = {column: i for i, column in enumerate(header)}
    places = [
        {
            part: index[f"{place} {part}"]
            for part in _OUTLOOK_ADDRESS_PARTS
            if f"{place} {part}" in index
        }
        for place in _OUTLOOK_ADDRESSES
    ]

    def read(cells: list[str]) -> tuple[Contact, str]:
        contact, event_name = read_fields(cells)
        for columns in places:
            if not contact.address:
                contact.address, contact.address_parts = _address(cells, columns)
        return contact, event_name

    return read


def _address(cells: list[str], columns: Mapping[str, int]) -> tuple[str, AddressParts]:
    """The text and parts of one of Outlook's addresses; "" and no parts when it is empty.

    Outlook's street is a box of lines: its first line is the street, the others (with
    desktop Outlook's Street 2, Street 3 and post office box) the extra line.
    """

    def cell(part: str) -> str:
        return cells[columns[part]].strip() if part in columns else ""

    street, _, more = cell("Street").partition("\n")
    extra = (more.strip(), cell("Street 2"), cell("Street 3"), cell("Address PO Box"))
    parts = AddressParts(
        street=street.strip(),
        extended=", ".join(p for p in extra if p),
        postcode=cell("Postal Code"),
        city=cell("City"),
        region=cell("State"),
        country=country_part(cell("Country/Region") or cell("Country")),
    )
    return address_read(cell("Address"), parts)
