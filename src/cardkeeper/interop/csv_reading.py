"""A CSV file's rows, whatever its layout: its text decoded (which encodings and separators:
see :mod:`.contacts_csv`), its records or why one is broken, and each data row made an entry
by a layout's row reader, so every layout reports a bad row the same way."""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Callable, Iterator

from cardkeeper.domain import Contact
from cardkeeper.interop.csv_cells import RowValueError, plain_cell
from cardkeeper.interop.read_entry import ReadEntry

RowReader = Callable[[list[str]], tuple[Contact, str]]
"""A layout's reading of one data row's cells: the contact and the name of the event it was
met at; raises :class:`RowValueError` for a value it cannot read."""


def decoded(data: bytes, *, cut: bool = False) -> str:
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


def read_records(text: str) -> Iterator[tuple[int, list[str] | str]]:
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


def row_entry(row: int, cells: list[str], width: int, read: RowReader) -> ReadEntry:
    """Row ``row`` read by ``read``, or the sentence saying why it is no contact."""
    if len(cells) > width and any(cell.strip() for cell in cells[width:]):
        return ReadEntry(
            row,
            error=f"Row {row} has {len(cells)} cells but the header only {width}: "
            "check it for a stray separator.",
        )
    cells = [plain_cell(cell) for cell in cells]
    cells += [""] * (width - len(cells))
    try:
        contact, event_name = read(cells)
    except RowValueError as problem:
        return ReadEntry(row, error=f"Row {row}: {problem}")
    if not (contact.display_name or contact.company or contact.emails or contact.phones):
        return ReadEntry(
            row, error=f"Row {row} has no name, company, email or phone, so it was left out."
        )
    return ReadEntry(row, contact, event_name)
