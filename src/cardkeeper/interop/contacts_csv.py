"""Contacts as CSV in the column layouts Google Contacts and Outlook read, and CSV files back.

Where the header rows come from (looked up on 2026-11-26 with the code and
pages search; neither vendor documents its export header, so both are taken
from files the products wrote, as quoted in public repositories; the quotes
carry no product version, and the newest of them sit in code written in
2024-2025):

- **Google Contacts**, "Google CSV" export (the layout that replaced the old
  ``Name,Given Name,...,Group Membership,E-mail 1 - Type`` one, which is
  still read): 17 fixed columns ``First Name`` ... ``Labels``, then numbered
  groups ``E-mail N - Label/Value``, ``Phone N - Label/Value``, ``Address N -
  ...`` (nine columns), ``Website N - Label/Value``, each repeated as often as
  the fullest contact needs. Found verbatim in a script that prints the header
  of the author's own Google export ("fieldnames: First Name,Middle Name,...,
  Address 1 - Extended Address"), in a vitest fixture "matching Google
  export" (with ``Relation``/``Website``/``Event`` groups after the address),
  and in importers that check a file against it (search: ``Phonetic Last
  Name,Name Prefix,Name Suffix``). :data:`GOOGLE_HEADER` is the header for
  contacts with at most one of each. Values sharing a cell are separated by
  ``" ::: "``; system labels start with ``"* "`` (``* myContacts``).
- **Outlook**, "Outlook CSV" as outlook.com exports it, 61 columns from
  ``First Name,Middle Name,Last Name,Title,Suffix`` to
  ``Birthday,Anniversary,Notes``: quoted verbatim, under the comment "(from
  outlook.live.com) Default (no change by user) Headers", in a C# address book
  importer; column by column in the README of github.com/michalbe/csv2vcard
  (a converter for the live.com export); and in an LDIF-to-CSV script (search:
  ``Title,Suffix,Nickname,Given Yomi,Surname Yomi``). In this layout ``Title``
  is the name prefix (Dr., Ms.) and ``Job Title`` the job. It has no column
  for tags, so the export adds desktop Outlook's own ``Categories`` column
  (values separated by ``;``) after the 61: Outlook maps columns by header
  name, and an importer that does not know a column leaves it out. Desktop
  Outlook's and Google's "Outlook CSV" exports use the same column names in
  another order and are read too.

Encodings written: Google gets UTF-8 without a byte-order mark, as its own
export is; Outlook gets UTF-8 *with* one, because desktop Outlook's import
wizard and Excel read a CSV without it in the Windows ANSI code page and
garble every accented name. Files read may be UTF-8 (with or without BOM),
UTF-16 with BOM, or else Windows-1252 / Latin-1 (what Outlook and Excel write
on Western systems), separated by commas, semicolons (Excel in much of
Europe) or tabs.

Where the user met someone and what they were interested in have no column
in either layout: they lead the notes as ``Met at: ...`` / ``Met on:
YYYY-MM-DD`` / ``Interested in: ...`` lines and are read back from there.

Free-text cells that a spreadsheet would run as a formula (starting with
``=``, ``+``, ``-``, ``@``, tab or CR) get a leading ``'``, which spreadsheets
show as text; phone numbers in phone columns are left as they are since an
E.164 number starts with ``+``. Reading takes the ``'`` off again.

A layout holds what it has columns for: Outlook at most three emails, two
websites and the phones its columns hold (extra phones go to its general
phone columns while any is free); the printed form of a phone is not kept
(the E.164 number is), and the full name is rebuilt from the name parts.
Outlook's ``Categories`` are split at ``;`` and ``,`` (Outlook writes the
list separator of the user's locale), so a tag holding either comes back as
two; Google's ``" ::: "`` keeps them whole.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date
from typing import Literal

import phonenumbers

from cardkeeper.domain import SINGLE_TEXT_FIELDS, Contact, Phone, PhoneKind
from cardkeeper.errors import ExchangeError
from cardkeeper.interop.read_entry import ReadEntry
from cardkeeper.wording import one_line

Layout = Literal["google", "outlook"]

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
"""What :func:`contacts_to_csv` writes for Outlook: the 61 columns and desktop Outlook's
``Categories`` for the tags."""

_OUTLOOK_POSITION = {column: i for i, column in enumerate(OUTLOOK_EXPORT_HEADER)}

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
"""The fields a column of another program's CSV can be read into (see :func:`guess_mapping`).

