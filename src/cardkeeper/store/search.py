"""The contact search indexes (FTS5): what they hold, how a keystroke becomes a query.

Each has one row per contact not in the trash (``contact_search_long`` only
for some), rowid = contact id, and the repository refreshes them in the same
transaction as every change to a contact, from the views that migration 6,
the address-parts migration and the name-reading one define, so what is
indexed is written down once, in SQL (and why, there). A name is found by its
reading too ("Yamada" finds 山田太郎):

- ``contact_search_inside`` (trigram): a typed word of three characters or
  more is found anywhere, inside words too ("icro" finds Micron). A trigram
  cannot hold fewer, so the indexed text has two spaces before every word and
  a word of one or two characters is looked for with them, as a word beginning
  ("  k", " an"): at the first keystrokes the user means word beginnings, as in
  macOS Contacts, and one letter anywhere would match nearly every contact.
  Of notes and card text it holds the first 4,000 characters.
- ``contact_search_long`` (words): every field in full of the few contacts
  with longer notes or card text, so a word far into a long note is still
  found by its beginning.
- ``contact_search`` (words): the short fields, for finding duplicates by
  name and company; search does not ask it.

A contact matches when one of the first two holds every word typed; each is
asked newest first and stops at the limit, and SQLite merges the two.

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
    SQLite 3.45, newer than some Pythons ship. Plain ASCII, most of what is
    indexed, skips the look at each character: folding 4,000 characters of a
    note that way took 3 ms, most of importing a contact.
    """
    if text.isascii():
        return text.lower()
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


def inside_expression(text: str) -> str | None:
    """The trigram query: every word typed must be in the contact; None when there is none.

    Each term is quoted, so nothing the user types is taken as FTS syntax (AND,
    a quote, a star).
    """
    terms = [WORD_START[: max(0, TRIGRAM - len(word))] + word for word in _words(text)]
    if not terms:
        return None
    return " ".join(f'"{term}"' for term in terms)


def match_expression(text: str) -> str | None:
    """The word query: every word the user typed must start a word of the contact.

    So ``"anna mü"`` finds Anna Müller while the user is still typing. Each
    term is quoted, as in :func:`inside_expression`. None when there is
    nothing to search for.
    """
    terms = _TERM.findall(unicodedata.normalize("NFC", text))
    if not terms:
        return None
    return " ".join(f'"{term}"*' for term in terms)


def search_ids(connection: sqlite3.Connection, text: str, limit: int | None) -> list[int]:
    """Ids of the contacts not in the trash that match ``text``, newest first."""
    inside, words = inside_expression(text), match_expression(text)
    if inside is None or words is None:
        return []
    rows = connection.execute(
        "SELECT rowid FROM contact_search_inside WHERE contact_search_inside MATCH ?"
        " UNION SELECT rowid FROM contact_search_long WHERE contact_search_long MATCH ?"
        " ORDER BY 1 DESC LIMIT ?",
        (inside, words, -1 if limit is None else limit),
    )
    return [contact_id for (contact_id,) in rows]


_INDEXES = (
    ("contact_search", "name, company, title, emails, phones, interests", "contact_search_source"),
    (
        "contact_search_long",
        "name, company, title, emails, phones, notes, interests, card_text, address",
        "contact_search_long_source",
    ),
    ("contact_search_inside", "text", "contact_search_inside_source"),
)
"""Each index, its columns, and the view they are filled from."""


def refresh(connection: sqlite3.Connection, contact_ids: Iterable[int]) -> None:
    """Rebuild the index rows of these contacts from the database; call inside their transaction."""
    for contact_id in contact_ids:
        for index, columns, source in _INDEXES:
            connection.execute(f"DELETE FROM {index} WHERE rowid = ?", (contact_id,))
            connection.execute(
                f"INSERT INTO {index} (rowid, {columns})"
                f" SELECT contact_id, {columns} FROM {source} WHERE contact_id = ?",
                (contact_id,),
            )
