"""A CSV file's rows, whatever its layout: its text decoded (which encodings and separators:
see :mod:`.contacts_csv`), its records or why one is broken, and each data row made an entry
by a layout's row reader, so every layout reports a bad row the same way."""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO

from cardkeeper.domain import Contact
from cardkeeper.interop.csv_cells import RowValueError, plain_cell
from cardkeeper.interop.read_entry import ReadEntry
from cardkeeper.wording import translate

RowReader = Callable[[list[str]], tuple[Contact, str]]
"""A layout's reading of one data row's cells: the contact and the name of the event it was
met at; raises :class:`RowValueError` for a value it cannot read."""


MAX_ROW_CHARS = 4 * 2**20
"""The most characters one row may hold (4 Mi, some 4 MB of the file): a contact's row is a
few hundred characters, and a cell may hold no more than the csv module's 128 Ki (a long note),
so this is 32 such cells. A longer row is left out, and not held to find out."""

_CHUNK = 2**20
"""Bytes decoded at a time: big enough that the per-chunk work costs nothing, small enough
not to matter in memory."""
_LINE_END = re.compile(r"\r\n|\r|\n")
"""Where a line ends, as the csv module sees it (``newline=""``)."""


def decoded(data: bytes, *, cut: bool = False) -> str:
    """The text of ``data``, the start of a file or all of it (see :func:`text_encoding`).

    ``cut``: only the start of the file, which may end inside a character; that
    character is left out rather than making the whole start read as Latin-1
    (and its headers not match the file's when it is imported).
    """
    encoding = text_encoding(io.BytesIO(data), final=not cut)
    return codecs.getincrementaldecoder(encoding)("replace").decode(data, not cut)


def text_encoding(file: BinaryIO, *, final: bool = True) -> str:
    """The file's encoding: by its byte-order mark, else UTF-8 if all of it is, else
    Windows-1252 if all of it is, else Latin-1. Found a chunk at a time, nothing kept;
    the file is left at its start."""
    start = file.read(3)
    file.seek(0)
    if start.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if start.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    for encoding in ("utf-8", "cp1252"):
        decoder = codecs.getincrementaldecoder(encoding)()
        try:
            for chunk in iter(lambda: file.read(_CHUNK), b""):
                decoder.decode(chunk)
            decoder.decode(b"", final)
        except UnicodeDecodeError:
            continue
        finally:
            file.seek(0)
        return encoding
    return "latin-1"


def text_chunks(file: BinaryIO, encoding: str) -> Iterator[str]:
    """The file's text a chunk at a time, from where the file is."""
    return codecs.iterdecode(iter(lambda: file.read(_CHUNK), b""), encoding, "replace")


def read_records(chunks: Iterable[str]) -> Iterator[tuple[int, list[str] | str]]:
    """(row number, cells) per record, or (row number, why it is broken: the csv module's
    complaint, which :func:`broken_row` says as a sentence), from the text in chunks; no row
    is held beyond :data:`MAX_ROW_CHARS`, in time linear in the text."""
    lines = _Lines(chunks)
    first_line = lines.peek()
    delimiter = max((",", ";", "\t"), key=first_line.count)
    reader = csv.reader(lines, delimiter=delimiter, strict=True)
    row = 0
    while True:
        row += 1
        try:
            yield row, next(reader)
        except StopIteration:
            return
        except (csv.Error, _RowTooLongError) as error:
            reason = str(error) if isinstance(error, csv.Error) else "too long"
            cut_off = reason == "too long" or "field larger" in reason  # maybe inside quotes
            if cut_off and not lines.skip_quoted():
                reason = "end of data"
            yield row, reason
            if "end of data" in reason:
                return
        finally:
            lines.new_record()


class _RowTooLongError(Exception):
    """The row under way is over :data:`MAX_ROW_CHARS`; the rest of its line was passed over."""