Several columns may feed one field: emails, phones and websites add up,
tags are split at ``;``, ``,`` or ``:::``, and text is joined (address parts
with ``, ``)."""

_NAME_FIELDS = ("prefix", "given_name", "middle_name", "family_name", "suffix")
_PHONE_FIELDS = {
    "phone_work": PhoneKind.WORK,
    "phone_mobile": PhoneKind.MOBILE,
    "phone_fax": PhoneKind.FAX,
    "phone_other": PhoneKind.OTHER,
}
_GOOGLE_PHONE_LABELS = {
    PhoneKind.WORK: "Work",
    PhoneKind.MOBILE: "Mobile",
    PhoneKind.FAX: "Work Fax",
    PhoneKind.OTHER: "Other",
}
_OUTLOOK_PHONE_COLUMNS = {
    PhoneKind.WORK: ("Business Phone", "Business Phone 2", "Company Main Phone"),
    PhoneKind.MOBILE: ("Mobile Phone", "Car Phone"),
    PhoneKind.FAX: ("Business Fax", "Other Fax", "Home Fax"),
    PhoneKind.OTHER: ("Other Phone", "Home Phone", "Home Phone 2", "Callback"),
}
_OUTLOOK_SPARE_PHONE_COLUMNS = (*_OUTLOOK_PHONE_COLUMNS[PhoneKind.OTHER], "Primary Phone")
_OUTLOOK_FIELDS: dict[str, str] = {
    "First Name": "given_name",
    "Middle Name": "middle_name",
    "Last Name": "family_name",
    "Title": "prefix",
    "Suffix": "suffix",
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
        for field, kind in _PHONE_FIELDS.items()
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

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_MET_AT = "Met at: "
_MET_ON = "Met on: "
_INTERESTED_IN = "Interested in: "
_GOOGLE_NUMBERED = re.compile(r"^(E-mail|Phone|Website|Address) (\d+) - (.+)$")
_GOOGLE_SYSTEM_GROUPS = ("myContacts", "starred")
"""How Google's "Outlook CSV" names its own groups in ``Categories``: not the user's tags."""
_E164 = re.compile(r"\+[1-9]\d{6,14}")
_TAG_SEPARATORS = re.compile(r"\s*(?::::|;|,)\s*")


# --- writing -----------------------------------------------------------------------------


def contacts_to_csv(
    contacts: Sequence[Contact], layout: Layout, *, event_names: Mapping[int, str] | None = None
) -> bytes:
    """The contacts as a CSV file Google Contacts (``"google"``) or Outlook (``"outlook"``) imports.

    ``event_names`` gives the names of the events contacts were met at, by event id.
    """
    names = event_names or {}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    if layout == "google":
        header = google_header(
            max((len(c.emails) for c in contacts), default=1) or 1,
            max((len(c.phones) for c in contacts), default=1) or 1,
            max((len(c.websites) for c in contacts), default=1) or 1,
        )
        writer.writerow(header)
        for contact in contacts:
            writer.writerow(_google_row(contact, header, _event_name(contact, names)))
        return out.getvalue().encode("utf-8")
    if layout == "outlook":
        writer.writerow(OUTLOOK_EXPORT_HEADER)
        for contact in contacts:
            writer.writerow(_outlook_row(contact, _event_name(contact, names)))
        return codecs.BOM_UTF8 + out.getvalue().encode("utf-8")
    raise ValueError(layout)


def _event_name(contact: Contact, names: Mapping[int, str]) -> str:
    return names.get(contact.event_id, "") if contact.event_id is not None else ""


def neutralised(text: str) -> str:
    """``text`` as a cell no spreadsheet runs as a formula: a leading ``'`` where it could."""
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def _google_row(contact: Contact, header: Sequence[str], event_name: str) -> list[str]:
    cells = {
        "First Name": contact.given_name,
        "Middle Name": contact.middle_name,
        "Last Name": contact.family_name,
        "Name Prefix": contact.prefix,
        "Name Suffix": contact.suffix,
        "Organization Name": contact.company,
        "Organization Title": contact.title,
        "Notes": notes_with_meeting(contact, event_name),
        "Labels": " ::: ".join(contact.tags),
    }
    for n, address in enumerate(contact.emails, start=1):
        cells[f"E-mail {n} - Label"] = "Work"
        cells[f"E-mail {n} - Value"] = address
    for n, site in enumerate(contact.websites, start=1):
        cells[f"Website {n} - Label"] = "Work"
        cells[f"Website {n} - Value"] = site
    if contact.address:
        cells["Address 1 - Label"] = "Work"
        cells["Address 1 - Formatted"] = contact.address
        cells["Address 1 - Street"] = contact.address
    row = [neutralised(cells.get(column, "")) for column in header]
    position = {column: i for i, column in enumerate(header)}
    for n, phone in enumerate(contact.phones, start=1):
        row[position[f"Phone {n} - Label"]] = _GOOGLE_PHONE_LABELS[phone.kind]
        row[position[f"Phone {n} - Value"]] = phone.number
    return row


