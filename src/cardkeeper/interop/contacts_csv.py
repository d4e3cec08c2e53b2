"""Contacts as CSV in the column layouts Google Contacts and Outlook read, and CSV files back.

This is the face the rest of CardKeeper uses; each layout lives in its own
module, with where its header comes from: :mod:`.csv_google` (Google's
"Google CSV" export, whose older layout is still read) and
:mod:`.csv_outlook` (outlook.com's "Outlook CSV", plus desktop Outlook's
``Categories`` for tags). Any other CSV is read through a mapping of its
columns to fields (:mod:`.csv_fields`), which the user chooses or
:func:`guess_mapping` proposes (:mod:`.csv_guess`).

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

No cell starts a formula in a spreadsheet: a cell that could (``=``, ``+``,
``-``, ``@``, tab, CR, ``|``, ``"``, their full-width forms: see
:mod:`.csv_cells`) gets a leading ``'``, which spreadsheets show as text, and
reading takes it off again. So does a phone that is no E.164 number (it is
stored as written); an E.164 number is written after a space, which address
books ignore in a number.

A layout holds what it has columns for: Outlook at most three emails, two
websites and the phones its columns hold (extra phones go to its general
phone columns while any is free); the printed form of a phone is not kept
(the E.164 number is), and the full name is rebuilt from the name parts.
Both write the address in parts (Google also the text as printed, in its
``Formatted`` column); Outlook has no column for that text, so it comes back
written from the parts, as the address's country writes it.
Outlook's ``Categories`` are split at ``;`` and ``,`` (Outlook writes the
list separator of the user's locale), so a tag holding either comes back as
two; Google's ``" ::: "`` keeps them whole.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator, Mapping, Sequence
from typing import BinaryIO, Literal, NamedTuple

from cardkeeper.domain import Contact
from cardkeeper.errors import ExchangeError
from cardkeeper.interop.csv_cells import plain_cell
from cardkeeper.interop.csv_fields import CSV_FIELDS, field_columns, mapped_reader
from cardkeeper.interop.csv_google import (
    GOOGLE_HEADER,
    GOOGLE_NUMBERED,
    google_header,
    google_reader,
    google_row,
)
from cardkeeper.interop.csv_guess import guessed_fields
from cardkeeper.interop.csv_outlook import (
    OUTLOOK_EXPORT_HEADER,
    OUTLOOK_HEADER,
    outlook_fields,
    outlook_reader,
    outlook_row,
)
from cardkeeper.interop.csv_reading import (
    RowReader,
    broken_header,
    broken_row,
    decoded,
    read_records,
    row_entry,
    text_chunks,
    text_encoding,
)
from cardkeeper.interop.read_entry import ReadEntry
from cardkeeper.wording import translate

__all__ = [
    "CSV_FIELDS",
    "GOOGLE_HEADER",
    "OUTLOOK_EXPORT_HEADER",
    "OUTLOOK_HEADER",
    "CsvRow",
    "Layout",
    "contacts_to_csv",
    "count_csv_rows",
    "csv_header",
    "csv_rows",
    "csv_samples",
    "csv_to_contacts",
    "detect_layout",
    "google_header",
    "guess_mapping",
]

Layout = Literal["google", "outlook"]


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
            writer.writerow(google_row(contact, header, _event_name(contact, names)))
        return out.getvalue().encode("utf-8")
    if layout == "outlook":
        writer.writerow(OUTLOOK_EXPORT_HEADER)
        for contact in contacts:
            writer.writerow(outlook_row(contact, _event_name(contact, names)))
        return codecs.BOM_UTF8 + out.getvalue().encode("utf-8")
    raise ValueError(layout)


def _event_name(contact: Contact, names: Mapping[int, str]) -> str:
    return names.get(contact.event_id, "") if contact.event_id is not None else ""


def csv_header(data: bytes, *, cut: bool = False) -> list[str]:
    """The column headers of a CSV file, for the user to map (see :func:`guess_mapping`).

    ``cut``: ``data`` is only the start of the file, and may end inside a character.
    """
    first = next(read_records([decoded(data, cut=cut)]), None)
    return [cell.strip() for cell in first[1]] if first and isinstance(first[1], list) else []


def csv_samples(data: bytes, count: int = 3, *, cut: bool = False) -> dict[str, list[str]]:
    """The first ``count`` non-empty values of each column (by header), for the user to see
    what a column holds before mapping it.

    ``cut``: ``data`` is only the start of the file, so its last row may be
    incomplete and is not shown. Rows that are not valid CSV are passed over.
    """
    records = read_records([decoded(data, cut=cut)])
    first = next(records, None)
    if first is None or not isinstance(first[1], list):
        return {}
    header = [cell.strip() for cell in first[1]]
    samples: dict[str, list[str]] = {column: [] for column in header}
    rows = [cells for _row, cells in records if isinstance(cells, list)]
    for cells in rows[:-1] if cut else rows:
        for column, cell in zip(header, cells, strict=False):
            value = plain_cell(cell).strip()
            if value and len(samples[column]) < count:
                samples[column].append(value)
    return samples


def detect_layout(header: Sequence[str]) -> Layout | None:
    """``"google"`` or ``"outlook"`` when the header is one of theirs, else None."""
    columns = set(header)
    if {"First Name", "Last Name"} <= columns or {"Given Name", "Family Name"} <= columns:
        if any(GOOGLE_NUMBERED.match(column) for column in columns):
            return "google"
        if "E-mail Address" in columns or {"Business Phone", "Job Title"} <= columns:
            return "outlook"
    return None


class CsvRow(NamedTuple):
    entry: ReadEntry
    chars: int
    """How many characters its cells hold: what reading a few at a time must count."""


def csv_to_contacts(
    data: bytes, mapping: Mapping[str, str] | None = None, *, region: str | None = None
) -> list[ReadEntry]:
    """Every data row of a CSV file as a contact, or as a sentence saying why it is not one
    (see :func:`csv_rows`)."""
    return [row.entry for row in csv_rows(io.BytesIO(data), mapping, region=region)]


def csv_rows(
    file: BinaryIO, mapping: Mapping[str, str] | None = None, *, region: str | None = None
) -> Iterator[CsvRow]:
    """Every data row of a CSV file open for reading, read as it is asked for, never the whole
    file: no row is held beyond :data:`~.csv_reading.MAX_ROW_CHARS`.

    Google's and Outlook's layouts are recognised by their headers; any other
    file is read through ``mapping`` (column header -> one of :data:`CSV_FIELDS`),
    or, without one, through :func:`guess_mapping`. A mapping given always
    wins. Phone numbers without a ``+`` are read as numbers of ``region``
    (e.g. ``"DE"``); without a region they are kept as written.

    Raises :class:`ExchangeError` at once when the file as a whole cannot be
    read: empty, or no column recognised.
    """
    records, width, read = _opened(file, mapping, region)
    return (
        CsvRow(
            ReadEntry(row_number, error=broken_row(row_number, cells))
            if isinstance(cells, str)
            else row_entry(row_number, cells, width, read),
            sum(map(len, cells)),
        )
        for row_number, cells in records
        if _is_entry(cells)
    )


def count_csv_rows(file: BinaryIO, mapping: Mapping[str, str] | None = None) -> int:
    """How many rows :func:`csv_rows` gives, without reading any (and raising as it does)."""
    records, _width, _read = _opened(file, mapping, None)
    return sum(1 for _row_number, cells in records if _is_entry(cells))


def _is_entry(cells: list[str] | str) -> bool:
    """A broken record or a row with something in it: a blank row is no entry at all."""
    return isinstance(cells, str) or any(cell.strip() for cell in cells)


def _opened(
    file: BinaryIO, mapping: Mapping[str, str] | None, region: str | None
) -> tuple[Iterator[tuple[int, list[str] | str]], int, RowReader]:
    """The file's records after its header, the header's width, and how to read a row."""
    records = read_records(text_chunks(file, text_encoding(file)))
    first = next((record for record in records if record[1] != []), None)
    if first is not None and isinstance(first[1], str):
        raise ExchangeError(broken_header(first[0], first[1]))
    if first is None or not any(cell.strip() for cell in first[1]):
        raise ExchangeError(
            translate(
                "contacts_csv",
                "The CSV file is empty: export the contacts again and pick that file.",
            )
        )
    header = [cell.strip() for cell in first[1]]
    layout = detect_layout(header) if mapping is None else None
    if layout == "google":
        return records, len(header), google_reader(header, region)
    if layout == "outlook":
        return records, len(header), outlook_reader(header, region)
    fields = dict(mapping) if mapping is not None else _guessed(header)
    unknown = sorted(set(fields.values()) - set(CSV_FIELDS))
    if unknown:
        raise ValueError(f"not CSV fields: {unknown}")
    return records, len(header), mapped_reader(field_columns(header, fields), region)


def _guessed(header: Sequence[str]) -> dict[str, str]:
    fields = guess_mapping(header)
    if not fields:
        raise ExchangeError(
            translate(
                "contacts_csv",
                "None of the CSV file's columns is recognised: choose which column holds what.",
            )
        )
    return fields


def guess_mapping(header: Sequence[str]) -> dict[str, str]:
    """Which field each column probably holds (column header -> one of :data:`CSV_FIELDS`).

    For the GUI to propose and the user to correct; columns not recognised
    are left out. Case, spaces, punctuation and numbers do not matter
    (``E-mail 2``, ``e_mail``, ``Email``), and an Outlook header maps as
    Outlook means it (``Title`` is the name prefix there).
    """
    if detect_layout(header) == "outlook":
        return outlook_fields(header)
    return guessed_fields(header)
