"""One entry of a contacts file read (a vCard, a CSV row): the same for every format, so an
import saves them all one way."""

from __future__ import annotations

from dataclasses import dataclass

from cardkeeper.domain import Contact


@dataclass(frozen=True)
class ReadEntry:
    """A contact, or the sentence saying why the entry is none."""

    position: int
    """The entry's number in a .vcf (1 for the first); in a CSV, the row as a spreadsheet
    numbers it (the header is row 1)."""
    contact: Contact | None = None
    event_name: str = ""
    """Where the user met the person, for the caller to find or make the event."""
    error: str = ""
    """One sentence naming the entry; "" when ``contact`` is set."""