def _outlook_row(contact: Contact, event_name: str) -> list[str]:
    cells = {
        "First Name": contact.given_name,
        "Middle Name": contact.middle_name,
        "Last Name": contact.family_name,
        "Title": contact.prefix,
        "Suffix": contact.suffix,
        "Job Title": contact.title,
        "Company": contact.company,
        "Business Street": contact.address,
        "Notes": notes_with_meeting(contact, event_name),
        "Categories": ";".join(contact.tags),
    }
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
            row[_OUTLOOK_POSITION[free[0]]] = phone.number
    return row


def notes_with_meeting(contact: Contact, event_name: str = "") -> str:
    """The notes led by where the user met the person and what they were interested in."""
    lines = []
    if event_name:
        lines.append(_MET_AT + one_line(event_name))
    if contact.met_on:
        lines.append(_MET_ON + contact.met_on.isoformat())
    if contact.interested_in:
        lines.append(_INTERESTED_IN + one_line(contact.interested_in))
    if contact.notes:
        if lines:
            lines.append("")
        lines.append(contact.notes)
    return "\n".join(lines)


# --- reading -----------------------------------------------------------------------------


def csv_header(data: bytes, *, cut: bool = False) -> list[str]:
    """The column headers of a CSV file, for the user to map (see :func:`guess_mapping`).

    ``cut``: ``data`` is only the start of the file, and may end inside a character.
    """
    first = next(_records(_decoded(data, cut=cut)), None)
    return [cell.strip() for cell in first[1]] if first and isinstance(first[1], list) else []


def csv_samples(data: bytes, count: int = 3, *, cut: bool = False) -> dict[str, list[str]]:
    """The first ``count`` non-empty values of each column (by header), for the user to see
    what a column holds before mapping it.

    ``cut``: ``data`` is only the start of the file, so its last row may be
    incomplete and is not shown. Rows that are not valid CSV are passed over.
    """
    records = _records(_decoded(data, cut=cut))
    first = next(records, None)
    if first is None or not isinstance(first[1], list):
        return {}
    header = [cell.strip() for cell in first[1]]
    samples: dict[str, list[str]] = {column: [] for column in header}
    rows = [cells for _row, cells in records if isinstance(cells, list)]
    for cells in rows[:-1] if cut else rows:
        for column, cell in zip(header, cells, strict=False):
            value = _plain(cell).strip()
            if value and len(samples[column]) < count:
                samples[column].append(value)
    return samples


