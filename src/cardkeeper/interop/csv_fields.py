"""Reading any CSV through a mapping of its columns to a contact's fields: the fields there
are, and a row read by the mapping (Outlook's layout is read this way too)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from cardkeeper.domain import SINGLE_TEXT_FIELDS, AddressParts, Contact, PhoneKind
from cardkeeper.interop.address_text import address_read
from cardkeeper.interop.csv_cells import (
    name_from_parts,
    read_day,
    read_notes,
    read_phone,
    split_tags,
    split_values,
)
from cardkeeper.interop.csv_reading import RowReader

CSV_FIELDS: tuple[str, ...] = (
    *SINGLE_TEXT_FIELDS,
    "email",
    "phone_work",
    "phone_mobile",
    "phone_fax",
    "phone_other",
    "website",
    "tags",
    "notes",
    "interested_in",
    "event",
    "met_on",
)
"""The fields a column of another program's CSV can be read into (see
:func:`~cardkeeper.interop.contacts_csv.guess_mapping`).

Several columns may feed one field: emails, phones and websites add up,
tags are split at ``;``, ``,`` or ``:::``, and text is joined (address parts
with ``, ``)."""

PHONE_FIELDS = {
    "phone_work": PhoneKind.WORK,
    "phone_mobile": PhoneKind.MOBILE,
    "phone_fax": PhoneKind.FAX,
    "phone_other": PhoneKind.OTHER,
}
_GOOGLE_SYSTEM_GROUPS = ("myContacts", "starred")
"""How Google's "Outlook CSV" names its own groups in ``Categories``: not the user's tags."""


def field_columns(header: Sequence[str], fields: Mapping[str, str]) -> list[tuple[int, str]]:
    """(position, field) of each column ``fields`` maps (column header -> field), in the
    header's order: the order in which the values of one field add up."""
    return [(i, fields[column]) for i, column in enumerate(header) if column in fields]


def mapped_reader(columns: Sequence[tuple[int, str]], region: str | None) -> RowReader:
    """Each column into its field; ``columns`` are (position, field) pairs, as
    :func:`field_columns` makes them, so that a layout can put one column's values first."""

    def read(cells: list[str]) -> tuple[Contact, str]:
        values: dict[str, list[str]] = {}
        for i, field in columns:
            if cells[i]:
                values.setdefault(field, []).append(cells[i])

        def text(field: str) -> str:
            return " ".join(values.get(field, []))

        contact = Contact(
            prefix=text("prefix"),
            given_name=text("given_name"),
            middle_name=text("middle_name"),
            family_name=text("family_name"),
            suffix=text("suffix"),
            title=text("title"),
            company=text("company"),
            full_name=text("full_name"),
            reading_given=text("reading_given"),
            reading_family=text("reading_family"),
            emails=[v for cell in values.get("email", []) for v in split_values(cell)],
            websites=[v for cell in values.get("website", []) for v in split_values(cell)],
            tags=[
                tag
                for cell in values.get("tags", [])
                for tag in split_tags(cell)
                if tag not in _GOOGLE_SYSTEM_GROUPS and not tag.startswith("* ")
            ],
            needs_review=False,
        )
        if values.get("address"):  # the parts of one address in several columns, or all in one
            contact.address, contact.address_parts = address_read(
                ", ".join(values["address"]), AddressParts()
            )
        for field, kind in PHONE_FIELDS.items():
            contact.phones += [
                read_phone(v, kind, region)
                for cell in values.get(field, [])
                for v in split_values(cell)
            ]
        contact.full_name = contact.full_name or name_from_parts(contact)
        event_name = read_notes(contact, "\n".join(values.get("notes", [])))
        if values.get("interested_in"):
            contact.interested_in = " ".join(values["interested_in"])
        if values.get("event"):
            event_name = " ".join(values["event"])
        if values.get("met_on"):
            contact.met_on = read_day(values["met_on"][0])
        return contact, event_name

    return read
