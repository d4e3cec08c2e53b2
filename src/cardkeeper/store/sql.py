"""Two small helpers for talking to SQLite through the sqlite3 module."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable


def inserted_id(cursor: sqlite3.Cursor) -> int:
    """The rowid an INSERT just made (``lastrowid`` is typed Optional for other statements)."""
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def json_list(values: Iterable[object]) -> str:
    """A list to pass as one parameter to ``IN (SELECT value FROM json_each(?))``.

    Any number of ids or addresses in one bound parameter: no SQL text is built
    from data, and no limit on the number of ``?``.
    """
    return json.dumps(list(values))
