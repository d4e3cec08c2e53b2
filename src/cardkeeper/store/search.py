"""The contact search index (FTS5 trigram): what it holds, how a keystroke becomes a query.

``contact_search_inside`` has one row per contact not in the trash, rowid =
contact id. The repository refreshes it (and ``contact_search``, the word
index duplicates are found with) in the same transaction as every change to a
contact, from the views that the migrations define, so what is indexed is
written down once, in SQL.

A typed word of three characters or more is found anywhere, inside words too
("icro" finds Micron). A trigram cannot hold fewer, so the indexed text has two
spaces before every word and a word of one or two characters is looked for
with them, as a word beginning ("  k", " an"): at the first keystrokes the
user means word beginnings, as in macOS Contacts, and one letter anywhere would
match nearly every contact. So every query is one trigram query, which FTS5
answers newest first and stops at the limit.

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

TRIGRAM = 3
"""Characters in one trigram: a typed word this long or longer is found inside words."""
WORD_START = "  "
"""What precedes every word of the indexed text: enough to make a trigram of one typed letter."""


def fold(text: str) -> str:
    """``text`` in lower case without accents, as the index and the typed words are compared.

    Python folds, not the trigram tokenizer: its remove_diacritics needs
    SQLite 3.45, newer than some Pythons ship.
    """
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(char for char in decomposed if not unicodedata.combining(char))
    return unicodedata.normalize("NFC", stripped.casefold())


def _words(text: str) -> list[str]:
    return _TERM.findall(fold(text))


def _indexed_text(*fields: str | None) -> str:
    """The SQL function ``search_fold``: the words of the fields, folded, each after WORD_START."""
    return "".join(WORD_START + word for field in fields if field for word in _words(field))


def register_functions(connection: sqlite3.Connection) -> None:
    """Let ``connection`` run the SQL the search index is built with (``search_fold``)."""
    connection.create_function("search_fold", -1, _indexed_text, deterministic=True)


def match_expression(text: str) -> str | None:
    """An FTS5 query where every word typed must be in the contact; None when there is none.

    Each term is quoted, so nothing the user types is taken as FTS syntax (AND,
    a quote, a star).
    """
    terms = [WORD_START[: max(0, TRIGRAM - len(word))] + word for word in _words(text)]
    if not terms:
        return None
    return " ".join(f'"{term}"' for term in terms)


def search_ids(connection: sqlite3.Connection, text: str, limit: int | None) -> list[int]:
    """Ids of the contacts not in the trash that match ``text``, newest first."""
    expression = match_expression(text)
    if expression is None:
        return []
    rows = connection.execute(
        "SELECT rowid FROM contact_search_inside WHERE contact_search_inside MATCH ?"
        " ORDER BY rowid DESC LIMIT ?",
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
        connection.execute("DELETE FROM contact_search_inside WHERE rowid = ?", (contact_id,))
        connection.execute(
            "INSERT INTO contact_search_inside (rowid, text)"
            " SELECT contact_id, text FROM contact_search_inside_source WHERE contact_id = ?",
            (contact_id,),
        )