def detect_layout(header: Sequence[str]) -> Layout | None:
    """``"google"`` or ``"outlook"`` when the header is one of theirs, else None."""
    columns = set(header)
    if {"First Name", "Last Name"} <= columns or {"Given Name", "Family Name"} <= columns:
        if any(_GOOGLE_NUMBERED.match(column) for column in columns):
            return "google"
        if "E-mail Address" in columns or {"Business Phone", "Job Title"} <= columns:
            return "outlook"
    return None


def csv_to_contacts(
    data: bytes, mapping: Mapping[str, str] | None = None, *, region: str | None = None
) -> list[ReadEntry]:
    """Every data row of a CSV file as a contact, or as a sentence saying why it is not one.

    Google's and Outlook's layouts are recognised by their headers; any other
    file is read through ``mapping`` (column header -> one of :data:`CSV_FIELDS`),
    or, without one, through :func:`guess_mapping`. A mapping given always
    wins. Phone numbers without a ``+`` are read as numbers of ``region``
    (e.g. ``"DE"``); without a region they are kept as written.

    Raises :class:`ExchangeError` when the file as a whole cannot be read:
    empty, or no column recognised.
    """
    records = _records(_decoded(data))
    first = next((record for record in records if record[1] != []), None)
    if first is not None and isinstance(first[1], str):
        raise ExchangeError(f"The CSV file's {first[1][0].lower()}{first[1][1:-1]}.")
    if first is None or not any(cell.strip() for cell in first[1]):
        raise ExchangeError("The CSV file is empty: export the contacts again and pick that file.")
    header = [cell.strip() for cell in first[1]]
    layout = detect_layout(header) if mapping is None else None
    if layout == "google":
        read = _google_reader(header, region)
    else:
        fields = dict(mapping) if mapping is not None else _layout_or_guess(header, layout)
        unknown = sorted(set(fields.values()) - set(CSV_FIELDS))
        if unknown:
            raise ValueError(f"not CSV fields: {unknown}")
        read = _mapped_reader(header, fields, region, outlook=layout == "outlook")
    entries = []
    for row_number, cells in records:
        if isinstance(cells, str):
            entries.append(ReadEntry(row_number, error=cells))
        elif any(cell.strip() for cell in cells):
            entries.append(_entry(row_number, cells, len(header), read))
    return entries


def _layout_or_guess(header: Sequence[str], layout: Layout | None) -> dict[str, str]:
    if layout == "outlook":
        return {column: _OUTLOOK_FIELDS[column] for column in header if column in _OUTLOOK_FIELDS}
    fields = guess_mapping(header)
    if not fields:
        raise ExchangeError(
            "None of the CSV file's columns is recognised: choose which column holds what."
        )
    return fields


