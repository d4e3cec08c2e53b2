"""The contact search index (FTS5): what it holds, how a keystroke becomes a query.

The index has one row per contact not in the trash, rowid = contact id. The
repository refreshes it in the same transaction as every change to a contact,
from the ``contact_search_source`` view that the migration defines, so what is
indexed is written down once, in SQL.

Results come newest first, the order of the contact list, not ranked by
relevance: ranking scores every match, and a first letter matches most of a
big library (300 ms for 100,000 contacts, where newest-first with a limit
takes a few ms and stops early).
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Iterable

_TERM = re.compile(r"[^\W_]+")
"""Runs of letters and digits, as FTS5's unicode61 tokenizer splits text."""


def match_expression(text: str) -> str | None:
    """An FTS5 query where every word the user typed must start a word of the contact.

    So ``"anna mü"`` finds Anna Müller while the user is still typing. Each
    term is quoted, so nothing the user types is taken as FTS syntax (AND, a
    quote, a star). None when there is nothing to search for.
    """
    terms = _TERM.findall(unicodedata.normalize("NFC", text))
    if not terms:
        return None
    return " ".join(f'"{term}"*' for term in terms)


def search_ids(connection: sqlite3.Connection, text: str, limit: int | None) -> list[int]:
    """Ids of the contacts not in the trash that match ``text``, newest first."""
    expression = match_expression(text)
    if expression is None:
        return []
    rows = connection.execute(
        "SELECT rowid FROM contact_search WHERE contact_search MATCH ? ORDER BY rowid DESC LIMIT ?",
        (expression, -1 if limit is None else limit),
    )
    return [contact_id for (contact_id,) in rows]


def refresh(connection: sqlite3.Connection, contact_ids: Iterable[int]) -> None:
    """Rebuild the index rows of these contacts from the database; call inside their transaction."""
    for contact_id in contact_ids:
        connection.execute("DELETE FROM contact_search WHERE rowid = ?", (contact_id,))
        connection.execute(
            "INSERT INTO contact_search"
            " (rowid, name, company, title, emails, phones, notes, interests, card_text)"
            " SELECT contact_id, name, company, title, emails, phones, notes, interests, card_text"
            " FROM contact_search_source WHERE contact_id = ?",
            (contact_id,),
        )
