"""Bring a library's schema up to date, one numbered SQL file at a time.

The files are ``migrations/NNNN_what.sql``. Each is applied in its own
transaction together with the new ``PRAGMA user_version``, so a crash or a full
disk mid-way leaves the library at the previous version, never in between, and
the next start simply tries again. A library made by an older CardKeeper thus
opens in a newer one with nothing lost.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources

from cardkeeper.store.address_split import register_address_functions
from cardkeeper.store.search import register_functions
from cardkeeper.store.transaction import write_transaction

APPLICATION_ID = 0x434B4C42
"""``PRAGMA application_id`` of a CardKeeper library ("CKLB"), to tell ours from other files."""

_FILE_NAME = re.compile(r"(\d{4})_\w+\.sql")
_DROP_TABLE = re.compile(r"(?:\s*--[^\n]*\n)*\s*DROP\s+TABLE\b", re.IGNORECASE)
"""A statement dropping a table, after the comment lines before it."""


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str

    @property
    def drops_a_table(self) -> bool:
        return any(_DROP_TABLE.match(statement) for statement in self.statements())

    def statements(self) -> Iterator[str]:
        """The statements of the file, one by one.

        ``executescript`` would be simpler but commits first, and then the
        version check and the statements could not share one transaction.
        """
        pending = ""
        for line in self.sql.splitlines(keepends=True):
            pending += line
            if sqlite3.complete_statement(pending):
                yield pending
                pending = ""


@cache
def migrations() -> tuple[Migration, ...]:
    """All migrations shipped with this version, in order; numbered 1, 2, 3... without gaps."""
    folder = resources.files("cardkeeper.store") / "migrations"
    found = []
    for entry in folder.iterdir():
        match = _FILE_NAME.fullmatch(entry.name)
        if match:
            found.append(Migration(int(match[1]), entry.name, entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    if [m.version for m in found] != list(range(1, len(found) + 1)):
        raise RuntimeError(f"migrations are not numbered 1..n: {[m.name for m in found]}")
    return tuple(found)


def latest_version() -> int:
    return len(migrations())


def schema_version(connection: sqlite3.Connection) -> int:
    (version,) = connection.execute("PRAGMA user_version").fetchone()
    return int(version)


def migrate(connection: sqlite3.Connection, up_to: int | None = None) -> None:
    """Apply the migrations the library lacks, up to ``up_to`` (default: all).

    The version is read again inside each transaction: if another CardKeeper
    process migrated the same library meanwhile, its work is not done twice.
    The SQL functions the migrations and the search index use are registered
    first, on every connection, whether or not a migration is pending.
    """
    register_functions(connection)
    register_address_functions(connection)
    for migration in migrations()[:up_to]:
        if schema_version(connection) < migration.version:
            _apply(connection, migration)


def _apply(connection: sqlite3.Connection, migration: Migration) -> None:
    """Run one migration in its own transaction.

    A migration that makes a table again (drops it) runs with foreign keys not
    enforced, as SQLite's recipe for it asks: with them on, dropping the old
    table would delete every row that refers to it (``ON DELETE CASCADE``),
    and copying those rows too would cost seconds on a big library. Before it
    commits, it is checked for rows pointing nowhere instead.
    """
    (enforced,) = connection.execute("PRAGMA foreign_keys").fetchone()
    unchecked = bool(enforced) and migration.drops_a_table
    if unchecked:
        connection.execute("PRAGMA foreign_keys = OFF")  # only outside a transaction
    try:
        with write_transaction(connection):
            if schema_version(connection) >= migration.version:
                return
            for statement in migration.statements():
                connection.execute(statement)
            if unchecked and connection.execute("PRAGMA foreign_key_check").fetchone():
                raise sqlite3.IntegrityError(f"{migration.name} left rows that refer to none")
            connection.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            connection.execute(f"PRAGMA user_version = {migration.version}")
    finally:
        if unchecked:
            connection.execute("PRAGMA foreign_keys = ON")