def _decoded(data: bytes, *, cut: bool = False) -> str:
    """The file's text: by its byte-order mark, else UTF-8, else Windows-1252 / Latin-1.

    ``cut``: only the start of the file, which may end inside a character; that
    character is left out rather than making the whole start read as Latin-1
    (and its headers not match the file's when it is imported).
    """
    final = not cut
    if data.startswith(codecs.BOM_UTF8):
        text = data[len(codecs.BOM_UTF8) :]
        return codecs.getincrementaldecoder("utf-8")("replace").decode(text, final)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return codecs.getincrementaldecoder("utf-16")("replace").decode(data, final)
    try:
        return codecs.getincrementaldecoder("utf-8")().decode(data, final)
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _records(text: str) -> Iterator[tuple[int, list[str] | str]]:
    """(row number, cells) per record, or (row number, why it is broken); streams the text."""
    first_line = text[: text.find("\n")] if "\n" in text else text
    delimiter = max((",", ";", "\t"), key=first_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    row = 0
    while True:
        row += 1
        try:
            yield row, next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield row, f"Row {row} {_broken(str(error))}."
            if "end of data" in str(error):
                return


def _broken(reason: str) -> str:
    """What the csv module's complaint means, to follow "Row N"."""
    if "end of data" in reason:
        return "opens a quote that is never closed, so it and the rows after it were not read"
    if "expected after" in reason:
        return "has text after a closing quote: put the whole cell in quotes"
    if "field larger" in reason:
        return "has a cell too long for a contact"
    return f"is not valid CSV ({reason})"


def _entry(row: int, cells: list[str], width: int, read: _RowReader) -> ReadEntry:
    if len(cells) > width and any(cell.strip() for cell in cells[width:]):
        return ReadEntry(
            row,
            error=f"Row {row} has {len(cells)} cells but the header only {width}: "
            "check it for a stray separator.",
        )
    cells = [_plain(cell) for cell in cells]
    cells += [""] * (width - len(cells))
    try:
        contact, event_name = read(cells)
    except _RowValueError as problem:
        return ReadEntry(row, error=f"Row {row}: {problem}")
    if not (contact.display_name or contact.company or contact.emails or contact.phones):
        return ReadEntry(
            row, error=f"Row {row} has no name, company, email or phone, so it was left out."
        )
    return ReadEntry(row, contact, event_name)


class _RowValueError(Exception):
    """A value that cannot be read; its message completes "Row N: ..." as one sentence."""


_RowReader = Callable[[list[str]], tuple[Contact, str]]


def _plain(cell: str) -> str:
    """The cell without surrounding space and without the ``'`` that neutralised a formula."""
    text = cell.strip(" ")
    if text.startswith("'") and text[1:].startswith(_FORMULA_STARTS):
        return text[1:]
    return text


def _google_reader(header: Sequence[str], region: str | None) -> _RowReader:
    """Google's layout, old (``Given Name``, ``E-mail 1 - Type``) or current, labels and all."""
    index = {column: i for i, column in enumerate(header)}
    groups: dict[tuple[str, int], dict[str, int]] = {}
    for i, column in enumerate(header):
        found = _GOOGLE_NUMBERED.match(column)
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
            company=text(cells, "Organization Name", "Organization 1 - Name"),
            title=text(cells, "Organization Title", "Organization 1 - Title"),
            tags=[  # split at ":::" only: a Google label may hold a comma
                tag
                for tag in _split_values(text(cells, "Labels", "Group Membership"))
                if not tag.startswith("* ")
            ],
            needs_review=False,
        )
        contact.full_name = text(cells, "Name") or _full_name(contact)
        for (kind, _n), parts in ordered:
            value = cells[parts["Value"]] if "Value" in parts else ""
            label = next((cells[parts[p]] for p in ("Label", "Type") if p in parts), "")
            if kind == "E-mail":
                contact.emails += _split_values(value)
            elif kind == "Website":
                contact.websites += _split_values(value)
            elif kind == "Phone":
                contact.phones += [
                    _phone(number, _phone_kind(label), region) for number in _split_values(value)
                ]
            elif kind == "Address" and not contact.address:
                contact.address = _google_address(cells, parts)
        event_name = _read_notes(contact, text(cells, "Notes"))
        return contact, event_name

    return read


def _google_address(cells: list[str], parts: Mapping[str, int]) -> str:
    if "Formatted" in parts and cells[parts["Formatted"]]:
        return cells[parts["Formatted"]]
    pieces = ("Street", "Extended Address", "PO Box", "Postal Code", "City", "Region", "Country")
    return ", ".join(cells[parts[p]] for p in pieces if p in parts and cells[parts[p]])


