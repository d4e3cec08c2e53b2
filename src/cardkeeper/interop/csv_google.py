"""Google Contacts' CSV layout: its header, a contact as its row, and its rows read back.

Where the header row comes from (looked up on 2026-11-26 with the code and
pages search; Google does not document its export header, so it is taken
from files the product wrote, as quoted in public repositories; the quotes
carry no product version, and the newest of them sit in code written in
2024-2025): the "Google CSV" export (the layout that replaced the old
``Name,Given Name,...,Group Membership,E-mail 1 - Type`` one, which is still
read): 17 fixed columns ``First Name`` ... ``Labels``, then numbered groups
``E-mail N - Label/Value``, ``Phone N - Label/Value``, ``Address N - ...``
(nine columns), ``Website N - Label/Value``, each repeated as often as the
fullest contact needs. Found verbatim in a script that prints the header of
the author's own Google export ("fieldnames: First Name,Middle Name,...,
Address 1 - Extended Address"), in a vitest fixture "matching Google export"
(with ``Relation``/``Website``/``Event`` groups after the address), and in
importers that check a file against it (search: ``Phonetic Last Name,Name
Prefix,Name Suffix``). :data:`GOOGLE_HEADER` is the header for contacts with
at most one of each.

The name's reading (Taro Yamada beside 山田太郎) goes in ``Phonetic First Name``
and ``Phonetic Last Name``, and is read from the old layout's ``Given Name
Yomi`` and ``Family Name Yomi`` too (its header, quoted verbatim in many
repositories, runs ``Name,Given Name,Additional Name,Family Name,Yomi
Name,Given Name Yomi,Additional Name Yomi,Family Name Yomi,...``; looked up
on 2026-12-07). A middle name's reading has no place in a contact and is not
read. Values sharing a cell are separated by ``" ::: "``;
system labels start with ``"* "`` (``* myContacts``).

``Labels`` is written as Google's own exports of 2024-2025 quoted in public
repositories write it (``Fair ::: * myContacts ::: * starred``): the event the
person was met at (Google Contacts groups people by label, as CardKeeper's
sidebar does by event), the tags, then the system label ``* myContacts``. Read
back, a label naming the event of the notes' "Met at" line is that event, not a
tag.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from cardkeeper.domain import AddressParts, Contact, PhoneKind
from cardkeeper.interop.address_text import (
    address_read,
    address_to_write,
    country_name,
    country_part,
)
from cardkeeper.interop.csv_cells import (
    name_from_parts,
    neutralised,
    notes_with_meeting,
    phone_cell,
    read_notes,
    read_phone,
    split_values,
)
from cardkeeper.interop.csv_reading import RowReader

_GOOGLE_FIXED = (
    "First Name",
    "Middle Name",
    "Last Name",
    "Phonetic First Name",
    "Phonetic Middle Name",
    "Phonetic Last Name",
    "Name Prefix",
    "Name Suffix",
    "Nickname",
    "File As",
    "Organization Name",
    "Organization Title",
    "Organization Department",
    "Birthday",
    "Notes",
    "Photo",
    "Labels",
)
_GOOGLE_ADDRESS_PARTS = (
    "Label",
    "Formatted",
    "Street",
    "City",
    "PO Box",
    "Region",
    "Postal Code",
    "Country",
    "Extended Address",
)


def google_header(emails: int = 1, phones: int = 1, websites: int = 1) -> tuple[str, ...]:
    """Google's header with room for this many emails, phones and websites (and one address)."""
    return (
        _GOOGLE_FIXED
        + _pairs("E-mail", emails)
        + _pairs("Phone", phones)
        + tuple(f"Address 1 - {part}" for part in _GOOGLE_ADDRESS_PARTS)
        + _pairs("Website", websites)
    )


def _pairs(group: str, count: int) -> tuple[str, ...]:
    return tuple(
        f"{group} {n} - {part}" for n in range(1, count + 1) for part in ("Label", "Value")
    )


GOOGLE_HEADER: tuple[str, ...] = google_header()

_GOOGLE_PHONE_LABELS = {
    PhoneKind.WORK: "Work",
    PhoneKind.MOBILE: "Mobile",
    PhoneKind.FAX: "Work Fax",
    PhoneKind.OTHER: "Other",
}
_MY_CONTACTS = "* myContacts"
"""The system label of every contact in Google's "Contacts" list, last in its exports."""
GOOGLE_NUMBERED = re.compile(r"^(E-mail|Phone|Website|Address) (\d+) - (.+)$")
"""A column of a numbered group (``E-mail 2 - Value``): what the group is, its number, the part."""