class _Lines:
    """The text's lines, their ends kept, as the csv module reads them: counting the characters
    and quotes of the record under way, so that a row too long is let go as it comes, and a
    quoted cell cut off is passed over to its closing quote rather than read as rows."""

    def __init__(self, chunks: Iterable[str]) -> None:
        self._pieces = _pieces(chunks)
        self._held: str | None = None
        self._chars = 0
        self._quotes = 0

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self._held is not None:
            line, self._held = self._held, None
            if self._chars > MAX_ROW_CHARS:
                raise _RowTooLongError
            return line
        kept: list[str] = []
        seen = False
        for piece, ended in self._pieces:
            seen = True
            self._chars += len(piece)
            self._quotes += piece.count('"')
            if self._chars <= MAX_ROW_CHARS:
                kept.append(piece)
            else:
                kept.clear()
            if ended:
                break
        if not seen:
            raise StopIteration
        if self._chars > MAX_ROW_CHARS:
            raise _RowTooLongError
        return "".join(kept)

    def peek(self) -> str:
        """The first line, still to be read; "" when it is too long or there is none."""
        try:
            self._held = next(self)
        except StopIteration:
            return ""
        except _RowTooLongError:
            self._held = ""
        return self._held

    def skip_quoted(self) -> bool:
        """After a record cut off for its size: pass over what is left of a quoted cell it holds
        open, which would otherwise be read as rows; False when the quote is never closed."""
        while self._quotes % 2:
            try:
                next(self)
            except StopIteration:
                return False
            except _RowTooLongError:
                pass
        return True

    def new_record(self) -> None:
        self._chars = self._quotes = 0


def _pieces(chunks: Iterable[str]) -> Iterator[tuple[str, bool]]:
    """The text in pieces no longer than a chunk, each with whether it ends a line (its end
    kept): a line is never joined whole before it is known not to be too long."""
    carry = ""
    for chunk in chunks:
        text = carry + chunk
        carry = "\r" if text.endswith("\r") else ""  # its LF may open the next chunk
        if carry:
            text = text[:-1]
        start = 0
        for match in _LINE_END.finditer(text):
            yield text[start : match.end()], True
            start = match.end()
        if start < len(text):
            yield text[start:], False
    if carry:
        yield carry, True


def broken_row(row: int, reason: str) -> str:
    """What the csv module's complaint about a row means, as a sentence about "Row N"."""
    if "end of data" in reason:
        sentence = translate(
            "csv_reading",
            "Row {row} opens a quote that is never closed, so it and the rows after it were not"
            " read.",
        )
    elif "expected after" in reason:
        sentence = translate(
            "csv_reading",
            "Row {row} has text after a closing quote: put the whole cell in quotes.",
        )
    elif reason == "too long":
        sentence = translate(
            "csv_reading", "Row {row} is too long for a contact, so it was left out."
        )
    elif "field larger" in reason:
        sentence = translate("csv_reading", "Row {row} has a cell too long for a contact.")
    else:
        sentence = translate("csv_reading", "Row {row} is not valid CSV ({reason}).")
    return sentence.format(row=row, reason=reason)


def broken_header(row: int, reason: str) -> str:
    """What the csv module's complaint about the header row means, as a sentence."""
    if "end of data" in reason:
        sentence = translate(
            "csv_reading",
            "The CSV file's row {row} opens a quote that is never closed, so it and the rows"
            " after it were not read.",
        )
    elif "expected after" in reason:
        sentence = translate(
            "csv_reading",
            "The CSV file's row {row} has text after a closing quote: put the whole cell in"
            " quotes.",
        )
    elif reason == "too long":
        sentence = translate(
            "csv_reading",
            "The CSV file's row {row} is too long for a contact, so it was left out.",
        )
    elif "field larger" in reason:
        sentence = translate(
            "csv_reading", "The CSV file's row {row} has a cell too long for a contact."
        )
    else:
        sentence = translate("csv_reading", "The CSV file's row {row} is not valid CSV ({reason}).")
    return sentence.format(row=row, reason=reason)


def row_entry(row: int, cells: list[str], width: int, read: RowReader) -> ReadEntry:
    """Row ``row`` read by ``read``, or the sentence saying why it is no contact."""
    if len(cells) > width and any(cell.strip() for cell in cells[width:]):
        return ReadEntry(
            row,
            error=translate(
                "csv_reading",
                "Row {row} has {cells} cells but the header only {width}: "
                "check it for a stray separator.",
            ).format(row=row, cells=len(cells), width=width),
        )
    cells = [plain_cell(cell) for cell in cells]
    cells += [""] * (width - len(cells))
    try:
        contact, event_name = read(cells)
    except RowValueError as problem:
        return ReadEntry(
            row,
            error=translate("csv_reading", "Row {row}: {problem}").format(row=row, problem=problem),
        )
    if not (contact.display_name or contact.company or contact.emails or contact.phones):
        return ReadEntry(
            row,
            error=translate(
                "csv_reading",
                "Row {row} has no name, company, email or phone, so it was left out.",
            ).format(row=row),
        )
    return ReadEntry(row, contact, event_name)
