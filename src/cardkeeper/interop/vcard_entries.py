"""A .vcf file cut into its vCards, not yet read: in one pass over the file, in time linear in its
size, and never holding more of one vCard than :data:`MAX_ENTRY_CHARS`.

A hostile or broken file may hold one line of 50 MB, a 100 MB PHOTO or a chain of
millions of quoted-printable soft line breaks. Read whole, such an entry took
gigabytes and minutes (a 50 MB line: 7.2 GB and 22 s; a 6 MB soft-break chain:
110 s, as joining it was quadratic). Here the file is decoded a chunk at a time,
no line is kept beyond the limit, and an entry over it is passed on as
:attr:`EntryText.too_long`, for the reader to say so in one sentence while the
rest of the file is read.
"""

from __future__ import annotations

import codecs
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

MAX_ENTRY_CHARS = 16 * 2**20
"""The most characters one vCard may hold (16 Mi, about 16 MB of the file): a vCard is a few
kilobytes, and the largest real ones carry a photo of a few MB, a third more as base64.
Importing a vCard just under it (a 16 MB note) took 1.4 s and 165 MB at most."""

_CHUNK = 2**20
"""Bytes decoded at a time: big enough that the per-chunk work costs nothing, small enough
not to matter in memory."""
_MARKER_CHARS = 100
"""Longer than any BEGIN:VCARD or END:VCARD line, spaces around it included: a longer line is
no marker, and is not copied to find out."""
_LINE_END = re.compile(r"\r\n|\r|\n")
"""Only CR and LF end lines: ``splitlines()`` would also split a note at U+2028 and the like."""


@dataclass(frozen=True)
class EntryText:
    """One vCard of a file, not yet read: cutting a file into these takes a fraction of
    reading them, so a caller can read and save a big file a part at a time."""

    position: int
    text: str
    complete: bool
    """False when the file ends, or the next BEGIN:VCARD comes, before its END:VCARD."""
    too_long: bool = False
    """True when the entry holds more than :data:`MAX_ENTRY_CHARS`; its text is then ""."""


def vcf_entries(data: bytes) -> list[EntryText]:
    """The entries of a .vcf file, in order, each as its text."""
    return list(stream_entries(io.BytesIO(data)))


def stream_entries(file: BinaryIO) -> Iterator[EntryText]:
    """The entries of a .vcf file open for reading, in order, read as they are asked for.

    The file is read twice, the first time only to know its encoding: UTF-8
    (with or without BOM), UTF-16 with BOM, else Latin-1.
    """
    limit = MAX_ENTRY_CHARS
    lines = _lines(file, limit)
    for position, (text, complete, too_long) in enumerate(_entries(lines, limit), start=1):
        yield EntryText(position, text, complete, too_long)


def count_entries(file: BinaryIO) -> int:
    """How many entries :func:`stream_entries` finds in the file, without keeping any."""
    return sum(1 for line in _lines(file, MAX_ENTRY_CHARS) if _marker(line) == "BEGIN:VCARD")


def _lines(file: BinaryIO, limit: int) -> Iterator[str]:
    """The file's lines, soft line breaks joined, each at most ``limit + 1`` characters."""
    encoding = _encoding(file)
    file.seek(0)
    chunks = codecs.iterdecode(iter(lambda: file.read(_CHUNK), b""), encoding, "replace")
    return _join_soft_breaks(_physical_lines(chunks, limit), limit)


def _marker(line: str) -> str:
    """``BEGIN:VCARD`` or ``END:VCARD`` when the line is one, else something else."""
    return line.strip().upper() if len(line) <= _MARKER_CHARS else ""


def _encoding(file: BinaryIO) -> str:
    """The file's encoding, found by decoding it a chunk at a time (nothing is kept)."""
    if file.read(2) in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):
        return "utf-16"
    file.seek(0)
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        for chunk in iter(lambda: file.read(_CHUNK), b""):
            decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return "latin-1"
    return "utf-8-sig"


def _physical_lines(chunks: Iterable[str], limit: int) -> Iterator[str]:
    """The text's lines without their ends; a line longer than ``limit`` is cut to ``limit + 1``
    characters, so that its entry is still known to be too long."""
    pending: list[str] = []
    size = 0
    carry = ""
    for chunk in chunks:
        text = carry + chunk
        carry = "\r" if text.endswith("\r") else ""  # its LF may open the next chunk
        pieces = _LINE_END.split(text[:-1] if carry else text)
        for piece in pieces[:-1]:
            pending.append(piece[: limit + 1 - size])
            yield "".join(pending)
            pending, size = [], 0
        if size <= limit:
            pending.append(pieces[-1][: limit + 1 - size])
            size += len(pending[-1])
    if carry or pending:
        yield "".join(pending)


def _join_soft_breaks(lines: Iterable[str], limit: int) -> Iterator[str]:
    """vCard 2.1's quoted-printable soft line breaks joined: a line ending in ``=``, as Outlook
    writes long notes and labels; vobject would read the continuation as a line of its own and
    drop it. The joined line is kept to ``limit + 1`` characters, as any line."""
    pending: list[str] = []
    size = 0
    for line in lines:
        if not pending and not (
            line.endswith("=") and "QUOTED-PRINTABLE" in line.split(":", 1)[0].upper()
        ):
            yield line
            continue
        soft = line.endswith("=")
        if size <= limit:
            pending.append((line[:-1] if soft else line)[: limit + 1 - size])
            size += len(pending[-1])
        if not soft:
            yield "".join(pending)
            pending, size = [], 0
    if pending:
        yield "".join(pending)


def _entries(lines: Iterable[str], limit: int) -> Iterator[tuple[str, bool, bool]]:
    """Each vCard's text, whether it ended, and whether it is too long; split on the BEGIN/END
    lines only. The lines of a vCard over ``limit`` are let go as soon as it is."""
    entry: list[str] | None = None
    size = 0
    for line in lines:
        marker = _marker(line)
        if marker == "BEGIN:VCARD":
            if entry is not None:
                yield "\r\n".join(entry), False, size > limit
            entry, size = [line], len(line)
        elif entry is not None:
            size += len(line) + 2
            if size <= limit:
                entry.append(line)
            else:
                entry.clear()
            if marker == "END:VCARD":
                too_long = size > limit
                yield ("" if too_long else "\r\n".join(entry) + "\r\n"), True, too_long
                entry = None
    if entry is not None:
        yield "\r\n".join(entry), False, size > limit