def google_row(contact: Contact, header: Sequence[str], event_name: str) -> list[str]:
    """The contact's cells under ``header``, which has room for its emails, phones and websites."""
    cells = {
        "First Name": contact.given_name,
        "Middle Name": contact.middle_name,
        "Last Name": contact.family_name,
        "Phonetic First Name": contact.reading_given,
        "Phonetic Last Name": contact.reading_family,
        "Name Prefix": contact.prefix,
        "Name Suffix": contact.suffix,
        "Organization Name": contact.company,
        "Organization Title": contact.title,
        "Notes": notes_with_meeting(contact, event_name),
        "Labels": " ::: ".join(_labels(contact, event_name)),
    }
    for n, address in enumerate(contact.emails, start=1):
        cells[f"E-mail {n} - Label"] = "Work"
        cells[f"E-mail {n} - Value"] = address
    for n, site in enumerate(contact.websites, start=1):
        cells[f"Website {n} - Label"] = "Work"
        cells[f"Website {n} - Value"] = site
    if contact.address or not contact.address_parts.is_empty:
        text, parts = address_to_write(contact.address, contact.address_parts)
        cells["Address 1 - Label"] = "Work"
        cells["Address 1 - Formatted"] = text
        cells["Address 1 - Street"] = parts.street
        cells["Address 1 - Extended Address"] = parts.extended
        cells["Address 1 - City"] = parts.city
        cells["Address 1 - Region"] = parts.region
        cells["Address 1 - Postal Code"] = parts.postcode
        cells["Address 1 - Country"] = country_name(parts.country)
    row = [neutralised(cells.get(column, "")) for column in header]
    position = {column: i for i, column in enumerate(header)}
    for n, phone in enumerate(contact.phones, start=1):
        row[position[f"Phone {n} - Label"]] = _GOOGLE_PHONE_LABELS[phone.kind]
        row[position[f"Phone {n} - Value"]] = phone_cell(phone.number)
    return row


def google_reader(header: Sequence[str], region: str | None) -> RowReader:
    """Google's layout, old (``Given Name``, ``E-mail 1 - Type``) or current, labels and all."""
    index = {column: i for i, column in enumerate(header)}
    groups: dict[tuple[str, int], dict[str, int]] = {}
    for i, column in enumerate(header):
        found = GOOGLE_NUMBERED.match(column)
        if found:
            kind, n, part = found.groups()
            groups.setdefault((kind, int(n)), {})[part] = i
    ordered = sorted(groups.items(), key=lambda item: item[0][1])

    def text(cells: list[str], *columns: str) -> str:
        return next((cells[index[c]] for c in columns if c in index and cells[index[c]]), "")

    def read(cells: list[str]) -> tuple[Contact, str]:
        contact = Contact(
            prefix=text(cells, "Name Prefix"),
            given_name=text(cells, "First Name", "Given Name"),
            middle_name=text(cells, "Middle Name", "Additional Name"),
            family_name=text(cells, "Last Name", "Family Name"),
            suffix=text(cells, "Name Suffix"),
            reading_given=text(cells, "Phonetic First Name", "Given Name Yomi"),
            reading_family=text(cells, "Phonetic Last Name", "Family Name Yomi"),
            company=text(cells, "Organization Name", "Organization 1 - Name"),
            title=text(cells, "Organization Title", "Organization 1 - Title"),
            needs_review=False,
        )
        contact.full_name = text(cells, "Name") or name_from_parts(contact)
        for (kind, _n), parts in ordered:
            value = cells[parts["Value"]] if "Value" in parts else ""
            label = next((cells[parts[p]] for p in ("Label", "Type") if p in parts), "")
            if kind == "E-mail":
                contact.emails += split_values(value)
            elif kind == "Website":
                contact.websites += split_values(value)
            elif kind == "Phone":
                contact.phones += [
                    read_phone(number, _phone_kind(label), region) for number in split_values(value)
                ]
            elif kind == "Address" and not contact.address:
                contact.address, contact.address_parts = _google_address(cells, parts)
        event_name = read_notes(contact, text(cells, "Notes"))
        contact.tags = [  # split at ":::" only: a Google label may hold a comma
            tag
            for tag in split_values(text(cells, "Labels", "Group Membership"))
            if not tag.startswith("* ") and tag.casefold() != event_name.casefold()
        ]
        return contact, event_name

    return read


def _labels(contact: Contact, event_name: str) -> list[str]:
    """The event, the tags not naming it (a Google label is one per name), then the system
    label; ``:::`` inside a name would split it in two."""
    event = event_name.replace(":::", ":")
    tags = [tag for tag in contact.tags if tag.casefold() != event.casefold()]
    return [*([event] if event else []), *tags, _MY_CONTACTS]


def _google_address(cells: list[str], columns: Mapping[str, int]) -> tuple[str, AddressParts]:
    """The formatted address and the parts of one address group; "" and no parts when
    it is empty. A post office box goes on the extra line."""

    def cell(part: str) -> str:
        return cells[columns[part]].strip() if part in columns else ""

    parts = AddressParts(
        street=cell("Street"),
        extended=", ".join(p for p in (cell("PO Box"), cell("Extended Address")) if p),
        postcode=cell("Postal Code"),
        city=cell("City"),
        region=cell("Region"),
        country=country_part(cell("Country")),
    )
    return address_read(cell("Formatted"), parts)


def _phone_kind(label: str) -> PhoneKind:
    """The kind a Google label ("Mobile", "* Work", "Work Fax", "Handy") stands for."""
    words = label.lower()
    if "fax" in words:
        return PhoneKind.FAX
    if any(word in words for word in ("mobile", "cell", "iphone", "handy")):
        return PhoneKind.MOBILE
    if any(word in words for word in ("work", "business", "main", "company")):
        return PhoneKind.WORK
    return PhoneKind.OTHER
