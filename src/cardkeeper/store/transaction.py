"""The one way the store writes: an IMMEDIATE transaction, committed whole or not at all."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def write_transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """Run the block in one transaction; roll it back on any exception, even KeyboardInterrupt.

    IMMEDIATE takes the write lock at BEGIN, so a second writer (another window,
    a background import) waits there for ``busy_timeout`` instead of failing
    half-way with "database is locked" after it has already read and decided.
    The connection must be in autocommit mode (``isolation_level=None``) so that
    the sqlite3 module opens no transactions of its own.

    Inside a transaction already open, the block is a savepoint instead: it is
    undone alone if it fails, and saved with the enclosing transaction. An
    import of many small entries uses this to commit a few hundred at a time
    (one fsync for all of them) while a bad entry still costs only itself.
    """
    if connection.in_transaction:
        connection.execute("SAVEPOINT nested")
        try:
            yield connection
            connection.execute("RELEASE nested")
        except BaseException:
            if connection.in_transaction:
                connection.execute("ROLLBACK TO nested")
                connection.execute("RELEASE nested")
            raise
        return
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield connection
        connection.execute("COMMIT")
    except BaseException:
        if connection.in_transaction:  # also when COMMIT itself failed, e.g. on a full disk
            connection.execute("ROLLBACK")
        raise