def _mapped_reader(
    header: Sequence[str], fields: Mapping[str, str], region: str | None, *, outlook: bool
) -> _RowReader:
    """Each column into its field; Outlook's several addresses become the first one filled."""
    columns = [(i, fields[column]) for i, column in enumerate(header) if column in fields]
    if outlook:  # its business "Web Page" comes after "Personal Web Page" but is the first
        columns.sort(key=lambda column: header[column[0]] == "Personal Web Page")
    index = {column: i for i, column in enumerate(header)}
    addresses = [  # per place: the formatted address (Google's "Outlook CSV" has it), the parts
        [index.get(f"{place} Address", -1)]
        + [
            index[f"{place} {part}"]
            for part in _OUTLOOK_ADDRESS_PARTS
            if f"{place} {part}" in index
        ]
        for place in _OUTLOOK_ADDRESSES
    ]

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
            address=", ".join(values.get("address", [])),
            emails=[v for cell in values.get("email", []) for v in _split_values(cell)],
            websites=[v for cell in values.get("website", []) for v in _split_values(cell)],
            tags=[
                tag
                for cell in values.get("tags", [])
                for tag in _split_tags(cell)
                if tag not in _GOOGLE_SYSTEM_GROUPS and not tag.startswith("* ")
            ],
            needs_review=False,
        )
        for field, kind in _PHONE_FIELDS.items():
            contact.phones += [
                _phone(v, kind, region)
                for cell in values.get(field, [])
                for v in _split_values(cell)
            ]
        if outlook and not contact.address:
            contact.address = next(
                (found for place in addresses if (found := _address(cells, place))), ""
            )
        contact.full_name = contact.full_name or _full_name(contact)
        event_name = _read_notes(contact, "\n".join(values.get("notes", [])))
        if values.get("interested_in"):
            contact.interested_in = " ".join(values["interested_in"])
        if values.get("event"):
            event_name = " ".join(values["event"])
        if values.get("met_on"):
            contact.met_on = _date(values["met_on"][0])
        return contact, event_name

    return read


def _address(cells: list[str], place: Sequence[int]) -> str:
    formatted, *parts = place
    if formatted >= 0 and cells[formatted]:
        return cells[formatted]
    return ", ".join(cells[i] for i in parts if cells[i])


def _full_name(contact: Contact) -> str:
    return " ".join(part for part in (getattr(contact, f) for f in _NAME_FIELDS) if part)


def _split_values(cell: str) -> list[str]:
    """Google puts several values of one label into one cell, separated by ``:::``."""
    return [value.strip() for value in cell.split(":::") if value.strip()]


def _split_tags(cell: str) -> list[str]:
    return [tag for tag in _TAG_SEPARATORS.split(cell.strip()) if tag]


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


def _phone(text: str, kind: PhoneKind, region: str | None) -> Phone:
    """The number in E.164 when it can be read as one, else as written."""
    written = text.strip()
    if _E164.fullmatch(written):  # as CardKeeper writes them: no need to parse (a tenth the time)
        return Phone(kind, written)
    try:
        number = phonenumbers.parse(written, region)
    except phonenumbers.NumberParseException:
        return Phone(kind, written, written)
    if not phonenumbers.is_possible_number(number) or number.extension:
        return Phone(kind, written, written)
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return Phone(kind, e164, "" if written == e164 else written)


def _read_notes(contact: Contact, notes: str) -> str:
    """Fill the contact's notes, meeting day and interest from a notes cell; the event's name."""
    lines = notes.split("\n")
    event_name = ""
    taken = 0
    for line in lines:
        if line.startswith(_MET_AT):
            event_name = line[len(_MET_AT) :].strip()
        elif line.startswith(_MET_ON) and _iso_day(line[len(_MET_ON) :]):
            contact.met_on = _iso_day(line[len(_MET_ON) :])
        elif line.startswith(_INTERESTED_IN):
            contact.interested_in = line[len(_INTERESTED_IN) :].strip()
        else:
            break
        taken += 1
    if taken and taken < len(lines) and not lines[taken].strip():
        taken += 1
    contact.notes = "\n".join(lines[taken:])
    return event_name


def _iso_day(text: str) -> date | None:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        return None


_DAY_FORMATS = (
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"),
    re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4})"),
)


def _date(text: str) -> date:
    """A day written YYYY-MM-DD or DD.MM.YYYY (unambiguous ones only)."""
    for pattern in _DAY_FORMATS:
        found = pattern.fullmatch(text.strip())
        if found:
            try:
                return date(int(found["y"]), int(found["m"]), int(found["d"]))
            except ValueError:
                break
    raise _RowValueError(f"“{text}” is not a day, so write it as YYYY-MM-DD.")


