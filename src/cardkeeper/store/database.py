"""Open (create, check, migrate) the library in a data folder.

The settings chosen for the connection, and why:

- WAL, so the GUI reads while a background import writes.
- ``synchronous = FULL``: each commit reaches the disk before it returns. One
  import is one commit and happens at most a few times a second (OCR takes far
  longer), and the card images are fsynced anyway, so the extra fsync of the
  log costs nothing the user can notice. In exchange a contact the user saw
  imported is still there after a power cut; NORMAL would only promise that
  for an application crash.
- ``foreign_keys = ON``: deleting a contact takes its emails, phones, images
  and follow-ups with it, and no row can name a contact that is gone.
- ``busy_timeout``: two windows or a window and a worker take turns writing
  instead of failing at once.

The first open of a database file in a process runs ``PRAGMA quick_check``,
and so does an open after the file changed: a damaged file (a bad sector, a
sync tool that wrote half of it) is refused with the sentence a damaged page
met later gives, before anything is written to it or backed up from it. Not
every open: the check reads the whole file, 0.12 s for 10,000 contacts and
1.1 s for 100,000 (bench/fake_library.py, warm cache), and a background worker
opens its own connection for each job.

Opening is also when the folders a killed backup or restore left are removed
(see :mod:`cardkeeper.store.scratch`).
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType

from cardkeeper.store import failures
from cardkeeper.store.failures import library_errors
from cardkeeper.store.images import ImageStore
from cardkeeper.store.migrate import APPLICATION_ID, latest_version, migrate, schema_version
from cardkeeper.store.scratch import clean_after_crashes
from cardkeeper.store.transaction import write_transaction

DATABASE_FILE_NAME = "library.sqlite3"
CARDS_FOLDER_NAME = "cards"
BUSY_TIMEOUT_MS = 10_000


class Library:
    """An open library: one SQLite connection and the folder of card images.

    A connection belongs to the thread that opened it (the sqlite3 module's
    rule). A background worker opens its own Library, which is cheap; WAL lets
    it write while the GUI's Library reads.
    """

    def __init__(self, folder: Path, connection: sqlite3.Connection) -> None:
        self.folder = folder
        self.connection = connection
        self.images = ImageStore(folder / CARDS_FOLDER_NAME, folder / DATABASE_FILE_NAME)
        self._in_batch = False

    @property
    def database_path(self) -> Path:
        return self.folder / DATABASE_FILE_NAME

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: all of the block is saved, or none of it.

        A full disk or a read-only folder, met at any point of it, comes out as
        a :class:`LibraryError` with its sentence.
        """
        if self._in_batch:  # the batch is saved or undone whole: no savepoint of its own
            yield self.connection
            return
        with (
            library_errors(self.folder, self.database_path),
            write_transaction(self.connection) as connection,
        ):
            yield connection

    @contextmanager
    def batch(self) -> Iterator[sqlite3.Connection]:
        """One write transaction for many writes, each without the savepoint it would make.

        For bulk imports: SQLite's full-text index writes out what it holds at
        every savepoint, which made a savepoint per contact 40% of an import of
        10,000. Whatever fails inside undoes the whole batch; the caller may
        then redo it with :meth:`transaction`, whose nested blocks fail alone.
        """
        with self.transaction() as connection:
            self._in_batch = True
            try:
                yield connection
            finally:
                self._in_batch = False

    def close(self) -> None:
        self.connection.close()

    def __enter__(self) -> Library:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def open_library(folder: Path) -> Library:
    """Open the library in ``folder``, creating it or bringing its schema up to date.

    Raises :class:`~cardkeeper.errors.LibraryError` with one sentence when the
    folder cannot be written, the disk is full, the database file is not a
    CardKeeper library or was made by a newer CardKeeper.
    """
    database = folder / DATABASE_FILE_NAME
    with library_errors(folder, database):
        folder.mkdir(parents=True, exist_ok=True)
        # Ask the folder, not os.access(): root passes os.access, a read-only mount does not.
        with tempfile.TemporaryFile(dir=folder):
            pass
        connection = sqlite3.connect(database, isolation_level=None)
        try:
            connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            _refuse_foreign(connection, folder, database)
            _check_once(connection, database)
            connection.execute("PRAGMA journal_mode = WAL")
            connection.execute("PRAGMA synchronous = FULL")
            connection.execute("PRAGMA foreign_keys = ON")
            migrate(connection)
            _try_a_write(connection)
        except BaseException:
            connection.close()
            raise
    clean_after_crashes(folder)
    return Library(folder, connection)


def needs_upgrade(folder: Path) -> bool:
    """Whether :func:`open_library` will bring the library in ``folder`` up to date: one
    made by an older CardKeeper, whose upgrade may take a while (splitting the addresses of
    10,000 contacts took 1.1 s, bench/address_upgrade.py). False when there is no library
    yet, or none that can be read: opening then creates it, or says why not.
    """
    database = folder / DATABASE_FILE_NAME
    if not database.is_file():
        return False
    try:
        connection = sqlite3.connect(database)
    except sqlite3.Error:
        return False
    try:
        return 0 < schema_version(connection) < latest_version()
    except sqlite3.Error:
        return False
    finally:
        connection.close()


_checked: set[tuple[str, int, int, int]] = set()
"""Database files found sound by this process, as (path, inode, size, mtime): a file that
changed since (a checkpoint, or another program writing to it) is checked again."""


def _check_once(connection: sqlite3.Connection, database: Path) -> None:
    """:func:`refuse_damaged`, unless this process found the file sound as it is now."""
    status = database.stat()
    key = (str(database.absolute()), status.st_ino, status.st_size, status.st_mtime_ns)
    if key not in _checked:
        refuse_damaged(connection, database)
        _checked.add(key)


def refuse_damaged(connection: sqlite3.Connection, database: Path) -> None:
    """Raise the "damaged" sentence unless SQLite's quick check of every page passes.

    ``quick_check`` reads each page once and checks its structure, not that
    indexes match their tables: ``integrity_check`` does, three times slower.
    """
    (result,) = connection.execute("PRAGMA quick_check(1)").fetchone()
    if result != "ok":
        raise failures.damaged(database)


def _try_a_write(connection: sqlite3.Connection) -> None:
    """Write the schema version back unchanged, and roll it back.

    SQLite opens a read-only file without complaint and would only fail at the
    user's first save; this makes it fail here, with the read-only sentence.
    """
    connection.execute("BEGIN IMMEDIATE")
    try:
        connection.execute(f"PRAGMA user_version = {schema_version(connection)}")
    finally:
        if connection.in_transaction:
            connection.execute("ROLLBACK")


def _refuse_foreign(connection: sqlite3.Connection, folder: Path, database: Path) -> None:
    """Refuse, before changing anything in it, a file some other program or a newer CardKeeper made.

    A file that is not SQLite at all fails the first read with SQLITE_NOTADB,
    which :func:`library_errors` turns into the same sentence.
    """
    (application_id,) = connection.execute("PRAGMA application_id").fetchone()
    if application_id == APPLICATION_ID:
        if schema_version(connection) > latest_version():
            raise failures.newer_version(folder)
        return
    (objects,) = connection.execute("SELECT count(*) FROM sqlite_schema").fetchone()
    if application_id != 0 or objects:
        raise failures.not_a_library(database)