# --- mapping other files ------------------------------------------------------------------

_GUESSES: dict[str, str] = {
    **dict.fromkeys(("prefix", "nameprefix", "salutation", "anrede", "honorific"), "prefix"),
    **dict.fromkeys(
        ("firstname", "givenname", "first", "forename", "vorname", "prenom", "nombre"), "given_name"
    ),
    **dict.fromkeys(("middlename", "additionalname", "middle"), "middle_name"),
    **dict.fromkeys(
        ("lastname", "familyname", "surname", "last", "nachname", "nom", "apellido", "cognome"),
        "family_name",
    ),
    **dict.fromkeys(("suffix", "namesuffix"), "suffix"),
    **dict.fromkeys(("name", "fullname", "displayname", "contactname"), "full_name"),
    **dict.fromkeys(
        ("title", "jobtitle", "position", "role", "organizationtitle", "function"), "title"
    ),
    **dict.fromkeys(
        (
            "company",
            "organization",
            "organisation",
            "organizationname",
            "org",
            "firma",
            "employer",
            "unternehmen",
            "societe",
            "entreprise",
            "empresa",
            "azienda",
        ),
        "company",
    ),
    **dict.fromkeys(
        (
            "address",
            "formattedaddress",
            "street",
            "city",
            "postalcode",
            "zip",
            "country",
            "state",
            "region",
            "adresse",
            "anschrift",
            "strasse",
            "ort",
            "plz",
            "ville",
            "direccion",
            "indirizzo",
        ),
        "address",
    ),
    **dict.fromkeys(("email", "mail", "emailaddress", "emailvalue", "courriel"), "email"),
    **dict.fromkeys(
        (
            "phone",
            "telephone",
            "tel",
            "workphone",
            "businessphone",
            "officephone",
            "telefon",
            "telefono",
        ),
        "phone_work",
    ),
    **dict.fromkeys(
        (
            "mobile",
            "mobilephone",
            "cell",
            "cellphone",
            "handy",
            "mobilenumber",
            "mobil",
            "portable",
            "movil",
            "cellulare",
        ),
        "phone_mobile",
    ),
    **dict.fromkeys(("fax", "faxnumber", "businessfax", "workfax"), "phone_fax"),
    **dict.fromkeys(("homephone", "otherphone", "phonevalue"), "phone_other"),
    **dict.fromkeys(("website", "web", "webpage", "url", "homepage", "websitevalue"), "website"),
    **dict.fromkeys(("tags", "tag", "labels", "categories", "groups", "groupmembership"), "tags"),
    **dict.fromkeys(
        (
            "notes",
            "note",
            "comments",
            "comment",
            "notiz",
            "notizen",
            "bemerkung",
            "bemerkungen",
            "anmerkung",
            "remarques",
            "notas",
        ),
        "notes",
    ),
    **dict.fromkeys(
        ("interests", "interestedin", "interest", "interesse", "interessen", "interets"),
        "interested_in",
    ),
    **dict.fromkeys(("event", "eventname", "metat", "where"), "event"),
    **dict.fromkeys(("meton", "met", "datemet", "when"), "met_on"),
}


def guess_mapping(header: Sequence[str]) -> dict[str, str]:
    """Which field each column probably holds (column header -> one of :data:`CSV_FIELDS`).

    For the GUI to propose and the user to correct; columns not recognised
    are left out. Case, spaces, punctuation and numbers do not matter
    (``E-mail 2``, ``e_mail``, ``Email``), and an Outlook header maps as
    Outlook means it (``Title`` is the name prefix there).
    """
    if detect_layout(header) == "outlook":
        return _layout_or_guess(header, "outlook")
    guessed = {}
    for column in header:
        # Accents folded, so "Téléphone" and "Société" are read as "telephone" and "societe".
        folded = unicodedata.normalize("NFKD", column.lower())
        key = re.sub(r"[^a-z]", "", folded)
        if key in _GUESSES:
            guessed[column] = _GUESSES[key]
    return guessed
